/**
 * The trusted root for the local Sigstore stack, assembled the way @sigstore/mock-server's
 * assembleTrustedRoot does (that package is not published as a library).
 */
import { HashAlgorithm, PublicKeyDetails, type CertificateAuthority, type TransparencyLogInstance, type TrustedRoot } from '@sigstore/protobuf-specs'
import { createHash } from 'node:crypto'

export const TRUSTED_ROOT_MEDIA_TYPE = 'application/vnd.dev.sigstore.trustedroot+json;version=0.1'

export interface StackKeyMaterial {
  fulcioUrl: string
  rekorUrl: string
  tsaUrl: string
  /** Fulcio root certificate (DER). */
  caRoot: ArrayBufferView
  /** Rekor public key (SPKI DER); its log id is sha256 of these bytes. */
  tlogKey: ArrayBufferView
  /** CT log public key (SPKI DER) and the log id it stamps into SCTs. */
  ctlogKey: ArrayBufferView
  ctlogId: ArrayBufferView
  /** TSA chain, signing certificate first (DER). */
  tsaChain: ArrayBufferView[]
  validFrom: Date
}

const toBuffer = (bytes: ArrayBufferView): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)

function authority(uri: string, certificates: ArrayBufferView[], start: Date): CertificateAuthority {
  return {
    subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
    uri,
    certChain: { certificates: certificates.map(c => ({ rawBytes: toBuffer(c) })) },
    validFor: { start, end: undefined },
    operator: 'fremforge-sigstore-stack'
  }
}

function log(baseUrl: string, spki: ArrayBufferView, logId: ArrayBufferView, start: Date): TransparencyLogInstance {
  return {
    baseUrl,
    hashAlgorithm: HashAlgorithm.SHA2_256,
    publicKey: { rawBytes: toBuffer(spki), keyDetails: PublicKeyDetails.PKIX_ECDSA_P256_SHA_256, validFor: { start, end: undefined } },
    logId: { keyId: toBuffer(logId) },
    checkpointKeyId: undefined,
    operator: 'fremforge-sigstore-stack'
  }
}

export function assembleTrustedRoot(m: StackKeyMaterial): TrustedRoot {
  return {
    mediaType: TRUSTED_ROOT_MEDIA_TYPE,
    certificateAuthorities: [authority(m.fulcioUrl, [m.caRoot], m.validFrom)],
    tlogs: [log(m.rekorUrl, m.tlogKey, createHash('sha256').update(toBuffer(m.tlogKey)).digest(), m.validFrom)],
    ctlogs: [log(`${m.fulcioUrl}/ct`, m.ctlogKey, m.ctlogId, m.validFrom)],
    timestampAuthorities: [authority(m.tsaUrl, m.tsaChain, m.validFrom)]
  }
}
