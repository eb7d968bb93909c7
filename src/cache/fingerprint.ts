import { createHash } from 'node:crypto'
import type { Policy } from '../policy/index.js'

/**
 * Bump when a change to verification could turn an old `verified` into something else: every
 * cached verdict made by another version is then a miss.
 */
export const VERIFIER_VERSION = 'fremforge-cosign/0.1.0 verdict-cache/2'

/** JSON with object keys sorted and undefined dropped, so equal values hash equally. */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

/**
 * Policy fields that cannot change a verdict, only whether it counts as a finding. Every other
 * field, present or added later, is part of the fingerprint: forgetting one here costs a cache
 * miss, while forgetting one in a list of included fields replayed a lax verdict to a strict run
 * (security review finding 3: `signaturePredicates`, `attestations` and `identities` were left out).
 */
const NOT_VERDICT_FIELDS = new Set<string>(['requireSigned', 'requirePinned'] satisfies (keyof Policy)[])

/**
 * The rules that decide a verdict, normalised: the whole policy minus NOT_VERDICT_FIELDS, sets
 * sorted and deduplicated, and the key reduced to a hash of its base64 body.
 */
export function normalisePolicy(policy: Policy): Record<string, unknown> {
  const out: Record<string, unknown> = Object.fromEntries(Object.entries(policy).filter(([k]) => !NOT_VERDICT_FIELDS.has(k)))
  out.issuerAllowlist = [...new Set(policy.issuerAllowlist)].sort()
  out.key = policy.key === undefined ? undefined : sha256Hex(policy.key.replace(/-----[A-Z ]+-----|\s/g, ''))
  if (policy.signaturePredicates) out.signaturePredicates = [...new Set(policy.signaturePredicates)].sort()
  return out
}

/**
 * The fingerprint of the effective rules for one image. The one place that knows the policy
 * model: per-image policies point this at the rules that govern the image.
 */
export function policyFingerprint(policy: Policy): string {
  return sha256Hex(stableStringify(normalisePolicy(policy)))
}
