export const id = 408;
export const ids = [408];
export const modules = {

/***/ 38954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lj: () => (/* binding */ firstVerified),
/* harmony export */   gg: () => (/* binding */ createAuthorityCheck)
/* harmony export */ });
/* unused harmony exports attestationRequirementsOf, attestedByAnyKey, allVerified */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54187);
/* harmony import */ var _cosign_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43755);
/* harmony import */ var _trust_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60802);
/* harmony import */ var _policy_config_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(28961);
/* harmony import */ var _trusted_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(81759);






/**
 * An authority's required attestations as the attestation verifier's requirements: signed by the
 * authority (or by the attestation's own Kyverno attestors), conditions evaluated.
 */
function attestationRequirementsOf(authority) {
    return authority.attestations.map(a => ({
        predicateType: a.predicateType,
        ...(a.conditions?.blocks ? { conditions: a.conditions.blocks } : {}),
        ...(a.attestors ? { authorities: a.attestors } : {})
    }));
}
/**
 * The rules of one authority as the cosign verifier's Policy: no flat identity rules, only its
 * own. Its attestations are required on top of its signature (policy-controller checks them
 * instead of a signature; here an attestation is never a signature, see the README).
 */
function authorityPolicy(config, authority, extra) {
    const flat = (0,_policy_config_js__WEBPACK_IMPORTED_MODULE_5__/* .policyFromConfig */ .n)(config);
    return {
        ...flat,
        attestations: [...(flat.attestations ?? []), ...attestationRequirementsOf(authority)],
        issuerAllowlist: [],
        certificateIdentity: undefined,
        certificateIdentityRegexp: undefined,
        certificateOidcIssuer: undefined,
        certificateOidcIssuerRegexp: undefined,
        githubWorkflow: {},
        key: undefined,
        insecureIgnoreTlog: false,
        ...extra
    };
}
const FAILURE_ORDER = ['missing-attestation', 'untrusted-signer', 'invalid-signature', 'auth-error', 'rate-limited', 'registry-error', 'not-found', 'error', 'unsigned'];
/** Any one verifier verifies; otherwise the most telling failure (keys of a rotation). */
async function firstVerified(verifiers, target) {
    const verdicts = [];
    for (const v of verifiers) {
        const verdict = await v.verify(target);
        if (verdict.status === 'verified')
            return verdict;
        verdicts.push(verdict);
    }
    const rank = (v) => {
        const i = FAILURE_ORDER.indexOf(v.status);
        return i === -1 ? FAILURE_ORDER.length : i;
    };
    return verdicts.reduce((best, v) => (rank(v) < rank(best) ? v : best));
}
/**
 * A key rotation: the signature held under one key of the authority, but a required attestation
 * did not under that key. Any key of the authority may have signed each attestation; the image
 * passes when every requirement verifies under one of them.
 */
async function attestedByAnyKey(verdict, verifiers, requirements, target) {
    const checks = await Promise.all(verifiers.map(v => v.verifyAttestations(target, [...requirements])));
    const entries = requirements.map(r => checks.flatMap(c => c.entries).find(e => e.required && e.verified && e.predicateType === r.predicateType));
    if (entries.some(e => e === undefined))
        return verdict;
    const found = entries.filter((e) => e !== undefined);
    return {
        ...verdict,
        status: 'verified',
        signed: true,
        attestations: found,
        details: `Signature verified; the required attestations verified under the authority's keys: ${found.map(e => `${e.predicateType} by ${e.signerSubject ?? 'a key'}`).join(', ')}.`
    };
}
/** Every key verifies (each by any of its signature sources); otherwise the first key that does not, named. */
async function allVerified(groups, target) {
    const verdicts = [];
    for (const [i, group] of groups.entries()) {
        const verdict = await firstVerified(group, target);
        if (verdict.status !== 'verified')
            return { ...verdict, details: `key ${i + 1} of ${groups.length} (all are required): ${verdict.details}` };
        verdicts.push(verdict);
    }
    return { ...verdicts[0], details: `${verdicts[0].details} All ${groups.length} keys verified.` };
}
/**
 * Builds the verification of each authority once (trust material and Sigstore verifier per
 * trusted root or key) and asks the registry per image; the policy layer decides.
 */
function createAuthorityCheck(deps) {
    const { config, logger, client } = deps;
    async function trustFor(trustedRoot, key) {
        // The flat trusted-root and tuf-root, like the policy, come from a pull request's base commit.
        const flat = await (0,_trusted_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveTrustedInputs */ .b)(config, logger, ['trustedRoot', 'tufRoot']);
        return (0,_trust_index_js__WEBPACK_IMPORTED_MODULE_3__/* .loadTrustMaterial */ .ak)({ trustedRoot: trustedRoot ?? flat.trustedRoot, tufMirror: config.tufMirror, tufRoot: flat.tufRoot, offline: config.offline, key, logger, timeoutMs: config.timeoutMs });
    }
    /** One verifier per signature repository: the image's own, or each `source.oci` (any one suffices). */
    function perSource(authority, options) {
        if (authority.source.length === 0)
            return [(0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_2__/* .createCosignVerifier */ .y8)({ ...options, client, logger })];
        return authority.source.map(s => (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_2__/* .createCosignVerifier */ .y8)({ ...options, client, logger, signatureRepository: (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_2__/* .repoOf */ .A5)(s.oci) }));
    }
    async function keyless(authority) {
        const policy = authorityPolicy(config, authority, { identities: authority.identities });
        const trust = await trustFor(authority.trustedRoot, undefined);
        return perSource(authority, { verifier: new _sigstore_verify__WEBPACK_IMPORTED_MODULE_1__/* .Verifier */ .BL(trust), trust, policy });
    }
    /** Verifiers per key (each key: one per signature source). */
    async function perKey(authority) {
        const out = [];
        for (const source of authority.keys) {
            if (!('data' in source))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AppError */ .uV('POLICY_INTERNAL', `key path ${source.path} was not resolved when the policy was loaded`);
            const trust = await trustFor(undefined, source.data);
            const thresholds = authority.tlog ? { tlogThreshold: 1, timestampThreshold: 1 } : { tlogThreshold: 0, timestampThreshold: 0 };
            const verifier = new _sigstore_verify__WEBPACK_IMPORTED_MODULE_1__/* .Verifier */ .BL(trust, { ...thresholds, ctlogThreshold: 0 });
            const policy = authorityPolicy(config, authority, { key: source.data, insecureIgnoreTlog: !authority.tlog });
            out.push(perSource(authority, { verifier, trust, policy, keyIdentity: (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_2__/* .keyId */ .xs)(source.data) }));
        }
        return out;
    }
    const built = new WeakMap();
    const verifiersOf = (authority) => {
        let verifiers = built.get(authority);
        if (!verifiers)
            built.set(authority, (verifiers = authority.type === 'key' ? perKey(authority) : keyless(authority).then(v => [v])));
        return verifiers;
    };
    return async (image, authority) => {
        if (authority.type === 'static')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AppError */ .uV('POLICY_INTERNAL', 'static authorities are decided by the policy layer');
        const groups = await verifiersOf(authority);
        if (authority.type === 'key' && authority.allKeys)
            return allVerified(groups, image);
        const verdict = await firstVerified(groups.flat(), image);
        if (verdict.status !== 'missing-attestation' || groups.length < 2)
            return verdict;
        return attestedByAnyKey(verdict, groups.flat(), [...((0,_policy_config_js__WEBPACK_IMPORTED_MODULE_5__/* .policyFromConfig */ .n)(config).attestations ?? []), ...attestationRequirementsOf(authority)], image);
    };
}


/***/ }),

/***/ 63408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createPolicyRun: () => (/* binding */ createPolicyRun)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/cosign/index.ts + 40 modules
var cosign = __webpack_require__(43755);
// EXTERNAL MODULE: ./src/engine/authority-check.ts
var authority_check = __webpack_require__(38954);
// EXTERNAL MODULE: ./src/engine/credentials.ts
var credentials = __webpack_require__(83656);
;// CONCATENATED MODULE: ./src/engine/memo-client.ts
/** Entries kept: a few images' worth of signature lookups (the authorities of one image share them). */
const DEFAULT_MEMO_ENTRIES = 512;
/**
 * A registry client that answers repeated reads from memory. With per-image policy every
 * authority (and every key of a rotation) looks at the same signature tag, referrers and blobs of
 * an image; this makes that one lookup. Answers (and failures) are kept as promises, oldest
 * dropped first; writes pass through.
 */
function memoizeReads(client, maxEntries = DEFAULT_MEMO_ENTRIES) {
    const memo = new Map();
    function once(key, load) {
        const hit = memo.get(key);
        if (hit)
            return hit;
        const value = load();
        memo.set(key, value);
        if (memo.size > maxEntries)
            memo.delete(memo.keys().next().value);
        return value;
    }
    const at = (repo, ref, options) => `${repo.registry}/${repo.repository} ${ref} ${options === undefined ? '' : JSON.stringify(options)}`;
    const reads = {
        getManifest: (repo, reference, options) => once(`m ${at(repo, reference, options)}`, () => client.getManifest(repo, reference, options)),
        headManifest: (repo, reference, options) => once(`h ${at(repo, reference, options)}`, () => client.headManifest(repo, reference, options)),
        getBlob: (repo, digest, options) => once(`b ${at(repo, digest, options)}`, () => client.getBlob(repo, digest, options)),
        listReferrers: (repo, subject, artifactType) => once(`r ${at(repo, subject, artifactType)}`, () => client.listReferrers(repo, subject, artifactType))
    };
    // Every other method is the client's own. A Proxy, not a spread: the run's client may itself be
    // a Proxy (credentials bound once the scan is done) with no own properties to spread.
    return new Proxy(client, {
        get(target, prop, receiver) {
            if (typeof prop === 'string' && prop in reads)
                return reads[prop];
            const value = Reflect.get(target, prop, receiver);
            return typeof value === 'function' ? value.bind(target) : value;
        }
    });
}

// EXTERNAL MODULE: ./src/engine/policy-files.ts
var policy_files = __webpack_require__(10752);
;// CONCATENATED MODULE: ./src/engine/policy-run.ts






/**
 * Loads the `policy` input and builds per-authority verification over one registry client. With
 * `env` (the action, the CLI) a pull request's policy is read from its base commit.
 */
async function createPolicyRun(config, logger, env) {
    const set = await (0,policy_files/* loadPolicyFiles */.g)({ patterns: config.policy, workspace: config.workspace, noMatch: config.noMatch, logger, env, requireSigned: config.requireSigned, timeoutMs: config.timeoutMs });
    const scoped = (0,credentials/* registryClientFor */.CA)(config, logger);
    const client = memoizeReads(scoped);
    const check = (0,authority_check/* createAuthorityCheck */.gg)({ config, logger, client });
    const verifier = {
        verify: () => Promise.reject(new errors/* AppError */.uV('POLICY_INTERNAL', 'with a policy, images are verified per authority')),
        resolveDigest: async (name, tag) => (await client.headManifest((0,cosign/* repoOf */.A5)(name), tag)).digest,
        // Explicit credentials go only to the registry they are for, known once the scan has run (issue 11).
        bindRegistries: hosts => scoped.bindRegistries(hosts)
    };
    return { policy: { set, check }, verifier, client };
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
