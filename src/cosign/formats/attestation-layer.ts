import { BUNDLE_V01_MEDIA_TYPE, type Bundle, type BundleWithDsseEnvelope, type TransparencyLogEntry } from '@sigstore/bundle'
import { ANNOTATION_BUNDLE, ANNOTATION_CERTIFICATE, ANNOTATION_CHAIN, ANNOTATION_RFC3161_TIMESTAMP, ANNOTATION_SIGNATURE, ANNOTATION_PREDICATE_TYPE } from './constants.js'
import { parseDigest } from './digest.js'
import { bytesFromBase64, toPem } from './encoding.js'
import { FormatError } from './errors.js'
import { certificatesOf, verificationMaterialOf, type CosignLayer, type CosignLayerOptions } from './legacy-bundle.js'
import { toRekorBundle } from './rekor-bundle.js'

/** The tag cosign stores attestations under: `sha256-<hex>.att`. */
export function attTag(manifestDigest: string): string {
  const { algorithm, hex } = parseDigest(manifestDigest)
  return `${algorithm}-${hex}.att`
}

export interface DsseEnvelope {
  payloadType: string
  payload: Buffer
  signatures: { keyid: string; sig: Buffer }[]
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

function invalid(found: string, cause?: unknown): FormatError {
  return new FormatError('FORMAT_PAYLOAD_INVALID', `expected a DSSE envelope, found ${found}`, { cause })
}

/** Reads the JSON envelope cosign stores as an `.att` layer (secure-systems-lab dsse.Envelope). */
export function envelopeFromJson(bytes: Uint8Array): DsseEnvelope {
  let doc: unknown
  try {
    doc = JSON.parse(Buffer.from(bytes).toString('utf8'))
  } catch (cause) {
    throw invalid('bytes that are not JSON', cause)
  }
  if (!isObject(doc) || typeof doc.payloadType !== 'string' || !Array.isArray(doc.signatures)) throw invalid('JSON without payloadType and signatures')
  const signatures = doc.signatures.map(s => {
    if (!isObject(s)) throw invalid('a signature that is not an object')
    return { keyid: typeof s.keyid === 'string' ? s.keyid : '', sig: bytesFromBase64(s.sig, 'DSSE sig') }
  })
  if (signatures.length === 0) throw invalid('no signatures')
  return { payloadType: doc.payloadType, payload: bytesFromBase64(doc.payload, 'DSSE payload'), signatures }
}

/** The envelope JSON as cosign writes it (Go's encoding/json of dsse.Envelope, field order kept). */
export function toEnvelopeJson(envelope: { payloadType: string; payload: Uint8Array; signatures: { keyid: string; sig: Uint8Array }[] }): Buffer {
  return Buffer.from(
    JSON.stringify({
      payloadType: envelope.payloadType,
      payload: Buffer.from(envelope.payload).toString('base64'),
      signatures: envelope.signatures.map(s => ({ keyid: s.keyid, sig: Buffer.from(s.sig).toString('base64') }))
    })
  )
}

/**
 * Rebuilds the Sigstore bundle an `.att` layer stands for: the envelope as DSSE content, the
 * certificate (or key hint), the SET-only Rekor entry and the timestamp from the annotations.
 * It checks no claims: the caller still reads the statement and compares its subject.
 */
export function bundleFromAttestationLayer(layer: CosignLayer, options: CosignLayerOptions = {}): BundleWithDsseEnvelope {
  const envelope = envelopeFromJson(layer.payload)
  const { annotations } = layer
  return {
    mediaType: BUNDLE_V01_MEDIA_TYPE,
    verificationMaterial: verificationMaterialOf(annotations, options),
    content: { $case: 'dsseEnvelope', dsseEnvelope: envelope }
  }
}

/**
 * The `.att` layer annotations for a DSSE bundle, as cosign attest writes them: an empty
 * signature annotation (the signature is inside the envelope), the predicate type, the
 * certificate and chain, the Rekor bundle (SET) and the RFC 3161 timestamp.
 */
export function attestationAnnotationsFromBundle(bundle: Bundle, predicateType: string, options: { chain?: Uint8Array[] } = {}): Record<string, string> {
  if (bundle.content.$case !== 'dsseEnvelope') {
    throw new FormatError('FORMAT_BUNDLE_UNSUPPORTED', `expected a DSSE bundle, found ${bundle.content.$case}`)
  }
  const annotations: Record<string, string> = { [ANNOTATION_SIGNATURE]: '', [ANNOTATION_PREDICATE_TYPE]: predicateType }
  const certificates = certificatesOf(bundle.verificationMaterial.content)
  if (certificates.length > 0) {
    annotations[ANNOTATION_CERTIFICATE] = toPem(certificates[0])
    const chain = certificates.length > 1 ? certificates.slice(1) : (options.chain ?? [])
    if (chain.length > 0) annotations[ANNOTATION_CHAIN] = chain.map(der => toPem(der)).join('')
  }
  const entries: TransparencyLogEntry[] = bundle.verificationMaterial.tlogEntries
  if (entries.length > 0) annotations[ANNOTATION_BUNDLE] = toRekorBundle(entries.find(e => e.inclusionPromise) ?? entries[0])
  const timestamp = bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps[0]
  if (timestamp) annotations[ANNOTATION_RFC3161_TIMESTAMP] = JSON.stringify({ SignedRFC3161Timestamp: Buffer.from(timestamp.signedTimestamp).toString('base64') })
  return annotations
}
