import { Verifier } from '@sigstore/verify'
import type { Config } from '../config/index.js'
import { AppError, messageOf } from '../errors.js'
import type { Logger } from '../logger.js'
import { decide, keyId, proveFromRegistry, repoOf, statusFor, type CheckedSignature, type ImageSignResult, type SignatureProof, type SignerIdentity } from '../cosign/index.js'
import { unverifiedVerdict, type Policy, type Verdict } from '../policy/index.js'
import type { RegistryClient } from '../registry/index.js'
import { keyOnlyTrustMaterial, loadTrustMaterial } from '../trust/index.js'
import { policyFromConfig } from './policy-config.js'
import { resolveTrustedInputs } from './trusted-inputs.js'

const describe = (e: unknown): string => (e instanceof AppError ? `${messageOf(e)} [${e.code}]` : messageOf(e))

/** The policy for what was just signed: exactly this identity (or this key), nothing looser. */
export function proofPolicy(config: Config, identity: Pick<SignerIdentity, 'subject' | 'issuer'>, publicKeyPem: string | undefined): Policy {
  const base: Policy = { ...policyFromConfig(config), issuerAllowlist: [], certificateIdentityRegexp: undefined, certificateOidcIssuerRegexp: undefined, githubWorkflow: {}, platforms: 'index' }
  if (publicKeyPem) return { ...base, key: publicKeyPem, certificateIdentity: undefined, certificateOidcIssuer: undefined, insecureIgnoreTlog: !config.tlogUpload }
  return { ...base, key: undefined, certificateIdentity: identity.subject, certificateOidcIssuer: identity.issuer ?? undefined, insecureIgnoreTlog: false }
}

/**
 * The trust that proves each signature made. A key without a log or timestamp needs only the
 * key: no trusted root, no TUF, no network. Otherwise the configured root, with the log (and the
 * certificate's SCT for keyless) required.
 */
export async function buildProof(given: Config, logger: Logger, publicKeyPem: string | undefined): Promise<SignatureProof> {
  const config = await resolveTrustedInputs(given, logger, ['trustedRoot', 'tufRoot'])
  const policyFor = (identity: SignerIdentity) => ({ ...proofPolicy(config, identity, publicKeyPem), requireSigned: true })
  if (publicKeyPem !== undefined) {
    const keyIdentity = keyId(publicKeyPem)
    if (!config.tlogUpload && config.tsaUrl === undefined) {
      return { verifier: new Verifier(keyOnlyTrustMaterial(publicKeyPem), { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 }), keyIdentity, policyFor }
    }
    const trust = await loadTrustMaterial({ trustedRoot: config.trustedRoot, tufMirror: config.tufMirror, tufRoot: config.tufRoot, offline: config.offline, key: publicKeyPem, logger, timeoutMs: config.timeoutMs, env: config.env })
    return { verifier: new Verifier(trust, { tlogThreshold: config.tlogUpload ? 1 : 0, ctlogThreshold: 0, timestampThreshold: 1 }), keyIdentity, policyFor }
  }
  const trust = await loadTrustMaterial({ trustedRoot: config.trustedRoot, tufMirror: config.tufMirror, tufRoot: config.tufRoot, offline: config.offline, logger, timeoutMs: config.timeoutMs, env: config.env })
  return { verifier: new Verifier(trust), policyFor }
}

/** Proves again, as the registry serves them, exactly the signatures this run pushed. */
export async function verifyPushed(client: RegistryClient, result: Extract<ImageSignResult, { ok: true }>, proof: SignatureProof): Promise<Verdict> {
  const { target, identity } = result
  const repo = repoOf(target.name)
  let checked: CheckedSignature[]
  try {
    checked = await Promise.all(result.signatures.map(s => proveFromRegistry(client, repo, target.digest, s, identity, proof)))
  } catch (e) {
    return unverifiedVerdict(target.name, target.digest, statusFor(e), `could not read back the signatures just pushed: ${describe(e)}`)
  }
  const bad = checked.filter(c => !c.ok)
  const probes = result.signatures.map(s => ({ location: s.location, answer: `the ${s.format} signature just pushed (${s.reference})` }))
  return decide(target.name, target.digest, { checked: bad.length > 0 ? bad : checked, probes }, proof.policyFor(identity))
}
