import type { Policy, Status, Verdict } from './types.js'

/** A verdict for an image that was not verified, with no signer evidence. */
export function unverifiedVerdict(name: string, digest: string | undefined, status: Status, details: string): Verdict {
  return { name, digest, status, signed: false, signerSubject: null, signerIssuer: null, signatureFormat: null, signatureLocation: null, tlogIndex: null, signedAt: null, details }
}

/** Statuses that say nothing about the image itself: the check could not be completed. */
const INCONCLUSIVE: readonly Status[] = ['auth-error', 'rate-limited', 'registry-error', 'not-found', 'error']

export function isInconclusive(status: Status): boolean {
  return INCONCLUSIVE.includes(status)
}

/**
 * Whether a verdict breaks the organisation's policy. Unpinned references are findings only
 * under require-pinned; everything else that is not verified is one under require-signed.
 */
export function isFinding(verdict: Pick<Verdict, 'status' | 'policy'>, policy: Pick<Policy, 'requireSigned' | 'requirePinned'>): boolean {
  if (verdict.status === 'verified' || verdict.status === 'exempt') return false
  // Per-image policy: only an enforced failure (not warn, not no-match warn/allow) is a finding.
  if (verdict.policy && !verdict.policy.enforced) return false
  if (verdict.status === 'unpinned') return policy.requirePinned
  return policy.requireSigned
}

export interface Counts {
  images: number
  verified: number
  unsigned: number
  failed: number
  findings: number
  unpinned: number
  /** Images not verified by decision: exemptions and images no policy covers (no-match warn/allow). */
  exempt: number
}

/** Counts over unique images; unpinned references are counted apart from `images`. */
export function countVerdicts(verdicts: readonly Verdict[], policy: Pick<Policy, 'requireSigned' | 'requirePinned'>): Counts {
  const counts: Counts = { images: 0, verified: 0, unsigned: 0, failed: 0, findings: 0, unpinned: 0, exempt: 0 }
  for (const v of verdicts) {
    if (isFinding(v, policy)) counts.findings++
    if (v.status === 'unpinned') {
      counts.unpinned++
      continue
    }
    counts.images++
    if (v.status === 'verified') counts.verified++
    else if (v.status === 'exempt') counts.exempt++
    else if (v.status === 'unsigned') counts.unsigned++
    else counts.failed++
  }
  return counts
}

/** Human description of the policy in force, saying plainly when it is permissive. */
export function describePolicy(policy: Policy): string[] {
  const lines: string[] = []
  const identity = [
    policy.certificateIdentity && `identity = \`${policy.certificateIdentity}\``,
    policy.certificateIdentityRegexp && `identity matches \`${policy.certificateIdentityRegexp}\``,
    policy.certificateOidcIssuer && `issuer = \`${policy.certificateOidcIssuer}\``,
    policy.certificateOidcIssuerRegexp && `issuer matches \`${policy.certificateOidcIssuerRegexp}\``,
    ...Object.entries(policy.githubWorkflow)
      .filter(([, v]) => v)
      .map(([k, v]) => `GitHub workflow ${k} = \`${v}\``),
    ...Object.entries(policy.annotations).map(([k, v]) => `annotation ${k}=${v}`)
  ].filter((s): s is string => Boolean(s))
  if (policy.key) lines.push('Signatures must verify against the configured public key.')
  else if (identity.length === 0 && policy.issuerAllowlist.length === 0) {
    lines.push('Permissive policy: any valid Sigstore signature passes, whoever signed it.')
  }
  if (identity.length > 0) lines.push(`Signer rules: ${identity.join(', ')}.`)
  if (policy.issuerAllowlist.length > 0) lines.push(`Issuer allowlist: ${policy.issuerAllowlist.map(i => `\`${i}\``).join(', ')}.`)
  lines.push(
    policy.requireSigned
      ? 'Signed images are required: every image that is not verified is a finding and fails the step.'
      : 'Signed images are not required: problems are reported as warnings.'
  )
  if (policy.requirePinned) lines.push('Digest pinning is required: tag-only references are findings.')
  if (policy.platforms === 'all') lines.push('Multi-arch images need a signature on every platform manifest.')
  if (policy.insecureIgnoreTlog) lines.push('INSECURE: transparency-log evidence is not required for key-based signatures.')
  return lines
}
