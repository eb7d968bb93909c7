export const id = 533;
export const ids = [533,313];
export const modules = {

/***/ 51086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Mf: () => (/* reexport */ createVerdictCache),
  cF: () => (/* reexport */ directorySecret),
  P7: () => (/* reexport */ directoryStore),
  Rn: () => (/* reexport */ normalisePolicy),
  dC: () => (/* reexport */ policyFingerprint),
  fg: () => (/* reexport */ sha256Hex),
  JB: () => (/* reexport */ stableStringify)
});

// UNUSED EXPORTS: DIR_MAC_FILE, MAX_ENTRY_BYTES, VERIFIER_VERSION, dirDigest, keepSealedDir, openEntry, repositoryKey, sealDir, sealEntry

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/cache/fingerprint.ts

/**
 * Bump when a change to verification could turn an old `verified` into something else: every
 * cached verdict made by another version is then a miss.
 */
const VERIFIER_VERSION = 'fremforge-cosign/0.1.0 verdict-cache/2';
/** JSON with object keys sorted and undefined dropped, so equal values hash equally. */
function stableStringify(value) {
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value) ?? 'null';
    if (Array.isArray(value))
        return `[${value.map(stableStringify).join(',')}]`;
    const entries = Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
}
function sha256Hex(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}
/**
 * Policy fields that cannot change a verdict, only whether it counts as a finding. Every other
 * field, present or added later, is part of the fingerprint: forgetting one here costs a cache
 * miss, while forgetting one in a list of included fields replayed a lax verdict to a strict run
 * (security review finding 3: `signaturePredicates`, `attestations` and `identities` were left out).
 */
const NOT_VERDICT_FIELDS = new Set(['requireSigned', 'requirePinned']);
/**
 * The rules that decide a verdict, normalised: the whole policy minus NOT_VERDICT_FIELDS, sets
 * sorted and deduplicated, and the key reduced to a hash of its base64 body.
 */
function normalisePolicy(policy) {
    const out = Object.fromEntries(Object.entries(policy).filter(([k]) => !NOT_VERDICT_FIELDS.has(k)));
    out.issuerAllowlist = [...new Set(policy.issuerAllowlist)].sort();
    out.key = policy.key === undefined ? undefined : sha256Hex(policy.key.replace(/-----[A-Z ]+-----|\s/g, ''));
    if (policy.signaturePredicates)
        out.signaturePredicates = [...new Set(policy.signaturePredicates)].sort();
    return out;
}
/**
 * The fingerprint of the effective rules for one image. The one place that knows the policy
 * model: per-image policies point this at the rules that govern the image.
 */
function policyFingerprint(policy) {
    return sha256Hex(stableStringify(normalisePolicy(policy)));
}

;// CONCATENATED MODULE: ./src/cache/entry.ts


/** Largest entry we read; anything bigger is not ours. */
const MAX_ENTRY_BYTES = 64 * 1024;
function mac(hmacKey, body) {
    return (0,external_node_crypto_.createHmac)('sha256', hmacKey).update(stableStringify(body)).digest('hex');
}
function sealEntry(entry, hmacKey) {
    return JSON.stringify({ ...entry, mac: mac(hmacKey, entry) });
}
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * Reads a sealed entry and trusts it only when its MAC holds, it is for exactly this key, it
 * says `verified`, and it is younger than the TTL. Anything else is a miss, never an error.
 */
function openEntry(text, o) {
    if (Buffer.byteLength(text) > MAX_ENTRY_BYTES)
        return 'too-large';
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        return 'malformed';
    }
    if (!isRecord(parsed) || typeof parsed.mac !== 'string' || !/^[0-9a-f]{64}$/.test(parsed.mac))
        return 'malformed';
    const { mac: given, ...body } = parsed;
    if (body.v !== 1 || !isRecord(body.key) || !isRecord(body.verdict) || typeof body.firstVerifiedAt !== 'string')
        return 'malformed';
    const entry = body;
    if (!(0,external_node_crypto_.timingSafeEqual)(Buffer.from(mac(o.hmacKey, entry), 'hex'), Buffer.from(given, 'hex')))
        return 'bad-mac';
    if (stableStringify(entry.key) !== stableStringify(o.expected))
        return 'other-key';
    const v = entry.verdict;
    if (v.status !== 'verified' || v.signed !== true || v.name !== o.expected.name || v.digest !== o.expected.digest)
        return 'not-verified';
    const first = Date.parse(entry.firstVerifiedAt);
    if (Number.isNaN(first))
        return 'malformed';
    // A minute of clock skew between runners; later than that is not a time we wrote.
    if (first > o.now.getTime() + 60_000)
        return 'future';
    if (o.now.getTime() - first >= o.ttlMs)
        return 'expired';
    return entry;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/cache/store.ts




const checkId = (id) => {
    if (!/^[0-9a-f]{64}$/.test(id))
        throw new Error(`cache: expected a sha256 hex id, found '${id}'`);
    return id;
};
/** One file per entry under `dir`, written atomically (temp file + rename). */
function directoryStore(dir) {
    const file = (id) => external_node_path_default().join(dir, `${checkId(id)}.json`);
    return {
        async get(id) {
            let handle;
            try {
                handle = await (0,promises_.open)(file(id), 'r');
            }
            catch {
                return undefined;
            }
            try {
                const buffer = Buffer.alloc(MAX_ENTRY_BYTES + 1);
                const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
                return buffer.subarray(0, bytesRead).toString('utf8');
            }
            finally {
                await handle.close();
            }
        },
        async put(id, text) {
            await (0,promises_.mkdir)(dir, { recursive: true, mode: 0o700 });
            const tmp = external_node_path_default().join(dir, `.${id}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
            await (0,promises_.writeFile)(tmp, text, { mode: 0o600 });
            await (0,promises_.rename)(tmp, file(id));
        }
    };
}
/**
 * The CLI's secret for the HMAC: random, created once per cache directory, readable only by the
 * user. Whoever can write the directory can read it too, so this detects corruption and entries
 * copied between directories, not a local user who owns the cache.
 */
async function directorySecret(dir) {
    const file = external_node_path_default().join(dir, 'secret');
    try {
        const text = await (0,promises_.readFile)(file, 'utf8');
        if (/^[0-9a-f]{64}$/.test(text.trim()))
            return Buffer.from(text.trim(), 'hex');
    }
    catch {
        // first use
    }
    await (0,promises_.mkdir)(dir, { recursive: true, mode: 0o700 });
    const secret = (0,external_node_crypto_.randomBytes)(32);
    try {
        await (0,promises_.writeFile)(file, secret.toString('hex'), { mode: 0o600, flag: 'wx' });
        return secret;
    }
    catch (e) {
        // Another process created it first: use theirs.
        if (e.code !== 'EEXIST')
            throw e;
        return Buffer.from((await (0,promises_.readFile)(file, 'utf8')).trim(), 'hex');
    }
}

;// CONCATENATED MODULE: ./src/cache/dir-digest.ts



/** The seal's own file, left out of the digest it seals. */
const DIR_MAC_FILE = '.fremforge-cache-mac';
/**
 * What dirDigest gives for a directory holding anything but regular files and directories
 * (a symlink, a FIFO): no content digest covers where a link points, so it is never sealed or kept.
 */
const UNSEALABLE = 'unsealable';
/** sha256 over every file's relative path and content under `dir` ('' when it does not exist). */
async function dirDigest(dir) {
    let names;
    try {
        const entries = await readdir(dir, { recursive: true, withFileTypes: true });
        if (entries.some(d => !d.isFile() && !d.isDirectory()))
            return UNSEALABLE;
        names = entries
            .filter(d => d.isFile())
            .map(d => path.relative(dir, path.join(d.parentPath, d.name)))
            .filter(name => name !== DIR_MAC_FILE);
    }
    catch {
        return '';
    }
    const hash = createHash('sha256');
    for (const name of names.sort())
        hash.update(`${name}\0`).update(await readFile(path.join(dir, name))).update('\0');
    return hash.digest('hex');
}
const macOf = (key, digest) => createHmac('sha256', key).update(`fremforge-cosign/dir/v1\0${digest}`).digest('hex');
/** Writes an HMAC over the directory's current content into it. */
async function sealDir(dir, key) {
    const digest = await dirDigest(dir);
    if (digest === UNSEALABLE)
        return;
    await writeFile(path.join(dir, DIR_MAC_FILE), macOf(key, digest), { mode: 0o600 });
}
/**
 * Keeps a restored directory only when its seal holds; otherwise empties it, so nothing
 * unsealed (a poisoned cache entry) is ever read. Returns whether the content was kept.
 */
async function keepSealedDir(dir, key) {
    const digest = await dirDigest(dir);
    if (digest === '')
        return false;
    if (digest === UNSEALABLE) {
        await rm(dir, { recursive: true, force: true });
        return false;
    }
    const given = await readFile(path.join(dir, DIR_MAC_FILE), 'utf8').catch(() => '');
    const expected = macOf(key, digest);
    if (given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected)))
        return true;
    await rm(dir, { recursive: true, force: true });
    return false;
}

;// CONCATENATED MODULE: ./src/cache/verdict-cache.ts



/** HMAC key for one repository: a repository never accepts another's entries. */
function repositoryKey(secret, repository) {
    return (0,external_node_crypto_.createHmac)('sha256', secret).update(`fremforge-cosign/verdict-cache/v1\0${repository}`).digest();
}
function createVerdictCache(o) {
    const hmacKey = repositoryKey(o.secret, o.repository);
    const now = o.now ?? (() => new Date());
    const stats = { hits: 0, misses: 0, rejected: 0, stored: 0 };
    const keyOf = (t) => ({
        name: t.name,
        digest: t.digest,
        policy: o.policyFingerprintOf(t),
        trust: o.trustFingerprint,
        verifier: VERIFIER_VERSION
    });
    const idOf = (key) => sha256Hex(stableStringify(key));
    return {
        async lookup(target) {
            if (o.ttlMs <= 0)
                return undefined;
            const expected = keyOf(target);
            const text = await o.store.get(idOf(expected)).catch(() => undefined);
            if (text === undefined) {
                stats.misses++;
                return undefined;
            }
            const entry = openEntry(text, { hmacKey, expected, now: now(), ttlMs: o.ttlMs });
            if (typeof entry === 'string') {
                stats.rejected++;
                stats.misses++;
                o.onReject?.(target, entry);
                return undefined;
            }
            stats.hits++;
            return { ...entry.verdict, cached: true, firstVerifiedAt: entry.firstVerifiedAt, details: `${entry.verdict.details} (from the verification cache: first verified ${entry.firstVerifiedAt})` };
        },
        async remember(target, verdict) {
            if (o.ttlMs <= 0 || verdict.status !== 'verified' || !verdict.signed || verdict.cached)
                return;
            if (verdict.name !== target.name || verdict.digest !== target.digest)
                return;
            const key = keyOf(target);
            const stored = { ...verdict };
            delete stored.cached;
            delete stored.firstVerifiedAt;
            await o.store.put(idOf(key), sealEntry({ v: 1, key, verdict: stored, firstVerifiedAt: now().toISOString() }, hmacKey));
            stats.stored++;
        },
        stats: () => ({ ...stats })
    };
}

;// CONCATENATED MODULE: ./src/cache/index.ts







/***/ }),

/***/ 23694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cacheSecret: () => (/* binding */ cacheSecret),
  defaultCacheDir: () => (/* binding */ defaultCacheDir),
  withCacheFromConfig: () => (/* binding */ withCacheFromConfig)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/cache/index.ts + 5 modules
var src_cache = __webpack_require__(51086);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/engine/cached-verifier.ts
/**
 * Consults the cache before the verifier: a hit answers without a single registry request; a
 * fresh `verified` verdict is remembered. A failing cache write never changes the verdict.
 */
function withVerdictCache(verifier, cache, onError) {
    // Everything else the verifier does (binding credentials to the run's registries, attestations) stays as it is.
    return {
        ...verifier,
        async verify(target) {
            const hit = await cache.lookup(target);
            if (hit)
                return hit;
            const verdict = await verifier.verify(target);
            await cache.remember(target, verdict).catch(e => onError?.(e));
            return verdict;
        },
        resolveDigest: (name, tag) => verifier.resolveDigest(name, tag)
    };
}

;// CONCATENATED MODULE: ./src/engine/cache-setup.ts





/** The CLI's default: the user's cache directory (XDG_CACHE_HOME, else ~/.cache). */
function defaultCacheDir(env, homedir = external_node_os_default().homedir()) {
    return external_node_path_default().join(env.XDG_CACHE_HOME || external_node_path_default().join(homedir, '.cache'), 'fremforge-cosign', 'verdicts');
}
/** The HMAC secret of the cache, or undefined (with a warning) when the directory cannot hold one. */
async function cacheSecret(config, setup) {
    try {
        return setup.secret ?? (config.cacheSecret !== undefined ? Buffer.from(config.cacheSecret) : await (0,src_cache/* directorySecret */.cF)(setup.dir));
    }
    catch (e) {
        setup.logger.warning(`verification cache off: cannot use ${setup.dir}: ${(0,errors/* messageOf */.bD)(e)}`);
        return undefined;
    }
}
/**
 * Wraps the run's verifier in the verification cache, unless `cache-ttl` is 0. Today one policy
 * governs every image; with a policy file see policy-cache.ts (the rules for each image).
 */
async function withCacheFromConfig(verifier, config, setup) {
    if (config.cacheTtlMs <= 0)
        return { verifier };
    const secret = await cacheSecret(config, setup);
    if (!secret)
        return { verifier };
    const fingerprint = (0,src_cache/* policyFingerprint */.dC)(verifier.policy);
    const cache = (0,src_cache/* createVerdictCache */.Mf)({
        store: (0,src_cache/* directoryStore */.P7)(setup.dir),
        secret,
        repository: setup.repository,
        ttlMs: config.cacheTtlMs,
        trustFingerprint: verifier.trustFingerprint,
        policyFingerprintOf: () => fingerprint,
        onReject: (t, reason) => setup.logger.debug(`verification cache: ignored the entry for ${t.name}@${t.digest} (${reason})`)
    });
    const onError = (e) => setup.logger.debug(`verification cache: could not store a verdict: ${(0,errors/* messageOf */.bD)(e)}`);
    return { verifier: withVerdictCache(verifier, cache, onError), cache };
}


/***/ }),

/***/ 2533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   policyTrustFingerprint: () => (/* binding */ policyTrustFingerprint),
/* harmony export */   withPolicyCache: () => (/* binding */ withPolicyCache)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cache_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51086);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70345);
/* harmony import */ var _trust_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(60802);
/* harmony import */ var _cache_setup_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(23694);
/* harmony import */ var _policy_config_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(28961);







/**
 * What was trusted: the run's trust material (trusted-root input or TUF) and every trusted_root.json
 * an authority names (keyless.trustedRoot), by content. Keys are part of the rules themselves.
 */
async function policyTrustFingerprint(set, config, setup) {
    const base = await (0,_trust_index_js__WEBPACK_IMPORTED_MODULE_4__/* .loadTrust */ .Vc)({ trustedRoot: config.trustedRoot, tufMirror: config.tufMirror, tufRoot: config.tufRoot, offline: config.offline, logger: setup.logger, timeoutMs: config.timeoutMs });
    const roots = [...new Set(set.policies.flatMap(p => p.authorities.flatMap(a => (a.type === 'keyless' && a.trustedRoot ? [a.trustedRoot] : []))))].sort();
    const contents = await Promise.all(roots.map(async (file) => `${file}\0${(0,_cache_index_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Hex */ .fg)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'))}`));
    return (0,_cache_index_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Hex */ .fg)([base.fingerprint, ...contents].join('\n'));
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
    const secret = await (0,_cache_setup_js__WEBPACK_IMPORTED_MODULE_5__.cacheSecret)(config, setup);
    if (!secret)
        return { policy };
    let trustFingerprint;
    try {
        trustFingerprint = await policyTrustFingerprint(policy.set, config, setup);
    }
    catch (e) {
        setup.logger.warning(`verification cache off: cannot fingerprint the trust material: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(e)}`);
        return { policy };
    }
    const shared = (0,_cache_index_js__WEBPACK_IMPORTED_MODULE_1__/* .normalisePolicy */ .Rn)((0,_policy_config_js__WEBPACK_IMPORTED_MODULE_6__/* .policyFromConfig */ .n)(config));
    const cache = (0,_cache_index_js__WEBPACK_IMPORTED_MODULE_1__/* .createVerdictCache */ .Mf)({
        store: (0,_cache_index_js__WEBPACK_IMPORTED_MODULE_1__/* .directoryStore */ .P7)(setup.dir),
        secret,
        repository: setup.repository,
        ttlMs: config.cacheTtlMs,
        trustFingerprint,
        policyFingerprintOf: t => {
            const { tag, at } = t;
            return (0,_cache_index_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Hex */ .fg)((0,_cache_index_js__WEBPACK_IMPORTED_MODULE_1__/* .stableStringify */ .JB)({ rules: (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_3__/* .policyFingerprint */ .dC)(policy.set, { name: t.name, digest: t.digest, tag }, at), shared }));
        },
        onReject: (t, reason) => setup.logger.debug(`verification cache: ignored the entry for ${t.name}@${t.digest} (${reason})`)
    });
    const evaluate = async (image, now) => {
        const target = { name: image.name, digest: image.digest, tag: image.tag, at: now };
        const hit = await cache.lookup(target);
        if (hit)
            return hit;
        const verdict = await (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_3__/* .evaluateImage */ .d3)(policy.set, image, policy.check, now);
        await cache.remember(target, verdict).catch(e => setup.logger.debug(`verification cache: could not store a verdict: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(e)}`));
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

/***/ 60802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
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
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
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
    if (options.rootPath !== undefined) {
        try {
            await (0,promises_.access)(options.rootPath);
        }
        catch (cause) {
            throw new TrustError('TRUST_ROOT_NOT_FOUND', `expected a readable TUF root.json at ${options.rootPath}, found none`, {
                cause,
                details: { path: options.rootPath }
            });
        }
    }
    let text;
    try {
        const client = await (0,tuf_dist.initTUF)({
            mirrorURL: options.mirrorURL,
            rootPath: options.rootPath,
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
async function readTrustedRootFile(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (cause) {
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
        return { root: await readTrustedRootFile(options.trustedRoot), source: 'trusted-root-file', location: options.trustedRoot };
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
