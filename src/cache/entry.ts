import { createHmac, timingSafeEqual } from 'node:crypto'
import type { Verdict } from '../policy/index.js'
import { stableStringify } from './fingerprint.js'

/** What a cached verdict is valid for; every field must match on lookup. */
export interface EntryKey {
  name: string
  digest: string
  policy: string
  trust: string
  verifier: string
}

export interface CacheEntry {
  v: 1
  key: EntryKey
  /** The verdict and its evidence: signature format and location, tlog index, signer. */
  verdict: Verdict
  /** ISO-8601: when this verdict was first reached. */
  firstVerifiedAt: string
}

/** Largest entry we read; anything bigger is not ours. */
export const MAX_ENTRY_BYTES = 64 * 1024

export type OpenFailure = 'too-large' | 'malformed' | 'bad-mac' | 'other-key' | 'not-verified' | 'expired' | 'future'

function mac(hmacKey: Buffer, body: Omit<CacheEntry, never>): string {
  return createHmac('sha256', hmacKey).update(stableStringify(body)).digest('hex')
}

export function sealEntry(entry: CacheEntry, hmacKey: Buffer): string {
  return JSON.stringify({ ...entry, mac: mac(hmacKey, entry) })
}

export interface OpenOptions {
  hmacKey: Buffer
  expected: EntryKey
  now: Date
  ttlMs: number
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Reads a sealed entry and trusts it only when its MAC holds, it is for exactly this key, it
 * says `verified`, and it is younger than the TTL. Anything else is a miss, never an error.
 */
export function openEntry(text: string, o: OpenOptions): CacheEntry | OpenFailure {
  if (Buffer.byteLength(text) > MAX_ENTRY_BYTES) return 'too-large'
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return 'malformed'
  }
  if (!isRecord(parsed) || typeof parsed.mac !== 'string' || !/^[0-9a-f]{64}$/.test(parsed.mac)) return 'malformed'
  const { mac: given, ...body } = parsed
  if (body.v !== 1 || !isRecord(body.key) || !isRecord(body.verdict) || typeof body.firstVerifiedAt !== 'string') return 'malformed'
  const entry = body as unknown as CacheEntry
  if (!timingSafeEqual(Buffer.from(mac(o.hmacKey, entry), 'hex'), Buffer.from(given as string, 'hex'))) return 'bad-mac'
  if (stableStringify(entry.key) !== stableStringify(o.expected)) return 'other-key'
  const v = entry.verdict
  if (v.status !== 'verified' || v.signed !== true || v.name !== o.expected.name || v.digest !== o.expected.digest) return 'not-verified'
  const first = Date.parse(entry.firstVerifiedAt)
  if (Number.isNaN(first)) return 'malformed'
  // A minute of clock skew between runners; later than that is not a time we wrote.
  if (first > o.now.getTime() + 60_000) return 'future'
  if (o.now.getTime() - first >= o.ttlMs) return 'expired'
  return entry
}
