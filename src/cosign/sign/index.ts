export { SignError, isSignError, type SignErrorCode } from './errors.js'
export { loadSigningKey, decryptCosignKey, ENCRYPTED_KEY_LABELS, type SigningKey } from './private-key.js'
export { createIdentityProvider, checkKeylessSetup, PUBLIC_GOOD_FULCIO_HOST, SIGSTORE_AUDIENCE, type IdentityOptions } from './identity.js'
export {
  createKeylessSigner,
  createKeySigner,
  createWitnesses,
  certificateIdentity,
  checkOwnSignature,
  toSignError,
  DEFAULT_RETRY,
  type IdentitySigner,
  type KeylessSignerOptions,
  type RetryOptions,
  type SignerIdentity,
  type WitnessOptions
} from './signers.js'
export { pushLegacySignature, pushBundleReferrer, type PushedSignature } from './push.js'
export { resolveSignTargets, type SignTarget, type UnresolvedImage } from './targets.js'
export { proveArtifact, proveFromRegistry, type MadeArtifact, type SignatureProof } from './prove.js'
export { signImages, type ImageSignerOptions, type ImageSignResult, type MadeSignature, type SignatureFormatOption } from './image-signer.js'
