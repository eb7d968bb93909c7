import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createVerdictCache, directoryStore, policyFingerprint, type OpenFailure, type VerdictCacheOptions } from '../../src/cache/index.js'
import { policy, verdict, DIGEST_A, DIGEST_B } from '../report/fixtures.js'

const DAY = 86_400_000
const target = { name: 'ghcr.io/acme/app', digest: DIGEST_A }

function setup(over: Partial<VerdictCacheOptions> = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'verdict-cache-'))
  let clock = new Date('2026-11-01T00:00:00Z')
  const rejected: OpenFailure[] = []
  const options: VerdictCacheOptions = {
    store: directoryStore(dir),
    secret: Buffer.from('s3cret'),
    repository: 'acme/app',
    ttlMs: 7 * DAY,
    trustFingerprint: 'trust-1',
    policyFingerprintOf: () => policyFingerprint(policy()),
    now: () => clock,
    onReject: (_t, reason) => void rejected.push(reason),
    ...over
  }
  return {
    dir,
    rejected,
    cache: createVerdictCache(options),
    reopen: (more: Partial<VerdictCacheOptions> = {}) => createVerdictCache({ ...options, ...more }),
    advance: (ms: number) => void (clock = new Date(clock.getTime() + ms)),
    entryFile: () => path.join(dir, readdirSync(dir).find(f => f.endsWith('.json')) as string)
  }
}

describe('createVerdictCache', () => {
  describe('when a verified verdict was remembered', () => {
    it('answers the same target from the cache, marked cached with the first-verified time', async () => {
      const s = setup()
      expect(await s.cache.lookup(target)).toBeUndefined()
      await s.cache.remember(target, verdict())
      s.advance(DAY)
      const hit = await s.reopen().lookup(target)
      expect(hit).toMatchObject({ status: 'verified', signed: true, cached: true, firstVerifiedAt: '2026-11-01T00:00:00.000Z', tlogIndex: 42, signatureLocation: 'referrers-tag' })
      expect(hit?.details).toContain('2026-11-01T00:00:00.000Z')
    })

    it('misses for another digest, repository, policy, trust material or secret', async () => {
      const s = setup()
      await s.cache.remember(target, verdict())
      expect(await s.cache.lookup({ ...target, digest: DIGEST_B })).toBeUndefined()
      expect(await s.cache.lookup({ ...target, name: 'ghcr.io/acme/other' })).toBeUndefined()
      expect(await s.reopen({ policyFingerprintOf: () => policyFingerprint(policy({ certificateIdentity: 'x' })) }).lookup(target)).toBeUndefined()
      expect(await s.reopen({ trustFingerprint: 'trust-2' }).lookup(target)).toBeUndefined()
      expect(await s.reopen({ secret: Buffer.from('other') }).lookup(target)).toBeUndefined()
      expect(await s.reopen({ repository: 'evil/fork' }).lookup(target)).toBeUndefined()
    })
  })

  describe('when the TTL has passed', () => {
    it('misses, and a new verification restarts the clock', async () => {
      const s = setup()
      await s.cache.remember(target, verdict())
      s.advance(7 * DAY - 1)
      expect(await s.cache.lookup(target)).toBeDefined()
      s.advance(1)
      expect(await s.cache.lookup(target)).toBeUndefined()
      expect(s.rejected).toEqual(['expired'])
      await s.cache.remember(target, verdict())
      expect((await s.cache.lookup(target))?.firstVerifiedAt).toBe('2026-11-08T00:00:00.000Z')
    })
  })

  describe('when cache-ttl is 0', () => {
    it('neither stores nor answers', async () => {
      const s = setup({ ttlMs: 0 })
      await s.cache.remember(target, verdict())
      expect(readdirSync(s.dir)).toEqual([])
      expect(await s.cache.lookup(target)).toBeUndefined()
    })
  })

  describe('when the verdict is not verified', () => {
    it.each(['unsigned', 'untrusted-signer', 'invalid-signature', 'not-found', 'auth-error', 'rate-limited', 'registry-error', 'error'] as const)('never caches %s', async status => {
      const s = setup()
      await s.cache.remember(target, verdict({ status, signed: false }))
      await s.cache.remember(target, verdict({ status, signed: true }))
      expect(readdirSync(s.dir)).toEqual([])
      expect(await s.cache.lookup(target)).toBeUndefined()
    })
  })

  describe('when an entry on disk was tampered with', () => {
    const tamper = async (edit: (entry: Record<string, unknown>) => void, expected: OpenFailure): Promise<void> => {
      const s = setup()
      await s.cache.remember(target, verdict())
      const file = s.entryFile()
      const entry = JSON.parse(readFileSync(file, 'utf8'))
      edit(entry)
      writeFileSync(file, JSON.stringify(entry))
      expect(await s.cache.lookup(target)).toBeUndefined()
      expect(s.rejected).toEqual([expected])
    }

    it('ignores a changed signer', () => tamper(e => void ((e.verdict as Record<string, unknown>).signerSubject = 'attacker@example.com'), 'bad-mac'))
    it('ignores an entry moved back in time to outlive the TTL', () => tamper(e => void (e.firstVerifiedAt = '2026-12-01T00:00:00.000Z'), 'bad-mac'))
    it('ignores a MAC recomputed without the secret', () => tamper(e => void (e.mac = 'f'.repeat(64)), 'bad-mac'))
    it('ignores an entry without a MAC', () => tamper(e => void delete e.mac, 'malformed'))

    it('ignores truncated and oversized files', async () => {
      const s = setup()
      await s.cache.remember(target, verdict())
      const file = s.entryFile()
      writeFileSync(file, readFileSync(file, 'utf8').slice(0, 50))
      expect(await s.cache.lookup(target)).toBeUndefined()
      writeFileSync(file, 'x'.repeat(200_000))
      expect(await s.cache.lookup(target)).toBeUndefined()
      expect(s.rejected).toEqual(['malformed', 'too-large'])
    })

    it('ignores a validly sealed entry for another digest copied over this one', async () => {
      const s = setup()
      await s.cache.remember({ ...target, digest: DIGEST_B }, verdict({ digest: DIGEST_B }))
      const other = s.entryFile()
      await s.cache.remember(target, verdict())
      const mine = readdirSync(s.dir).map(f => path.join(s.dir, f)).find(f => f !== other && f.endsWith('.json')) as string
      writeFileSync(mine, readFileSync(other))
      expect(await s.cache.lookup(target)).toBeUndefined()
      expect(s.rejected).toEqual(['other-key'])
    })
  })
})

describe('policyFingerprint', () => {
  it('ignores order of lists and keys and rules that only change findings', () => {
    const a = policyFingerprint(policy({ issuerAllowlist: ['a', 'b'], annotations: { x: '1', y: '2' }, requireSigned: true }))
    const b = policyFingerprint(policy({ issuerAllowlist: ['b', 'a', 'a'], annotations: { y: '2', x: '1' }, requireSigned: false }))
    expect(a).toBe(b)
  })

  it('changes with any rule that decides a verdict', () => {
    const base = policyFingerprint(policy())
    for (const over of [{ certificateIdentity: 'i' }, { certificateIdentityRegexp: 'r' }, { certificateOidcIssuer: 'o' }, { issuerAllowlist: ['x'] }, { githubWorkflow: { ref: 'refs/heads/main' } }, { key: 'PEM' }, { annotations: { a: 'b' } }, { platforms: 'all' as const }, { insecureIgnoreTlog: true }, { attestations: [{ predicateType: 'https://slsa.dev/provenance/v1' }] }, { signaturePredicates: ['https://slsa.dev/provenance/v1'] }, { identities: [{ issuer: 'i', subject: 's' }] }]) {
      expect(policyFingerprint(policy(over))).not.toBe(base)
    }
  })
})
