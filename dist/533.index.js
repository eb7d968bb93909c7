export const id = 533;
export const ids = [533];
export const modules = {

/***/ 2533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   policyTrustFingerprint: () => (/* binding */ policyTrustFingerprint),
/* harmony export */   withPolicyCache: () => (/* binding */ withPolicyCache)
/* harmony export */ });
/* harmony import */ var _cache_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51086);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61467);
/* harmony import */ var _trust_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60802);
/* harmony import */ var _user_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(93207);
/* harmony import */ var _cache_setup_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(23694);
/* harmony import */ var _policy_config_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(28961);
/* harmony import */ var _trusted_inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(81759);








/**
 * What was trusted: the run's trust material (trusted-root input or TUF) and every trusted_root.json
 * an authority names (keyless.trustedRoot), by content. Keys are part of the rules themselves.
 */
async function policyTrustFingerprint(set, given, setup) {
    const config = await (0,_trusted_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveTrustedInputs */ .b)(given, setup.logger, ['trustedRoot', 'tufRoot']);
    const base = await (0,_trust_index_js__WEBPACK_IMPORTED_MODULE_3__/* .loadTrust */ .Vc)({ trustedRoot: config.trustedRoot, tufMirror: config.tufMirror, tufRoot: config.tufRoot, offline: config.offline, logger: setup.logger, timeoutMs: config.timeoutMs });
    const roots = [...new Set(set.policies.flatMap(p => p.authorities.flatMap(a => (a.type === 'keyless' && a.trustedRoot ? [a.trustedRoot] : []))))].sort();
    const contents = await Promise.all(roots.map(async (file) => `${file}\0${(0,_cache_index_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .fg)(await (0,_user_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readUserText */ .nD)(file, { option: 'trustedRoot', maxBytes: _trust_index_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_TRUST_FILE_BYTES */ .f0, timeoutMs: config.timeoutMs }))}`));
    return (0,_cache_index_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .fg)([base.fingerprint, ...contents].join('\n'));
}
/**
 * The verification cache under per-image policy: an image's key is the fingerprint of the rules
 * that decide it today (policyFingerprint: matching policies, modes in force, authorities, their
 * attestations and conditions) plus the flat inputs every authority shares, and what was trusted.
 * A hit answers without a registry request; only `verified` verdicts are kept (verdict-cache.ts).
 */
async function withPolicyCache(policy, config, setup) {
    if (config.cacheTtlMs <= 0)
        return { policy };
    const secret = await (0,_cache_setup_js__WEBPACK_IMPORTED_MODULE_5__/* .cacheSecret */ .Ns)(config, setup);
    if (!secret)
        return { policy };
    let trustFingerprint;
    try {
        trustFingerprint = await policyTrustFingerprint(policy.set, config, setup);
    }
    catch (e) {
        setup.logger.warning(`verification cache off: cannot fingerprint the trust material: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(e)}`);
        return { policy };
    }
    const shared = (0,_cache_index_js__WEBPACK_IMPORTED_MODULE_0__/* .normalisePolicy */ .Rn)((0,_policy_config_js__WEBPACK_IMPORTED_MODULE_7__/* .policyFromConfig */ .n)(config));
    const cache = (0,_cache_index_js__WEBPACK_IMPORTED_MODULE_0__/* .createVerdictCache */ .Mf)({
        store: (0,_cache_index_js__WEBPACK_IMPORTED_MODULE_0__/* .directoryStore */ .P7)(setup.dir),
        secret,
        repository: setup.repository,
        ttlMs: config.cacheTtlMs,
        trustFingerprint,
        policyFingerprintOf: t => {
            const { tag, at } = t;
            return (0,_cache_index_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .fg)((0,_cache_index_js__WEBPACK_IMPORTED_MODULE_0__/* .stableStringify */ .JB)({ rules: (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_2__/* .policyFingerprint */ .dC)(policy.set, { name: t.name, digest: t.digest, tag }, at), shared }));
        },
        onReject: (t, reason) => setup.logger.debug(`verification cache: ignored the entry for ${t.name}@${t.digest} (${reason})`)
    });
    const evaluate = async (image, now) => {
        const target = { name: image.name, digest: image.digest, tag: image.tag, at: now };
        const hit = await cache.lookup(target);
        if (hit)
            return hit;
        const verdict = await (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateImage */ .d3)(policy.set, image, policy.check, now);
        await cache.remember(target, verdict).catch(e => setup.logger.debug(`verification cache: could not store a verdict: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(e)}`));
        return verdict;
    };
    return { policy: { ...policy, evaluate }, cache };
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

/***/ 81759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ resolveTrustedInputs)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _config_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23525);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _trust_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(60802);
/* harmony import */ var _policy_base_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8770);
/* harmony import */ var _read_key_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(65230);








const OPTION = { key: 'key', trustedRoot: 'trusted-root', tufRoot: 'tuf-root' };
const FILE_NAME = { key: 'key.pem', trustedRoot: 'trusted_root.json', tufRoot: 'root.json' };
/** As read-key.ts bounds keys; a trusted_root.json or TUF root.json is tens of KiB. */
const MAX_TRUSTED_FILE_BYTES = 1024 * 1024;
const REGULAR = new Set(['100644', '100755']);
/** One resolution per run's configuration (and the copies it hands out): one git listing, one warning per file. */
const resolutions = new WeakMap();
function inside(root, target) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, target);
    return rel !== '' && !rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(rel) ? rel.split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/') : undefined;
}
/** The path inside the workspace a value names (as the readers open it: relative to the cwd), or undefined. */
async function workspacePath(value, workspace) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(value);
    const lexical = inside(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspace), absolute);
    if (lexical !== undefined)
        return lexical;
    // A path outside that leads inside through a symbolic link is the workspace's file all the same.
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(absolute).catch(() => undefined);
    const root = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(workspace).catch(() => undefined);
    return real && root ? inside(root, real) : undefined;
}
/**
 * Security review finding B: on pull-request events a `key`, `trusted-root` or `tuf-root` that
 * names a file inside the workspace is read from the pull request's base commit, like policy
 * files (policy-base.ts), never from its working tree: a pull request that replaces the key or
 * adds its own CA must not verify its own image. The base's bytes go to a private file outside
 * the workspace; the returned copy names it. Paths outside the workspace (a key an earlier step
 * wrote to RUNNER_TEMP from a secret) and inline PEM are used as given. Outside pull-request events
 * the source is returned as it is.
 */
async function resolveTrustedInputs(source, logger, inputs = ['key', 'trustedRoot', 'tufRoot']) {
    if (!(0,_policy_base_js__WEBPACK_IMPORTED_MODULE_6__/* .isPullRequestEvent */ .T5)(source.env))
        return source;
    let run = resolutions.get(source);
    if (!run)
        resolutions.set(source, (run = { source, values: new Map() }));
    const resolution = run;
    const changes = {};
    for (const input of inputs) {
        if (source[input] === undefined)
            continue;
        let value = resolution.values.get(input);
        if (!value)
            resolution.values.set(input, (value = resolveInput(resolution, input, logger)));
        changes[input] = await value;
    }
    const copy = { ...source, ...changes };
    resolutions.set(copy, resolution);
    return copy;
}
async function resolveInput(run, input, logger) {
    const value = run.source[input];
    if (value === undefined)
        return undefined;
    if (input !== 'key')
        return resolveFile(run, input, value, 0, logger);
    if (value.includes('-----BEGIN'))
        return value;
    const items = (0,_config_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseList */ .E1)(value);
    return (await Promise.all(items.map((item, i) => resolveFile(run, input, item, i, logger)))).join('\n');
}
async function resolveFile(run, input, value, index, logger) {
    const { workspace, env, timeoutMs } = run.source;
    const rel = await workspacePath(value, workspace);
    if (rel === undefined)
        return value;
    const option = OPTION[input];
    run.origin ??= (0,_policy_base_js__WEBPACK_IMPORTED_MODULE_6__/* .policyOriginFor */ .yU)(env, workspace, timeoutMs);
    const origin = await run.origin;
    if (origin.kind !== 'base') {
        const reason = origin.kind === 'unavailable' ? origin.reason : 'no base commit';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AppError */ .uV('POLICY_BASE_UNAVAILABLE', `option '${option}': names a file in the workspace, which a pull request reads from its base commit, and that commit cannot be read: ${reason}; check out with fetch-depth: 0 (actions/checkout), or give the value inline or as a path outside the workspace`, { details: { option } });
    }
    const short = origin.tree.commit.slice(0, 12);
    const worktree = await (0,_read_key_js__WEBPACK_IMPORTED_MODULE_7__/* .readKeyInput */ .Y)(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(value), timeoutMs).catch(() => undefined);
    // A key value that exists in neither tree may be the secret itself (base64): never name it.
    const named = () => (input === 'key' && worktree === undefined ? 'the file' : `'${rel}'`);
    const missing = (why) => {
        const message = `option '${option}': ${named()} ${why} in the pull request's base commit ${short}; on a pull request it is read from there, never from its working tree`;
        return input === 'key' ? new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AppError */ .uV('INPUT_INVALID', message, { details: { option } }) : new _trust_index_js__WEBPACK_IMPORTED_MODULE_5__/* .TrustError */ .Ru('TRUST_ROOT_NOT_FOUND', message, { details: { option } });
    };
    const entry = origin.tree.entries.get(rel);
    if (!entry || !REGULAR.has(entry.mode)) {
        if (worktree !== undefined)
            logger.warning(`${option}: ${rel} added by this pull request is not trusted; the file is ignored`, { file: rel, line: 1 });
        throw missing(entry ? 'is not a regular file (a symbolic link or a submodule)' : 'is not');
    }
    if (entry.size > MAX_TRUSTED_FILE_BYTES)
        throw missing(`is larger than ${MAX_TRUSTED_FILE_BYTES} bytes`);
    const text = await origin.tree.read(entry, MAX_TRUSTED_FILE_BYTES);
    if (worktree !== text)
        logger.warning(`${option}: ${rel} changed by this pull request is not trusted; the base branch's version (${short}) is used`, { file: rel, line: 1 });
    run.dir ??= (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(env.RUNNER_TEMP || node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir(), 'fremforge-trusted-'));
    const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(await run.dir, `${index}-${FILE_NAME[input]}`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, text, { mode: 0o600 });
    return file;
}


/***/ })

};
