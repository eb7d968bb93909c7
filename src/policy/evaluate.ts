import type { Authority, ImageName, ImagePolicy, PolicySet } from './model.js'
import { isInconclusive, unverifiedVerdict } from './outcome.js'
import { planImage, type PlannedPolicy } from './plan.js'
import type { Status, Verdict, VerdictPolicy } from './types.js'

/** Verifies one image against one signature authority; the engine provides it (registry + Sigstore). */
export type AuthorityCheck = (image: ImageName & { digest: string }, authority: Authority, policy: ImagePolicy) => Promise<Verdict>

interface AuthorityOutcome {
  authority: string
  verdict: Verdict
}

interface PolicyOutcome {
  planned: PlannedPolicy
  passed: boolean
  satisfied: AuthorityOutcome[]
  tried: AuthorityOutcome[]
  reason?: string
}

// The most telling failure decides the status: a trusted signature lacking a required attestation,
// a valid but untrusted signature, then broken ones,
// then lookups that could not complete; "unsigned" only when every lookup said so.
const FAILURE_ORDER: Status[] = ['missing-attestation', 'untrusted-signer', 'invalid-signature', 'auth-error', 'rate-limited', 'registry-error', 'not-found', 'error', 'unsigned']

function staticVerdict(image: ImageName & { digest: string }, authority: Extract<Authority, { type: 'static' }>): Verdict {
  if (authority.action === 'pass') return { ...unverifiedVerdict(image.name, image.digest, 'verified', `static authority ${authority.name} passes every image`), signed: true }
  return unverifiedVerdict(image.name, image.digest, 'untrusted-signer', `static authority ${authority.name} fails every image${authority.message ? `: ${authority.message}` : ''}`)
}

async function runPolicy(planned: PlannedPolicy, image: ImageName & { digest: string }, check: AuthorityCheck): Promise<PolicyOutcome> {
  const { policy } = planned
  if (policy.unenforceable.length > 0) {
    const what = policy.unenforceable.map(u => `${u.field} (${u.position.file}:${u.position.line}): ${u.reason}`).join('; ')
    return { planned, passed: false, satisfied: [], tried: [], reason: `not enforceable: ${what}` }
  }
  const satisfied: AuthorityOutcome[] = []
  const tried: AuthorityOutcome[] = []
  for (const authority of policy.authorities) {
    const verdict = authority.type === 'static' ? staticVerdict(image, authority) : await check(image, authority, policy)
    const outcome = { authority: authority.name, verdict }
    tried.push(outcome)
    if (verdict.status === 'verified') satisfied.push(outcome)
    if (satisfied.length >= policy.threshold) break
  }
  return { planned, passed: satisfied.length >= policy.threshold, satisfied, tried }
}

function describe(o: PolicyOutcome): string {
  const p = o.planned.policy
  const head = `policy ${p.name} (${o.planned.mode}${o.planned.expired ? ', expired' : ''})`
  if (o.reason) return `${head} failed: ${o.reason}`
  if (o.passed) {
    return `${head} passed: ${o.satisfied.map(s => `authority ${s.authority} verified${s.verdict.signerSubject ? ` (${s.verdict.signerSubject})` : ''}`).join(', ')}`
  }
  const need = p.threshold > 1 ? `needs ${p.threshold} of ${p.authorities.length} authorities, ${o.satisfied.length} satisfied` : 'no authority satisfied'
  return `${head} failed, ${need}: ${o.tried.map(t => `authority ${t.authority}: ${t.verdict.status}: ${t.verdict.details}`).join(' | ')}`
}

/** The attestations of every satisfied authority, one entry per predicate type (a required or verified one first). */
function mergeAttestations(verdicts: readonly Verdict[]): Verdict['attestations'] {
  const byType = new Map<string, NonNullable<Verdict['attestations']>[number]>()
  const rank = (e: NonNullable<Verdict['attestations']>[number]): number => (e.required ? 2 : 0) + (e.verified ? 1 : 0)
  for (const e of verdicts.flatMap(v => v.attestations ?? [])) {
    const before = byType.get(e.predicateType)
    if (!before || rank(e) > rank(before)) byType.set(e.predicateType, e)
  }
  return byType.size > 0 ? [...byType.values()] : undefined
}

function summaryOf(planned: PlannedPolicy[], passed: (p: PlannedPolicy) => boolean | null): VerdictPolicy['policies'] {
  return planned.map(p => ({ name: p.policy.name, kind: p.policy.kind, mode: p.mode, passed: passed(p) }))
}

/**
 * The verdict for one image under a policy set: every matching policy must pass, each by
 * `threshold` distinct authorities. A failing `warn` policy is not enforced; exemptions and
 * no-match images are never verified (nothing to verify them against).
 */
export async function evaluateImage(set: PolicySet, image: ImageName & { digest: string }, check: AuthorityCheck, now: Date): Promise<Verdict> {
  const plan = planImage(set, image, now)
  const expiredSkip = plan.policies.find(p => p.policy.mode === 'skip' && p.expired)
  if (plan.exemptBy) {
    const p = plan.exemptBy.policy
    const policy: VerdictPolicy = {
      policies: summaryOf(plan.policies, () => null),
      effective: 'skip',
      noMatch: false,
      enforced: false,
      exemption: { policy: p.name, reason: p.reason ?? '', expires: p.expires ?? null, expired: false }
    }
    return { ...unverifiedVerdict(image.name, image.digest, 'exempt', `exempt by policy ${p.name}${p.expires ? ` until ${p.expires}` : ''}: ${p.reason ?? ''}`), policy }
  }
  if (plan.noMatch) {
    const policy: VerdictPolicy = { policies: [], effective: plan.effective, noMatch: true, enforced: plan.effective === 'deny' }
    if (plan.effective === 'deny') {
      return { ...unverifiedVerdict(image.name, image.digest, 'untrusted-signer', 'no policy covers this image and no-match is deny: no signer is trusted for it'), policy }
    }
    return { ...unverifiedVerdict(image.name, image.digest, 'exempt', `no policy covers this image (no-match: ${set.noMatch}); it was not verified`), policy }
  }

  const outcomes: PolicyOutcome[] = []
  for (const planned of plan.policies) outcomes.push(await runPolicy(planned, image, check))
  const failed = outcomes.filter(o => !o.passed)
  const exemption = expiredSkip
    ? { policy: expiredSkip.policy.name, reason: expiredSkip.policy.reason ?? '', expires: expiredSkip.policy.expires ?? null, expired: true }
    : undefined
  const policy: VerdictPolicy = {
    policies: summaryOf(plan.policies, p => outcomes.find(o => o.planned === p)?.passed ?? null),
    effective: plan.effective,
    noMatch: false,
    enforced: failed.some(o => o.planned.mode === 'enforce'),
    ...(exemption ? { exemption } : {})
  }
  const expiredNote = exemption ? ` The exemption by ${exemption.policy} expired on ${exemption.expires}.` : ''
  const details = outcomes.map(describe).join('. ') + '.' + expiredNote
  if (failed.length === 0) {
    const good = outcomes.flatMap(o => o.satisfied).find(s => s.verdict.signatureFormat !== null)?.verdict
    // Passed by static authorities alone: admitted, but nothing was verified.
    if (!good) return { ...unverifiedVerdict(image.name, image.digest, 'exempt', details), policy }
    const attestations = mergeAttestations(outcomes.flatMap(o => o.satisfied.map(s => s.verdict)))
    return { ...good, name: image.name, digest: image.digest, status: 'verified', signed: true, details, policy, ...(attestations ? { attestations } : {}) }
  }
  const verdicts = failed.flatMap(o => o.tried.map(t => t.verdict))
  const status = failed.some(o => o.reason)
    ? 'error'
    : (FAILURE_ORDER.find(s => verdicts.some(v => v.status === s)) ?? (verdicts.some(v => isInconclusive(v.status)) ? 'error' : 'untrusted-signer'))
  const lead = verdicts.find(v => v.status === status)
  return {
    ...unverifiedVerdict(image.name, image.digest, status, details),
    signerSubject: lead?.signerSubject ?? null,
    signerIssuer: lead?.signerIssuer ?? null,
    signatureFormat: lead?.signatureFormat ?? null,
    signatureLocation: lead?.signatureLocation ?? null,
    ...(lead?.attestations ? { attestations: lead.attestations } : {}),
    ...(status === 'missing-attestation' ? { reason: missingReason(lead, failed) } : {}),
    policy
  }
}

/** The short line for a policy failing on attestations: which policy, which predicate types. */
function missingReason(lead: Verdict | undefined, failed: readonly PolicyOutcome[]): string {
  const types = [...new Set((lead?.attestations ?? []).filter(a => a.required && !a.verified).map(a => a.predicateType))]
  const names = failed.filter(o => o.planned.mode === 'enforce').map(o => o.planned.policy.name)
  return `policy ${(names.length > 0 ? names : failed.map(o => o.planned.policy.name)).join(', ')}: signature holds, but attestation ${types.join(', ') || '(required)'} is missing or fails`
}
