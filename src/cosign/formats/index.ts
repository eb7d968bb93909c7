export * from './constants.js'
export { FormatError, type FormatErrorCode } from './errors.js'
export { parseDigest, sigTag, fallbackTag, digestOf, type DigestAlgorithm, type ParsedDigest } from './digest.js'
export { toGoJson, toGoJsonString, type GoJsonValue } from './go-json.js'
export {
  toSimpleSigningPayload,
  toDockerReference,
  simpleSigningPayloadFromBytes,
  checkSimpleSigningClaims,
  type SimpleSigningPayload,
  type SimpleSigningInput
} from './simple-signing.js'
export {
  toCosignSignStatement,
  statementFromBytes,
  statementFromEnvelope,
  statementBindsDigest,
  checkStatementSubject,
  type InTotoStatement,
  type StatementSubject
} from './in-toto.js'
export { bytesFromBase64, certificatesFromPem, toPem } from './encoding.js'
export { tlogEntryFromRekorBundle, toRekorBundle, type CosignRekorBundle } from './rekor-bundle.js'
export {
  bundleFromCosignLayer,
  cosignAnnotationsFromBundle,
  type CosignLayer,
  type CosignLayerOptions,
  type CosignAnnotationOptions
} from './legacy-bundle.js'
export {
  attTag,
  envelopeFromJson,
  toEnvelopeJson,
  bundleFromAttestationLayer,
  attestationAnnotationsFromBundle,
  type DsseEnvelope
} from './attestation-layer.js'
export { predicateFactsOf } from './predicate-facts.js'
