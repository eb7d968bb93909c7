import { createHmac } from 'node:crypto'
import type { Verdict } from '../policy/index.js'
import { openEntry, sealEntry, type EntryKey, type OpenFailure } from './entry.js'
import { sha256Hex, stableStringify, VERIFIER_VERSION } from './fingerprint.js'
import type { CacheStore } from './store.js'

export interface CacheTarget {
  name: string
  digest: string
}

export interface VerdictCacheOptions {
  store: CacheStore
  /** Secret input of the per-repository HMAC key (may be empty: then it only detects corruption). */
  secret: Buffer
  /** Repository the entries belong to (e.g. GITHUB_REPOSITORY); part of the HMAC key. */
  repository: string
  /** Entries older than this are misses. */
  ttlMs: number
  trustFingerprint: string
  /** Fingerprint of the effective rules for one image (see policyFingerprint). */
  policyFingerprintOf: (target: CacheTarget) => string
  now?: () => Date
  /** Told why an entry found on disk was not trusted (for debug output). */
  onReject?: (target: CacheTarget, reason: OpenFailure) => void
}

export interface VerdictCacheStats {
  hits: number
  misses: number
  rejected: number
  stored: number
}

export interface VerdictCache {
  /** A cached `verified` verdict, marked `cached`, or undefined. Never throws. */
  lookup(target: CacheTarget): Promise<Verdict | undefined>
  /** Keeps a `verified` verdict; anything else is ignored (an unsigned image may be signed tomorrow). */
  remember(target: CacheTarget, verdict: Verdict): Promise<void>
  stats(): VerdictCacheStats
}

/** HMAC key for one repository: a repository never accepts another's entries. */
export function repositoryKey(secret: Buffer, repository: string): Buffer {
  return createHmac('sha256', secret).update(`fremforge-cosign/verdict-cache/v1\0${repository}`).digest()
}

export function createVerdictCache(o: VerdictCacheOptions): VerdictCache {
  const hmacKey = repositoryKey(o.secret, o.repository)
  const now = o.now ?? (() => new Date())
  const stats: VerdictCacheStats = { hits: 0, misses: 0, rejected: 0, stored: 0 }
  const keyOf = (t: CacheTarget): EntryKey => ({
    name: t.name,
    digest: t.digest,
    policy: o.policyFingerprintOf(t),
    trust: o.trustFingerprint,
    verifier: VERIFIER_VERSION
  })
  const idOf = (key: EntryKey): string => sha256Hex(stableStringify(key))

  return {
    async lookup(target) {
      if (o.ttlMs <= 0) return undefined
      const expected = keyOf(target)
      const text = await o.store.get(idOf(expected)).catch(() => undefined)
      if (text === undefined) {
        stats.misses++
        return undefined
      }
      const entry = openEntry(text, { hmacKey, expected, now: now(), ttlMs: o.ttlMs })
      if (typeof entry === 'string') {
        stats.rejected++
        stats.misses++
        o.onReject?.(target, entry)
        return undefined
      }
      stats.hits++
      return { ...entry.verdict, cached: true, firstVerifiedAt: entry.firstVerifiedAt, details: `${entry.verdict.details} (from the verification cache: first verified ${entry.firstVerifiedAt})` }
    },
    async remember(target, verdict) {
      if (o.ttlMs <= 0 || verdict.status !== 'verified' || !verdict.signed || verdict.cached) return
      if (verdict.name !== target.name || verdict.digest !== target.digest) return
      const key = keyOf(target)
      const stored: Verdict = { ...verdict }
      delete stored.cached
      delete stored.firstVerifiedAt
      await o.store.put(idOf(key), sealEntry({ v: 1, key, verdict: stored, firstVerifiedAt: now().toISOString() }, hmacKey))
      stats.stored++
    },
    stats: () => ({ ...stats })
  }
}
