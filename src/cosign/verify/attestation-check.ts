import { bundleFromJSON, type Bundle } from '@sigstore/bundle'
import { toSignedEntity } from '@sigstore/verify'
import { createHash } from 'node:crypto'
import type { AttestationLocation, SignatureFormat, SignerIdentity } from '../../policy/index.js'
import {
  ANNOTATION_PREDICATE_TYPE,
  bundleFromAttestationLayer,
  IN_TOTO_PAYLOAD_TYPE,
  statementBindsDigest,
  statementFromBytes,
  type InTotoStatement
} from '../formats/index.js'
import { asKeyBased, layerAnnotationsFor, type CheckContext } from './check.js'
import type { SignatureFailure } from './checked.js'
import { isIntotoV001, verifyIntotoV001 } from './intoto-v001.js'
import { logEvidenceOf, signerIdentityOf } from './signer-identity.js'

/** One attestation found for an image, checked for cryptography, log evidence and binding; its signer is judged per requirement. */
export interface FoundAttestation {
  format: SignatureFormat
  location: AttestationLocation
  /** Registry digest of the layer or referrer manifest that held it. */
  source: string
  /** From the signed statement when it could be read, else from the (unsigned) annotation. */
  predicateType: string | null
  ok: boolean
  failure?: SignatureFailure
  reason: string
  identity?: SignerIdentity
  tlogIndex: number | null
  signedAt: string | null
  statement?: InTotoStatement
}

type Base = Pick<FoundAttestation, 'format' | 'location' | 'source'>

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e))
const codeOf = (e: unknown): string => (typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : 'ERROR')

function rejected(base: Base, predicateType: string | null, failure: SignatureFailure, reason: string, identity?: SignerIdentity): FoundAttestation {
  return { ...base, predicateType, ok: false, failure, reason, identity, tlogIndex: null, signedAt: null }
}

/**
 * The checks of cosign verify-attestation before its policy step: the envelope carries an in-toto
 * statement, the statement's predicate type is the one the registry labelled it with, a subject is
 * the image digest, and the signature, certificate chain and log (or timestamp) evidence verify.
 */
export function checkAttestationBundle(base: Base, bundle: Bundle, imageDigest: string, ctx: CheckContext, annotatedType?: string, envelopeBytes?: Buffer): FoundAttestation {
  if (bundle.content.$case !== 'dsseEnvelope') return rejected(base, annotatedType ?? null, 'SIGNATURE_MALFORMED', 'expected a DSSE envelope, found a message signature')
  const envelope = bundle.content.dsseEnvelope
  // cosign 0.x (2021) wrote the predicate type as the DSSE payloadType. Refused: cosign itself
  // stopped reading those, and nothing in such an envelope says it is an in-toto statement.
  if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    return rejected(base, annotatedType ?? null, 'SIGNATURE_MALFORMED', `expected DSSE payloadType ${IN_TOTO_PAYLOAD_TYPE}, found ${envelope.payloadType}`)
  }
  let statement: InTotoStatement
  try {
    statement = statementFromBytes(envelope.payload)
  } catch (e) {
    return rejected(base, annotatedType ?? null, 'SIGNATURE_MALFORMED', messageOf(e))
  }
  const predicateType = statement.predicateType
  if (annotatedType !== undefined && annotatedType !== predicateType) {
    // Reported under the type it claims, so the requirement it tried to satisfy names the forgery.
    return rejected(base, annotatedType, 'SIGNATURE_UNBOUND', `the registry labels it ${annotatedType}, but the signed statement says ${predicateType}`)
  }
  if (!statementBindsDigest(statement, imageDigest)) {
    const found = statement.subject.map(s => Object.entries(s.digest).map(([a, h]) => `${a}:${h}`).join(',')).join('; ')
    return rejected(base, predicateType, 'SIGNATURE_UNBOUND', `expected the statement subject ${imageDigest}, found ${found || '(none)'}`)
  }
  const material = ctx.keyIdentity === undefined ? bundle : asKeyBased(bundle)
  let signer
  try {
    // cosign until 2023 logged attestations as intoto v0.0.1, bound to the stored envelope bytes.
    const legacyLog = envelopeBytes !== undefined && isIntotoV001(material.verificationMaterial.tlogEntries[0])
    if (legacyLog && !ctx.trust) return rejected(base, predicateType, 'SIGNATURE_INVALID', 'an intoto v0.0.1 log entry needs the trust material, which is unavailable')
    signer = legacyLog && ctx.trust ? verifyIntotoV001(material, envelopeBytes, ctx.trust, ctx.keyIdentity) : ctx.verifier.verify(toSignedEntity(material))
  } catch (e) {
    return rejected(base, predicateType, 'SIGNATURE_INVALID', `${codeOf(e)}: ${messageOf(e)}`)
  }
  const identity = signerIdentityOf(bundle, signer, ctx.keyIdentity)
  return { ...base, predicateType, ok: true, reason: 'attestation verified', identity, ...logEvidenceOf(bundle), statement }
}

/** One layer of a legacy `sha256-<hex>.att` manifest: a DSSE envelope with cosign's annotations. */
export function checkAttestationLayer(layer: { digest: string; payload: Buffer; annotations: Record<string, string> }, imageDigest: string, ctx: CheckContext): FoundAttestation {
  const base: Base = { format: 'cosign-legacy', location: 'att-tag', source: layer.digest }
  const annotatedType = layer.annotations[ANNOTATION_PREDICATE_TYPE]
  if (`sha256:${createHash('sha256').update(layer.payload).digest('hex')}` !== layer.digest) {
    return rejected(base, annotatedType ?? null, 'SIGNATURE_MALFORMED', `envelope bytes do not hash to the layer digest ${layer.digest}`)
  }
  const annotations = layerAnnotationsFor(layer.annotations, ctx)
  let bundle
  try {
    bundle = bundleFromAttestationLayer({ payload: layer.payload, annotations })
  } catch (e) {
    return rejected(base, annotatedType ?? null, 'SIGNATURE_MALFORMED', messageOf(e))
  }
  return checkAttestationBundle(base, bundle, imageDigest, ctx, annotatedType, layer.payload)
}

/** A Sigstore bundle referrer (cosign v3 attest, GitHub artifact attestations). */
export function checkAttestationArtifact(base: Base, bytes: Buffer, imageDigest: string, ctx: CheckContext, annotatedType?: string): FoundAttestation {
  let bundle: Bundle
  try {
    bundle = bundleFromJSON(JSON.parse(bytes.toString('utf8')))
  } catch (e) {
    return rejected(base, annotatedType ?? null, 'SIGNATURE_MALFORMED', `not a Sigstore bundle: ${messageOf(e)}`)
  }
  return checkAttestationBundle(base, bundle, imageDigest, ctx, annotatedType)
}
