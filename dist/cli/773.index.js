export const id = 773;
export const ids = [773];
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


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ns: () => (/* binding */ cacheSecret),
  $g: () => (/* binding */ defaultCacheDir),
  tP: () => (/* binding */ withCacheFromConfig)
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

/***/ 33773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createImageVerifier: () => (/* binding */ createImageVerifier),
  createPolicyRun: () => (/* binding */ createPolicyRun),
  defaultCacheDir: () => (/* reexport */ cache_setup/* defaultCacheDir */.$g),
  groupRefs: () => (/* reexport */ targets/* groupRefs */.e),
  mapBounded: () => (/* reexport */ targets/* mapBounded */.y),
  policyFromConfig: () => (/* reexport */ policy_config/* policyFromConfig */.n),
  runAttest: () => (/* binding */ runAttest),
  runExplain: () => (/* reexport */ runExplain),
  runScan: () => (/* reexport */ runScan),
  runSign: () => (/* binding */ runSign),
  runVerify: () => (/* binding */ runVerify),
  withCacheFromConfig: () => (/* reexport */ cache_setup/* withCacheFromConfig */.tP),
  withPolicyCache: () => (/* binding */ withPolicyCache)
});

// EXTERNAL MODULE: ./src/scan/index.ts + 26 modules
var src_scan = __webpack_require__(65536);
// EXTERNAL MODULE: ./src/engine/targets.ts
var targets = __webpack_require__(91832);
;// CONCATENATED MODULE: ./src/engine/scan-run.ts


async function runScan(config, logger) {
    const root = config.path ?? config.workspace;
    const scan = await (0,src_scan.scanWorkspace)({ root, include: config.include, exclude: config.exclude, maxFileSize: config.maxFileSize }, logger);
    for (const u of scan.unscanned)
        logger.warning(`not scanned (${u.code}): ${u.reason}; any image it references is not listed`, u.line === undefined ? { file: u.file } : { file: u.file, line: u.line });
    const grouped = (0,targets/* groupRefs */.e)(scan.refs);
    return { scan, images: grouped.targets.length, unpinned: scan.refs.filter(r => !r.digest).length };
}

// EXTERNAL MODULE: ./src/policy/index.ts + 19 modules
var policy = __webpack_require__(70345);
// EXTERNAL MODULE: ./src/reference/index.ts + 5 modules
var reference = __webpack_require__(14319);
// EXTERNAL MODULE: ./src/engine/policy-files.ts
var policy_files = __webpack_require__(10752);
;// CONCATENATED MODULE: ./src/engine/explain-run.ts




/** The action's `mode: explain`: the `images` input and, with `path`, every scanned reference. Offline. */
async function runExplain(config, logger, now = () => new Date(), env) {
    // With `env`, a pull request's policy comes from its base commit, as for verify.
    const set = await (0,policy_files/* loadPolicyFiles */.g)({ patterns: config.policy, workspace: config.workspace, noMatch: config.noMatch, logger, env, timeoutMs: config.timeoutMs });
    const seen = new Map();
    for (const image of config.images) {
        const r = (0,reference/* parseNormalizedNamed */.oS)(image);
        seen.set(image, { name: r.name, tag: r.tag, digest: r.digest });
    }
    if (config.path) {
        const scan = await (0,src_scan.scanWorkspace)({ root: config.path, include: config.include, exclude: config.exclude, maxFileSize: config.maxFileSize }, logger);
        for (const ref of scan.refs)
            if (!seen.has(ref.ref))
                seen.set(ref.ref, { name: ref.name, tag: ref.tag, digest: ref.digest });
    }
    for (const u of set.policies.flatMap(p => p.unenforceable))
        logger.warning(`policy ${u.policy} is not enforceable: ${u.field}: ${u.reason}`, { file: u.position.file, line: u.position.line });
    return [...seen].map(([written, image]) => (0,policy/* explainImage */.Zu)(set, image, written, now()));
}

// EXTERNAL MODULE: ./src/engine/cache-setup.ts + 1 modules
var cache_setup = __webpack_require__(23694);
// EXTERNAL MODULE: ./src/engine/policy-config.ts
var policy_config = __webpack_require__(28961);
;// CONCATENATED MODULE: ./src/engine/index.ts





const runVerify = async (...args) => (await Promise.all(/* import() */[__webpack_require__.e(1), __webpack_require__.e(116), __webpack_require__.e(382), __webpack_require__.e(315)]).then(__webpack_require__.bind(__webpack_require__, 32315))).runVerify(...args);
const runSign = async (...args) => (await Promise.all(/* import() */[__webpack_require__.e(1), __webpack_require__.e(116), __webpack_require__.e(694), __webpack_require__.e(382), __webpack_require__.e(759), __webpack_require__.e(789)]).then(__webpack_require__.bind(__webpack_require__, 95789))).runSign(...args);
const runAttest = async (...args) => (await Promise.all(/* import() */[__webpack_require__.e(1), __webpack_require__.e(116), __webpack_require__.e(694), __webpack_require__.e(382), __webpack_require__.e(759), __webpack_require__.e(18)]).then(__webpack_require__.bind(__webpack_require__, 17637))).runAttest(...args);
const createImageVerifier = async (...args) => (await Promise.all(/* import() */[__webpack_require__.e(1), __webpack_require__.e(116), __webpack_require__.e(694), __webpack_require__.e(382), __webpack_require__.e(759), __webpack_require__.e(946)]).then(__webpack_require__.bind(__webpack_require__, 15946))).createImageVerifier(...args);
const createPolicyRun = async (...args) => (await Promise.all(/* import() */[__webpack_require__.e(1), __webpack_require__.e(116), __webpack_require__.e(694), __webpack_require__.e(382), __webpack_require__.e(759), __webpack_require__.e(408)]).then(__webpack_require__.bind(__webpack_require__, 63408))).createPolicyRun(...args);
const withPolicyCache = async (...args) => (await Promise.all(/* import() */[__webpack_require__.e(1), __webpack_require__.e(694), __webpack_require__.e(759), __webpack_require__.e(533)]).then(__webpack_require__.bind(__webpack_require__, 2533))).withPolicyCache(...args);


/***/ }),

/***/ 8770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T5: () => (/* binding */ isPullRequestEvent),
/* harmony export */   yU: () => (/* binding */ policyOriginFor)
/* harmony export */ });
/* unused harmony export parseLsTree */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _forge_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77848);


const MAX_LISTING_BYTES = 256 * 1024 * 1024;
const HEX = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
/**
 * GitHub's and Forgejo's pull request events, `pull_request_review` and friends included: each
 * runs on the pull request's code. Decided by the event name alone, so a payload that cannot be
 * read fails closed rather than turning the run into a push.
 */
function isPullRequestEvent(env) {
    const event = env.FORGEJO_EVENT_NAME || env.GITHUB_EVENT_NAME || env.GITEA_EVENT_NAME || '';
    return /^pull_request/.test(event);
}
/** git's stdout up to `max` bytes (more is an error unless `truncate`), bounded in time. */
function git(cwd, args, o) {
    return new Promise((resolve, reject) => {
        // No stdin and only local objects: git cannot prompt; --no-optional-locks keeps it from writing the index.
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['--no-optional-locks', '-C', cwd, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
        const chunks = [];
        let size = 0;
        let stderr = '';
        let done = false;
        const finish = (error) => {
            if (done)
                return;
            done = true;
            clearTimeout(timer);
            if (error)
                reject(error);
            else
                resolve(Buffer.concat(chunks));
        };
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            finish(new Error(`git ${args[0]} took longer than ${o.timeoutMs} ms`));
        }, o.timeoutMs);
        child.stdout.on('data', (chunk) => {
            if (done)
                return;
            const room = o.max - size;
            chunks.push(chunk.subarray(0, Math.max(0, room)));
            size += chunk.length;
            if (size > o.max) {
                child.kill('SIGKILL');
                if (o.truncate)
                    finish();
                else
                    finish(new Error(`git ${args[0]} printed more than ${o.max} bytes`));
            }
        });
        child.stderr.on('data', (chunk) => void (stderr = (stderr + chunk.toString('utf8')).slice(-2000)));
        child.on('error', e => finish(e));
        child.on('close', code => finish(code === 0 ? undefined : new Error(`git ${args[0]} failed (${code}): ${stderr.trim().split('\n').pop() ?? ''}`)));
    });
}
async function gitText(cwd, args, timeoutMs) {
    return (await git(cwd, args, { timeoutMs, max: 64 * 1024 })).toString('utf8').trim();
}
/** Parses `git ls-tree -r -l -z --full-name` output, keeping what lies under `prefix`, relative to it. */
function parseLsTree(out, prefix) {
    const entries = new Map();
    for (const record of out.split('\0')) {
        const m = /^(\d{6}) (\w+) ([0-9a-f]+) +(\d+|-)\t([\s\S]+)$/.exec(record);
        if (!m || !m[5].startsWith(prefix))
            continue;
        entries.set(m[5].slice(prefix.length), { mode: m[1], object: m[3], size: m[4] === '-' ? 0 : Number(m[4]) });
    }
    return entries;
}
/**
 * The origin of the policy for a run: the working tree outside pull requests; in a pull request
 * the tree of its base commit, or `unavailable` and why.
 */
async function policyOriginFor(env, workspace, timeoutMs = 60_000) {
    if (!isPullRequestEvent(env))
        return { kind: 'worktree' };
    const pr = await (0,_forge_index_js__WEBPACK_IMPORTED_MODULE_1__/* .pullRequestFromEnv */ .Gz)(env);
    if (!pr)
        return { kind: 'unavailable', reason: 'the pull request event payload (GITHUB_EVENT_PATH) names no base commit' };
    const commit = pr.baseSha.toLowerCase();
    if (!HEX.test(commit))
        return { kind: 'unavailable', reason: `the pull request's base '${pr.baseSha.slice(0, 80)}' is not a commit id` };
    let prefix;
    try {
        await gitText(workspace, ['cat-file', '-e', `${commit}^{commit}`], timeoutMs);
        prefix = await gitText(workspace, ['rev-parse', '--show-prefix'], timeoutMs);
    }
    catch (e) {
        return { kind: 'unavailable', reason: `the base commit ${commit.slice(0, 12)} is not in the checkout's history (a shallow clone?): ${e.message}` };
    }
    let listing;
    try {
        listing = (await git(workspace, ['ls-tree', '-r', '-l', '-z', '--full-name', commit], { timeoutMs, max: MAX_LISTING_BYTES })).toString('utf8');
    }
    catch (e) {
        return { kind: 'unavailable', reason: `the tree of ${commit.slice(0, 12)} cannot be listed (${e.message})` };
    }
    const tree = {
        commit,
        entries: parseLsTree(listing, prefix),
        read: async (entry, max) => (await git(workspace, ['cat-file', 'blob', entry.object], { timeoutMs, max, truncate: true })).toString('utf8')
    };
    return { kind: 'base', tree };
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

/***/ 10752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ loadPolicyFiles)
/* harmony export */ });
/* harmony import */ var fast_glob__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25648);
/* harmony import */ var fast_glob__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fast_glob__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var micromatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98785);
/* harmony import */ var micromatch__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(micromatch__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83916);
/* harmony import */ var _user_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(93207);
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(70345);
/* harmony import */ var _policy_base_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8770);









const AUTO_IGNORE = ['**/.git/**', '**/node_modules/**'];
const DEFAULT_READ_TIMEOUT_MS = 30_000;
/** What `read` calls a file the `policy` input names (other files are named by a policy's fields). */
const POLICY_INPUT_FILE = 'policy file';
const REFUSED = {
    'not-regular': 'is not a regular file',
    'too-large': `is larger than ${_policy_index_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_POLICY_FILE_BYTES */ .ph} bytes`,
    timeout: 'could not be read within the timeout'
};
function inside(root, target) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_4___default().relative(root, target);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_4___default().isAbsolute(rel));
}
function worktree(workspace, timeoutMs = DEFAULT_READ_TIMEOUT_MS) {
    return {
        glob: patterns => fast_glob__WEBPACK_IMPORTED_MODULE_0___default()(patterns, { cwd: workspace, ignore: AUTO_IGNORE, dot: true, followSymbolicLinks: false, onlyFiles: true }),
        size: async (file) => {
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(node_path__WEBPACK_IMPORTED_MODULE_4___default().join(workspace, file)).catch(() => undefined);
            return info?.isFile() ? info.size : undefined;
        },
        head: async (file, max) => {
            const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(node_path__WEBPACK_IMPORTED_MODULE_4___default().join(workspace, file), 'r').catch(() => undefined);
            if (!handle)
                return '';
            try {
                const { buffer, bytesRead } = await handle.read(Buffer.alloc(max), 0, max, 0);
                return buffer.subarray(0, bytesRead).toString('utf8');
            }
            finally {
                await handle.close();
            }
        },
        read: async (dir, file, what, where) => {
            const absolute = node_path__WEBPACK_IMPORTED_MODULE_4___default().resolve(workspace, dir, file);
            const named = what === POLICY_INPUT_FILE;
            try {
                const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(absolute);
                if (!inside(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(workspace), real))
                    throw new _policy_index_js__WEBPACK_IMPORTED_MODULE_7__/* .PolicyFileError */ .zj('POLICY_FIELD_INVALID', `${what} '${file}' is outside the workspace`, where);
                return { text: await (0,_user_file_js__WEBPACK_IMPORTED_MODULE_6__/* .readUserText */ .nD)(real, { option: named ? 'policy' : what, maxBytes: _policy_index_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_POLICY_FILE_BYTES */ .ph, timeoutMs }), absolute: real };
            }
            catch (e) {
                if (e instanceof _policy_index_js__WEBPACK_IMPORTED_MODULE_7__/* .PolicyFileError */ .zj)
                    throw e;
                // A FIFO, device or directory (it would block or never end), an oversized file, a read past `timeout`:
                // INPUT_INVALID for the file the `policy` input names, the policy field's own error for a file a policy names.
                if (e instanceof _user_file_js__WEBPACK_IMPORTED_MODULE_6__/* .UserFileError */ .Wj && e.problem !== 'missing' && e.problem !== 'unreadable') {
                    if (named)
                        throw e;
                    throw new _policy_index_js__WEBPACK_IMPORTED_MODULE_7__/* .PolicyFileError */ .zj('POLICY_FIELD_INVALID', `${what} '${file}' ${REFUSED[e.problem]}`, where);
                }
                throw new _policy_index_js__WEBPACK_IMPORTED_MODULE_7__/* .PolicyFileError */ .zj('POLICY_FILE_NOT_FOUND', `${what} '${file}' cannot be read (${e.code ?? 'error'})`, where);
            }
        }
    };
}
const REGULAR = new Set(['100644', '100755']);
function baseTree(workspace, tree) {
    const regular = [...tree.entries].filter(([, e]) => REGULAR.has(e.mode)).map(([f]) => f);
    const short = tree.commit.slice(0, 12);
    return {
        glob: async (patterns) => micromatch__WEBPACK_IMPORTED_MODULE_1___default()(regular, patterns, { dot: true, ignore: AUTO_IGNORE }),
        size: async (file) => {
            const entry = tree.entries.get(file);
            return entry && REGULAR.has(entry.mode) ? entry.size : undefined;
        },
        head: async (file, max) => {
            const entry = tree.entries.get(file);
            return entry ? tree.read(entry, max) : '';
        },
        read: async (dir, file, what, where) => {
            const joined = node_path__WEBPACK_IMPORTED_MODULE_4___default().isAbsolute(file) ? node_path__WEBPACK_IMPORTED_MODULE_4___default().relative(workspace, file).split((node_path__WEBPACK_IMPORTED_MODULE_4___default().sep)).join('/') : node_path__WEBPACK_IMPORTED_MODULE_4___default().posix.join(dir, file.split((node_path__WEBPACK_IMPORTED_MODULE_4___default().sep)).join('/'));
            const rel = node_path__WEBPACK_IMPORTED_MODULE_4___default().posix.normalize(joined);
            if (rel.startsWith('../') || rel === '..' || node_path__WEBPACK_IMPORTED_MODULE_4___default().posix.isAbsolute(rel))
                throw new _policy_index_js__WEBPACK_IMPORTED_MODULE_7__/* .PolicyFileError */ .zj('POLICY_FIELD_INVALID', `${what} '${file}' is outside the workspace`, where);
            const entry = tree.entries.get(rel);
            if (!entry || entry.mode.startsWith('04') || entry.mode === '160000')
                throw new _policy_index_js__WEBPACK_IMPORTED_MODULE_7__/* .PolicyFileError */ .zj('POLICY_FILE_NOT_FOUND', `${what} '${file}' is not in the pull request's base commit ${short}`, where);
            if (!REGULAR.has(entry.mode))
                throw new _policy_index_js__WEBPACK_IMPORTED_MODULE_7__/* .PolicyFileError */ .zj('POLICY_FIELD_INVALID', `${what} '${file}' is a symbolic link in the base commit ${short}; name the file itself`, where);
            if (entry.size > _policy_index_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_POLICY_FILE_BYTES */ .ph)
                throw new _policy_index_js__WEBPACK_IMPORTED_MODULE_7__/* .PolicyFileError */ .zj('POLICY_FIELD_INVALID', `${what} '${file}' is larger than ${_policy_index_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_POLICY_FILE_BYTES */ .ph} bytes`, where);
            return { text: await tree.read(entry, _policy_index_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_POLICY_FILE_BYTES */ .ph) };
        }
    };
}
const toPosix = (file) => node_path__WEBPACK_IMPORTED_MODULE_4___default().posix.normalize(file.split((node_path__WEBPACK_IMPORTED_MODULE_4___default().sep)).join('/'));
async function listPolicyFiles(patterns, tree, fromBase) {
    const out = new Map();
    for (const pattern of patterns) {
        if (pattern === 'auto') {
            for (const f of (await tree.glob(['**/*.yaml', '**/*.yml'])).sort())
                if (!out.has(f))
                    out.set(f, 'auto');
            continue;
        }
        if (node_path__WEBPACK_IMPORTED_MODULE_4___default().isAbsolute(pattern) || pattern.split(/[\\/]/).includes('..')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AppError */ .uV('INPUT_INVALID', `option 'policy': expected paths relative to the workspace, found '${pattern}'`, { details: { option: 'policy' } });
        }
        const dynamic = fast_glob__WEBPACK_IMPORTED_MODULE_0___default().isDynamicPattern(pattern);
        const found = dynamic ? await tree.glob(pattern) : [pattern];
        // In a pull request a glob may match only files the pull request adds: those are reported, not an input error.
        if (found.length === 0 && !fromBase)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AppError */ .uV('INPUT_INVALID', `option 'policy': no file matches '${pattern}'`, { details: { option: 'policy' } });
        // One name per file, whichever tree listed it ('./deploy/p.yaml' and 'deploy/p.yaml').
        for (const f of found.map(toPosix).sort())
            if (out.get(f) !== 'path')
                out.set(f, dynamic ? 'glob' : 'path');
    }
    return [...out].map(([file, origin]) => ({ file, origin }));
}
/**
 * Reads the `policy` input into one PolicySet, with key files and trusted roots resolved (relative
 * to the policy file, inside the workspace) so the set is self-contained and its fingerprint covers them.
 * In a pull request everything is read from its base commit (security review finding 1).
 */
async function loadPolicyFiles(options) {
    const origin = options.env ? await (0,_policy_base_js__WEBPACK_IMPORTED_MODULE_8__/* .policyOriginFor */ .yU)(options.env, options.workspace, options.timeoutMs) : { kind: 'worktree' };
    if (origin.kind === 'unavailable') {
        const message = `policy: the pull request's base commit cannot be read, so its policy cannot be either: ${origin.reason}; check out with fetch-depth: 0 (actions/checkout) or fetch the base commit`;
        if (options.requireSigned)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AppError */ .uV('POLICY_BASE_UNAVAILABLE', message, { details: { option: 'policy' } });
        options.logger.warning(`${message}; the pull request's own policy files are not used [POLICY_BASE_UNAVAILABLE]`);
        return (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_7__/* .loadPolicySet */ .ti)([], options.noMatch);
    }
    const work = worktree(options.workspace, options.timeoutMs);
    const tree = origin.kind === 'base' ? baseTree(options.workspace, origin.tree) : work;
    if (origin.kind === 'base')
        options.logger.info(`policy: read from the pull request's base commit ${origin.tree.commit.slice(0, 12)}, not from its working tree`);
    const skipped = (file, why, line = 1) => {
        const message = `policy: auto skipped ${file}: ${why}`;
        if (options.requireSigned)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AppError */ .uV('POLICY_FILE_SKIPPED', `${message}; under require-signed a policy that is not read fails the run`, { details: { file, line } });
        options.logger.warning(message, { file, line });
    };
    const files = [];
    for (const { file, origin: how } of await listPolicyFiles(options.patterns, tree, origin.kind === 'base')) {
        const explicit = how === 'path';
        if (how === 'auto') {
            const size = await tree.size(file);
            if (size === undefined)
                continue;
            const content = await tree.head(file, _policy_index_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_POLICY_FILE_BYTES */ .ph);
            if (!(0,_policy_index_js__WEBPACK_IMPORTED_MODULE_7__/* .mayHoldPolicy */ .D9)(content))
                continue;
            if (size > _policy_index_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_POLICY_FILE_BYTES */ .ph) {
                skipped(file, `larger than ${_policy_index_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_POLICY_FILE_BYTES */ .ph} bytes`);
                continue;
            }
            // A template that is not YAML yet (Helm) is reported and left out, never half-read.
            try {
                (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_7__/* .loadPolicySet */ .ti)([{ file, content, explicit }], options.noMatch);
            }
            catch (e) {
                if (!(e instanceof _policy_index_js__WEBPACK_IMPORTED_MODULE_7__/* .PolicyFileError */ .zj) || e.code !== 'POLICY_YAML_INVALID')
                    throw e;
                skipped(file, e.message, Number(e.details.line));
                continue;
            }
            files.push({ file, content, explicit });
            continue;
        }
        try {
            const { text } = await tree.read('', file, POLICY_INPUT_FILE, { file, line: 1 });
            files.push({ file, content: text, explicit });
        }
        catch (e) {
            // A policy file the pull request adds is reported below; one that exists nowhere is an error.
            if (origin.kind !== 'base' || !(e instanceof _policy_index_js__WEBPACK_IMPORTED_MODULE_7__/* .PolicyFileError */ .zj) || e.code !== 'POLICY_FILE_NOT_FOUND' || (await work.size(file)) === undefined)
                throw e;
        }
    }
    const set = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_7__/* .loadPolicySet */ .ti)(files, options.noMatch);
    const changed = origin.kind === 'base' ? changedReporter(work, tree, options.logger) : undefined;
    for (const policy of set.policies)
        policy.authorities = await Promise.all(policy.authorities.map(a => resolveFiles(a, policy, tree, changed)));
    if (changed)
        await reportChangedPolicies(options.patterns, work, tree, files, changed);
    if (options.patterns.includes('auto'))
        options.logger.info(`policy: auto found ${set.policies.length} policies in ${files.length} files`);
    return set;
}
/** Warns about a file whose working-tree version differs from the base's: the pull request changed it. */
function changedReporter(work, tree, logger) {
    const told = new Set();
    return async (file, what, baseText) => {
        if (told.has(file))
            return;
        const size = await work.size(file);
        if (size === undefined)
            return;
        const text = await work.head(file, _policy_index_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_POLICY_FILE_BYTES */ .ph + 1);
        const base = baseText ?? ((await tree.size(file)) === undefined ? undefined : await tree.head(file, _policy_index_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_POLICY_FILE_BYTES */ .ph + 1));
        if (base === text)
            return;
        told.add(file);
        if (base === undefined)
            logger.warning(`policy: ${file}: ${what} added by this pull request is not trusted; the file is ignored`, { file, line: 1 });
        else
            logger.warning(`policy: ${file}: ${what} changed by this pull request is not trusted; the base branch's version is used`, { file, line: 1 });
    };
}
/** Every policy file the working tree would have given, compared with the base's. */
async function reportChangedPolicies(patterns, work, tree, loaded, report) {
    const candidates = await listPolicyFiles(patterns, work, true).catch(() => []);
    const base = new Map(loaded.map(f => [f.file, f.content]));
    for (const { file, origin } of candidates) {
        if (origin !== 'path' && !(0,_policy_index_js__WEBPACK_IMPORTED_MODULE_7__/* .mayHoldPolicy */ .D9)(await work.head(file, _policy_index_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_POLICY_FILE_BYTES */ .ph)))
            continue;
        await report(file, 'policy', base.get(file));
    }
}
async function resolveFiles(authority, policy, tree, changed) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_4___default().posix.dirname(authority.position.file.split((node_path__WEBPACK_IMPORTED_MODULE_4___default().sep)).join('/'));
    const where = authority.position;
    const read = async (file, what) => {
        const got = await tree.read(dir, file, what, where);
        if (changed && !node_path__WEBPACK_IMPORTED_MODULE_4___default().isAbsolute(file))
            await changed(node_path__WEBPACK_IMPORTED_MODULE_4___default().posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_4___default().posix.join(dir, file)), what.split(' ')[0], got.text);
        return got;
    };
    if (authority.type === 'key') {
        const keys = [];
        for (const key of authority.keys)
            keys.push('path' in key ? { data: (await read(key.path, `key of ${policy.name}/${authority.name}`)).text } : key);
        return { ...authority, keys };
    }
    if (authority.type === 'keyless' && authority.trustedRoot) {
        const got = await read(authority.trustedRoot, `trustedRoot of ${policy.name}/${authority.name}`);
        return { ...authority, trustedRoot: got.absolute ?? (await privateCopy(got.text)) };
    }
    return authority;
}
/** The base's trusted root as a file of its own, for the trust loader that reads a path. */
async function privateCopy(text) {
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_4___default().join(node_os__WEBPACK_IMPORTED_MODULE_3___default().tmpdir(), 'fremforge-policy-base-'));
    const file = node_path__WEBPACK_IMPORTED_MODULE_4___default().join(dir, 'trusted_root.json');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(file, text, { mode: 0o600 });
    return file;
}


/***/ }),

/***/ 91832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ groupRefs),
/* harmony export */   y: () => (/* binding */ mapBounded)
/* harmony export */ });
/** Groups occurrences so every digest is verified once, keeping every occurrence. */
function groupRefs(refs) {
    const targets = new Map();
    const unpinned = new Map();
    for (const ref of refs) {
        if (ref.digest) {
            const key = `${ref.name}@${ref.digest}`;
            let t = targets.get(key);
            if (!t)
                targets.set(key, (t = { name: ref.name, digest: ref.digest, tags: [], refs: [] }));
            if (ref.tag && !t.tags.includes(ref.tag))
                t.tags.push(ref.tag);
            t.refs.push(ref);
        }
        else {
            const key = `${ref.name}:${ref.tag ?? ''}`;
            let u = unpinned.get(key);
            if (!u)
                unpinned.set(key, (u = { name: ref.name, tag: ref.tag, refs: [] }));
            u.refs.push(ref);
        }
    }
    return { targets: [...targets.values()], unpinned: [...unpinned.values()] };
}
/** Runs `work` over `items` with at most `limit` in flight, keeping the input order in the result. */
async function mapBounded(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.min(Math.max(limit, 1), items.length) }, worker));
    return results;
}


/***/ })

};
