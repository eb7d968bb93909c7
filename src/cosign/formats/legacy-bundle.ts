import { BUNDLE_V01_MEDIA_TYPE, type Bundle, type BundleWithMessageSignature, type TransparencyLogEntry } from '@sigstore/bundle'
import { HashAlgorithm } from '@sigstore/protobuf-specs'
import { createHash } from 'node:crypto'
import {
  ANNOTATION_BUNDLE,
  ANNOTATION_CERTIFICATE,
  ANNOTATION_CHAIN,
  ANNOTATION_RFC3161_TIMESTAMP,
  ANNOTATION_SIGNATURE
} from './constants.js'
import { bytesFromBase64, certificatesFromPem, toPem } from './encoding.js'
import { FormatError } from './errors.js'
import { tlogEntryFromRekorBundle, toRekorBundle } from './rekor-bundle.js'

/** One layer of a `.sig` manifest: the payload blob and the layer's annotations. */
export interface CosignLayer {
  payload: Uint8Array
  annotations: Record<string, string>
}

export interface CosignLayerOptions {
  /** Key hint put in a key-based bundle (no certificate), handed to the trust material's key finder. Default ''. */
  publicKeyHint?: string
}

type VerificationContent = Bundle['verificationMaterial']['content']

/**
 * Rebuilds the Sigstore bundle a legacy cosign layer stands for, so @sigstore/verify can check it.
 * The SET-only log entry is bundle v0.1 semantics, hence that media type. It checks no claims:
 * the caller still compares the payload with the layer digest and the image
 * (checkSimpleSigningClaims).
 */
export function bundleFromCosignLayer(layer: CosignLayer, options: CosignLayerOptions = {}): BundleWithMessageSignature {
  const { annotations } = layer
  const encoded = annotations[ANNOTATION_SIGNATURE]
  if (encoded === undefined) {
    throw new FormatError('FORMAT_ANNOTATION_MISSING', `expected a '${ANNOTATION_SIGNATURE}' annotation on the signature layer, found none`)
  }
  const signature = bytesFromBase64(encoded, ANNOTATION_SIGNATURE)
  return {
    mediaType: BUNDLE_V01_MEDIA_TYPE,
    verificationMaterial: verificationMaterialOf(annotations, options),
    content: {
      $case: 'messageSignature',
      messageSignature: {
        messageDigest: { algorithm: HashAlgorithm.SHA2_256, digest: createHash('sha256').update(layer.payload).digest() },
        signature
      }
    }
  }
}

/**
 * What a cosign layer's annotations hold for verification, for `.sig` and `.att` layers alike:
 * the certificate (or key hint), the SET-only Rekor entry and the RFC 3161 timestamp.
 */
export function verificationMaterialOf(annotations: Record<string, string>, options: CosignLayerOptions): Bundle['verificationMaterial'] {
  const tlogEntries: TransparencyLogEntry[] = []
  if (annotations[ANNOTATION_BUNDLE] !== undefined) tlogEntries.push(tlogEntryFromRekorBundle(annotations[ANNOTATION_BUNDLE]))
  const timestamp = annotations[ANNOTATION_RFC3161_TIMESTAMP]
  return {
    content: keyMaterial(annotations, options),
    tlogEntries,
    timestampVerificationData: { rfc3161Timestamps: timestamp === undefined ? [] : [{ signedTimestamp: timestampFromAnnotation(timestamp) }] }
  }
}

export function keyMaterial(annotations: Record<string, string>, options: CosignLayerOptions): VerificationContent {
  const certificate = annotations[ANNOTATION_CERTIFICATE]
  if (certificate === undefined) return { $case: 'publicKey', publicKey: { hint: options.publicKeyHint ?? '' } }
  const [leaf] = certificatesFromPem(certificate, ANNOTATION_CERTIFICATE)
  const chain = annotations[ANNOTATION_CHAIN] === undefined ? [] : certificatesFromPem(annotations[ANNOTATION_CHAIN], ANNOTATION_CHAIN)
  return { $case: 'x509CertificateChain', x509CertificateChain: { certificates: [leaf, ...chain].map(rawBytes => ({ rawBytes })) } }
}

export function timestampFromAnnotation(annotation: string): Buffer {
  let doc: unknown
  try {
    doc = JSON.parse(annotation)
  } catch (cause) {
    throw new FormatError('FORMAT_ANNOTATION_INVALID', `expected '${ANNOTATION_RFC3161_TIMESTAMP}' to be JSON, found other text`, { cause })
  }
  const value = typeof doc === 'object' && doc !== null ? (doc as Record<string, unknown>).SignedRFC3161Timestamp : undefined
  return bytesFromBase64(value, 'SignedRFC3161Timestamp')
}

export interface CosignAnnotationOptions {
  /** Issuer certificates (DER) for the chain annotation when the bundle carries only the leaf. */
  chain?: Uint8Array[]
}

/**
 * The legacy layer annotations for a message-signature bundle, as cosign writes them
 * (signcommon RekorBundleFromProtoTlogEntry, static.WithCertChain, WithRFC3161Timestamp). A bundle
 * whose log entries have no SET (Rekor v2) or that signs a DSSE envelope has no legacy form.
 */
export function cosignAnnotationsFromBundle(bundle: Bundle, options: CosignAnnotationOptions = {}): Record<string, string> {
  if (bundle.content.$case !== 'messageSignature') {
    throw new FormatError('FORMAT_BUNDLE_UNSUPPORTED', `expected a message-signature bundle, found ${bundle.content.$case}`)
  }
  const annotations: Record<string, string> = {
    [ANNOTATION_SIGNATURE]: Buffer.from(bundle.content.messageSignature.signature).toString('base64')
  }
  const certificates = certificatesOf(bundle.verificationMaterial.content)
  if (certificates.length > 0) {
    annotations[ANNOTATION_CERTIFICATE] = toPem(certificates[0])
    const chain = certificates.length > 1 ? certificates.slice(1) : (options.chain ?? [])
    if (chain.length > 0) annotations[ANNOTATION_CHAIN] = chain.map(der => toPem(der)).join('')
  }
  const entries: TransparencyLogEntry[] = bundle.verificationMaterial.tlogEntries
  if (entries.length > 0) annotations[ANNOTATION_BUNDLE] = toRekorBundle(entries.find(e => e.inclusionPromise) ?? entries[0])
  const timestamp = bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps[0]
  if (timestamp) {
    annotations[ANNOTATION_RFC3161_TIMESTAMP] = JSON.stringify({ SignedRFC3161Timestamp: Buffer.from(timestamp.signedTimestamp).toString('base64') })
  }
  return annotations
}

export function certificatesOf(content: VerificationContent): Uint8Array[] {
  switch (content.$case) {
    case 'x509CertificateChain':
      return content.x509CertificateChain.certificates.map(c => c.rawBytes)
    case 'certificate':
      return [content.certificate.rawBytes]
    case 'publicKey':
      return []
  }
}
