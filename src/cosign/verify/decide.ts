import type { Policy, Status, Verdict } from '../../policy/index.js'
import type { RegistryError } from '../../registry/index.js'
import type { CheckedSignature } from './checked.js'
import { hitLimit, type Collected } from './collect.js'
import { explain } from './reason.js'
import { statusFor } from '../status.js'

function expectation(policy: Policy): string {
  const rules = [
    policy.key && 'a signature by the configured key',
    policy.certificateIdentity && `identity ${policy.certificateIdentity}`,
    policy.certificateIdentityRegexp && `identity matching /${policy.certificateIdentityRegexp}/`,
    policy.certificateOidcIssuer && `issuer ${policy.certificateOidcIssuer}`,
    policy.certificateOidcIssuerRegexp && `issuer matching /${policy.certificateOidcIssuerRegexp}/`,
    policy.issuerAllowlist.length > 0 && `an issuer in the allowlist (${policy.issuerAllowlist.join(', ')})`,
    policy.identities?.length && `one of the identities ${policy.identities.map(id => `${id.subject ?? `/${id.subjectRegExp ?? '.*'}/`} from ${id.issuer ?? `/${id.issuerRegExp ?? '.*'}/`}`).join(' or ')}`
  ].filter(Boolean)
  return rules.length > 0 ? rules.join(', ') : 'any valid Sigstore signature'
}

function describeSignature(c: CheckedSignature): string {
  const who = c.identity?.subject ? ` signed by ${c.identity.subject}${c.identity.issuer ? ` (issuer ${c.identity.issuer})` : ''}` : ''
  return `${c.format} in ${c.location}${who}: ${c.reason}`
}

function base(name: string, digest: string): Omit<Verdict, 'status' | 'signed' | 'details'> {
  return { name, digest, signerSubject: null, signerIssuer: null, signatureFormat: null, signatureLocation: null, tlogIndex: null, signedAt: null }
}

/**
 * One verdict from everything found. Verified needs one signature that passed every check;
 * otherwise the most telling evidence decides, and a lookup that failed is never "unsigned".
 */
export function decide(name: string, digest: string, found: Collected, policy: Policy, imageMissing?: RegistryError | 'missing'): Verdict {
  const verdict = decideVerdict(name, digest, found, policy, imageMissing)
  if (verdict.status === 'verified') return verdict
  if (imageMissing === 'missing' && verdict.status === 'not-found') return { ...verdict, reason: 'the image digest does not exist in the registry (404)', hints: [] }
  return { ...verdict, ...explain(verdict.status, found, policy) }
}

function decideVerdict(name: string, digest: string, found: Collected, policy: Policy, imageMissing?: RegistryError | 'missing'): Verdict {
  const probed = `Probed: ${found.probes.map(p => `${p.location}: ${p.answer}`).join('; ')}.`
  const good = found.checked.find(c => c.ok)
  if (good) {
    return {
      ...base(name, digest),
      status: 'verified',
      signed: true,
      signerSubject: good.identity?.subject ?? null,
      signerIssuer: good.identity?.issuer ?? null,
      signatureFormat: good.format,
      signatureLocation: good.location,
      tlogIndex: good.tlogIndex,
      signedAt: good.signedAt,
      details: `Verified ${good.format} signature from ${good.location}${good.identity?.subject ? ` by ${good.identity.subject}` : ''}.`,
      ...(good.predicateType ? { predicateType: good.predicateType } : {})
    }
  }
  const limit = hitLimit(found)
  if (limit) return { ...base(name, digest), status: 'registry-error', signed: false, details: `Stopped looking: ${limit.message}. ${probed}` }
  const signatures = found.checked.filter(c => c.failure !== 'NOT_A_SIGNATURE')
  const attestations = found.checked.length - signatures.length
  const notSignatures = attestations > 0 ? ` ${attestations} in-toto attestation(s) were found, which are not signatures (see signature-predicates).` : ''
  const untrusted = signatures.filter(c => c.failure === 'SIGNATURE_UNTRUSTED')
  const invalid = signatures.filter(c => !c.ok && c.failure !== 'SIGNATURE_UNTRUSTED')
  const errors = found.probes.filter(p => p.error).map(p => p.error as RegistryError)
  const first = untrusted[0] ?? invalid[0]
  const signerFields = {
    signerSubject: first?.identity?.subject ?? null,
    signerIssuer: first?.identity?.issuer ?? null,
    signatureFormat: first?.format ?? null,
    signatureLocation: first?.location ?? null
  }
  if (first) {
    const status: Status = untrusted.length > 0 ? 'untrusted-signer' : 'invalid-signature'
    const lead = untrusted.length > 0 ? `No signature satisfies the policy: expected ${expectation(policy)}` : 'No signature is valid for this image'
    const details = `${lead}; found ${signatures.length}: ${signatures.map(describeSignature).join(' | ')}.${notSignatures} ${probed}`
    return { ...base(name, digest), ...signerFields, status, signed: false, details }
  }
  if (errors.length > 0) {
    return { ...base(name, digest), status: statusFor(errors[0]), signed: false, details: `Could not complete the signature lookup, so the image is neither verified nor known to be unsigned.${notSignatures} ${probed}` }
  }
  if (imageMissing === 'missing') {
    return { ...base(name, digest), status: 'not-found', signed: false, details: `The image ${name}@${digest} does not exist in the registry (HEAD returned 404). ${probed}` }
  }
  if (imageMissing) {
    return { ...base(name, digest), status: statusFor(imageMissing), signed: false, details: `No signature found, and checking that the image exists failed: ${imageMissing.message}. ${probed}` }
  }
  return { ...base(name, digest), status: 'unsigned', signed: false, details: `No cosign signature found; expected ${expectation(policy)}.${notSignatures} ${probed}` }
}
