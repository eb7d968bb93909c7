export const id = 759;
export const ids = [759];
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


/***/ }),

/***/ 60802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f0: () => (/* reexport */ MAX_TRUST_FILE_BYTES),
  Ru: () => (/* reexport */ TrustError),
  wK: () => (/* reexport */ checkSigstoreUrl),
  hW: () => (/* reexport */ keyOnlyTrustMaterial),
  Vc: () => (/* reexport */ loadTrust),
  ak: () => (/* reexport */ loadTrustMaterial)
});

// UNUSED EXPORTS: PUBLIC_GOOD_MIRROR, defaultTufCachePath, embeddedTrustedRoot, keyFinderFromPem, loadTrustedRoot, publicKeyFromPem, toCheckedTrustMaterial, trustedRootFromJSON, withPublicKey

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
