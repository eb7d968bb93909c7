export const id = 313;
export const ids = [313];
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


/***/ })

};
