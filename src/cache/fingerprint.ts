import { createHash } from 'node:crypto'
import type { Policy } from '../policy/index.js'

/**
 * Bump when a change to verification could turn an old `verified` into something else: every
 * cached verdict made by another version is then a miss.
 */
export const VERIFIER_VERSION = 'fremforge-cosign/0.1.0 verdict-cache/1'

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
 * The rules that decide a verdict, normalised: order-free lists sorted, the key reduced to its
 * base64 body, and nothing that only changes findings (`require-signed`, `require-pinned`).
 */
export function normalisePolicy(policy: Policy): Record<string, unknown> {
  return {
    issuerAllowlist: [...new Set(policy.issuerAllowlist)].sort(),
    certificateIdentity: policy.certificateIdentity,
    certificateIdentityRegexp: policy.certificateIdentityRegexp,
    certificateOidcIssuer: policy.certificateOidcIssuer,
    certificateOidcIssuerRegexp: policy.certificateOidcIssuerRegexp,
    githubWorkflow: policy.githubWorkflow,
    key: policy.key === undefined ? undefined : sha256Hex(policy.key.replace(/-----[A-Z ]+-----|\s/g, '')),
    annotations: policy.annotations,
    platforms: policy.platforms,
    insecureIgnoreTlog: policy.insecureIgnoreTlog,
    // What else turns a signature into `verified`: accepted signature predicates, required attestations.
    signaturePredicates: [...new Set(policy.signaturePredicates ?? [])].sort(),
    attestations: policy.attestations ?? [],
    identities: policy.identities
  }
}

/**
 * The fingerprint of the effective rules for one image. The one place that knows the policy
 * model: per-image policies point this at the rules that govern the image.
 */
export function policyFingerprint(policy: Policy): string {
  return sha256Hex(stableStringify(normalisePolicy(policy)))
}
