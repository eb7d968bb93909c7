/** Media types and annotation keys cosign and Sigstore write to registries. */

/** Layer media type of a legacy cosign signature (one layer per signature in the `.sig` manifest). */
export const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json'
/** `critical.type` of a cosign image signature payload. */
export const COSIGN_SIGNATURE_TYPE = 'cosign container image signature'

export const OCI_MANIFEST_MEDIA_TYPE = 'application/vnd.oci.image.manifest.v1+json'
export const OCI_INDEX_MEDIA_TYPE = 'application/vnd.oci.image.index.v1+json'
export const OCI_CONFIG_MEDIA_TYPE = 'application/vnd.oci.image.config.v1+json'
export const OCI_EMPTY_MEDIA_TYPE = 'application/vnd.oci.empty.v1+json'
/** The `{}` blob used as config of artifact manifests (OCI image-spec 1.1 "empty descriptor"). */
export const OCI_EMPTY_DIGEST = 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a'

/** artifactType (and layer media type) of a referrer holding a Sigstore bundle, as cosign v3 writes it. */
export const SIGSTORE_BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json'
/** Every Sigstore bundle media type starts with this (cosign's `Bundle()` check). */
export const SIGSTORE_BUNDLE_MEDIA_TYPE_PREFIX = 'application/vnd.dev.sigstore.bundle'

export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json'
export const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1'
/** Older cosign attestations use the v0.1 statement type. */
export const IN_TOTO_STATEMENT_V01 = 'https://in-toto.io/Statement/v0.1'
/** Predicate of the statement `cosign sign` (v3, new bundle format) signs for an image. */
export const COSIGN_SIGN_PREDICATE_TYPE = 'https://sigstore.dev/cosign/sign/v1'

// Legacy layer annotations. The keys are taken from cosign's code (pkg/oci/static,
// pkg/oci/internal/signature): SIGNATURE_SPEC.md mislabels one of them.
export const ANNOTATION_SIGNATURE = 'dev.cosignproject.cosign/signature'
export const ANNOTATION_CERTIFICATE = 'dev.sigstore.cosign/certificate'
export const ANNOTATION_CHAIN = 'dev.sigstore.cosign/chain'
export const ANNOTATION_BUNDLE = 'dev.sigstore.cosign/bundle'
export const ANNOTATION_RFC3161_TIMESTAMP = 'dev.sigstore.cosign/rfc3161timestamp'

// Annotations on a bundle referrer manifest (cosign v3 and @sigstore/oci).
export const ANNOTATION_BUNDLE_CONTENT = 'dev.sigstore.bundle.content'
export const ANNOTATION_BUNDLE_PREDICATE_TYPE = 'dev.sigstore.bundle.predicateType'
export const ANNOTATION_CREATED = 'org.opencontainers.image.created'

/** Layer media type of a cosign attestation in the legacy `sha256-<hex>.att` manifest (types.DssePayloadType). */
export const DSSE_ENVELOPE_MEDIA_TYPE = 'application/vnd.dsse.envelope.v1+json'
/** Layer annotation cosign attest writes beside the envelope (cmd/cosign/cli/attest). */
export const ANNOTATION_PREDICATE_TYPE = 'predicateType'
