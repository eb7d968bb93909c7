import {
  checkIdentity,
  conditionContext,
  evaluateConditions,
  type AttestationEntry,
  type AttestationRequirement,
  type Policy,
  type Verdict
} from '../../policy/index.js'
import { predicateFactsOf } from '../formats/index.js'
import type { FoundAttestation } from './attestation-check.js'
import type { CollectedAttestations } from './attestation-collect.js'
import { statusFor } from '../status.js'

type Judged = { ok: true } | { ok: false; reason: string }

/** Per-attestation authorities replace the image's identity rules; one of them must hold. */
function judgeSigner(found: FoundAttestation, requirement: AttestationRequirement, policy: Policy): Judged {
  if (!found.identity) return { ok: false, reason: 'no signer identity' }
  const authorities = requirement.authorities ?? []
  if (authorities.length === 0) {
    const r = checkIdentity(found.identity, policy)
    return r.ok ? r : { ok: false, reason: r.message }
  }
  const reasons: string[] = []
  for (const authority of authorities) {
    const r = checkIdentity(found.identity, { ...policy, certificateIdentity: undefined, certificateIdentityRegexp: undefined, certificateOidcIssuer: undefined, certificateOidcIssuerRegexp: undefined, githubWorkflow: {}, identities: undefined, issuerAllowlist: [], ...authority })
    if (r.ok) return r
    reasons.push(r.message)
  }
  return { ok: false, reason: `no authority of the attestation holds: ${reasons.join('; ')}` }
}

function entryOf(found: FoundAttestation | undefined, predicateType: string, required: boolean, verified: boolean, details: string): AttestationEntry {
  const facts = verified && found?.statement ? predicateFactsOf(predicateType, found.statement.predicate) : undefined
  return {
    predicateType,
    verified,
    required,
    signerSubject: found?.identity?.subject ?? null,
    signerIssuer: found?.identity?.issuer ?? null,
    format: found?.format ?? null,
    location: found?.location ?? null,
    tlogIndex: verified ? (found?.tlogIndex ?? null) : null,
    signedAt: verified ? (found?.signedAt ?? null) : null,
    details,
    ...(facts ? { facts } : {})
  }
}

const describe = (f: FoundAttestation, why: string): string => `${f.format} in ${f.location}${f.identity?.subject ? ` signed by ${f.identity.subject}` : ''}: ${why}`

/** One requirement against everything found: the first attestation that passes every check wins. */
function evaluateRequirement(requirement: AttestationRequirement, found: readonly FoundAttestation[], policy: Policy): AttestationEntry {
  const candidates = found.filter(f => f.predicateType === requirement.predicateType)
  const failures: { found: FoundAttestation; why: string }[] = []
  for (const f of candidates) {
    if (!f.ok) {
      failures.push({ found: f, why: f.reason })
      continue
    }
    const signer = judgeSigner(f, requirement, policy)
    if (!signer.ok) {
      failures.push({ found: f, why: signer.reason })
      continue
    }
    const conditions = f.statement ? evaluateConditions(requirement.conditions ?? [], conditionContext(f.statement)) : ({ ok: false, failed: 'no statement' } as const)
    if (!conditions.ok) {
      failures.push({ found: f, why: conditions.failed })
      continue
    }
    return entryOf(f, requirement.predicateType, true, true, `Verified ${f.format} attestation from ${f.location}${f.identity?.subject ? ` by ${f.identity.subject}` : ''}.`)
  }
  if (failures.length === 0) return entryOf(undefined, requirement.predicateType, true, false, `No ${requirement.predicateType} attestation is attached to this image.`)
  const first = failures[0].found
  return entryOf(first, requirement.predicateType, true, false, `No ${requirement.predicateType} attestation satisfies the policy; found ${failures.length}: ${failures.map(x => describe(x.found, x.why)).join(' | ')}`)
}

/** Attestations found that no requirement asked for: listed, verified under the image's signer rules. */
function extraEntries(requirements: readonly AttestationRequirement[], found: readonly FoundAttestation[], policy: Policy): AttestationEntry[] {
  const wanted = new Set(requirements.map(r => r.predicateType))
  const seen = new Map<string, AttestationEntry>()
  for (const f of found) {
    if (f.predicateType === null || wanted.has(f.predicateType)) continue
    const signer = f.ok ? judgeSigner(f, { predicateType: f.predicateType }, policy) : ({ ok: false, reason: f.reason } as const)
    const entry = signer.ok ? entryOf(f, f.predicateType, false, true, `Verified ${f.format} attestation from ${f.location} (not required).`) : entryOf(f, f.predicateType, false, false, describe(f, signer.reason))
    const before = seen.get(f.predicateType)
    if (!before || (!before.verified && entry.verified)) seen.set(f.predicateType, entry)
  }
  return [...seen.values()]
}

export function evaluateAttestations(requirements: readonly AttestationRequirement[], collected: CollectedAttestations, policy: Policy): AttestationEntry[] {
  return [...requirements.map(r => evaluateRequirement(r, collected.found, policy)), ...extraEntries(requirements, collected.found, policy)]
}

/**
 * Applies the attestation results to a verified signature verdict: every required attestation must
 * verify; a lookup that failed leaves the image inconclusive rather than missing an attestation.
 */
export function withAttestations(verdict: Verdict, entries: AttestationEntry[], collected: CollectedAttestations): Verdict {
  const missing = entries.filter(e => e.required && !e.verified)
  if (missing.length === 0) return { ...verdict, attestations: entries }
  const probed = `Probed: ${collected.probes.map(p => `${p.location}: ${p.answer}`).join('; ')}.`
  const error = collected.probes.find(p => p.error)?.error
  if (error) {
    return { ...verdict, attestations: entries, status: statusFor(error), signed: false, details: `The signature holds, but the attestation lookup could not complete, so ${missing.map(m => m.predicateType).join(', ')} cannot be confirmed. ${probed}` }
  }
  return {
    ...verdict,
    attestations: entries,
    status: 'missing-attestation',
    signed: false,
    details: `The signature holds, but required attestations fail: ${missing.map(m => m.details).join(' ')} ${probed}`
  }
}
