export const id = 604;
export const ids = [604];
export const modules = {

/***/ 43755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ul: () => (/* reexport */ SignError),
  yJ: () => (/* reexport */ attestImages),
  y8: () => (/* reexport */ createCosignVerifier),
  Ee: () => (/* reexport */ createIdentityProvider),
  e9: () => (/* reexport */ createKeySigner),
  tD: () => (/* reexport */ createKeylessSigner),
  Cw: () => (/* reexport */ createWitnesses),
  LD: () => (/* reexport */ decide),
  xs: () => (/* reexport */ keyId),
  fm: () => (/* reexport */ loadSigningKey),
  Ug: () => (/* reexport */ proveFromRegistry),
  A5: () => (/* reexport */ repoOf),
  Ql: () => (/* reexport */ resolveSignTargets),
  U_: () => (/* reexport */ signImages),
  SR: () => (/* reexport */ statusFor)
});

// UNUSED EXPORTS: ANNOTATION_BUNDLE, ANNOTATION_BUNDLE_CONTENT, ANNOTATION_BUNDLE_PREDICATE_TYPE, ANNOTATION_CERTIFICATE, ANNOTATION_CHAIN, ANNOTATION_CREATED, ANNOTATION_PREDICATE_TYPE, ANNOTATION_RFC3161_TIMESTAMP, ANNOTATION_SIGNATURE, COSIGN_CUSTOM_PREDICATE_TYPE, COSIGN_SIGNATURE_TYPE, COSIGN_SIGN_PREDICATE_TYPE, DEFAULT_MAX_SIGNATURES, DEFAULT_RETRY, DSSE_ENVELOPE_MEDIA_TYPE, ENCRYPTED_KEY_LABELS, FormatError, IN_TOTO_PAYLOAD_TYPE, IN_TOTO_STATEMENT_V01, IN_TOTO_STATEMENT_V1, MAX_ATTESTATIONS_PER_LOCATION, OCI_CONFIG_MEDIA_TYPE, OCI_EMPTY_DIGEST, OCI_EMPTY_MEDIA_TYPE, OCI_INDEX_MEDIA_TYPE, OCI_MANIFEST_MEDIA_TYPE, PUBLIC_GOOD_FULCIO_HOST, SIGSTORE_AUDIENCE, SIGSTORE_BUNDLE_MEDIA_TYPE_PREFIX, SIGSTORE_BUNDLE_V03_MEDIA_TYPE, SIMPLE_SIGNING_MEDIA_TYPE, attTag, attestationAnnotationsFromBundle, bundleFromAttestationLayer, bundleFromCosignLayer, bytesFromBase64, certificateIdentity, certificatesFromPem, checkAttestationArtifact, checkAttestationBundle, checkAttestationLayer, checkBundleArtifact, checkKeylessSetup, checkLegacyLayer, checkOwnSignature, checkSimpleSigningClaims, checkStatementSubject, collectAttestations, collectSignatures, cosignAnnotationsFromBundle, decryptCosignKey, digestOf, envelopeFromJson, evaluateAttestations, failed, fallbackTag, hitLimit, isSignError, logEvidenceOf, parseDigest, predicateFactsOf, proveArtifact, pushAttestationLayer, pushAttestationReferrer, pushBundleReferrer, pushLegacySignature, sigTag, signerIdentityOf, simpleSigningPayloadFromBytes, statementBindsDigest, statementFromBytes, statementFromEnvelope, tlogEntryFromRekorBundle, toAttestationStatement, toCosignSignStatement, toDockerReference, toEnvelopeJson, toGoJson, toGoJsonString, toPem, toRekorBundle, toSignError, toSimpleSigningPayload, withAttestations

// EXTERNAL MODULE: ./src/reference/index.ts + 5 modules
var reference = __webpack_require__(14319);
// EXTERNAL MODULE: ./src/registry/index.ts + 17 modules
var registry = __webpack_require__(47148);
;// CONCATENATED MODULE: ./src/cosign/formats/constants.ts
/** Media types and annotation keys cosign and Sigstore write to registries. */
/** Layer media type of a legacy cosign signature (one layer per signature in the `.sig` manifest). */
const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
/** `critical.type` of a cosign image signature payload. */
const COSIGN_SIGNATURE_TYPE = 'cosign container image signature';
const OCI_MANIFEST_MEDIA_TYPE = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX_MEDIA_TYPE = 'application/vnd.oci.image.index.v1+json';
const OCI_CONFIG_MEDIA_TYPE = 'application/vnd.oci.image.config.v1+json';
const OCI_EMPTY_MEDIA_TYPE = 'application/vnd.oci.empty.v1+json';
/** The `{}` blob used as config of artifact manifests (OCI image-spec 1.1 "empty descriptor"). */
const OCI_EMPTY_DIGEST = 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a';
/** artifactType (and layer media type) of a referrer holding a Sigstore bundle, as cosign v3 writes it. */
const SIGSTORE_BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** Every Sigstore bundle media type starts with this (cosign's `Bundle()` check). */
const SIGSTORE_BUNDLE_MEDIA_TYPE_PREFIX = 'application/vnd.dev.sigstore.bundle';
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
/** Older cosign attestations use the v0.1 statement type. */
const IN_TOTO_STATEMENT_V01 = 'https://in-toto.io/Statement/v0.1';
/** Predicate of the statement `cosign sign` (v3, new bundle format) signs for an image. */
const COSIGN_SIGN_PREDICATE_TYPE = 'https://sigstore.dev/cosign/sign/v1';
// Legacy layer annotations. The keys are taken from cosign's code (pkg/oci/static,
// pkg/oci/internal/signature): SIGNATURE_SPEC.md mislabels one of them.
const ANNOTATION_SIGNATURE = 'dev.cosignproject.cosign/signature';
const ANNOTATION_CERTIFICATE = 'dev.sigstore.cosign/certificate';
const ANNOTATION_CHAIN = 'dev.sigstore.cosign/chain';
const ANNOTATION_BUNDLE = 'dev.sigstore.cosign/bundle';
const ANNOTATION_RFC3161_TIMESTAMP = 'dev.sigstore.cosign/rfc3161timestamp';
// Annotations on a bundle referrer manifest (cosign v3 and @sigstore/oci).
const ANNOTATION_BUNDLE_CONTENT = 'dev.sigstore.bundle.content';
const ANNOTATION_BUNDLE_PREDICATE_TYPE = 'dev.sigstore.bundle.predicateType';
const ANNOTATION_CREATED = 'org.opencontainers.image.created';
/** Layer media type of a cosign attestation in the legacy `sha256-<hex>.att` manifest (types.DssePayloadType). */
const DSSE_ENVELOPE_MEDIA_TYPE = 'application/vnd.dsse.envelope.v1+json';
/** Layer annotation cosign attest writes beside the envelope (cmd/cosign/cli/attest). */
const ANNOTATION_PREDICATE_TYPE = 'predicateType';

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/cosign/formats/errors.ts

class errors_FormatError extends errors/* AppError */.uV {
    constructor(code, message, options = {}) {
        super(code, message, options);
        this.name = 'FormatError';
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/cosign/formats/digest.ts


const HEX_LENGTH = { sha256: 64, sha512: 128 };
/** Splits `sha256:<hex>` (or sha512); anything else is FORMAT_DIGEST_INVALID. */
function parseDigest(digest) {
    const m = /^(sha256|sha512):([0-9a-f]+)$/.exec(digest);
    const algorithm = m?.[1];
    if (!m || !algorithm || m[2].length !== HEX_LENGTH[algorithm]) {
        throw new errors_FormatError('FORMAT_DIGEST_INVALID', `expected a digest like sha256:<64 hex>, found '${digest}'`, {
            details: { digest }
        });
    }
    return { algorithm, hex: m[2] };
}
/** Tag of the legacy signature manifest: `sha256-<hex>.sig` (cosign pkg/oci/remote). */
function sigTag(digest) {
    const { algorithm, hex } = parseDigest(digest);
    return `${algorithm}-${hex}.sig`;
}
/**
 * Tag of the referrers fallback index (OCI distribution-spec 1.1, "referrers tag schema"):
 * `<alg>-<ref>`, the algorithm cut to 32 and the encoded part to 64 characters.
 */
function fallbackTag(digest) {
    const { algorithm, hex } = parseDigest(digest);
    return `${algorithm.slice(0, 32)}-${hex.slice(0, 64)}`;
}
/** `sha256:<hex>` of some bytes, the form registries and cosign payloads use. */
function digestOf(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}

;// CONCATENATED MODULE: ./src/cosign/formats/go-json.ts
/**
 * Byte-exact `encoding/json.Marshal` output for plain JSON values. Cosign signs the bytes Go
 * produces, so a payload we build must match them exactly: map keys sorted by their UTF-8 bytes,
 * no whitespace, and Go's string escaping (HTML-safe `<`, `>`, `&`, escaped U+2028/U+2029,
 * invalid UTF-16 replaced by U+FFFD; `\b` and `\f` as short escapes, as Go >= 1.22 does).
 */
const SHORT_ESCAPES = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };
const hex4 = (code) => `\\u${code.toString(16).padStart(4, '0')}`;
function toGoJsonString(value) {
    let out = '"';
    for (let i = 0; i < value.length; i++) {
        const ch = value[i];
        const code = value.charCodeAt(i);
        if (SHORT_ESCAPES[ch] !== undefined)
            out += SHORT_ESCAPES[ch];
        else if (code < 0x20 || ch === '<' || ch === '>' || ch === '&' || code === 0x2028 || code === 0x2029)
            out += hex4(code);
        else if (code >= 0xd800 && code <= 0xdbff && i + 1 < value.length && isLowSurrogate(value.charCodeAt(i + 1))) {
            out += value.slice(i, i + 2);
            i++;
        }
        else if (code >= 0xd800 && code <= 0xdfff)
            out += '\\ufffd';
        else
            out += ch;
    }
    return `${out}"`;
}
function isLowSurrogate(code) {
    return code >= 0xdc00 && code <= 0xdfff;
}
function compareUtf8(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
/** Go encoding of a value decoded into `interface{}`: objects are maps, so keys are sorted. */
function toGoJson(value) {
    if (value === null)
        return 'null';
    if (typeof value === 'boolean')
        return value ? 'true' : 'false';
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            throw new RangeError(`JSON has no encoding for ${value}`);
        // Go's float64 encoding follows the ES number-to-string rules (encoding/json floatEncoder),
        // except that it keeps the sign of negative zero.
        return Object.is(value, -0) ? '-0' : JSON.stringify(value);
    }
    if (typeof value === 'string')
        return toGoJsonString(value);
    if (Array.isArray(value))
        return `[${value.map(toGoJson).join(',')}]`;
    const keys = Object.keys(value).sort(compareUtf8);
    return `{${keys.map(k => `${toGoJsonString(k)}:${toGoJson(value[k])}`).join(',')}}`;
}

;// CONCATENATED MODULE: ./src/cosign/formats/simple-signing.ts




/**
 * The exact bytes cosign signs: Go's json.Marshal of SimpleContainerImage, i.e. struct fields in
 * declaration order (critical{identity,image,type}, optional) and `optional` as a sorted map.
 */
function toSimpleSigningPayload(input) {
    parseDigest(input.manifestDigest);
    const optional = input.optional ?? null;
    const json = `{"critical":{"identity":{"docker-reference":${toGoJsonString(input.dockerReference)}},` +
        `"image":{"docker-manifest-digest":${toGoJsonString(input.manifestDigest)}},` +
        `"type":${toGoJsonString(COSIGN_SIGNATURE_TYPE)}},"optional":${toGoJson(optional)}}`;
    return Buffer.from(json, 'utf8');
}
/**
 * cosign's `docker-reference` for a repository: go-containerregistry's Repository.Name(), which
 * spells Docker Hub `index.docker.io` and adds `library/` to official images.
 */
function toDockerReference(repository) {
    const slash = repository.indexOf('/');
    const first = slash === -1 ? '' : repository.slice(0, slash);
    const hasRegistry = first.includes('.') || first.includes(':') || first === 'localhost';
    if (hasRegistry && first !== 'docker.io' && first !== 'index.docker.io' && first !== 'registry-1.docker.io')
        return repository;
    const path = hasRegistry ? repository.slice(slash + 1) : repository;
    return `index.docker.io/${path.includes('/') ? path : `library/${path}`}`;
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function invalid(found) {
    return new errors_FormatError('FORMAT_PAYLOAD_INVALID', `expected a cosign simple-signing payload, found ${found}`);
}
/** Reads a payload blob. Shape errors are FORMAT_PAYLOAD_INVALID; the claims are checked by {@link checkSimpleSigningClaims}. */
function simpleSigningPayloadFromBytes(bytes) {
    let doc;
    try {
        doc = JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch (cause) {
        throw new errors_FormatError('FORMAT_PAYLOAD_INVALID', 'expected a JSON simple-signing payload, found bytes that are not JSON', { cause });
    }
    if (!isObject(doc) || !isObject(doc.critical))
        throw invalid('no "critical" object');
    const { identity, image, type } = doc.critical;
    const dockerReference = isObject(identity) ? identity['docker-reference'] : undefined;
    const manifestDigest = isObject(image) ? image['docker-manifest-digest'] : undefined;
    if (typeof dockerReference !== 'string')
        throw invalid('no critical.identity.docker-reference string');
    if (typeof manifestDigest !== 'string')
        throw invalid('no critical.image.docker-manifest-digest string');
    if (typeof type !== 'string')
        throw invalid('no critical.type string');
    const optional = doc.optional ?? null;
    if (optional !== null && !isObject(optional))
        throw invalid('"optional" that is neither an object nor null');
    return { dockerReference, manifestDigest, type, optional: optional };
}
/**
 * cosign's SimpleClaimVerifier: the payload must be a cosign image signature for exactly this
 * manifest digest; a signature copied from another image fails here (FORMAT_PAYLOAD_MISMATCH).
 */
function checkSimpleSigningClaims(payload, manifestDigest) {
    if (payload.type !== COSIGN_SIGNATURE_TYPE) {
        throw new errors_FormatError('FORMAT_PAYLOAD_MISMATCH', `expected critical.type '${COSIGN_SIGNATURE_TYPE}', found '${payload.type}'`, {
            details: { expected: COSIGN_SIGNATURE_TYPE, found: payload.type }
        });
    }
    if (payload.manifestDigest !== manifestDigest) {
        throw new errors_FormatError('FORMAT_PAYLOAD_MISMATCH', `expected the payload to sign ${manifestDigest}, found it signs ${payload.manifestDigest} (signature moved from another image?)`, { details: { expected: manifestDigest, found: payload.manifestDigest } });
    }
}

;// CONCATENATED MODULE: ./src/cosign/formats/in-toto.ts



/**
 * The statement `cosign sign` v3 signs for an image (cmd/cosign/cli/sign, signDigestBundle): one
 * subject with only a digest, `-a` annotations in `subject.annotations`, an empty predicate. Field
 * order follows cosign's protojson output; the bytes travel inside the DSSE envelope, so a
 * verifier never needs to rebuild them.
 */
function toCosignSignStatement(manifestDigest, annotations = {}) {
    const { algorithm, hex } = parseDigest(manifestDigest);
    return Buffer.from(JSON.stringify({
        _type: IN_TOTO_STATEMENT_V1,
        subject: [{ digest: { [algorithm]: hex }, annotations }],
        predicateType: COSIGN_SIGN_PREDICATE_TYPE,
        predicate: {}
    }), 'utf8');
}
const in_toto_isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function in_toto_invalid(found, cause) {
    return new errors_FormatError('FORMAT_STATEMENT_INVALID', `expected an in-toto statement, found ${found}`, { cause });
}
function toSubject(value) {
    if (!in_toto_isObject(value) || !in_toto_isObject(value.digest))
        throw in_toto_invalid('a subject without a digest object');
    const digest = {};
    for (const [alg, hex] of Object.entries(value.digest)) {
        if (typeof hex !== 'string')
            throw in_toto_invalid(`a subject digest '${alg}' that is not a string`);
        digest[alg] = hex;
    }
    const subject = { digest };
    if (typeof value.name === 'string')
        subject.name = value.name;
    if (in_toto_isObject(value.annotations))
        subject.annotations = value.annotations;
    return subject;
}
/** Reads a statement (v1 or v0.1) from its JSON bytes. */
function statementFromBytes(bytes) {
    let doc;
    try {
        doc = JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch (cause) {
        throw in_toto_invalid('bytes that are not JSON', cause);
    }
    if (!in_toto_isObject(doc))
        throw in_toto_invalid('a JSON value that is not an object');
    if (doc._type !== IN_TOTO_STATEMENT_V1 && doc._type !== IN_TOTO_STATEMENT_V01)
        throw in_toto_invalid(`_type '${String(doc._type)}'`);
    if (!Array.isArray(doc.subject) || doc.subject.length === 0)
        throw in_toto_invalid('no subjects');
    if (typeof doc.predicateType !== 'string' || doc.predicateType === '')
        throw in_toto_invalid('no predicateType');
    return { type: doc._type, subject: doc.subject.map(toSubject), predicateType: doc.predicateType, predicate: doc.predicate };
}
/** Reads the statement inside a DSSE envelope, which must declare the in-toto payload type. */
function statementFromEnvelope(envelope) {
    if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
        throw new errors_FormatError('FORMAT_STATEMENT_INVALID', `expected DSSE payloadType '${IN_TOTO_PAYLOAD_TYPE}', found '${envelope.payloadType}'`);
    }
    return statementFromBytes(envelope.payload);
}
/** Whether some subject names this digest (cosign's IntotoSubjectClaimVerifier). */
function statementBindsDigest(statement, manifestDigest) {
    const { algorithm, hex } = parseDigest(manifestDigest);
    return statement.subject.some(s => s.digest[algorithm]?.toLowerCase() === hex);
}
/** Throws FORMAT_STATEMENT_MISMATCH unless a subject names this digest. */
function checkStatementSubject(statement, manifestDigest) {
    if (statementBindsDigest(statement, manifestDigest))
        return;
    const found = statement.subject.map(s => Object.entries(s.digest).map(([a, h]) => `${a}:${h}`).join('+')).join(', ');
    throw new FormatError('FORMAT_STATEMENT_MISMATCH', `expected a statement subject ${manifestDigest}, found ${found}`, {
        details: { expected: manifestDigest, found }
    });
}

;// CONCATENATED MODULE: ./src/cosign/formats/encoding.ts

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** Strict standard base64 (what Go's encoding/json writes for []byte); `what` names the field in errors. */
function bytesFromBase64(value, what) {
    if (typeof value !== 'string' || value === '' || !BASE64.test(value)) {
        throw new errors_FormatError('FORMAT_ANNOTATION_INVALID', `expected ${what} as standard base64, found ${describe(value)}`, { details: { field: what } });
    }
    return Buffer.from(value, 'base64');
}
const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([A-Za-z0-9+/=\s]*?)-----END \1-----/g;
/** DER bodies of the CERTIFICATE blocks of a PEM text, in order; none at all is FORMAT_ANNOTATION_INVALID. */
function certificatesFromPem(pem, what) {
    const certs = [];
    for (const m of pem.matchAll(PEM_BLOCK)) {
        if (m[1] !== 'CERTIFICATE')
            continue;
        certs.push(bytesFromBase64(m[2].replace(/\s+/g, ''), what));
    }
    if (certs.length === 0) {
        throw new errors_FormatError('FORMAT_ANNOTATION_INVALID', `expected ${what} to hold PEM certificates, found none`, { details: { field: what } });
    }
    return certs;
}
/** PEM as Go's pem.Encode writes it: 64-character lines, trailing newline. */
function toPem(der, type = 'CERTIFICATE') {
    const lines = Buffer.from(der).toString('base64').match(/.{1,64}/g) ?? [];
    return `-----BEGIN ${type}-----\n${lines.join('\n')}\n-----END ${type}-----\n`;
}
function describe(value) {
    if (typeof value !== 'string')
        return typeof value;
    return value === '' ? 'an empty string' : `'${value.length > 24 ? `${value.slice(0, 24)}…` : value}'`;
}

;// CONCATENATED MODULE: ./src/cosign/formats/rekor-bundle.ts


const rekor_bundle_isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function rekor_bundle_invalid(found, cause) {
    return new errors_FormatError('FORMAT_ANNOTATION_INVALID', `expected the Rekor bundle annotation {SignedEntryTimestamp, Payload}, found ${found}`, { cause });
}
function safeInteger(value, what) {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
        throw rekor_bundle_invalid(`${what} ${JSON.stringify(value)}`);
    return value;
}
/**
 * The annotation as a TransparencyLogEntry with only an inclusion promise (research §5.1):
 * kindVersion comes from the logged body itself, there is no inclusion proof.
 */
function tlogEntryFromRekorBundle(annotation) {
    let doc;
    try {
        doc = JSON.parse(annotation);
    }
    catch (cause) {
        throw rekor_bundle_invalid('text that is not JSON', cause);
    }
    if (!rekor_bundle_isObject(doc) || !rekor_bundle_isObject(doc.Payload))
        throw rekor_bundle_invalid('no Payload object');
    const set = bytesFromBase64(doc.SignedEntryTimestamp, 'SignedEntryTimestamp');
    const body = bytesFromBase64(doc.Payload.body, 'Payload.body');
    const integratedTime = safeInteger(doc.Payload.integratedTime, 'Payload.integratedTime');
    const logIndex = safeInteger(doc.Payload.logIndex, 'Payload.logIndex');
    const logID = doc.Payload.logID;
    if (typeof logID !== 'string' || !/^[0-9a-f]{64}$/.test(logID))
        throw rekor_bundle_invalid(`Payload.logID ${JSON.stringify(logID)}`);
    let entry;
    try {
        entry = JSON.parse(body.toString('utf8'));
    }
    catch (cause) {
        throw rekor_bundle_invalid('a Payload.body that is not a JSON Rekor entry', cause);
    }
    if (!rekor_bundle_isObject(entry) || typeof entry.kind !== 'string' || typeof entry.apiVersion !== 'string') {
        throw rekor_bundle_invalid('a Payload.body without kind and apiVersion');
    }
    return {
        logIndex: String(logIndex),
        logId: { keyId: Buffer.from(logID, 'hex') },
        kindVersion: { kind: entry.kind, version: entry.apiVersion },
        integratedTime: String(integratedTime),
        inclusionPromise: { signedEntryTimestamp: set },
        inclusionProof: undefined,
        canonicalizedBody: body
    };
}
/** The annotation for a log entry; only a Rekor v1 entry with a SET can be expressed. */
function toRekorBundle(entry) {
    if (!entry.inclusionPromise) {
        throw new errors_FormatError('FORMAT_BUNDLE_UNSUPPORTED', 'expected a transparency-log entry with a signed entry timestamp (Rekor v1), found none: the legacy format cannot carry it');
    }
    const bundle = {
        SignedEntryTimestamp: Buffer.from(entry.inclusionPromise.signedEntryTimestamp).toString('base64'),
        Payload: {
            body: Buffer.from(entry.canonicalizedBody).toString('base64'),
            integratedTime: Number(entry.integratedTime),
            logIndex: Number(entry.logIndex),
            logID: Buffer.from(entry.logId.keyId).toString('hex')
        }
    };
    return JSON.stringify(bundle);
}

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(19654);
;// CONCATENATED MODULE: ./src/cosign/formats/legacy-bundle.ts







/**
 * Rebuilds the Sigstore bundle a legacy cosign layer stands for, so @sigstore/verify can check it.
 * The SET-only log entry is bundle v0.1 semantics, hence that media type. It checks no claims:
 * the caller still compares the payload with the layer digest and the image
 * (checkSimpleSigningClaims).
 */
function bundleFromCosignLayer(layer, options = {}) {
    const { annotations } = layer;
    const encoded = annotations[ANNOTATION_SIGNATURE];
    if (encoded === undefined) {
        throw new errors_FormatError('FORMAT_ANNOTATION_MISSING', `expected a '${ANNOTATION_SIGNATURE}' annotation on the signature layer, found none`);
    }
    const signature = bytesFromBase64(encoded, ANNOTATION_SIGNATURE);
    return {
        mediaType: dist.BUNDLE_V01_MEDIA_TYPE,
        verificationMaterial: verificationMaterialOf(annotations, options),
        content: {
            $case: 'messageSignature',
            messageSignature: {
                messageDigest: { algorithm: protobuf_specs_dist.HashAlgorithm.SHA2_256, digest: (0,external_node_crypto_.createHash)('sha256').update(layer.payload).digest() },
                signature
            }
        }
    };
}
/**
 * What a cosign layer's annotations hold for verification, for `.sig` and `.att` layers alike:
 * the certificate (or key hint), the SET-only Rekor entry and the RFC 3161 timestamp.
 */
function verificationMaterialOf(annotations, options) {
    const tlogEntries = [];
    if (annotations[ANNOTATION_BUNDLE] !== undefined)
        tlogEntries.push(tlogEntryFromRekorBundle(annotations[ANNOTATION_BUNDLE]));
    const timestamp = annotations[ANNOTATION_RFC3161_TIMESTAMP];
    return {
        content: keyMaterial(annotations, options),
        tlogEntries,
        timestampVerificationData: { rfc3161Timestamps: timestamp === undefined ? [] : [{ signedTimestamp: timestampFromAnnotation(timestamp) }] }
    };
}
function keyMaterial(annotations, options) {
    const certificate = annotations[ANNOTATION_CERTIFICATE];
    if (certificate === undefined)
        return { $case: 'publicKey', publicKey: { hint: options.publicKeyHint ?? '' } };
    const [leaf] = certificatesFromPem(certificate, ANNOTATION_CERTIFICATE);
    const chain = annotations[ANNOTATION_CHAIN] === undefined ? [] : certificatesFromPem(annotations[ANNOTATION_CHAIN], ANNOTATION_CHAIN);
    return { $case: 'x509CertificateChain', x509CertificateChain: { certificates: [leaf, ...chain].map(rawBytes => ({ rawBytes })) } };
}
function timestampFromAnnotation(annotation) {
    let doc;
    try {
        doc = JSON.parse(annotation);
    }
    catch (cause) {
        throw new errors_FormatError('FORMAT_ANNOTATION_INVALID', `expected '${ANNOTATION_RFC3161_TIMESTAMP}' to be JSON, found other text`, { cause });
    }
    const value = typeof doc === 'object' && doc !== null ? doc.SignedRFC3161Timestamp : undefined;
    return bytesFromBase64(value, 'SignedRFC3161Timestamp');
}
/**
 * The legacy layer annotations for a message-signature bundle, as cosign writes them
 * (signcommon RekorBundleFromProtoTlogEntry, static.WithCertChain, WithRFC3161Timestamp). A bundle
 * whose log entries have no SET (Rekor v2) or that signs a DSSE envelope has no legacy form.
 */
function cosignAnnotationsFromBundle(bundle, options = {}) {
    if (bundle.content.$case !== 'messageSignature') {
        throw new errors_FormatError('FORMAT_BUNDLE_UNSUPPORTED', `expected a message-signature bundle, found ${bundle.content.$case}`);
    }
    const annotations = {
        [ANNOTATION_SIGNATURE]: Buffer.from(bundle.content.messageSignature.signature).toString('base64')
    };
    const certificates = certificatesOf(bundle.verificationMaterial.content);
    if (certificates.length > 0) {
        annotations[ANNOTATION_CERTIFICATE] = toPem(certificates[0]);
        const chain = certificates.length > 1 ? certificates.slice(1) : (options.chain ?? []);
        if (chain.length > 0)
            annotations[ANNOTATION_CHAIN] = chain.map(der => toPem(der)).join('');
    }
    const entries = bundle.verificationMaterial.tlogEntries;
    if (entries.length > 0)
        annotations[ANNOTATION_BUNDLE] = toRekorBundle(entries.find(e => e.inclusionPromise) ?? entries[0]);
    const timestamp = bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps[0];
    if (timestamp) {
        annotations[ANNOTATION_RFC3161_TIMESTAMP] = JSON.stringify({ SignedRFC3161Timestamp: Buffer.from(timestamp.signedTimestamp).toString('base64') });
    }
    return annotations;
}
function certificatesOf(content) {
    switch (content.$case) {
        case 'x509CertificateChain':
            return content.x509CertificateChain.certificates.map(c => c.rawBytes);
        case 'certificate':
            return [content.certificate.rawBytes];
        case 'publicKey':
            return [];
    }
}

;// CONCATENATED MODULE: ./src/cosign/formats/attestation-layer.ts







/** The tag cosign stores attestations under: `sha256-<hex>.att`. */
function attTag(manifestDigest) {
    const { algorithm, hex } = parseDigest(manifestDigest);
    return `${algorithm}-${hex}.att`;
}
const attestation_layer_isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function attestation_layer_invalid(found, cause) {
    return new errors_FormatError('FORMAT_PAYLOAD_INVALID', `expected a DSSE envelope, found ${found}`, { cause });
}
/** Reads the JSON envelope cosign stores as an `.att` layer (secure-systems-lab dsse.Envelope). */
function envelopeFromJson(bytes) {
    let doc;
    try {
        doc = JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch (cause) {
        throw attestation_layer_invalid('bytes that are not JSON', cause);
    }
    if (!attestation_layer_isObject(doc) || typeof doc.payloadType !== 'string' || !Array.isArray(doc.signatures))
        throw attestation_layer_invalid('JSON without payloadType and signatures');
    const signatures = doc.signatures.map(s => {
        if (!attestation_layer_isObject(s))
            throw attestation_layer_invalid('a signature that is not an object');
        return { keyid: typeof s.keyid === 'string' ? s.keyid : '', sig: bytesFromBase64(s.sig, 'DSSE sig') };
    });
    if (signatures.length === 0)
        throw attestation_layer_invalid('no signatures');
    return { payloadType: doc.payloadType, payload: bytesFromBase64(doc.payload, 'DSSE payload'), signatures };
}
/** The envelope JSON as cosign writes it (Go's encoding/json of dsse.Envelope, field order kept). */
function toEnvelopeJson(envelope) {
    return Buffer.from(JSON.stringify({
        payloadType: envelope.payloadType,
        payload: Buffer.from(envelope.payload).toString('base64'),
        signatures: envelope.signatures.map(s => ({ keyid: s.keyid, sig: Buffer.from(s.sig).toString('base64') }))
    }));
}
/**
 * Rebuilds the Sigstore bundle an `.att` layer stands for: the envelope as DSSE content, the
 * certificate (or key hint), the SET-only Rekor entry and the timestamp from the annotations.
 * It checks no claims: the caller still reads the statement and compares its subject.
 */
function bundleFromAttestationLayer(layer, options = {}) {
    const envelope = envelopeFromJson(layer.payload);
    const { annotations } = layer;
    return {
        mediaType: dist.BUNDLE_V01_MEDIA_TYPE,
        verificationMaterial: verificationMaterialOf(annotations, options),
        content: { $case: 'dsseEnvelope', dsseEnvelope: envelope }
    };
}
/**
 * The `.att` layer annotations for a DSSE bundle, as cosign attest writes them: an empty
 * signature annotation (the signature is inside the envelope), the predicate type, the
 * certificate and chain, the Rekor bundle (SET) and the RFC 3161 timestamp.
 */
function attestationAnnotationsFromBundle(bundle, predicateType, options = {}) {
    if (bundle.content.$case !== 'dsseEnvelope') {
        throw new errors_FormatError('FORMAT_BUNDLE_UNSUPPORTED', `expected a DSSE bundle, found ${bundle.content.$case}`);
    }
    const annotations = { [ANNOTATION_SIGNATURE]: '', [ANNOTATION_PREDICATE_TYPE]: predicateType };
    const certificates = certificatesOf(bundle.verificationMaterial.content);
    if (certificates.length > 0) {
        annotations[ANNOTATION_CERTIFICATE] = toPem(certificates[0]);
        const chain = certificates.length > 1 ? certificates.slice(1) : (options.chain ?? []);
        if (chain.length > 0)
            annotations[ANNOTATION_CHAIN] = chain.map(der => toPem(der)).join('');
    }
    const entries = bundle.verificationMaterial.tlogEntries;
    if (entries.length > 0)
        annotations[ANNOTATION_BUNDLE] = toRekorBundle(entries.find(e => e.inclusionPromise) ?? entries[0]);
    const timestamp = bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps[0];
    if (timestamp)
        annotations[ANNOTATION_RFC3161_TIMESTAMP] = JSON.stringify({ SignedRFC3161Timestamp: Buffer.from(timestamp.signedTimestamp).toString('base64') });
    return annotations;
}

;// CONCATENATED MODULE: ./src/cosign/formats/predicate-facts.ts
const predicate_facts_isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const predicate_facts_text = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
const at = (v, ...path) => path.reduce((o, k) => (predicate_facts_isObject(o) ? o[k] : undefined), v);
/** `git+https://github.com/o/r@refs/heads/main` → repository and ref. */
function splitSourceUri(uri) {
    if (!uri)
        return {};
    const bare = uri.replace(/^git\+/, '');
    const at = bare.lastIndexOf('@');
    return at > bare.indexOf('://') + 3 ? { sourceRepository: bare.slice(0, at), sourceRef: bare.slice(at + 1) } : { sourceRepository: bare };
}
function sbomFacts(predicate) {
    const spdx = predicate_facts_text(predicate.spdxVersion);
    if (spdx)
        return { sbomFormat: spdx, packageCount: Array.isArray(predicate.packages) ? predicate.packages.length : 0 };
    if (predicate.bomFormat === 'CycloneDX') {
        const version = predicate_facts_text(predicate.specVersion);
        return { sbomFormat: `CycloneDX${version ? ` ${version}` : ''}`, packageCount: Array.isArray(predicate.components) ? predicate.components.length : 0 };
    }
    return undefined;
}
function provenanceFacts(predicateType, predicate) {
    if (predicateType === 'https://slsa.dev/provenance/v1') {
        const workflow = at(predicate, 'buildDefinition', 'externalParameters', 'workflow');
        const firstDependency = at(predicate, 'buildDefinition', 'resolvedDependencies');
        const fallback = Array.isArray(firstDependency) ? splitSourceUri(predicate_facts_text(at(firstDependency[0], 'uri'))) : {};
        return {
            builder: predicate_facts_text(at(predicate, 'runDetails', 'builder', 'id')),
            sourceRepository: predicate_facts_text(at(workflow, 'repository')) ?? fallback.sourceRepository,
            sourceRef: predicate_facts_text(at(workflow, 'ref')) ?? fallback.sourceRef
        };
    }
    if (predicateType.startsWith('https://slsa.dev/provenance/v0.') || predicateType === 'https://in-toto.io/Provenance/v0.1') {
        return { builder: predicate_facts_text(at(predicate, 'builder', 'id')), ...splitSourceUri(predicate_facts_text(at(predicate, 'invocation', 'configSource', 'uri'))) };
    }
    return undefined;
}
/** What the summary shows of a predicate: SBOM format and package count, or provenance builder and source. */
function predicateFactsOf(predicateType, predicate) {
    if (!predicate_facts_isObject(predicate))
        return undefined;
    const facts = provenanceFacts(predicateType, predicate) ?? sbomFacts(predicate);
    if (!facts)
        return undefined;
    return Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined));
}

;// CONCATENATED MODULE: ./src/cosign/formats/index.ts












// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
// EXTERNAL MODULE: ./src/policy/index.ts + 19 modules
var src_policy = __webpack_require__(61467);
;// CONCATENATED MODULE: ./src/cosign/verify/checked.ts
function failed(base, failure, reason, identity) {
    return { ...base, ok: false, failure, reason, identity, tlogIndex: null, signedAt: null };
}

// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(83917);
;// CONCATENATED MODULE: ./src/cosign/verify/signer-identity.ts


// Fulcio's deprecated GitHub workflow extensions hold raw strings; cosign's
// --certificate-github-workflow-* flags compare exactly these (pkg/cosign/certextensions.go).
const GITHUB_WORKFLOW_OIDS = {
    trigger: '1.3.6.1.4.1.57264.1.2',
    sha: '1.3.6.1.4.1.57264.1.3',
    name: '1.3.6.1.4.1.57264.1.4',
    repository: '1.3.6.1.4.1.57264.1.5',
    ref: '1.3.6.1.4.1.57264.1.6'
};
function leafCertificate(bundle) {
    const content = bundle.verificationMaterial.content;
    if (content.$case === 'certificate')
        return core_dist.X509Certificate.parse(Buffer.from(content.certificate.rawBytes));
    if (content.$case === 'x509CertificateChain') {
        const leaf = content.x509CertificateChain.certificates[0];
        return leaf ? core_dist.X509Certificate.parse(Buffer.from(leaf.rawBytes)) : undefined;
    }
    return undefined;
}
function githubClaims(cert) {
    const claims = {};
    if (!cert)
        return claims;
    for (const [claim, oid] of Object.entries(GITHUB_WORKFLOW_OIDS)) {
        const ext = cert.extension(oid);
        if (ext)
            claims[claim] = ext.value.toString('utf8');
    }
    return claims;
}
/** A short, stable id for a public key: sha256 of its SPKI DER, as `sha256:<hex>`. */
function keyId(pem) {
    const der = (0,external_node_crypto_.createPublicKey)(pem).export({ type: 'spki', format: 'der' });
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(der).digest('hex')}`;
}
function signerIdentityOf(bundle, signer, keyIdentity) {
    if (keyIdentity !== undefined)
        return { subject: keyIdentity, issuer: null, githubWorkflow: {}, keyBased: true };
    return {
        subject: signer.identity?.subjectAlternativeName ?? null,
        issuer: signer.identity?.extensions?.issuer ?? null,
        githubWorkflow: githubClaims(leafCertificate(bundle)),
        keyBased: false
    };
}
/** The signing time of the first RFC 3161 timestamp, already verified by @sigstore/verify. */
function timestampTimeOf(bundle) {
    const timestamp = bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps[0];
    if (!timestamp)
        return null;
    try {
        return core_dist.RFC3161Timestamp.parse(Buffer.from(timestamp.signedTimestamp)).signingTime.toISOString();
    }
    catch {
        return null;
    }
}
/**
 * Log index and the time the log (or a timestamp authority) proved, from a verified bundle. Rekor
 * v2 entries carry no integrated time: their time is the RFC 3161 timestamp's.
 */
function logEvidenceOf(bundle) {
    const entry = bundle.verificationMaterial.tlogEntries[0];
    const seconds = Number(entry?.integratedTime);
    return {
        tlogIndex: entry ? Number(entry.logIndex) : null,
        signedAt: Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000).toISOString() : timestampTimeOf(bundle)
    };
}

;// CONCATENATED MODULE: ./src/cosign/verify/check.ts







const messageOf = (e) => (e instanceof Error ? e.message : String(e));
const codeOf = (e) => (typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : 'ERROR');
/** cosign with --key checks the signature against the key alone: drop certificate material. */
function asKeyBased(bundle) {
    return { ...bundle, verificationMaterial: { ...bundle.verificationMaterial, content: { $case: 'publicKey', publicKey: { hint: '' } } } };
}
/** A layer's annotations as the verification sees them: with a key, its certificate and chain are ignored. */
function layerAnnotationsFor(annotations, ctx) {
    if (ctx.keyIdentity === undefined)
        return annotations;
    const { [ANNOTATION_CERTIFICATE]: _certificate, [ANNOTATION_CHAIN]: _chain, ...rest } = annotations;
    return rest;
}
/** Cryptography and log evidence first, then the identity rules, then signed annotations. */
function verifyAndJudge(base, bundle, artifact, signedAnnotations, ctx, predicateType) {
    const material = ctx.keyIdentity === undefined ? bundle : asKeyBased(bundle);
    let signer;
    try {
        signer = ctx.verifier.verify((0,verify_dist/* toSignedEntity */.DC)(material, artifact));
    }
    catch (e) {
        const keySigned = ctx.keyIdentity === undefined && bundle.verificationMaterial.content.$case === 'publicKey';
        return { ...failed(base, 'SIGNATURE_INVALID', `${codeOf(e)}: ${messageOf(e)}`), ...(keySigned ? { keySigned } : {}) };
    }
    const identity = signerIdentityOf(bundle, signer, ctx.keyIdentity);
    const rules = (0,src_policy/* checkIdentity */.Z0)(identity, ctx.policy);
    if (!rules.ok)
        return failed(base, 'SIGNATURE_UNTRUSTED', rules.message, identity);
    const annotations = (0,src_policy/* checkAnnotations */.LO)(signedAnnotations, ctx.policy);
    if (!annotations.ok)
        return failed(base, 'SIGNATURE_UNTRUSTED', annotations.message, identity);
    return { ...base, ok: true, reason: 'signature verified', identity, ...logEvidenceOf(bundle), predicateType };
}
/** One layer of a legacy `sha256-<hex>.sig` manifest. */
function checkLegacyLayer(layer, imageDigest, ctx) {
    const base = { format: 'cosign-legacy', location: 'sig-tag', source: layer.digest };
    if (`sha256:${(0,external_node_crypto_.createHash)('sha256').update(layer.payload).digest('hex')}` !== layer.digest) {
        return failed(base, 'SIGNATURE_MALFORMED', `payload bytes do not hash to the layer digest ${layer.digest}`);
    }
    let payload;
    try {
        payload = simpleSigningPayloadFromBytes(layer.payload);
        checkSimpleSigningClaims(payload, imageDigest);
    }
    catch (e) {
        const unbound = e instanceof errors_FormatError && e.code === 'FORMAT_PAYLOAD_MISMATCH';
        return failed(base, unbound ? 'SIGNATURE_UNBOUND' : 'SIGNATURE_MALFORMED', messageOf(e));
    }
    const annotations = layerAnnotationsFor(layer.annotations, ctx);
    let bundle;
    try {
        bundle = bundleFromCosignLayer({ payload: layer.payload, annotations });
    }
    catch (e) {
        return failed(base, 'SIGNATURE_MALFORMED', messageOf(e));
    }
    return verifyAndJudge(base, bundle, layer.payload, payload.optional, ctx);
}
/** One Sigstore bundle attached to the image as a referrer (or in the fallback tag index). */
async function checkBundleArtifact(artifact, imageDigest, ctx) {
    const base = { format: 'sigstore-bundle', location: artifact.location, source: artifact.digest };
    let bundle;
    try {
        bundle = (0,dist.bundleFromJSON)(JSON.parse(artifact.bytes.toString('utf8')));
    }
    catch (e) {
        return failed(base, 'SIGNATURE_MALFORMED', `not a Sigstore bundle: ${messageOf(e)}`);
    }
    if (bundle.content.$case === 'dsseEnvelope') {
        let statement;
        try {
            statement = statementFromEnvelope(bundle.content.dsseEnvelope);
        }
        catch (e) {
            return failed(base, 'SIGNATURE_MALFORMED', messageOf(e));
        }
        if (!statementBindsDigest(statement, imageDigest)) {
            const found = statement.subject.map(s => Object.entries(s.digest).map(([a, h]) => `${a}:${h}`).join(',')).join('; ');
            return failed(base, 'SIGNATURE_UNBOUND', `expected the statement subject ${imageDigest}, found ${found || '(none)'}`);
        }
        // cosign verify counts only its sign predicate; anything else is an attestation (issue 13).
        const isSignature = statement.predicateType === COSIGN_SIGN_PREDICATE_TYPE || (ctx.policy.signaturePredicates ?? []).includes(statement.predicateType);
        if (!isSignature) {
            return failed(base, 'NOT_A_SIGNATURE', `an attestation of predicate type ${statement.predicateType}, which the policy does not accept as a signature (signature-predicates)`);
        }
        const annotations = statement.subject.find(s => statementBindsDigest({ ...statement, subject: [s] }, imageDigest))?.annotations;
        const predicateType = statement.predicateType === COSIGN_SIGN_PREDICATE_TYPE ? undefined : statement.predicateType;
        return verifyAndJudge(base, bundle, undefined, annotations, ctx, predicateType);
    }
    // A message-signature bundle binds the image only when it signs the manifest digest itself.
    const signed = bundle.content.messageSignature.messageDigest.digest.toString('hex');
    const { hex } = parseDigest(imageDigest);
    if (signed !== hex)
        return failed(base, 'SIGNATURE_UNBOUND', `expected a signature over ${imageDigest}, found one over sha256:${signed}`);
    if (!ctx.imageManifest)
        return failed(base, 'SIGNATURE_MALFORMED', 'a message signature over the image needs the image manifest, which is unavailable');
    return verifyAndJudge(base, bundle, await ctx.imageManifest(), null, ctx);
}

// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/tlog/index.js
var tlog = __webpack_require__(38218);
;// CONCATENATED MODULE: ./src/cosign/verify/intoto-v001.ts

// Not on the package index: the SET and inclusion check alone, without the body comparison that
// rejects v0.0.1. The package declares no "exports", so this path is part of its published files.




class IntotoV001Error extends Error {
    code = 'TLOG_INTOTO_V001_MISMATCH';
}
const sha256 = (b) => (0,external_node_crypto_.createHash)('sha256').update(b).digest('hex');
function isIntotoV001(entry) {
    return entry?.kindVersion?.kind === 'intoto' && entry.kindVersion.version === '0.0.1';
}
function leafDer(bundle) {
    const content = bundle.verificationMaterial.content;
    if (content.$case === 'x509CertificateChain')
        return Buffer.from(content.x509CertificateChain.certificates[0]?.rawBytes ?? []);
    if (content.$case === 'certificate')
        return Buffer.from(content.certificate.rawBytes);
    return undefined;
}
/** Throws IntotoV001Error unless the entry logs exactly these envelope bytes, this statement and this signer. */
function checkIntotoV001Binding(entry, envelopeBytes, bundle, keyIdentity) {
    let body;
    try {
        body = JSON.parse(Buffer.from(entry.canonicalizedBody).toString('utf8'));
    }
    catch {
        throw new IntotoV001Error('the intoto v0.0.1 entry body is not JSON');
    }
    if (bundle.content.$case !== 'dsseEnvelope')
        throw new IntotoV001Error('an intoto entry logs a DSSE envelope, not a message signature');
    const logged = body.spec?.content;
    if (logged?.hash?.value !== sha256(envelopeBytes))
        throw new IntotoV001Error(`the log entry records envelope sha256:${String(logged?.hash?.value)}, the registry holds sha256:${sha256(envelopeBytes)}`);
    if (logged?.payloadHash?.value !== sha256(bundle.content.dsseEnvelope.payload))
        throw new IntotoV001Error('the log entry records another statement');
    if (typeof body.spec?.publicKey !== 'string')
        throw new IntotoV001Error('the log entry records no public key');
    const pem = Buffer.from(body.spec.publicKey, 'base64').toString('utf8');
    if (keyIdentity !== undefined) {
        let logged;
        try {
            logged = keyId((0,external_node_crypto_.createPublicKey)(pem).export({ type: 'spki', format: 'pem' }).toString());
        }
        catch {
            throw new IntotoV001Error('the log entry records a public key that does not parse');
        }
        if (logged !== keyIdentity)
            throw new IntotoV001Error(`the log entry records key ${logged}, expected ${keyIdentity}`);
        return;
    }
    const leaf = leafDer(bundle);
    let loggedDer;
    try {
        loggedDer = certificatesFromPem(pem, 'intoto publicKey')[0];
    }
    catch {
        loggedDer = undefined;
    }
    if (!leaf || !loggedDer || !leaf.equals(loggedDer))
        throw new IntotoV001Error('the log entry records another signing certificate');
}
/**
 * Verifies a DSSE bundle whose only log evidence is an intoto v0.0.1 entry: the binding above,
 * then the SET against the trusted logs, then certificate chain, SCTs and signature through
 * @sigstore/verify with the (already verified) entry as the time source.
 */
function verifyIntotoV001(bundle, envelopeBytes, trust, keyIdentity) {
    const entries = bundle.verificationMaterial.tlogEntries;
    if (entries.length === 0 || !entries.every(isIntotoV001))
        throw new IntotoV001Error('expected intoto v0.0.1 log entries only');
    for (const entry of entries) {
        checkIntotoV001Binding(entry, envelopeBytes, bundle, keyIdentity);
        (0,tlog.verifyTLogInclusion)(entry, trust.tlogs);
    }
    const verifier = new verify_dist/* Verifier */.BL(trust, { tlogThreshold: 0, ctlogThreshold: keyIdentity === undefined ? 1 : 0, timestampThreshold: 1 });
    return verifier.verify({ ...(0,verify_dist/* toSignedEntity */.DC)(bundle), tlogEntries: [] });
}

;// CONCATENATED MODULE: ./src/cosign/verify/attestation-check.ts







const attestation_check_messageOf = (e) => (e instanceof Error ? e.message : String(e));
const attestation_check_codeOf = (e) => (typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : 'ERROR');
function rejected(base, predicateType, failure, reason, identity) {
    return { ...base, predicateType, ok: false, failure, reason, identity, tlogIndex: null, signedAt: null };
}
/**
 * The checks of cosign verify-attestation before its policy step: the envelope carries an in-toto
 * statement, the statement's predicate type is the one the registry labelled it with, a subject is
 * the image digest, and the signature, certificate chain and log (or timestamp) evidence verify.
 */
function checkAttestationBundle(base, bundle, imageDigest, ctx, annotatedType, envelopeBytes) {
    if (bundle.content.$case !== 'dsseEnvelope')
        return rejected(base, annotatedType ?? null, 'SIGNATURE_MALFORMED', 'expected a DSSE envelope, found a message signature');
    const envelope = bundle.content.dsseEnvelope;
    // cosign 0.x (2021) wrote the predicate type as the DSSE payloadType. Refused: cosign itself
    // stopped reading those, and nothing in such an envelope says it is an in-toto statement.
    if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
        return rejected(base, annotatedType ?? null, 'SIGNATURE_MALFORMED', `expected DSSE payloadType ${IN_TOTO_PAYLOAD_TYPE}, found ${envelope.payloadType}`);
    }
    let statement;
    try {
        statement = statementFromBytes(envelope.payload);
    }
    catch (e) {
        return rejected(base, annotatedType ?? null, 'SIGNATURE_MALFORMED', attestation_check_messageOf(e));
    }
    const predicateType = statement.predicateType;
    if (annotatedType !== undefined && annotatedType !== predicateType) {
        // Reported under the type it claims, so the requirement it tried to satisfy names the forgery.
        return rejected(base, annotatedType, 'SIGNATURE_UNBOUND', `the registry labels it ${annotatedType}, but the signed statement says ${predicateType}`);
    }
    if (!statementBindsDigest(statement, imageDigest)) {
        const found = statement.subject.map(s => Object.entries(s.digest).map(([a, h]) => `${a}:${h}`).join(',')).join('; ');
        return rejected(base, predicateType, 'SIGNATURE_UNBOUND', `expected the statement subject ${imageDigest}, found ${found || '(none)'}`);
    }
    const material = ctx.keyIdentity === undefined ? bundle : asKeyBased(bundle);
    let signer;
    try {
        // cosign until 2023 logged attestations as intoto v0.0.1, bound to the stored envelope bytes.
        const legacyLog = envelopeBytes !== undefined && isIntotoV001(material.verificationMaterial.tlogEntries[0]);
        if (legacyLog && !ctx.trust)
            return rejected(base, predicateType, 'SIGNATURE_INVALID', 'an intoto v0.0.1 log entry needs the trust material, which is unavailable');
        signer = legacyLog && ctx.trust ? verifyIntotoV001(material, envelopeBytes, ctx.trust, ctx.keyIdentity) : ctx.verifier.verify((0,verify_dist/* toSignedEntity */.DC)(material));
    }
    catch (e) {
        return rejected(base, predicateType, 'SIGNATURE_INVALID', `${attestation_check_codeOf(e)}: ${attestation_check_messageOf(e)}`);
    }
    const identity = signerIdentityOf(bundle, signer, ctx.keyIdentity);
    return { ...base, predicateType, ok: true, reason: 'attestation verified', identity, ...logEvidenceOf(bundle), statement };
}
/** One layer of a legacy `sha256-<hex>.att` manifest: a DSSE envelope with cosign's annotations. */
function checkAttestationLayer(layer, imageDigest, ctx) {
    const base = { format: 'cosign-legacy', location: 'att-tag', source: layer.digest };
    const annotatedType = layer.annotations[ANNOTATION_PREDICATE_TYPE];
    if (`sha256:${(0,external_node_crypto_.createHash)('sha256').update(layer.payload).digest('hex')}` !== layer.digest) {
        return rejected(base, annotatedType ?? null, 'SIGNATURE_MALFORMED', `envelope bytes do not hash to the layer digest ${layer.digest}`);
    }
    const annotations = layerAnnotationsFor(layer.annotations, ctx);
    let bundle;
    try {
        bundle = bundleFromAttestationLayer({ payload: layer.payload, annotations });
    }
    catch (e) {
        return rejected(base, annotatedType ?? null, 'SIGNATURE_MALFORMED', attestation_check_messageOf(e));
    }
    return checkAttestationBundle(base, bundle, imageDigest, ctx, annotatedType, layer.payload);
}
/** A Sigstore bundle referrer (cosign v3 attest, GitHub artifact attestations). */
function checkAttestationArtifact(base, bytes, imageDigest, ctx, annotatedType) {
    let bundle;
    try {
        bundle = (0,dist.bundleFromJSON)(JSON.parse(bytes.toString('utf8')));
    }
    catch (e) {
        return rejected(base, annotatedType ?? null, 'SIGNATURE_MALFORMED', `not a Sigstore bundle: ${attestation_check_messageOf(e)}`);
    }
    return checkAttestationBundle(base, bundle, imageDigest, ctx, annotatedType);
}

;// CONCATENATED MODULE: ./src/cosign/verify/collect.ts




/** cosign's cap on signatures and attestations per image since CVE-2023-46737 (`maxAllowedSigsOrAtts`). */
const DEFAULT_MAX_SIGNATURES = 100;
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const layersOf = (json) => {
    if (!isRecord(json) || !Array.isArray(json.layers))
        return [];
    return json.layers.filter(isRecord).map(l => ({
        mediaType: String(l.mediaType ?? ''),
        digest: String(l.digest ?? ''),
        annotations: isRecord(l.annotations) ? Object.fromEntries(Object.entries(l.annotations).map(([k, v]) => [k, String(v)])) : {}
    }));
};
function probeError(location, e) {
    if (!(e instanceof registry/* RegistryError */.gl))
        throw e;
    return { location, answer: `${e.code.replace('REGISTRY_', '').toLowerCase().replace(/_/g, ' ')}${e.status ? ` (HTTP ${e.status})` : ''}: ${e.message}`, error: e };
}
/** Legacy `sha256-<hex>.sig`: one simple-signing layer per signature. */
async function collectLegacy(client, repo, digest, ctx, out, max) {
    let manifest;
    try {
        manifest = await client.getManifest(repo, sigTag(digest));
    }
    catch (e) {
        if (e instanceof registry/* RegistryError */.gl && e.code === 'REGISTRY_NOT_FOUND')
            out.probes.push({ location: 'sig-tag', answer: `no ${sigTag(digest)} tag` });
        else
            out.probes.push(probeError('sig-tag', e));
        return;
    }
    const layers = layersOf(manifest.json).filter(l => l.mediaType === SIMPLE_SIGNING_MEDIA_TYPE);
    if (layers.length > max) {
        const e = new registry/* RegistryError */.gl('REGISTRY_LIMIT', `${sigTag(digest)} lists ${layers.length} signatures, more than the limit of ${max} (raise it with max-signatures)`, { host: repo.registry, repository: repo.repository });
        out.probes.push(probeError('sig-tag', e));
        return;
    }
    out.probes.push({ location: 'sig-tag', answer: `${layers.length} signature layer(s) in ${sigTag(digest)}` });
    for (const layer of layers) {
        try {
            const payload = await client.getBlob(repo, layer.digest);
            out.checked.push(checkLegacyLayer({ digest: layer.digest, payload, annotations: layer.annotations }, digest, ctx));
        }
        catch (e) {
            if (!(e instanceof registry/* RegistryError */.gl))
                throw e;
            out.probes.push(probeError('sig-tag', e));
        }
        if (out.checked.some(c => c.ok))
            return;
    }
}
/** Sigstore bundles: the referrers API, or the `sha256-<hex>` fallback index where it is missing. */
async function collectBundles(client, repo, digest, ctx, out, max) {
    let listed;
    try {
        listed = await client.listReferrers(repo, digest, SIGSTORE_BUNDLE_V03_MEDIA_TYPE, { maxResults: max });
    }
    catch (e) {
        out.probes.push(probeError('referrers', e));
        return;
    }
    const location = listed.source;
    const bundles = listed.manifests.filter(d => (d.artifactType ?? '').startsWith(SIGSTORE_BUNDLE_MEDIA_TYPE_PREFIX));
    out.probes.push({ location, answer: `${bundles.length} Sigstore bundle referrer(s)` });
    for (const descriptor of bundles) {
        const base = { format: 'sigstore-bundle', location, source: descriptor.digest };
        try {
            const manifest = await client.getManifest(repo, descriptor.digest);
            const layers = layersOf(manifest.json);
            // cosign's Bundle(): exactly one layer holding the bundle.
            if (layers.length !== 1 || !layers[0].mediaType.startsWith(SIGSTORE_BUNDLE_MEDIA_TYPE_PREFIX)) {
                out.checked.push(failed(base, 'SIGNATURE_MALFORMED', `expected one ${SIGSTORE_BUNDLE_MEDIA_TYPE_PREFIX}* layer, found ${layers.map(l => l.mediaType).join(', ') || 'none'}`));
                continue;
            }
            const bytes = await client.getBlob(repo, layers[0].digest);
            out.checked.push(await checkBundleArtifact({ digest: descriptor.digest, bytes, location }, digest, ctx));
        }
        catch (e) {
            if (!(e instanceof registry/* RegistryError */.gl))
                throw e;
            out.probes.push(probeError(location, e));
        }
        if (out.checked.some(c => c.ok))
            return;
    }
}
function createLookupOrder() {
    const seen = new Map();
    const keys = (repo) => [`${repo.registry}/${repo.repository}`, repo.registry];
    return {
        first: repo => keys(repo).map(k => seen.get(k)).find(f => f !== undefined) ?? 'legacy',
        verifiedBy: (repo, format) => keys(repo).forEach(k => seen.set(k, format))
    };
}
const collectors = { legacy: collectLegacy, bundle: collectBundles };
/**
 * Looks for signatures in every place cosign writes them and checks each, stopping at the first
 * that satisfies the policy. Without an order (or before it has learned one) the legacy tag is read
 * first: it is the cheapest (2 requests). Whatever the order, the result lists legacy findings
 * before bundle findings, so a verdict that reads both reads the same.
 */
async function collectSignatures(client, repo, digest, ctx, maxSignatures = DEFAULT_MAX_SIGNATURES, order) {
    const first = order?.first(repo) ?? 'legacy';
    const formats = first === 'legacy' ? ['legacy', 'bundle'] : ['bundle', 'legacy'];
    const parts = {};
    for (const format of formats) {
        const part = { checked: [], probes: [] };
        parts[format] = part;
        await collectors[format](client, repo, digest, ctx, part, maxSignatures);
        if (part.checked.some(c => c.ok)) {
            order?.verifiedBy(repo, format);
            break;
        }
        if (hitLimit(part))
            break;
    }
    const found = [parts.legacy, parts.bundle].filter(p => p !== undefined);
    return { checked: found.flatMap(p => p.checked), probes: found.flatMap(p => p.probes) };
}
/** A cap was hit: the image is a registry error, whatever else was found (issue 11, defect 5). */
function hitLimit(found) {
    return found.probes.find(p => p.error?.code === 'REGISTRY_LIMIT')?.error;
}

;// CONCATENATED MODULE: ./src/cosign/verify/attestation-collect.ts




/**
 * At most this many attestations are read per location: anyone who can push to the repository can
 * attach referrers, and each costs two requests. The newest are not preferred; a required one past
 * the cap is reported missing (fail closed), and the probe says the cap was reached.
 */
const MAX_ATTESTATIONS_PER_LOCATION = 32;
const stringRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, String(x)])) : {};
const capped = (n) => (n > MAX_ATTESTATIONS_PER_LOCATION ? ` (only the first ${MAX_ATTESTATIONS_PER_LOCATION} were read)` : '');
function errorProbe(location, e) {
    // probeError's wording, for a location the signature lookup does not know.
    const probe = probeError(location === 'att-tag' ? 'sig-tag' : location, e);
    return { ...probe, location };
}
/** cosign's legacy `sha256-<hex>.att`: one DSSE envelope layer per attestation. */
async function collectAttTag(client, repo, digest, ctx, out) {
    const tag = attTag(digest);
    let manifest;
    try {
        manifest = await client.getManifest(repo, tag);
    }
    catch (e) {
        if (e instanceof registry/* RegistryError */.gl && e.code === 'REGISTRY_NOT_FOUND')
            out.probes.push({ location: 'att-tag', answer: `no ${tag} tag` });
        else
            out.probes.push(errorProbe('att-tag', e));
        return;
    }
    const layers = layersOf(manifest.json).filter(l => l.mediaType === DSSE_ENVELOPE_MEDIA_TYPE);
    out.probes.push({ location: 'att-tag', answer: `${layers.length} attestation layer(s) in ${tag}${capped(layers.length)}` });
    for (const layer of layers.slice(0, MAX_ATTESTATIONS_PER_LOCATION)) {
        try {
            const payload = await client.getBlob(repo, layer.digest);
            out.found.push(checkAttestationLayer({ digest: layer.digest, payload, annotations: layer.annotations }, digest, ctx));
        }
        catch (e) {
            if (!(e instanceof registry/* RegistryError */.gl))
                throw e;
            out.probes.push(errorProbe('att-tag', e));
        }
    }
}
/**
 * Sigstore bundle referrers other than cosign's own signatures: cosign v3 attestations and GitHub
 * artifact attestations (actions/attest with push-to-registry). The predicate type annotation is
 * unsigned: it only lets signatures be skipped, and must agree with the signed statement.
 */
async function collectReferrers(client, repo, digest, ctx, out) {
    let listed;
    try {
        listed = await client.listReferrers(repo, digest);
    }
    catch (e) {
        out.probes.push(errorProbe('referrers', e));
        return;
    }
    const location = listed.source;
    const bundles = listed.manifests.filter(d => (d.artifactType ?? '').startsWith(SIGSTORE_BUNDLE_MEDIA_TYPE_PREFIX) && d.annotations?.[ANNOTATION_BUNDLE_PREDICATE_TYPE] !== COSIGN_SIGN_PREDICATE_TYPE);
    out.probes.push({ location, answer: `${bundles.length} attestation bundle referrer(s)${capped(bundles.length)}` });
    for (const descriptor of bundles.slice(0, MAX_ATTESTATIONS_PER_LOCATION)) {
        const base = { format: 'sigstore-bundle', location, source: descriptor.digest };
        try {
            const manifest = await client.getManifest(repo, descriptor.digest);
            const annotatedType = stringRecord(manifest.json?.annotations)[ANNOTATION_BUNDLE_PREDICATE_TYPE];
            const layers = layersOf(manifest.json);
            if (layers.length !== 1 || !layers[0].mediaType.startsWith(SIGSTORE_BUNDLE_MEDIA_TYPE_PREFIX)) {
                out.found.push({ ...base, predicateType: annotatedType ?? null, ok: false, failure: 'SIGNATURE_MALFORMED', reason: `expected one ${SIGSTORE_BUNDLE_MEDIA_TYPE_PREFIX}* layer`, tlogIndex: null, signedAt: null });
                continue;
            }
            const bytes = await client.getBlob(repo, layers[0].digest);
            const checked = checkAttestationArtifact(base, bytes, digest, ctx, annotatedType);
            // A cosign signature bundle without the annotation: a signature, not an attestation.
            if (checked.predicateType !== COSIGN_SIGN_PREDICATE_TYPE)
                out.found.push(checked);
        }
        catch (e) {
            if (!(e instanceof registry/* RegistryError */.gl))
                throw e;
            out.probes.push(errorProbe(location, e));
        }
    }
}
/** Reads every attestation of an image from every place cosign and GitHub store them. */
async function collectAttestations(client, repo, digest, ctx) {
    const out = { found: [], probes: [] };
    await collectAttTag(client, repo, digest, ctx, out);
    await collectReferrers(client, repo, digest, ctx, out);
    return out;
}

;// CONCATENATED MODULE: ./src/cosign/sign/errors.ts

class SignError extends errors/* AppError */.uV {
    constructor(code, message, options = {}) {
        super(code, message, options);
        this.name = 'SignError';
    }
}
function isSignError(value, code) {
    return value instanceof SignError && (code === undefined || value.code === code);
}

;// CONCATENATED MODULE: ./src/cosign/status.ts


/**
 * STYLE.md's one `statusFor`: how a failure that ended an image's check maps to its status. The
 * tables are total over their codes, so a new code does not compile until it is given a status.
 * Only a completed verification yields `verified`; nothing here does.
 */
const REGISTRY_STATUS = {
    REGISTRY_AUTH: 'auth-error',
    REGISTRY_RATE_LIMITED: 'rate-limited',
    REGISTRY_NOT_FOUND: 'not-found',
    REGISTRY_ERROR: 'registry-error',
    REGISTRY_UNREACHABLE: 'registry-error',
    REGISTRY_TIMEOUT: 'registry-error',
    REGISTRY_DIGEST_MISMATCH: 'registry-error',
    REGISTRY_TOO_LARGE: 'registry-error',
    REGISTRY_INPUT_INVALID: 'registry-error',
    REGISTRY_LIMIT: 'registry-error'
};
/** `cause`: the status of the registry failure underneath (a push that failed). */
const SIGN_STATUS = {
    SIGN_INPUT_INVALID: 'error',
    SIGN_KEY_INVALID: 'error',
    SIGN_KEY_PASSWORD: 'error',
    SIGN_TOKEN_MISSING: 'error',
    SIGN_TOKEN_FAILED: 'error',
    SIGN_FORGEJO_PUBLIC_FULCIO: 'error',
    SIGN_FULCIO_FAILED: 'error',
    SIGN_REKOR_FAILED: 'error',
    SIGN_TSA_FAILED: 'error',
    SIGN_FAILED: 'error',
    SIGN_PUSH_FAILED: 'cause',
    SIGN_CERTIFICATE_MISMATCH: 'invalid-signature',
    SIGN_SIGNATURE_INVALID: 'invalid-signature',
    // The signature just made does not verify: against the identity (untrusted) or at all (invalid).
    SIGN_NOT_PROVEN: 'proof'
};
function statusFor(e) {
    if (e instanceof registry/* RegistryError */.gl)
        return REGISTRY_STATUS[e.code];
    if (!(e instanceof SignError))
        return 'error';
    const status = SIGN_STATUS[e.code];
    if (status === 'cause')
        return statusFor(e.cause);
    if (status === 'proof')
        return e.details.failure === 'SIGNATURE_UNTRUSTED' ? 'untrusted-signer' : 'invalid-signature';
    return status;
}

;// CONCATENATED MODULE: ./src/cosign/verify/attestations.ts



/** Per-attestation authorities replace the image's identity rules; one of them must hold. */
function judgeSigner(found, requirement, policy) {
    if (!found.identity)
        return { ok: false, reason: 'no signer identity' };
    const authorities = requirement.authorities ?? [];
    if (authorities.length === 0) {
        const r = (0,src_policy/* checkIdentity */.Z0)(found.identity, policy);
        return r.ok ? r : { ok: false, reason: r.message };
    }
    const reasons = [];
    for (const authority of authorities) {
        const r = (0,src_policy/* checkIdentity */.Z0)(found.identity, { ...policy, certificateIdentity: undefined, certificateIdentityRegexp: undefined, certificateOidcIssuer: undefined, certificateOidcIssuerRegexp: undefined, githubWorkflow: {}, identities: undefined, issuerAllowlist: [], ...authority });
        if (r.ok)
            return r;
        reasons.push(r.message);
    }
    return { ok: false, reason: `no authority of the attestation holds: ${reasons.join('; ')}` };
}
function entryOf(found, predicateType, required, verified, details) {
    const facts = verified && found?.statement ? predicateFactsOf(predicateType, found.statement.predicate) : undefined;
    return {
        predicateType,
        verified,
        required,
        signerSubject: found?.identity?.subject ?? null,
        signerIssuer: found?.identity?.issuer ?? null,
        format: found?.format ?? null,
        location: found?.location ?? null,
        tlogIndex: verified ? (found?.tlogIndex ?? null) : null,
        signedAt: verified ? (found?.signedAt ?? null) : null,
        details,
        ...(facts ? { facts } : {})
    };
}
const attestations_describe = (f, why) => `${f.format} in ${f.location}${f.identity?.subject ? ` signed by ${f.identity.subject}` : ''}: ${why}`;
/** One requirement against everything found: the first attestation that passes every check wins. */
function evaluateRequirement(requirement, found, policy) {
    const candidates = found.filter(f => f.predicateType === requirement.predicateType);
    const failures = [];
    for (const f of candidates) {
        if (!f.ok) {
            failures.push({ found: f, why: f.reason });
            continue;
        }
        const signer = judgeSigner(f, requirement, policy);
        if (!signer.ok) {
            failures.push({ found: f, why: signer.reason });
            continue;
        }
        const conditions = f.statement ? (0,src_policy/* evaluateConditions */.wz)(requirement.conditions ?? [], (0,src_policy/* conditionContext */.FQ)(f.statement)) : { ok: false, failed: 'no statement' };
        if (!conditions.ok) {
            failures.push({ found: f, why: conditions.failed });
            continue;
        }
        return entryOf(f, requirement.predicateType, true, true, `Verified ${f.format} attestation from ${f.location}${f.identity?.subject ? ` by ${f.identity.subject}` : ''}.`);
    }
    if (failures.length === 0)
        return entryOf(undefined, requirement.predicateType, true, false, `No ${requirement.predicateType} attestation is attached to this image.`);
    const first = failures[0].found;
    return entryOf(first, requirement.predicateType, true, false, `No ${requirement.predicateType} attestation satisfies the policy; found ${failures.length}: ${failures.map(x => attestations_describe(x.found, x.why)).join(' | ')}`);
}
/** Attestations found that no requirement asked for: listed, verified under the image's signer rules. */
function extraEntries(requirements, found, policy) {
    const wanted = new Set(requirements.map(r => r.predicateType));
    const seen = new Map();
    for (const f of found) {
        if (f.predicateType === null || wanted.has(f.predicateType))
            continue;
        const signer = f.ok ? judgeSigner(f, { predicateType: f.predicateType }, policy) : { ok: false, reason: f.reason };
        const entry = signer.ok ? entryOf(f, f.predicateType, false, true, `Verified ${f.format} attestation from ${f.location} (not required).`) : entryOf(f, f.predicateType, false, false, attestations_describe(f, signer.reason));
        const before = seen.get(f.predicateType);
        if (!before || (!before.verified && entry.verified))
            seen.set(f.predicateType, entry);
    }
    return [...seen.values()];
}
function evaluateAttestations(requirements, collected, policy) {
    return [...requirements.map(r => evaluateRequirement(r, collected.found, policy)), ...extraEntries(requirements, collected.found, policy)];
}
/**
 * Applies the attestation results to a verified signature verdict: every required attestation must
 * verify; a lookup that failed leaves the image inconclusive rather than missing an attestation.
 */
function withAttestations(verdict, entries, collected) {
    const missing = entries.filter(e => e.required && !e.verified);
    if (missing.length === 0)
        return { ...verdict, attestations: entries };
    const probed = `Probed: ${collected.probes.map(p => `${p.location}: ${p.answer}`).join('; ')}.`;
    const error = collected.probes.find(p => p.error)?.error;
    if (error) {
        return { ...verdict, attestations: entries, status: statusFor(error), signed: false, details: `The signature holds, but the attestation lookup could not complete, so ${missing.map(m => m.predicateType).join(', ')} cannot be confirmed. ${probed}` };
    }
    return {
        ...verdict,
        attestations: entries,
        status: 'missing-attestation',
        signed: false,
        details: `The signature holds, but required attestations fail: ${missing.map(m => m.details).join(' ')} ${probed}`
    };
}

// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(48992);
;// CONCATENATED MODULE: ./src/cosign/verify/reason.ts


/** A reason a person reads in five seconds; the verdict's details keep everything. */
const REASON_MAX = 160;
/** A pattern as people read it: anchors and backslash escapes of punctuation dropped. */
function readablePattern(pattern) {
    return pattern.replace(/^\^/, '').replace(/\$$/, '').replace(/\\([./-])/g, '$1');
}
/** The policy's identity rules in a few words; the full policy is printed once per run. */
function expectedShort(policy, max = 70) {
    if (policy.key)
        return 'a signature by the configured key';
    const parts = [
        policy.certificateIdentity && (0,src_text/* truncateMiddle */.kU)(policy.certificateIdentity, max),
        policy.certificateIdentityRegexp && `/${(0,src_text/* truncateMiddle */.kU)(readablePattern(policy.certificateIdentityRegexp), max)}/`,
    ].filter((s) => Boolean(s));
    // The issuer rules matter only when no identity rule says more; the full policy is printed once.
    if (parts.length === 0) {
        if (policy.certificateOidcIssuer)
            parts.push(`issuer ${(0,src_text/* truncateMiddle */.kU)(policy.certificateOidcIssuer, max)}`);
        if (policy.certificateOidcIssuerRegexp)
            parts.push(`issuer /${(0,src_text/* truncateMiddle */.kU)(policy.certificateOidcIssuerRegexp, max)}/`);
        if (parts.length === 0 && policy.issuerAllowlist.length > 0)
            parts.push('an allowlisted issuer');
    }
    return parts.length > 0 ? parts.join(', ') : 'any valid Sigstore signature';
}
function who(c) {
    if (c.identity?.keyBased)
        return `key ${(0,src_text/* truncateMiddle */.kU)(c.identity.subject ?? '?', 24)}`;
    return (0,src_text/* truncateMiddle */.kU)(c.identity?.subject ?? '(no identity)', 64);
}
/** Levenshtein distance, capped: only "is it small" matters here. */
function distance(a, b, cap) {
    if (Math.abs(a.length - b.length) > cap)
        return cap + 1;
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        let best = i;
        for (let j = 1; j <= b.length; j++) {
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            best = Math.min(best, cur[j]);
        }
        if (best > cap)
            return cap + 1;
        prev = cur;
    }
    return prev[b.length];
}
const beforeRef = (identity) => identity.split('@')[0];
/** Why a found identity almost passes: same workflow at another ref, a typo, a case difference. */
function closeIdentityHint(subject, policy) {
    const exact = policy.certificateIdentity;
    if (exact !== undefined && subject !== exact) {
        if (subject.includes('@') && beforeRef(subject) === beforeRef(exact)) {
            return `same workflow signed it at another ref: found @${(0,src_text/* truncateMiddle */.kU)(subject.split('@').slice(1).join('@'), 40)}, policy wants @${(0,src_text/* truncateMiddle */.kU)(exact.split('@').slice(1).join('@'), 40)}`;
        }
        if (subject.toLowerCase() === exact.toLowerCase())
            return 'the identity differs from the expected one only in letter case';
        if (distance(subject, exact, 3) <= 3)
            return 'the identity is a few characters away from the expected one: check for a typo';
    }
    const pattern = policy.certificateIdentityRegexp;
    if (pattern !== undefined) {
        try {
            // RE2 (linear time), as the pattern is evaluated everywhere else: a hint never stalls the run.
            if (!(0,src_policy/* searchPattern */.jH)(pattern, subject)) {
                if ((0,src_policy/* searchPattern */.jH)(`(?i)${pattern}`, subject))
                    return 'the identity matches the expected pattern only when letter case is ignored';
                if (subject.includes('@') && (0,src_policy/* searchPattern */.jH)(pattern, `${beforeRef(subject)}@refs/heads/main`))
                    return 'same workflow, but signed at another ref than the pattern allows';
            }
        }
        catch {
            // An invalid pattern was reported when the policy was read.
        }
    }
    return undefined;
}
/** One short line and the hints for a verdict decide() reached from the signatures found. */
function explain(status, found, policy) {
    const hints = [];
    if (!policy.key && found.checked.some(c => c.keySigned)) {
        hints.push('signed with a key (cosign sign --key), but no `key` is given: set `key` to the public key to verify it');
    }
    for (const c of found.checked) {
        const hint = c.failure === 'SIGNATURE_UNTRUSTED' && c.identity?.subject ? closeIdentityHint(c.identity.subject, policy) : undefined;
        if (hint && !hints.includes(hint))
            hints.push(hint);
    }
    const untrusted = found.checked.find(c => c.failure === 'SIGNATURE_UNTRUSTED');
    const invalid = found.checked.find(c => !c.ok && c.failure !== 'SIGNATURE_UNTRUSTED');
    let reason;
    if (status === 'untrusted-signer' && untrusted) {
        const identityRule = /^expected (an )?identity/.test(untrusted.reason);
        const lead = `signed by ${who(untrusted)} — `;
        const rule = identityRule ? `policy wants ${expectedShort(policy, REASON_MAX - [...lead].length - 16)}` : (0,src_text/* oneLine */.TN)(untrusted.reason);
        reason = lead + (0,src_text/* truncateMiddle */.kU)(rule, REASON_MAX - [...lead].length);
    }
    else if (status === 'invalid-signature' && invalid) {
        const why = invalid.keySigned ? 'key-signed, no key given' : (0,src_text/* oneLine */.TN)(invalid.reason);
        reason = `${invalid.format} signature in ${invalid.location} does not verify: ${why}`;
    }
    else if (status === 'unsigned') {
        reason = `no signature in ${[...new Set(found.probes.map(p => p.location))].join(', ') || 'any location'}`;
    }
    else {
        const failedProbe = found.probes.find(p => p.error);
        reason = failedProbe ? `signature lookup failed: ${(0,src_text/* oneLine */.TN)(failedProbe.answer)}` : `${status}`;
    }
    return { reason: (0,src_text/* truncateEnd */.SO)(reason, REASON_MAX), hints };
}

;// CONCATENATED MODULE: ./src/cosign/verify/decide.ts



function expectation(policy) {
    const rules = [
        policy.key && 'a signature by the configured key',
        policy.certificateIdentity && `identity ${policy.certificateIdentity}`,
        policy.certificateIdentityRegexp && `identity matching /${policy.certificateIdentityRegexp}/`,
        policy.certificateOidcIssuer && `issuer ${policy.certificateOidcIssuer}`,
        policy.certificateOidcIssuerRegexp && `issuer matching /${policy.certificateOidcIssuerRegexp}/`,
        policy.issuerAllowlist.length > 0 && `an issuer in the allowlist (${policy.issuerAllowlist.join(', ')})`,
        policy.identities?.length && `one of the identities ${policy.identities.map(id => `${id.subject ?? `/${id.subjectRegExp ?? '.*'}/`} from ${id.issuer ?? `/${id.issuerRegExp ?? '.*'}/`}`).join(' or ')}`
    ].filter(Boolean);
    return rules.length > 0 ? rules.join(', ') : 'any valid Sigstore signature';
}
function describeSignature(c) {
    const who = c.identity?.subject ? ` signed by ${c.identity.subject}${c.identity.issuer ? ` (issuer ${c.identity.issuer})` : ''}` : '';
    return `${c.format} in ${c.location}${who}: ${c.reason}`;
}
function base(name, digest) {
    return { name, digest, signerSubject: null, signerIssuer: null, signatureFormat: null, signatureLocation: null, tlogIndex: null, signedAt: null };
}
/**
 * One verdict from everything found. Verified needs one signature that passed every check;
 * otherwise the most telling evidence decides, and a lookup that failed is never "unsigned".
 */
function decide(name, digest, found, policy, imageMissing) {
    const verdict = decideVerdict(name, digest, found, policy, imageMissing);
    if (verdict.status === 'verified')
        return verdict;
    if (imageMissing === 'missing' && verdict.status === 'not-found')
        return { ...verdict, reason: 'the image digest does not exist in the registry (404)', hints: [] };
    return { ...verdict, ...explain(verdict.status, found, policy) };
}
function decideVerdict(name, digest, found, policy, imageMissing) {
    const probed = `Probed: ${found.probes.map(p => `${p.location}: ${p.answer}`).join('; ')}.`;
    const good = found.checked.find(c => c.ok);
    if (good) {
        return {
            ...base(name, digest),
            status: 'verified',
            signed: true,
            signerSubject: good.identity?.subject ?? null,
            signerIssuer: good.identity?.issuer ?? null,
            signatureFormat: good.format,
            signatureLocation: good.location,
            tlogIndex: good.tlogIndex,
            signedAt: good.signedAt,
            details: `Verified ${good.format} signature from ${good.location}${good.identity?.subject ? ` by ${good.identity.subject}` : ''}.`,
            ...(good.predicateType ? { predicateType: good.predicateType } : {})
        };
    }
    const limit = hitLimit(found);
    if (limit)
        return { ...base(name, digest), status: 'registry-error', signed: false, details: `Stopped looking: ${limit.message}. ${probed}` };
    const signatures = found.checked.filter(c => c.failure !== 'NOT_A_SIGNATURE');
    const attestations = found.checked.length - signatures.length;
    const notSignatures = attestations > 0 ? ` ${attestations} in-toto attestation(s) were found, which are not signatures (see signature-predicates).` : '';
    const untrusted = signatures.filter(c => c.failure === 'SIGNATURE_UNTRUSTED');
    const invalid = signatures.filter(c => !c.ok && c.failure !== 'SIGNATURE_UNTRUSTED');
    const errors = found.probes.filter(p => p.error).map(p => p.error);
    const first = untrusted[0] ?? invalid[0];
    const signerFields = {
        signerSubject: first?.identity?.subject ?? null,
        signerIssuer: first?.identity?.issuer ?? null,
        signatureFormat: first?.format ?? null,
        signatureLocation: first?.location ?? null
    };
    if (first) {
        const status = untrusted.length > 0 ? 'untrusted-signer' : 'invalid-signature';
        const lead = untrusted.length > 0 ? `No signature satisfies the policy: expected ${expectation(policy)}` : 'No signature is valid for this image';
        const details = `${lead}; found ${signatures.length}: ${signatures.map(describeSignature).join(' | ')}.${notSignatures} ${probed}`;
        return { ...base(name, digest), ...signerFields, status, signed: false, details };
    }
    if (errors.length > 0) {
        return { ...base(name, digest), status: statusFor(errors[0]), signed: false, details: `Could not complete the signature lookup, so the image is neither verified nor known to be unsigned.${notSignatures} ${probed}` };
    }
    if (imageMissing === 'missing') {
        return { ...base(name, digest), status: 'not-found', signed: false, details: `The image ${name}@${digest} does not exist in the registry (HEAD returned 404). ${probed}` };
    }
    if (imageMissing) {
        return { ...base(name, digest), status: statusFor(imageMissing), signed: false, details: `No signature found, and checking that the image exists failed: ${imageMissing.message}. ${probed}` };
    }
    return { ...base(name, digest), status: 'unsigned', signed: false, details: `No cosign signature found; expected ${expectation(policy)}.${notSignatures} ${probed}` };
}

;// CONCATENATED MODULE: ./src/cosign/verify/image-verifier.ts






function repoOf(name) {
    const ref = (0,reference/* parseNormalizedNamed */.oS)(name);
    return { registry: ref.domain, repository: ref.path };
}
// Platform entries that are not images: BuildKit attestation manifests.
const isPlatformImage = (d) => d.platform?.os !== 'unknown' && d.annotations?.['vnd.docker.reference.type'] !== 'attestation-manifest';
function createCosignVerifier(options) {
    const { client, policy } = options;
    const order = createLookupOrder();
    function contextFor(repo, digest) {
        return { verifier: options.verifier, trust: options.trust, policy, keyIdentity: options.keyIdentity, imageManifest: async () => (await client.getManifest(repo, digest)).bytes };
    }
    /** Required attestations are looked up only for an image whose signature holds, and only when some are required. */
    async function checkAttestations(name, digest, verdict) {
        const requirements = policy.attestations ?? [];
        if (verdict.status !== 'verified' || requirements.length === 0)
            return verdict;
        const repo = repoOf(name);
        const collected = await collectAttestations(client, options.signatureRepository ?? repo, digest, contextFor(repo, digest));
        return withAttestations(verdict, evaluateAttestations(requirements, collected, policy), collected);
    }
    async function verifyOne(name, digest) {
        const repo = repoOf(name);
        const ctx = contextFor(repo, digest);
        const found = await collectSignatures(client, options.signatureRepository ?? repo, digest, ctx, options.maxSignatures, order);
        if (found.checked.some(c => c.failure !== 'NOT_A_SIGNATURE') || found.probes.some(p => p.error))
            return decide(name, digest, found, policy);
        // Nothing found anywhere: tell "unsigned" from "no such image" (cosign's missing subject).
        try {
            await client.headManifest(repo, digest);
            return decide(name, digest, found, policy);
        }
        catch (e) {
            if (!(e instanceof registry/* RegistryError */.gl))
                throw e;
            return decide(name, digest, found, policy, e.code === 'REGISTRY_NOT_FOUND' ? 'missing' : e);
        }
    }
    /** `platforms: all`: an index passes only when it and every platform image pass. */
    async function verifyPlatforms(name, digest, top) {
        const manifest = await client.getManifest(repoOf(name), digest);
        const children = (0,registry/* toIndexDescriptors */.sq)(manifest.json).filter(isPlatformImage);
        for (const child of children) {
            const verdict = await verifyOne(name, child.digest);
            if (verdict.status !== 'verified') {
                const platform = [child.platform?.os, child.platform?.architecture, child.platform?.variant].filter(Boolean).join('/');
                return { ...verdict, digest, details: `The index is signed, but its platform image ${platform || child.digest} (${child.digest}) is not: ${verdict.details}` };
            }
        }
        return children.length > 0 ? { ...top, details: `${top.details} All ${children.length} platform images are signed too.` } : top;
    }
    return {
        async verify(target) {
            const verdict = await checkAttestations(target.name, target.digest, await verifyOne(target.name, target.digest));
            if (verdict.status !== 'verified' || policy.platforms !== 'all')
                return verdict;
            try {
                return await verifyPlatforms(target.name, target.digest, verdict);
            }
            catch (e) {
                if (!(e instanceof registry/* RegistryError */.gl))
                    throw e;
                return { ...verdict, status: 'registry-error', signed: false, details: `The index is signed, but its platform images could not be read: ${e.message}` };
            }
        },
        async verifyAttestations(target, requirements) {
            const repo = repoOf(target.name);
            const collected = await collectAttestations(client, options.signatureRepository ?? repo, target.digest, contextFor(repo, target.digest));
            return { entries: evaluateAttestations(requirements, collected, policy), error: collected.probes.find(p => p.error)?.error };
        },
        async resolveDigest(name, tag) {
            return (await client.headManifest(repoOf(name), tag)).digest;
        }
    };
}

;// CONCATENATED MODULE: ./src/cosign/verify/index.ts










// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./node_modules/@noble/ciphers/salsa.js + 3 modules
var salsa = __webpack_require__(46382);
;// CONCATENATED MODULE: ./src/cosign/sign/secretbox.ts

/**
 * NaCl secretbox (XSalsa20-Poly1305), the cipher of cosign's encrypted private keys
 * (go-securesystemslib `encrypted`, `nacl/secretbox`), from the audited @noble/ciphers: Node's
 * crypto has neither Salsa20 nor a raw Poly1305. The box is Go's layout: 16-byte tag, then the
 * ciphertext, which is also noble's.
 */
const SECRETBOX_KEY_BYTES = 32;
const SECRETBOX_NONCE_BYTES = 24;
const SECRETBOX_TAG_BYTES = 16;
/** The plaintext, or undefined when the tag does not match (wrong key or tampered box). */
function openSecretbox(box, nonce, key) {
    if (key.length !== SECRETBOX_KEY_BYTES || nonce.length !== SECRETBOX_NONCE_BYTES)
        throw new RangeError('secretbox: key must be 32 bytes and nonce 24 bytes');
    if (box.length < SECRETBOX_TAG_BYTES)
        return undefined;
    try {
        return Buffer.from((0,salsa/* xsalsa20poly1305 */.uT)(key, nonce).decrypt(box));
    }
    catch {
        // noble throws on an invalid tag; for us that is "does not open"
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/cosign/sign/private-key.ts




const scryptAsync = (0,external_node_util_.promisify)(external_node_crypto_.scrypt);
/** The PEM labels cosign writes (`cosign generate-key-pair`: SIGSTORE since v2, COSIGN before). */
const ENCRYPTED_KEY_LABELS = ['ENCRYPTED SIGSTORE PRIVATE KEY', 'ENCRYPTED COSIGN PRIVATE KEY'];
/**
 * scrypt costs 128·N·r bytes and N·r·p block mixes: a key file chooses both, so both are bounded
 * by what cosign writes (N=32768, r=8, p=1; before go-securesystemslib v0.5, N=65536) and
 * refused before anything is derived. Per-parameter limits are not enough: N=2^20, r=64 is 8 GiB.
 */
const MAX_SCRYPT_MEMORY = 128 * 2 ** 16 * 8;
const MAX_SCRYPT_WORK = 2 ** 16 * 8 * 1;
const private_key_invalid = (found, cause) => new SignError('SIGN_KEY_INVALID', `option 'key': expected a cosign private key (ENCRYPTED SIGSTORE PRIVATE KEY) or a PEM private key (PKCS#8, EC or RSA), found ${found}`, { cause });
function pemBlock(text) {
    const m = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/.exec(text);
    return m ? { label: m[1], body: Buffer.from(m[2].replace(/\s+/g, ''), 'base64') } : undefined;
}
function parseEnvelope(body) {
    let doc;
    try {
        doc = JSON.parse(body.toString('utf8'));
    }
    catch (cause) {
        throw private_key_invalid('an encrypted key block that is not JSON', cause);
    }
    const d = doc;
    const params = d?.kdf?.params;
    const ok = d?.kdf?.name === 'scrypt' &&
        d.cipher?.name === 'nacl/secretbox' &&
        typeof d.kdf.salt === 'string' &&
        typeof d.cipher.nonce === 'string' &&
        typeof d.ciphertext === 'string' &&
        params !== undefined &&
        [params.N, params.r, params.p].every(n => Number.isSafeInteger(n) && n > 0);
    if (!ok)
        throw private_key_invalid('an encrypted key that is not scrypt + nacl/secretbox');
    const { N, r, p } = params;
    if (N < 2 || (N & (N - 1)) !== 0)
        throw private_key_invalid(`scrypt N=${N}, which is not a power of two`);
    if (128 * N * r > MAX_SCRYPT_MEMORY || N * r * p > MAX_SCRYPT_WORK) {
        throw new SignError('SIGN_KEY_INVALID', `option 'key': expected scrypt parameters within what cosign writes (128·N·r ≤ ${MAX_SCRYPT_MEMORY} bytes, N·r·p ≤ ${MAX_SCRYPT_WORK}), found N=${N} r=${r} p=${p}`, { details: { N, r, p } });
    }
    return d;
}
/** go-securesystemslib `encrypted.Decrypt`: scrypt(password, salt) → 32-byte key → secretbox. */
async function decryptCosignKey(body, password) {
    const doc = parseEnvelope(body);
    const { N, r, p } = doc.kdf.params;
    const nonce = Buffer.from(doc.cipher.nonce, 'base64');
    if (nonce.length !== SECRETBOX_NONCE_BYTES)
        throw private_key_invalid(`a ${nonce.length}-byte secretbox nonce`);
    const key = await scryptAsync(password, Buffer.from(doc.kdf.salt, 'base64'), SECRETBOX_KEY_BYTES, { N, r, p, maxmem: 128 * N * r + 128 * r * p + 1024 * 1024 });
    return openSecretbox(Buffer.from(doc.ciphertext, 'base64'), nonce, key);
}
function keyFromDer(der) {
    // cosign v2+ encrypts PKCS#8; keys from cosign v1 may hold SEC1 (EC) or PKCS#1 (RSA) DER.
    for (const type of ['pkcs8', 'sec1', 'pkcs1']) {
        try {
            return (0,external_node_crypto_.createPrivateKey)({ key: der, format: 'der', type });
        }
        catch {
            // try the next encoding
        }
    }
    throw private_key_invalid('an encrypted key whose content is no private key');
}
function toSigningKey(privateKey) {
    const type = privateKey.asymmetricKeyType;
    const details = privateKey.asymmetricKeyDetails ?? {};
    if (type === 'ec' && !['prime256v1', 'secp384r1', 'secp521r1'].includes(details.namedCurve ?? ''))
        throw private_key_invalid(`an EC key on curve ${details.namedCurve ?? 'unknown'} (P-256, P-384 or P-521 only)`);
    if (type === 'rsa' && (details.modulusLength ?? 0) < 2048)
        throw private_key_invalid(`a ${details.modulusLength ?? 0}-bit RSA key (2048 bits or more)`);
    if (type !== 'ec' && type !== 'rsa' && type !== 'ed25519')
        throw private_key_invalid(`a ${type ?? 'unknown'} key`);
    const publicKey = (0,external_node_crypto_.createPublicKey)(privateKey);
    const der = publicKey.export({ format: 'der', type: 'spki' });
    return {
        privateKey,
        publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
        hint: (0,external_node_crypto_.createHash)('sha256').update(der).digest('base64'),
        hash: type === 'ed25519' ? null : 'sha256'
    };
}
/**
 * Reads the `key` input for signing. An encrypted cosign key opens with `password`; without one
 * the empty password is tried, as `COSIGN_PASSWORD=""` does. A wrong password is SIGN_KEY_PASSWORD.
 */
async function loadSigningKey(text, password) {
    const block = pemBlock(text);
    if (!block)
        throw private_key_invalid('no PEM block');
    if (block.label === 'PUBLIC KEY' || block.label === 'RSA PUBLIC KEY')
        throw private_key_invalid('a public key (signing needs the private key; the public key is for verify)');
    if (ENCRYPTED_KEY_LABELS.includes(block.label)) {
        const der = await decryptCosignKey(block.body, password ?? '');
        if (!der) {
            throw new SignError('SIGN_KEY_PASSWORD', password === undefined
                ? "option 'key': the cosign key is encrypted and does not open with an empty password; set key-password or COSIGN_PASSWORD"
                : "option 'key': the cosign key does not open with the given password (key-password or COSIGN_PASSWORD)");
        }
        return toSigningKey(keyFromDer(der));
    }
    if (!/PRIVATE KEY$/.test(block.label))
        throw private_key_invalid(`a '${block.label}' block`);
    try {
        return toSigningKey((0,external_node_crypto_.createPrivateKey)({ key: text, format: 'pem', passphrase: password ?? '' }));
    }
    catch (e) {
        if (e instanceof SignError)
            throw e;
        if (block.label === 'ENCRYPTED PRIVATE KEY')
            throw new SignError('SIGN_KEY_PASSWORD', "option 'key': the PKCS#8 key does not open with the given password", { cause: e });
        throw private_key_invalid(`a '${block.label}' block that does not parse`, e);
    }
}

;// CONCATENATED MODULE: ./src/cosign/sign/identity.ts

const PUBLIC_GOOD_FULCIO_HOST = 'fulcio.sigstore.dev';
const SIGSTORE_AUDIENCE = 'sigstore';
const isForgejo = (env) => env.FORGEJO_ACTIONS === 'true' || env.GITEA_ACTIONS === 'true';
const MISSING_TOKEN = 'keyless signing needs an OIDC token, and the runner offers none (ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set). ' +
    'On GitHub, give the job `permissions: id-token: write`; on Forgejo ≥ 15, set `enable-openid-connect: true` on the workflow or the job. ' +
    'Or pass an `identity-token`, or sign with a `key`.';
/**
 * Checks what can be checked before anything is signed: a Forgejo runner cannot get a
 * certificate from the public-good Fulcio (it trusts no Forgejo issuer, sigstore/fulcio#2442),
 * and without any token source keyless signing cannot start.
 */
function checkKeylessSetup(options) {
    const host = new URL(options.fulcioUrl).host;
    if (isForgejo(options.env) && host === PUBLIC_GOOD_FULCIO_HOST && options.identityToken === undefined) {
        throw new SignError('SIGN_FORGEJO_PUBLIC_FULCIO', `keyless signing on Forgejo cannot use the public-good Fulcio (${options.fulcioUrl}): it trusts no Forgejo OIDC issuer, so it would refuse the runner's token. ` +
            'Run a private Sigstore configured for your instance and set `fulcio-url`, `rekor-url` and `trusted-root`, or sign with a cosign `key`.', { details: { fulcioUrl: options.fulcioUrl } });
    }
    if (options.identityToken === undefined && (!options.env.ACTIONS_ID_TOKEN_REQUEST_URL || !options.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)) {
        throw new SignError('SIGN_TOKEN_MISSING', MISSING_TOKEN);
    }
}
/**
 * The ID token for Fulcio: the `identity-token` input, or the runner's token endpoint asked for
 * audience `sigstore`. Forgejo's URL already carries `?placeholder=true`, hence URL search params.
 */
function createIdentityProvider(options) {
    checkKeylessSetup(options);
    const { identityToken, env, logger } = options;
    if (identityToken !== undefined)
        return { getToken: async () => identityToken };
    const doFetch = options.fetch ?? fetch;
    return {
        async getToken() {
            const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ?? '';
            logger.secret(requestToken);
            const url = new URL(env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '');
            url.searchParams.append('audience', SIGSTORE_AUDIENCE);
            const where = `${url.origin}${url.pathname}`;
            let response;
            try {
                response = await doFetch(url, { headers: { Accept: 'application/json', Authorization: `Bearer ${requestToken}` }, signal: AbortSignal.timeout(options.timeoutMs) });
            }
            catch (cause) {
                throw new SignError('SIGN_TOKEN_FAILED', `could not reach the runner's ID-token endpoint ${where}: ${cause.message}`, { cause });
            }
            if (!response.ok) {
                const hint = response.status === 401 || response.status === 403 ? ' (is the id-token permission granted to this job?)' : '';
                throw new SignError('SIGN_TOKEN_FAILED', `the runner's ID-token endpoint ${where} answered ${response.status}${hint}`, { details: { status: response.status } });
            }
            const body = (await response.json().catch(() => undefined));
            if (typeof body?.value !== 'string' || body.value === '') {
                throw new SignError('SIGN_TOKEN_FAILED', `the runner's ID-token endpoint ${where} answered without a token ("value")`);
            }
            logger.secret(body.value);
            return body.value;
        }
    };
}

// EXTERNAL MODULE: ./node_modules/@sigstore/sign/dist/index.js
var sign_dist = __webpack_require__(15179);
;// CONCATENATED MODULE: ./src/cosign/sign/signers.ts




const DEFAULT_RETRY = { retries: 3, factor: 2, minTimeout: 1000, maxTimeout: 8000 };
/** A cached certificate is not used this close to its end: the log entry must fall inside it. */
const CERTIFICATE_MARGIN_MS = 60_000;
function derUtf8(value) {
    // Fulcio's 1.3.6.1.4.1.57264.1.8+ extensions hold a DER UTF8String; 1.1.1 holds the raw string.
    if (value[0] !== 0x0c)
        return value.toString('utf8');
    const first = value[1];
    const lengthBytes = first & 0x80 ? first & 0x7f : 0;
    return value.subarray(2 + lengthBytes).toString('utf8');
}
function certificateIdentity(pem) {
    const cert = core_dist.X509Certificate.parse(pem);
    const issuerExt = cert.extension('1.3.6.1.4.1.57264.1.8') ?? cert.extension('1.3.6.1.4.1.57264.1.1');
    return { subject: cert.subjectAltName ?? '', issuer: issuerExt ? derUtf8(issuerExt.value) : null, keyBased: false };
}
const spki = (key) => key.export({ format: 'der', type: 'spki' });
/**
 * Before a signature leaves the process (Rekor, TSA, registry): the key it names (the Fulcio
 * certificate's, or the public key) must be the key that signed, and the signature must verify
 * under it over exactly `data`. A Fulcio that certifies another key, or a broken signature,
 * stops the run with nothing pushed (issue 17).
 */
function checkOwnSignature(signature, data, signingKey, hash) {
    let named;
    if (signature.key.$case === 'x509Certificate') {
        let cert;
        try {
            cert = core_dist.X509Certificate.parse(signature.key.certificate);
        }
        catch (cause) {
            throw new SignError('SIGN_CERTIFICATE_MISMATCH', 'Fulcio returned a certificate that does not parse', { cause });
        }
        named = (0,external_node_crypto_.createPublicKey)({ key: cert.publicKey, format: 'der', type: 'spki' });
    }
    else {
        named = (0,external_node_crypto_.createPublicKey)(signature.key.publicKey);
    }
    const own = (0,external_node_crypto_.createPublicKey)(signingKey);
    if (!spki(named).equals(spki(own))) {
        throw new SignError('SIGN_CERTIFICATE_MISMATCH', `expected the ${signature.key.$case === 'x509Certificate' ? 'certificate' : 'public key'} to hold the signing key, found another key; nothing was logged or pushed`);
    }
    if (!(0,external_node_crypto_.verify)(hash, data, named, signature.signature)) {
        throw new SignError('SIGN_SIGNATURE_INVALID', 'expected the signature to verify under the signing key, found one that does not; nothing was logged or pushed');
    }
}
/**
 * Keyless signer: one ephemeral P-256 key and one Fulcio certificate for the whole run (cosign
 * gets one per invocation too), renewed only when it nears its end.
 */
function createKeylessSigner(options) {
    const now = options.now ?? (() => new Date());
    const { privateKey, publicKey } = (0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'prime256v1' });
    const publicKeyPem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
    const keyHolder = { sign: async (data) => ({ signature: (0,external_node_crypto_.sign)('sha256', data, privateKey), key: { $case: 'publicKey', publicKey: publicKeyPem } }) };
    const fulcio = new sign_dist/* FulcioSigner */.$o({ fulcioBaseURL: options.fulcioUrl, identityProvider: options.identityProvider, keyHolder, timeout: options.timeoutMs, retry: options.retry ?? DEFAULT_RETRY });
    let cached;
    return {
        identity: () => cached?.identity,
        async sign(data) {
            if (cached && cached.notAfter - CERTIFICATE_MARGIN_MS > now().getTime()) {
                const again = { signature: (0,external_node_crypto_.sign)('sha256', data, privateKey), key: { $case: 'x509Certificate', certificate: cached.pem } };
                checkOwnSignature(again, data, privateKey, 'sha256');
                return again;
            }
            const signature = await fulcio.sign(data);
            if (signature.key.$case !== 'x509Certificate')
                throw new SignError('SIGN_FULCIO_FAILED', 'Fulcio returned no certificate');
            checkOwnSignature(signature, data, privateKey, 'sha256');
            cached = { pem: signature.key.certificate, notAfter: core_dist.X509Certificate.parse(signature.key.certificate).notAfter.getTime(), identity: certificateIdentity(signature.key.certificate) };
            return signature;
        }
    };
}
/** Key-based signer (cosign `--key`): the public key goes to Rekor and, as a hint, into the bundle. */
function createKeySigner(key, keyIdentity) {
    const privateKey = key.privateKey;
    return {
        identity: () => ({ subject: keyIdentity, issuer: null, keyBased: true }),
        sign: async (data) => {
            const signature = { signature: (0,external_node_crypto_.sign)(key.hash, data, privateKey), key: { $case: 'publicKey', publicKey: key.publicKeyPem, hint: key.hint } };
            checkOwnSignature(signature, data, privateKey, key.hash);
            return signature;
        }
    };
}
/** Rekor v1 on purpose: only its entries carry the SET the legacy `.sig` format needs. */
function createWitnesses(options) {
    const retry = options.retry ?? DEFAULT_RETRY;
    const witnesses = [];
    if (options.tlogUpload)
        witnesses.push(new sign_dist/* RekorWitness */.fU({ rekorBaseURL: options.rekorUrl, majorApiVersion: 1, fetchOnConflict: true, timeout: options.timeoutMs, retry }));
    if (options.tsaUrl)
        witnesses.push(new sign_dist/* TSAWitness */.gs({ tsaBaseURL: options.tsaUrl, timeout: options.timeoutMs, retry }));
    return witnesses;
}
/**
 * @sigstore/sign's InternalErrors as SignErrors. Their messages are not passed on wholesale:
 * IDENTITY_TOKEN_PARSE_ERROR's message contains the token itself.
 */
function toSignError(e, urls) {
    if (e instanceof SignError)
        return e;
    const err = (e ?? {});
    const cause = (err.cause ?? {});
    if (cause instanceof SignError)
        return cause;
    const http = typeof cause.message === 'string' ? `: ${cause.message}` : '';
    switch (err.code) {
        case 'IDENTITY_TOKEN_READ_ERROR':
            return new SignError('SIGN_TOKEN_FAILED', `could not get an OIDC token${http}`, { cause: e });
        case 'IDENTITY_TOKEN_PARSE_ERROR':
            return new SignError('SIGN_TOKEN_FAILED', 'the OIDC token is not a JWT with a subject (sub or verified email)');
        case 'CA_CREATE_SIGNING_CERTIFICATE_ERROR':
            return new SignError('SIGN_FULCIO_FAILED', `Fulcio at ${urls.fulcioUrl ?? '?'} did not issue a signing certificate${http}`, { cause: e });
        case 'TLOG_CREATE_ENTRY_ERROR':
        case 'TLOG_FETCH_ENTRY_ERROR':
            return new SignError('SIGN_REKOR_FAILED', `Rekor at ${urls.rekorUrl ?? '?'} did not log the signature${http}`, { cause: e });
        case 'TSA_CREATE_TIMESTAMP_ERROR':
            return new SignError('SIGN_TSA_FAILED', `the timestamp authority at ${urls.tsaUrl ?? '?'} did not timestamp the signature${http}`, { cause: e });
        default:
            return new SignError('SIGN_FAILED', `signing failed: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
}

;// CONCATENATED MODULE: ./src/cosign/oci-push.ts


/** Pushes shared by signing (`.sig`, signature bundles) and attesting (`.att`, attestation bundles). */
const MAX_TAG_UPDATE_ATTEMPTS = 3;
function existingLayers(json) {
    const layers = json?.layers;
    return Array.isArray(layers) ? layers.filter(l => typeof l === 'object' && l !== null) : [];
}
/** The go-containerregistry config cosign writes for its `.sig` and `.att` images. */
function ggcrConfig(layers) {
    return Buffer.from(JSON.stringify({
        architecture: '',
        created: '0001-01-01T00:00:00Z',
        history: [{ created: '0001-01-01T00:00:00Z' }],
        os: '',
        rootfs: { type: 'layers', diff_ids: layers.map(l => l.digest) },
        config: {}
    }));
}
/**
 * Adds `layer` (its blob already uploaded) to the image at `tag`, keeping the layers already there
 * unless one is `same`. The tag is read-modify-write, retried when the registry reports a concurrent
 * update (412 on If-Match). Returns `<repo>:<tag>`.
 */
async function appendLayerToTag(client, repo, tag, layer, same) {
    for (let attempt = 1;; attempt++) {
        let current;
        try {
            current = await client.getManifest(repo, tag, { accept: [OCI_MANIFEST_MEDIA_TYPE] });
        }
        catch (e) {
            if (!(0,registry/* isRegistryError */.IP)(e, 'REGISTRY_NOT_FOUND'))
                throw e;
        }
        const kept = existingLayers(current?.json);
        const layers = kept.some(same) ? kept : [...kept, layer];
        const config = ggcrConfig(layers);
        await client.uploadBlob(repo, config);
        const manifest = { schemaVersion: 2, mediaType: OCI_MANIFEST_MEDIA_TYPE, config: { mediaType: OCI_CONFIG_MEDIA_TYPE, size: config.length, digest: digestOf(config) }, layers };
        try {
            await client.putManifest(repo, tag, Buffer.from(JSON.stringify(manifest)), OCI_MANIFEST_MEDIA_TYPE, current?.etag ? { ifMatch: current.etag } : {});
            return `${repo.registry}/${repo.repository}:${tag}`;
        }
        catch (e) {
            if (!((0,registry/* isRegistryError */.IP)(e) && e.status === 412) || attempt >= MAX_TAG_UPDATE_ATTEMPTS)
                throw e;
        }
    }
}
/**
 * Attaches a v0.3 bundle as an OCI 1.1 referrer, as cosign v3 and @sigstore/oci do: empty config,
 * the bundle as the only layer, the predicate type as the `dev.sigstore.bundle.predicateType`
 * annotation, the image as subject. Without the referrers API (no OCI-Subject in the answer) the
 * `sha256-<hex>` tag index is updated too.
 */
async function pushBundleAsReferrer(client, repo, subject, bundleJson, predicateType, created) {
    const { digest } = subject;
    const empty = Buffer.from('{}');
    await client.uploadBlob(repo, empty);
    await client.uploadBlob(repo, bundleJson);
    const annotations = {
        [ANNOTATION_BUNDLE_CONTENT]: 'dsse-envelope',
        [ANNOTATION_BUNDLE_PREDICATE_TYPE]: predicateType,
        [ANNOTATION_CREATED]: created.toISOString().replace(/\.\d{3}Z$/, 'Z')
    };
    const manifest = {
        schemaVersion: 2,
        mediaType: OCI_MANIFEST_MEDIA_TYPE,
        artifactType: SIGSTORE_BUNDLE_V03_MEDIA_TYPE,
        config: { mediaType: OCI_EMPTY_MEDIA_TYPE, digest: digestOf(empty), size: empty.length },
        layers: [{ mediaType: SIGSTORE_BUNDLE_V03_MEDIA_TYPE, digest: digestOf(bundleJson), size: bundleJson.length }],
        subject: { mediaType: subject.mediaType, digest, size: subject.size },
        annotations
    };
    const bytes = Buffer.from(JSON.stringify(manifest));
    const manifestDigest = digestOf(bytes);
    const put = await client.putManifest(repo, manifestDigest, bytes, OCI_MANIFEST_MEDIA_TYPE);
    const reference = `${repo.registry}/${repo.repository}@${manifestDigest}`;
    if (put.subjectDigest)
        return { location: 'referrers', reference };
    const descriptor = { mediaType: OCI_MANIFEST_MEDIA_TYPE, digest: manifestDigest, size: bytes.length, artifactType: SIGSTORE_BUNDLE_V03_MEDIA_TYPE, annotations };
    await client.addReferrerToFallbackIndex(repo, digest, descriptor);
    return { location: 'referrers-tag', reference };
}

;// CONCATENATED MODULE: ./src/cosign/sign/push.ts


/**
 * Adds one signature layer to `sha256-<hex>.sig`, keeping the layers already there; an identical
 * layer (same payload and signature) is not added twice.
 */
async function pushLegacySignature(client, repo, digest, payload, annotations) {
    await client.uploadBlob(repo, payload);
    const layer = { mediaType: SIMPLE_SIGNING_MEDIA_TYPE, size: payload.length, digest: digestOf(payload), annotations };
    const same = (l) => l.digest === layer.digest && l.annotations?.[ANNOTATION_SIGNATURE] === annotations[ANNOTATION_SIGNATURE];
    return { location: 'sig-tag', reference: await appendLayerToTag(client, repo, sigTag(digest), layer, same) };
}
/**
 * Attaches a v0.3 signature bundle as an OCI 1.1 referrer, as cosign v3 does. `subject` is the
 * image as HEAD answered for it when its existence was checked, before signing.
 */
async function pushBundleReferrer(client, repo, subject, bundleJson, created) {
    return pushBundleAsReferrer(client, repo, subject, bundleJson, COSIGN_SIGN_PREDICATE_TYPE, created);
}

;// CONCATENATED MODULE: ./src/cosign/sign/targets.ts




const INDEX_TYPES = new Set(['application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json']);
// BuildKit attestation manifests ride in indexes with platform unknown/unknown; they are not images.
const targets_isPlatformImage = (d) => d.platform?.os !== 'unknown' && d.annotations?.['vnd.docker.reference.type'] !== 'attestation-manifest';
/**
 * The digests to sign: each `images` entry, a tag resolved to its digest with a warning (as
 * cosign does), and with `recursive` every platform image of an index. Duplicates count once.
 * Invalid references stop the run before anything is signed. Every subject must exist (HEAD
 * answers with its digest) before it is signed, as cosign checks: a mistyped digest or
 * repository is unresolved (not-found), never signed, logged or pushed (issue 17).
 */
async function resolveSignTargets(client, images, recursive, logger) {
    const targets = [];
    const unresolved = [];
    const warnings = [];
    const seen = new Set();
    const add = (t) => {
        const key = `${t.name}@${t.digest}`;
        if (seen.has(key))
            return;
        seen.add(key);
        targets.push(t);
    };
    for (const image of images) {
        let ref;
        try {
            ref = (0,reference/* parseNormalizedNamed */.oS)(image);
        }
        catch (cause) {
            throw new SignError('SIGN_INPUT_INVALID', `option 'images': '${image}' is not a valid image reference: ${cause.message}`, { cause });
        }
        const repo = repoOf(ref.name);
        try {
            const head = await client.headManifest(repo, ref.digest ?? ref.tag ?? 'latest');
            const digest = head.digest;
            if (!ref.digest) {
                const msg = `${image} has no digest; signing ${ref.name}@${digest}, which ${ref.tag ?? 'latest'} points to now (pass the digest to sign exactly what was built)`;
                logger.warning(msg);
                warnings.push(msg);
            }
            // All of an entry's subjects are checked before any is added: an index with a missing child is not signed at all.
            const found = [{ name: ref.name, digest, ref: image, tag: ref.tag, subject: { mediaType: head.mediaType, size: head.size } }];
            if (recursive && INDEX_TYPES.has(head.mediaType)) {
                const manifest = await client.getManifest(repo, digest);
                for (const child of (0,registry/* toIndexDescriptors */.sq)(manifest.json).filter(targets_isPlatformImage)) {
                    const platform = [child.platform?.os, child.platform?.architecture, child.platform?.variant].filter(Boolean).join('/');
                    const childHead = await client.headManifest(repo, child.digest);
                    found.push({ name: ref.name, digest: childHead.digest, ref: image, parent: digest, platform: platform || undefined, subject: { mediaType: childHead.mediaType, size: childHead.size } });
                }
            }
            found.forEach(add);
        }
        catch (error) {
            unresolved.push({ ref: image, name: ref.name, digest: ref.digest, tag: ref.tag, error });
        }
    }
    return { targets, unresolved, warnings };
}

;// CONCATENATED MODULE: ./src/cosign/sign/prove.ts


const contextFor = (proof, identity, imageManifest) => ({
    verifier: proof.verifier,
    policy: proof.policyFor(identity),
    keyIdentity: proof.keyIdentity,
    imageManifest
});
/** The log entry checked must be the one the signing got: a replayed or swapped entry fails here. */
function sameEntry(checked, artifact) {
    if (!checked.ok || checked.tlogIndex === artifact.tlogIndex)
        return checked;
    return failed(checked, 'SIGNATURE_INVALID', `expected the log entry made when signing (index ${String(artifact.tlogIndex)}), found index ${String(checked.tlogIndex)}`, checked.identity);
}
/** Cryptography, certificate chain, log entry and identity of one artifact, as bytes in hand. */
async function proveArtifact(artifact, imageDigest, identity, proof) {
    const ctx = contextFor(proof, identity);
    if (artifact.format === 'legacy') {
        return sameEntry(checkLegacyLayer({ digest: digestOf(artifact.payload), payload: artifact.payload, annotations: artifact.annotations }, imageDigest, ctx), artifact);
    }
    return sameEntry(await checkBundleArtifact({ digest: digestOf(artifact.json), bytes: artifact.json, location: 'referrers' }, imageDigest, ctx), artifact);
}
const sameAnnotations = (a, b) => Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);
/**
 * Reads back from the registry the very layer or referrer that was pushed (by its digest, with
 * its annotations), checks that a verifier will find it where it was put, and proves it again
 * from the bytes the registry serves. Registry failures are thrown as they are (their status).
 */
async function proveFromRegistry(client, repo, imageDigest, pushed, identity, proof) {
    const { artifact, location } = pushed;
    const base = { format: artifact.format === 'legacy' ? 'cosign-legacy' : 'sigstore-bundle', location, source: pushed.reference };
    {
        if (artifact.format === 'legacy') {
            const layerDigest = digestOf(artifact.payload);
            const manifest = await client.getManifest(repo, sigTag(imageDigest));
            const layers = manifest.json?.layers ?? [];
            const layer = Array.isArray(layers) ? layers.find(l => l?.digest === layerDigest && sameAnnotations(l.annotations ?? {}, artifact.annotations)) : undefined;
            if (!layer)
                return failed(base, 'SIGNATURE_MALFORMED', `expected the layer just pushed (${layerDigest}) in ${sigTag(imageDigest)}, found it missing`);
            const payload = await client.getBlob(repo, layerDigest);
            return sameEntry(checkLegacyLayer({ digest: layerDigest, payload, annotations: layer.annotations ?? {} }, imageDigest, contextFor(proof, identity)), artifact);
        }
        const manifestDigest = pushed.reference.slice(pushed.reference.lastIndexOf('@') + 1);
        const listed = await client.listReferrers(repo, imageDigest, SIGSTORE_BUNDLE_V03_MEDIA_TYPE);
        if (!listed.manifests.some(d => d.digest === manifestDigest)) {
            return failed(base, 'SIGNATURE_MALFORMED', `expected the referrer just pushed (${manifestDigest}) among the image's referrers (${listed.source}), found it missing`);
        }
        const manifest = await client.getManifest(repo, manifestDigest);
        const json = manifest.json;
        const bundleDigest = digestOf(artifact.json);
        if (json?.subject?.digest !== imageDigest || !Array.isArray(json.layers) || json.layers.length !== 1 || json.layers[0]?.digest !== bundleDigest) {
            return failed(base, 'SIGNATURE_MALFORMED', `expected referrer ${manifestDigest} to hold bundle ${bundleDigest} for ${imageDigest}, found other content`);
        }
        const bytes = await client.getBlob(repo, bundleDigest);
        return sameEntry(await checkBundleArtifact({ digest: manifestDigest, bytes, location: listed.source }, imageDigest, contextFor(proof, identity)), artifact);
    }
}

;// CONCATENATED MODULE: ./src/cosign/sign/image-signer.ts








const tlogIndexOf = (bundle) => {
    const entry = bundle.verificationMaterial.tlogEntries[0];
    return entry ? Number(entry.logIndex) : null;
};
async function signOne(target, options) {
    const { signer, witnesses } = options;
    const artifacts = [];
    if (options.format !== 'bundle') {
        const optional = Object.keys(options.annotations).length > 0 ? options.annotations : null;
        const payload = toSimpleSigningPayload({ dockerReference: toDockerReference(target.name), manifestDigest: target.digest, optional });
        const bundle = await new sign_dist/* MessageSignatureBundleBuilder */.z3({ signer, witnesses }).create({ data: payload });
        artifacts.push({ format: 'legacy', payload, annotations: cosignAnnotationsFromBundle(bundle), tlogIndex: tlogIndexOf(bundle) });
    }
    if (options.format !== 'legacy') {
        const statement = toCosignSignStatement(target.digest, options.annotations);
        const bundle = await new sign_dist/* DSSEBundleBuilder */.VV({ signer, witnesses }).create({ data: statement, type: IN_TOTO_PAYLOAD_TYPE });
        artifacts.push({ format: 'bundle', json: Buffer.from(JSON.stringify((0,dist.bundleToJSON)(bundle))), tlogIndex: tlogIndexOf(bundle) });
    }
    return artifacts;
}
/**
 * With `both`, the bundle referrer is pushed before the `.sig` layer. The referrer is a manifest of
 * its own, written in one PUT, and the push a registry is likeliest to refuse (OCI 1.1 `subject`,
 * `artifactType`); the `.sig` tag is shared, read-modify-write state that cannot be taken back
 * without DELETE. So a refused bundle leaves no `.sig` behind, and a refused `.sig` leaves only a
 * complete, valid referrer (issue 17: no orphan).
 */
function pushOrder(artifacts) {
    return [...artifacts.filter(a => a.format === 'bundle'), ...artifacts.filter(a => a.format !== 'bundle')];
}
/**
 * Signs every target first and pushes only when all signatures exist, so a Fulcio, Rekor or TSA
 * failure leaves the registries untouched. Each image's signatures are then proven (certificate
 * chain, log entry, exact identity) before any of them is pushed: an image whose signature does
 * not prove is pushed nothing. A push failure fails that image alone; whatever was already pushed
 * for it is named in the error, and the image is not reported signed.
 */
async function signImages(targets, options) {
    const { signer, logger } = options;
    const now = options.now ?? (() => new Date());
    const prepared = [];
    try {
        for (const target of targets) {
            prepared.push({ target, artifacts: await signOne(target, options) });
            logger.debug(`signed ${target.name}@${target.digest} (${options.format})`);
        }
    }
    catch (e) {
        const error = toSignError(e, options.urls ?? {});
        const failedAt = targets[prepared.length];
        return targets.map(target => ({
            target,
            ok: false,
            signatures: [],
            error: target === failedAt
                ? error
                : new SignError(error.code, `not signed: signing ${failedAt.name}@${failedAt.digest} failed first (${error.message}), and nothing is pushed unless every image is signed`, { cause: error })
        }));
    }
    const identity = signer.identity();
    if (!identity) {
        const error = new SignError('SIGN_FAILED', 'the signer reported no identity after signing');
        return targets.map(target => ({ target, ok: false, signatures: [], error }));
    }
    const results = [];
    for (const p of prepared) {
        const proven = await Promise.all(p.artifacts.map(a => proveArtifact(a, p.target.digest, identity, options.proof)));
        const bad = proven.find(c => !c.ok);
        if (bad) {
            const message = `the ${bad.format} signature made for ${p.target.name}@${p.target.digest} does not verify (${bad.failure ?? 'SIGNATURE_INVALID'}: ${bad.reason}); nothing was pushed for it`;
            logger.error(message);
            results.push({ target: p.target, ok: false, signatures: [], proven, error: new SignError('SIGN_NOT_PROVEN', message, { details: { failure: bad.failure } }) });
            continue;
        }
        const repo = repoOf(p.target.name);
        const made = [];
        try {
            for (const artifact of pushOrder(p.artifacts)) {
                const pushed = artifact.format === 'legacy'
                    ? await pushLegacySignature(options.client, repo, p.target.digest, artifact.payload, artifact.annotations)
                    : await pushBundleReferrer(options.client, repo, { digest: p.target.digest, ...p.target.subject }, artifact.json, now());
                made.push({ format: artifact.format, ...pushed, tlogIndex: artifact.tlogIndex, artifact });
            }
            made.sort((a, b) => p.artifacts.indexOf(a.artifact) - p.artifacts.indexOf(b.artifact));
            results.push({ target: p.target, ok: true, signatures: made, identity, proven });
        }
        catch (e) {
            const partial = made.length > 0 ? ` (already pushed, and left in the registry: ${made.map(m => m.reference).join(', ')}; the image still counts as not signed)` : '';
            const message = `pushing the signature of ${p.target.name}@${p.target.digest} failed: ${e instanceof Error ? e.message : String(e)}${partial}`;
            logger.error(message);
            results.push({ target: p.target, ok: false, signatures: made, error: e instanceof SignError ? e : new SignError('SIGN_PUSH_FAILED', message, { cause: e }) });
        }
    }
    return results;
}

;// CONCATENATED MODULE: ./src/cosign/sign/index.ts









;// CONCATENATED MODULE: ./src/cosign/attest/push.ts


/**
 * Adds one DSSE envelope layer to `sha256-<hex>.att`, keeping the attestations already there, as
 * `cosign attest` does (it appends; cosign attest --replace is not offered). The same envelope is
 * not added twice.
 */
async function pushAttestationLayer(client, repo, digest, envelope, annotations) {
    await client.uploadBlob(repo, envelope);
    const layer = { mediaType: DSSE_ENVELOPE_MEDIA_TYPE, size: envelope.length, digest: digestOf(envelope), annotations };
    return { location: 'att-tag', reference: await appendLayerToTag(client, repo, attTag(digest), layer, l => l.digest === layer.digest) };
}
/**
 * Attaches an attestation bundle as an OCI 1.1 referrer the way cosign v3 `attest` and
 * @sigstore/oci (actions/attest) do, the predicate type as its annotation.
 */
async function pushAttestationReferrer(client, repo, digest, bundleJson, predicateType, created) {
    const subject = await client.headManifest(repo, digest);
    return pushBundleAsReferrer(client, repo, { ...subject, digest }, bundleJson, predicateType, created);
}

;// CONCATENATED MODULE: ./src/cosign/attest/statement.ts

/** cosign's `custom` predicate type, whose predicate wraps the file (pkg/cosign/attestation CosignPredicate). */
const COSIGN_CUSTOM_PREDICATE_TYPE = 'https://cosign.sigstore.dev/attestation/v1';
function parsePredicate(bytes) {
    try {
        return JSON.parse(bytes.toString('utf8'));
    }
    catch {
        return undefined;
    }
}
/**
 * The statement `cosign attest` signs (pkg/cosign/attestation GenerateStatement): one subject, the
 * repository name and the digest. A JSON predicate is embedded as parsed (other text as a string);
 * `custom` wraps the file's text as `{Data, Timestamp}`. Field order follows cosign's (StatementHeader: _type, predicateType, subject).
 */
function toAttestationStatement(input) {
    const { algorithm, hex } = parseDigest(input.digest);
    const parsed = parsePredicate(input.predicate);
    const predicate = input.predicateType === COSIGN_CUSTOM_PREDICATE_TYPE
        ? { Data: input.predicate.toString('utf8'), Timestamp: input.now.toISOString().replace(/\.\d{3}Z$/, 'Z') }
        : (parsed ?? input.predicate.toString('utf8'));
    return Buffer.from(JSON.stringify({
        _type: input.version === 'v1' ? IN_TOTO_STATEMENT_V1 : IN_TOTO_STATEMENT_V01,
        predicateType: input.predicateType,
        subject: [{ name: toDockerReference(input.name), digest: { [algorithm]: hex } }],
        predicate
    }));
}

;// CONCATENATED MODULE: ./src/cosign/attest/image-attester.ts







const image_attester_tlogIndexOf = (bundle) => {
    const entry = bundle.verificationMaterial.tlogEntries[0];
    return entry ? Number(entry.logIndex) : null;
};
async function signStatement(statement, options) {
    return new sign_dist/* DSSEBundleBuilder */.VV({ signer: options.signer, witnesses: options.witnesses }).create({ data: statement, type: IN_TOTO_PAYLOAD_TYPE });
}
/**
 * `cosign attest` for every target: signs all statements first and pushes only when every one is
 * signed, so a Fulcio, Rekor or TSA failure leaves the registries untouched (as signImages does).
 * legacy: the DSSE envelope as a layer of `sha256-<hex>.att` (cosign v2); bundle: a v0.3 bundle
 * as an OCI 1.1 referrer (cosign v3 --new-bundle-format, actions/attest).
 */
async function attestImages(targets, options) {
    const now = options.now ?? (() => new Date());
    const prepared = [];
    try {
        for (const target of targets) {
            const p = { target };
            const input = { name: target.name, digest: target.digest, predicateType: options.predicateType, predicate: options.predicate, now: now() };
            if (options.format !== 'bundle') {
                const bundle = await signStatement(toAttestationStatement({ ...input, version: 'v0.1' }), options);
                if (bundle.content.$case !== 'dsseEnvelope')
                    throw new SignError('SIGN_FAILED', 'the signer did not produce a DSSE envelope');
                p.legacy = { envelope: toEnvelopeJson(bundle.content.dsseEnvelope), annotations: attestationAnnotationsFromBundle(bundle, options.predicateType), tlogIndex: image_attester_tlogIndexOf(bundle) };
            }
            if (options.format !== 'legacy') {
                const bundle = await signStatement(toAttestationStatement({ ...input, version: 'v1' }), options);
                p.bundle = { json: Buffer.from(JSON.stringify((0,dist.bundleToJSON)(bundle))), tlogIndex: image_attester_tlogIndexOf(bundle) };
            }
            prepared.push(p);
            options.logger.debug(`attested ${target.name}@${target.digest} (${options.predicateType}, ${options.format})`);
        }
    }
    catch (e) {
        const error = toSignError(e, options.urls ?? {});
        const failedAt = targets[prepared.length];
        return targets.map(target => ({
            target,
            ok: false,
            attestations: [],
            error: target === failedAt ? error : new SignError(error.code, `not attested: attesting ${failedAt.name}@${failedAt.digest} failed first (${error.message})`, { cause: error })
        }));
    }
    const results = [];
    for (const p of prepared) {
        const repo = repoOf(p.target.name);
        const made = [];
        try {
            // The referrer before the `.att` layer, for the reason pushOrder in sign/image-signer.ts gives (no orphan `.att`).
            if (p.bundle)
                made.push({ format: 'bundle', ...(await pushAttestationReferrer(options.client, repo, p.target.digest, p.bundle.json, options.predicateType, now())), tlogIndex: p.bundle.tlogIndex });
            if (p.legacy)
                made.unshift({ format: 'legacy', ...(await pushAttestationLayer(options.client, repo, p.target.digest, p.legacy.envelope, p.legacy.annotations)), tlogIndex: p.legacy.tlogIndex });
            const identity = options.signer.identity();
            if (!identity)
                throw new SignError('SIGN_FAILED', 'the signer reported no identity after signing');
            results.push({ target: p.target, ok: true, attestations: made, identity });
        }
        catch (e) {
            const partial = made.length > 0 ? ` (already pushed, and left in the registry: ${made.map(m => m.reference).join(', ')})` : '';
            const message = `pushing the attestation of ${p.target.name}@${p.target.digest} failed: ${e instanceof Error ? e.message : String(e)}${partial}`;
            options.logger.error(message);
            results.push({ target: p.target, ok: false, attestations: made, error: e instanceof SignError ? e : new SignError('SIGN_PUSH_FAILED', message, { cause: e }) });
        }
    }
    return results;
}

;// CONCATENATED MODULE: ./src/cosign/attest/index.ts




;// CONCATENATED MODULE: ./src/cosign/index.ts







/***/ }),

/***/ 83656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ registryClientFor),
/* harmony export */   Ho: () => (/* binding */ registriesOf)
/* harmony export */ });
/* unused harmony exports credentialsFor, scopedRegistryClient */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47148);
/* harmony import */ var _reference_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14319);



/** The registry hosts (canonical host[:port]) that image names live on, each once. */
function registriesOf(names) {
    const hosts = new Set();
    for (const name of names)
        hosts.add((0,_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalHost */ .rQ)((0,_reference_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseNormalizedNamed */ .oS)(name).domain));
    return [...hosts].sort();
}
/**
 * Which registry the explicit credentials are for (issue 11, defect 1): the one named in `registry`;
 * without it, the only registry the run references. With several, a pull request could add a registry
 * of its own and receive the password: stop before any request instead.
 */
function credentialsFor(config, hosts) {
    if (!config.registryUsername || !config.registryPassword)
        return [];
    const credential = { username: config.registryUsername, password: config.registryPassword };
    if (config.registry)
        return [{ registry: config.registry, ...credential }];
    const distinct = [...new Set(hosts.map(_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalHost */ .rQ))];
    if (distinct.length === 0)
        return [];
    // As before the binding: the Docker config still wins for a registry the user did not name.
    if (distinct.length === 1)
        return [{ registry: distinct[0], ...credential, afterDockerConfig: true }];
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AppError */ .uV('INPUT_INVALID', `option 'registry': expected the registry that registry-username and registry-password are for, since this run references ${distinct.length} registries (${distinct.join(', ')}); credentials are never sent to a registry not named`, { details: { option: 'registry', registries: distinct } });
}
/**
 * A registry client whose explicit credentials are bound once the run's registries are known
 * (after the scan). Until then only credentials naming their `registry` are used: fail closed.
 */
function scopedRegistryClient(config, logger, hosts) {
    let credentials = config.registry || hosts ? credentialsFor(config, hosts ?? []) : [];
    let client;
    const current = () => (client ??= (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .createRegistryClient */ .Hn)({
        logger,
        env: config.env,
        insecureRegistries: config.insecureRegistries,
        credentials,
        timeoutMs: config.timeoutMs,
        // Measured by bench/latency.mjs: at 100 ms RTT a per-host cap below `concurrency` is the bottleneck.
        maxInFlightPerRegistry: config.concurrency
    }));
    const bindRegistries = (bound) => {
        credentials = credentialsFor(config, bound);
        client?.close();
        client = undefined;
    };
    // Every RegistryClient method, forwarded to the client of the current binding (made on first use).
    return new Proxy({}, {
        get(_target, prop) {
            if (prop === 'bindRegistries')
                return bindRegistries;
            if (prop === 'close')
                return () => client?.close();
            if (typeof prop !== 'string' || prop === 'then')
                return undefined;
            return (...args) => current()[prop](...args);
        }
    });
}
/** With `hosts` (the run's registries, when known up front) the credentials are bound at once; else at `bindRegistries`. */
function registryClientFor(config, logger, hosts) {
    return scopedRegistryClient(config, logger, hosts);
}


/***/ }),

/***/ 28961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ policyFromConfig)
/* harmony export */ });
function policyFromConfig(config) {
    return {
        requireSigned: config.requireSigned,
        requirePinned: config.requirePinned,
        issuerAllowlist: config.issuerAllowlist,
        certificateIdentity: config.certificateIdentity,
        certificateIdentityRegexp: config.certificateIdentityRegexp,
        certificateOidcIssuer: config.certificateOidcIssuer,
        certificateOidcIssuerRegexp: config.certificateOidcIssuerRegexp,
        githubWorkflow: config.githubWorkflow,
        key: config.key,
        annotations: config.annotations,
        platforms: config.platforms,
        insecureIgnoreTlog: config.insecureIgnoreTlog,
        signaturePredicates: config.signaturePredicates,
        attestations: config.attestations.map(predicateType => ({ predicateType }))
    };
}


/***/ }),

/***/ 47148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gl: () => (/* reexport */ RegistryError),
  rQ: () => (/* reexport */ canonicalHost),
  Hn: () => (/* reexport */ createRegistryClient),
  IP: () => (/* reexport */ isRegistryError),
  sq: () => (/* reexport */ toIndexDescriptors),
  QK: () => (/* reexport */ withRequestSignal)
});

// UNUSED EXPORTS: DEFAULT_MAX_BLOB_BYTES, DEFAULT_MAX_MANIFEST_BYTES, DEFAULT_TIMEOUT_MS, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST, MANIFEST_MEDIA_TYPES, OCI_EMPTY, OCI_INDEX, OCI_MANIFEST, digestOf, referrersTagFor, toDescriptor

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/registry/errors.ts

/** The one error every registry operation throws. Never carries credentials or tokens. */
class RegistryError extends errors/* AppError */.uV {
    status;
    host;
    repository;
    temporary;
    cancelled;
    constructor(code, message, context) {
        const details = { host: context.host };
        if (context.repository !== undefined)
            details.repository = context.repository;
        if (context.status !== undefined)
            details.status = context.status;
        if (context.method !== undefined)
            details.method = context.method;
        if (context.url !== undefined)
            details.url = context.url;
        if (context.registryCodes?.length)
            details.registryCodes = context.registryCodes;
        if (context.authenticated !== undefined)
            details.authenticated = context.authenticated;
        super(code, message, { cause: context.cause, details });
        this.name = 'RegistryError';
        this.status = context.status;
        this.host = context.host;
        this.repository = context.repository;
        this.temporary = context.temporary ?? false;
        this.cancelled = context.cancelled ?? false;
    }
}
function isRegistryError(value, code) {
    return value instanceof RegistryError && (code === undefined || value.code === code);
}
/** Drops query and fragment (pre-signed storage URLs carry signatures there) and any userinfo. */
function redactUrl(url) {
    return `${url.protocol}//${url.host}${url.pathname}`;
}
/** The code a final (non-retried or retries exhausted) HTTP status maps to. */
function codeForStatus(status) {
    if (status === 404)
        return 'REGISTRY_NOT_FOUND';
    if (status === 401 || status === 403)
        return 'REGISTRY_AUTH';
    if (status === 429)
        return 'REGISTRY_RATE_LIMITED';
    return 'REGISTRY_ERROR';
}
/** Reads the `errors[].code` list of an OCI error body, ignoring anything else. */
function registryCodesOf(body) {
    if (!body || body.length === 0 || body.length > 64 * 1024)
        return [];
    try {
        const parsed = JSON.parse(body.toString('utf8'));
        if (typeof parsed !== 'object' || parsed === null || !('errors' in parsed) || !Array.isArray(parsed.errors))
            return [];
        return parsed.errors
            .map((e) => (typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : ''))
            .filter((c) => /^[A-Z_]{1,64}$/.test(c));
    }
    catch {
        return [];
    }
}

;// CONCATENATED MODULE: ./src/registry/digest.ts


/** Digests this client can recompute, and therefore the only ones it will fetch by. */
const VERIFIABLE = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
function isVerifiableDigest(value) {
    return VERIFIABLE.test(value);
}
function digestOf(bytes, algorithm = 'sha256') {
    return `${algorithm}:${(0,external_node_crypto_.createHash)(algorithm).update(bytes).digest('hex')}`;
}
/** Recomputes the digest of fetched bytes; a registry's word is never taken for it. */
function checkDigest(expected, bytes, ctx) {
    if (!isVerifiableDigest(expected)) {
        throw new RegistryError('REGISTRY_INPUT_INVALID', `${ctx.what}: expected a sha256 or sha512 digest, found '${expected}'`, ctx);
    }
    const algorithm = expected.startsWith('sha512:') ? 'sha512' : 'sha256';
    const found = digestOf(bytes, algorithm);
    if (found !== expected) {
        throw new RegistryError('REGISTRY_DIGEST_MISMATCH', `${ctx.what}: expected ${expected}, the ${bytes.length} bytes received hash to ${found}`, ctx);
    }
    return found;
}
/** OCI distribution spec's referrers tag schema: `<alg>-<hex>`, alg ≤ 32 and hex ≤ 64 characters. */
function referrersTagFor(digest) {
    const [alg, hex] = digest.split(':');
    return `${alg.slice(0, 32)}-${hex.slice(0, 64)}`;
}

;// CONCATENATED MODULE: ./src/registry/blobs.ts


function checkBlobDigest(repo, digest) {
    if (!isVerifiableDigest(digest))
        throw new RegistryError('REGISTRY_INPUT_INVALID', `expected a sha256 or sha512 blob digest, found '${digest}'`, repo);
}
/** GET a blob, following redirects to storage (Authorization is not forwarded off the registry's origin), checked against its digest. */
async function getBlob(core, repo, digest, options = {}) {
    checkBlobDigest(repo, digest);
    const spec = { repo, method: 'GET', path: `/v2/${repo.repository}/blobs/${digest}`, maxBytes: options.maxBytes ?? core.options.maxBlobBytes };
    const res = await core.call(spec);
    core.expect(spec, res, `blob ${repo.repository}@${digest}`, [200]);
    checkDigest(digest, res.body, { ...repo, what: `blob ${repo.host}/${repo.repository}@${digest}` });
    return res.body;
}
async function hasBlob(core, repo, digest) {
    checkBlobDigest(repo, digest);
    // Not followed: a storage host may refuse HEAD on a URL signed for GET; the redirect itself says the blob exists.
    const spec = { repo, method: 'HEAD', path: `/v2/${repo.repository}/blobs/${digest}`, maxBytes: 0, followRedirects: false };
    const res = await core.call(spec);
    if (res.status === 404)
        return false;
    core.expect(spec, res, `blob ${repo.repository}@${digest}`, [200, 302, 303, 307, 308]);
    return true;
}
function blobs_location(repo, res) {
    const value = res.headers.location;
    if (typeof value !== 'string' || value === '') {
        throw new RegistryError('REGISTRY_ERROR', `upload session for ${repo.repository}: no Location header`, { ...repo, status: res.status });
    }
    return new URL(value, res.url);
}
/** POST /blobs/uploads/ (optionally as a mount): 201 means mounted, 202 gives the session URL. */
async function startUpload(core, repo, mount) {
    const query = mount ? `?mount=${encodeURIComponent(mount.digest)}&from=${encodeURIComponent(mount.from)}` : '';
    const spec = {
        repo,
        method: 'POST',
        path: `/v2/${repo.repository}/blobs/uploads/${query}`,
        maxBytes: 64 * 1024,
        access: 'push',
        alsoPull: mount ? [mount.from] : []
    };
    const res = await core.call(spec);
    core.expect(spec, res, `start upload to ${repo.repository}`, mount ? [201, 202] : [202]);
    return res.status === 201 ? 'mounted' : blobs_location(repo, res);
}
/** Monolithic upload (POST then PUT with the whole body), after an existence check or a mount attempt. */
async function uploadBlob(core, repo, bytes, options = {}) {
    const digest = digestOf(bytes);
    const size = bytes.length;
    if (!options.force && !options.mountFrom && (await hasBlob(core, repo, digest)))
        return { digest, size, via: 'exists' };
    const session = await startUpload(core, repo, options.mountFrom ? { digest, from: core.repo({ registry: repo.host, repository: options.mountFrom }).repository } : undefined);
    if (session === 'mounted')
        return { digest, size, via: 'mounted' };
    session.searchParams.set('digest', digest);
    const spec = {
        repo,
        method: 'PUT',
        path: session,
        headers: { 'content-type': 'application/octet-stream' },
        body: bytes,
        maxBytes: 64 * 1024,
        access: 'push'
    };
    const res = await core.call(spec);
    core.expect(spec, res, `upload blob ${digest} to ${repo.repository}`);
    return { digest, size, via: 'uploaded' };
}
/** Cross-repository mount; false when the registry would not mount (the session it opened then expires unused). */
async function mountBlob(core, repo, digest, fromRepository) {
    checkBlobDigest(repo, digest);
    const from = core.repo({ registry: repo.host, repository: fromRepository }).repository;
    return (await startUpload(core, repo, { digest, from })) === 'mounted';
}

;// CONCATENATED MODULE: ./src/registry/challenge.ts
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+/;
/**
 * Parses `WWW-Authenticate` (RFC 9110 §11.6.1): one or more challenges, each a scheme and
 * `name=value` pairs, values optionally quoted (quoted values may hold commas, e.g. scopes).
 */
function parseChallenges(header) {
    if (header === undefined)
        return [];
    const input = Array.isArray(header) ? header.join(', ') : header;
    const challenges = [];
    let i = 0;
    const skip = (re) => {
        while (i < input.length && re.test(input[i]))
            i++;
    };
    while (i < input.length) {
        skip(/[\s,]/);
        const scheme = TOKEN.exec(input.slice(i));
        if (!scheme)
            break;
        i += scheme[0].length;
        const current = { scheme: scheme[0].toLowerCase(), params: {} };
        challenges.push(current);
        for (;;) {
            skip(/[\s,]/);
            const rest = input.slice(i);
            const name = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*=\s*/.exec(rest);
            // A token not followed by '=' starts the next challenge.
            if (!name)
                break;
            i += name[0].length;
            let value = '';
            if (input[i] === '"') {
                i++;
                while (i < input.length && input[i] !== '"') {
                    if (input[i] === '\\' && i + 1 < input.length)
                        i++;
                    value += input[i++];
                }
                i++;
            }
            else {
                const bare = /^[^\s,]*/.exec(input.slice(i));
                value = bare ? bare[0] : '';
                i += value.length;
            }
            current.params[name[1].toLowerCase()] = value;
        }
    }
    return challenges;
}
/** The challenge the client can answer, Bearer preferred over Basic. */
function pickChallenge(challenges) {
    return challenges.find(c => c.scheme === 'bearer' && c.params.realm) ?? challenges.find(c => c.scheme === 'basic');
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: ./src/http/index.ts + 3 modules
var http = __webpack_require__(46262);
// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(16698);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(44942);
;// CONCATENATED MODULE: ./src/registry/limiter.ts
function createKeyedLimiter(limit) {
    const active = new Map();
    const waiting = new Map();
    const acquire = (key) => {
        const n = active.get(key) ?? 0;
        if (n < limit) {
            active.set(key, n + 1);
            return Promise.resolve();
        }
        return new Promise(resolve => {
            const queue = waiting.get(key) ?? [];
            queue.push(resolve);
            waiting.set(key, queue);
        });
    };
    const release = (key) => {
        const queue = waiting.get(key);
        const next = queue?.shift();
        if (queue && queue.length === 0)
            waiting.delete(key);
        // The slot passes straight to the next waiter, so the count stays the same.
        if (next)
            return next();
        const n = (active.get(key) ?? 1) - 1;
        if (n === 0)
            active.delete(key);
        else
            active.set(key, n);
    };
    return {
        async run(key, task) {
            await acquire(key);
            try {
                return await task();
            }
            finally {
                release(key);
            }
        },
        inFlight: key => active.get(key) ?? 0
    };
}

;// CONCATENATED MODULE: ./src/registry/transport.ts





/**
 * The deadline of the work a request belongs to (one image): once it fires, requests in flight are
 * aborted and new ones fail at once, so abandoned work does not go on in the background. Carried as
 * async context rather than threaded through the cosign layer and every registry call.
 */
const scope = new external_node_async_hooks_.AsyncLocalStorage();
function withRequestSignal(signal, work) {
    return scope.run(signal, work);
}
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
const ERROR_BODY_BYTES = 64 * 1024;
/** Failures where another attempt cannot help: bad names and TLS trust (set NODE_EXTRA_CA_CERTS). */
const PERMANENT_NETWORK_CODES = /^(ENOTFOUND|ERR_INVALID_URL|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|ERR_TLS_CERT|ERR_SSL_)/;
function networkError(e, req, url) {
    const where = { host: req.host, repository: req.repository, method: req.method, url: redactUrl(url), cause: e };
    const at = `${req.method} ${redactUrl(url)}`;
    if (e instanceof http/* BodyReadError */.NA) {
        if (e.code === 'BODY_TOO_LARGE') {
            const found = e.declared === undefined ? 'more' : `${e.declared} bytes`;
            return new RegistryError('REGISTRY_TOO_LARGE', `${at}: body larger than the ${e.limit}-byte limit (found ${found})`, where);
        }
        if (e.code === 'BODY_TIMEOUT')
            return new RegistryError('REGISTRY_TIMEOUT', `${at}: ${e.message}`, { ...where, temporary: true });
        return new RegistryError('REGISTRY_UNREACHABLE', `${at}: connection lost while reading the body`, { ...where, temporary: true });
    }
    if (e instanceof http/* ExchangeError */.Sb && e.code === 'HTTP_TIMEOUT')
        return new RegistryError('REGISTRY_TIMEOUT', `${at}: ${e.message}`, { ...where, temporary: true });
    if (e instanceof RegistryError)
        return e;
    const code = e instanceof http/* ExchangeError */.Sb ? e.networkCode : '';
    const permanent = PERMANENT_NETWORK_CODES.test(code);
    const hint = /^(CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|ERR_TLS_CERT)/.test(code) ? ' (TLS: add the CA with NODE_EXTRA_CA_CERTS)' : '';
    return new RegistryError('REGISTRY_UNREACHABLE', `${at}: ${code || 'network error'}${hint}`, { ...where, temporary: !permanent });
}
function headersFor(req, url, origin, userAgent) {
    const headers = { 'user-agent': userAgent, ...req.headers };
    if (req.authorization && url.origin === origin)
        headers.authorization = req.authorization;
    if (req.body)
        headers['content-length'] = String(req.body.length);
    return headers;
}
/**
 * One HTTP exchange per hop, through @actions/http-client's agents (proxies, keep-alive), counted and
 * bounded per host. Each attempt has a header deadline (`timeoutMs`) and a total deadline
 * (`readTimeoutMs`) over every hop and the whole body.
 */
function createTransport(options) {
    // The socket's idle timeout is only a backstop, set past our own header and body deadlines (also
    // `timeoutMs`): were they equal, a stalled body would end as a lost connection or as a timeout
    // depending on which timer the event loop runs first.
    const requestOptions = { allowRedirects: false, allowRetries: false, socketTimeout: 2 * options.timeoutMs, keepAlive: true };
    // http-client caches one agent per instance, made for the first URL's protocol: one instance per protocol.
    const clients = { 'http:': new lib.HttpClient(options.userAgent, [], requestOptions), 'https:': new lib.HttpClient(options.userAgent, [], requestOptions) };
    const limiter = createKeyedLimiter(options.maxInFlightPerHost);
    const byHost = new Map();
    let total = 0;
    const exchange = (req, url, origin, deadline) => limiter.run(url.host, async () => {
        const cancel = scope.getStore();
        const cancelled = () => new RegistryError('REGISTRY_TIMEOUT', `${req.method} ${redactUrl(url)}: cancelled, the deadline of this image passed`, { host: req.host, repository: req.repository, method: req.method, url: redactUrl(url), cancelled: true });
        if (cancel?.aborted)
            throw cancelled();
        const headers = headersFor(req, url, origin, options.userAgent);
        // Last line of defence: whatever chose this URL, credentials never cross the network in clear text
        // except to a host the user named in insecure-registries.
        if (headers.authorization && url.protocol === 'http:' && !options.plainHttpHosts.has(url.host)) {
            throw new RegistryError('REGISTRY_AUTH', `${req.method} ${redactUrl(url)}: refused to send credentials over plain HTTP to a host outside insecure-registries`, {
                host: req.host,
                repository: req.repository,
                method: req.method,
                url: redactUrl(url)
            });
        }
        total += 1;
        byHost.set(url.host, (byHost.get(url.host) ?? 0) + 1);
        const client = url.protocol === 'https:' ? clients['https:'] : clients['http:'];
        const remaining = () => Math.max(1, deadline - Date.now());
        let message;
        try {
            message = await (0,http/* openResponse */.sU)(client, { method: req.method, url, headers, body: req.body }, Math.min(options.timeoutMs, remaining()), cancel);
        }
        catch (e) {
            throw cancel?.aborted ? cancelled() : networkError(e, req, url);
        }
        const status = message.statusCode ?? 0;
        if (req.method === 'HEAD' || REDIRECTS.has(status)) {
            (0,http/* drainBody */.Lr)(message, { maxBytes: ERROR_BODY_BYTES, timeoutMs: options.timeoutMs });
            return { message, body: Buffer.alloc(0) };
        }
        const ok = status >= 200 && status < 300;
        try {
            const limits = { maxBytes: ok ? req.maxBytes : ERROR_BODY_BYTES, idleTimeoutMs: options.timeoutMs, totalTimeoutMs: remaining() };
            return { message, body: await (0,http/* readBody */.x8)(message, limits, cancel) };
        }
        catch (e) {
            if (cancel?.aborted)
                throw cancelled();
            // An oversized error page is only diagnostics: keep the status, drop the body.
            if (!ok && e instanceof http/* BodyReadError */.NA && e.code === 'BODY_TOO_LARGE')
                return { message, body: Buffer.alloc(0) };
            throw networkError(e, req, url);
        }
    });
    return {
        async send(req) {
            const origin = req.url.origin;
            const follow = req.followRedirects ?? (req.method === 'GET' || req.method === 'HEAD');
            const deadline = Math.min(Date.now() + options.readTimeoutMs, req.deadlineAt ?? Infinity);
            let url = req.url;
            for (let hop = 0;; hop++) {
                const { message, body } = await exchange(req, url, origin, deadline);
                const status = message.statusCode ?? 0;
                const location = message.headers.location;
                if (!follow || !REDIRECTS.has(status) || !location)
                    return { status, headers: message.headers, body, url };
                const next = new URL(location, url);
                const where = { host: req.host, repository: req.repository, method: req.method, url: redactUrl(next), status };
                if (hop + 1 > MAX_REDIRECTS)
                    throw new RegistryError('REGISTRY_ERROR', `${req.method} ${redactUrl(req.url)}: more than ${MAX_REDIRECTS} redirects`, where);
                if (next.protocol !== 'https:' && next.protocol !== 'http:')
                    throw new RegistryError('REGISTRY_ERROR', `redirect to unsupported scheme ${next.protocol}`, where);
                if (url.protocol === 'https:' && next.protocol === 'http:') {
                    throw new RegistryError('REGISTRY_ERROR', `${req.method} ${redactUrl(url)}: refused redirect from HTTPS to plain HTTP (${redactUrl(next)})`, where);
                }
                url = next;
            }
        },
        stats: () => ({ total, byHost: Object.fromEntries(byHost) }),
        close() {
            clients['http:'].dispose();
            clients['https:'].dispose();
        }
    };
}
/** The failure for a final non-2xx answer, with the registry's own error codes when it sent them. */
function statusError(code, what, req, res, extra = {}) {
    const hint = extra.authenticated === undefined ? '' : extra.authenticated ? ' (credentials were found for it)' : ` (no credentials for ${req.host}: docker login or the registry credentials input)`;
    return new RegistryError(code, `${what}: ${req.method} ${redactUrl(res.url)} answered ${res.status}${hint}`, {
        host: req.host,
        repository: req.repository,
        status: res.status,
        method: req.method,
        url: redactUrl(res.url),
        registryCodes: registryCodesOf(res.body),
        ...extra
    });
}

;// CONCATENATED MODULE: ./src/registry/types.ts
/** OCI image-spec and Docker distribution media types the client speaks. */
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
const OCI_EMPTY = 'application/vnd.oci.empty.v1+json';
/** Everything GET/HEAD manifest accepts by default: image manifests and indexes, OCI and Docker. */
const MANIFEST_MEDIA_TYPES = [OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST];
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Narrows one descriptor of an index or a manifest; drops malformed fields rather than trusting them. */
function toDescriptor(value) {
    if (!isRecord(value))
        return undefined;
    const { mediaType, digest, size, artifactType, annotations, platform } = value;
    if (typeof mediaType !== 'string' || typeof digest !== 'string' || typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) {
        return undefined;
    }
    const d = { mediaType, digest, size };
    if (typeof artifactType === 'string')
        d.artifactType = artifactType;
    if (isRecord(annotations) && Object.values(annotations).every(v => typeof v === 'string')) {
        d.annotations = annotations;
    }
    if (isRecord(platform))
        d.platform = platform;
    return d;
}
/** The `manifests` of an image index (OCI or Docker list); malformed entries are dropped. */
function toIndexDescriptors(json) {
    if (!isRecord(json) || !Array.isArray(json.manifests))
        return [];
    return json.manifests.map(toDescriptor).filter((d) => d !== undefined);
}

;// CONCATENATED MODULE: ./src/registry/token.ts





const TOKEN_RESPONSE_BYTES = 1024 * 1024;
/** Distribution token spec: a token without `expires_in` lives 60 s. Refresh a little early. */
const DEFAULT_EXPIRES_S = 60;
const EARLY_REFRESH_MS = 10_000;
function isPrivateHost(hostname) {
    const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    if (h === 'localhost' || h.endsWith('.localhost'))
        return true;
    if ((0,external_node_net_.isIP)(h) === 4) {
        const [a, b] = h.split('.').map(Number);
        return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
    }
    if ((0,external_node_net_.isIP)(h) === 6)
        return h === '::1' || h === '::' || /^f[cd]/.test(h) || /^fe[89ab]/.test(h);
    return false;
}
/**
 * The realm is chosen by whoever answered the registry request, and credentials go there: refuse
 * a plain-HTTP realm for an HTTPS registry, and a private-network realm for a public registry.
 */
function checkRealm(realm, ctx) {
    let url;
    try {
        url = new URL(realm);
    }
    catch {
        throw new RegistryError('REGISTRY_AUTH', `bearer challenge realm is not a URL`, { host: ctx.host });
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && ctx.plainHttp(ctx.host))) {
        throw new RegistryError('REGISTRY_AUTH', `bearer realm ${redactUrl(url)}: expected https for a registry reached over https`, { host: ctx.host });
    }
    const registryHostname = new URL(`http://${ctx.host}`).hostname;
    if (isPrivateHost(url.hostname) && !isPrivateHost(registryHostname)) {
        throw new RegistryError('REGISTRY_AUTH', `bearer realm ${redactUrl(url)}: refused a private-network realm for public registry ${ctx.host}`, { host: ctx.host });
    }
    return url;
}
function basic(username, password) {
    return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}
function parseToken(res, now, host) {
    let parsed;
    try {
        parsed = JSON.parse(res.body.toString('utf8'));
    }
    catch {
        throw new RegistryError('REGISTRY_AUTH', `token endpoint ${redactUrl(res.url)}: expected a JSON token response`, { host, status: res.status });
    }
    const token = isRecord(parsed) ? (typeof parsed.token === 'string' && parsed.token) || (typeof parsed.access_token === 'string' && parsed.access_token) : '';
    if (!token || !isRecord(parsed))
        throw new RegistryError('REGISTRY_AUTH', `token endpoint ${redactUrl(res.url)}: response has no token`, { host, status: res.status });
    const expires = typeof parsed.expires_in === 'number' && parsed.expires_in > 0 ? parsed.expires_in : DEFAULT_EXPIRES_S;
    return { token, expiresAt: now + Math.max(expires * 1000 - EARLY_REFRESH_MS, expires * 500) };
}
async function send(ctx, req) {
    return { ...(await (0,http/* withRetry */.bD)(ctx.retry, () => ctx.transport.send(req))).result, method: req.method };
}
/**
 * Gets a bearer token for `scopes` (distribution's token spec): OAuth2 refresh-token grant when an
 * identity token is known (falling back to GET when the realm lacks OAuth2), else GET with Basic
 * credentials, or anonymously.
 */
async function fetchToken(ctx, challenge, scopes, auth) {
    const realm = checkRealm(challenge.realm, ctx);
    // Credentials (Basic, or a refresh token in the form body) cross plain HTTP only to a host named in insecure-registries.
    if (auth && realm.protocol === 'http:' && !ctx.plainHttp(realm.host)) {
        throw new RegistryError('REGISTRY_AUTH', `bearer realm ${redactUrl(realm)}: refused to send credentials over plain HTTP to a host outside insecure-registries`, { host: ctx.host });
    }
    const base = { host: ctx.host, maxBytes: TOKEN_RESPONSE_BYTES, followRedirects: false };
    let res;
    if (auth?.identityToken) {
        const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: auth.identityToken, client_id: 'fremforge-cosign-action' });
        if (challenge.service)
            form.set('service', challenge.service);
        if (scopes.length > 0)
            form.set('scope', scopes.join(' '));
        res = await send(ctx, {
            ...base,
            method: 'POST',
            url: realm,
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: Buffer.from(form.toString())
        });
        if (res.status === 404 || res.status === 405)
            res = undefined;
    }
    if (!res) {
        const url = new URL(realm);
        if (challenge.service)
            url.searchParams.set('service', challenge.service);
        for (const s of scopes)
            url.searchParams.append('scope', s);
        const username = auth?.username || (auth?.identityToken ? '<token>' : undefined);
        const password = auth?.password || auth?.identityToken;
        if (username)
            url.searchParams.set('account', username);
        res = await send(ctx, { ...base, method: 'GET', url, authorization: username && password ? basic(username, password) : undefined });
    }
    if (res.status !== 200) {
        // A token endpoint that is missing or refuses is an auth failure; 429 and 5xx keep their own codes.
        const code = codeForStatus(res.status) === 'REGISTRY_NOT_FOUND' ? 'REGISTRY_AUTH' : codeForStatus(res.status);
        const authenticated = code === 'REGISTRY_AUTH' ? auth !== undefined : undefined;
        throw statusError(code, 'token request failed', { method: res.method, host: ctx.host }, res, { temporary: (0,http/* isRetryableStatus */.PS)(res.status), authenticated });
    }
    return parseToken(res, ctx.now(), ctx.host);
}


;// CONCATENATED MODULE: ./src/registry/auth.ts


/** `repository:name:pull,push` → resource and action set. */
function parseScope(scope) {
    const last = scope.lastIndexOf(':');
    return { resource: scope.slice(0, last), actions: new Set(scope.slice(last + 1).split(',')) };
}
/** True when a token granted for `held` serves every scope in `needed` (push,pull serves pull). */
function covers(held, needed) {
    const grants = held.map(parseScope);
    return needed.map(parseScope).every(n => grants.some(g => g.resource === n.resource && [...n.actions].every(a => g.actions.has(a))));
}
function mergeScopes(ours, asked) {
    const all = [...ours];
    for (const s of (asked ?? '').split(' '))
        if (s && !all.includes(s) && !covers(all, [s]))
            all.push(s);
    return all;
}
/** Basic or Bearer per host, tokens cached per host and scope set until they expire (go-containerregistry's bearer transport). */
function createAuthenticator(options) {
    const schemes = new Map();
    const tokens = new Map();
    const pending = new Map();
    let fetched = 0;
    const cached = (host, scopes) => {
        const now = options.now();
        for (const [key, entry] of tokens) {
            if (!key.startsWith(`${host} `))
                continue;
            if (entry.token.expiresAt <= now)
                tokens.delete(key);
            else if (covers(entry.scopes, scopes))
                return entry.token;
        }
        return undefined;
    };
    const bearer = async (host, scheme, scopes) => {
        const key = `${host} ${[...scopes].sort().join(' ')}`;
        let p = pending.get(key);
        if (!p) {
            p = (async () => {
                const auth = await options.keychain.resolve(host);
                const token = await fetchToken(options.tokenContext(host), scheme, scopes, auth);
                fetched += 1;
                options.logger.secret(token.token);
                tokens.set(key, { scopes: [...scopes], token });
                return token;
            })();
            pending.set(key, p);
            p.finally(() => pending.delete(key)).catch(() => undefined);
        }
        return `Bearer ${(await p).token}`;
    };
    const basicFor = async (host) => {
        const auth = await options.keychain.resolve(host);
        const password = auth?.password || auth?.identityToken;
        const username = auth?.username || (auth?.identityToken ? '<token>' : undefined);
        if (!username || !password)
            return undefined;
        const header = basic(username, password);
        options.logger.secret(header.slice('Basic '.length));
        return header;
    };
    return {
        async authorization(host, scopes) {
            const auth = await options.keychain.resolve(host);
            if (auth?.registryToken)
                return `Bearer ${auth.registryToken}`;
            const scheme = schemes.get(host);
            if (!scheme)
                return undefined;
            if (scheme.kind === 'basic')
                return basicFor(host);
            const token = cached(host, scopes);
            return token ? `Bearer ${token.token}` : bearer(host, scheme, scopes);
        },
        async challenge(host, scopes, header, sent) {
            const picked = pickChallenge(parseChallenges(header));
            if (!picked)
                return undefined;
            let next;
            if (picked.scheme === 'basic') {
                schemes.set(host, { kind: 'basic' });
                next = await basicFor(host);
            }
            else {
                const scheme = { kind: 'bearer', realm: picked.params.realm, service: picked.params.service };
                schemes.set(host, scheme);
                const wanted = mergeScopes(scopes, picked.params.scope);
                // A rejected token is dropped so the retry fetches a fresh one.
                for (const [key, entry] of tokens)
                    if (sent === `Bearer ${entry.token.token}`)
                        tokens.delete(key);
                // Concurrent first requests all get a 401: the first one's token serves the others.
                const fresh = cached(host, wanted);
                next = fresh ? `Bearer ${fresh.token}` : await bearer(host, scheme, wanted);
            }
            return next === sent ? undefined : next;
        },
        hasCredentials: async (host) => (await options.keychain.resolve(host)) !== undefined,
        tokensFetched: () => fetched
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/registry/cred-helper.ts


const HELPER_TIMEOUT_MS = 30_000;
/** docker/docker-credential-helpers' `credentials.NewErrCredentialsNotFound` message. */
const NOT_FOUND = /credentials not found/i;
/** The keychain rewraps it as REGISTRY_AUTH for the host; the code says what went wrong with the helper. */
class CredentialHelperError extends errors/* AppError */.uV {
    helper;
    constructor(code, helper, message) {
        super(code, message, { details: { helper } });
        this.helper = helper;
        this.name = 'CredentialHelperError';
    }
}
/**
 * The `docker-credential-<name> get` protocol: the server URL on stdin, `{ServerURL, Username, Secret}`
 * on stdout; exit non-zero with "credentials not found" when it has none (resolved as undefined).
 * Any other failure rejects: a broken helper must not turn into a silent anonymous pull.
 */
const runCredentialHelper = (helper, serverUrl, env) => new Promise((resolve, reject) => {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(helper)) {
        reject(new CredentialHelperError('CREDENTIAL_HELPER_INVALID', helper, `invalid credential helper name '${helper}'`));
        return;
    }
    const program = `docker-credential-${helper}`;
    const child = (0,external_node_child_process_.spawn)(program, ['get'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    // Not spawn's own `timeout`: its timer outlives a helper that never started (ENOENT).
    const timer = setTimeout(() => child.kill('SIGKILL'), HELPER_TIMEOUT_MS);
    timer.unref();
    const out = [];
    const err = [];
    child.stdout.on('data', (c) => out.push(c));
    child.stderr.on('data', (c) => err.push(c));
    child.on('error', e => {
        clearTimeout(timer);
        const missing = 'code' in e && e.code === 'ENOENT';
        reject(new CredentialHelperError(missing ? 'CREDENTIAL_HELPER_MISSING' : 'CREDENTIAL_HELPER_FAILED', helper, missing ? `${program} is not on PATH` : `${program} could not run`));
    });
    child.on('close', code => {
        clearTimeout(timer);
        const stdout = Buffer.concat(out).toString('utf8');
        if (code === 0)
            return resolve(stdout);
        const said = `${stdout}\n${Buffer.concat(err).toString('utf8')}`;
        if (NOT_FOUND.test(said))
            return resolve(undefined);
        // The helper's own output may echo secrets: report the exit code only.
        reject(new CredentialHelperError('CREDENTIAL_HELPER_FAILED', helper, `${program} get exited with ${code ?? 'a signal'}`));
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(serverUrl);
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/reference/index.ts + 5 modules
var reference = __webpack_require__(14319);
;// CONCATENATED MODULE: ./src/registry/options.ts




const DEFAULT_TIMEOUT_MS = 30_000;
/** Per attempt and per request, as multiples of the timeout (issue 11, defect 5). */
const READ_TIMEOUT_FACTOR = 2;
const REQUEST_TIMEOUT_FACTOR = 4;
const DEFAULT_MAX_ATTEMPTS = 4;
const DEFAULT_RETRY_BASE_DELAY_MS = 250;
const DEFAULT_MAX_RETRY_DELAY_MS = 30_000;
const DEFAULT_MAX_IN_FLIGHT_PER_REGISTRY = 8;
const DEFAULT_MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
const DEFAULT_MAX_BLOB_BYTES = 16 * 1024 * 1024;
const DEFAULT_USER_AGENT = 'fremforge-cosign-action';
/** Lower-cased host[:port] with Docker Hub's aliases mapped to the host that serves the API. */
function canonicalHost(registry) {
    return (0,reference/* registryHost */.U$)(registry.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/.*$/, ''));
}
function positive(name, value, fallback, min = 1) {
    if (value === undefined)
        return fallback;
    if (!Number.isFinite(value) || value < min) {
        throw new RegistryError('REGISTRY_INPUT_INVALID', `registry option ${name}: expected a number ≥ ${min}, found ${value}`, { host: '-' });
    }
    return value;
}
const sleepFor = (ms) => new Promise(resolve => setTimeout(resolve, ms));
function resolveOptions(options) {
    const env = options.env ?? process.env;
    const credentials = options.credentials === undefined ? [] : Array.isArray(options.credentials) ? options.credentials : [options.credentials];
    for (const c of credentials) {
        if (!c.registry)
            throw new RegistryError('REGISTRY_INPUT_INVALID', 'registry credentials need the registry they are for', { host: '-' });
        if (!c.username || !c.password)
            throw new RegistryError('REGISTRY_INPUT_INVALID', 'registry credentials need both a user name and a password', { host: c.registry });
        options.logger.secret(c.password);
    }
    const home = env.HOME || env.USERPROFILE || external_node_os_default().homedir();
    const timeoutMs = positive('timeoutMs', options.timeoutMs, DEFAULT_TIMEOUT_MS);
    const readTimeoutMs = positive('readTimeoutMs', options.readTimeoutMs, READ_TIMEOUT_FACTOR * timeoutMs);
    return {
        logger: options.logger,
        insecureRegistries: new Set((options.insecureRegistries ?? []).map(canonicalHost)),
        credentials,
        dockerConfigDir: options.dockerConfigDir ?? env.DOCKER_CONFIG ?? external_node_path_default().join(home, '.docker'),
        env,
        timeoutMs,
        readTimeoutMs,
        requestTimeoutMs: Math.max(readTimeoutMs, positive('requestTimeoutMs', options.requestTimeoutMs, REQUEST_TIMEOUT_FACTOR * timeoutMs)),
        maxAttempts: Math.floor(positive('maxAttempts', options.maxAttempts, DEFAULT_MAX_ATTEMPTS)),
        retryBaseDelayMs: positive('retryBaseDelayMs', options.retryBaseDelayMs, DEFAULT_RETRY_BASE_DELAY_MS, 0),
        maxRetryDelayMs: positive('maxRetryDelayMs', options.maxRetryDelayMs, DEFAULT_MAX_RETRY_DELAY_MS, 0),
        maxInFlightPerRegistry: Math.floor(positive('maxInFlightPerRegistry', options.maxInFlightPerRegistry, DEFAULT_MAX_IN_FLIGHT_PER_REGISTRY)),
        maxManifestBytes: positive('maxManifestBytes', options.maxManifestBytes, DEFAULT_MAX_MANIFEST_BYTES),
        maxBlobBytes: positive('maxBlobBytes', options.maxBlobBytes, DEFAULT_MAX_BLOB_BYTES),
        userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
        sleep: options.sleep ?? sleepFor,
        random: options.random ?? Math.random,
        now: options.now ?? Date.now,
        runCredentialHelper: options.runCredentialHelper
    };
}

;// CONCATENATED MODULE: ./src/registry/keychain.ts






/** Where `docker login` stores Docker Hub credentials. */
const DOCKER_HUB_SERVER = 'https://index.docker.io/v1/';
const HUB = 'registry-1.docker.io';
function stringMap(value) {
    if (!isRecord(value))
        return {};
    return Object.fromEntries(Object.entries(value).filter((e) => typeof e[1] === 'string'));
}
async function readDockerConfig(dir) {
    const file = external_node_path_default().join(dir, 'config.json');
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        return { auths: {}, credHelpers: {} };
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        throw new RegistryError('REGISTRY_AUTH', `Docker config ${file}: expected JSON, found unparsable text`, { host: '-' });
    }
    if (!isRecord(parsed))
        throw new RegistryError('REGISTRY_AUTH', `Docker config ${file}: expected an object`, { host: '-' });
    return {
        auths: isRecord(parsed.auths) ? parsed.auths : {},
        credHelpers: stringMap(parsed.credHelpers),
        credsStore: typeof parsed.credsStore === 'string' && parsed.credsStore !== '' ? parsed.credsStore : undefined
    };
}
/** The config key for `host`: an exact key first, then any key naming the same registry (`https://`, paths, Hub aliases). */
function findKey(keys, host) {
    return keys.find(k => k === host) ?? keys.find(k => canonicalHost(k) === host);
}
function fromAuthsEntry(entry) {
    if (!isRecord(entry))
        return undefined;
    const config = {};
    if (typeof entry.auth === 'string' && entry.auth !== '') {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon > 0)
            config.username = decoded.slice(0, colon);
        if (colon > 0 && colon < decoded.length - 1)
            config.password = decoded.slice(colon + 1);
    }
    if (typeof entry.username === 'string' && entry.username !== '')
        config.username = entry.username;
    if (typeof entry.password === 'string' && entry.password !== '')
        config.password = entry.password;
    if (typeof entry.identitytoken === 'string' && entry.identitytoken !== '')
        config.identityToken = entry.identitytoken;
    if (typeof entry.registrytoken === 'string' && entry.registrytoken !== '')
        config.registryToken = entry.registrytoken;
    return config.password || config.identityToken || config.registryToken ? config : undefined;
}
function fromHelperOutput(helper, host, stdout) {
    let parsed;
    try {
        parsed = JSON.parse(stdout);
    }
    catch {
        throw new RegistryError('REGISTRY_AUTH', `credential helper '${helper}': expected JSON on stdout`, { host });
    }
    if (!isRecord(parsed) || typeof parsed.Secret !== 'string' || parsed.Secret === '')
        return undefined;
    const username = typeof parsed.Username === 'string' ? parsed.Username : '';
    // Username "<token>" marks an identity (refresh) token, as `docker login` stores it.
    if (username === '<token>')
        return { identityToken: parsed.Secret };
    return { username, password: parsed.Secret };
}
/** The Docker CLI's lookup: `credHelpers[host]`, else `credsStore`, else `auths` (also the fallback when a helper has none). */
function dockerConfigKeychain(options) {
    const run = options.runCredentialHelper ?? runCredentialHelper;
    let config;
    return {
        async resolve(host) {
            config ??= readDockerConfig(options.dockerConfigDir);
            const c = await config;
            const authKey = findKey(Object.keys(c.auths), host);
            const helperKey = findKey(Object.keys(c.credHelpers), host);
            const helper = helperKey !== undefined ? c.credHelpers[helperKey] : c.credsStore;
            if (helper) {
                const serverUrl = host === HUB ? DOCKER_HUB_SERVER : (helperKey ?? authKey ?? host);
                let stdout;
                try {
                    stdout = await run(helper, serverUrl, options.env);
                }
                catch (e) {
                    throw new RegistryError('REGISTRY_AUTH', `credential helper '${helper}' failed for ${host}: ${e instanceof Error ? e.message : 'unknown failure'}`, { host, cause: e });
                }
                const found = stdout === undefined ? undefined : fromHelperOutput(helper, host, stdout);
                if (found)
                    return found;
                options.logger.debug(`credential helper '${helper}' has no credentials for ${host}`);
            }
            return authKey === undefined ? undefined : fromAuthsEntry(c.auths[authKey]);
        }
    };
}
/** Explicit credentials, each for exactly the registry it names: never a wildcard (issue 11, defect 1). */
function staticKeychain(credentials) {
    return {
        async resolve(host) {
            const c = credentials.find(k => canonicalHost(k.registry) === host);
            return c ? { username: c.username, password: c.password } : undefined;
        }
    };
}
/** The first keychain that knows the host wins; results are memoised per host (helpers are processes). */
function multiKeychain(keychains, logger) {
    const memo = new Map();
    const lookup = async (host) => {
        for (const k of keychains) {
            const found = await k.resolve(host);
            if (found) {
                for (const s of [found.password, found.identityToken, found.registryToken])
                    if (s)
                        logger.secret(s);
                return found;
            }
        }
        return undefined;
    };
    return {
        resolve(host) {
            let p = memo.get(host);
            if (!p) {
                p = lookup(host);
                memo.set(host, p);
            }
            return p;
        }
    };
}

;// CONCATENATED MODULE: ./src/registry/core.ts







/** Repository path components (distribution's reference grammar), checked again here since it becomes a URL path. */
const REPOSITORY = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
function checkReference(repo, reference) {
    if (!TAG.test(reference) && !isVerifiableDigest(reference)) {
        throw new RegistryError('REGISTRY_INPUT_INVALID', `expected a tag or a sha256/sha512 digest, found '${reference}'`, repo);
    }
}
/** Attempts to one host that timed out, in a row, after which the host is not asked again in this run. */
const MAX_HOST_TIMEOUTS = 4;
function createCore(options) {
    const transport = createTransport({
        userAgent: options.userAgent,
        timeoutMs: options.timeoutMs,
        readTimeoutMs: options.readTimeoutMs,
        maxInFlightPerHost: options.maxInFlightPerRegistry,
        plainHttpHosts: options.insecureRegistries
    });
    const retry = {
        maxAttempts: options.maxAttempts,
        baseDelayMs: options.retryBaseDelayMs,
        maxDelayMs: options.maxRetryDelayMs,
        sleep: options.sleep,
        random: options.random,
        now: options.now,
        deadlineMs: options.requestTimeoutMs
    };
    const keychain = multiKeychain([
        staticKeychain(options.credentials.filter(c => !c.afterDockerConfig)),
        dockerConfigKeychain({ dockerConfigDir: options.dockerConfigDir, env: options.env, logger: options.logger, runCredentialHelper: options.runCredentialHelper }),
        staticKeychain(options.credentials.filter(c => c.afterDockerConfig))
    ], options.logger);
    const insecure = (host) => options.insecureRegistries.has(host);
    const auth = createAuthenticator({
        keychain,
        logger: options.logger,
        now: options.now,
        tokenContext: host => ({ transport, retry, host, plainHttp: insecure, now: options.now })
    });
    // A registry that lets attempts time out again and again would cost every image it serves the
    // full deadline: after MAX_HOST_TIMEOUTS timed-out attempts in a row, its requests fail at once.
    const timeouts = new Map();
    const attemptOnce = async (req) => {
        if ((timeouts.get(req.host) ?? 0) >= MAX_HOST_TIMEOUTS) {
            throw new RegistryError('REGISTRY_TIMEOUT', `${req.host} timed out ${MAX_HOST_TIMEOUTS} times in a row in this run; not asked again`, { host: req.host, repository: req.repository, method: req.method });
        }
        try {
            const res = await transport.send(req);
            timeouts.delete(req.host);
            return res;
        }
        catch (e) {
            if (isRegistryError(e, 'REGISTRY_TIMEOUT') && !e.cancelled)
                timeouts.set(req.host, (timeouts.get(req.host) ?? 0) + 1);
            throw e;
        }
    };
    const send = async (spec, url, authorization) => {
        const onRetry = (attempt, delayMs, reason) => options.logger.debug(`registry: ${spec.method} ${redactUrl(url)} ${reason}; attempt ${attempt + 1} of ${retry.maxAttempts} in ${delayMs} ms`);
        // Every attempt ends by the request's deadline, so "4 × timeout" holds for the request as a whole.
        const deadlineAt = Date.now() + options.requestTimeoutMs;
        const { result } = await (0,http/* withRetry */.bD)({ ...retry, onRetry }, () => attemptOnce({
            deadlineAt,
            method: spec.method,
            url,
            headers: spec.headers,
            authorization,
            body: spec.body,
            maxBytes: spec.maxBytes,
            followRedirects: spec.followRedirects,
            host: spec.repo.host,
            repository: spec.repo.repository
        }));
        return result;
    };
    const final = async (host, res) => ({
        ...res,
        authenticated: res.status === 401 || res.status === 403 ? await auth.hasCredentials(host) : false
    });
    return {
        options,
        transport,
        auth,
        repo(ref) {
            const host = canonicalHost(ref.registry);
            if (!host || !/^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:]+\](:\d{1,5})?$/.test(host)) {
                throw new RegistryError('REGISTRY_INPUT_INVALID', `expected a registry host[:port], found '${ref.registry}'`, { host: ref.registry });
            }
            if (!REPOSITORY.test(ref.repository)) {
                throw new RegistryError('REGISTRY_INPUT_INVALID', `expected a repository path, found '${ref.repository}'`, { host, repository: ref.repository });
            }
            return { host, repository: ref.repository };
        },
        async call(spec) {
            const { host, repository } = spec.repo;
            const url = spec.path instanceof URL ? spec.path : new URL(`${insecure(host) ? 'http' : 'https'}://${host}${spec.path}`);
            const scopes = [`repository:${repository}:${spec.access === 'push' ? 'pull,push' : 'pull'}`, ...(spec.alsoPull ?? []).map(r => `repository:${r}:pull`)];
            const sent = url.host === host ? await auth.authorization(host, scopes) : undefined;
            const res = await send(spec, url, sent);
            // Only the registry's own 401 starts the challenge dance; a storage host's 401 is final.
            if (res.status !== 401 || res.url.host !== host)
                return final(host, res);
            const next = await auth.challenge(host, scopes, res.headers['www-authenticate'], sent);
            return final(host, next === undefined ? res : await send(spec, url, next));
        },
        expect(spec, res, what, expected) {
            const ok = expected ? expected.includes(res.status) : res.status >= 200 && res.status < 300;
            if (ok)
                return;
            const code = res.status >= 200 && res.status < 400 ? 'REGISTRY_ERROR' : codeForStatus(res.status);
            const authenticated = res.status === 401 || res.status === 403 ? res.authenticated : undefined;
            throw statusError(code, what, { method: spec.method, host: spec.repo.host, repository: spec.repo.repository }, res, { temporary: (0,http/* isRetryableStatus */.PS)(res.status), authenticated });
        }
    };
}

;// CONCATENATED MODULE: ./src/registry/manifests.ts




function header(res, name) {
    const v = res.headers[name];
    return typeof v === 'string' ? v : undefined;
}
function contentType(res) {
    const v = header(res, 'content-type')?.split(';')[0].trim();
    // Some registries answer generic JSON; the body's own mediaType says more then.
    return v && v !== 'application/json' && v !== 'text/plain' && v !== 'application/octet-stream' ? v : undefined;
}
function path(repo, reference) {
    return `/v2/${repo.repository}/manifests/${reference}`;
}
/** GET and HEAD ask the same question; only the method and the body cap differ. */
async function requestManifest(core, repo, reference, method, options) {
    checkReference(repo, reference);
    const spec = {
        repo,
        method,
        path: path(repo, reference),
        headers: { accept: (options.accept ?? MANIFEST_MEDIA_TYPES).join(', ') },
        maxBytes: method === 'GET' ? core.options.maxManifestBytes : 0
    };
    const res = await core.call(spec);
    core.expect(spec, res, `manifest ${repo.repository}:${reference}`, [200]);
    return res;
}
async function getManifest(core, repo, reference, options = {}) {
    const res = await requestManifest(core, repo, reference, 'GET', options);
    const what = `manifest ${repo.host}/${repo.repository}@${reference}`;
    const where = { host: repo.host, repository: repo.repository, what };
    let digest;
    if (isVerifiableDigest(reference)) {
        digest = checkDigest(reference, res.body, where);
    }
    else {
        digest = digestOf(res.body);
        // By tag the bytes are unchecked content, but the registry's own claim must at least match them.
        const claimed = header(res, 'docker-content-digest');
        if (claimed && isVerifiableDigest(claimed))
            checkDigest(claimed, res.body, where);
    }
    let json;
    try {
        json = JSON.parse(res.body.toString('utf8'));
    }
    catch (e) {
        throw new RegistryError('REGISTRY_ERROR', `${what}: expected JSON, found ${res.body.length} unparsable bytes`, { ...where, status: res.status, cause: e });
    }
    const declared = isRecord(json) && typeof json.mediaType === 'string' ? json.mediaType : undefined;
    const mediaType = contentType(res) ?? declared ?? 'application/octet-stream';
    const etag = header(res, 'etag');
    return { mediaType, digest, size: res.body.length, bytes: res.body, json, ...(etag ? { etag } : {}) };
}
/** HEAD by tag or digest; falls back to GET when a registry omits `Docker-Content-Digest` on a tag. */
async function headManifest(core, repo, reference, options = {}) {
    const res = await requestManifest(core, repo, reference, 'HEAD', options);
    const claimed = header(res, 'docker-content-digest');
    const size = Number(header(res, 'content-length'));
    const mediaType = contentType(res);
    if (isVerifiableDigest(reference)) {
        if (claimed && claimed !== reference) {
            throw new RegistryError('REGISTRY_DIGEST_MISMATCH', `HEAD manifest ${repo.repository}@${reference}: registry answered for ${claimed}`, repo);
        }
        if (mediaType && Number.isSafeInteger(size))
            return { mediaType, digest: reference, size };
    }
    else if (claimed && isVerifiableDigest(claimed) && mediaType && Number.isSafeInteger(size)) {
        return { mediaType, digest: claimed, size };
    }
    const full = await getManifest(core, repo, reference, options);
    return { mediaType: full.mediaType, digest: full.digest, size: full.size };
}
/** PUT by tag or by digest (which must be the bytes' digest). The bytes are sent exactly as given. */
async function putManifest(core, repo, reference, bytes, mediaType, options = {}) {
    checkReference(repo, reference);
    if (bytes.length > core.options.maxManifestBytes) {
        throw new RegistryError('REGISTRY_TOO_LARGE', `manifest of ${bytes.length} bytes is over the ${core.options.maxManifestBytes}-byte limit`, repo);
    }
    const digest = isVerifiableDigest(reference) ? checkDigest(reference, bytes, { ...repo, what: 'manifest to push' }) : digestOf(bytes);
    const headers = { 'content-type': mediaType };
    if (options.ifMatch)
        headers['if-match'] = options.ifMatch;
    const spec = { repo, method: 'PUT', path: path(repo, reference), headers, body: bytes, maxBytes: 64 * 1024, access: 'push' };
    const res = await core.call(spec);
    core.expect(spec, res, `push manifest ${repo.repository}:${reference}`);
    const stored = header(res, 'docker-content-digest');
    if (stored && isVerifiableDigest(stored) && stored.split(':')[0] === digest.split(':')[0] && stored !== digest) {
        throw new RegistryError('REGISTRY_DIGEST_MISMATCH', `push manifest ${repo.repository}:${reference}: sent ${digest}, registry stored ${stored}`, repo);
    }
    const subject = header(res, 'oci-subject');
    return { digest, size: bytes.length, mediaType, ...(subject ? { subjectDigest: subject } : {}) };
}

;// CONCATENATED MODULE: ./src/registry/tags.ts


/** Pages followed at most: a registry sending endless `next` links must not hold the client forever. */
const MAX_PAGES = 1000;
/** The `rel="next"` target of a `Link` header (RFC 8288), resolved against the request URL. */
function nextLink(res) {
    const raw = res.headers.link;
    const header = Array.isArray(raw) ? raw.join(', ') : raw;
    if (!header)
        return undefined;
    for (const m of header.matchAll(/<([^>]*)>([^,<]*)/g)) {
        if (/;\s*rel\s*=\s*"?([^";]*\s)?next(\s[^";]*)?"?/i.test(m[2]))
            return new URL(m[1], res.url);
    }
    return undefined;
}
/** Follows `Link: rel="next"` pages; each next page must stay on the registry's origin. */
async function* pages(core, repo, first, what, headers) {
    let path = first;
    let origin = first instanceof URL ? first.origin : undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
        const spec = { repo, method: 'GET', path, headers, maxBytes: core.options.maxManifestBytes };
        const res = await core.call(spec);
        core.expect(spec, res, what, [200]);
        yield res;
        origin ??= res.url.origin;
        const next = nextLink(res);
        if (!next)
            return;
        if (next.origin !== origin)
            throw new RegistryError('REGISTRY_ERROR', `${what}: next page link leaves the registry (${next.origin})`, repo);
        path = next;
    }
    throw new RegistryError('REGISTRY_ERROR', `${what}: more than ${MAX_PAGES} pages`, repo);
}
async function listTags(core, repo, options = {}) {
    const query = options.pageSize ? `?n=${Math.max(1, Math.floor(options.pageSize))}` : '';
    const tags = [];
    for await (const res of pages(core, repo, `/v2/${repo.repository}/tags/list${query}`, `tags of ${repo.repository}`)) {
        let json;
        try {
            json = JSON.parse(res.body.toString('utf8'));
        }
        catch (e) {
            throw new RegistryError('REGISTRY_ERROR', `tags of ${repo.repository}: expected JSON`, { ...repo, status: res.status, cause: e });
        }
        // distribution answers `"tags": null` for a repository without tags.
        const list = isRecord(json) && Array.isArray(json.tags) ? json.tags : [];
        tags.push(...list.filter((t) => typeof t === 'string'));
    }
    return tags;
}

;// CONCATENATED MODULE: ./src/registry/referrers.ts





/** Answers meaning "this registry has no referrers API" (distribution 2.8 sends a plain-text 404). */
const UNSUPPORTED = new Set([400, 404, 405, 406]);
const MAX_INDEX_UPDATE_ATTEMPTS = 3;
function checkSubject(repo, subject) {
    if (!isVerifiableDigest(subject))
        throw new RegistryError('REGISTRY_INPUT_INVALID', `expected a subject digest, found '${subject}'`, repo);
}
function parseIndex(repo, subject, res) {
    try {
        return toIndexDescriptors(JSON.parse(res.body.toString('utf8')));
    }
    catch (e) {
        throw new RegistryError('REGISTRY_ERROR', `referrers of ${subject}: expected an image index`, { ...repo, status: res.status, cause: e });
    }
}
function filterBy(manifests, artifactType) {
    return artifactType === undefined ? manifests : manifests.filter(d => d.artifactType === artifactType);
}
const referrers_stringMap = (value) => isRecord(value) && Object.values(value).every(v => typeof v === 'string') ? value : undefined;
/** A descriptor with only the fields the image-spec defines for index entries, each checked. */
function toIndexEntry(d) {
    if (!isVerifiableDigest(d.digest))
        return undefined;
    const entry = { mediaType: d.mediaType, digest: d.digest, size: d.size };
    if (d.artifactType !== undefined)
        entry.artifactType = d.artifactType;
    const annotations = referrers_stringMap(d.annotations);
    if (annotations)
        entry.annotations = annotations;
    if (isRecord(d.platform) && typeof d.platform.os === 'string' && typeof d.platform.architecture === 'string') {
        const { os, architecture, variant } = d.platform;
        entry.platform = { os, architecture, ...(typeof variant === 'string' ? { variant } : {}) };
    }
    return entry;
}
/**
 * The referrers tag index to write: only the image-index schema's fields (schemaVersion,
 * mediaType, artifactType, manifests, subject, annotations), each validated. Whatever else the
 * current index holds is another writer's, unchecked, and is not carried over (issue 17).
 */
function toFallbackIndex(current, manifests) {
    const index = { schemaVersion: 2, mediaType: OCI_INDEX };
    if (typeof current.artifactType === 'string')
        index.artifactType = current.artifactType;
    index.manifests = manifests.map(toIndexEntry).filter((d) => d !== undefined);
    const subject = toDescriptor(current.subject);
    if (subject && isVerifiableDigest(subject.digest))
        index.subject = { mediaType: subject.mediaType, digest: subject.digest, size: subject.size };
    const annotations = referrers_stringMap(current.annotations);
    if (annotations)
        index.annotations = annotations;
    return index;
}
/** OCI 1.1 referrers: the API when the registry has it, else the `<alg>-<hex>` tag index; hosts without the API are remembered. */
function createReferrers(core) {
    const withoutApi = new Set();
    const capped = (repo, subject, found, artifactType, max) => {
        const kept = filterBy([...found], artifactType);
        if (max !== undefined && kept.length > max) {
            throw new RegistryError('REGISTRY_LIMIT', `referrers of ${subject}: more than ${max} referrers (the limit; raise it with max-signatures)`, repo);
        }
        return kept;
    };
    const fromApi = async (repo, subject, artifactType, max) => {
        const query = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : '';
        const headers = { accept: OCI_INDEX };
        const spec = { repo, method: 'GET', path: `/v2/${repo.repository}/referrers/${subject}${query}`, headers, maxBytes: core.options.maxManifestBytes };
        const probe = await core.call(spec);
        if (UNSUPPORTED.has(probe.status)) {
            // Remember only a bare route miss (distribution 2.8's text 404): an OCI error such as NAME_UNKNOWN
            // may come from a registry that has the API, and skipping it there would hide signatures.
            if (registryCodesOf(probe.body).length === 0)
                withoutApi.add(repo.host);
            return undefined;
        }
        core.expect(spec, probe, `referrers of ${subject}`, [200]);
        const found = parseIndex(repo, subject, probe);
        const next = nextLink(probe);
        if (!next)
            return found;
        if (next.origin !== probe.url.origin)
            throw new RegistryError('REGISTRY_ERROR', `referrers of ${subject}: next page link leaves the registry`, repo);
        for await (const res of pages(core, repo, next, `referrers of ${subject}`, headers)) {
            found.push(...parseIndex(repo, subject, res));
            capped(repo, subject, found, artifactType, max);
        }
        return found;
    };
    const readTagIndex = async (repo, subject) => {
        try {
            const m = await getManifest(core, repo, referrersTagFor(subject), { accept: [OCI_INDEX] });
            return { json: isRecord(m.json) ? m.json : {}, etag: m.etag, digest: m.digest };
        }
        catch (e) {
            if (isRegistryError(e, 'REGISTRY_NOT_FOUND'))
                return undefined;
            throw e;
        }
    };
    return {
        async list(repo, subject, artifactType, options = {}) {
            checkSubject(repo, subject);
            const max = options.maxResults;
            if (!withoutApi.has(repo.host)) {
                const viaApi = await fromApi(repo, subject, artifactType, max);
                // Filtering again is harmless when the registry applied it (OCI-Filters-Applied) and needed when it did not.
                if (viaApi)
                    return { manifests: capped(repo, subject, viaApi, artifactType, max), source: 'referrers' };
            }
            const index = await readTagIndex(repo, subject);
            return { manifests: capped(repo, subject, index ? toIndexDescriptors(index.json) : [], artifactType, max), source: 'referrers-tag' };
        },
        async addToFallbackIndex(repo, subject, descriptor) {
            checkSubject(repo, subject);
            const entry = toDescriptor(descriptor);
            if (!entry || !isVerifiableDigest(entry.digest))
                throw new RegistryError('REGISTRY_INPUT_INVALID', 'expected a manifest descriptor with a digest', repo);
            for (let attempt = 1;; attempt++) {
                const current = await readTagIndex(repo, subject);
                const manifests = current ? toIndexDescriptors(current.json) : [];
                if (current && manifests.some(d => d.digest === entry.digest))
                    return { digest: current.digest, updated: false };
                const index = toFallbackIndex(current?.json ?? {}, [...manifests, entry]);
                try {
                    const put = await putManifest(core, repo, referrersTagFor(subject), Buffer.from(JSON.stringify(index)), OCI_INDEX, { ifMatch: current?.etag });
                    return { digest: put.digest, updated: true };
                }
                catch (e) {
                    // 412: someone else updated the index between our read and write; read it again.
                    if (!(isRegistryError(e) && e.status === 412) || attempt >= MAX_INDEX_UPDATE_ATTEMPTS)
                        throw e;
                }
            }
        }
    };
}

;// CONCATENATED MODULE: ./src/registry/client.ts






function createRegistryClient(options) {
    const core = createCore(resolveOptions(options));
    const referrers = createReferrers(core);
    return {
        getManifest: async (repo, reference, o) => getManifest(core, core.repo(repo), reference, o),
        headManifest: async (repo, reference, o) => headManifest(core, core.repo(repo), reference, o),
        putManifest: async (repo, reference, bytes, mediaType, o) => putManifest(core, core.repo(repo), reference, bytes, mediaType, o),
        getBlob: async (repo, digest, o) => getBlob(core, core.repo(repo), digest, o),
        hasBlob: async (repo, digest) => hasBlob(core, core.repo(repo), digest),
        uploadBlob: async (repo, bytes, o) => uploadBlob(core, core.repo(repo), bytes, o),
        mountBlob: async (repo, digest, from) => mountBlob(core, core.repo(repo), digest, from),
        listTags: async (repo, o) => listTags(core, core.repo(repo), o),
        listReferrers: async (repo, subject, artifactType, o) => referrers.list(core.repo(repo), subject, artifactType, o),
        addReferrerToFallbackIndex: async (repo, subject, descriptor) => referrers.addToFallbackIndex(core.repo(repo), subject, descriptor),
        requestCount: () => core.transport.stats().total,
        requestStats: () => ({ ...core.transport.stats(), tokens: core.auth.tokensFetched() }),
        close: () => core.transport.close()
    };
}

;// CONCATENATED MODULE: ./src/registry/index.ts








/***/ })

};
