import { AppError } from '../errors.js'
import { Verifier } from '@sigstore/verify'
import type { Config } from '../config/index.js'
import type { Logger } from '../logger.js'
import { createCosignVerifier, keyId, repoOf, type CosignVerifier, type CosignVerifierOptions } from '../cosign/index.js'
import type { AttestationRequirement, Authority, AuthorityCheck, KeyAuthority, KeylessAuthority, Policy, Verdict } from '../policy/index.js'
import type { RegistryClient } from '../registry/index.js'
import { loadTrustMaterial } from '../trust/index.js'
import { policyFromConfig } from './policy-config.js'
import { resolveTrustedInputs } from './trusted-inputs.js'

export interface AuthorityCheckDeps {
  config: Config
  logger: Logger
  client: RegistryClient
}

/**
 * An authority's required attestations as the attestation verifier's requirements: signed by the
 * authority (or by the attestation's own Kyverno attestors), conditions evaluated.
 */
export function attestationRequirementsOf(authority: Authority): AttestationRequirement[] {
  return authority.attestations.map(a => ({
    predicateType: a.predicateType,
    ...(a.conditions?.blocks ? { conditions: a.conditions.blocks } : {}),
    ...(a.attestors ? { authorities: a.attestors } : {})
  }))
}

/**
 * The rules of one authority as the cosign verifier's Policy: no flat identity rules, only its
 * own. Its attestations are required on top of its signature (policy-controller checks them
 * instead of a signature; here an attestation is never a signature, see the README).
 */
function authorityPolicy(config: Config, authority: Authority, extra: Partial<Policy>): Policy {
  const flat = policyFromConfig(config)
  return {
    ...flat,
    attestations: [...(flat.attestations ?? []), ...attestationRequirementsOf(authority)],
    issuerAllowlist: [],
    certificateIdentity: undefined,
    certificateIdentityRegexp: undefined,
    certificateOidcIssuer: undefined,
    certificateOidcIssuerRegexp: undefined,
    githubWorkflow: {},
    key: undefined,
    insecureIgnoreTlog: false,
    ...extra
  }
}

const FAILURE_ORDER: Verdict['status'][] = ['missing-attestation', 'untrusted-signer', 'invalid-signature', 'auth-error', 'rate-limited', 'registry-error', 'not-found', 'error', 'unsigned']

/** Any one verifier verifies; otherwise the most telling failure (keys of a rotation). */
export async function firstVerified(verifiers: readonly CosignVerifier[], target: { name: string; digest: string }): Promise<Verdict> {
  const verdicts: Verdict[] = []
  for (const v of verifiers) {
    const verdict = await v.verify(target)
    if (verdict.status === 'verified') return verdict
    verdicts.push(verdict)
  }
  const rank = (v: Verdict): number => {
    const i = FAILURE_ORDER.indexOf(v.status)
    return i === -1 ? FAILURE_ORDER.length : i
  }
  return verdicts.reduce((best, v) => (rank(v) < rank(best) ? v : best))
}

/**
 * A key rotation: the signature held under one key of the authority, but a required attestation
 * did not under that key. Any key of the authority may have signed each attestation; the image
 * passes when every requirement verifies under one of them.
 */
export async function attestedByAnyKey(verdict: Verdict, verifiers: readonly CosignVerifier[], requirements: readonly AttestationRequirement[], target: { name: string; digest: string }): Promise<Verdict> {
  const checks = await Promise.all(verifiers.map(v => v.verifyAttestations(target, [...requirements])))
  const entries = requirements.map(r => checks.flatMap(c => c.entries).find(e => e.required && e.verified && e.predicateType === r.predicateType))
  if (entries.some(e => e === undefined)) return verdict
  const found = entries.filter((e): e is NonNullable<typeof e> => e !== undefined)
  return {
    ...verdict,
    status: 'verified',
    signed: true,
    attestations: found,
    details: `Signature verified; the required attestations verified under the authority's keys: ${found.map(e => `${e.predicateType} by ${e.signerSubject ?? 'a key'}`).join(', ')}.`
  }
}

/** Every key verifies (each by any of its signature sources); otherwise the first key that does not, named. */
export async function allVerified(groups: readonly (readonly CosignVerifier[])[], target: { name: string; digest: string }): Promise<Verdict> {
  const verdicts: Verdict[] = []
  for (const [i, group] of groups.entries()) {
    const verdict = await firstVerified(group, target)
    if (verdict.status !== 'verified') return { ...verdict, details: `key ${i + 1} of ${groups.length} (all are required): ${verdict.details}` }
    verdicts.push(verdict)
  }
  return { ...verdicts[0], details: `${verdicts[0].details} All ${groups.length} keys verified.` }
}

/**
 * Builds the verification of each authority once (trust material and Sigstore verifier per
 * trusted root or key) and asks the registry per image; the policy layer decides.
 */
export function createAuthorityCheck(deps: AuthorityCheckDeps): AuthorityCheck {
  const { config, logger, client } = deps
  async function trustFor(trustedRoot: string | undefined, key: string | undefined) {
    // The flat trusted-root and tuf-root, like the policy, come from a pull request's base commit.
    const flat = await resolveTrustedInputs(config, logger, ['trustedRoot', 'tufRoot'])
    return loadTrustMaterial({ trustedRoot: trustedRoot ?? flat.trustedRoot, tufMirror: config.tufMirror, tufRoot: flat.tufRoot, offline: config.offline, key, logger, timeoutMs: config.timeoutMs })
  }

  /** One verifier per signature repository: the image's own, or each `source.oci` (any one suffices). */
  function perSource(authority: Authority, options: Omit<CosignVerifierOptions, 'client' | 'logger'>): CosignVerifier[] {
    if (authority.source.length === 0) return [createCosignVerifier({ ...options, client, logger })]
    return authority.source.map(s => createCosignVerifier({ ...options, client, logger, signatureRepository: repoOf(s.oci) }))
  }

  async function keyless(authority: KeylessAuthority): Promise<CosignVerifier[]> {
    const policy = authorityPolicy(config, authority, { identities: authority.identities })
    const trust = await trustFor(authority.trustedRoot, undefined)
    return perSource(authority, { verifier: new Verifier(trust), trust, policy })
  }

  /** Verifiers per key (each key: one per signature source). */
  async function perKey(authority: KeyAuthority): Promise<CosignVerifier[][]> {
    const out: CosignVerifier[][] = []
    for (const source of authority.keys) {
      if (!('data' in source)) throw new AppError('POLICY_INTERNAL', `key path ${source.path} was not resolved when the policy was loaded`)
      const trust = await trustFor(undefined, source.data)
      const thresholds = authority.tlog ? { tlogThreshold: 1, timestampThreshold: 1 } : { tlogThreshold: 0, timestampThreshold: 0 }
      const verifier = new Verifier(trust, { ...thresholds, ctlogThreshold: 0 })
      const policy = authorityPolicy(config, authority, { key: source.data, insecureIgnoreTlog: !authority.tlog })
      out.push(perSource(authority, { verifier, trust, policy, keyIdentity: keyId(source.data) }))
    }
    return out
  }

  const built = new WeakMap<Authority, Promise<CosignVerifier[][]>>()
  const verifiersOf = (authority: KeyAuthority | KeylessAuthority): Promise<CosignVerifier[][]> => {
    let verifiers = built.get(authority)
    if (!verifiers) built.set(authority, (verifiers = authority.type === 'key' ? perKey(authority) : keyless(authority).then(v => [v])))
    return verifiers
  }

  return async (image, authority) => {
    if (authority.type === 'static') throw new AppError('POLICY_INTERNAL', 'static authorities are decided by the policy layer')
    const groups = await verifiersOf(authority)
    if (authority.type === 'key' && authority.allKeys) return allVerified(groups, image)
    const verdict = await firstVerified(groups.flat(), image)
    if (verdict.status !== 'missing-attestation' || groups.length < 2) return verdict
    return attestedByAnyKey(verdict, groups.flat(), [...(policyFromConfig(config).attestations ?? []), ...attestationRequirementsOf(authority)], image)
  }
}
