import { describe, expect, it } from '@jest/globals'
import { countVerdicts, isFinding, describePolicy } from '../../src/policy/index.js'
import { policy, verdict } from '../report/fixtures.js'

describe('isFinding', () => {
  it('never flags a verified image', () => expect(isFinding({ status: 'verified' }, { requireSigned: true, requirePinned: true })).toBe(false))
  it('flags anything else under require-signed', () => {
    for (const status of ['unsigned', 'auth-error', 'registry-error', 'untrusted-signer'] as const) {
      expect(isFinding({ status }, { requireSigned: true, requirePinned: false })).toBe(true)
    }
  })
  it('flags unpinned only under require-pinned', () => {
    expect(isFinding({ status: 'unpinned' }, { requireSigned: true, requirePinned: false })).toBe(false)
    expect(isFinding({ status: 'unpinned' }, { requireSigned: false, requirePinned: true })).toBe(true)
  })
})

describe('countVerdicts', () => {
  it('counts unique images apart from unpinned references', () => {
    const c = countVerdicts(
      [verdict(), verdict({ status: 'unsigned' }), verdict({ status: 'auth-error' }), verdict({ status: 'unpinned', digest: undefined })],
      policy({ requireSigned: true })
    )
    expect(c).toEqual({ images: 3, verified: 1, unsigned: 1, failed: 1, findings: 2, unpinned: 1, exempt: 0 })
  })
})

describe('describePolicy', () => {
  it('says when the policy is permissive', () => expect(describePolicy(policy()).join(' ')).toMatch(/Permissive/))
  it('names the identity rules when set', () => {
    const text = describePolicy(policy({ certificateIdentity: 'https://x', issuerAllowlist: ['https://i'] })).join(' ')
    expect(text).not.toMatch(/Permissive/)
    expect(text).toContain('https://x')
    expect(text).toContain('https://i')
  })
})
