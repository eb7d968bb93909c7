import { searchPattern, type Policy, type Status } from '../../policy/index.js'
import { oneLine, truncateEnd, truncateMiddle } from '../../text.js'
import type { CheckedSignature } from './checked.js'
import type { Collected } from './collect.js'

/** A reason a person reads in five seconds; the verdict's details keep everything. */
export const REASON_MAX = 160

/** A pattern as people read it: anchors and backslash escapes of punctuation dropped. */
function readablePattern(pattern: string): string {
  return pattern.replace(/^\^/, '').replace(/\$$/, '').replace(/\\([./-])/g, '$1')
}

/** The policy's identity rules in a few words; the full policy is printed once per run. */
export function expectedShort(policy: Policy, max = 70): string {
  if (policy.key) return 'a signature by the configured key'
  const parts = [
    policy.certificateIdentity && truncateMiddle(policy.certificateIdentity, max),
    policy.certificateIdentityRegexp && `/${truncateMiddle(readablePattern(policy.certificateIdentityRegexp), max)}/`,
  ].filter((s): s is string => Boolean(s))
  // The issuer rules matter only when no identity rule says more; the full policy is printed once.
  if (parts.length === 0) {
    if (policy.certificateOidcIssuer) parts.push(`issuer ${truncateMiddle(policy.certificateOidcIssuer, max)}`)
    if (policy.certificateOidcIssuerRegexp) parts.push(`issuer /${truncateMiddle(policy.certificateOidcIssuerRegexp, max)}/`)
    if (parts.length === 0 && policy.issuerAllowlist.length > 0) parts.push('an allowlisted issuer')
  }
  return parts.length > 0 ? parts.join(', ') : 'any valid Sigstore signature'
}

function who(c: CheckedSignature): string {
  if (c.identity?.keyBased) return `key ${truncateMiddle(c.identity.subject ?? '?', 24)}`
  return truncateMiddle(c.identity?.subject ?? '(no identity)', 64)
}

/** Levenshtein distance, capped: only "is it small" matters here. */
function distance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
      best = Math.min(best, cur[j])
    }
    if (best > cap) return cap + 1
    prev = cur
  }
  return prev[b.length]
}

const beforeRef = (identity: string): string => identity.split('@')[0]

/** Why a found identity almost passes: same workflow at another ref, a typo, a case difference. */
export function closeIdentityHint(subject: string, policy: Policy): string | undefined {
  const exact = policy.certificateIdentity
  if (exact !== undefined && subject !== exact) {
    if (subject.includes('@') && beforeRef(subject) === beforeRef(exact)) {
      return `same workflow signed it at another ref: found @${truncateMiddle(subject.split('@').slice(1).join('@'), 40)}, policy wants @${truncateMiddle(exact.split('@').slice(1).join('@'), 40)}`
    }
    if (subject.toLowerCase() === exact.toLowerCase()) return 'the identity differs from the expected one only in letter case'
    if (distance(subject, exact, 3) <= 3) return 'the identity is a few characters away from the expected one: check for a typo'
  }
  const pattern = policy.certificateIdentityRegexp
  if (pattern !== undefined) {
    try {
      // RE2 (linear time), as the pattern is evaluated everywhere else: a hint never stalls the run.
      if (!searchPattern(pattern, subject)) {
        if (searchPattern(`(?i)${pattern}`, subject)) return 'the identity matches the expected pattern only when letter case is ignored'
        if (subject.includes('@') && searchPattern(pattern, `${beforeRef(subject)}@refs/heads/main`)) return 'same workflow, but signed at another ref than the pattern allows'
      }
    } catch {
      // An invalid pattern was reported when the policy was read.
    }
  }
  return undefined
}

/** One short line and the hints for a verdict decide() reached from the signatures found. */
export function explain(status: Status, found: Collected, policy: Policy): { reason: string; hints: string[] } {
  const hints: string[] = []
  if (!policy.key && found.checked.some(c => c.keySigned)) {
    hints.push('signed with a key (cosign sign --key), but no `key` is given: set `key` to the public key to verify it')
  }
  for (const c of found.checked) {
    const hint = c.failure === 'SIGNATURE_UNTRUSTED' && c.identity?.subject ? closeIdentityHint(c.identity.subject, policy) : undefined
    if (hint && !hints.includes(hint)) hints.push(hint)
  }
  const untrusted = found.checked.find(c => c.failure === 'SIGNATURE_UNTRUSTED')
  const invalid = found.checked.find(c => !c.ok && c.failure !== 'SIGNATURE_UNTRUSTED')
  let reason: string
  if (status === 'untrusted-signer' && untrusted) {
    const identityRule = /^expected (an )?identity/.test(untrusted.reason)
    const lead = `signed by ${who(untrusted)} — `
    const rule = identityRule ? `policy wants ${expectedShort(policy, REASON_MAX - [...lead].length - 16)}` : oneLine(untrusted.reason)
    reason = lead + truncateMiddle(rule, REASON_MAX - [...lead].length)
  } else if (status === 'invalid-signature' && invalid) {
    const why = invalid.keySigned ? 'key-signed, no key given' : oneLine(invalid.reason)
    reason = `${invalid.format} signature in ${invalid.location} does not verify: ${why}`
  } else if (status === 'unsigned') {
    reason = `no signature in ${[...new Set(found.probes.map(p => p.location))].join(', ') || 'any location'}`
  } else {
    const failedProbe = found.probes.find(p => p.error)
    reason = failedProbe ? `signature lookup failed: ${oneLine(failedProbe.answer)}` : `${status}`
  }
  return { reason: truncateEnd(reason, REASON_MAX), hints }
}
