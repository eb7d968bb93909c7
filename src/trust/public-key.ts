import { PublicKeyDetails, type PublicKey, type TrustedRoot } from '@sigstore/protobuf-specs'
import { toTrustMaterial, type KeyFinderFunc, type TrustMaterial } from '@sigstore/verify'
import { createHash, createPublicKey, type KeyObject } from 'node:crypto'
import { TrustError } from './errors.js'

/** A verification key as the pieces @sigstore/verify and a bundle need. */
export interface PublicKeyMaterial {
  keyObject: KeyObject
  /** SPKI DER with its Sigstore key details, for `toTrustMaterial(root, { [hint]: publicKey })`. */
  publicKey: PublicKey
  /** base64(sha256(SPKI DER)), the key id Sigstore tools use as a public-key hint. */
  hint: string
  /**
   * The hash the Sigstore key details name (P-384 → sha384); null for Ed25519, which signs the
   * message itself. cosign v2 signed with sha256 whatever the curve, so a verifier may need both.
   */
  hashAlgorithm: 'sha256' | 'sha384' | 'sha512' | null
}

const EC_CURVES: Record<string, { details: PublicKeyDetails; hash: 'sha256' | 'sha384' | 'sha512' }> = {
  prime256v1: { details: PublicKeyDetails.PKIX_ECDSA_P256_SHA_256, hash: 'sha256' },
  secp384r1: { details: PublicKeyDetails.PKIX_ECDSA_P384_SHA_384, hash: 'sha384' },
  secp521r1: { details: PublicKeyDetails.PKIX_ECDSA_P521_SHA_512, hash: 'sha512' }
}

const RSA_SIZES: Record<number, PublicKeyDetails> = {
  2048: PublicKeyDetails.PKIX_RSA_PKCS1V15_2048_SHA256,
  3072: PublicKeyDetails.PKIX_RSA_PKCS1V15_3072_SHA256,
  4096: PublicKeyDetails.PKIX_RSA_PKCS1V15_4096_SHA256
}

const invalid = (found: string, cause?: unknown): TrustError =>
  new TrustError('TRUST_KEY_INVALID', `expected a PEM public key (ECDSA P-256/P-384/P-521, Ed25519 or RSA ≥ 2048 bits), found ${found}`, { cause })

function keyDetails(key: KeyObject): Pick<PublicKeyMaterial, 'hashAlgorithm'> & { details: PublicKeyDetails } {
  const type = key.asymmetricKeyType
  const info = key.asymmetricKeyDetails ?? {}
  if (type === 'ec') {
    const curve = EC_CURVES[info.namedCurve ?? '']
    if (!curve) throw invalid(`an EC key on unsupported curve ${info.namedCurve ?? 'unknown'}`)
    return { details: curve.details, hashAlgorithm: curve.hash }
  }
  if (type === 'ed25519') return { details: PublicKeyDetails.PKIX_ED25519, hashAlgorithm: null }
  if (type === 'rsa') {
    const bits = info.modulusLength ?? 0
    if (bits < 2048) throw invalid(`a ${bits}-bit RSA key`)
    return { details: RSA_SIZES[bits] ?? PublicKeyDetails.PKIX_RSA_PKCS1V5, hashAlgorithm: 'sha256' }
  }
  throw invalid(`a key of type ${type ?? 'unknown'}`)
}

/** Parses a PEM public key (SPKI `PUBLIC KEY` or PKCS#1 `RSA PUBLIC KEY`). Private keys are refused. */
export function publicKeyFromPem(pem: string): PublicKeyMaterial {
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem)) throw invalid('a private key (only the public key belongs in a verification policy)')
  if (!/-----BEGIN (RSA )?PUBLIC KEY-----/.test(pem)) throw invalid('no PUBLIC KEY block')
  let keyObject: KeyObject
  try {
    keyObject = createPublicKey({ key: pem, format: 'pem' })
  } catch (cause) {
    throw invalid('a PEM block that does not parse', cause)
  }
  const { details, hashAlgorithm } = keyDetails(keyObject)
  const der = keyObject.export({ format: 'der', type: 'spki' })
  return {
    keyObject,
    publicKey: { rawBytes: der, keyDetails: details, validFor: undefined },
    hint: createHash('sha256').update(der).digest('base64'),
    hashAlgorithm
  }
}

/**
 * A key finder that answers with this one key for any hint: the policy names exactly one key,
 * and legacy cosign layers carry no key id to choose by.
 */
export function keyFinderFromPem(pem: string): KeyFinderFunc {
  const { keyObject } = publicKeyFromPem(pem)
  return () => ({ publicKey: keyObject, validFor: () => true })
}

/** The same trust material, with key-based signatures checked against this PEM public key. */
export function withPublicKey(material: TrustMaterial, pem: string): TrustMaterial {
  return { ...material, publicKey: keyFinderFromPem(pem) }
}

/**
 * Trust material for a key and nothing else: key-based signatures without a log entry or a
 * timestamp need no trusted root, so no TUF and no network (issue 17).
 */
export function keyOnlyTrustMaterial(pem: string): TrustMaterial {
  const root: TrustedRoot = { mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1', tlogs: [], certificateAuthorities: [], ctlogs: [], timestampAuthorities: [] }
  return withPublicKey(toTrustMaterial(root), pem)
}
