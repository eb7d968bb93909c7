export { attestImages, type ImageAttesterOptions, type ImageAttestResult, type MadeAttestation } from './image-attester.js'
export { pushAttestationLayer, pushAttestationReferrer, type PushedAttestation } from './push.js'
export { toAttestationStatement, COSIGN_CUSTOM_PREDICATE_TYPE, type StatementInput } from './statement.js'
