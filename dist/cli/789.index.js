export const id = 789;
export const ids = [789];
export const modules = {

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
/* harmony import */ var _policy_config_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(28961);
/* harmony import */ var _trusted_inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(81759);







const describe = (e) => (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AppError */ .uV ? `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(e)} [${e.code}]` : (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(e));
/** The policy for what was just signed: exactly this identity (or this key), nothing looser. */
function proofPolicy(config, identity, publicKeyPem) {
    const base = { ...(0,_policy_config_js__WEBPACK_IMPORTED_MODULE_6__/* .policyFromConfig */ .n)(config), issuerAllowlist: [], certificateIdentityRegexp: undefined, certificateOidcIssuerRegexp: undefined, githubWorkflow: {}, platforms: 'index' };
    if (publicKeyPem)
        return { ...base, key: publicKeyPem, certificateIdentity: undefined, certificateOidcIssuer: undefined, insecureIgnoreTlog: !config.tlogUpload };
    return { ...base, key: undefined, certificateIdentity: identity.subject, certificateOidcIssuer: identity.issuer ?? undefined, insecureIgnoreTlog: false };
}
/**
 * The trust that proves each signature made. A key without a log or timestamp needs only the
 * key: no trusted root, no TUF, no network. Otherwise the configured root, with the log (and the
 * certificate's SCT for keyless) required.
 */
async function buildProof(given, logger, publicKeyPem) {
    const config = await (0,_trusted_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveTrustedInputs */ .b)(given, logger, ['trustedRoot', 'tufRoot']);
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


/***/ })

};
