import type { Policy } from './types.js'
import { searchPattern } from './pattern.js'

/** What a verified signature says about who signed, as read from its certificate (or key). */
export interface SignerIdentity {
  /** Certificate SAN (keyless) or key id (key-based). */
  subject: string | null
  issuer: string | null
  /** GitHub workflow claims from the certificate (Fulcio OIDs 1.3.6.1.4.1.57264.1.2–.6). */
  githubWorkflow: Policy['githubWorkflow']
  keyBased: boolean
}

export type PolicyErrorCode = 'IDENTITY_MISMATCH' | 'ISSUER_MISMATCH' | 'ISSUER_NOT_ALLOWED' | 'WORKFLOW_CLAIM_MISMATCH' | 'ANNOTATION_MISMATCH'

export type PolicyCheck = { ok: true } | { ok: false; code: PolicyErrorCode; message: string }

const OK: PolicyCheck = { ok: true }
const fail = (code: PolicyErrorCode, message: string): PolicyCheck => ({ ok: false, code, message })

/** cosign's regexps are Go RE2 searches: unanchored unless the pattern anchors itself (see pattern.ts). */
const search = searchPattern

/** policy-controller identities: exact values compare equal, regexps search as cosign's do. */
function identityMatches(id: NonNullable<Policy['identities']>[number], subject: string, issuer: string): boolean {
  if (id.issuer !== undefined && issuer !== id.issuer) return false
  if (id.issuerRegExp !== undefined && !search(id.issuerRegExp, issuer)) return false
  if (id.subject !== undefined && subject !== id.subject) return false
  if (id.subjectRegExp !== undefined && !search(id.subjectRegExp, subject)) return false
  return true
}

/**
 * Applies the identity rules to one cryptographically verified signature. Exact rules are
 * string equality (not sigstore-js's unanchored pattern), regexps are unanchored as in cosign.
 */
export function checkIdentity(signer: SignerIdentity, policy: Policy): PolicyCheck {
  if (signer.keyBased) return OK
  const subject = signer.subject ?? ''
  const issuer = signer.issuer ?? ''
  if (policy.certificateIdentity !== undefined && subject !== policy.certificateIdentity) {
    return fail('IDENTITY_MISMATCH', `expected identity ${policy.certificateIdentity}, found ${subject || '(none)'}`)
  }
  if (policy.certificateIdentityRegexp !== undefined && !search(policy.certificateIdentityRegexp, subject)) {
    return fail('IDENTITY_MISMATCH', `expected an identity matching /${policy.certificateIdentityRegexp}/, found ${subject || '(none)'}`)
  }
  if (policy.certificateOidcIssuer !== undefined && issuer !== policy.certificateOidcIssuer) {
    return fail('ISSUER_MISMATCH', `expected issuer ${policy.certificateOidcIssuer}, found ${issuer || '(none)'}`)
  }
  if (policy.certificateOidcIssuerRegexp !== undefined && !search(policy.certificateOidcIssuerRegexp, issuer)) {
    return fail('ISSUER_MISMATCH', `expected an issuer matching /${policy.certificateOidcIssuerRegexp}/, found ${issuer || '(none)'}`)
  }
  if (policy.issuerAllowlist.length > 0 && !policy.issuerAllowlist.includes(issuer)) {
    return fail('ISSUER_NOT_ALLOWED', `issuer ${issuer || '(none)'} is not in the allowlist (${policy.issuerAllowlist.join(', ')})`)
  }
  if (policy.identities && policy.identities.length > 0 && !policy.identities.some(id => identityMatches(id, subject, issuer))) {
    const wanted = policy.identities.map(id => `${id.subject ?? `/${id.subjectRegExp ?? ''}/`} from ${id.issuer ?? `/${id.issuerRegExp ?? ''}/`}`).join(' or ')
    return fail('IDENTITY_MISMATCH', `expected ${wanted}, found ${subject || '(none)'} from ${issuer || '(none)'}`)
  }
  for (const [claim, wanted] of Object.entries(policy.githubWorkflow)) {
    if (wanted === undefined) continue
    const found = signer.githubWorkflow[claim as keyof Policy['githubWorkflow']]
    if (found !== wanted) return fail('WORKFLOW_CLAIM_MISMATCH', `expected GitHub workflow ${claim} ${wanted}, found ${found ?? '(none)'}`)
  }
  return OK
}

/** Every required annotation must be in the signed payload with the same value (cosign -a). */
export function checkAnnotations(signed: Record<string, unknown> | null | undefined, policy: Policy): PolicyCheck {
  for (const [key, wanted] of Object.entries(policy.annotations)) {
    const found = signed?.[key]
    if (found === undefined || String(found) !== wanted) {
      return fail('ANNOTATION_MISMATCH', `expected signed annotation ${key}=${wanted}, found ${found === undefined ? '(absent)' : `${key}=${String(found)}`}`)
    }
  }
  return OK
}

/** Warnings about rules that are weaker than they look. */
export function policyWarnings(policy: Policy): string[] {
  const out: string[] = []
  const patterns: [string, string | undefined][] = [
    ['certificate-identity-regexp', policy.certificateIdentityRegexp],
    ['certificate-oidc-issuer-regexp', policy.certificateOidcIssuerRegexp]
  ]
  for (const [name, pattern] of patterns) {
    if (pattern === undefined) continue
    if (searchPattern(pattern, '') || ['.*', '.+', '^.*$', '^.+$'].includes(pattern)) out.push(`${name} '${pattern}' matches every value: it constrains nothing`)
    else if (!/^(\(\?[imsU]+\))?\^/.test(pattern) || !pattern.endsWith('$')) {
      out.push(`${name} '${pattern}' is unanchored, so it also matches values that merely contain it; anchor it with ^…$ unless that is intended`)
    }
  }
  const identityRules = [policy.certificateIdentity, policy.certificateIdentityRegexp, ...Object.values(policy.githubWorkflow)].filter(r => r !== undefined)
  if (!policy.key && identityRules.length === 0) {
    out.push('no identity rule (certificate-identity, certificate-identity-regexp or certificate-github-workflow-*): any valid Sigstore signature passes, whoever signed it')
  }
  return out
}
