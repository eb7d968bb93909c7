import type { SignatureFormat, SignatureLocation, SignerIdentity } from '../../policy/index.js'

/** Why one signature did not count; each maps to a verdict status in decide.ts. */
export type SignatureFailure =
  /** Cryptography, certificate chain, SCT, transparency-log or timestamp evidence failed. */
  | 'SIGNATURE_INVALID'
  /** Valid signature over something else: another digest, another payload type. */
  | 'SIGNATURE_UNBOUND'
  /** Not readable as a cosign signature at all. */
  | 'SIGNATURE_MALFORMED'
  /** Valid and bound, but the signer fails the identity/issuer/annotation rules. */
  | 'SIGNATURE_UNTRUSTED'
  /**
   * An in-toto attestation (SLSA provenance, SBOM, scan…) that the policy does not accept as a
   * signature: not evidence either way, so it never decides the status.
   */
  | 'NOT_A_SIGNATURE'

/** The outcome of checking one signature found for an image. */
export interface CheckedSignature {
  format: SignatureFormat
  location: SignatureLocation
  /** Registry digest of the layer or referrer manifest that held it. */
  source: string
  ok: boolean
  failure?: SignatureFailure
  reason: string
  identity?: SignerIdentity
  tlogIndex: number | null
  signedAt: string | null
  predicateType?: string
  /** Carries a public key and no certificate: made with `cosign sign --key`. */
  keySigned?: boolean
}

export function failed(
  base: Pick<CheckedSignature, 'format' | 'location' | 'source'>,
  failure: SignatureFailure,
  reason: string,
  identity?: SignerIdentity
): CheckedSignature {
  return { ...base, ok: false, failure, reason, identity, tlogIndex: null, signedAt: null }
}
