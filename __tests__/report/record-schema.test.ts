import { describe, expect, it } from '@jest/globals'
import { STATUSES } from '../../src/policy/index.js'
import { toRecord } from '../../src/report/index.js'
import { expectValidRecords } from '../support/record-schema.js'
import { item, policy } from './fixtures.js'

const RUN = { server_url: 'https://code.example', repository: 'o/r', sha: 'a'.repeat(40), ref: 'refs/heads/main', workflow: 'w', run_id: '1', run_attempt: '1' }

describe('schema/verification-v1.schema.json', () => {
  it('accepts the record of every status, introduced state and policy shape', () => {
    const records = []
    for (const status of STATUSES) {
      for (const introduced of [true, false, null, undefined]) {
        const v = status === 'verified' ? {} : { status, signed: false, reason: `${status} reason`, hints: ['a hint'], ...(status === 'unpinned' ? { digest: undefined } : {}) }
        const p = policy({ requireSigned: true, certificateIdentity: 'x', annotations: { a: 'b' }, githubWorkflow: { repository: 'o/r' }, key: introduced ? 'PEM' : undefined })
        records.push(toRecord({ ...item(v), introduced }, p, RUN, new Date(0)))
      }
    }
    expectValidRecords(records)
  })
  it('rejects a record that claims signed without verified, or misses introduced', () => {
    const good = toRecord(item({ status: 'unsigned', signed: false }), policy(), RUN, new Date(0))
    expect(() => expectValidRecords([{ ...good, signed: true }])).toThrow()
    const { introduced: _dropped, ...missing } = good
    expect(_dropped).toBeNull()
    expect(() => expectValidRecords([missing])).toThrow()
    expect(() => expectValidRecords([{ ...good, schema: 'other/v2' }])).toThrow()
  })
})
