export const id = 789;
export const ids = [789];
export const modules = {

/***/ 65230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ keySecrets),
/* harmony export */   Y: () => (/* binding */ readKeyInput)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _user_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93207);


/** A PEM key is a few KiB; a cosign key under 1 KiB. */
const MAX_KEY_FILE_BYTES = 1024 * 1024;
const refuse = (found, cause) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AppError */ .uV('INPUT_INVALID', `option 'key': expected PEM text or the path of a regular file holding it, found ${found}`, { cause, details: { option: 'key' } });
/**
 * The `key` input is the PEM itself or a path to it. The value may be a secret (a private key,
 * perhaps base64-encoded), so no message ever repeats it, not even as a path. The file is read by
 * the one bounded regular-file reader (src/user-file.ts: no FIFO, device or directory, issue 17).
 */
async function readKeyInput(value, timeoutMs) {
    if (value === undefined)
        return undefined;
    if (value.includes('-----BEGIN'))
        return value;
    if (value.length > 4096 || /[\r\n]/.test(value))
        throw refuse(`a ${value.length}-character value that is neither`);
    try {
        return await (0,_user_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readUserText */ .nD)(value, { option: 'key', maxBytes: MAX_KEY_FILE_BYTES, timeoutMs, secret: true });
    }
    catch (e) {
        if (e instanceof _user_file_js__WEBPACK_IMPORTED_MODULE_1__/* .UserFileError */ .Wj && e.problem === 'missing')
            throw refuse('a value that names no readable file', e);
        throw e;
    }
}
/**
 * Every form a key's text can take in a log: the whole value, and each base64 line of its PEM
 * body. Short values are file names, not key material: masking them would garble every line.
 */
function keySecrets(value, text) {
    const out = new Set();
    for (const v of [value, text]) {
        if (!v || v.includes('PUBLIC KEY-----'))
            continue;
        if (v.trim().length >= 16)
            out.add(v.trim());
        for (const line of v.split(/\r?\n/))
            if (line.trim().length >= 16 && !line.startsWith('-----'))
                out.add(line.trim());
    }
    return [...out];
}


/***/ }),

/***/ 80645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ withSigningGuards)
});

// UNUSED EXPORTS: checkServiceUrls

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/cosign/index.ts + 40 modules
var cosign = __webpack_require__(43755);
// EXTERNAL MODULE: ./src/trust/index.ts + 7 modules
var trust = __webpack_require__(60802);
// EXTERNAL MODULE: ./src/engine/read-key.ts
var read_key = __webpack_require__(65230);
;// CONCATENATED MODULE: ./src/engine/redact.ts
const MASK = '***';
/**
 * Known secrets out of every message, record and upload (issue 17): masking (`::add-mask::`)
 * protects the log only, while Sigstore and registry error bodies end up in
 * `verification_details`, the summary and the NDJSON upload too. A JWT's parts are secrets on
 * their own: a service may quote the claims segment alone.
 */
function createRedactor(initial = []) {
    const secrets = new Set();
    let ordered = [];
    const add = (value) => {
        const v = value?.trim();
        if (!v)
            return;
        const forms = [v, JSON.stringify(v).slice(1, -1)];
        if (/^[\w-]+\.[\w-]+\.[\w-]*$/.test(v))
            forms.push(...v.split('.').filter(part => part.length >= 16));
        for (const f of forms)
            secrets.add(f);
        ordered = [...secrets].sort((a, b) => b.length - a.length);
    };
    const redact = (text) => ordered.reduce((t, s) => (t.includes(s) ? t.split(s).join(MASK) : t), text);
    const redactDeep = (value) => {
        if (typeof value === 'string')
            return redact(value);
        if (Array.isArray(value))
            return value.map(v => redactDeep(v));
        if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v)]));
        }
        return value;
    };
    for (const s of initial)
        add(s);
    return {
        add,
        redact,
        redactDeep,
        logger: inner => ({
            debug: m => inner.debug(redact(m)),
            info: m => inner.info(redact(m)),
            warning: (m, w) => inner.warning(redact(m), w),
            error: (m, w) => inner.error(redact(m), w),
            secret: s => {
                add(s);
                inner.secret(s);
            }
        })
    };
}

;// CONCATENATED MODULE: ./src/engine/sign-guard.ts





/** Sigstore services get the identity token or what binds a signature to it: https only, http on loopback. */
function checkServiceUrls(config) {
    if (config.key === undefined)
        (0,trust/* checkSigstoreUrl */.wK)('fulcio-url', config.fulcioUrl);
    if (config.tlogUpload)
        (0,trust/* checkSigstoreUrl */.wK)('rekor-url', config.rekorUrl);
    (0,trust/* checkSigstoreUrl */.wK)('tsa-url', config.tsaUrl);
}
/**
 * The one entry of every mode that signs (sign, attest and their -and-verify forms): the Sigstore
 * URLs are checked before any request, every known secret is registered before any request, and
 * the outcome (messages, records, results, what the shells print and upload) and any error thrown
 * come back redacted. `work` gets the redacting logger and the redactor for what it writes itself.
 */
async function withSigningGuards(config, logger, work) {
    const redactor = createRedactor();
    const log = redactor.logger(logger);
    for (const s of [config.identityToken, config.keyPassword, config.registryPassword, config.apiToken, ...(0,read_key/* keySecrets */.P)(config.key, undefined)])
        if (s)
            log.secret(s);
    try {
        checkServiceUrls(config);
        return redactor.redactDeep(await work(log, redactor));
    }
    catch (e) {
        // The same error (class, code, cause) with its message and details redacted: the shells print them.
        if (e instanceof errors/* AppError */.uV) {
            e.message = redactor.redact(e.message);
            Object.assign(e.details, redactor.redactDeep(e.details));
            throw e;
        }
        // Coded like every other failure; the cause is left out, its text may hold what was redacted.
        throw new cosign/* SignError */.ul('SIGN_FAILED', redactor.redact((0,errors/* messageOf */.bD)(e)));
    }
}


/***/ }),

/***/ 86602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ proofPolicy),
/* harmony export */   Zi: () => (/* binding */ verifyPushed),
/* harmony export */   rW: () => (/* binding */ buildProof)
/* harmony export */ });
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54187);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _cosign_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43755);
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70345);
/* harmony import */ var _trust_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(60802);
/* harmony import */ var _policy_config_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(28961);






const describe = (e) => (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AppError */ .uV ? `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(e)} [${e.code}]` : (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(e));
/** The policy for what was just signed: exactly this identity (or this key), nothing looser. */
function proofPolicy(config, identity, publicKeyPem) {
    const base = { ...(0,_policy_config_js__WEBPACK_IMPORTED_MODULE_5__/* .policyFromConfig */ .n)(config), issuerAllowlist: [], certificateIdentityRegexp: undefined, certificateOidcIssuerRegexp: undefined, githubWorkflow: {}, platforms: 'index' };
    if (publicKeyPem)
        return { ...base, key: publicKeyPem, certificateIdentity: undefined, certificateOidcIssuer: undefined, insecureIgnoreTlog: !config.tlogUpload };
    return { ...base, key: undefined, certificateIdentity: identity.subject, certificateOidcIssuer: identity.issuer ?? undefined, insecureIgnoreTlog: false };
}
/**
 * The trust that proves each signature made. A key without a log or timestamp needs only the
 * key: no trusted root, no TUF, no network. Otherwise the configured root, with the log (and the
 * certificate's SCT for keyless) required.
 */
async function buildProof(config, logger, publicKeyPem) {
    const policyFor = (identity) => ({ ...proofPolicy(config, identity, publicKeyPem), requireSigned: true });
    if (publicKeyPem !== undefined) {
        const keyIdentity = (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_2__/* .keyId */ .xs)(publicKeyPem);
        if (!config.tlogUpload && config.tsaUrl === undefined) {
            return { verifier: new _sigstore_verify__WEBPACK_IMPORTED_MODULE_0__/* .Verifier */ .BL((0,_trust_index_js__WEBPACK_IMPORTED_MODULE_4__/* .keyOnlyTrustMaterial */ .hW)(publicKeyPem), { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 }), keyIdentity, policyFor };
        }
        const trust = await (0,_trust_index_js__WEBPACK_IMPORTED_MODULE_4__/* .loadTrustMaterial */ .ak)({ trustedRoot: config.trustedRoot, tufMirror: config.tufMirror, tufRoot: config.tufRoot, offline: config.offline, key: publicKeyPem, logger, timeoutMs: config.timeoutMs, env: config.env });
        return { verifier: new _sigstore_verify__WEBPACK_IMPORTED_MODULE_0__/* .Verifier */ .BL(trust, { tlogThreshold: config.tlogUpload ? 1 : 0, ctlogThreshold: 0, timestampThreshold: 1 }), keyIdentity, policyFor };
    }
    const trust = await (0,_trust_index_js__WEBPACK_IMPORTED_MODULE_4__/* .loadTrustMaterial */ .ak)({ trustedRoot: config.trustedRoot, tufMirror: config.tufMirror, tufRoot: config.tufRoot, offline: config.offline, logger, timeoutMs: config.timeoutMs, env: config.env });
    return { verifier: new _sigstore_verify__WEBPACK_IMPORTED_MODULE_0__/* .Verifier */ .BL(trust), policyFor };
}
/** Proves again, as the registry serves them, exactly the signatures this run pushed. */
async function verifyPushed(client, result, proof) {
    const { target, identity } = result;
    const repo = (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_2__/* .repoOf */ .A5)(target.name);
    let checked;
    try {
        checked = await Promise.all(result.signatures.map(s => (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_2__/* .proveFromRegistry */ .Ug)(client, repo, target.digest, s, identity, proof)));
    }
    catch (e) {
        return (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_3__/* .unverifiedVerdict */ .vA)(target.name, target.digest, (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_2__/* .statusFor */ .SR)(e), `could not read back the signatures just pushed: ${describe(e)}`);
    }
    const bad = checked.filter(c => !c.ok);
    const probes = result.signatures.map(s => ({ location: s.location, answer: `the ${s.format} signature just pushed (${s.reference})` }));
    return (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_2__/* .decide */ .LD)(target.name, target.digest, { checked: bad.length > 0 ? bad : checked, probes }, proof.policyFor(identity));
}


/***/ }),

/***/ 95789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildSigner: () => (/* binding */ buildSigner),
/* harmony export */   runSign: () => (/* binding */ runSign)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _cosign_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43755);
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70345);
/* harmony import */ var _report_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25393);
/* harmony import */ var _policy_config_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(28961);
/* harmony import */ var _read_key_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(65230);
/* harmony import */ var _sign_guard_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(80645);
/* harmony import */ var _sign_proof_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(86602);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(83656);
/* harmony import */ var _reference_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(14319);










const verdictOf = (target, status, details) => (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_2__/* .unverifiedVerdict */ .vA)(target.name, target.digest, status, details);
const describe = (e) => (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AppError */ .uV ? `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(e)} [${e.code}]` : (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(e));
async function buildSigner(config, logger, deps) {
    if (config.key !== undefined) {
        const text = (await (0,_read_key_js__WEBPACK_IMPORTED_MODULE_4__/* .readKeyInput */ .Y)(config.key, config.timeoutMs)) ?? '';
        for (const s of (0,_read_key_js__WEBPACK_IMPORTED_MODULE_4__/* .keySecrets */ .P)(config.key, text))
            logger.secret(s);
        const key = await (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_1__/* .loadSigningKey */ .fm)(text, config.keyPassword);
        return { signer: (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_1__/* .createKeySigner */ .e9)(key, (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_1__/* .keyId */ .xs)(key.publicKeyPem)), publicKeyPem: key.publicKeyPem };
    }
    if (!config.tlogUpload) {
        throw new _cosign_index_js__WEBPACK_IMPORTED_MODULE_1__/* .SignError */ .ul('SIGN_INPUT_INVALID', "option 'tlog-upload': keyless signing needs the transparency log (a short-lived certificate proves nothing without a log entry); use a key to sign without it");
    }
    const identityProvider = (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_1__/* .createIdentityProvider */ .Ee)({ identityToken: config.identityToken, fulcioUrl: config.fulcioUrl, env: deps.env, fetch: deps.fetch, logger, timeoutMs: config.timeoutMs });
    return { signer: (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_1__/* .createKeylessSigner */ .tD)({ fulcioUrl: config.fulcioUrl, identityProvider, timeoutMs: config.timeoutMs, retry: deps.retry, now: deps.now }) };
}
/**
 * `sign` and `sign-and-verify`: resolve the images (each must exist), sign them all, prove each
 * signature against the trust root and the exact identity before pushing it, push, then read
 * back exactly what was pushed and prove it again. Records carry that status, so `verified`
 * means this run's signature verified. In plain `sign` a failed read-back is a warning, in
 * `sign-and-verify` it fails the step; a signature that does not prove is never pushed. Every
 * known secret is cut out of every message, record and upload.
 */
async function runSign(config, logger, deps) {
    return (0,_sign_guard_js__WEBPACK_IMPORTED_MODULE_5__/* .withSigningGuards */ ._)(config, logger, (log, redactor) => signAll(config, log, redactor, deps));
}
async function signAll(config, logger, redactor, deps) {
    const env = deps.env;
    const now = deps.now ?? (() => new Date());
    const client = deps.client ?? (0,_credentials_js__WEBPACK_IMPORTED_MODULE_7__/* .registryClientFor */ .CA)(config, logger, (0,_credentials_js__WEBPACK_IMPORTED_MODULE_7__/* .registriesOf */ .Ho)(config.images.map(i => (0,_reference_index_js__WEBPACK_IMPORTED_MODULE_8__/* .parseNormalizedNamed */ .oS)(i).name)));
    const strict = config.mode === 'sign-and-verify';
    const { signer, publicKeyPem } = await buildSigner(config, logger, deps);
    const proof = await (0,_sign_proof_js__WEBPACK_IMPORTED_MODULE_6__/* .buildProof */ .rW)(config, logger, publicKeyPem);
    const witnesses = (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_1__/* .createWitnesses */ .Cw)({ rekorUrl: config.rekorUrl, tsaUrl: config.tsaUrl, tlogUpload: config.tlogUpload, timeoutMs: config.timeoutMs, retry: deps.retry });
    const { targets, unresolved, warnings } = await (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveSignTargets */ .Ql)(client, config.images, config.recursive, logger);
    const results = await (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_1__/* .signImages */ .U_)(targets, { client, signer, witnesses, format: config.signatureFormat, annotations: config.annotations, proof, logger, now, urls: config });
    const verdicts = [];
    const signatures = [];
    const lines = [];
    let failed = unresolved.length;
    for (const result of results) {
        const { target } = result;
        if (!result.ok) {
            failed++;
            lines.push(`✗ ${target.name}@${target.digest}: not signed: ${describe(result.error)}`);
            verdicts.push(verdictOf(target, (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_1__/* .statusFor */ .SR)(result.error), `signing failed: ${describe(result.error)}`));
            continue;
        }
        for (const s of result.signatures) {
            signatures.push({ image: `${target.name}@${target.digest}`, digest: target.digest, format: s.format === 'bundle' ? 'sigstore-bundle' : 'cosign-legacy', location: s.reference, storage: s.location, tlogIndex: s.tlogIndex, identity: result.identity });
        }
        const made = result.signatures.map(s => `${s.format} → ${s.reference}${s.tlogIndex === null ? '' : ` (tlog #${s.tlogIndex})`}`).join(', ');
        const verdict = await (0,_sign_proof_js__WEBPACK_IMPORTED_MODULE_6__/* .verifyPushed */ .Zi)(client, result, proof);
        const verified = verdict.status === 'verified';
        const details = `Signed by ${result.identity.subject}${result.identity.issuer ? ` (issuer ${result.identity.issuer})` : ''}: ${made}. ${verified ? 'Verified' : 'Not verified'}: ${verdict.details}`;
        verdicts.push({ ...verdict, digest: target.digest, details });
        if (!verified) {
            if (strict)
                failed++;
            const msg = `${target.name}@${target.digest} was signed but what was pushed does not verify (${verdict.status}): ${verdict.details}`;
            if (strict)
                logger.error(msg);
            else
                logger.warning(msg);
        }
        lines.push(`${verified ? '✓' : strict ? '✗' : '⚠'} ${target.name}@${target.digest}${target.platform ? ` [${target.platform}]` : ''}: ${made}; ${verified ? 'verified' : `not verified (${verdict.status})`}`);
    }
    for (const u of unresolved) {
        lines.push(`✗ ${u.ref}: could not resolve: ${describe(u.error)}`);
        verdicts.push(verdictOf(u, (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_1__/* .statusFor */ .SR)(u.error), `could not resolve ${u.ref} to an existing image, so nothing was signed: ${describe(u.error)}`));
    }
    const policy = (0,_policy_config_js__WEBPACK_IMPORTED_MODULE_9__/* .policyFromConfig */ .n)(config);
    const run = (0,_report_index_js__WEBPACK_IMPORTED_MODULE_3__/* .runContextFromEnv */ .wX)(env);
    const checkedAt = now();
    const items = redactor.redactDeep(verdicts.map(v => (0,_report_index_js__WEBPACK_IMPORTED_MODULE_3__/* .toReportItem */ .TZ)(v, tagsOf(targets, unresolved, v), [])));
    const records = redactor.redactDeep(items.map(item => (0,_report_index_js__WEBPACK_IMPORTED_MODULE_3__/* .toRecord */ .Lv)(item, policy, run, checkedAt)));
    const resultsError = await (0,_report_index_js__WEBPACK_IMPORTED_MODULE_3__/* .writeResultsReported */ .NM)(config.resultsFile, records, logger);
    const upload = config.upload
        ? await (0,_report_index_js__WEBPACK_IMPORTED_MODULE_3__/* .uploadResults */ .g4)(records.map(r => JSON.stringify(r)), { baseUrl: config.fremforgeUrl, token: config.apiToken, run, logger, timeoutMs: config.timeoutMs })
        : { state: 'skipped', chunks: 0, records: 0, message: 'upload is turned off (upload: false)' };
    const uploadFailed = upload.state === 'failed' && config.uploadFailure === 'fail';
    const signed = results.filter(r => r.ok).length;
    lines.unshift(`Signed ${signed} of ${results.length + unresolved.length} images (${config.signatureFormat}).`);
    if (resultsError)
        lines.push(`✗ results file not written: ${resultsError.message}`);
    return redactor.redactDeep({ ok: failed === 0 && !uploadFailed && !resultsError, text: lines.join('\n'), records, signatures, items, resultsFile: config.resultsFile, upload, warnings, ...(resultsError ? { resultsError } : {}) });
}
function tagsOf(targets, unresolved, v) {
    const t = targets.find(x => x.name === v.name && x.digest === v.digest) ?? unresolved.find(u => u.name === v.name && u.digest === v.digest);
    return t?.tag ? [t.tag] : [];
}


/***/ }),

/***/ 60802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f0: () => (/* reexport */ MAX_TRUST_FILE_BYTES),
  wK: () => (/* reexport */ checkSigstoreUrl),
  hW: () => (/* reexport */ keyOnlyTrustMaterial),
  Vc: () => (/* reexport */ loadTrust),
  ak: () => (/* reexport */ loadTrustMaterial)
});

// UNUSED EXPORTS: PUBLIC_GOOD_MIRROR, TrustError, defaultTufCachePath, embeddedTrustedRoot, keyFinderFromPem, loadTrustedRoot, publicKeyFromPem, toCheckedTrustMaterial, trustedRootFromJSON, withPublicKey

// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var dist = __webpack_require__(19654);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/user-file.ts
var user_file = __webpack_require__(93207);
// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/seeds.json
var seeds = __webpack_require__(8032);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/trust/errors.ts

class TrustError extends errors/* AppError */.uV {
    constructor(code, message, options = {}) {
        super(code, message, options);
        this.name = 'TrustError';
    }
}

// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
;// CONCATENATED MODULE: ./src/trust/trusted-root.ts



const MEDIA_TYPE_PREFIX = 'application/vnd.dev.sigstore.trustedroot';
/**
 * Parses the text of a `trusted_root.json`. `source` names where it came from (a path, a TUF
 * mirror) for the error message. Only the shape is checked here; {@link toCheckedTrustMaterial}
 * parses the certificates and keys.
 */
function trustedRootFromJSON(text, source) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (cause) {
        throw new TrustError('TRUST_ROOT_INVALID', `expected a JSON trusted root in ${source}, found text that is not JSON`, { cause, details: { source } });
    }
    const mediaType = typeof doc === 'object' && doc !== null ? doc.mediaType : undefined;
    if (typeof mediaType !== 'string' || !mediaType.startsWith(MEDIA_TYPE_PREFIX)) {
        throw new TrustError('TRUST_ROOT_INVALID', `expected mediaType ${MEDIA_TYPE_PREFIX}+json;version=… in ${source}, found ${JSON.stringify(mediaType ?? null)}`, {
            details: { source }
        });
    }
    let root;
    try {
        root = dist.TrustedRoot.fromJSON(doc);
    }
    catch (cause) {
        throw new TrustError('TRUST_ROOT_INVALID', `expected a valid trusted root in ${source}: ${cause.message}`, { cause, details: { source } });
    }
    if (root.certificateAuthorities.length === 0 && root.tlogs.length === 0) {
        throw new TrustError('TRUST_ROOT_INVALID', `expected certificate authorities or transparency logs in ${source}, found neither`, { details: { source } });
    }
    return root;
}
/** toTrustMaterial, with unparseable certificates or keys reported as TRUST_ROOT_INVALID. */
function toCheckedTrustMaterial(root, source) {
    try {
        return (0,verify_dist/* toTrustMaterial */.jO)(root);
    }
    catch (cause) {
        throw new TrustError('TRUST_ROOT_INVALID', `expected parseable certificates and keys in ${source}: ${cause.message}`, {
            cause,
            details: { source }
        });
    }
}

;// CONCATENATED MODULE: ./src/trust/embedded-root.ts



/** The public-good TUF repository whose seed ships with @sigstore/tuf (and, bundled, with the action). */
const PUBLIC_GOOD_MIRROR = 'https://tuf-repo-cdn.sigstore.dev';
const EMBEDDED_ROOT_SOURCE = '@sigstore/tuf/seeds.json (embedded public-good trusted_root.json)';
/**
 * The public-good trusted root embedded in @sigstore/tuf's seeds.json: per mirror URL,
 * `root.json` and `targets` hold base64 file contents, among them `trusted_root.json`. It is as
 * fresh as the installed @sigstore/tuf and was not verified through TUF at run time.
 */
function embeddedTrustedRoot() {
    const encoded = seeds[PUBLIC_GOOD_MIRROR]?.targets?.['trusted_root.json'];
    if (encoded === undefined) {
        throw new TrustError('TRUST_ROOT_UNAVAILABLE', `expected trusted_root.json for ${PUBLIC_GOOD_MIRROR} in ${EMBEDDED_ROOT_SOURCE}, found none`);
    }
    return trustedRootFromJSON(Buffer.from(encoded, 'base64').toString('utf8'), EMBEDDED_ROOT_SOURCE);
}

;// CONCATENATED MODULE: ./src/trust/public-key.ts




const EC_CURVES = {
    prime256v1: { details: dist.PublicKeyDetails.PKIX_ECDSA_P256_SHA_256, hash: 'sha256' },
    secp384r1: { details: dist.PublicKeyDetails.PKIX_ECDSA_P384_SHA_384, hash: 'sha384' },
    secp521r1: { details: dist.PublicKeyDetails.PKIX_ECDSA_P521_SHA_512, hash: 'sha512' }
};
const RSA_SIZES = {
    2048: dist.PublicKeyDetails.PKIX_RSA_PKCS1V15_2048_SHA256,
    3072: dist.PublicKeyDetails.PKIX_RSA_PKCS1V15_3072_SHA256,
    4096: dist.PublicKeyDetails.PKIX_RSA_PKCS1V15_4096_SHA256
};
const invalid = (found, cause) => new TrustError('TRUST_KEY_INVALID', `expected a PEM public key (ECDSA P-256/P-384/P-521, Ed25519 or RSA ≥ 2048 bits), found ${found}`, { cause });
function keyDetails(key) {
    const type = key.asymmetricKeyType;
    const info = key.asymmetricKeyDetails ?? {};
    if (type === 'ec') {
        const curve = EC_CURVES[info.namedCurve ?? ''];
        if (!curve)
            throw invalid(`an EC key on unsupported curve ${info.namedCurve ?? 'unknown'}`);
        return { details: curve.details, hashAlgorithm: curve.hash };
    }
    if (type === 'ed25519')
        return { details: dist.PublicKeyDetails.PKIX_ED25519, hashAlgorithm: null };
    if (type === 'rsa') {
        const bits = info.modulusLength ?? 0;
        if (bits < 2048)
            throw invalid(`a ${bits}-bit RSA key`);
        return { details: RSA_SIZES[bits] ?? dist.PublicKeyDetails.PKIX_RSA_PKCS1V5, hashAlgorithm: 'sha256' };
    }
    throw invalid(`a key of type ${type ?? 'unknown'}`);
}
/** Parses a PEM public key (SPKI `PUBLIC KEY` or PKCS#1 `RSA PUBLIC KEY`). Private keys are refused. */
function publicKeyFromPem(pem) {
    if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem))
        throw invalid('a private key (only the public key belongs in a verification policy)');
    if (!/-----BEGIN (RSA )?PUBLIC KEY-----/.test(pem))
        throw invalid('no PUBLIC KEY block');
    let keyObject;
    try {
        keyObject = (0,external_node_crypto_.createPublicKey)({ key: pem, format: 'pem' });
    }
    catch (cause) {
        throw invalid('a PEM block that does not parse', cause);
    }
    const { details, hashAlgorithm } = keyDetails(keyObject);
    const der = keyObject.export({ format: 'der', type: 'spki' });
    return {
        keyObject,
        publicKey: { rawBytes: der, keyDetails: details, validFor: undefined },
        hint: (0,external_node_crypto_.createHash)('sha256').update(der).digest('base64'),
        hashAlgorithm
    };
}
/**
 * A key finder that answers with this one key for any hint: the policy names exactly one key,
 * and legacy cosign layers carry no key id to choose by.
 */
function keyFinderFromPem(pem) {
    const { keyObject } = publicKeyFromPem(pem);
    return () => ({ publicKey: keyObject, validFor: () => true });
}
/** The same trust material, with key-based signatures checked against this PEM public key. */
function withPublicKey(material, pem) {
    return { ...material, publicKey: keyFinderFromPem(pem) };
}
/**
 * Trust material for a key and nothing else: key-based signatures without a log entry or a
 * timestamp need no trusted root, so no TUF and no network (issue 17).
 */
function keyOnlyTrustMaterial(pem) {
    const root = { mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1', tlogs: [], certificateAuthorities: [], ctlogs: [], timestampAuthorities: [] };
    return withPublicKey((0,verify_dist/* toTrustMaterial */.jO)(root), pem);
}

// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/dist/index.js
var tuf_dist = __webpack_require__(84423);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/trust/tuf.ts







const TRUSTED_ROOT_TARGET = 'trusted_root.json';
/**
 * Where TUF metadata is cached between runs: the runner's tool cache survives jobs on self-hosted
 * runners, RUNNER_TEMP at least the job; elsewhere the user cache directory.
 */
function defaultTufCachePath(env, homedir) {
    const base = env.RUNNER_TOOL_CACHE || env.RUNNER_TEMP || env.XDG_CACHE_HOME || external_node_path_default().join(homedir, '.cache');
    return external_node_path_default().join(base, 'fremforge-cosign', 'tuf');
}
/**
 * The trusted root from a TUF repository. Cached metadata is used while its timestamp has not
 * expired (tuf-js forceCache), so a warm runner makes no request at all; otherwise the client
 * refreshes, verifying every signature from the cached or initial root.
 */
async function fetchTrustedRoot(options) {
    const copy = options.rootPath === undefined ? undefined : await privateRootCopy(options.rootPath, options.timeoutMs ?? 10_000);
    try {
        return await fetchWithRoot(options, copy?.file);
    }
    finally {
        if (copy)
            await (0,promises_.rm)(copy.dir, { recursive: true, force: true });
    }
}
/** tuf-js refuses a root.json longer than this (DEFAULT_ROOT_MAX_LENGTH). */
const MAX_TUF_ROOT_BYTES = 512_000;
/**
 * @sigstore/tuf copies `rootPath` with copyFileSync: a FIFO there would block the whole process
 * for ever. So the root is read by the bounded regular-file reader, and the client gets a private
 * copy of what was read.
 */
async function privateRootCopy(rootPath, timeoutMs) {
    let bytes;
    try {
        bytes = await (0,user_file/* readUserFile */.E1)(rootPath, { option: 'tuf-root', maxBytes: MAX_TUF_ROOT_BYTES, timeoutMs });
    }
    catch (cause) {
        if (!(cause instanceof user_file/* UserFileError */.Wj) || cause.problem !== 'missing')
            throw cause;
        throw new TrustError('TRUST_ROOT_NOT_FOUND', `expected a readable TUF root.json at ${rootPath}, found none`, { cause, details: { path: rootPath } });
    }
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'fremforge-tuf-root-'));
    const file = external_node_path_default().join(dir, 'root.json');
    await (0,promises_.writeFile)(file, bytes, { mode: 0o600 });
    return { dir, file };
}
async function fetchWithRoot(options, rootPath) {
    let text;
    try {
        const client = await (0,tuf_dist.initTUF)({
            mirrorURL: options.mirrorURL,
            rootPath,
            cachePath: options.cachePath,
            forceCache: true,
            retry: { retries: options.retries ?? 2 },
            timeout: options.timeoutMs ?? 10_000
        });
        text = await client.getTarget(TRUSTED_ROOT_TARGET);
    }
    catch (cause) {
        const tufError = cause instanceof tuf_dist.TUFError ? cause.code : cause instanceof Error ? cause.name : undefined;
        const reason = cause instanceof Error ? cause.message : String(cause);
        throw new TrustError('TRUST_ROOT_UNAVAILABLE', `expected a verified trusted root from TUF mirror ${options.mirrorURL}, found an error: ${reason}`, {
            cause,
            details: { mirror: options.mirrorURL, tufError }
        });
    }
    return trustedRootFromJSON(text, `${TRUSTED_ROOT_TARGET} from TUF mirror ${options.mirrorURL}`);
}

;// CONCATENATED MODULE: ./src/trust/load.ts









function checkOptions(o) {
    const invalid = (message) => new TrustError('TRUST_OPTIONS_INVALID', message);
    if (o.tufRoot !== undefined && o.tufMirror === undefined)
        throw invalid('expected tuf-mirror to go with tuf-root, found tuf-root alone');
    if (o.trustedRoot !== undefined && o.tufMirror !== undefined) {
        throw invalid('expected either trusted-root or tuf-mirror, found both');
    }
    if (o.offline && o.trustedRoot === undefined && o.tufMirror !== undefined) {
        throw invalid('expected trusted-root with offline and a private tuf-mirror (TUF needs the network), found none');
    }
    if (o.tufMirror !== undefined && o.tufRoot === undefined && o.tufMirror.replace(/\/+$/, '') !== PUBLIC_GOOD_MIRROR) {
        throw invalid(`expected tuf-root (the initial root.json) for private TUF mirror ${o.tufMirror}, found none`);
    }
}
/** A trusted_root.json is a few KiB to tens of KiB; anything past this is not one. */
const MAX_TRUST_FILE_BYTES = 4 * 1024 * 1024;
const DEFAULT_READ_TIMEOUT_MS = 10_000;
async function readTrustedRootFile(path, timeoutMs = DEFAULT_READ_TIMEOUT_MS) {
    let text;
    try {
        text = await (0,user_file/* readUserText */.nD)(path, { option: 'trusted-root', maxBytes: MAX_TRUST_FILE_BYTES, timeoutMs });
    }
    catch (cause) {
        // A FIFO, a directory or an oversized file is bad input (INPUT_INVALID); a file that is not there keeps its own code.
        if (!(cause instanceof user_file/* UserFileError */.Wj) || cause.problem !== 'missing')
            throw cause;
        throw new TrustError('TRUST_ROOT_NOT_FOUND', `expected a readable trusted_root.json at ${path}, found none`, { cause, details: { path } });
    }
    return trustedRootFromJSON(text, path);
}
/** Finds the trusted root the options ask for; only the TUF paths touch the network. */
async function loadTrustedRoot(options) {
    checkOptions(options);
    const { logger } = options;
    if (options.trustedRoot !== undefined) {
        logger.debug(`trust: trusted root from file ${options.trustedRoot}`);
        return { root: await readTrustedRootFile(options.trustedRoot, options.timeoutMs), source: 'trusted-root-file', location: options.trustedRoot };
    }
    if (options.offline) {
        logger.debug(`trust: offline, embedded public-good trusted root (${EMBEDDED_ROOT_SOURCE})`);
        return { root: embeddedTrustedRoot(), source: 'embedded-public-good', location: EMBEDDED_ROOT_SOURCE };
    }
    const cachePath = options.cachePath ?? defaultTufCachePath(options.env ?? process.env, external_node_os_default().homedir());
    const mirrorURL = options.tufMirror?.replace(/\/+$/, '') ?? PUBLIC_GOOD_MIRROR;
    const source = mirrorURL === PUBLIC_GOOD_MIRROR ? 'public-good-tuf' : 'private-tuf';
    logger.debug(`trust: trusted root from TUF ${mirrorURL} (cache ${cachePath})`);
    const root = await fetchTrustedRoot({ mirrorURL, rootPath: options.tufRoot, cachePath, timeoutMs: options.timeoutMs, retries: options.retries });
    return { root, source, location: mirrorURL };
}
/** Trust material for @sigstore/verify's Verifier, loaded once per run. */
async function loadTrustMaterial(options) {
    return (await loadTrust(options)).material;
}
/** The trust material and its fingerprint, for caches keyed on what was trusted. */
async function loadTrust(options) {
    const { root, location } = await loadTrustedRoot(options);
    const material = toCheckedTrustMaterial(root, location);
    const fingerprint = (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify(dist.TrustedRoot.toJSON(root)))
        .update('\0')
        .update(options.key ?? '')
        .digest('hex');
    return { material: options.key === undefined ? material : withPublicKey(material, options.key), fingerprint };
}

;// CONCATENATED MODULE: ./src/trust/service-url.ts

const isLoopback = (hostname) => hostname === 'localhost' || hostname.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(hostname) || hostname === '[::1]';
/**
 * A Sigstore service receives the identity token (Fulcio) or what binds a signature to it, so
 * it must be reached over HTTPS; plain HTTP only on loopback (a local stack, tests). The option
 * is named, the URL's credentials are not repeated.
 */
function checkSigstoreUrl(option, url) {
    if (url === undefined)
        return;
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new errors/* AppError */.uV('INPUT_INVALID', `option '${option}': expected an https URL, found text that is not a URL`, { details: { option } });
    }
    if (parsed.username || parsed.password) {
        throw new errors/* AppError */.uV('INPUT_INVALID', `option '${option}': expected a URL without user info, found one with credentials`, { details: { option } });
    }
    if (parsed.protocol === 'https:')
        return;
    if (parsed.protocol === 'http:' && isLoopback(parsed.hostname))
        return;
    throw new errors/* AppError */.uV('INPUT_INVALID', `option '${option}': expected an https URL (plain http only on loopback), found ${parsed.protocol}//${parsed.host}`, { details: { option } });
}

;// CONCATENATED MODULE: ./src/trust/index.ts









/***/ })

};
