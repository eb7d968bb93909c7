import { describe, expect, it } from '@jest/globals'
import { createVerdictCache, policyFingerprint, type CacheStore } from '../../src/cache/index.js'
import type { Policy } from '../../src/policy/index.js'
import { policy, DIGEST_A } from '../report/fixtures.js'

// Security review finding 3: the cache key left out signature-predicates, attestations and
// identities, so a lax run's `verified` was replayed to a strict run for seven days.
const SLSA = 'https://slsa.dev/provenance/v1'
const SPDX = 'https://spdx.dev/Document'
const lax = policy({ certificateOidcIssuer: 'https://token.actions.githubusercontent.com', signaturePredicates: [SLSA], attestations: [] })
const strict = policy({ certificateOidcIssuer: 'https://token.actions.githubusercontent.com', signaturePredicates: [], attestations: [{ predicateType: SPDX }] })

describe('policyFingerprint', () => {
  describe('when two policies differ only in a field the old fingerprint left out', () => {
    const cases: [string, Partial<Policy>, Partial<Policy>][] = [
      ['signaturePredicates', { signaturePredicates: [SLSA] }, { signaturePredicates: [] }],
      ['attestations', { attestations: [] }, { attestations: [{ predicateType: SPDX }] }],
      ['attestation conditions', { attestations: [{ predicateType: SPDX }] }, { attestations: [{ predicateType: SPDX, conditions: [{ all: [{ key: '{{ x }}', operator: 'Equals', value: 'y' }] }] }] }],
      ['identities', { identities: [{ issuer: 'https://i', subject: 'a' }] }, { identities: [{ issuer: 'https://i', subjectRegExp: '.*' }] }]
    ]
    it.each(cases)('gives them different fingerprints (%s)', (_field, a, b) => {
      expect(policyFingerprint(policy(a))).not.toBe(policyFingerprint(policy(b)))
    })
  })

  it('still ignores the order of signature predicates and what only changes findings', () => {
    expect(policyFingerprint(policy({ signaturePredicates: [SLSA, SPDX], requireSigned: true, requirePinned: true }))).toBe(policyFingerprint(policy({ signaturePredicates: [SPDX, SLSA, SLSA] })))
  })
})

describe('createVerdictCache', () => {
  describe('when a lax run cached a verdict', () => {
    it('does not replay it to a strict run of the same repository', async () => {
      const entries = new Map<string, string>()
      const store: CacheStore = { get: async k => entries.get(k), put: async (k, v) => void entries.set(k, v) }
      const target = { name: 'ghcr.io/acme/app', digest: DIGEST_A }
      const open = (p: Policy) => createVerdictCache({ store, secret: Buffer.from('s'), repository: 'acme/app', ttlMs: 7 * 86_400_000, trustFingerprint: 'T', policyFingerprintOf: () => policyFingerprint(p) })
      await open(lax).remember(target, { ...target, status: 'verified', signed: true, signatureFormat: 'bundle', details: 'verified by an SLSA provenance attestation accepted as a signature' } as never)
      expect(await open(lax).lookup(target)).toMatchObject({ status: 'verified' })
      expect(await open(strict).lookup(target)).toBeUndefined()
    })
  })
})
