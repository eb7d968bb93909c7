import { describe, expect, it } from '@jest/globals'
import { toRecord, toNdjson, toReportItem, RECORD_SCHEMA, runContextFromEnv } from '../../src/report/index.js'
import { parseNormalizedNamed } from '../../src/reference/index.js'
import { unverifiedVerdict } from '../../src/policy/index.js'
import { item, policy, DIGEST_A } from './fixtures.js'

const run = runContextFromEnv({ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/app', GITHUB_SHA: 'abc', GITHUB_RUN_ID: '7', GITHUB_RUN_ATTEMPT: '2' })

describe('toRecord', () => {
  describe('when the image verified', () => {
    it('carries every contract field', () => {
      const r = toRecord(item(), policy(), run, new Date('2026-11-22T00:00:00Z'))
      expect(r).toMatchObject({
        schema: RECORD_SCHEMA,
        image: `ghcr.io/acme/app@${DIGEST_A}`,
        registry: 'ghcr.io',
        repository: 'acme/app',
        digest: DIGEST_A,
        tags: ['v1'],
        signed: true,
        status: 'verified',
        signature_format: 'sigstore-bundle',
        signature_location: 'referrers-tag',
        tlog_index: 42,
        finding: false,
        sources: [{ file: 'deploy/app.yaml', line: 12, kind: 'k8s-image' }],
        checked_at: '2026-11-22T00:00:00.000Z'
      })
      expect(r.run).toEqual({ server_url: 'https://github.com', repository: 'acme/app', sha: 'abc', ref: null, workflow: null, run_id: '7', run_attempt: '2' })
      expect(Object.keys(r)).toEqual(expect.arrayContaining(['signer_subject', 'signer_issuer', 'signed_at', 'verification_details', 'policy']))
    })
  })

  describe('when signing is required and the image is unsigned', () => {
    it('is a finding and not signed', () => {
      const r = toRecord(item({ status: 'unsigned', signerSubject: null, signerIssuer: null }), policy({ requireSigned: true }), run, new Date())
      expect(r.signed).toBe(false)
      expect(r.finding).toBe(true)
      expect(r.policy.require_signed).toBe(true)
    })
  })

  describe('when a status other than verified claims signed', () => {
    it('still reports signed false', () => {
      expect(toRecord(item({ status: 'untrusted-signer', signed: true }), policy(), run, new Date()).signed).toBe(false)
    })
  })
})

describe('toRecord cache fields', () => {
  it('says cached and when the verdict was first reached for a cache hit', () => {
    const r = toRecord(item({ cached: true, firstVerifiedAt: '2026-11-20T10:00:00.000Z' }), policy(), run, new Date())
    expect(r).toMatchObject({ cached: true, first_verified_at: '2026-11-20T10:00:00.000Z' })
  })

  it('says cached false for a fresh verdict', () => {
    expect(toRecord(item(), policy(), run, new Date())).toMatchObject({ cached: false, first_verified_at: null })
  })
})

describe('runContextFromEnv', () => {
  it('prefers the FORGEJO_ variables on Forgejo', () => {
    expect(runContextFromEnv({ FORGEJO_SERVER_URL: 'https://codeberg.org', GITHUB_SERVER_URL: 'https://x' }).server_url).toBe('https://codeberg.org')
  })
})

describe('toNdjson', () => {
  it('writes one JSON object per line', () => {
    const text = toNdjson([{ a: 1 }, { b: 2 }])
    expect(text.trimEnd().split('\n').map(l => JSON.parse(l))).toEqual([{ a: 1 }, { b: 2 }])
  })
})

describe('toReportItem', () => {
  it('takes registry and repository from the normalized name as the reference grammar splits it', () => {
    for (const written of ['nginx', 'localhost:5000/team/app', 'ghcr.io/a/b/c', 'index.docker.io/x/y']) {
      const ref = parseNormalizedNamed(written)
      const it = toReportItem(unverifiedVerdict(ref.name, DIGEST_A, 'unsigned', 'x'), ['1'], [{ file: 'a.yaml', line: 2, kind: 'k8s-image' }])
      expect([it.registry, it.repository]).toEqual([ref.domain, ref.path])
      expect(it.tags).toEqual(['1'])
    }
  })
})
