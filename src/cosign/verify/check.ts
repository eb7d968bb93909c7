import { bundleFromJSON, type Bundle } from '@sigstore/bundle'
import { toSignedEntity, type TrustMaterial, type Verifier } from '@sigstore/verify'
import { createHash } from 'node:crypto'
import { checkAnnotations, checkIdentity, type Policy, type SignatureLocation } from '../../policy/index.js'
import {
  ANNOTATION_CERTIFICATE,
  ANNOTATION_CHAIN,
  bundleFromCosignLayer,
  checkSimpleSigningClaims,
  COSIGN_SIGN_PREDICATE_TYPE,
  FormatError,
  parseDigest,
  simpleSigningPayloadFromBytes,
  statementBindsDigest,
  statementFromEnvelope
} from '../formats/index.js'
import { failed, type CheckedSignature } from './checked.js'
import { logEvidenceOf, signerIdentityOf } from './signer-identity.js'

export interface CheckContext {
  verifier: Verifier
  policy: Policy
  /** Key-based verification: the key's id, reported as the signer subject; certificates are ignored. */
  keyIdentity?: string
  /** Trust material behind `verifier`, for attestations logged as Rekor intoto v0.0.1 (intoto-v001.ts). */
  trust?: TrustMaterial
  /** The image manifest bytes, fetched only when a message-signature bundle needs them. */
  imageManifest?: () => Promise<Buffer>
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e))
const codeOf = (e: unknown): string => (typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : 'ERROR')

/** cosign with --key checks the signature against the key alone: drop certificate material. */
export function asKeyBased(bundle: Bundle): Bundle {
  return { ...bundle, verificationMaterial: { ...bundle.verificationMaterial, content: { $case: 'publicKey', publicKey: { hint: '' } } } }
}

/** A layer's annotations as the verification sees them: with a key, its certificate and chain are ignored. */
export function layerAnnotationsFor(annotations: Record<string, string>, ctx: CheckContext): Record<string, string> {
  if (ctx.keyIdentity === undefined) return annotations
  const { [ANNOTATION_CERTIFICATE]: _certificate, [ANNOTATION_CHAIN]: _chain, ...rest } = annotations
  return rest
}

/** Cryptography and log evidence first, then the identity rules, then signed annotations. */
function verifyAndJudge(
  base: Pick<CheckedSignature, 'format' | 'location' | 'source'>,
  bundle: Bundle,
  artifact: Buffer | undefined,
  signedAnnotations: Record<string, unknown> | null | undefined,
  ctx: CheckContext,
  predicateType?: string
): CheckedSignature {
  const material = ctx.keyIdentity === undefined ? bundle : asKeyBased(bundle)
  let signer
  try {
    signer = ctx.verifier.verify(toSignedEntity(material, artifact))
  } catch (e) {
    const keySigned = ctx.keyIdentity === undefined && bundle.verificationMaterial.content.$case === 'publicKey'
    return { ...failed(base, 'SIGNATURE_INVALID', `${codeOf(e)}: ${messageOf(e)}`), ...(keySigned ? { keySigned } : {}) }
  }
  const identity = signerIdentityOf(bundle, signer, ctx.keyIdentity)
  const rules = checkIdentity(identity, ctx.policy)
  if (!rules.ok) return failed(base, 'SIGNATURE_UNTRUSTED', rules.message, identity)
  const annotations = checkAnnotations(signedAnnotations, ctx.policy)
  if (!annotations.ok) return failed(base, 'SIGNATURE_UNTRUSTED', annotations.message, identity)
  return { ...base, ok: true, reason: 'signature verified', identity, ...logEvidenceOf(bundle), predicateType }
}

/** One layer of a legacy `sha256-<hex>.sig` manifest. */
export function checkLegacyLayer(layer: { digest: string; payload: Buffer; annotations: Record<string, string> }, imageDigest: string, ctx: CheckContext): CheckedSignature {
  const base = { format: 'cosign-legacy' as const, location: 'sig-tag' as const, source: layer.digest }
  if (`sha256:${createHash('sha256').update(layer.payload).digest('hex')}` !== layer.digest) {
    return failed(base, 'SIGNATURE_MALFORMED', `payload bytes do not hash to the layer digest ${layer.digest}`)
  }
  let payload
  try {
    payload = simpleSigningPayloadFromBytes(layer.payload)
    checkSimpleSigningClaims(payload, imageDigest)
  } catch (e) {
    const unbound = e instanceof FormatError && e.code === 'FORMAT_PAYLOAD_MISMATCH'
    return failed(base, unbound ? 'SIGNATURE_UNBOUND' : 'SIGNATURE_MALFORMED', messageOf(e))
  }
  const annotations = layerAnnotationsFor(layer.annotations, ctx)
  let bundle
  try {
    bundle = bundleFromCosignLayer({ payload: layer.payload, annotations })
  } catch (e) {
    return failed(base, 'SIGNATURE_MALFORMED', messageOf(e))
  }
  return verifyAndJudge(base, bundle, layer.payload, payload.optional, ctx)
}

/** One Sigstore bundle attached to the image as a referrer (or in the fallback tag index). */
export async function checkBundleArtifact(
  artifact: { digest: string; bytes: Buffer; location: SignatureLocation },
  imageDigest: string,
  ctx: CheckContext
): Promise<CheckedSignature> {
  const base = { format: 'sigstore-bundle' as const, location: artifact.location, source: artifact.digest }
  let bundle: Bundle
  try {
    bundle = bundleFromJSON(JSON.parse(artifact.bytes.toString('utf8')))
  } catch (e) {
    return failed(base, 'SIGNATURE_MALFORMED', `not a Sigstore bundle: ${messageOf(e)}`)
  }
  if (bundle.content.$case === 'dsseEnvelope') {
    let statement
    try {
      statement = statementFromEnvelope(bundle.content.dsseEnvelope)
    } catch (e) {
      return failed(base, 'SIGNATURE_MALFORMED', messageOf(e))
    }
    if (!statementBindsDigest(statement, imageDigest)) {
      const found = statement.subject.map(s => Object.entries(s.digest).map(([a, h]) => `${a}:${h}`).join(',')).join('; ')
      return failed(base, 'SIGNATURE_UNBOUND', `expected the statement subject ${imageDigest}, found ${found || '(none)'}`)
    }
    // cosign verify counts only its sign predicate; anything else is an attestation (issue 13).
    const isSignature = statement.predicateType === COSIGN_SIGN_PREDICATE_TYPE || (ctx.policy.signaturePredicates ?? []).includes(statement.predicateType)
    if (!isSignature) {
      return failed(base, 'NOT_A_SIGNATURE', `an attestation of predicate type ${statement.predicateType}, which the policy does not accept as a signature (signature-predicates)`)
    }
    const annotations = statement.subject.find(s => statementBindsDigest({ ...statement, subject: [s] }, imageDigest))?.annotations
    const predicateType = statement.predicateType === COSIGN_SIGN_PREDICATE_TYPE ? undefined : statement.predicateType
    return verifyAndJudge(base, bundle, undefined, annotations, ctx, predicateType)
  }
  // A message-signature bundle binds the image only when it signs the manifest digest itself.
  const signed = bundle.content.messageSignature.messageDigest.digest.toString('hex')
  const { hex } = parseDigest(imageDigest)
  if (signed !== hex) return failed(base, 'SIGNATURE_UNBOUND', `expected a signature over ${imageDigest}, found one over sha256:${signed}`)
  if (!ctx.imageManifest) return failed(base, 'SIGNATURE_MALFORMED', 'a message signature over the image needs the image manifest, which is unavailable')
  return verifyAndJudge(base, bundle, await ctx.imageManifest(), null, ctx)
}
