export const id = 946;
export const ids = [946];
export const modules = {

/***/ 15946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createImageVerifier: () => (/* binding */ createImageVerifier),
/* harmony export */   createVerifier: () => (/* binding */ createVerifier),
/* harmony export */   readKey: () => (/* binding */ readKey),
/* harmony export */   readKeys: () => (/* binding */ readKeys)
/* harmony export */ });
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54187);
/* harmony import */ var _config_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23525);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _cosign_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(43755);
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70345);
/* harmony import */ var _trust_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(60802);
/* harmony import */ var _authority_check_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(38954);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(83656);
/* harmony import */ var _policy_config_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(28961);
/* harmony import */ var _read_key_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(65230);










/** A `key` input is the PEM itself or a path to a regular file holding it; never echoed (issue 17). */
async function readKey(value, timeoutMs = 30_000) {
    return (0,_read_key_js__WEBPACK_IMPORTED_MODULE_8__/* .readKeyInput */ .Y)(value, timeoutMs);
}
const PEM_BLOCK = /-----BEGIN [A-Z ]+-----[\s\S]+?-----END [A-Z ]+-----/g;
/** The verify `key` input: one or more PEM keys, or paths to files holding them (one per line); any one verifies. */
async function readKeys(value, timeoutMs = 30_000) {
    if (value === undefined)
        return [];
    const texts = value.includes('-----BEGIN') ? [value] : await Promise.all((0,_config_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseList */ .E1)(value).map(async (v) => (await readKey(v, timeoutMs)) ?? ''));
    return texts.flatMap(t => t.match(PEM_BLOCK) ?? [t]);
}
/** Builds the one verifier of a run from the configuration: its keys are read here, once. */
async function createImageVerifier(config, logger, client = (0,_credentials_js__WEBPACK_IMPORTED_MODULE_7__/* .registryClientFor */ .CA)(config, logger)) {
    const keys = await readKeys(config.key, config.timeoutMs);
    return createVerifier({ policy: { ...(0,_policy_config_js__WEBPACK_IMPORTED_MODULE_9__/* .policyFromConfig */ .n)(config), key: keys[0] }, keys, trust: config, maxSignatures: config.maxSignatures }, logger, client);
}
/** A verifier for a policy: registry client, trust material and policy, loaded once. */
async function createVerifier(setup, logger, client) {
    const { policy, trust: settings, maxSignatures } = setup;
    const [key, ...rotation] = setup.keys;
    for (const warning of (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_4__/* .policyWarnings */ .aF)(policy))
        logger.warning(warning);
    if (policy.insecureIgnoreTlog && !key)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AppError */ .uV('INPUT_INVALID', "option 'insecure-ignore-tlog': only applies to key-based verification (set 'key')");
    const trustOptions = { trustedRoot: settings.trustedRoot, tufMirror: settings.tufMirror, tufRoot: settings.tufRoot, offline: settings.offline, logger, timeoutMs: settings.timeoutMs, env: settings.env };
    const { material: trust, fingerprint: trustFingerprint } = await (0,_trust_index_js__WEBPACK_IMPORTED_MODULE_5__/* .loadTrust */ .Vc)({ ...trustOptions, key });
    const thresholds = { tlogThreshold: policy.insecureIgnoreTlog ? 0 : 1, ctlogThreshold: 0, timestampThreshold: policy.insecureIgnoreTlog ? 0 : 1 };
    const verifier = key ? new _sigstore_verify__WEBPACK_IMPORTED_MODULE_0__/* .Verifier */ .BL(trust, thresholds) : new _sigstore_verify__WEBPACK_IMPORTED_MODULE_0__/* .Verifier */ .BL(trust);
    const cosign = (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_3__/* .createCosignVerifier */ .y8)({ client, verifier, policy, logger, keyIdentity: key ? (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_3__/* .keyId */ .xs)(key) : undefined, trust, maxSignatures });
    const scoped = client.bindRegistries;
    const bindRegistries = typeof scoped === 'function' ? (hosts) => scoped(hosts) : undefined;
    const base = { client, resolveDigest: cosign.resolveDigest, verifyAttestations: cosign.verifyAttestations, policy, trustFingerprint, ...(bindRegistries ? { bindRegistries } : {}) };
    if (rotation.length === 0)
        return { ...base, verify: cosign.verify };
    // Several keys (a rotation): one implicit key authority, any key verifies.
    const others = await Promise.all(rotation.map(async (pem) => {
        const keyTrust = await (0,_trust_index_js__WEBPACK_IMPORTED_MODULE_5__/* .loadTrustMaterial */ .ak)({ ...trustOptions, key: pem });
        return (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_3__/* .createCosignVerifier */ .y8)({ client, verifier: new _sigstore_verify__WEBPACK_IMPORTED_MODULE_0__/* .Verifier */ .BL(keyTrust, thresholds), policy: { ...policy, key: pem }, logger, keyIdentity: (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_3__/* .keyId */ .xs)(pem), trust: keyTrust, maxSignatures });
    }));
    // The cache fingerprints every key of the rotation, not only the first.
    return { ...base, policy: { ...policy, key: [key, ...rotation].join('\n') }, verify: target => (0,_authority_check_js__WEBPACK_IMPORTED_MODULE_6__/* .firstVerified */ .Lj)([cosign, ...others], target) };
}


/***/ }),

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


/***/ })

};
