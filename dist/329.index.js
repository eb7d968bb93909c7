export const id = 329;
export const ids = [329];
export const modules = {

/***/ 51086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Mf: () => (/* reexport */ createVerdictCache),
  gL: () => (/* reexport */ dirDigest),
  cF: () => (/* reexport */ directorySecret),
  P7: () => (/* reexport */ directoryStore),
  lZ: () => (/* reexport */ keepSealedDir),
  Rn: () => (/* reexport */ normalisePolicy),
  dC: () => (/* reexport */ policyFingerprint),
  Kq: () => (/* reexport */ repositoryKey),
  NT: () => (/* reexport */ sealDir),
  fg: () => (/* reexport */ sha256Hex),
  JB: () => (/* reexport */ stableStringify)
});

// UNUSED EXPORTS: DIR_MAC_FILE, MAX_ENTRY_BYTES, VERIFIER_VERSION, openEntry, sealEntry

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
        const entries = await (0,promises_.readdir)(dir, { recursive: true, withFileTypes: true });
        if (entries.some(d => !d.isFile() && !d.isDirectory()))
            return UNSEALABLE;
        names = entries
            .filter(d => d.isFile())
            .map(d => external_node_path_default().relative(dir, external_node_path_default().join(d.parentPath, d.name)))
            .filter(name => name !== DIR_MAC_FILE);
    }
    catch {
        return '';
    }
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const name of names.sort())
        hash.update(`${name}\0`).update(await (0,promises_.readFile)(external_node_path_default().join(dir, name))).update('\0');
    return hash.digest('hex');
}
const macOf = (key, digest) => (0,external_node_crypto_.createHmac)('sha256', key).update(`fremforge-cosign/dir/v1\0${digest}`).digest('hex');
/** Writes an HMAC over the directory's current content into it. */
async function sealDir(dir, key) {
    const digest = await dirDigest(dir);
    if (digest === UNSEALABLE)
        return;
    await (0,promises_.writeFile)(external_node_path_default().join(dir, DIR_MAC_FILE), macOf(key, digest), { mode: 0o600 });
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
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        return false;
    }
    const given = await (0,promises_.readFile)(external_node_path_default().join(dir, DIR_MAC_FILE), 'utf8').catch(() => '');
    const expected = macOf(key, digest);
    if (given.length === expected.length && (0,external_node_crypto_.timingSafeEqual)(Buffer.from(given), Buffer.from(expected)))
        return true;
    await (0,promises_.rm)(dir, { recursive: true, force: true });
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

/***/ 23525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lw: () => (/* reexport */ OPTIONS),
  py: () => (/* reexport */ OUTPUTS),
  E1: () => (/* reexport */ parseList),
  pE: () => (/* reexport */ resolveConfig)
});

// UNUSED EXPORTS: MODES, findOption, parseBoolean, parseSize

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/policy/index.ts + 19 modules
var policy = __webpack_require__(61467);
// EXTERNAL MODULE: ./src/reference/index.ts + 5 modules
var reference = __webpack_require__(14319);
;// CONCATENATED MODULE: ./src/config/options.ts
const MODES = ['scan', 'verify', 'sign', 'sign-and-verify', 'attest', 'attest-and-verify', 'explain'];
const OPTIONS = [
    { name: 'mode', type: 'enum', choices: MODES, default: 'verify', description: 'What to do: `scan` lists image references, `verify` checks their signatures, `sign` signs `images`, `sign-and-verify` signs then verifies what it signed, `attest` attaches the `predicate` file as a signed attestation to `images` (cosign attest), `attest-and-verify` attests then verifies the attestation, `explain` prints which `policy` governs each image (offline).' },
    { name: 'path', type: 'string', description: 'Directory to scan, relative to the workspace (`GITHUB_WORKSPACE`) or the current directory. Default: the whole workspace, unless `images` is given (then only those images are checked).' },
    { name: 'include', type: 'list', description: 'Glob patterns (one per line or comma-separated) limiting which files are scanned. Empty: every file.' },
    { name: 'exclude', type: 'list', description: 'Glob patterns of files to skip, added to the defaults (`.git`, `node_modules`).' },
    { name: 'max-file-size', type: 'size', default: '5MiB', description: 'Files larger than this are skipped with a warning (bytes, or with a KiB/MiB suffix).' },
    { name: 'images', type: 'list', description: 'Image references to verify or sign (one per line or comma-separated). For `verify`, scanning is skipped unless `path` is also given explicitly.' },
    { name: 'format', type: 'enum', choices: ['table', 'ndjson'], default: 'table', cliOnly: true, description: 'CLI output on stdout: a table for people or one JSON object per line.' },
    { name: 'results-file', type: 'string', description: 'Where to write the NDJSON results. Default: `$RUNNER_TEMP/fremforge-cosign-results.ndjson` (or the system temp directory).' },
    { name: 'policy', type: 'list', description: 'Per-image trust policy: YAML files (paths or globs relative to the workspace) holding `ImagePolicy` (cosign.fremforge.dev/v1alpha1), policy-controller `ClusterImagePolicy` or Kyverno `verifyImages` documents; `auto` loads every such document in the workspace. On pull requests they are read from the base commit, not from the pull request (checkout with fetch-depth: 0). Replaces the identity, issuer and key inputs. See the Policy section.' },
    { name: 'no-match', type: 'enum', choices: ['deny', 'warn', 'allow'], default: 'warn', description: 'With `policy`: what happens to an image no policy matches: `deny` (a finding under require-signed), `warn`, or `allow` (as policy-controller\'s no-match policy).' },
    { name: 'require-signed', type: 'boolean', default: 'false', description: 'When true, every referenced image that is not `verified` is a finding and the step fails. When false, problems are warnings.' },
    { name: 'require-pinned', type: 'boolean', default: 'false', description: 'When true, references without a digest are findings too (otherwise they are listed as `unpinned` warnings).' },
    { name: 'issuer-allowlist', type: 'list', description: 'OIDC issuers accepted for keyless signatures, compared exactly. Empty accepts any issuer Fulcio certified.' },
    { name: 'certificate-identity', type: 'string', description: 'Exact certificate identity (SAN) the signature must carry, like cosign --certificate-identity.' },
    { name: 'certificate-identity-regexp', type: 'string', description: 'Regular expression the certificate identity must match (unanchored, as cosign).' },
    { name: 'certificate-oidc-issuer', type: 'string', description: 'Exact OIDC issuer the certificate must carry.' },
    { name: 'certificate-oidc-issuer-regexp', type: 'string', description: 'Regular expression the OIDC issuer must match (unanchored, as cosign).' },
    { name: 'certificate-github-workflow-repository', type: 'string', description: 'Required GitHub workflow repository claim (`owner/repo`) in the certificate.' },
    { name: 'certificate-github-workflow-ref', type: 'string', description: 'Required GitHub workflow ref claim (e.g. `refs/heads/main`).' },
    { name: 'certificate-github-workflow-trigger', type: 'string', description: 'Required GitHub workflow trigger claim (e.g. `push`).' },
    { name: 'certificate-github-workflow-sha', type: 'string', description: 'Required GitHub workflow commit SHA claim.' },
    { name: 'certificate-github-workflow-name', type: 'string', description: 'Required GitHub workflow name claim.' },
    { name: 'key', type: 'string', description: 'Key-based signatures: for verify, PEM public keys (ECDSA P-256/P-384, Ed25519, RSA) or paths to them, several allowed (one per line; any one verifies, for a rotation); for sign, a cosign private key or PKCS#8 PEM (or the path of a regular file), masked and never echoed.' },
    { name: 'key-password', type: 'string', secret: true, description: 'Password of an encrypted cosign private key. Default: the `COSIGN_PASSWORD` environment variable.' },
    { name: 'annotations', type: 'list', description: 'key=value pairs: for sign, signed into the payload (cosign -a); for verify, required in the signed payload.' },
    { name: 'signature-predicates', type: 'list', description: 'In-toto predicate types (cosign `--type` short names or URIs) accepted as signatures, besides cosign\'s own `https://sigstore.dev/cosign/sign/v1`. Empty by default: an attestation such as a GitHub build provenance is not a signature.' },
    { name: 'attestations', type: 'list', description: 'Predicate types every image must carry as a verified attestation: cosign `--type` short names (`slsaprovenance`, `slsaprovenance02`, `slsaprovenance1`, `spdx`, `spdxjson`, `cyclonedx`, `vuln`, `openvex`, `custom`, `link`) or URIs. Signed under the same identity or key rules as signatures; an image without one is `missing-attestation`.' },
    { name: 'predicate', type: 'string', description: 'For `attest`: path of the predicate file (e.g. an SPDX or CycloneDX SBOM, a SLSA provenance predicate).' },
    { name: 'predicate-type', type: 'string', default: 'custom', description: 'For `attest`: the predicate type, a cosign `--type` short name (`slsaprovenance`, `slsaprovenance1`, `spdxjson`, `cyclonedx`, `vuln`, `openvex`, `custom`…) or a URI.' },
    { name: 'platforms', type: 'enum', choices: ['index', 'all'], default: 'index', description: 'For a multi-arch index: `index` needs a signature on the index, `all` also on every platform manifest.' },
    { name: 'trusted-root', type: 'string', description: 'Path to a `trusted_root.json` for a private Sigstore (Fulcio, Rekor, CT log and TSA keys).' },
    { name: 'tuf-mirror', type: 'string', description: 'URL of a private TUF repository serving the Sigstore trusted root.' },
    { name: 'tuf-root', type: 'string', description: 'Path to the initial `root.json` of the private TUF repository given in `tuf-mirror`.' },
    { name: 'offline', type: 'boolean', default: 'false', description: 'No network for trust material: use `trusted-root`, or the public-good root shipped with the action.' },
    { name: 'insecure-ignore-tlog', type: 'boolean', default: 'false', description: 'Key-based verification only: accept signatures without transparency-log evidence. Insecure; off by default.' },
    { name: 'concurrency', type: 'integer', default: '16', description: 'How many images are verified at the same time (also the most requests in flight per registry).' },
    { name: 'registry', type: 'string', description: 'Registry host the `registry-username`/`registry-password` credentials are for. Required when the workspace is scanned (its files, a pull request\'s included, choose the registries referenced); otherwise default: the only registry the `images` input names. The credentials are never sent to another registry.' },
    { name: 'registry-username', type: 'string', description: 'Registry user name, for registries not covered by the Docker config.' },
    { name: 'registry-password', type: 'string', secret: true, description: 'Registry password or token (masked).' },
    { name: 'insecure-registries', type: 'list', description: 'Registry hosts (host[:port]) that may be reached over plain HTTP. Only those.' },
    { name: 'fremforge-url', type: 'string', default: 'https://frem.sh', description: 'fremforge server that receives the results.' },
    { name: 'api-token', type: 'string', secret: true, description: 'fremforge API token. Default: the `FREMFORGE_API_TOKEN` environment variable. Without a token the upload is skipped.' },
    { name: 'upload', type: 'boolean', default: 'true', description: 'POST the results to fremforge when a token is available.' },
    { name: 'upload-failure', type: 'enum', choices: ['warn', 'fail'], default: 'warn', description: 'What a failed upload does to the step: `warn` or `fail`. The results file is written either way.' },
    { name: 'identity-token', type: 'string', secret: true, description: 'OIDC token for keyless signing. Default: requested from the runner (`id-token: write` on GitHub, `enable-openid-connect: true` on Forgejo).' },
    { name: 'fulcio-url', type: 'string', default: 'https://fulcio.sigstore.dev', description: 'Fulcio certificate authority used for keyless signing.' },
    { name: 'rekor-url', type: 'string', default: 'https://rekor.sigstore.dev', description: 'Rekor transparency log used when signing.' },
    { name: 'tsa-url', type: 'string', description: 'RFC 3161 timestamp authority used when signing (optional).' },
    { name: 'tlog-upload', type: 'boolean', default: 'true', description: 'Record signatures in the transparency log when signing.' },
    { name: 'signature-format', type: 'enum', choices: ['bundle', 'legacy', 'both'], default: 'both', description: 'How signatures are stored: a Sigstore bundle as an OCI 1.1 referrer, the legacy `sha256-<digest>.sig` tag, or both.' },
    { name: 'recursive', type: 'boolean', default: 'false', description: 'When signing an index, also sign every platform manifest.' },
    { name: 'fail-on', type: 'enum', choices: ['all', 'new'], default: 'all', description: 'Which findings fail the step: `all`, or on pull requests only `new` ones (images that a file the pull request changed did not reference, as the same name@digest, on the merge base). Findings whose origin is unknown count as new.' },
    { name: 'github-token', type: 'string', secret: true, actionDefault: '${{ github.token }}', description: 'Token for the forge API (check run, pull-request comment, changed files). Default: the job token (`GITHUB_TOKEN`, or `FORGEJO_TOKEN` on Forgejo).' },
    { name: 'pr-comment', type: 'enum', choices: ['auto', 'always', 'never'], default: 'auto', description: 'Sticky pull-request comment listing the unverified images: `auto` only when there are findings or an earlier comment exists, `always`, or `never`.' },
    { name: 'fremforge-auth', type: 'enum', choices: ['token', 'oidc'], default: 'token', description: 'How the upload authenticates: `token` (api-token / `FREMFORGE_API_TOKEN`) or `oidc` (the runner\'s ID token with audience `fremforge-url`; needs `id-token: write`).' },
    { name: 'cache-ttl', type: 'string', default: '7d', description: 'How long a `verified` verdict is reused across runs without asking the registry (seconds, or with an s/m/h/d suffix). Only `verified` is cached. `0` turns the cache off.' },
    { name: 'cache-dir', type: 'string', cliOnly: true, description: 'Directory of the verification cache. Default: `$XDG_CACHE_HOME/fremforge-cosign/verdicts` (or `~/.cache/…`).' },
    { name: 'cache-secret', type: 'string', secret: true, description: 'Secret (e.g. `${{ secrets.FREMFORGE_CACHE_SECRET }}`) for the HMAC over cached verdicts and trust metadata. The action keeps them in the runner cache only when it is set: other jobs can write that cache. The CLI defaults to a random key kept in its cache directory.' },
    { name: 'timeout', type: 'integer', default: '30', description: 'Seconds a registry or Sigstore server has to connect and send response headers. One attempt (whole body included) must finish within 2 × this, one request with its retries within 4 × this, one image within 10 × this (then `registry-error`), one upload chunk within 4 × this.' },
    { name: 'max-signatures', type: 'integer', default: '100', description: 'Most signatures read per image (legacy `.sig` layers, Sigstore bundle referrers), as cosign caps them since CVE-2023-46737. An image with more is `registry-error`; raise it here.' }
];
const OUTPUTS = [
    { name: 'results-file', description: 'Path of the NDJSON results file.' },
    { name: 'references', description: 'Number of image references found in the workspace.' },
    { name: 'images', description: 'Number of unique image digests checked.' },
    { name: 'verified', description: 'Number of images whose signature verified against the policy.' },
    { name: 'unsigned', description: 'Number of images with no signature at all.' },
    { name: 'failed', description: 'Number of images not verified for any other reason (untrusted signer, invalid signature, registry errors).' },
    { name: 'findings', description: 'Number of images that break the policy (require-signed / require-pinned).' },
    { name: 'unpinned', description: 'Number of references without a digest.' },
    { name: 'unscanned', description: 'Number of files that could hold image references but could not be read, parsed or extracted (too large, binary, unreadable, invalid YAML, runaway variable expansion). With `require-signed` each one fails the step.' },
    { name: 'exempt', description: 'Number of images not verified by decision: `policy` exemptions (`mode: skip`) and images no policy matches under `no-match: warn` or `allow`.' },
    { name: 'signatures', description: 'JSON array of the signatures made: digest, format, location, tlog index, identity.' }
];
function findOption(name) {
    return OPTIONS.find(o => o.name === name);
}

;// CONCATENATED MODULE: ./src/config/config.ts







const invalid = (name, expected, found) => new errors/* AppError */.uV('INPUT_INVALID', `option '${name}': expected ${expected}, found '${found}'`, { details: { option: name } });
function parseBoolean(name, value) {
    const v = value.trim().toLowerCase();
    if (['true', 'yes', '1', 'on'].includes(v))
        return true;
    if (['false', 'no', '0', 'off', ''].includes(v))
        return false;
    throw invalid(name, 'true or false', value);
}
function parseList(value) {
    return value
        .split(/[\n,]/)
        .map(s => s.trim())
        .filter(s => s.length > 0 && !s.startsWith('#'));
}
function parseSize(name, value) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|kib|k|mb|mib|m|gb|gib|g)?\s*$/i.exec(value);
    if (!m)
        throw invalid(name, 'a size such as 5MiB or 1048576', value);
    const unit = (m[2] ?? 'b').toLowerCase();
    const factor = unit.startsWith('g') ? 1024 ** 3 : unit.startsWith('m') ? 1024 ** 2 : unit.startsWith('k') ? 1024 : 1;
    const bytes = Math.floor(Number(m[1]) * factor);
    if (bytes <= 0)
        throw invalid(name, 'a positive size', value);
    return bytes;
}
function parseInteger(name, value, min, max) {
    if (!/^\s*\d+\s*$/.test(value))
        throw invalid(name, `an integer between ${min} and ${max}`, value);
    const n = Number(value);
    if (n < min || n > max)
        throw invalid(name, `an integer between ${min} and ${max}`, value);
    return n;
}
/** `0`, seconds, or a number with an s/m/h/d suffix; at most a year. */
function parseDuration(name, value) {
    const m = /^\s*(\d+)\s*([smhd]?)\s*$/i.exec(value);
    const unit = { '': 1, s: 1, m: 60, h: 3600, d: 86_400 }[(m?.[2] ?? '').toLowerCase()];
    const ms = m ? Number(m[1]) * unit * 1000 : NaN;
    if (!(ms >= 0 && ms <= 366 * 86_400_000))
        throw invalid(name, 'a duration such as 0, 3600, 12h or 7d (at most 366d)', value);
    return ms;
}
function parseAnnotations(name, value) {
    const out = {};
    for (const item of parseList(value)) {
        const eq = item.indexOf('=');
        if (eq <= 0)
            throw invalid(name, 'key=value pairs', item);
        out[item.slice(0, eq).trim()] = item.slice(eq + 1).trim();
    }
    return out;
}
function parsePredicateTypes(name, value) {
    const out = [];
    for (const item of parseList(value)) {
        const uri = (0,policy/* resolvePredicateType */.gJ)(item);
        if (uri === undefined)
            throw invalid(name, `cosign predicate short names (${Object.keys(policy/* PREDICATE_TYPE_SHORT_NAMES */.Vc).join(', ')}) or URIs`, item);
        if (!out.includes(uri))
            out.push(uri);
    }
    return out;
}
function checkUrl(name, value) {
    let u;
    try {
        u = new URL(value);
    }
    catch {
        throw invalid(name, 'an http(s) URL', value);
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:')
        throw invalid(name, 'an http(s) URL', value);
    // User info would be printed in the log and the summary (issue 11, defect 9): credentials go in api-token.
    if (u.username || u.password)
        throw invalid(name, 'a URL without user name or password (put the token in api-token)', `${u.protocol}//***@${u.host}${u.pathname}`);
    return value.replace(/\/+$/, '');
}
function checkRegexp(name, value) {
    if (value === undefined)
        return undefined;
    try {
        (0,policy/* compilePattern */.Eb)(value);
    }
    catch (e) {
        throw invalid(name, `a valid RE2 regular expression, as cosign takes (${e.message})`, value);
    }
    return value;
}
/**
 * Turns raw option values into a Config. Unknown names and malformed values stop here
 * with an INPUT_* error naming the option; nothing downstream re-validates.
 */
function resolveConfig(raw, env) {
    for (const name of Object.keys(raw)) {
        if (!OPTIONS.some(o => o.name === name)) {
            throw new errors/* AppError */.uV('INPUT_UNKNOWN', `unknown option '${name}'`, { details: { option: name } });
        }
    }
    for (const [name, v] of Object.entries(raw)) {
        // A workflow installed from templates/ whose placeholders were never filled in.
        const placeholder = v === undefined ? null : /__[A-Z][A-Z0-9_]*__/.exec(v);
        if (placeholder) {
            throw new errors/* AppError */.uV('INPUT_PLACEHOLDER', `option '${name}' still holds the template placeholder ${placeholder[0]}: fill it in (or leave it empty) in the workflow file`, { details: { option: name, placeholder: placeholder[0] } });
        }
    }
    const given = (name) => {
        const v = raw[name];
        return v === undefined || v.trim() === '' ? undefined : v.trim();
    };
    const value = (name) => given(name) ?? specOf(name).default ?? '';
    const optional = (name) => given(name) ?? specOf(name).default;
    const bool = (name) => parseBoolean(name, value(name));
    const choice = (name) => {
        const v = value(name);
        const choices = specOf(name).choices ?? [];
        if (!choices.includes(v))
            throw invalid(name, `one of ${choices.join(', ')}`, v);
        return v;
    };
    const workspace = external_node_path_default().resolve(env.GITHUB_WORKSPACE || process.cwd());
    const images = parseList(given('images') ?? '');
    const mode = choice('mode');
    // `images` alone means "just these": scan only when a path was asked for explicitly.
    const scanPath = given('path') ?? (images.length > 0 && mode !== 'scan' ? undefined : '.');
    const tempDir = env.RUNNER_TEMP || external_node_os_default().tmpdir();
    const keyPassword = given('key-password') ?? (env.COSIGN_PASSWORD || undefined);
    const apiToken = given('api-token') ?? (env.FREMFORGE_API_TOKEN || undefined);
    const config = {
        mode,
        env,
        path: scanPath === undefined ? undefined : external_node_path_default().resolve(workspace, scanPath),
        workspace,
        include: parseList(given('include') ?? ''),
        exclude: parseList(given('exclude') ?? ''),
        maxFileSize: parseSize('max-file-size', value('max-file-size')),
        images,
        policy: parseList(given('policy') ?? ''),
        noMatch: choice('no-match'),
        format: choice('format'),
        resultsFile: external_node_path_default().resolve(workspace, given('results-file') ?? external_node_path_default().join(tempDir, 'fremforge-cosign-results.ndjson')),
        requireSigned: bool('require-signed'),
        requirePinned: bool('require-pinned'),
        issuerAllowlist: parseList(given('issuer-allowlist') ?? ''),
        certificateIdentity: given('certificate-identity'),
        certificateIdentityRegexp: checkRegexp('certificate-identity-regexp', given('certificate-identity-regexp')),
        certificateOidcIssuer: given('certificate-oidc-issuer'),
        certificateOidcIssuerRegexp: checkRegexp('certificate-oidc-issuer-regexp', given('certificate-oidc-issuer-regexp')),
        githubWorkflow: {
            repository: given('certificate-github-workflow-repository'),
            ref: given('certificate-github-workflow-ref'),
            trigger: given('certificate-github-workflow-trigger'),
            sha: given('certificate-github-workflow-sha'),
            name: given('certificate-github-workflow-name')
        },
        key: given('key'),
        keyPassword,
        annotations: parseAnnotations('annotations', given('annotations') ?? ''),
        platforms: choice('platforms'),
        signaturePredicates: parsePredicateTypes('signature-predicates', given('signature-predicates') ?? ''),
        attestations: parsePredicateTypes('attestations', given('attestations') ?? ''),
        predicate: given('predicate') === undefined ? undefined : external_node_path_default().resolve(workspace, given('predicate') ?? ''),
        predicateType: parsePredicateTypes('predicate-type', value('predicate-type'))[0] ?? '',
        trustedRoot: given('trusted-root'),
        tufMirror: optionalUrl('tuf-mirror', given('tuf-mirror')),
        tufRoot: given('tuf-root'),
        offline: bool('offline'),
        insecureIgnoreTlog: bool('insecure-ignore-tlog'),
        concurrency: parseInteger('concurrency', value('concurrency'), 1, 256),
        registry: given('registry'),
        registryUsername: given('registry-username'),
        registryPassword: given('registry-password'),
        insecureRegistries: parseList(given('insecure-registries') ?? ''),
        fremforgeUrl: checkUrl('fremforge-url', value('fremforge-url')),
        apiToken,
        upload: bool('upload'),
        uploadFailure: choice('upload-failure'),
        identityToken: given('identity-token'),
        fulcioUrl: checkUrl('fulcio-url', value('fulcio-url')),
        rekorUrl: checkUrl('rekor-url', value('rekor-url')),
        tsaUrl: optionalUrl('tsa-url', optional('tsa-url')),
        tlogUpload: bool('tlog-upload'),
        signatureFormat: choice('signature-format'),
        recursive: bool('recursive'),
        timeoutMs: parseInteger('timeout', value('timeout'), 1, 3600) * 1000,
        failOn: choice('fail-on'),
        githubToken: given('github-token') ?? (env.GITHUB_TOKEN || env.FORGEJO_TOKEN || undefined),
        prComment: choice('pr-comment'),
        fremforgeAuth: choice('fremforge-auth'),
        cacheTtlMs: parseDuration('cache-ttl', value('cache-ttl')),
        cacheDir: given('cache-dir') === undefined ? undefined : external_node_path_default().resolve(workspace, given('cache-dir')),
        cacheSecret: given('cache-secret'),
        maxSignatures: parseInteger('max-signatures', value('max-signatures'), 1, 100_000)
    };
    checkCombinations(config);
    return config;
}
function optionalUrl(name, value) {
    return value === undefined ? undefined : checkUrl(name, value);
}
function specOf(name) {
    const spec = OPTIONS.find(o => o.name === name);
    if (!spec)
        throw new errors/* AppError */.uV('INPUT_UNKNOWN', `unknown option '${name}'`);
    return spec;
}
/** The flat inputs that make today's one implicit policy; `policy` replaces them all. */
const FLAT_RULES = [
    ['certificate-identity', c => c.certificateIdentity !== undefined],
    ['certificate-identity-regexp', c => c.certificateIdentityRegexp !== undefined],
    ['certificate-oidc-issuer', c => c.certificateOidcIssuer !== undefined],
    ['certificate-oidc-issuer-regexp', c => c.certificateOidcIssuerRegexp !== undefined],
    ['issuer-allowlist', c => c.issuerAllowlist.length > 0],
    ['key', c => c.key !== undefined],
    ['insecure-ignore-tlog', c => c.insecureIgnoreTlog],
    ...['repository', 'ref', 'trigger', 'sha', 'name'].map((k) => [`certificate-github-workflow-${k}`, c => c.githubWorkflow[k] !== undefined])
];
function checkCombinations(c) {
    if (c.certificateIdentity && c.certificateIdentityRegexp) {
        throw invalid('certificate-identity-regexp', 'either certificate-identity or certificate-identity-regexp, not both', c.certificateIdentityRegexp);
    }
    if (c.certificateOidcIssuer && c.certificateOidcIssuerRegexp) {
        throw invalid('certificate-oidc-issuer-regexp', 'either certificate-oidc-issuer or certificate-oidc-issuer-regexp, not both', c.certificateOidcIssuerRegexp);
    }
    if ((c.registryPassword === undefined) !== (c.registryUsername === undefined)) {
        throw invalid(c.registryUsername === undefined ? 'registry-username' : 'registry-password', 'registry-username and registry-password together', '');
    }
    // The workspace chooses which registries it references, and a pull request can reference only
    // its own: the credentials' registry is inferred from the `images` input, never from scanned files.
    if (c.registryUsername !== undefined && c.registry === undefined && c.path !== undefined && c.mode === 'verify') {
        throw new errors/* AppError */.uV('INPUT_INVALID', "option 'registry': expected the registry that registry-username and registry-password are for: this run scans the workspace, whose files (a pull request's included) choose the registries it references, so the credentials' registry is not inferred", { details: { option: 'registry' } });
    }
    for (const image of c.images) {
        try {
            (0,reference/* parseNormalizedNamed */.oS)(image);
        }
        catch (e) {
            throw invalid('images', `image references (${(0,errors/* messageOf */.bD)(e)})`, image);
        }
    }
    if (c.policy.length > 0) {
        if (c.mode !== 'verify' && c.mode !== 'explain')
            throw invalid('policy', 'a policy only with mode verify or explain', c.mode);
        const flat = FLAT_RULES.filter(([, set]) => set(c)).map(([name]) => name);
        if (flat.length > 0)
            throw invalid(flat[0], `either policy or the flat signer inputs (${flat.join(', ')}), not both`, c.policy.join(', '));
    }
    else if (c.mode === 'explain')
        throw invalid('policy', 'policy files to explain', '');
    if (c.tufRoot && !c.tufMirror)
        throw invalid('tuf-mirror', 'a mirror URL to go with tuf-root', '');
    if ((c.mode === 'sign' || c.mode === 'sign-and-verify') && c.images.length === 0) {
        throw invalid('images', 'at least one image reference to sign', '');
    }
    if (c.mode === 'attest' || c.mode === 'attest-and-verify') {
        if (c.images.length === 0)
            throw invalid('images', 'at least one image reference to attest', '');
        if (c.predicate === undefined)
            throw invalid('predicate', 'the path of the predicate file to attest', '');
    }
}

;// CONCATENATED MODULE: ./src/config/index.ts




/***/ }),

/***/ 23694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ns: () => (/* binding */ cacheSecret),
  tP: () => (/* binding */ withCacheFromConfig)
});

// UNUSED EXPORTS: defaultCacheDir

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
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
function defaultCacheDir(env, homedir = os.homedir()) {
    return path.join(env.XDG_CACHE_HOME || path.join(homedir, '.cache'), 'fremforge-cosign', 'verdicts');
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
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(61467);
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


/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y6: () => (/* binding */ isAppError),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   uV: () => (/* binding */ AppError)
/* harmony export */ });
/**
 * The one error base of the project. Every layer throws an AppError with a stable,
 * SCREAMING_SNAKE code from its own closed union; messages say expected, found and where.
 */
class AppError extends Error {
    code;
    details;
    constructor(code, message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'AppError';
        this.code = code;
        this.details = options.details ?? {};
    }
}
function isAppError(value) {
    return value instanceof AppError;
}
/** A message for any thrown value, without stack noise. */
function messageOf(value) {
    if (value instanceof Error)
        return value.message;
    return String(value);
}


/***/ }),

/***/ 77848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q8: () => (/* reexport */ ForgeError),
  nX: () => (/* reexport */ addedLinesOfPatch),
  R7: () => (/* reexport */ apiUrlFromEnv),
  yF: () => (/* reexport */ changesForRun),
  cP: () => (/* reexport */ classifyIntroduced),
  U5: () => (/* reexport */ createForgejoClient),
  rH: () => (/* reexport */ forgeErrorFor),
  p2: () => (/* reexport */ imageKey),
  r6: () => (/* reexport */ publishFeedback),
  Gz: () => (/* reexport */ pullRequestFromEnv),
  VA: () => (/* reexport */ uploadToken)
});

// UNUSED EXPORTS: MAX_BASE_FILES, MAX_CHECK_ANNOTATIONS, MAX_COMMENT_ROWS, changedLinesFromGit, commentAction, commentMarker, isIntroduced, mdText, mdUrl, parseUnifiedDiff, renderComment, repoPrefix, requestIdToken, toCheckAnnotations, toPullRequest

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/forge/changed-lines.ts


const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
/** Added lines of one file's hunks (`patch` of the GitHub files API, or a `git diff` section). */
function addedLinesOfPatch(patch) {
    const lines = new Set();
    let next = 0;
    for (const text of patch.split('\n')) {
        const hunk = HUNK.exec(text);
        if (hunk) {
            next = Number(hunk[1]);
            continue;
        }
        if (next === 0)
            continue;
        if (text.startsWith('+'))
            lines.add(next++);
        else if (text.startsWith(' '))
            next++;
    }
    return lines;
}
/** Parses unified diff output (`git diff`, Forgejo's `.diff`) into the lines each file gained. */
function parseUnifiedDiff(diff) {
    const out = new Map();
    for (const section of diff.split(/^diff --git /m).slice(1)) {
        const target = /^\+\+\+ (.+)$/m.exec(section);
        if (/^Binary files /m.test(section)) {
            const binary = /^Binary files .* and ("(?:[^"\\]|\\.)*"|\S.*) differ$/m.exec(section);
            const file = binary ? newSidePath(binary[1]) : null;
            if (file !== null)
                out.set(file, 'all');
            continue;
        }
        const file = target ? newSidePath(target[1]) : null;
        if (file === null)
            continue;
        const hunks = section.indexOf('\n@@');
        out.set(file, hunks < 0 ? new Set() : addedLinesOfPatch(section.slice(hunks + 1)));
    }
    return out;
}
/** The new side's path of a `+++` or `Binary files` name: C-unquoted, `b/` removed; null for /dev/null. */
function newSidePath(written) {
    // git appends a tab to an unquoted name that holds a space (for GNU patch); a quoted one has none.
    const name = written.startsWith('"') ? unquote(written) : written.replace(/\t.*$/, '');
    if (name === '/dev/null')
        return null;
    return name.startsWith('b/') ? name.slice(2) : name;
}
const C_ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
/**
 * git quotes a path with unusual bytes as a C string, bytes above 0x7f as octal escapes
 * (`"d\303\251ploiement.yaml"`): decoded to bytes, then read as UTF-8 (review finding 4).
 */
function unquote(p) {
    if (p.length < 2 || !p.startsWith('"') || !p.endsWith('"'))
        return p;
    const parts = [];
    for (const m of p.slice(1, -1).matchAll(/\\([0-7]{1,3}|.)|([^\\]+)/gsu)) {
        if (m[2] !== undefined)
            parts.push(Buffer.from(m[2], 'utf8'));
        else if (/^[0-7]/.test(m[1]))
            parts.push(Buffer.from([parseInt(m[1], 8) & 0xff]));
        else
            parts.push(Buffer.from([C_ESCAPES[m[1]] ?? m[1].charCodeAt(0)]));
    }
    return Buffer.concat(parts).toString('utf8');
}
const MAX_DIFF_BYTES = 64 * 1024 * 1024;
function git(cwd, args, timeoutMs) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)('git', ['-C', cwd, ...args], { timeout: timeoutMs, maxBuffer: MAX_DIFF_BYTES, encoding: 'utf8' }, (error, stdout) => (error ? reject(error) : resolve(stdout)));
    });
}
/**
 * Lines added against the merge base, from local history. Null when the history is not there
 * (shallow clone without the base commit), so the caller can ask the forge API instead.
 * The list of changed files comes from `-z` output (exact names, no quoting); a file the patch
 * parser could not map counts as changed in full (review finding 4: fail closed).
 */
async function changedLinesFromGit(options) {
    return (await diffFromGit(options))?.lines ?? null;
}
/** What changedLinesFromGit reads, with the merge base the diff was taken against. */
async function diffFromGit(options) {
    const timeoutMs = options.timeoutMs ?? 60_000;
    if (!/^[0-9a-f]{7,64}$/i.test(options.base))
        return null;
    const head = options.head ?? 'HEAD';
    if (head.startsWith('-'))
        return null;
    try {
        await git(options.cwd, ['cat-file', '-e', `${options.base}^{commit}`], timeoutMs);
        const mergeBase = (await git(options.cwd, ['merge-base', options.base, head], timeoutMs)).trim();
        const range = `${options.base}...${head}`;
        const diffArgs = ['diff', '--no-color', '--no-ext-diff', '--no-textconv', '--no-renames'];
        const names = await git(options.cwd, [...PLAIN, ...diffArgs, '-z', '--name-only', '--diff-filter=d', range, '--'], timeoutMs);
        const patch = parseUnifiedDiff(await git(options.cwd, [...PLAIN, ...diffArgs, '--unified=0', '--src-prefix=a/', '--dst-prefix=b/', range, '--'], timeoutMs));
        const lines = new Map();
        for (const name of names.split('\0'))
            if (name)
                lines.set(name, patch.get(name) ?? 'all');
        return { lines, mergeBase };
    }
    catch {
        return null;
    }
}
/** Settings that would change what the parsers read, pinned whatever the user's git config says. */
const PLAIN = ['-c', 'core.quotePath=false', '-c', 'diff.noprefix=false', '-c', 'diff.mnemonicPrefix=false', '-c', 'color.ui=false'];
/** A file's content at `rev` (repository-relative path); null when absent, unreadable or over `maxBytes`. */
async function readAtRevision(cwd, rev, file, maxBytes, timeoutMs = 60_000) {
    return new Promise(resolve => {
        (0,external_node_child_process_.execFile)('git', ['-C', cwd, 'cat-file', 'blob', `${rev}:${file}`], { timeout: timeoutMs, maxBuffer: maxBytes, encoding: 'utf8' }, (error, stdout) => resolve(error ? null : stdout));
    });
}
/** The path of the scan root inside the repository, to match scanner paths with diff paths. */
async function repoPrefix(cwd, scanRoot, timeoutMs = 10_000) {
    try {
        const top = (await git(cwd, ['rev-parse', '--show-toplevel'], timeoutMs)).trim();
        const rel = external_node_path_default().relative(top, scanRoot);
        return rel.startsWith('..') ? '' : rel.split((external_node_path_default()).sep).join('/');
    }
    catch {
        return '';
    }
}
/**
 * Whether any of an image's references sits on a line the pull request added or changed. A view by
 * position only: what fails a pull request is decided by identity (classifyIntroduced).
 * Null when nothing is known about the change (not a pull request, no history, no API).
 */
function isIntroduced(sources, changes, prefix = '') {
    if (!changes)
        return null;
    if (sources.length === 0)
        return null;
    return sources.some(s => {
        const lines = changes.get(prefix ? path.posix.join(prefix, s.file) : s.file);
        return lines === 'all' || (lines !== undefined && lines.has(s.line));
    });
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/forge/changes.ts



const DEFAULT_MAX_BASE_BYTES = 5 * 1024 * 1024;
/**
 * The lines a pull request added or changed: `git diff` against the merge base when the
 * history is there, else the forge API. Null outside pull requests or when neither answers.
 */
async function changesForRun(o) {
    if (!o.pr)
        return null;
    const root = await (0,promises_.realpath)(o.scanRoot ?? o.workspace).catch(() => o.scanRoot ?? o.workspace);
    const prefix = await repoPrefix(o.workspace, root, o.timeoutMs);
    const local = await diffFromGit({ cwd: o.workspace, base: o.pr.baseSha, timeoutMs: o.timeoutMs });
    const maxBytes = o.maxFileSize ?? DEFAULT_MAX_BASE_BYTES;
    if (local)
        return { lines: local.lines, prefix, source: 'git', readBase: file => readAtRevision(o.workspace, local.mergeBase, file, maxBytes, o.timeoutMs) };
    if (!o.fromApi) {
        o.logger.info('new-versus-existing: the base commit is not in the local history and no forge API is available; findings are not classified');
        return null;
    }
    try {
        const { pr, baseFromApi } = o;
        return { lines: await o.fromApi(pr), prefix, source: 'api', ...(baseFromApi ? { readBase: (file) => baseFromApi(pr, file) } : {}) };
    }
    catch (e) {
        o.logger.warning(`new-versus-existing: could not read the pull request's changed files: ${(0,errors/* messageOf */.bD)(e)}; findings are not classified`);
        return null;
    }
}

;// CONCATENATED MODULE: ./src/forge/introduced.ts

/** Files whose base version is read at most; past it, images in further changed files count as new. */
const MAX_BASE_FILES = 2000;
/** An image's identity for "was it on the base": `name@digest`, or `name:tag` when unpinned. */
function imageKey(r) {
    return r.digest ? `${r.name}@${r.digest}` : `${r.name}:${r.tag ?? ''}`;
}
// A name the scanner wrote with `\xNN` (not UTF-8) or git's diff could only give with U+FFFD:
// its entry in the changes cannot be trusted to be found, so its absence proves nothing.
const UNMAPPABLE = /\\x[0-9a-f]{2}|\uFFFD/i;
/**
 * Whether each image is new in this pull request, by identity (review finding 5): an image is
 * on the base only when every file that references it is unchanged, or its base version
 * already referenced the same `name@digest`. Changing a Dockerfile ARG or a Helm `repository:`
 * line therefore makes the image it produces new, whichever line the reference sits on.
 * Whatever cannot be read counts as new (fail closed). Null when nothing is known.
 */
async function classifyIntroduced(items, changes, imagesIn) {
    if (!changes)
        return items.map(() => null);
    const base = new Map();
    const onBase = async (file) => {
        if (base.has(file))
            return base.get(file) ?? null;
        let images = null;
        if (changes.readBase && base.size < MAX_BASE_FILES) {
            const content = await changes.readBase(changes.prefix ? external_node_path_default().posix.join(changes.prefix, file) : file).catch(() => null);
            try {
                images = content === null ? null : imagesIn(file, content);
            }
            catch {
                images = null;
            }
        }
        base.set(file, images);
        return images;
    };
    const out = [];
    for (const item of items) {
        if (item.image === null || item.sources.length === 0) {
            out.push(null);
            continue;
        }
        let introduced = false;
        for (const s of item.sources) {
            const repoPath = changes.prefix ? external_node_path_default().posix.join(changes.prefix, s.file) : s.file;
            if (!changes.lines.has(repoPath) && !UNMAPPABLE.test(repoPath))
                continue;
            if (!(await onBase(s.file))?.has(item.image)) {
                introduced = true;
                break;
            }
        }
        out.push(introduced);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/forge/pull-request.ts

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
const MAX_EVENT_BYTES = 25 * 1024 * 1024;
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v) => (typeof v === 'string' && v.length > 0 ? v : undefined);
function repoName(side) {
    if (!isRecord(side) || !isRecord(side.repo))
        return undefined;
    return str(side.repo.full_name);
}
/** Null when the run is not for a pull request or the payload lacks what is needed. */
async function pullRequestFromEnv(env) {
    const event = env.FORGEJO_EVENT_NAME || env.GITHUB_EVENT_NAME;
    const file = env.GITHUB_EVENT_PATH || env.FORGEJO_EVENT_PATH;
    if (!event || !PR_EVENTS.has(event) || !file)
        return null;
    let payload;
    try {
        const text = await (0,promises_.readFile)(file, 'utf8');
        if (text.length > MAX_EVENT_BYTES)
            return null;
        payload = JSON.parse(text);
    }
    catch {
        return null;
    }
    return toPullRequest(payload, env);
}
function toPullRequest(payload, env = {}) {
    if (!isRecord(payload) || !isRecord(payload.pull_request))
        return null;
    const pr = payload.pull_request;
    const number = typeof pr.number === 'number' ? pr.number : typeof payload.number === 'number' ? payload.number : undefined;
    const base = isRecord(pr.base) ? pr.base : {};
    const head = isRecord(pr.head) ? pr.head : {};
    const full = str(env.GITHUB_REPOSITORY) ?? repoName(base) ?? (isRecord(payload.repository) ? str(payload.repository.full_name) : undefined);
    const baseSha = str(base.sha);
    const headSha = str(head.sha);
    if (number === undefined || !full || !full.includes('/') || !baseSha || !headSha)
        return null;
    const [owner, ...rest] = full.split('/');
    const headRepo = repoName(head);
    const baseRepo = repoName(base) ?? full;
    return { number, owner, repo: rest.join('/'), baseSha, headSha, fork: headRepo !== undefined && headRepo !== baseRepo };
}
/** The forge's REST API root: GitHub's `GITHUB_API_URL`, or `<server>/api/v1` on Forgejo. */
function apiUrlFromEnv(env, platform) {
    if (platform === 'forgejo' || platform === 'gitea') {
        const server = env.FORGEJO_SERVER_URL || env.GITHUB_SERVER_URL;
        return server ? `${server.replace(/\/+$/, '')}/api/v1` : null;
    }
    return env.GITHUB_API_URL || (platform === 'github' ? 'https://api.github.com' : null);
}

// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(44942);
;// CONCATENATED MODULE: ./src/forge/errors.ts

/** A forge API call that did not succeed; `status` is the HTTP status when there was one. */
class ForgeError extends errors/* AppError */.uV {
    status;
    constructor(code, message, status, cause) {
        super(code, message, { cause, details: status === undefined ? {} : { status } });
        this.name = 'ForgeError';
        this.status = status;
    }
}
function forgeErrorFor(status, what, cause) {
    if (status === 401 || status === 403)
        return new ForgeError('FORGE_FORBIDDEN', `${what}: HTTP ${status}`, status, cause);
    if (status === 404)
        return new ForgeError('FORGE_NOT_FOUND', `${what}: HTTP 404`, status, cause);
    if (status === undefined)
        return new ForgeError('FORGE_NETWORK', `${what}: no answer`, status, cause);
    return new ForgeError('FORGE_HTTP', `${what}: HTTP ${status}`, status, cause);
}

;// CONCATENATED MODULE: ./src/forge/forgejo.ts



const PAGE = 50;
const MAX_PAGES = 40;
const MAX_BODY_BYTES = 64 * 1024 * 1024;
/** Forgejo's (and Gitea's) REST API: `/api/v1/repos/{owner}/{repo}/issues/{index}/comments`. */
function createForgejoClient(o) {
    // @actions/http-client honours the runner's proxy settings (https_proxy, no_proxy).
    const http = new lib.HttpClient('fremforge-cosign', [], { socketTimeout: o.timeoutMs, allowRetries: false });
    const base = o.apiUrl.replace(/\/+$/, '');
    const headers = { authorization: `token ${o.token}`, accept: 'application/json', 'content-type': 'application/json' };
    const repoPath = (pr) => `${base}/repos/${encodeURIComponent(pr.owner)}/${encodeURIComponent(pr.repo)}`;
    async function send(what, method, url, body) {
        let res;
        try {
            res = await http.request(method, url, body === undefined ? null : JSON.stringify(body), headers);
        }
        catch (e) {
            throw forgeErrorFor(undefined, what, e);
        }
        const text = await res.readBody();
        const status = res.message.statusCode ?? 0;
        if (status < 200 || status >= 300)
            throw forgeErrorFor(status, what);
        if (text.length > MAX_BODY_BYTES)
            throw forgeErrorFor(status, `${what}: answer too large`);
        return text;
    }
    const json = (text) => JSON.parse(text);
    return {
        platform: 'forgejo',
        async changedLines(pr) {
            return parseUnifiedDiff(await send('read the pull request diff', 'GET', `${repoPath(pr)}/pulls/${pr.number}.diff`));
        },
        async baseFile(pr, path) {
            const file = path.split('/').map(encodeURIComponent).join('/');
            return send('read a file at the base', 'GET', `${repoPath(pr)}/raw/${file}?ref=${encodeURIComponent(pr.baseSha)}`).catch(() => null);
        },
        async listComments(pr) {
            const out = [];
            for (let page = 1; page <= MAX_PAGES; page++) {
                const data = json(await send('list comments', 'GET', `${repoPath(pr)}/issues/${pr.number}/comments?limit=${PAGE}&page=${page}`));
                out.push(...data.map(c => ({ id: c.id, body: c.body ?? '', ...(typeof c.user?.login === 'string' ? { author: c.user.login } : {}) })));
                if (data.length < PAGE)
                    break;
            }
            return out;
        },
        async ownLogin() {
            try {
                const login = json(await send('read the token user', 'GET', `${base}/user`)).login;
                return typeof login === 'string' && login !== '' ? login : null;
            }
            catch {
                return null;
            }
        },
        async createComment(pr, body) {
            const data = json(await send('create comment', 'POST', `${repoPath(pr)}/issues/${pr.number}/comments`, { body }));
            return { id: data.id, body: data.body ?? body };
        },
        async updateComment(pr, id, body) {
            await send('update comment', 'PATCH', `${repoPath(pr)}/issues/comments/${id}`, { body });
        }
    };
}

// EXTERNAL MODULE: ./src/report/index.ts + 15 modules
var report = __webpack_require__(4267);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(48992);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/policy/index.ts + 19 modules
var policy = __webpack_require__(61467);
;// CONCATENATED MODULE: ./src/forge/markdown.ts


// Every character that starts Markdown or HTML syntax (links, images, emphasis, code, tables,
// headings, mentions, HTML tags), written as a numeric entity: it renders as itself on GitHub
// and Forgejo, and entities cannot be turned back into syntax by later escaping.
const SPECIAL = /[\\`*_{}[\]()<>#+!|~@&"':\-=^$%]/g;
/**
 * Neutralises a string from outside (file names, identities, registry answers) for a comment
 * or check-run summary: one line, no Markdown, no HTML, bounded.
 */
function mdText(text, max = 200) {
    // One definition of "control" (bidi controls included, "Trojan Source"): shown as escapes, as in logs.
    const line = (0,src_text/* truncateMiddle */.kU)((0,report/* escapeControls */.UN)(text.trim()), max);
    return line.replace(SPECIAL, c => `&#${c.codePointAt(0)};`);
}
/** A URL for a Markdown link target: only http(s), and no character that ends the target. */
function mdUrl(url) {
    if (!/^https?:\/\//i.test(url))
        return null;
    return url.replace(/[()<>\s"'`[\]\\|]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

;// CONCATENATED MODULE: ./src/forge/comment.ts




const MAX_COMMENT_ROWS = 50;
/** Hidden marker naming the workflow and job, so each job keeps exactly one comment. */
function commentMarker(workflow, job) {
    const id = (0,external_node_crypto_.createHash)('sha256').update(`${workflow}\u0000${job}`).digest('hex').slice(0, 16);
    return `<!-- fremforge-cosign:${id} -->`;
}
function where(item, input) {
    const links = item.sources.slice(0, 2).map(s => {
        const file = input.prefix ? `${input.prefix}/${s.file}` : s.file;
        const label = mdText(`${file}:${s.line}`, 80);
        const url = (0,report/* fileUrl */.iw)({ ...input.run, sha: input.headSha }, input.platform, file, s.line);
        const safe = url ? mdUrl(url) : null;
        return safe ? `[${label}](${safe})` : label;
    });
    if (item.sources.length > 2)
        links.push(`+${item.sources.length - 2}`);
    return links.join('<br>') || '—';
}
function row(item, input) {
    const v = item.verdict;
    const image = `${item.registry}/${item.repository}${v.digest ? `@${(0,report/* shortDigest */.VK)(v.digest)}` : item.tags[0] ? `:${item.tags[0]}` : ''}`;
    const fresh = item.introduced === true ? '🆕' : '';
    const finding = (0,policy/* isFinding */.qd)(v, input.policy);
    return `| ${fresh} | ${mdText(image, 90)} | ${(0,report/* severityIcon */.PE)(v.status, finding)} ${v.status}${finding ? ' (finding)' : ''} | ${mdText((0,report/* reasonOf */.A3)(v), 170)} | ${where(item, input)} |`;
}
/** The sticky comment: new unverified images first, counts, links to file:line at the head. */
function renderComment(input) {
    const problems = (0,report/* sortItems */.Ls)(input.items, input.policy).filter(i => i.verdict.status !== 'verified');
    const out = [input.marker, `### Cosign image verification · ${mdText(input.workflow, 80)} / ${mdText(input.job, 60)}`, ''];
    if (problems.length === 0) {
        out.push(`✅ All ${input.counts.images} images verify against the policy${input.counts.unpinned ? `; ${input.counts.unpinned} references are unpinned` : ''}.`);
    }
    else {
        const fresh = problems.filter(i => i.introduced === true).length;
        const old = problems.filter(i => i.introduced === false).length;
        const parts = [
            `🆕 **${fresh}** new unverified image${fresh === 1 ? '' : 's'} in this pull request`,
            `**${old}** already on the base branch`,
            ...(problems.length - fresh - old > 0 ? [`**${problems.length - fresh - old}** of unknown origin`] : []),
            `✅ **${input.counts.verified}** verified`,
            `🚩 **${input.counts.findings}** findings`
        ];
        out.push(parts.join(' · '), '', '| | Image | Status | Why | Where |', '| --- | --- | --- | --- | --- |');
        for (const item of problems.slice(0, MAX_COMMENT_ROWS))
            out.push(row(item, input));
        if (problems.length > MAX_COMMENT_ROWS)
            out.push('', `${problems.length - MAX_COMMENT_ROWS} more are listed in the job summary and the results file.`);
    }
    out.push('', `<sub>Updated for ${mdText(input.headSha.slice(0, 12), 12)}; full details in the job summary.</sub>`, '');
    return out.join('\n');
}
/** `auto`: only when there is something to say or an earlier comment to correct. */
function commentAction(mode, hasProblems, existing) {
    if (mode === 'never')
        return 'skip';
    if (existing)
        return 'update';
    if (mode === 'always' || hasProblems)
        return 'create';
    return 'skip';
}

;// CONCATENATED MODULE: ./src/forge/publish.ts






/** Bounds the requests one run makes: 1,000 annotations are 20 requests of 50. */
const MAX_CHECK_ANNOTATIONS = 1000;
const COMMENT_PERMISSION = {
    github: '`pull-requests: write` (or `issues: write`)',
    forgejo: 'write access to issues and pull requests (`pull-requests: write`)'
};
function permissionProblem(e) {
    if (e instanceof ForgeError && e.status !== undefined)
        return `HTTP ${e.status}`;
    return (0,errors/* messageOf */.bD)(e);
}
function toCheckAnnotations(items, policy, prefix) {
    return (0,report/* toAnnotations */.gI)(items, policy).map(a => ({
        path: prefix ? `${prefix}/${a.file}` : a.file,
        start_line: a.line,
        end_line: a.line,
        annotation_level: a.level === 'error' ? 'failure' : 'warning',
        title: (0,src_text/* truncateEnd */.SO)(a.title, 255),
        message: (0,src_text/* truncateEnd */.SO)(a.message, 4000)
    }));
}
function checkSummary(input) {
    const c = input.counts;
    const lines = [`**${c.images}** images · ✅ ${c.verified} verified · ❌ ${c.unsigned} unsigned · ⚠️ ${c.failed} failed · 📌 ${c.unpinned} unpinned · 🚩 ${c.findings} findings`, ''];
    for (const item of (0,report/* sortItems */.Ls)(input.items, input.policy).filter(i => i.verdict.status !== 'verified').slice(0, 100)) {
        const hint = (0,report/* hintsOf */.R_)(item.verdict)[0];
        lines.push(`- ${item.introduced === true ? '🆕 ' : ''}${mdText(`${item.registry}/${item.repository}`, 90)} — ${item.verdict.status}: ${mdText((0,report/* reasonOf */.A3)(item.verdict), 170)}${hint ? ` (hint: ${mdText(hint, 160)})` : ''}`);
    }
    return lines.join('\n');
}
async function publishCheckRun(input, client, notes) {
    if (!client.createCheckRun || !input.run.repository)
        return false;
    const sha = input.pr?.headSha ?? input.sha;
    if (!sha)
        return false;
    if (input.pr?.fork) {
        input.logger.warning('pull request from a fork: its token is read-only, so no check run (needs `checks: write`); annotations fall back to workflow commands (GitHub shows 10 per level)');
        return false;
    }
    const [owner, repo] = input.run.repository.split('/');
    const all = toCheckAnnotations(input.items, input.policy, input.prefix);
    const annotations = all.slice(0, MAX_CHECK_ANNOTATIONS);
    if (all.length > annotations.length)
        notes.push(`Check run: the first ${MAX_CHECK_ANNOTATIONS} of ${all.length} annotations; every result is in the results file.`);
    try {
        const { requests } = await client.createCheckRun(owner, repo, {
            name: `${input.job} · cosign images`,
            headSha: sha,
            conclusion: input.policyFailed ? 'failure' : annotations.length > 0 ? 'neutral' : 'success',
            title: input.policyFailed ? `${input.counts.findings} images break the policy` : annotations.length > 0 ? `${annotations.length} warnings` : 'All images verify',
            summary: checkSummary(input),
            annotations
        });
        notes.push(`Check run: ${annotations.length} annotations in ${requests} request(s).`);
        return true;
    }
    catch (e) {
        input.logger.warning(`could not create a check run (${permissionProblem(e)}): the token needs \`checks: write\`; annotations fall back to workflow commands (GitHub shows 10 per level)`);
        return false;
    }
}
async function publishComment(input, client) {
    const pr = input.pr;
    if (!pr || input.prComment === 'never')
        return 'skipped';
    if (pr.fork) {
        input.logger.warning(`pull request from a fork: its token is read-only, so no pull-request comment (needs ${COMMENT_PERMISSION[client.platform]})`);
        return 'skipped';
    }
    const marker = commentMarker(input.workflow, input.job);
    try {
        // Only a comment that starts with our marker is ours; a marker quoted elsewhere is not.
        const marked = (await client.listComments(pr)).filter(c => c.body.startsWith(marker));
        // Anyone can compute the marker (review finding 10): ours is also written by the token's own identity.
        const me = marked.length > 0 ? (await client.ownLogin().catch(() => null))?.toLowerCase() : undefined;
        const existing = me ? marked.filter(c => c.author?.toLowerCase() === me) : [];
        const hasProblems = input.items.some(i => i.verdict.status !== 'verified');
        const action = commentAction(input.prComment, hasProblems, existing.length > 0);
        if (action === 'skip')
            return 'skipped';
        const body = renderComment({ marker, items: input.items, counts: input.counts, policy: input.policy, run: input.run, platform: input.platform, workflow: input.workflow, job: input.job, headSha: pr.headSha, prefix: input.prefix });
        if (action === 'update') {
            try {
                await client.updateComment(pr, existing[existing.length - 1].id, body);
                return 'updated';
            }
            catch (e) {
                input.logger.warning(`could not update the earlier pull-request comment (${permissionProblem(e)}); writing a new one`);
            }
        }
        await client.createComment(pr, body);
        return 'created';
    }
    catch (e) {
        input.logger.warning(`could not write the pull-request comment (${permissionProblem(e)}): the token needs ${COMMENT_PERMISSION[client.platform]}`);
        return 'failed';
    }
}
/** Check run (GitHub) and sticky comment (GitHub, Forgejo). Never fails the step: problems are warnings. */
async function publishFeedback(input) {
    const notes = [];
    if (!input.client)
        return { checkRun: false, comment: 'skipped', notes };
    const checkRun = await publishCheckRun(input, input.client, notes);
    const comment = await publishComment(input, input.client);
    if (comment === 'created' || comment === 'updated')
        notes.push(`Pull-request comment ${comment}.`);
    return { checkRun, comment, notes };
}

;// CONCATENATED MODULE: ./src/forge/id-token.ts

const MAX_TOKEN_BYTES = 64 * 1024;
/**
 * Asks the runner's token endpoint (GitHub `id-token: write`, Forgejo `enable-openid-connect`)
 * for an ID token with this audience. Forgejo's URL already carries a query, hence URL params.
 */
async function requestIdToken(env, audience, timeoutMs, doFetch = fetch) {
    const endpoint = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!endpoint || !bearer) {
        throw new errors/* AppError */.uV('ID_TOKEN_UNAVAILABLE', 'the runner offers no ID token (give the job `permissions: id-token: write` on GitHub, `enable-openid-connect: true` on Forgejo)');
    }
    const url = new URL(endpoint);
    url.searchParams.set('audience', audience);
    const where = `${url.origin}${url.pathname}`;
    let response;
    try {
        response = await doFetch(url, { headers: { Accept: 'application/json', Authorization: `Bearer ${bearer}` }, signal: AbortSignal.timeout(timeoutMs) });
    }
    catch (cause) {
        throw new errors/* AppError */.uV('ID_TOKEN_FAILED', `could not reach the runner's ID-token endpoint ${where}: ${(0,errors/* messageOf */.bD)(cause)}`, { cause });
    }
    const text = await response.text();
    if (!response.ok)
        throw new errors/* AppError */.uV('ID_TOKEN_FAILED', `the runner's ID-token endpoint ${where} answered ${response.status}`, { details: { status: response.status } });
    let value;
    try {
        value = text.length <= MAX_TOKEN_BYTES ? JSON.parse(text).value : undefined;
    }
    catch {
        value = undefined;
    }
    if (typeof value !== 'string' || value === '')
        throw new errors/* AppError */.uV('ID_TOKEN_FAILED', `the runner's ID-token endpoint ${where} answered without a token`);
    return value;
}
/**
 * `fremforge-auth: oidc`: the upload's bearer is the runner's ID token for audience
 * `fremforge-url` instead of a long-lived API token. Without one, the upload is skipped with a warning.
 */
async function uploadToken(config, env, logger, doFetch) {
    if (config.fremforgeAuth === 'token' || !config.upload)
        return config.apiToken;
    try {
        const token = await requestIdToken(env, config.fremforgeUrl, config.timeoutMs, doFetch);
        logger.secret(token);
        return token;
    }
    catch (e) {
        logger.warning(`fremforge-auth: oidc: ${(0,errors/* messageOf */.bD)(e)}; results are not uploaded`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/forge/index.ts












/***/ }),

/***/ 46262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  NA: () => (/* reexport */ BodyReadError),
  Sb: () => (/* reexport */ ExchangeError),
  Lr: () => (/* reexport */ drainBody),
  PS: () => (/* reexport */ isRetryableStatus),
  sU: () => (/* reexport */ openResponse),
  x8: () => (/* reexport */ readBody),
  bD: () => (/* reexport */ withRetry)
});

// UNUSED EXPORTS: backoffMs, isTemporary, retryAfterMs

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/http/body.ts

/** Thrown by readBody; callers turn it into their own coded error with host and URL. */
class BodyReadError extends errors/* AppError */.uV {
    limit;
    declared;
    constructor(code, message, limit, declared, cause) {
        super(code, message, { cause, details: { limit, declared } });
        this.limit = limit;
        this.declared = declared;
        this.name = 'BodyReadError';
    }
}
/**
 * Reads a response body into memory, refusing it as soon as it is declared or turns out larger than
 * `maxBytes`, and destroying the socket on either timeout so a slow peer cannot hold the client.
 */
function readBody(message, limits, cancel) {
    const declared = Number(message.headers['content-length']);
    if (Number.isFinite(declared) && declared > limits.maxBytes) {
        message.destroy();
        return Promise.reject(new BodyReadError('BODY_TOO_LARGE', `body declared ${declared} bytes, over the ${limits.maxBytes}-byte limit`, limits.maxBytes, declared));
    }
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        let settled = false;
        let idle;
        const finish = (error) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(idle);
            clearTimeout(total);
            cancel?.removeEventListener('abort', onCancel);
            message.off('data', onData);
            if (error) {
                message.destroy();
                reject(error);
            }
            else {
                resolve(Buffer.concat(chunks, size));
            }
        };
        const timeout = (after) => new BodyReadError('BODY_TIMEOUT', `body not read within ${after} ms`);
        const network = (cause) => new BodyReadError('BODY_NETWORK', 'connection lost while reading the body', undefined, undefined, cause);
        const armIdle = () => {
            clearTimeout(idle);
            idle = setTimeout(() => finish(timeout(limits.idleTimeoutMs)), limits.idleTimeoutMs);
        };
        const total = setTimeout(() => finish(timeout(limits.totalTimeoutMs)), Math.max(0, limits.totalTimeoutMs));
        const onData = (chunk) => {
            size += chunk.length;
            if (size > limits.maxBytes)
                return finish(new BodyReadError('BODY_TOO_LARGE', `body larger than the ${limits.maxBytes}-byte limit`, limits.maxBytes));
            chunks.push(chunk);
            armIdle();
        };
        const onCancel = () => finish(new BodyReadError('BODY_TIMEOUT', 'cancelled'));
        cancel?.addEventListener('abort', onCancel, { once: true });
        if (cancel?.aborted)
            return onCancel();
        armIdle();
        message.on('data', onData);
        message.once('end', () => finish());
        message.once('error', cause => finish(network(cause)));
        // A reset mid-body ends the stream as 'aborted' on some Node versions instead of erroring.
        message.once('aborted', () => finish(network(new Error('response aborted'))));
        message.once('close', () => {
            if (!message.complete)
                finish(network(new Error('connection closed before the body ended')));
        });
    });
}
/**
 * Discards a body we do not need (a redirect's), so the keep-alive socket can be reused; a body
 * that is large or slow is cut instead, so an endless one cannot hold a socket for the rest of the run.
 */
function drainBody(message, limits = { maxBytes: 64 * 1024, timeoutMs: 5000 }) {
    let size = 0;
    const cut = () => {
        clearTimeout(timer);
        message.destroy();
    };
    const timer = setTimeout(cut, limits.timeoutMs);
    timer.unref();
    message.on('data', (chunk) => {
        size += chunk.length;
        if (size > limits.maxBytes)
            cut();
    });
    message.once('close', () => clearTimeout(timer));
    message.resume();
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
;// CONCATENATED MODULE: ./src/http/exchange.ts




/** No response headers in time (`HTTP_TIMEOUT`) or no connection (`HTTP_NETWORK`, with the socket's code). */
class ExchangeError extends errors/* AppError */.uV {
    networkCode;
    constructor(code, message, networkCode, cause) {
        super(code, message, { cause, details: { networkCode } });
        this.networkCode = networkCode;
        this.name = 'ExchangeError';
    }
}
function errorCode(e) {
    return typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : '';
}
/**
 * Sends one request through `client`'s agent (keep-alive, proxies) and resolves once the response
 * headers arrived. Node's client has no deadline for headers: a peer that accepts and then trickles
 * or says nothing would hold the run, so the request is aborted after `headerTimeoutMs`.
 */
function openResponse(client, req, headerTimeoutMs, cancel) {
    return new Promise((resolve, reject) => {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), Math.max(1, headerTimeoutMs));
        const onCancel = () => controller.abort();
        cancel?.addEventListener('abort', onCancel, { once: true });
        if (cancel?.aborted)
            controller.abort();
        const url = req.url;
        const info = {
            parsedUrl: url,
            httpModule: url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default()),
            options: {
                protocol: url.protocol,
                hostname: url.hostname.replace(/^\[|\]$/g, ''),
                port: url.port || (url.protocol === 'https:' ? 443 : 80),
                path: `${url.pathname}${url.search}`,
                method: req.method,
                headers: { ...req.headers },
                agent: client.getAgent(url.href),
                signal: controller.signal
            }
        };
        const data = req.body ? external_node_stream_.Readable.from([req.body]) : req.method === 'POST' || req.method === 'PUT' || req.method === 'PATCH' ? '' : null;
        client.requestRawWithCallback(info, data, (err, res) => {
            clearTimeout(timer);
            cancel?.removeEventListener('abort', onCancel);
            if (res)
                return resolve(res.message);
            if (cancel?.aborted)
                return reject(new ExchangeError('HTTP_CANCELLED', 'cancelled', 'CANCELLED', err));
            if (controller.signal.aborted || /^Request timeout/.test(err?.message ?? '')) {
                return reject(new ExchangeError('HTTP_TIMEOUT', `no response headers within ${headerTimeoutMs} ms`, 'TIMEOUT', err));
            }
            const code = errorCode(err);
            reject(new ExchangeError('HTTP_NETWORK', code || 'network error', code, err));
        });
    });
}

;// CONCATENATED MODULE: ./src/http/retry.ts
/** 408, 429 and the 5xx a server or its CDN sends when busy (go-containerregistry's list, plus 429). */
const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
function isRetryableStatus(status) {
    return RETRY_STATUSES.has(status);
}
/** A thrown error another attempt may cure: every coded error of ours says so in `temporary`. */
function isTemporary(e) {
    return typeof e === 'object' && e !== null && 'temporary' in e && e.temporary === true;
}
/** `Retry-After` as milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3); undefined when absent or unreadable. */
function retryAfterMs(headers, now) {
    const raw = headers['retry-after'];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (typeof value !== 'string' || value.trim() === '')
        return undefined;
    if (/^\s*\d+\s*$/.test(value))
        return Number(value) * 1000;
    const at = Date.parse(value);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
/** Full-jitter exponential backoff: uniform in [0, base·2^(attempt-1)], capped. */
function backoffMs(attempt, policy) {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
    return Math.floor(policy.random() * ceiling);
}
/**
 * Runs `attempt` until it gives a final answer: a response whose status is not retryable, an
 * error that is not temporary, the last allowed attempt, or a wait that would pass the deadline.
 * A `Retry-After` longer than `maxDelayMs` ends the loop at once: the caller reports rate limiting
 * rather than stalling a CI job. The one retry loop of the project (registry and upload).
 */
async function withRetry(policy, attempt) {
    const started = policy.now();
    const pastDeadline = (delay) => policy.deadlineMs !== undefined && policy.now() - started + delay >= policy.deadlineMs;
    for (let n = 1;; n++) {
        let delay;
        let reason;
        try {
            const result = await attempt(n);
            if (!isRetryableStatus(result.status) || n >= policy.maxAttempts)
                return { result, attempts: n };
            const asked = retryAfterMs(result.headers, policy.now());
            if (asked !== undefined && asked > policy.maxDelayMs)
                return { result, attempts: n };
            delay = asked ?? backoffMs(n, policy);
            if (pastDeadline(delay))
                return { result, attempts: n };
            reason = `answered ${result.status}${asked === undefined ? '' : ' with Retry-After'}`;
        }
        catch (e) {
            if (!isTemporary(e) || n >= policy.maxAttempts)
                throw e;
            delay = backoffMs(n, policy);
            if (pastDeadline(delay))
                throw e;
            reason = `failed (${e.code ?? 'error'})`;
        }
        policy.onRetry?.(n, delay, reason);
        await policy.sleep(delay);
    }
}

;// CONCATENATED MODULE: ./src/http/index.ts





/***/ }),

/***/ 68329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runGuarded: () => (/* binding */ runGuarded)
});

// UNUSED EXPORTS: actionLogger, newRunState, readInputs, reportFailure, run

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var lib_core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(12011);
// EXTERNAL MODULE: ./src/report/run-context.ts
var run_context = __webpack_require__(53149);
;// CONCATENATED MODULE: ./src/action-core.ts
/**
 * `@actions/core` with its printers made safe, the only module that imports it: the action's
 * code writes `import * as core from './action-core.js'` and every log line, annotation and
 * summary element it prints is neutralised here, whoever wrote the call (see report/escape.ts).
 * `core.info` writes its text raw to stdout, where the runner reads workflow commands; the
 * annotation commands escape only `%`, CR and LF; `summary.addTable` inserts cells as raw HTML.
 */





/** Keeps the program's own line breaks (the runner percent-encodes them), escapes every other control. */
function annotationText(message) {
    const text = message instanceof Error ? message.toString() : String(message);
    return text.split(/\r\n|\r|\n/).map(report_escape/* escapeControls */.UN).join('\n');
}
function safeProps(props) {
    if (!props)
        return props;
    return { ...props, file: props.file === undefined ? undefined : (0,report_escape/* escapeControls */.UN)(props.file), title: props.title === undefined ? undefined : (0,report_escape/* escapeControls */.UN)(props.title) };
}
function info(message) {
    lib_core/* info */.pq((0,report_escape/* toLogLines */.vZ)(message));
}
function debug(message) {
    core.debug(annotationText(message));
}
function notice(message, props) {
    lib_core/* notice */.lm(annotationText(message), safeProps(props));
}
function warning(message, props) {
    lib_core/* warning */.$e(annotationText(message), safeProps(props));
}
function error(message, props) {
    lib_core/* error */.z3(annotationText(message), safeProps(props));
}
function setFailed(message) {
    lib_core/* setFailed */.C1(annotationText(message));
}
function startGroup(name) {
    core.startGroup(toLogLine(name));
}
function group(name, fn) {
    return core.group(toLogLine(name), fn);
}
// Structured summary helpers insert their arguments as HTML; escape them. addRaw stays raw:
// whoever builds raw Markdown uses cell() for every value from outside.
const SAFE_SUMMARY = {
    addTable: (rows) => [rows.map(r => r.map(c => (typeof c === 'string' ? (0,format/* cell */.Hn)(c) : { ...c, data: (0,format/* cell */.Hn)(c.data) })))],
    addHeading: (text, level) => [(0,format/* cell */.Hn)(text), level],
    addList: (items, ordered) => [items.map(format/* cell */.Hn), ordered],
    addCodeBlock: (code, lang) => [(0,format/* cell */.Hn)(code), lang === undefined ? undefined : (0,format/* cell */.Hn)(lang)],
    addQuote: (text, cite) => [(0,format/* cell */.Hn)(text), cite === undefined ? undefined : (0,format/* cell */.Hn)(cite)],
    addDetails: (label, content) => [(0,format/* cell */.Hn)(label), (0,format/* cell */.Hn)(content)],
    addLink: (text, href) => [(0,format/* cell */.Hn)(text), (0,format/* cell */.Hn)(href)],
    addImage: (src, alt, options) => [(0,format/* cell */.Hn)(src), (0,format/* cell */.Hn)(alt), options]
};
const action_core_summary = new Proxy(lib_core/* summary */.z, {
    get(target, prop, receiver) {
        const value = Reflect.get(target, prop, target);
        if (typeof value !== 'function')
            return value;
        const escape = typeof prop === 'string' ? SAFE_SUMMARY[prop] : undefined;
        return (...args) => {
            const result = value.apply(target, escape ? escape(...args) : args);
            return result === target ? receiver : result;
        };
    }
});
/** The engine's Logger on the runner: one line per message, never a command. */
// Forgejo and Gitea drop an annotation's file and line, so the message carries them there.
const located = (m, w) => w?.file && (0,run_context/* platformFromEnv */.LH)(process.env) !== 'github' ? `${w.file}${w.line ? `:${w.line}` : ''}: ${m}` : m;
const actionLogger = {
    debug: m => lib_core/* debug */.Yz((0,report_escape/* toLogLine */.gD)(m)),
    info: m => lib_core/* info */.pq((0,report_escape/* toLogLine */.gD)(m)),
    warning: (m, w) => lib_core/* warning */.$e((0,report_escape/* toLogLine */.gD)(located(m, w)), w?.file ? { file: (0,report_escape/* escapeControls */.UN)(w.file), startLine: w.line } : undefined),
    error: (m, w) => lib_core/* error */.z3((0,report_escape/* toLogLine */.gD)(located(m, w)), w?.file ? { file: (0,report_escape/* escapeControls */.UN)(w.file), startLine: w.line } : undefined),
    secret: s => lib_core/* setSecret */.Pq(s)
};

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/index.ts + 2 modules
var src_config = __webpack_require__(23525);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/scan/index.ts + 26 modules
var src_scan = __webpack_require__(65536);
// EXTERNAL MODULE: ./src/engine/targets.ts
var targets = __webpack_require__(91832);
;// CONCATENATED MODULE: ./src/engine/scan-run.ts


async function runScan(config, logger) {
    const root = config.path ?? config.workspace;
    const scan = await (0,src_scan/* scanWorkspace */.H9)({ root, include: config.include, exclude: config.exclude, maxFileSize: config.maxFileSize }, logger);
    for (const u of scan.unscanned)
        logger.warning(`not scanned (${u.code}): ${u.reason}; any image it references is not listed`, u.line === undefined ? { file: u.file } : { file: u.file, line: u.line });
    const grouped = (0,targets/* groupRefs */.e)(scan.refs);
    return { scan, images: grouped.targets.length, unpinned: scan.refs.filter(r => !r.digest).length };
}

// EXTERNAL MODULE: ./src/policy/index.ts + 19 modules
var policy = __webpack_require__(61467);
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
        const scan = await (0,src_scan/* scanWorkspace */.H9)({ root: config.path, include: config.include, exclude: config.exclude, maxFileSize: config.maxFileSize }, logger);
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
;// CONCATENATED MODULE: ./src/engine/index.ts





const runVerify = async (...args) => (await Promise.all(/* import() */[__webpack_require__.e(116), __webpack_require__.e(604), __webpack_require__.e(315)]).then(__webpack_require__.bind(__webpack_require__, 32315))).runVerify(...args);
const runSign = async (...args) => (await Promise.all(/* import() */[__webpack_require__.e(116), __webpack_require__.e(604), __webpack_require__.e(789)]).then(__webpack_require__.bind(__webpack_require__, 95789))).runSign(...args);
const runAttest = async (...args) => (await Promise.all(/* import() */[__webpack_require__.e(116), __webpack_require__.e(604), __webpack_require__.e(637)]).then(__webpack_require__.bind(__webpack_require__, 17637))).runAttest(...args);
const createImageVerifier = async (...args) => (await Promise.all(/* import() */[__webpack_require__.e(116), __webpack_require__.e(604), __webpack_require__.e(946)]).then(__webpack_require__.bind(__webpack_require__, 15946))).createImageVerifier(...args);
const createPolicyRun = async (...args) => (await Promise.all(/* import() */[__webpack_require__.e(116), __webpack_require__.e(604), __webpack_require__.e(408)]).then(__webpack_require__.bind(__webpack_require__, 63408))).createPolicyRun(...args);
const withPolicyCache = async (...args) => (await __webpack_require__.e(/* import() */ 533).then(__webpack_require__.bind(__webpack_require__, 2533))).withPolicyCache(...args);

// EXTERNAL MODULE: ./src/report/index.ts + 15 modules
var report = __webpack_require__(4267);
// EXTERNAL MODULE: ./src/forge/index.ts + 10 modules
var src_forge = __webpack_require__(77848);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(92785);
;// CONCATENATED MODULE: ./src/action-github.ts


/** The Checks API takes at most 50 annotations per request. */
const CHECK_ANNOTATIONS_PER_REQUEST = 50;
const MAX_PAGES = 30;
/** The author of what the workflow's GITHUB_TOKEN writes; no user can take a name with brackets. */
const GITHUB_ACTIONS_BOT = 'github-actions[bot]';
/** GitHub refuses check-run summaries over 65,535 characters. */
const MAX_SUMMARY = 60_000;
const statusOf = (e) => (typeof e === 'object' && e !== null && 'status' in e && typeof e.status === 'number' ? e.status : undefined);
function createGitHubClient(o) {
    const octokit = (0,github/* getOctokit */.Q)(o.token, { baseUrl: o.baseUrl.replace(/\/+$/, '') });
    const request = () => ({ signal: AbortSignal.timeout(o.timeoutMs) });
    async function call(what, fn) {
        try {
            return await fn();
        }
        catch (e) {
            throw (0,src_forge/* forgeErrorFor */.rH)(statusOf(e), what, e);
        }
    }
    const where = (pr) => ({ owner: pr.owner, repo: pr.repo, issue_number: pr.number });
    return {
        platform: 'github',
        async changedLines(pr) {
            const out = new Map();
            let full = false;
            for (let page = 1; page <= MAX_PAGES; page++) {
                const { data } = await call('list pull request files', () => octokit.rest.pulls.listFiles({ owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100, page, request: request() }));
                for (const f of data) {
                    if (f.status === 'removed')
                        continue;
                    out.set(f.filename, f.patch === undefined ? 'all' : (0,src_forge/* addedLinesOfPatch */.nX)(f.patch));
                }
                full = data.length >= 100;
                if (!full)
                    break;
            }
            // GitHub lists at most 3000 files (review finding 9): a file past the cap is not "unchanged".
            if (full)
                throw new src_forge/* ForgeError */.Q8('FORGE_TRUNCATED', `list pull request files: GitHub lists at most ${MAX_PAGES * 100} files and this pull request reaches that`);
            return out;
        },
        async baseFile(pr, path) {
            try {
                const { data } = await octokit.rest.repos.getContent({ owner: pr.owner, repo: pr.repo, path, ref: pr.baseSha, request: request() });
                // Files over 1 MB come without content (encoding `none`): unknown, so their images count as new.
                if (Array.isArray(data) || data.type !== 'file' || !('encoding' in data) || data.encoding !== 'base64')
                    return null;
                return Buffer.from(data.content, 'base64').toString('utf8');
            }
            catch {
                return null;
            }
        },
        async listComments(pr) {
            const out = [];
            for (let page = 1; page <= MAX_PAGES; page++) {
                const { data } = await call('list comments', () => octokit.rest.issues.listComments({ ...where(pr), per_page: 100, page, request: request() }));
                out.push(...data.map(c => ({ id: c.id, body: c.body ?? '', ...(c.user ? { author: c.user.login } : {}) })));
                if (data.length < 100)
                    break;
            }
            return out;
        },
        async ownLogin() {
            try {
                return (await octokit.rest.users.getAuthenticated({ request: request() })).data.login;
            }
            catch {
                // An installation token (GITHUB_TOKEN) may not read /user; what it writes is by this bot.
                return GITHUB_ACTIONS_BOT;
            }
        },
        async createComment(pr, body) {
            const { data } = await call('create comment', () => octokit.rest.issues.createComment({ ...where(pr), body, request: request() }));
            return { id: data.id, body: data.body ?? body };
        },
        async updateComment(pr, id, body) {
            await call('update comment', () => octokit.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: id, body, request: request() }));
        },
        async createCheckRun(owner, repo, run) {
            const batches = [];
            for (let i = 0; i < run.annotations.length; i += CHECK_ANNOTATIONS_PER_REQUEST)
                batches.push(run.annotations.slice(i, i + CHECK_ANNOTATIONS_PER_REQUEST));
            const output = (annotations) => ({ title: run.title, summary: run.summary.slice(0, MAX_SUMMARY), annotations });
            const { data } = await call('create check run', () => octokit.rest.checks.create({ owner, repo, name: run.name, head_sha: run.headSha, status: 'completed', conclusion: run.conclusion, output: output(batches[0] ?? []), request: request() }));
            for (const batch of batches.slice(1)) {
                await call('add check run annotations', () => octokit.rest.checks.update({ owner, repo, check_run_id: data.id, output: output(batch), request: request() }));
            }
            return { id: data.id, requests: Math.max(1, batches.length) };
        }
    };
}

;// CONCATENATED MODULE: ./src/action-forge.ts


/** The forge client for this runner, or null without a token or outside GitHub/Forgejo. */
function forgeClientFromEnv(env, platform, token, timeoutMs) {
    if (!token || platform === 'local')
        return null;
    const apiUrl = (0,src_forge/* apiUrlFromEnv */.R7)(env, platform);
    if (!apiUrl)
        return null;
    return platform === 'github' ? createGitHubClient({ token, baseUrl: apiUrl, timeoutMs }) : (0,src_forge/* createForgejoClient */.U5)({ token, apiUrl, timeoutMs });
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 340 modules
var cache = __webpack_require__(57131);
;// CONCATENATED MODULE: ./src/action-cache.ts

function actionsCacheSync(o) {
    let available = false;
    try {
        available = cache/* isFeatureAvailable */.w3();
    }
    catch {
        available = false;
    }
    const quiet = (what) => (e) => {
        o.logger.debug(`verification cache: ${what} skipped: ${e instanceof Error ? e.message : String(e)}`);
        return undefined;
    };
    return {
        available,
        async restore() {
            if (!available)
                return false;
            const hit = await cache/* restoreCache */.P3([o.dir], `${o.prefix}${o.runId}`, [o.prefix]).catch(quiet('restore'));
            if (hit)
                o.logger.debug(`verification cache: restored ${hit}`);
            return hit !== undefined;
        },
        async save() {
            if (!available)
                return;
            await cache/* saveCache */.Io([o.dir], `${o.prefix}${o.runId}`).catch(quiet('save'));
        }
    };
}

// EXTERNAL MODULE: ./src/cache/index.ts + 5 modules
var src_cache = __webpack_require__(51086);
// EXTERNAL MODULE: ./src/trust/index.ts + 7 modules
var trust = __webpack_require__(60802);
;// CONCATENATED MODULE: ./src/action-verifier.ts






const NOTHING = async () => undefined;
/**
 * The action's verifier. Verdicts (RUNNER_TEMP) and TUF metadata travel between runs through the
 * runner's cache service, but only with `cache-secret`: any job of the repository, a pull
 * request's build step included, can write that cache (on Forgejo runners, often any job on the
 * runner), so an entry is trusted only under an HMAC keyed by a secret such jobs do not hold.
 */
async function createActionVerifier(config, logger, env) {
    const runId = `${env.GITHUB_RUN_ID ?? Date.now()}-${env.GITHUB_RUN_ATTEMPT ?? 1}`;
    const secret = config.cacheTtlMs > 0 && config.cacheSecret !== undefined ? Buffer.from(config.cacheSecret) : undefined;
    if (config.cacheTtlMs > 0 && secret === undefined) {
        logger.info('verification cache: off across runs; set cache-secret (a repository secret) to reuse verified verdicts and trust metadata');
    }
    const key = secret && (0,src_cache/* repositoryKey */.Kq)(secret, env.GITHUB_REPOSITORY || 'unknown');
    const tuf = key && !config.offline && !config.trustedRoot ? await restoreTufCache(config, logger, env, runId, key) : NOTHING;
    const base = await createImageVerifier(config, logger);
    await tuf();
    if (!secret)
        return { verifier: base, finish: NOTHING };
    const dir = external_node_path_default().join(env.RUNNER_TEMP || external_node_os_default().tmpdir(), 'fremforge-cosign-verdicts');
    const prefix = `fremforge-cosign-verdicts-v1-${(0,src_cache/* policyFingerprint */.dC)(base.policy).slice(0, 16)}-${base.trustFingerprint.slice(0, 16)}-`;
    const sync = actionsCacheSync({ dir, prefix, runId, logger });
    await sync.restore();
    const { verifier, cache } = await (0,cache_setup/* withCacheFromConfig */.tP)(base, config, { dir, repository: env.GITHUB_REPOSITORY || 'unknown', secret, logger });
    return {
        verifier,
        async finish() {
            if (cache && cache.stats().stored > 0)
                await sync.save();
        }
    };
}
/**
 * The verification cache with a policy file: the same conditions as createActionVerifier (only
 * with `cache-secret`), entries keyed per image by the rules that decide it (policy-cache.ts).
 */
async function createActionPolicyCache(policy, config, logger, env) {
    if (config.cacheTtlMs <= 0 || config.cacheSecret === undefined) {
        if (config.cacheTtlMs > 0)
            logger.info('verification cache: off across runs; set cache-secret (a repository secret) to reuse verified verdicts');
        return { policy, finish: NOTHING };
    }
    const runId = `${env.GITHUB_RUN_ID ?? Date.now()}-${env.GITHUB_RUN_ATTEMPT ?? 1}`;
    const dir = external_node_path_default().join(env.RUNNER_TEMP || external_node_os_default().tmpdir(), 'fremforge-cosign-verdicts');
    const sync = actionsCacheSync({ dir, prefix: `fremforge-cosign-verdicts-v1-policy-${(0,src_cache/* sha256Hex */.fg)(config.policy.join('\n')).slice(0, 16)}-`, runId, logger });
    await sync.restore();
    const { policy: evaluation, cache } = await withPolicyCache(policy, config, { dir, repository: env.GITHUB_REPOSITORY || 'unknown', secret: Buffer.from(config.cacheSecret), logger });
    return {
        policy: evaluation,
        async finish() {
            if (cache && cache.stats().stored > 0)
                await sync.save();
        }
    };
}
/**
 * Hosted runners start empty, so the TUF metadata travels in the runner's cache too. The TUF
 * client trusts a cached root.json as its anchor, so a restored directory is kept only when its
 * seal holds; otherwise it is emptied and TUF starts from the initial root. Returns the step
 * that seals and saves a changed directory.
 */
async function restoreTufCache(config, logger, env, runId, key) {
    const dir = (0,trust/* defaultTufCachePath */.Cj)(env, external_node_os_default().homedir());
    const mirror = config.tufMirror ?? trust/* PUBLIC_GOOD_MIRROR */.SR;
    const sync = actionsCacheSync({ dir, prefix: `fremforge-cosign-tuf-v1-${(0,src_cache/* sha256Hex */.fg)(mirror).slice(0, 16)}-`, runId, logger });
    if (!sync.available)
        return NOTHING;
    const restored = await sync.restore();
    if (restored && !(await (0,src_cache/* keepSealedDir */.lZ)(dir, key)))
        logger.warning('verification cache: the restored TUF metadata failed its integrity check and was discarded');
    const before = await (0,src_cache/* dirDigest */.gL)(dir);
    return async () => {
        const after = await (0,src_cache/* dirDigest */.gL)(dir);
        if (after === '' || after === before)
            return;
        await (0,src_cache/* sealDir */.NT)(dir, key);
        await sync.save();
    };
}

;// CONCATENATED MODULE: ./src/main.ts













/** Reads every declared input as the runner passes it (INPUT_<NAME>, hyphens kept). */
function readInputs(env = process.env) {
    const raw = {};
    for (const o of src_config/* OPTIONS */.lw) {
        if (o.cliOnly)
            continue;
        const value = env[`INPUT_${o.name.replace(/ /g, '_').toUpperCase()}`];
        if (value !== undefined)
            raw[o.name] = value;
    }
    return raw;
}

const newRunState = () => ({ resultsWritten: false, outputsWritten: false, summaryWritten: false });
async function run(env = process.env, state = newRunState()) {
    try {
        let config = (0,src_config/* resolveConfig */.pE)(readInputs(env), env);
        state.config = config;
        for (const s of [config.registryPassword, config.apiToken, config.keyPassword, config.identityToken, config.githubToken, config.cacheSecret])
            if (s)
                lib_core/* setSecret */.Pq(s);
        if (config.mode !== 'scan' && config.fremforgeAuth === 'oidc')
            config = { ...config, apiToken: await (0,src_forge/* uploadToken */.VA)(config, env, actionLogger) };
        if (config.mode === 'scan')
            await actionScan(config, env);
        else if (config.mode === 'verify')
            await actionVerify(config, env, state);
        else if (config.mode === 'explain')
            await actionExplain(config, env);
        else
            await actionSign(config, env, state);
    }
    catch (e) {
        await reportFailure(state, e);
    }
}
/** The step's failure with everything a later step relies on: the results file, the outputs and a summary. */
async function reportFailure(state, e) {
    const message = (0,errors/* isAppError */.Y6)(e) ? `${(0,errors/* messageOf */.bD)(e)} [${e.code}]` : (0,errors/* messageOf */.bD)(e);
    const config = state.config;
    const withResults = config !== undefined && config.mode !== 'scan' && config.mode !== 'explain';
    if (withResults && !state.resultsWritten) {
        state.resultsWritten = true;
        await (0,report/* writeResultsFile */.At)(config.resultsFile, []).catch((err) => error(`${(0,errors/* messageOf */.bD)(err)}`));
    }
    if (!state.outputsWritten) {
        state.outputsWritten = true;
        for (const o of src_config/* OUTPUTS */.py) {
            if (o.name === 'results-file') {
                if (withResults)
                    lib_core/* setOutput */.uH(o.name, config.resultsFile);
            }
            else
                lib_core/* setOutput */.uH(o.name, o.name === 'signatures' ? '[]' : 0);
        }
    }
    if (!state.summaryWritten) {
        state.summaryWritten = true;
        await action_core_summary
            .addHeading('fremforge cosign: the run did not complete', 2)
            .addRaw(`${(0,format/* cell */.Hn)(message)}\n\nNo image is reported as verified.\n`)
            .write()
            .catch(err => warning(`could not write the job summary: ${(0,errors/* messageOf */.bD)(err)}`));
    }
    setFailed(message);
}
/**
 * `run` under a guard: an exception nobody awaited, or a run left waiting on something that can
 * never settle (the event loop drains: Node would exit with code 13 and say nothing), still ends
 * with the results file, the outputs, a summary and exit code 1.
 */
function runGuarded(env = process.env, work = run) {
    const state = newRunState();
    return new Promise(resolve => {
        let settled = false;
        const finish = (error) => {
            if (settled)
                return;
            settled = true;
            process.off('unhandledRejection', failed);
            process.off('uncaughtException', failed);
            process.off('beforeExit', stalled);
            if (error === undefined)
                return resolve();
            reportFailure(state, error).then(resolve, resolve);
        };
        const failed = (error) => finish(error ?? new Error('the run failed without saying why'));
        const stalled = () => failed(new Error('the run stopped before it finished: an operation never completed'));
        process.on('unhandledRejection', failed);
        process.on('uncaughtException', failed);
        process.on('beforeExit', stalled);
        work(env, state).then(() => finish(), failed);
    });
}
async function actionScan(config, env) {
    const { scan, images, unpinned } = await runScan(config, actionLogger);
    info((0,report/* renderScanTable */.u8)(scan.refs));
    lib_core/* setOutput */.uH('references', scan.refs.length);
    lib_core/* setOutput */.uH('images', images);
    lib_core/* setOutput */.uH('unpinned', unpinned);
    lib_core/* setOutput */.uH('unscanned', scan.unscanned.length);
    info((0,src_scan/* closingLine */.oM)(scan));
    await action_core_summary
        .addRaw((0,report/* renderScanSummary */.uw)({ refs: scan.refs, images, unpinned, filesSeen: scan.filesSeen, unscanned: scan.unscanned, run: (0,report/* runContextFromEnv */.wX)(env), platform: (0,report/* platformFromEnv */.LH)(env) }))
        .write();
}
async function actionVerify(config, env, state) {
    // With a policy file every image is checked per authority; the cache is keyed by each image's rules.
    const policyRun = config.policy.length > 0 ? await createPolicyRun(config, actionLogger, env) : undefined;
    const policyCache = policyRun ? await createActionPolicyCache(policyRun.policy, config, actionLogger, env) : undefined;
    const cached = policyRun ? undefined : await createActionVerifier(config, actionLogger, env);
    const verifier = policyRun?.verifier ?? cached.verifier;
    const pr = await (0,src_forge/* pullRequestFromEnv */.Gz)(env);
    const client = forgeClientFromEnv(env, (0,report/* platformFromEnv */.LH)(env), config.githubToken, config.timeoutMs);
    const fromApi = client ? (p) => client.changedLines(p) : undefined;
    const baseFromApi = client?.baseFile ? (p, file) => client.baseFile(p, file) : undefined;
    const changes = await (0,src_forge/* changesForRun */.yF)({ pr, workspace: config.workspace, scanRoot: config.path, logger: actionLogger, fromApi, baseFromApi, timeoutMs: config.timeoutMs, maxFileSize: config.maxFileSize });
    const outcome = await runVerify(config, actionLogger, { verifier, env, changes, policy: policyCache?.policy });
    state.resultsWritten = true;
    await cached?.finish();
    await policyCache?.finish();
    await main_report(outcome, env, state, { config, pr, client, changes });
    if (outcome.resultsError)
        setFailed(`${outcome.resultsError.message} [${outcome.resultsError.code}]`);
    if (outcome.policyFailed) {
        const rules = [config.requireSigned && 'require-signed', config.requirePinned && 'require-pinned'].filter(Boolean).join(', ');
        const count = config.failOn === 'new' ? `${outcome.newFindings} images introduced by this pull request` : `${outcome.counts.findings} images`;
        const unscanned = config.requireSigned && outcome.unscanned.length > 0 ? ` and ${outcome.unscanned.length} files could not be scanned` : '';
        const unenforceable = outcome.notEnforceable.length > 0 ? `; ${outcome.notEnforceable.length} policy features are not enforceable` : '';
        setFailed(`${count} break the policy (${rules})${unscanned}${unenforceable}; see the job summary`);
    }
    else if (outcome.uploadFailed)
        setFailed(`upload to fremforge failed: ${outcome.upload.message}`);
}
/** `mode: explain`: which policy governs each image, offline; nothing is verified. */
async function actionExplain(config, env) {
    const lines = await runExplain(config, actionLogger, undefined, env);
    info((0,policy/* renderExplainTable */.E$)(lines));
    lib_core/* setOutput */.uH('images', lines.length);
    await action_core_summary
        .addRaw((0,report/* renderExplainSummary */.m0)(lines))
        .write()
        .catch(e => warning(`could not write the job summary: ${(0,errors/* messageOf */.bD)(e)}`));
}
async function actionSign(config, env, state) {
    const outcome = await (config.mode.startsWith('attest') ? runAttest : runSign)(config, actionLogger, { env });
    state.resultsWritten = true;
    info(outcome.text);
    lib_core/* setOutput */.uH('signatures', JSON.stringify(outcome.signatures));
    lib_core/* setOutput */.uH('results-file', outcome.resultsFile);
    lib_core/* setOutput */.uH('images', outcome.records.length);
    lib_core/* setOutput */.uH('verified', outcome.records.filter(r => r.status === 'verified').length);
    state.outputsWritten = true;
    if (outcome.upload.state === 'failed')
        warning(`upload to fremforge failed: ${outcome.upload.message}`);
    action_core_summary.addRaw((0,report/* renderSignSummary */.I$)({ ...outcome, notes: [...outcome.warnings, `Upload: ${outcome.upload.message}`] }));
    await action_core_summary.write().catch(e => warning(`could not write the job summary: ${(0,errors/* messageOf */.bD)(e)}`));
    state.summaryWritten = true;
    if (!outcome.ok)
        setFailed(config.mode === 'sign-and-verify' ? 'signing or verifying what was signed did not succeed for every image; see the log and the job summary' : 'signing did not succeed for every image; see the log and the job summary');
}
/** The scan root inside the workspace, as forge paths need it. */
function scanPrefix(config) {
    const rel = config.path ? external_node_path_default().relative(config.workspace, config.path) : '';
    return rel.startsWith('..') ? '' : rel.split((external_node_path_default()).sep).join('/');
}
async function main_report(outcome, env, state, forge) {
    const platform = (0,report/* platformFromEnv */.LH)(env);
    const feedback = forge
        ? await (0,src_forge/* publishFeedback */.r6)({
            items: outcome.items,
            counts: outcome.counts,
            policy: outcome.policy,
            policyFailed: outcome.policyFailed,
            run: (0,report/* runContextFromEnv */.wX)(env),
            platform,
            pr: forge.pr,
            client: forge.client,
            prComment: forge.config.prComment,
            workflow: env.GITHUB_WORKFLOW ?? 'workflow',
            job: env.GITHUB_JOB ?? 'job',
            sha: env.GITHUB_SHA ?? null,
            prefix: forge.changes?.prefix ?? scanPrefix(forge.config),
            logger: actionLogger
        })
        : undefined;
    const unscanned = (0,report/* unscannedAnnotations */.WS)(outcome.unscanned, outcome.policy.requireSigned);
    const all = [...unscanned, ...(0,report/* toAnnotations */.gI)(outcome.items, outcome.policy)];
    // A check run carries every image annotation; workflow commands would only repeat the first ten.
    const { shown, hidden } = feedback?.checkRun ? { shown: unscanned, hidden: 0 } : (0,report/* limitAnnotations */.yV)(all);
    for (const a of shown) {
        const props = { file: a.file, startLine: a.line, title: a.title };
        if (a.level === 'error')
            error(a.message, props);
        else
            warning(a.message, props);
    }
    if (hidden > 0)
        notice(`${hidden} more annotations are listed in the job summary and the results file`);
    if (platform === 'forgejo' || platform === 'gitea')
        for (const line of (0,report/* toPlainLines */.$k)(all))
            info(line);
    if (outcome.upload.state === 'failed')
        warning(`upload to fremforge failed: ${outcome.upload.message}`);
    else if (outcome.upload.state === 'skipped')
        notice(outcome.upload.message);
    else
        info(outcome.upload.message);
    const c = outcome.counts;
    lib_core/* setOutput */.uH('results-file', outcome.resultsFile);
    lib_core/* setOutput */.uH('references', outcome.refs.length);
    lib_core/* setOutput */.uH('unscanned', outcome.unscanned.length);
    for (const [k, v] of Object.entries(c))
        lib_core/* setOutput */.uH(k, v);
    state.outputsWritten = true;
    const summary = (0,report/* renderSummary */.Br)({
        items: outcome.items,
        counts: c,
        policy: outcome.policy,
        run: (0,report/* runContextFromEnv */.wX)(env),
        platform,
        resultsFile: outcome.resultsFile,
        unscanned: outcome.unscanned,
        notes: [...outcome.warnings, `Upload: ${outcome.upload.message}`, ...(feedback?.notes ?? [])]
    });
    action_core_summary.addRaw(summary);
    // A summary is a nicety: a runner without GITHUB_STEP_SUMMARY must not fail the step.
    await action_core_summary.write().catch(e => warning(`could not write the job summary: ${(0,errors/* messageOf */.bD)(e)}`));
    state.summaryWritten = true;
}


/***/ }),

/***/ 61467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ph: () => (/* reexport */ MAX_POLICY_FILE_BYTES),
  Vc: () => (/* reexport */ PREDICATE_TYPE_SHORT_NAMES),
  zj: () => (/* reexport */ PolicyFileError),
  LO: () => (/* reexport */ checkAnnotations),
  Z0: () => (/* reexport */ checkIdentity),
  Eb: () => (/* reexport */ compilePattern),
  FQ: () => (/* reexport */ conditionContext),
  qX: () => (/* reexport */ countVerdicts),
  wy: () => (/* reexport */ describePolicy),
  wz: () => (/* reexport */ evaluateConditions),
  d3: () => (/* reexport */ evaluateImage),
  Zu: () => (/* reexport */ explainImage),
  qd: () => (/* reexport */ isFinding),
  ti: () => (/* reexport */ loadPolicySet),
  D9: () => (/* reexport */ mayHoldPolicy),
  dC: () => (/* reexport */ policyFingerprint),
  aF: () => (/* reexport */ policyWarnings),
  E$: () => (/* reexport */ renderExplainTable),
  gJ: () => (/* reexport */ resolvePredicateType),
  jH: () => (/* reexport */ searchPattern),
  vA: () => (/* reexport */ unverifiedVerdict)
});

// UNUSED EXPORTS: CONDITION_OPERATORS, NATIVE_API_VERSION, NO_MATCH_CHOICES, POLICY_CONTROLLER_API_VERSIONS, PatternError, STATUSES, checkCondition, expressionOf, ggcrName, globMatches, isExpired, isInconclusive, kyvernoName, matchingPolicies, modeToday, planImage, policyMatches, readDocument, wildcardMatch

;// CONCATENATED MODULE: ./src/policy/outcome.ts
/** A verdict for an image that was not verified, with no signer evidence. */
function unverifiedVerdict(name, digest, status, details) {
    return { name, digest, status, signed: false, signerSubject: null, signerIssuer: null, signatureFormat: null, signatureLocation: null, tlogIndex: null, signedAt: null, details };
}
/** Statuses that say nothing about the image itself: the check could not be completed. */
const INCONCLUSIVE = ['auth-error', 'rate-limited', 'registry-error', 'not-found', 'error'];
function isInconclusive(status) {
    return INCONCLUSIVE.includes(status);
}
/**
 * Whether a verdict breaks the organisation's policy. Unpinned references are findings only
 * under require-pinned; everything else that is not verified is one under require-signed.
 */
function isFinding(verdict, policy) {
    if (verdict.status === 'verified' || verdict.status === 'exempt')
        return false;
    // Per-image policy: only an enforced failure (not warn, not no-match warn/allow) is a finding.
    if (verdict.policy && !verdict.policy.enforced)
        return false;
    if (verdict.status === 'unpinned')
        return policy.requirePinned;
    return policy.requireSigned;
}
/** Counts over unique images; unpinned references are counted apart from `images`. */
function countVerdicts(verdicts, policy) {
    const counts = { images: 0, verified: 0, unsigned: 0, failed: 0, findings: 0, unpinned: 0, exempt: 0 };
    for (const v of verdicts) {
        if (isFinding(v, policy))
            counts.findings++;
        if (v.status === 'unpinned') {
            counts.unpinned++;
            continue;
        }
        counts.images++;
        if (v.status === 'verified')
            counts.verified++;
        else if (v.status === 'exempt')
            counts.exempt++;
        else if (v.status === 'unsigned')
            counts.unsigned++;
        else
            counts.failed++;
    }
    return counts;
}
/** Human description of the policy in force, saying plainly when it is permissive. */
function describePolicy(policy) {
    const lines = [];
    const identity = [
        policy.certificateIdentity && `identity = \`${policy.certificateIdentity}\``,
        policy.certificateIdentityRegexp && `identity matches \`${policy.certificateIdentityRegexp}\``,
        policy.certificateOidcIssuer && `issuer = \`${policy.certificateOidcIssuer}\``,
        policy.certificateOidcIssuerRegexp && `issuer matches \`${policy.certificateOidcIssuerRegexp}\``,
        ...Object.entries(policy.githubWorkflow)
            .filter(([, v]) => v)
            .map(([k, v]) => `GitHub workflow ${k} = \`${v}\``),
        ...Object.entries(policy.annotations).map(([k, v]) => `annotation ${k}=${v}`)
    ].filter((s) => Boolean(s));
    if (policy.key)
        lines.push('Signatures must verify against the configured public key.');
    else if (identity.length === 0 && policy.issuerAllowlist.length === 0) {
        lines.push('Permissive policy: any valid Sigstore signature passes, whoever signed it.');
    }
    if (identity.length > 0)
        lines.push(`Signer rules: ${identity.join(', ')}.`);
    if (policy.issuerAllowlist.length > 0)
        lines.push(`Issuer allowlist: ${policy.issuerAllowlist.map(i => `\`${i}\``).join(', ')}.`);
    lines.push(policy.requireSigned
        ? 'Signed images are required: every image that is not verified is a finding and fails the step.'
        : 'Signed images are not required: problems are reported as warnings.');
    if (policy.requirePinned)
        lines.push('Digest pinning is required: tag-only references are findings.');
    if (policy.platforms === 'all')
        lines.push('Multi-arch images need a signature on every platform manifest.');
    if (policy.insecureIgnoreTlog)
        lines.push('INSECURE: transparency-log evidence is not required for key-based signatures.');
    return lines;
}

// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/policy/pattern.ts


class PatternError extends errors/* AppError */.uV {
}
/** Compiles a pattern with RE2 semantics; throws PATTERN_INVALID with RE2's reason when it is invalid. */
function compilePattern(source) {
    let compiled;
    try {
        compiled = build/* RE2JS */.L3.compile(source);
    }
    catch (e) {
        throw new PatternError('PATTERN_INVALID', e.message, { cause: e, details: { pattern: source } });
    }
    return { source, test: value => compiled.test(value) };
}
/** Whether `pattern` (valid RE2) finds a match in `value`, unanchored as Go's MatchString. */
function searchPattern(pattern, value) {
    return compilePattern(pattern).test(value);
}

;// CONCATENATED MODULE: ./src/policy/identity.ts

const OK = { ok: true };
const fail = (code, message) => ({ ok: false, code, message });
/** cosign's regexps are Go RE2 searches: unanchored unless the pattern anchors itself (see pattern.ts). */
const search = searchPattern;
/** policy-controller identities: exact values compare equal, regexps search as cosign's do. */
function identityMatches(id, subject, issuer) {
    if (id.issuer !== undefined && issuer !== id.issuer)
        return false;
    if (id.issuerRegExp !== undefined && !search(id.issuerRegExp, issuer))
        return false;
    if (id.subject !== undefined && subject !== id.subject)
        return false;
    if (id.subjectRegExp !== undefined && !search(id.subjectRegExp, subject))
        return false;
    return true;
}
/**
 * Applies the identity rules to one cryptographically verified signature. Exact rules are
 * string equality (not sigstore-js's unanchored pattern), regexps are unanchored as in cosign.
 */
function checkIdentity(signer, policy) {
    if (signer.keyBased)
        return OK;
    const subject = signer.subject ?? '';
    const issuer = signer.issuer ?? '';
    if (policy.certificateIdentity !== undefined && subject !== policy.certificateIdentity) {
        return fail('IDENTITY_MISMATCH', `expected identity ${policy.certificateIdentity}, found ${subject || '(none)'}`);
    }
    if (policy.certificateIdentityRegexp !== undefined && !search(policy.certificateIdentityRegexp, subject)) {
        return fail('IDENTITY_MISMATCH', `expected an identity matching /${policy.certificateIdentityRegexp}/, found ${subject || '(none)'}`);
    }
    if (policy.certificateOidcIssuer !== undefined && issuer !== policy.certificateOidcIssuer) {
        return fail('ISSUER_MISMATCH', `expected issuer ${policy.certificateOidcIssuer}, found ${issuer || '(none)'}`);
    }
    if (policy.certificateOidcIssuerRegexp !== undefined && !search(policy.certificateOidcIssuerRegexp, issuer)) {
        return fail('ISSUER_MISMATCH', `expected an issuer matching /${policy.certificateOidcIssuerRegexp}/, found ${issuer || '(none)'}`);
    }
    if (policy.issuerAllowlist.length > 0 && !policy.issuerAllowlist.includes(issuer)) {
        return fail('ISSUER_NOT_ALLOWED', `issuer ${issuer || '(none)'} is not in the allowlist (${policy.issuerAllowlist.join(', ')})`);
    }
    if (policy.identities && policy.identities.length > 0 && !policy.identities.some(id => identityMatches(id, subject, issuer))) {
        const wanted = policy.identities.map(id => `${id.subject ?? `/${id.subjectRegExp ?? ''}/`} from ${id.issuer ?? `/${id.issuerRegExp ?? ''}/`}`).join(' or ');
        return fail('IDENTITY_MISMATCH', `expected ${wanted}, found ${subject || '(none)'} from ${issuer || '(none)'}`);
    }
    for (const [claim, wanted] of Object.entries(policy.githubWorkflow)) {
        if (wanted === undefined)
            continue;
        const found = signer.githubWorkflow[claim];
        if (found !== wanted)
            return fail('WORKFLOW_CLAIM_MISMATCH', `expected GitHub workflow ${claim} ${wanted}, found ${found ?? '(none)'}`);
    }
    return OK;
}
/** Every required annotation must be in the signed payload with the same value (cosign -a). */
function checkAnnotations(signed, policy) {
    for (const [key, wanted] of Object.entries(policy.annotations)) {
        const found = signed?.[key];
        if (found === undefined || String(found) !== wanted) {
            return fail('ANNOTATION_MISMATCH', `expected signed annotation ${key}=${wanted}, found ${found === undefined ? '(absent)' : `${key}=${String(found)}`}`);
        }
    }
    return OK;
}
/** Warnings about rules that are weaker than they look. */
function policyWarnings(policy) {
    const out = [];
    const patterns = [
        ['certificate-identity-regexp', policy.certificateIdentityRegexp],
        ['certificate-oidc-issuer-regexp', policy.certificateOidcIssuerRegexp]
    ];
    for (const [name, pattern] of patterns) {
        if (pattern === undefined)
            continue;
        if (searchPattern(pattern, '') || ['.*', '.+', '^.*$', '^.+$'].includes(pattern))
            out.push(`${name} '${pattern}' matches every value: it constrains nothing`);
        else if (!/^(\(\?[imsU]+\))?\^/.test(pattern) || !pattern.endsWith('$')) {
            out.push(`${name} '${pattern}' is unanchored, so it also matches values that merely contain it; anchor it with ^…$ unless that is intended`);
        }
    }
    const identityRules = [policy.certificateIdentity, policy.certificateIdentityRegexp, ...Object.values(policy.githubWorkflow)].filter(r => r !== undefined);
    if (!policy.key && identityRules.length === 0) {
        out.push('no identity rule (certificate-identity, certificate-identity-regexp or certificate-github-workflow-*): any valid Sigstore signature passes, whoever signed it');
    }
    return out;
}

;// CONCATENATED MODULE: ./src/policy/predicate-types.ts
/**
 * cosign's `--type` short names, exactly as cosign maps them (cmd/cosign/cli/options/predicate.go,
 * PredicateTypeMap, cosign v2.2+). Lives in the policy layer because both the flat inputs and the
 * policy documents name predicate types, and this layer imports nothing.
 */
const PREDICATE_TYPE_SHORT_NAMES = {
    custom: 'https://cosign.sigstore.dev/attestation/v1',
    slsaprovenance: 'https://slsa.dev/provenance/v0.2',
    slsaprovenance02: 'https://slsa.dev/provenance/v0.2',
    slsaprovenance1: 'https://slsa.dev/provenance/v1',
    spdx: 'https://spdx.dev/Document',
    spdxjson: 'https://spdx.dev/Document',
    cyclonedx: 'https://cyclonedx.org/bom',
    link: 'https://in-toto.io/Link/v1',
    vuln: 'https://cosign.sigstore.dev/attestation/vuln/v1',
    openvex: 'https://openvex.dev/ns'
};
/**
 * A short name or a URI to the predicate type URI, or undefined when it is neither. cosign's
 * ParsePredicateType accepts anything url.ParseRequestURI accepts: an absolute URI (a scheme)
 * or an absolute path.
 */
function resolvePredicateType(value) {
    const known = PREDICATE_TYPE_SHORT_NAMES[value];
    if (known !== undefined)
        return known;
    if (/\s/.test(value))
        return undefined;
    if (value.startsWith('/'))
        return value;
    try {
        new URL(value);
        return value;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./node_modules/@jmespath-community/jmespath/dist/index.mjs
var dist = __webpack_require__(34022);
;// CONCATENATED MODULE: ./src/policy/attestation-types.ts
/** Kyverno's condition operators (kyverno api/kyverno/v1 ConditionOperator), the ones we enforce. */
const CONDITION_OPERATORS = [
    'Equals',
    'NotEquals',
    'In',
    'AnyIn',
    'AllIn',
    'NotIn',
    'AnyNotIn',
    'AllNotIn',
    'GreaterThan',
    'GreaterThanOrEquals',
    'LessThan',
    'LessThanOrEquals'
];

;// CONCATENATED MODULE: ./src/policy/match/wildcard.ts
/**
 * Kyverno's image wildcards (kyverno ext/wildcard → github.com/IGLOU-EU/go-wildcard v1, the
 * minio matcher): `*` matches any run of characters including `/`, `?` exactly one character,
 * everything else is literal; the pattern must match the whole string.
 */
function wildcardMatch(pattern, text) {
    if (pattern === '')
        return text === '';
    if (pattern === '*')
        return true;
    // Iterative glob with backtracking to the last star: linear in practice, no regex injection.
    let p = 0;
    let t = 0;
    let star = -1;
    let mark = 0;
    while (t < text.length) {
        if (p < pattern.length && pattern[p] === '*') {
            star = p++;
            mark = t;
        }
        else if (p < pattern.length && (pattern[p] === '?' || pattern[p] === text[t])) {
            p++;
            t++;
        }
        else if (star !== -1) {
            p = star + 1;
            t = ++mark;
        }
        else
            return false;
    }
    while (p < pattern.length && pattern[p] === '*')
        p++;
    return p === pattern.length;
}
/**
 * The string Kyverno matches: ImageInfo.String() of kyverno pkg/utils/image/infos.go, with the
 * default registry `docker.io` (not index.docker.io) and `library/` for one-component paths:
 * `registry/path@digest`, else `registry/path:tag`.
 */
function kyvernoName(image) {
    return image.digest ? `${image.name}@${image.digest}` : `${image.name}:${image.tag ?? 'latest'}`;
}
function wildcardMatches(pattern, image) {
    return wildcardMatch(pattern, kyvernoName(image));
}

;// CONCATENATED MODULE: ./src/policy/conditions.ts
/**
 * Kyverno attestation conditions (`all` / `any` of {key, operator, value}) over an in-toto
 * statement. Keys are JMESPath, evaluated by @jmespath-community/jmespath (Kyverno uses the same
 * community dialect), so imported Kyverno rules run unchanged: `{{ builder.id }}` and `builder.id`
 * both read the predicate, as in Kyverno; `predicate.builder.id`, `predicateType` and `subject`
 * read the statement. Values are literals (Kyverno's `{{ }}` substitution in values is not
 * supported and is refused when the policy is loaded).
 */




const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** `{{ builder.id }}` → `builder.id`. */
function expressionOf(key) {
    const m = /^\s*\{\{\s*([\s\S]*?)\s*\}\}\s*$/.exec(key);
    return (m ? m[1] : key).trim();
}
/** Throws CONDITION_INVALID for an unknown operator, a key that is not JMESPath, or a templated value. */
function checkCondition(condition, where) {
    if (!CONDITION_OPERATORS.includes(condition.operator)) {
        throw new errors/* AppError */.uV('CONDITION_INVALID', `${where}: expected an operator among ${CONDITION_OPERATORS.join(', ')}, found '${String(condition.operator)}'`);
    }
    try {
        (0,dist/* compile */.wE)(expressionOf(condition.key));
    }
    catch (e) {
        throw new errors/* AppError */.uV('CONDITION_INVALID', `${where}: key '${condition.key}' is not a JMESPath expression (${e.message})`, { cause: e });
    }
    if (typeof condition.value === 'string' && condition.value.includes('{{')) {
        throw new errors/* AppError */.uV('CONDITION_INVALID', `${where}: variables in values ('${condition.value}') are not supported; write the literal value`);
    }
}
/** The document keys are evaluated against: the predicate's fields at the root, then the statement's. */
function conditionContext(statement) {
    const predicate = isObject(statement.predicate) ? statement.predicate : {};
    return { ...predicate, _type: statement.type ?? null, subject: statement.subject, predicateType: statement.predicateType, predicate: statement.predicate ?? null };
}
/** Kyverno's wildcard match (`*`, `?`) for string values; everything else compares as JSON. */
function matches(pattern, found) {
    if (typeof pattern === 'string' && typeof found === 'string') {
        if (!/[*?]/.test(pattern))
            return pattern === found;
        // Kyverno's wildcard matcher, iterative (no regular expression over a statement the registry served).
        return wildcardMatch(pattern, found);
    }
    if (typeof pattern === 'number' && typeof found === 'string')
        return String(pattern) === found;
    if (typeof pattern === 'string' && typeof found === 'number')
        return pattern === String(found);
    return JSON.stringify(pattern) === JSON.stringify(found);
}
const asList = (v) => (Array.isArray(v) ? v : [v]);
const inValue = (item, value) => asList(value).some(p => matches(p, item));
function toNumber(v) {
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    return Number.isFinite(n) ? n : undefined;
}
function compare(found, value, test) {
    const a = toNumber(found);
    const b = toNumber(value);
    return a !== undefined && b !== undefined && test(a, b);
}
function holds(found, operator, value) {
    switch (operator) {
        case 'Equals':
            return matches(value, found);
        case 'NotEquals':
            return !matches(value, found);
        case 'In':
        case 'AllIn':
            return asList(found).every(item => inValue(item, value));
        case 'AnyIn':
            return asList(found).some(item => inValue(item, value));
        case 'NotIn':
        case 'AllNotIn':
            return asList(found).every(item => !inValue(item, value));
        case 'AnyNotIn':
            return asList(found).some(item => !inValue(item, value));
        case 'GreaterThan':
            return compare(found, value, (a, b) => a > b);
        case 'GreaterThanOrEquals':
            return compare(found, value, (a, b) => a >= b);
        case 'LessThan':
            return compare(found, value, (a, b) => a < b);
        case 'LessThanOrEquals':
            return compare(found, value, (a, b) => a <= b);
    }
}
function evaluate(condition, context) {
    let found;
    try {
        found = (0,dist/* search */.$P)(context, expressionOf(condition.key));
    }
    catch {
        return { ok: false, found: '(expression failed)' };
    }
    return { ok: holds(found, condition.operator, condition.value), found };
}
const describe = (c, found) => `${expressionOf(c.key)} ${c.operator} ${JSON.stringify(c.value)} (found ${JSON.stringify(found ?? null)})`;
/**
 * Every block must hold; within a block every `all` condition and, when `any` is given, at least
 * one `any` condition (Kyverno's AnyAllConditions).
 */
function evaluateConditions(blocks, context) {
    for (const block of blocks) {
        for (const condition of block.all ?? []) {
            const r = evaluate(condition, context);
            if (!r.ok)
                return { ok: false, failed: `condition failed: ${describe(condition, r.found)}` };
        }
        const any = block.any ?? [];
        if (any.length > 0) {
            const results = any.map(c => ({ c, ...evaluate(c, context) }));
            if (!results.some(r => r.ok))
                return { ok: false, failed: `no 'any' condition holds: ${results.map(r => describe(r.c, r.found)).join('; ')}` };
        }
    }
    return { ok: true };
}

;// CONCATENATED MODULE: ./src/policy/errors.ts

/** A policy document that cannot be read as written; `details` holds file and line. */
class PolicyFileError extends errors/* AppError */.uV {
    constructor(code, message, where) {
        super(code, `${where.file}:${where.line}: ${message}`, { details: { file: where.file, line: where.line } });
        this.name = 'PolicyFileError';
    }
}

;// CONCATENATED MODULE: ./src/policy/match/glob.ts
/**
 * policy-controller's image globs, as in sigstore/policy-controller pkg/apis/glob/glob.go:
 * `*` matches any run of characters but `/`, `**` any run at all; the glob must match the whole
 * name; `.` is literal; `*` alone means `index.docker.io/library/*` and `*` + `/*` means
 * `index.docker.io/*` + `/*`. Only letters, digits and `-_:/*.` are allowed.
 */
const VALID_GLOB = /^[a-zA-Z0-9\-_:/*.]+$/;
function isValidGlob(glob) {
    return VALID_GLOB.test(glob === '*' || glob === '*/*' ? 'x' : glob);
}
function compileGlob(glob) {
    let g = glob;
    if (g === '*/*')
        g = 'index.docker.io/*/*';
    if (g === '*')
        g = 'index.docker.io/library/*';
    if (!VALID_GLOB.test(g))
        return undefined;
    const source = g.replace(/\./g, '\\.').replace(/\*\*/g, '#').replace(/\*/g, '[^/]*').replace(/#/g, '.*');
    return new RegExp(`^${source}$`);
}
/**
 * The name policy-controller matches: go-containerregistry's `Reference.Name()`, which spells
 * Docker Hub `index.docker.io`, keeps `library/`, and gives `repo@digest`, else `repo:tag`
 * (`latest` when absent). The admission webhook passes exactly this string.
 */
function ggcrName(image) {
    const name = image.name.startsWith('docker.io/') ? `index.${image.name}` : image.name;
    return image.digest ? `${name}@${image.digest}` : `${name}:${image.tag ?? 'latest'}`;
}
/**
 * glob.Match: against ggcr's name, and, like policy-controller's deprecated fallback, against
 * the reference as written when one is given and differs. Invalid globs match nothing.
 */
function globMatches(glob, image, written) {
    const re = compileGlob(glob);
    if (!re)
        return false;
    const full = ggcrName(image);
    if (re.test(full))
        return true;
    return written !== undefined && written !== full && re.test(written);
}

;// CONCATENATED MODULE: ./src/policy/load/attestations.ts





/**
 * A regular expression from a policy file (issuerRegExp, subjectRegExp): checked with the RE2
 * engine that evaluates it (pattern.ts), so a pattern means what it means to cosign and the
 * Go-based admission controllers, and no pattern can stall the run.
 */
function readRegExp(node) {
    const v = node.str();
    if (v === undefined)
        return undefined;
    try {
        compilePattern(v);
    }
    catch (e) {
        throw new PolicyFileError('POLICY_FIELD_INVALID', `${node.path}: expected a valid RE2 regular expression, found '${v}' (${e.message})`, node.position);
    }
    return v;
}
/** A predicate type as written (a cosign short name such as `slsaprovenance`, or a URI) to its URI. */
function readPredicateType(node) {
    const written = node.required();
    const uri = resolvePredicateType(written);
    if (uri === undefined)
        throw node.error('POLICY_FIELD_INVALID', 'a cosign predicate type short name or a URI');
    return uri;
}
/**
 * Kyverno `conditions`: a list of AnyAllConditions (`all` / `any` of {key, operator, value}).
 * A key that is not JMESPath is an error; an operator or value the action cannot evaluate
 * (Duration*, `{{ }}` variables in values) makes the policy not enforceable, never ignored.
 */
function readConditions(node, lack) {
    return node.items().map(blockNode => {
        const block = {};
        for (const key of blockNode.keys()) {
            if (key !== 'all' && key !== 'any')
                throw new PolicyFileError('POLICY_FIELD_INVALID', `${blockNode.path}.${key}: not a field of conditions (all, any)`, blockNode.get(key).position);
        }
        for (const which of ['all', 'any']) {
            const list = blockNode.get(which);
            if (!list.present)
                continue;
            block[which] = list.items().map(c => {
                const operator = c.get('operator').required();
                const condition = { key: c.get('key').required(), operator: operator, value: c.get('value').value() };
                if (!CONDITION_OPERATORS.includes(operator)) {
                    lack(c.get('operator'), `condition operator ${operator} is not evaluated (supported: ${CONDITION_OPERATORS.join(', ')})`);
                    return condition;
                }
                if (typeof condition.value === 'string' && condition.value.includes('{{')) {
                    lack(c.get('value'), 'variables in condition values are not evaluated; write the literal value');
                    return condition;
                }
                try {
                    checkCondition(condition, c.path);
                }
                catch (e) {
                    throw new PolicyFileError('POLICY_FIELD_INVALID', e.message, c.get('key').position);
                }
                return condition;
            });
        }
        if (!block.all && !block.any)
            throw blockNode.error('POLICY_FIELD_MISSING', 'all or any');
        return block;
    });
}
/**
 * Kyverno `attestations[].attestors`: who may sign the attestation. Keyless entries become
 * identity rules (wildcards as anchored RE2 patterns, as Kyverno matches them); keys, certificates
 * and nested sets are not enforceable. Returns undefined when none are given (the authority's own
 * signer then signs it: stricter than Kyverno, which would fetch it unverified).
 */
function readAttestors(node, lack, wildcardToRegExp) {
    const sets = node.items();
    if (sets.length === 0)
        return undefined;
    const out = [];
    for (const set of sets) {
        const entries = set.get('entries').items();
        const count = set.get('count').int();
        if (count !== undefined && count > 1)
            lack(set.get('count'), 'a count above 1 for attestation attestors is not supported');
        for (const entry of entries) {
            const keyless = entry.get('keyless');
            if (!keyless.present) {
                lack(entry, 'attestation attestors other than keyless are not supported');
                continue;
            }
            const rule = {};
            const subject = keyless.get('subject').str();
            const issuer = keyless.get('issuer').str();
            const subjectRe = readRegExp(keyless.get('subjectRegExp'));
            const issuerRe = readRegExp(keyless.get('issuerRegExp'));
            if (subject !== undefined) {
                if (/[*?]/.test(subject))
                    rule.certificateIdentityRegexp = wildcardToRegExp(subject);
                else
                    rule.certificateIdentity = subject;
            }
            if (issuer !== undefined) {
                if (/[*?]/.test(issuer))
                    rule.certificateOidcIssuerRegexp = wildcardToRegExp(issuer);
                else
                    rule.certificateOidcIssuer = issuer;
            }
            if (subjectRe !== undefined) {
                if (rule.certificateIdentityRegexp !== undefined)
                    lack(keyless.get('subjectRegExp'), 'a wildcard subject together with subjectRegExp is not supported');
                rule.certificateIdentityRegexp = subjectRe;
            }
            if (issuerRe !== undefined) {
                if (rule.certificateOidcIssuerRegexp !== undefined)
                    lack(keyless.get('issuerRegExp'), 'a wildcard issuer together with issuerRegExp is not supported');
                rule.certificateOidcIssuerRegexp = issuerRe;
            }
            if (rule.certificateIdentity === undefined && rule.certificateIdentityRegexp === undefined)
                lack(keyless, 'an attestation attestor without a subject would accept any signer');
            if (rule.certificateOidcIssuer === undefined && rule.certificateOidcIssuerRegexp === undefined)
                lack(keyless, 'an attestation attestor without an issuer would accept the subject from any identity provider');
            for (const field of ['roots', 'additionalExtensions'])
                if (keyless.get(field).present)
                    lack(keyless.get(field), `${field} of attestation attestors are not supported`);
            out.push(rule);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/policy/load/cip.ts



/** Extensions the native kind adds to policy-controller's ClusterImagePolicy spec. */
const NATIVE_SPEC = ['threshold', 'reason', 'expires'];
const SPEC_FIELDS = ['images', 'authorities', 'mode', 'policy', 'match'];
const AUTHORITY_FIELDS = ['name', 'key', 'keyless', 'static', 'source', 'ctlog', 'attestations', 'rfc3161timestamp', 'signatureFormat'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
function checkFields(node, allowed, what) {
    for (const key of node.keys()) {
        if (!allowed.includes(key))
            throw new PolicyFileError('POLICY_FIELD_INVALID', `${node.path}.${key}: not a field of ${what}`, node.get(key).position);
    }
}
/** Reads a ClusterImagePolicy `spec` (policy-controller v1alpha1/v1beta1, or the native kind's). */
function readCipSpec(ctx) {
    const spec = ctx.doc.get('spec');
    if (!spec.isMap)
        throw spec.error('POLICY_FIELD_MISSING', 'a spec mapping');
    const native = ctx.dialect === 'native';
    checkFields(spec, native ? [...SPEC_FIELDS, ...NATIVE_SPEC] : SPEC_FIELDS, ctx.kind);
    const unenforceable = [];
    const lack = (node, reason) => void unenforceable.push({ policy: ctx.name, field: node.path, position: node.position, reason });
    const images = spec.get('images').items().map(item => {
        const glob = item.get('glob').required();
        if (!isValidGlob(glob))
            throw new PolicyFileError('POLICY_FIELD_INVALID', `${item.path}.glob: '${glob}' is not a valid glob (letters, digits, -_:/*. only)`, item.position);
        // policy-controller matches repo@digest for pinned images: a glob without * never matches one.
        if (!glob.includes('*'))
            ctx.notes.push(`${ctx.name}: glob '${glob}' (${item.file}:${item.position.line}) has no *, so it matches only a tag reference, never a digest-pinned image; end it with * or :**`);
        return glob;
    });
    if (images.length === 0)
        throw spec.get('images').error('POLICY_FIELD_MISSING', 'at least one image glob');
    const modeNode = spec.get('mode');
    const mode = (modeNode.str() ?? 'enforce');
    if (!(native ? ['enforce', 'warn', 'skip'] : ['enforce', 'warn']).includes(mode))
        throw modeNode.error('POLICY_FIELD_INVALID', native ? 'enforce, warn or skip' : 'enforce or warn');
    const reason = spec.get('reason').str();
    if (mode === 'skip' && !reason)
        throw new PolicyFileError('POLICY_FIELD_MISSING', 'spec.reason is required with mode: skip', modeNode.position);
    const expiresNode = spec.get('expires');
    const expires = expiresNode.str();
    if (expires !== undefined) {
        if (!DATE.test(expires) || Number.isNaN(Date.parse(`${expires}T00:00:00Z`)))
            throw expiresNode.error('POLICY_FIELD_INVALID', 'a date YYYY-MM-DD');
        if (mode === 'enforce')
            throw expiresNode.error('POLICY_FIELD_INVALID', 'expires only with mode warn or skip');
    }
    const authoritiesNode = spec.get('authorities');
    const authorities = authoritiesNode.items().map((a, i) => readAuthority(a, i, native, lack, ctx.notes));
    if (authorities.length === 0 && mode !== 'skip')
        throw authoritiesNode.error('POLICY_FIELD_MISSING', 'at least one authority');
    const names = new Set();
    for (const a of authorities) {
        if (names.has(a.name))
            throw new PolicyFileError('POLICY_NAME_DUPLICATE', `authority name '${a.name}' is used twice in ${ctx.name}`, a.position);
        names.add(a.name);
    }
    const thresholdNode = spec.get('threshold');
    const threshold = thresholdNode.int() ?? 1;
    if (threshold < 1 || (mode !== 'skip' && threshold > authorities.length))
        throw thresholdNode.error('POLICY_FIELD_INVALID', `an integer between 1 and the number of authorities (${authorities.length})`);
    const policyNode = spec.get('policy');
    if (policyNode.present)
        lack(policyNode, `a ${policyNode.get('type').str() ?? 'CUE or Rego'} policy over the image's signatures and attestations is not evaluated`);
    if (spec.get('match').present)
        ctx.notes.push(`${ctx.name}: spec.match (${ctx.doc.file}:${spec.get('match').position.line}) selects Kubernetes resources at admission; in CI the policy applies to every image its globs match`);
    return {
        name: ctx.name,
        kind: ctx.kind,
        dialect: ctx.dialect,
        position: ctx.doc.position,
        engine: 'glob',
        images,
        skip: [],
        authorities,
        threshold,
        mode,
        ...(reason !== undefined ? { reason } : {}),
        ...(expires !== undefined ? { expires } : {}),
        unenforceable
    };
}
function readAuthority(a, index, native, lack, notes) {
    checkFields(a, AUTHORITY_FIELDS, 'an authority');
    const name = a.get('name').str() ?? `authority-${index}`;
    const base = { name, source: readSources(a.get('source'), lack, notes), attestations: readAttestations(a.get('attestations'), native, lack), position: a.position };
    for (const field of ['ctlog', 'rfc3161timestamp', 'signatureFormat']) {
        if (a.get(field).present)
            notes.push(`${a.path}.${field} (${a.file}:${a.get(field).position.line}): the action uses its configured trust material and both signature formats`);
    }
    const kinds = ['key', 'keyless', 'static'].filter(k => a.get(k).present);
    if (kinds.length !== 1)
        throw new PolicyFileError('POLICY_FIELD_INVALID', `${a.path}: expected exactly one of key, keyless, static, found ${kinds.length === 0 ? 'none' : kinds.join(' and ')}`, a.position);
    if (kinds[0] === 'static') {
        const action = a.get('static').get('action');
        const value = action.required();
        if (value !== 'pass' && value !== 'fail')
            throw action.error('POLICY_FIELD_INVALID', 'pass or fail');
        return { ...base, type: 'static', action: value, ...(a.get('static').get('message').str() ? { message: a.get('static').get('message').str() } : {}) };
    }
    if (kinds[0] === 'key') {
        const key = a.get('key');
        checkFields(key, native ? ['data', 'path', 'tlog', 'secretRef', 'kms', 'hashAlgorithm'] : ['data', 'secretRef', 'kms', 'hashAlgorithm'], 'a key authority');
        const keys = [];
        const data = key.get('data').str();
        const path = key.get('path').str();
        if (data !== undefined)
            keys.push({ data });
        if (path !== undefined)
            keys.push({ path });
        for (const field of ['secretRef', 'kms'])
            if (key.get(field).present)
                lack(key.get(field), `keys from a Kubernetes secret or a KMS are not available in CI; give the public key as data or path`);
        if (keys.length === 0 && !key.get('secretRef').present && !key.get('kms').present)
            throw key.error('POLICY_FIELD_MISSING', 'data or path');
        return { ...base, type: 'key', keys, tlog: key.get('tlog').bool() ?? true };
    }
    const keyless = a.get('keyless');
    checkFields(keyless, native ? ['url', 'identities', 'ca-cert', 'trustRootRef', 'insecureIgnoreSCT', 'trustedRoot'] : ['url', 'identities', 'ca-cert', 'trustRootRef', 'insecureIgnoreSCT'], 'a keyless authority');
    const identities = readIdentities(keyless.get('identities'));
    // policy-controller accepts keyless without identities: any signer Fulcio certified.
    if (identities.length === 0)
        notes.push(`${keyless.path} (${keyless.file}:${keyless.position.line}) has no identities: any signer the trusted Fulcio certified is accepted`);
    if (keyless.get('ca-cert').present)
        lack(keyless.get('ca-cert'), 'a custom Fulcio CA certificate is not supported; use keyless.trustedRoot (native kind) or the trusted-root input');
    if (keyless.get('trustRootRef').present)
        lack(keyless.get('trustRootRef'), 'a TrustRoot resource lives in the cluster; use keyless.trustedRoot (native kind) or the trusted-root input');
    const trustedRoot = keyless.get('trustedRoot').str();
    return { ...base, type: 'keyless', identities, ...(trustedRoot ? { trustedRoot } : {}) };
}
/** policy-controller `identities[]`: each needs an issuer and a subject, exact or RE2. */
function readIdentities(node) {
    return node.items().map(id => {
        checkFields(id, ['issuer', 'subject', 'issuerRegExp', 'subjectRegExp'], 'an identity');
        const out = {};
        for (const field of ['issuer', 'subject', 'issuerRegExp', 'subjectRegExp']) {
            const v = field.endsWith('RegExp') ? readRegExp(id.get(field)) : id.get(field).str();
            if (v !== undefined)
                out[field] = v;
        }
        if (!(out.issuer || out.issuerRegExp) || !(out.subject || out.subjectRegExp))
            throw id.error('POLICY_FIELD_MISSING', 'an issuer (or issuerRegExp) and a subject (or subjectRegExp)');
        return out;
    });
}
const attestorOf = (id) => ({
    certificateIdentity: id.subject,
    certificateIdentityRegexp: id.subjectRegExp,
    certificateOidcIssuer: id.issuer,
    certificateOidcIssuerRegexp: id.issuerRegExp
});
function readSources(node, lack, notes) {
    return node.items().map(s => {
        const oci = s.get('oci').required();
        if (!/^[a-z0-9][a-z0-9.:_/-]*$/i.test(oci) || oci.includes('//'))
            throw s.get('oci').error('POLICY_FIELD_INVALID', 'a repository such as registry.example/org/signatures');
        if (s.get('tagPrefix').present)
            lack(s.get('tagPrefix'), 'a signature tag prefix is not supported');
        if (s.get('signaturePullSecrets').present)
            notes.push(`${s.path}.signaturePullSecrets (${s.file}:${s.get('signaturePullSecrets').position.line}): pull secrets live in the cluster; the action reads ${oci} with its own registry credentials`);
        return { oci };
    });
}
/**
 * policy-controller `attestations[]`: each must be present and signed by the authority; its
 * `policy` (CUE or Rego over the predicate) is not evaluated, so an attestation with one makes
 * the policy not enforceable. The native kind adds Kyverno-form `conditions` and `identities`
 * (who may sign the attestation instead of the authority's signer).
 */
function readAttestations(node, native, lack) {
    return node.items().map((att, i) => {
        checkFields(att, native ? ['name', 'predicateType', 'policy', 'conditions', 'identities'] : ['name', 'predicateType', 'policy'], 'an attestation');
        const predicateType = readPredicateType(att.get('predicateType'));
        const policy = att.get('policy');
        const req = { name: att.get('name').str() ?? `attestation-${i}`, predicateType, position: att.position };
        if (policy.present) {
            const type = policy.get('type').str() ?? 'unknown';
            req.conditions = { type, ...(policy.get('data').str() ? { data: policy.get('data').str() } : {}), position: policy.position };
            lack(policy, `a ${type} policy over the ${predicateType} attestation is not evaluated`);
        }
        const conditions = att.get('conditions');
        if (conditions.present) {
            if (policy.present)
                throw conditions.error('POLICY_FIELD_INVALID', 'either policy or conditions');
            req.conditions = { type: 'jmespath', blocks: readConditions(conditions, lack), position: conditions.position };
        }
        if (att.get('identities').present)
            req.attestors = readIdentities(att.get('identities')).map(attestorOf);
        return req;
    });
}

;// CONCATENATED MODULE: ./src/policy/load/kyverno.ts


/** A Kyverno wildcard as an anchored regular expression: `*` any run, `?` one character, the rest literal. */
function wildcardToRegExp(pattern) {
    return `^${[...pattern].map(c => (c === '*' ? '[\\s\\S]*' : c === '?' ? '[\\s\\S]' : c.replace(/[.+^${}()|[\]\\/-]/g, '\\$&'))).join('')}$`;
}
const PEM = /-----BEGIN [A-Z ]*PUBLIC KEY-----[\s\S]*?-----END [A-Z ]*PUBLIC KEY-----/g;
/** Kyverno `Enforce` → enforce, `Audit` → warn (both spellings); its default is Audit. */
function modeOf(node, fallback) {
    const v = node.str();
    if (v === undefined)
        return fallback;
    if (/^enforce$/i.test(v))
        return 'enforce';
    if (/^audit$/i.test(v))
        return 'warn';
    throw node.error('POLICY_FIELD_INVALID', 'Enforce or Audit');
}
/**
 * Kyverno ClusterPolicy / Policy (kyverno.io/v1) `verifyImages` rules. Each attestor set becomes one
 * policy over the rule's image references: Kyverno requires every attestor set, and `count` entries
 * of a set (default all of them) — the threshold.
 */
function readKyverno(doc, name, kind, notes) {
    const spec = doc.get('spec');
    // Written by `policy export --to kyverno`: our policy and authority names, which Kyverno has no field for.
    const annotations = doc.get('metadata').get('annotations');
    const exportedName = annotations.get('cosign.fremforge.dev/policy-name').str();
    const exportedAuthorities = annotations.get('cosign.fremforge.dev/authorities').str()?.split(',');
    const specMode = modeOf(spec.get('validationFailureAction'), 'warn');
    const out = [];
    for (const rule of spec.get('rules').items()) {
        const ruleName = rule.get('name').str() ?? rule.path;
        for (const [vi, verify] of rule.get('verifyImages').items().entries()) {
            const base = exportedName ?? `${name}/${ruleName}${vi > 0 ? `[${vi}]` : ''}`;
            const unenforceable = [];
            const lack = (node, reason) => void unenforceable.push({ policy: base, field: node.path, position: node.position, reason });
            const images = verify.get('imageReferences').items().map(i => i.required());
            const single = verify.get('image').str();
            if (single)
                images.push(single);
            if (images.length === 0)
                throw verify.get('imageReferences').error('POLICY_FIELD_MISSING', 'at least one image reference');
            const skip = verify.get('skipImageReferences').items().map(i => i.required());
            let mode = modeOf(verify.get('failureAction'), specMode);
            if (verify.get('required').bool() === false)
                mode = 'warn';
            const type = verify.get('type').str() ?? 'Cosign';
            if (type !== 'Cosign' && type !== 'SigstoreBundle')
                lack(verify.get('type'), `${type} signatures are not verified`);
            const repository = verify.get('repository').str();
            const source = repository ? [{ oci: repository }] : [];
            const attestations = verify.get('attestations').items().map((att, i) => {
                const predicateType = readPredicateType(att.get('predicateType').present ? att.get('predicateType') : att.get('type'));
                const conditions = att.get('conditions');
                const attestors = readAttestors(att.get('attestors'), lack, wildcardToRegExp);
                return {
                    name: att.get('name').str() ?? `attestation-${i}`,
                    predicateType,
                    position: att.position,
                    ...(conditions.present ? { conditions: { type: 'jmespath', blocks: readConditions(conditions, lack), position: conditions.position } } : {}),
                    ...(attestors ? { attestors } : {})
                };
            });
            const sets = verify.get('attestors').items();
            const legacyKey = verify.get('key').str();
            const policyOf = (suffix, authorities, threshold, position = verify.position) => ({
                name: `${base}${suffix}`,
                kind,
                dialect: 'kyverno',
                position,
                engine: 'wildcard',
                images,
                skip,
                authorities,
                threshold,
                mode,
                unenforceable
            });
            if (sets.length === 0) {
                const authorities = legacyKey ? [{ name: 'key', type: 'key', keys: [{ data: legacyKey }], tlog: true, source: [], attestations, position: verify.get('key').position }] : [];
                if (authorities.length === 0 && attestations.length === 0)
                    throw verify.error('POLICY_FIELD_MISSING', 'attestors or attestations');
                if (authorities.length === 0) {
                    // Kyverno then checks the attestations alone, each by its own attestors. Here a signature is
                    // always required too (an attestation is never a signature): from one of those attestors.
                    const signers = attestations.every(a => (a.attestors ?? []).length > 0) ? attestations.flatMap(a => a.attestors ?? []) : [];
                    if (signers.length > 0) {
                        notes.push(`${base} (${verify.file}:${verify.position.line}): no image attestors; the image must also be signed by one of its attestations' attestors (Kyverno checks the attestations alone)`);
                        authorities.push({ name: 'attestors', type: 'keyless', identities: uniqueIdentities(signers), source, attestations, position: verify.position });
                    }
                    else {
                        lack(verify.get('attestations'), 'attestations without image attestors and without attestors of their own are not supported; add attestors');
                        authorities.push({ name: 'attestations', type: 'static', action: 'fail', message: 'attestations only', source: [], attestations, position: verify.position });
                    }
                }
                out.push(policyOf('', authorities, 1));
                continue;
            }
            for (const [si, set] of sets.entries()) {
                const entries = set.get('entries').items();
                const named = exportedAuthorities?.length === entries.length ? exportedAuthorities : undefined;
                const authorities = entries.map((entry, ei) => ({ ...readEntry(entry, named?.[ei] ?? `entries[${ei}]`, attestations, lack, notes), source }));
                if (authorities.length === 0)
                    throw set.get('entries').error('POLICY_FIELD_MISSING', 'at least one attestor entry');
                const countNode = set.get('count');
                const count = countNode.int() ?? authorities.length;
                if (count < 1 || count > authorities.length)
                    throw countNode.error('POLICY_FIELD_INVALID', `a count between 1 and ${authorities.length}`);
                out.push(policyOf(sets.length > 1 ? `/attestors[${si}]` : '', authorities, count, set.position));
            }
        }
    }
    return out;
}
/** Attestation attestors as keyless identities (any one), duplicates dropped. */
function uniqueIdentities(signers) {
    const out = new Map();
    for (const r of signers) {
        const id = {};
        if (r.certificateIdentity !== undefined)
            id.subject = r.certificateIdentity;
        if (r.certificateIdentityRegexp !== undefined)
            id.subjectRegExp = r.certificateIdentityRegexp;
        if (r.certificateOidcIssuer !== undefined)
            id.issuer = r.certificateOidcIssuer;
        if (r.certificateOidcIssuerRegexp !== undefined)
            id.issuerRegExp = r.certificateOidcIssuerRegexp;
        out.set(JSON.stringify(id), id);
    }
    return [...out.values()];
}
function readEntry(entry, name, attestations, lack, notes) {
    const base = { name, source: [], attestations, position: entry.position };
    const keys = entry.get('keys');
    if (keys.present) {
        const text = keys.get('publicKeys').str();
        const pems = text?.match(PEM) ?? [];
        for (const field of ['kms', 'secret'])
            if (keys.get(field).present)
                lack(keys.get(field), 'keys from a KMS or a Kubernetes secret are not available in CI; give publicKeys');
        if (text !== undefined && pems.length === 0)
            throw keys.get('publicKeys').error('POLICY_FIELD_INVALID', 'PEM public keys');
        const ignoreTlog = keys.get('rekor').get('ignoreTlog').bool() ?? false;
        // Several keys in one entry must all verify: Kyverno expands them into a nested attestor set with count = all.
        return { ...base, type: 'key', keys: pems.map(data => ({ data })), tlog: !ignoreTlog, ...(pems.length > 1 ? { allKeys: true } : {}) };
    }
    const keyless = entry.get('keyless');
    if (keyless.present) {
        const id = {};
        for (const field of ['issuer', 'subject', 'issuerRegExp', 'subjectRegExp']) {
            const v = field.endsWith('RegExp') ? readRegExp(keyless.get(field)) : keyless.get(field).str();
            if (v !== undefined)
                id[field] = v;
        }
        // Kyverno compares subject and issuer with its wildcards (pkg/cosign: wildcard.Match): "*@acme.example".
        for (const [exact, regexp] of [['subject', 'subjectRegExp'], ['issuer', 'issuerRegExp']]) {
            const pattern = id[exact];
            if (pattern === undefined || !/[*?]/.test(pattern))
                continue;
            if (id[regexp] !== undefined) {
                lack(keyless.get(exact), `a wildcard ${exact} together with ${regexp} is not supported`);
                continue;
            }
            delete id[exact];
            id[regexp] = wildcardToRegExp(pattern);
        }
        if (keyless.get('roots').present)
            lack(keyless.get('roots'), 'custom Fulcio roots are not supported; use the trusted-root input');
        if (keyless.get('additionalExtensions').present)
            lack(keyless.get('additionalExtensions'), 'additional certificate extensions are not checked');
        if (keyless.get('rekor').get('ignoreTlog').bool())
            notes.push(`${keyless.path}.rekor.ignoreTlog (${keyless.file}:${keyless.position.line}): keyless signatures always need transparency-log evidence here`);
        return { ...base, type: 'keyless', identities: [id] };
    }
    for (const field of ['certificates', 'attestor']) {
        if (entry.get(field).present) {
            lack(entry.get(field), field === 'attestor' ? 'nested attestor sets are not supported' : 'certificate attestors are not supported');
            return { ...base, type: 'static', action: 'fail', message: `${field} attestor not supported` };
        }
    }
    throw new PolicyFileError('POLICY_FIELD_MISSING', `${entry.path}: expected keys, keyless, certificates or attestor`, entry.position);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/policy/load/yaml-node.ts


/** Read-only view of a YAML node that knows its file and line, for coded errors and reports. */
class YamlNode {
    node;
    file;
    lines;
    path;
    keyOffset;
    constructor(node, file, lines, 
    /** Dotted path of this node in its document, e.g. spec.authorities[0].key. */
    path, 
    /** Where the key naming this node starts: a mapping value is reported at its key's line. */
    keyOffset) {
        this.node = node;
        this.file = file;
        this.lines = lines;
        this.path = path;
        this.keyOffset = keyOffset;
    }
    get position() {
        const offset = this.keyOffset ?? this.node?.range?.[0];
        return { file: this.file, line: offset === undefined ? 1 : this.lines.linePos(offset).line };
    }
    get present() {
        return this.node !== null && this.node !== undefined && !((0,yaml_dist/* isScalar */.jn)(this.node) && this.node.value === null);
    }
    get isMap() {
        return (0,yaml_dist/* isMap */.jh)(this.node);
    }
    keys() {
        if (!(0,yaml_dist/* isMap */.jh)(this.node))
            return [];
        return this.node.items.map(pair => ((0,yaml_dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '')).filter(Boolean);
    }
    get(key) {
        const pair = (0,yaml_dist/* isMap */.jh)(this.node) ? this.node.items.find(p => (0,yaml_dist/* isScalar */.jn)(p.key) && p.key.value === key) : undefined;
        const keyOffset = pair && (0,yaml_dist/* isScalar */.jn)(pair.key) ? pair.key.range?.[0] : undefined;
        return new YamlNode(pair?.value, this.file, this.lines, this.path ? `${this.path}.${key}` : key, keyOffset);
    }
    items() {
        if (!this.present)
            return [];
        if (!(0,yaml_dist/* isSeq */.oP)(this.node))
            throw this.error('POLICY_FIELD_INVALID', 'a list');
        return this.node.items.map((n, i) => new YamlNode(n, this.file, this.lines, `${this.path}[${i}]`));
    }
    /** A scalar as a string; undefined when absent. */
    str() {
        if (!this.present)
            return undefined;
        if (!(0,yaml_dist/* isScalar */.jn)(this.node) || typeof this.node.value === 'object')
            throw this.error('POLICY_FIELD_INVALID', 'a string');
        return String(this.node.value);
    }
    /** The node as plain data (strings, numbers, lists, mappings); undefined when absent. */
    value() {
        if (!this.present)
            return undefined;
        return this.node.toJSON();
    }
    required() {
        const v = this.str();
        if (v === undefined || v === '')
            throw new PolicyFileError('POLICY_FIELD_MISSING', `${this.path} is required`, this.position);
        return v;
    }
    bool() {
        if (!this.present)
            return undefined;
        if ((0,yaml_dist/* isScalar */.jn)(this.node) && typeof this.node.value === 'boolean')
            return this.node.value;
        throw this.error('POLICY_FIELD_INVALID', 'true or false');
    }
    int() {
        if (!this.present)
            return undefined;
        if ((0,yaml_dist/* isScalar */.jn)(this.node) && typeof this.node.value === 'number' && Number.isInteger(this.node.value))
            return this.node.value;
        throw this.error('POLICY_FIELD_INVALID', 'an integer');
    }
    error(code, expected) {
        const found = (0,yaml_dist/* isScalar */.jn)(this.node) ? `'${String(this.node.value)}'` : (0,yaml_dist/* isSeq */.oP)(this.node) ? 'a list' : (0,yaml_dist/* isMap */.jh)(this.node) ? 'a mapping' : 'nothing';
        return new PolicyFileError(code, `${this.path}: expected ${expected}, found ${found}`, this.position);
    }
}
/** Every YAML document of a file, as nodes; a syntax error is POLICY_YAML_INVALID with its line. */
function yamlDocuments(content, file) {
    const lines = new yaml_dist/* LineCounter */.HN();
    const out = [];
    for (const doc of (0,yaml_dist/* parseAllDocuments */.hR)(content, { lineCounter: lines, prettyErrors: false, uniqueKeys: true })) {
        const err = doc.errors[0];
        if (err)
            throw new PolicyFileError('POLICY_YAML_INVALID', `not valid YAML: ${err.message.split('\n')[0]}`, { file, line: lines.linePos(err.pos[0]).line });
        if (doc.contents === null)
            continue;
        out.push(new YamlNode(doc.contents, file, lines, ''));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/policy/load/documents.ts




const NATIVE_API_VERSION = 'cosign.fremforge.dev/v1alpha1';
const POLICY_CONTROLLER_API_VERSIONS = ['policy.sigstore.dev/v1beta1', 'policy.sigstore.dev/v1alpha1'];
const KYVERNO_API_VERSIONS = ['kyverno.io/v1', 'kyverno.io/v2beta1'];
/** Cheap pre-check (like the scanner's extractors): could this text hold a policy document? */
function mayHoldPolicy(content) {
    return /\bkind:\s*["']?(ImagePolicy|ClusterImagePolicy|ClusterPolicy|Policy|ImageValidatingPolicy)\b/.test(content);
}
function nameOf(doc) {
    return doc.get('metadata').get('name').required();
}
/** The policies of one document; other Kubernetes documents give none. */
function readDocument(doc, notes) {
    if (!doc.isMap)
        return [];
    const apiVersion = doc.get('apiVersion').str() ?? '';
    const kind = doc.get('kind').str() ?? '';
    if (apiVersion === NATIVE_API_VERSION) {
        if (kind !== 'ImagePolicy')
            throw new PolicyFileError('POLICY_KIND_UNSUPPORTED', `${apiVersion} has no kind '${kind}' (expected ImagePolicy)`, doc.get('kind').position);
        return [readCipSpec({ name: nameOf(doc), kind, dialect: 'native', doc, notes })];
    }
    if (apiVersion.startsWith('policy.sigstore.dev/')) {
        if (kind !== 'ClusterImagePolicy')
            return [];
        if (!POLICY_CONTROLLER_API_VERSIONS.includes(apiVersion))
            throw new PolicyFileError('POLICY_KIND_UNSUPPORTED', `unknown ClusterImagePolicy version '${apiVersion}'`, doc.get('apiVersion').position);
        return [readCipSpec({ name: nameOf(doc), kind, dialect: 'policy-controller', doc, notes })];
    }
    if (KYVERNO_API_VERSIONS.includes(apiVersion) && (kind === 'ClusterPolicy' || kind === 'Policy')) {
        const hasVerify = doc.get('spec').get('rules').items().some(r => r.get('verifyImages').present);
        return hasVerify ? readKyverno(doc, nameOf(doc), kind, notes) : [];
    }
    if (apiVersion.startsWith('policies.kyverno.io/') && kind === 'ImageValidatingPolicy')
        return [celPolicy(doc, kind)];
    return [];
}
/** Kyverno's CEL ImageValidatingPolicy: matched by its globs, never enforceable here. */
function celPolicy(doc, kind) {
    const name = nameOf(doc);
    const spec = doc.get('spec');
    const images = spec.get('matchImageReferences').items().flatMap(m => m.get('glob').str() ?? []);
    return {
        name,
        kind,
        dialect: 'kyverno',
        position: doc.position,
        engine: 'wildcard',
        images: images.length > 0 ? images : ['*'],
        skip: [],
        authorities: [],
        threshold: 1,
        mode: /^deny$/i.test(spec.get('validationActions').items()[0]?.str() ?? 'Deny') ? 'enforce' : 'warn',
        unenforceable: [{ policy: name, field: 'spec.validations', position: spec.position, reason: 'CEL ImageValidatingPolicy rules are not evaluated' }]
    };
}
/** Policy files are small; a bigger one is refused rather than read (the pull request is the attacker). */
const MAX_POLICY_FILE_BYTES = 1024 * 1024;
/** Every policy of every file; names must be unique across the set. */
function loadPolicySet(files, noMatch) {
    const notes = [];
    const policies = [];
    for (const f of files) {
        const before = policies.length;
        for (const doc of yamlDocuments(f.content, f.file))
            policies.push(...readDocument(doc, notes));
        if (f.explicit && policies.length === before) {
            throw new PolicyFileError('POLICY_KIND_UNSUPPORTED', `no policy document (ImagePolicy, ClusterImagePolicy, or a Kyverno policy with verifyImages) in this file`, { file: f.file, line: 1 });
        }
    }
    const seen = new Map();
    for (const p of policies) {
        const other = seen.get(p.name);
        if (other)
            throw new PolicyFileError('POLICY_NAME_DUPLICATE', `policy name '${p.name}' is also used at ${other.position.file}:${other.position.line}`, p.position);
        seen.set(p.name, p);
    }
    return { policies, noMatch, notes };
}

;// CONCATENATED MODULE: ./src/policy/match/index.ts




/** Whether a policy governs an image, by its own engine's pattern rules. */
function policyMatches(policy, image) {
    if (policy.engine === 'wildcard')
        return policy.images.some(p => wildcardMatches(p, image)) && !policy.skip.some(p => wildcardMatches(p, image));
    return policy.images.some(g => globMatches(g, image));
}
/** The policies that govern an image, in file order. */
function matchingPolicies(set, image) {
    return set.policies.filter(p => policyMatches(p, image));
}

;// CONCATENATED MODULE: ./src/policy/plan.ts

/** YYYY-MM-DD of `now` in UTC; a policy expires the day after its `expires` date. */
function isExpired(policy, now) {
    return policy.expires !== undefined && now.toISOString().slice(0, 10) > policy.expires;
}
function modeToday(policy, now) {
    const expired = isExpired(policy, now);
    return { policy, mode: expired ? 'enforce' : policy.mode, expired };
}
/**
 * Which policies govern an image and what failing them means. Every matching policy must pass,
 * except that an unexpired `skip` policy exempts the image (an exemption is explicit, has a
 * reason, and is listed in the summary). No match falls to `no-match`.
 */
function planImage(set, image, now) {
    const policies = matchingPolicies(set, image).map(p => modeToday(p, now));
    if (policies.length === 0)
        return { policies, noMatch: true, effective: set.noMatch === 'deny' ? 'deny' : set.noMatch === 'allow' ? 'allow' : 'warn' };
    const exemptBy = policies.find(p => p.mode === 'skip');
    if (exemptBy)
        return { policies, noMatch: false, effective: 'skip', exemptBy };
    return { policies, noMatch: false, effective: policies.some(p => p.mode === 'enforce') ? 'enforce' : 'warn' };
}

;// CONCATENATED MODULE: ./src/policy/evaluate.ts


// The most telling failure decides the status: a trusted signature lacking a required attestation,
// a valid but untrusted signature, then broken ones,
// then lookups that could not complete; "unsigned" only when every lookup said so.
const FAILURE_ORDER = ['missing-attestation', 'untrusted-signer', 'invalid-signature', 'auth-error', 'rate-limited', 'registry-error', 'not-found', 'error', 'unsigned'];
function staticVerdict(image, authority) {
    if (authority.action === 'pass')
        return { ...unverifiedVerdict(image.name, image.digest, 'verified', `static authority ${authority.name} passes every image`), signed: true };
    return unverifiedVerdict(image.name, image.digest, 'untrusted-signer', `static authority ${authority.name} fails every image${authority.message ? `: ${authority.message}` : ''}`);
}
async function runPolicy(planned, image, check) {
    const { policy } = planned;
    if (policy.unenforceable.length > 0) {
        const what = policy.unenforceable.map(u => `${u.field} (${u.position.file}:${u.position.line}): ${u.reason}`).join('; ');
        return { planned, passed: false, satisfied: [], tried: [], reason: `not enforceable: ${what}` };
    }
    const satisfied = [];
    const tried = [];
    for (const authority of policy.authorities) {
        const verdict = authority.type === 'static' ? staticVerdict(image, authority) : await check(image, authority, policy);
        const outcome = { authority: authority.name, verdict };
        tried.push(outcome);
        if (verdict.status === 'verified')
            satisfied.push(outcome);
        if (satisfied.length >= policy.threshold)
            break;
    }
    return { planned, passed: satisfied.length >= policy.threshold, satisfied, tried };
}
function evaluate_describe(o) {
    const p = o.planned.policy;
    const head = `policy ${p.name} (${o.planned.mode}${o.planned.expired ? ', expired' : ''})`;
    if (o.reason)
        return `${head} failed: ${o.reason}`;
    if (o.passed) {
        return `${head} passed: ${o.satisfied.map(s => `authority ${s.authority} verified${s.verdict.signerSubject ? ` (${s.verdict.signerSubject})` : ''}`).join(', ')}`;
    }
    const need = p.threshold > 1 ? `needs ${p.threshold} of ${p.authorities.length} authorities, ${o.satisfied.length} satisfied` : 'no authority satisfied';
    return `${head} failed, ${need}: ${o.tried.map(t => `authority ${t.authority}: ${t.verdict.status}: ${t.verdict.details}`).join(' | ')}`;
}
/** The attestations of every satisfied authority, one entry per predicate type (a required or verified one first). */
function mergeAttestations(verdicts) {
    const byType = new Map();
    const rank = (e) => (e.required ? 2 : 0) + (e.verified ? 1 : 0);
    for (const e of verdicts.flatMap(v => v.attestations ?? [])) {
        const before = byType.get(e.predicateType);
        if (!before || rank(e) > rank(before))
            byType.set(e.predicateType, e);
    }
    return byType.size > 0 ? [...byType.values()] : undefined;
}
function summaryOf(planned, passed) {
    return planned.map(p => ({ name: p.policy.name, kind: p.policy.kind, mode: p.mode, passed: passed(p) }));
}
/**
 * The verdict for one image under a policy set: every matching policy must pass, each by
 * `threshold` distinct authorities. A failing `warn` policy is not enforced; exemptions and
 * no-match images are never verified (nothing to verify them against).
 */
async function evaluateImage(set, image, check, now) {
    const plan = planImage(set, image, now);
    const expiredSkip = plan.policies.find(p => p.policy.mode === 'skip' && p.expired);
    if (plan.exemptBy) {
        const p = plan.exemptBy.policy;
        const policy = {
            policies: summaryOf(plan.policies, () => null),
            effective: 'skip',
            noMatch: false,
            enforced: false,
            exemption: { policy: p.name, reason: p.reason ?? '', expires: p.expires ?? null, expired: false }
        };
        return { ...unverifiedVerdict(image.name, image.digest, 'exempt', `exempt by policy ${p.name}${p.expires ? ` until ${p.expires}` : ''}: ${p.reason ?? ''}`), policy };
    }
    if (plan.noMatch) {
        const policy = { policies: [], effective: plan.effective, noMatch: true, enforced: plan.effective === 'deny' };
        if (plan.effective === 'deny') {
            return { ...unverifiedVerdict(image.name, image.digest, 'untrusted-signer', 'no policy covers this image and no-match is deny: no signer is trusted for it'), policy };
        }
        return { ...unverifiedVerdict(image.name, image.digest, 'exempt', `no policy covers this image (no-match: ${set.noMatch}); it was not verified`), policy };
    }
    const outcomes = [];
    for (const planned of plan.policies)
        outcomes.push(await runPolicy(planned, image, check));
    const failed = outcomes.filter(o => !o.passed);
    const exemption = expiredSkip
        ? { policy: expiredSkip.policy.name, reason: expiredSkip.policy.reason ?? '', expires: expiredSkip.policy.expires ?? null, expired: true }
        : undefined;
    const policy = {
        policies: summaryOf(plan.policies, p => outcomes.find(o => o.planned === p)?.passed ?? null),
        effective: plan.effective,
        noMatch: false,
        enforced: failed.some(o => o.planned.mode === 'enforce'),
        ...(exemption ? { exemption } : {})
    };
    const expiredNote = exemption ? ` The exemption by ${exemption.policy} expired on ${exemption.expires}.` : '';
    const details = outcomes.map(evaluate_describe).join('. ') + '.' + expiredNote;
    if (failed.length === 0) {
        const good = outcomes.flatMap(o => o.satisfied).find(s => s.verdict.signatureFormat !== null)?.verdict;
        // Passed by static authorities alone: admitted, but nothing was verified.
        if (!good)
            return { ...unverifiedVerdict(image.name, image.digest, 'exempt', details), policy };
        const attestations = mergeAttestations(outcomes.flatMap(o => o.satisfied.map(s => s.verdict)));
        return { ...good, name: image.name, digest: image.digest, status: 'verified', signed: true, details, policy, ...(attestations ? { attestations } : {}) };
    }
    const verdicts = failed.flatMap(o => o.tried.map(t => t.verdict));
    const status = failed.some(o => o.reason)
        ? 'error'
        : (FAILURE_ORDER.find(s => verdicts.some(v => v.status === s)) ?? (verdicts.some(v => isInconclusive(v.status)) ? 'error' : 'untrusted-signer'));
    const lead = verdicts.find(v => v.status === status);
    return {
        ...unverifiedVerdict(image.name, image.digest, status, details),
        signerSubject: lead?.signerSubject ?? null,
        signerIssuer: lead?.signerIssuer ?? null,
        signatureFormat: lead?.signatureFormat ?? null,
        signatureLocation: lead?.signatureLocation ?? null,
        ...(lead?.attestations ? { attestations: lead.attestations } : {}),
        ...(status === 'missing-attestation' ? { reason: missingReason(lead, failed) } : {}),
        policy
    };
}
/** The short line for a policy failing on attestations: which policy, which predicate types. */
function missingReason(lead, failed) {
    const types = [...new Set((lead?.attestations ?? []).filter(a => a.required && !a.verified).map(a => a.predicateType))];
    const names = failed.filter(o => o.planned.mode === 'enforce').map(o => o.planned.policy.name);
    return `policy ${(names.length > 0 ? names : failed.map(o => o.planned.policy.name)).join(', ')}: signature holds, but attestation ${types.join(', ') || '(required)'} is missing or fails`;
}

;// CONCATENATED MODULE: ./src/policy/explain.ts

/** Which policies govern an image and what happens if nothing verifies. Offline: no network, no trust. */
function explainImage(set, image, written, now) {
    const plan = planImage(set, image, now);
    return {
        image: written,
        policies: plan.policies.map(p => ({
            name: p.policy.name,
            kind: p.policy.kind,
            file: p.policy.position.file,
            line: p.policy.position.line,
            mode: p.mode,
            authorities: p.policy.authorities.map(a => a.name)
        })),
        no_match: plan.noMatch,
        effective: plan.effective
    };
}
// Names and references come from workspace files: no terminal control sequences in the table.
// eslint-disable-next-line no-control-regex
const plain = (text) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
/** The same lines as a table for people. */
function renderExplainTable(lines) {
    const rows = lines.map(l => [l.image, l.effective, l.no_match ? '(no policy matches)' : l.policies.map(p => `${p.name} [${p.mode}]: ${p.authorities.join(', ') || '—'}`).join('; ')].map(plain));
    const header = ['IMAGE', 'IF UNVERIFIED', 'POLICIES (mode: authorities)'];
    const widths = header.map((h, c) => Math.min(Math.max(h.length, ...rows.map(r => r[c].length)), 80));
    const fmt = (cells) => cells.map((t, c) => (c === cells.length - 1 ? t : t.padEnd(widths[c]))).join('  ').trimEnd();
    return [fmt(header), fmt(widths.map(w => '-'.repeat(w))), ...rows.map(fmt)].join('\n');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/policy/fingerprint.ts


/** Stable JSON: object keys sorted, so equal rules give equal text whatever the YAML order. */
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if (value && typeof value === 'object') {
        const entries = Object.entries(value).filter(([, v]) => v !== undefined);
        return `{${entries
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
            .join(',')}}`;
    }
    return JSON.stringify(value);
}
// Positions and notes say where a rule was written, not what it requires: left out.
function rulesOf(a) {
    const { position: _position, ...rest } = a;
    return { ...rest, attestations: a.attestations.map(({ position: _p, conditions, ...r }) => ({ ...r, conditions: conditions && { type: conditions.type, data: conditions.data, blocks: conditions.blocks } })) };
}
/**
 * A stable sha256 of the rules that decide an image today: the matching policies with their mode
 * in force (expiry included), threshold, authorities (key data, identities, trusted root) and
 * what they cannot enforce, plus `no-match` when nothing matches. Equal fingerprints mean an
 * earlier verdict under the same evidence still holds (the cache key of issue 16).
 */
function policyFingerprint(set, image, now) {
    const plan = planImage(set, image, now);
    const rules = {
        effective: plan.effective,
        noMatch: plan.noMatch ? set.noMatch : null,
        policies: plan.policies.map(p => ({
            name: p.policy.name,
            mode: p.mode,
            threshold: p.policy.threshold,
            reason: p.policy.reason,
            expires: p.policy.expires,
            authorities: p.policy.authorities.map(rulesOf),
            unenforceable: p.policy.unenforceable.map(u => `${u.field}: ${u.reason}`)
        }))
    };
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(canonical(rules)).digest('hex')}`;
}

;// CONCATENATED MODULE: ./src/policy/index.ts

















/***/ }),

/***/ 14319:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Bc: () => (/* reexport */ isDigest),
  dK: () => (/* reexport */ isInvalidReferenceError),
  oS: () => (/* reexport */ parseNormalizedNamed),
  U$: () => (/* reexport */ registryHost),
  D3: () => (/* reexport */ splitNormalizedName)
});

// UNUSED EXPORTS: DEFAULT_DOMAIN, DEFAULT_TAG, DIGEST_ALGORITHMS, DOCKER_HUB_REGISTRY, InvalidReferenceError, LEGACY_DEFAULT_DOMAIN, NAME_TOTAL_LENGTH_MAX, OFFICIAL_REPO_PREFIX, REFERENCE_DIGEST_ALGORITHMS, familiarName, familiarString, isDigestShape, isDomain, isIdentifier, isTag, matchName, matchReference, parseAnyReference, parseDigest, parseDockerRef, parseName, parseNamed, parseReference, trimNamed, withDigest, withTag

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/reference/errors.ts

class errors_InvalidReferenceError extends errors/* AppError */.uV {
    constructor(code, message, details = {}) {
        super(code, message, { details });
        this.name = 'InvalidReferenceError';
    }
}
function isInvalidReferenceError(value) {
    return value instanceof errors_InvalidReferenceError;
}
const QUOTE_LIMIT = 200;
/** Quotes untrusted input for a message, cut short so one bad line cannot flood a log. */
function errors_quote(input) {
    const cut = input.length > QUOTE_LIMIT ? `${input.slice(0, QUOTE_LIMIT)}…` : input;
    return JSON.stringify(cut);
}

;// CONCATENATED MODULE: ./src/reference/digest.ts

/** sha256, sha384 and sha512: what go-digest accepts with all three hashes registered. */
const DIGEST_ALGORITHMS = Object.freeze({ sha256: 64, sha384: 96, sha512: 128 });
/**
 * The algorithms accepted inside an image reference. distribution/reference links only
 * crypto/sha256, so `name@sha512:…` is ErrDigestUnsupported there (reference_test.go: "sha512 is
 * valid, but not registered by default"); we keep that, and cosign only ever signs sha256 digests.
 */
const digest_REFERENCE_DIGEST_ALGORITHMS = Object.freeze({ sha256: 64 });
// go-digest's DigestRegexpAnchored: only consulted to tell "unsupported" from "malformed".
const wellFormedDigest = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
const lowerHex = /^[a-f0-9]+$/;
/**
 * go-digest's Digest.Validate, in its order: a separator with text after it, then the algorithm
 * (unknown but well formed → unsupported), then the hex length, then lowercase hex.
 */
function digest_parseDigestWith(input, algorithms) {
    const at = input.indexOf(':');
    if (at < 0 || at + 1 === input.length) {
        throw new errors_InvalidReferenceError('REFERENCE_DIGEST_INVALID', `expected a digest "algorithm:hex", found ${errors_quote(input)}`, { input });
    }
    const algorithm = input.slice(0, at);
    const hex = input.slice(at + 1);
    const size = Object.hasOwn(algorithms, algorithm) ? algorithms[algorithm] : undefined;
    if (size === undefined) {
        if (!wellFormedDigest.test(input)) {
            throw new errors_InvalidReferenceError('REFERENCE_DIGEST_INVALID', `expected a digest "algorithm:hex", found ${errors_quote(input)}`, { input });
        }
        const supported = Object.keys(algorithms).join(', ');
        throw new errors_InvalidReferenceError('REFERENCE_DIGEST_UNSUPPORTED', `expected a digest algorithm among ${supported}, found ${errors_quote(algorithm)}`, { input, algorithm, encoded: hex });
    }
    if (hex.length !== size) {
        throw new errors_InvalidReferenceError('REFERENCE_DIGEST_INVALID_LENGTH', `expected ${size} hex characters for ${algorithm}, found ${hex.length} in ${errors_quote(input)}`, { input, algorithm, encoded: hex });
    }
    if (!lowerHex.test(hex)) {
        throw new errors_InvalidReferenceError('REFERENCE_DIGEST_INVALID', `expected lowercase hex after "${algorithm}:", found ${errors_quote(hex)}`, {
            input,
            algorithm,
            encoded: hex
        });
    }
    const text = `${algorithm}:${hex}`;
    return Object.freeze({ algorithm, hex, toString: () => text });
}
/** go-digest's Parse with sha256, sha384 and sha512 registered. */
function parseDigest(input) {
    return digest_parseDigestWith(input, DIGEST_ALGORITHMS);
}
/** True when {@link parseDigest} would accept the input. */
function isDigest(input) {
    try {
        parseDigest(input);
        return true;
    }
    catch (error) {
        if (error instanceof errors_InvalidReferenceError)
            return false;
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/reference/grammar.ts
/**
 * The reference grammar of distribution/reference (regexp.go), built the same way from the same
 * productions so that JavaScript's backtracking matcher gives the same leftmost-first captures
 * as Go's RE2 (neither uses longest-match here):
 *
 *   reference        := name [ ":" tag ] [ "@" digest ]
 *   name             := [domain '/'] remote-name
 *   domain           := host [':' port-number]
 *   host             := domain-name | '[' IPv6 ']'
 *   domain-component := /([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])/
 *   path-component   := alpha-numeric [separator alpha-numeric]*
 *   alpha-numeric    := /[a-z0-9]+/
 *   separator        := /[_.]|__|[-]+/
 *   tag              := /[\w][\w.-]{0,127}/
 *   digest           := algorithm ":" /[0-9a-fA-F]{32,}/
 *   identifier       := /[a-f0-9]{64}/
 *
 * Every class is ASCII, so UTF-16 lengths equal Go's byte lengths on anything that matches.
 */
const alphanumeric = '[a-z0-9]+';
// One period, one or two underscores, or any run of dashes (runs allow punycode-like names).
const separator = '(?:[._]|__|[-]+)';
const domainNameComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const optionalPort = '(?::[0-9]+)?';
const tag = '[\\w][\\w.-]{0,127}';
const digest = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9A-Fa-f]{32,}';
const identifier = '[a-f0-9]{64}';
// Compressed or full IPv6 only: zone ids (RFC 6874) and IPv4-mapped forms are excluded on purpose.
const ipv6address = '\\[(?:[a-fA-F0-9:]+)\\]';
const domainName = `${domainNameComponent}(?:\\.${domainNameComponent})*`;
const host = `(?:${domainName}|${ipv6address})`;
const domainAndPort = host + optionalPort;
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`;
const remoteName = `${pathComponent}(?:/${pathComponent})*`;
const namePattern = `(?:${domainAndPort}/)?${remoteName}`;
const anchoredDomain = new RegExp(`^${domainAndPort}$`);
const anchoredName = new RegExp(`^(?:(${domainAndPort})/)?(${remoteName})$`);
const anchoredReference = new RegExp(`^(${namePattern})(?::(${tag}))?(?:@(${digest}))?$`);
const anchoredTag = new RegExp(`^${tag}$`);
const anchoredDigest = new RegExp(`^${digest}$`);
const anchoredIdentifier = new RegExp(`^${identifier}$`);
/** distribution's `^domainAndPort$`: a registry host with an optional numeric port. */
function isDomain(input) {
    return anchoredDomain.test(input);
}
/** distribution's anchoredNameRegexp: splits a name into domain and path, or undefined. */
function grammar_matchName(input) {
    const match = anchoredName.exec(input);
    if (match === null)
        return undefined;
    return Object.freeze({ domain: match[1] ?? '', path: match[2] ?? '' });
}
/** distribution's referenceRegexp: the name, tag and digest text, or undefined. */
function matchReference(input) {
    const match = anchoredReference.exec(input);
    if (match === null)
        return undefined;
    const found = { name: match[1] ?? '' };
    if (match[2] !== undefined)
        found.tag = match[2];
    if (match[3] !== undefined)
        found.digest = match[3];
    return Object.freeze(found);
}
/** distribution's anchoredTagRegexp. */
function grammar_isTag(input) {
    return anchoredTag.test(input);
}
/** distribution's anchoredDigestRegexp: the reference grammar's digest shape, not go-digest's checks. */
function isDigestShape(input) {
    return anchoredDigest.test(input);
}
/** distribution's anchoredIdentifierRegexp: a bare 64-hex sha256 image id. */
function grammar_isIdentifier(input) {
    return anchoredIdentifier.test(input);
}

;// CONCATENATED MODULE: ./src/reference/reference.ts



/** distribution's RepositoryNameTotalLengthMax; since distribution v3 it bounds the path only. */
const NAME_TOTAL_LENGTH_MAX = 255;
/** Builds the frozen value; callers have validated every part. */
function reference_makeReference(parts) {
    const name = parts.domain === '' ? parts.path : `${parts.domain}/${parts.path}`;
    let text = name;
    if (parts.tag !== undefined)
        text += `:${parts.tag}`;
    if (parts.digest !== undefined)
        text = name === '' ? parts.digest : `${text}@${parts.digest}`;
    const ref = {
        domain: parts.domain,
        path: parts.path,
        name,
        toString: () => text
    };
    if (parts.tag !== undefined)
        ref.tag = parts.tag;
    if (parts.digest !== undefined)
        ref.digest = parts.digest;
    return Object.freeze(ref);
}
function checkPathLength(path, input) {
    if (path.length > NAME_TOTAL_LENGTH_MAX) {
        throw new errors_InvalidReferenceError('REFERENCE_NAME_TOO_LONG', `expected a repository path of at most ${NAME_TOTAL_LENGTH_MAX} characters, found ${path.length} in ${errors_quote(input)}`, { input, length: path.length });
    }
}
// Go's WithTag/WithDigest take a Named; a digest-only reference has no name to carry over.
function requireName(ref) {
    if (ref.name === '') {
        throw new InvalidReferenceError('REFERENCE_INVALID', `expected a named reference, found the digest-only ${quote(ref.toString())}`, {
            input: ref.toString()
        });
    }
}
function validDigest(digest) {
    return digest_parseDigestWith(digest, digest_REFERENCE_DIGEST_ALGORITHMS).toString();
}
/**
 * distribution's reference.Parse: the grammar only, no docker.io defaults. The domain is whatever
 * the grammar takes as one, so 'library/ubuntu' has domain 'library'; use parseNormalizedNamed
 * for the Docker meaning.
 */
function parseReference(input) {
    if (input === '') {
        throw new errors_InvalidReferenceError('REFERENCE_EMPTY', 'expected an image reference "name[:tag][@digest]", found an empty string', { input });
    }
    const match = matchReference(input);
    if (match === undefined) {
        const lower = input.toLowerCase();
        if (lower !== input && matchReference(lower) !== undefined) {
            throw new errors_InvalidReferenceError('REFERENCE_NAME_UPPERCASE', `expected a lowercase repository name, found ${errors_quote(input)}`, { input });
        }
        throw new errors_InvalidReferenceError('REFERENCE_INVALID', `expected an image reference "name[:tag][@digest]", found ${errors_quote(input)}`, { input });
    }
    const { domain, path } = grammar_matchName(match.name) ?? { domain: '', path: match.name };
    checkPathLength(path, input);
    const digest = match.digest === undefined ? undefined : validDigest(match.digest);
    return reference_makeReference({ domain, path, tag: match.tag, digest });
}
/** distribution's WithName: a bare repository name, no tag or digest allowed. */
function parseName(input) {
    const match = matchName(input);
    if (match === undefined) {
        throw new InvalidReferenceError('REFERENCE_INVALID', `expected a repository name "[domain/]path", found ${quote(input)}`, { input });
    }
    checkPathLength(match.path, input);
    return reference_makeReference(match);
}
/** distribution's WithTag: the same repository (and digest, if any) with this tag. */
function reference_withTag(ref, tag) {
    requireName(ref);
    if (!isTag(tag)) {
        throw new InvalidReferenceError('REFERENCE_TAG_INVALID', `expected a tag of [A-Za-z0-9_.-], at most 128 characters, found ${quote(tag)}`, {
            tag
        });
    }
    return reference_makeReference({ domain: ref.domain, path: ref.path, tag, digest: ref.digest });
}
/**
 * distribution's WithDigest: the same repository (and tag, if any) pinned to this digest.
 * Stricter than distribution, which checks only the shape: the digest must pass go-digest with
 * the reference algorithms, so every Reference value parses back from its string.
 */
function reference_withDigest(ref, digest) {
    requireName(ref);
    return reference_makeReference({ domain: ref.domain, path: ref.path, tag: ref.tag, digest: validDigest(digest) });
}
/** distribution's TrimNamed: the repository alone, tag and digest dropped. */
function reference_trimNamed(ref) {
    requireName(ref);
    return reference_makeReference({ domain: ref.domain, path: ref.path });
}

;// CONCATENATED MODULE: ./src/reference/normalize.ts




/** Docker Hub's name in normalized references (distribution's defaultDomain). */
const DEFAULT_DOMAIN = 'docker.io';
/** The legacy "Docker Index" name, folded into DEFAULT_DOMAIN when normalizing. */
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
/** The host that actually serves Docker Hub's registry API. */
const DOCKER_HUB_REGISTRY = 'registry-1.docker.io';
/** The namespace of Docker Hub's official images. */
const OFFICIAL_REPO_PREFIX = 'library/';
/** The tag ParseDockerRef adds to a bare name. */
const DEFAULT_TAG = 'latest';
const LOCALHOST = 'localhost';
/**
 * distribution's splitDockerDomain. The first component is a registry only if it is
 * 'localhost', contains '.' or ':', or has uppercase letters (namespaces are lowercase);
 * otherwise the name lives on Docker Hub, under 'library/' when it has no namespace.
 */
function splitDockerDomain(input) {
    const slash = input.indexOf('/');
    // A single component ("ubuntu", "localhost", "example.com:5000") is always a Hub image name.
    if (slash < 0)
        return { domain: DEFAULT_DOMAIN, remainder: OFFICIAL_REPO_PREFIX + input };
    const first = input.slice(0, slash);
    const rest = input.slice(slash + 1);
    let domain;
    let remainder;
    if (first === LOCALHOST || /[.:]/.test(first) || first.toLowerCase() !== first) {
        domain = first === LEGACY_DEFAULT_DOMAIN ? DEFAULT_DOMAIN : first;
        remainder = rest;
    }
    else {
        domain = DEFAULT_DOMAIN;
        remainder = input;
    }
    if (domain === DEFAULT_DOMAIN && !remainder.includes('/'))
        remainder = OFFICIAL_REPO_PREFIX + remainder;
    return { domain, remainder };
}
/**
 * distribution's ParseNormalizedNamed: a familiar name as Docker reads it, e.g. 'ubuntu' →
 * 'docker.io/library/ubuntu', 'index.docker.io/x/y' → 'docker.io/x/y'. A 64-hex string is
 * refused, since Docker would read it as an image id.
 */
function parseNormalizedNamed(input) {
    if (grammar_isIdentifier(input)) {
        throw new errors_InvalidReferenceError('REFERENCE_NAME_IS_IDENTIFIER', `expected a repository name, found the 64-hex image id ${errors_quote(input)}; write it as a digest "sha256:<hex>"`, { input });
    }
    const { domain, remainder } = splitDockerDomain(input);
    const colon = remainder.indexOf(':');
    const remote = colon < 0 ? remainder : remainder.slice(0, colon);
    if (remote.toLowerCase() !== remote) {
        throw new errors_InvalidReferenceError('REFERENCE_NAME_UPPERCASE', `expected a lowercase repository name, found ${errors_quote(remote)} in ${errors_quote(input)}`, {
            input
        });
    }
    const normalized = `${domain}/${remainder}`;
    try {
        return parseReference(normalized);
    }
    catch (error) {
        if (!(error instanceof errors_InvalidReferenceError))
            throw error;
        throw new errors_InvalidReferenceError(error.code, `${error.message} (normalized from ${errors_quote(input)})`, { ...error.details, input });
    }
}
/** distribution's ParseNamed: like parseNormalizedNamed, but the input must already be in normal form. */
function parseNamed(input) {
    const ref = parseNormalizedNamed(input);
    if (ref.toString() !== input) {
        throw new InvalidReferenceError('REFERENCE_NAME_NOT_CANONICAL', `expected a fully qualified reference ${quote(ref.toString())}, found ${quote(input)}`, {
            input,
            canonical: ref.toString()
        });
    }
    return ref;
}
/**
 * distribution's ParseDockerRef: normalized, then tagged or digested, never both: a digest wins
 * over a tag, and a bare name gets the tag 'latest'.
 */
function parseDockerRef(input) {
    const ref = parseNormalizedNamed(input);
    if (ref.digest !== undefined)
        return ref.tag === undefined ? ref : withDigest(trimNamed(ref), ref.digest);
    return ref.tag === undefined ? withTag(ref, DEFAULT_TAG) : ref;
}
/**
 * distribution's ParseAnyReference: a 64-hex image id (as sha256), a bare digest, or else a
 * familiar name. The first two give a digest-only reference (name '').
 */
function parseAnyReference(input) {
    if (isIdentifier(input))
        return makeReference({ domain: '', path: '', digest: `sha256:${input}` });
    let digest;
    try {
        digest = parseDigestWith(input, REFERENCE_DIGEST_ALGORITHMS).toString();
    }
    catch (error) {
        if (!(error instanceof InvalidReferenceError))
            throw error;
    }
    if (digest !== undefined)
        return makeReference({ domain: '', path: '', digest });
    return parseNormalizedNamed(input);
}
// distribution's familiarizeName: only a single-component 'library/x' loses its prefix.
function familiarize(ref) {
    if (ref.domain !== DEFAULT_DOMAIN)
        return ref;
    let path = ref.path;
    if (path.startsWith(OFFICIAL_REPO_PREFIX) && !path.slice(OFFICIAL_REPO_PREFIX.length).includes('/')) {
        path = path.slice(OFFICIAL_REPO_PREFIX.length);
    }
    return makeReference({ domain: '', path, tag: ref.tag, digest: ref.digest });
}
/** distribution's FamiliarName: the name as Docker shows it, e.g. 'ubuntu', 'bitnami/redis'. */
function familiarName(ref) {
    return familiarize(ref).name;
}
/** distribution's FamiliarString: the reference as Docker shows it, e.g. 'ubuntu:22.04'. */
function familiarString(ref) {
    return familiarize(ref).toString();
}
/**
 * The host to send registry API requests to for a reference's domain: Docker Hub's names
 * ('docker.io', 'index.docker.io') become 'registry-1.docker.io'; anything else, including
 * other casings or ports, is returned unchanged, as normalization compares these names exactly.
 */
function registryHost(domain) {
    return domain === DEFAULT_DOMAIN || domain === LEGACY_DEFAULT_DOMAIN ? DOCKER_HUB_REGISTRY : domain;
}
/**
 * A normalized name (`parseNormalizedNamed(…).name`) as its domain and repository path, without
 * parsing again: the normal form is always `domain/path`, so the domain ends at the first slash.
 */
function splitNormalizedName(name) {
    const slash = name.indexOf('/');
    return { domain: name.slice(0, slash), path: name.slice(slash + 1) };
}

;// CONCATENATED MODULE: ./src/reference/index.ts
/**
 * Image reference grammar: distribution/reference (Parse, ParseNormalizedNamed, ParseNamed,
 * ParseDockerRef, ParseAnyReference, WithName, FamiliarString) and go-digest (Parse). Pure, no I/O;
 * every failure is an InvalidReferenceError with a ReferenceErrorCode.
 */







/***/ }),

/***/ 14031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $x: () => (/* binding */ markdownUrl),
/* harmony export */   D9: () => (/* binding */ markdownCode),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   N8: () => (/* binding */ escapeLabelValue),
/* harmony export */   UN: () => (/* binding */ escapeControls),
/* harmony export */   gD: () => (/* binding */ toLogLine),
/* harmony export */   pq: () => (/* binding */ defuseCommands),
/* harmony export */   vZ: () => (/* binding */ toLogLines)
/* harmony export */ });
/* unused harmony exports toTerminalLines, toJsonLine */
/* eslint-disable no-control-regex -- matching control characters is the point of this module */
/**
 * Output safety: every string from outside (workspace, registry, certificate, configuration)
 * passes through one of these before it is printed. The pull request is the attacker: a file
 * name or a signer SAN must not end a log line, forge a runner command (`::error::`,
 * `::add-mask::`, `::stop-commands::`, the older `##[…]`), drive a terminal (ESC, C1) or
 * reshape Markdown.
 */
// C0, DEL, C1, the Unicode line and paragraph separators, and the bidi controls ("Trojan Source").
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' };
function visible(ch) {
    const code = ch.charCodeAt(0);
    return NAMED[ch] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`);
}
/** Replaces every control character with a visible escape (`\n`, `\e`, `\x85`, `\u{202e}`). */
function escapeControls(text) {
    return text.replace(CONTROL, visible);
}
/**
 * Runners read a workflow command from a line that starts with `::` after leading white space
 * (actions/runner trims, act does not) and the legacy `##[name]` anywhere in a line
 * (actions/runner `ActionCommand.TryParse`). Escaping one character of each keeps the text legible.
 */
function defuseCommands(line) {
    return line.replace(/^(\s*)::/u, '$1\\x3a:').replace(/##\[/g, '##\\x5b');
}
/** One log line: controls escaped (a newline becomes `\n`) and runner commands defused. */
function toLogLine(text) {
    return defuseCommands(escapeControls(text));
}
/**
 * Text the program lays out over several lines (a table): each line is escaped and defused on
 * its own, so a line break smuggled into a value can at worst start a harmless line.
 */
function toLogLines(text) {
    return text.split(/\r\n|\r|\n/).map(toLogLine).join('\n');
}
/**
 * For terminals: everything `toLogLines` does, but the colours the CLI paints its status column
 * with (reset and foreground red…magenta, nothing that moves the cursor or hides text) survive.
 * Values are escaped cell by cell before painting, so no ESC from outside is left here.
 */
function toTerminalLines(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map(line => defuseCommands(line.split(/(\u001b\[(?:0|3[1-5])m)/).map((part, i) => (i % 2 === 1 ? part : escapeControls(part))).join('')))
        .join('\n');
}
// ASCII punctuation that Markdown, GFM tables, GitHub math or HTML give a meaning to.
const MARKDOWN_SPECIAL = /[\\`*_{}[\]<>()#!|~&$^"']/g;
/**
 * Inline Markdown text that renders as exactly the characters given: controls made visible,
 * Markdown and HTML punctuation written as numeric character references (which also work
 * inside inline HTML such as `<code>` and `<sub>`), line breaks as `<br>`.
 */
function escapeMarkdown(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map(line => escapeControls(line).replace(MARKDOWN_SPECIAL, ch => `&#${ch.charCodeAt(0)};`))
        .join('<br>');
}
/** A Markdown inline code span that cannot be broken out of: `<code>` with escaped text. */
function markdownCode(text) {
    return `<code>${escapeMarkdown(text)}</code>`;
}
/** A label value in Prometheus exposition format (`\\`, `\"`, `\n`), controls made visible. */
function escapeLabelValue(text) {
    return escapeControls(text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n'));
}
/**
 * One NDJSON line. JSON.stringify leaves DEL, C1, U+2028/2029 and the bidi controls raw, and a
 * terminal acts on C1; write them (and `##[`) as JSON escapes, so the line is still valid JSON.
 */
function toJsonLine(value) {
    return JSON.stringify(value)
        .replace(CONTROL, ch => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
        .replace(/##\[/g, '##\\u005b');
}
/** A URL as a Markdown link destination: characters that would end or reshape it percent-encoded. */
function markdownUrl(url) {
    return url.replace(/[()<>\s"'`\\|]/gu, ch => encodeURIComponent(ch).replace(/^[()'"`]$/, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`));
}


/***/ }),

/***/ 12011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   MZ: () => (/* binding */ codeCell),
/* harmony export */   Mo: () => (/* binding */ STATUS_RANK),
/* harmony export */   VK: () => (/* binding */ shortDigest),
/* harmony export */   tW: () => (/* binding */ STATUS_ICON)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14031);

const STATUS_ICON = {
    verified: '✅',
    unsigned: '❌',
    'untrusted-signer': '🚫',
    'invalid-signature': '⛔',
    'not-found': '❓',
    'auth-error': '🔒',
    'rate-limited': '⏳',
    'registry-error': '🌐',
    unpinned: '📌',
    error: '💥',
    'missing-attestation': '🧾',
    exempt: '🏳️'
};
/** Lower sorts first: the most serious problems lead every list. */
const STATUS_RANK = {
    'invalid-signature': 0,
    'untrusted-signer': 1,
    unsigned: 2,
    'not-found': 3,
    'auth-error': 4,
    'rate-limited': 5,
    'registry-error': 6,
    error: 7,
    unpinned: 8,
    exempt: 9,
    verified: 10,
    // Signed, but a required attestation is absent or fails: after unsigned, before lookups that failed.
    'missing-attestation': 2.5
};
function shortDigest(digest) {
    if (!digest)
        return '';
    const [alg, hex = ''] = digest.split(':');
    return `${alg}:${hex.slice(0, 12)}`;
}
/**
 * Text from outside for a Markdown table cell or a detail line: it renders as exactly these
 * characters (no `|`, HTML, backticks, emphasis, math or line breaks of its own).
 */
function cell(text) {
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(text);
}
/** The same, shown as code; never put `cell()` output inside backticks (entities stay literal there). */
function codeCell(text) {
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCode */ .D9)(text);
}


/***/ }),

/***/ 4267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UN: () => (/* reexport */ report_escape/* escapeControls */.UN),
  iw: () => (/* reexport */ run_context/* fileUrl */.iw),
  R_: () => (/* reexport */ reason_hintsOf),
  yV: () => (/* reexport */ limitAnnotations),
  LH: () => (/* reexport */ run_context/* platformFromEnv */.LH),
  A3: () => (/* reexport */ reason_reasonOf),
  m0: () => (/* reexport */ renderExplainSummary),
  uw: () => (/* reexport */ renderScanSummary),
  u8: () => (/* reexport */ renderScanTable),
  I$: () => (/* reexport */ renderSignSummary),
  Br: () => (/* reexport */ renderSummary),
  wX: () => (/* reexport */ run_context/* runContextFromEnv */.wX),
  PE: () => (/* reexport */ severityIcon),
  VK: () => (/* reexport */ report_format/* shortDigest */.VK),
  Ls: () => (/* reexport */ sortItems),
  gI: () => (/* reexport */ toAnnotations),
  $k: () => (/* reexport */ toPlainLines),
  Lv: () => (/* reexport */ toRecord),
  TZ: () => (/* reexport */ toReportItem),
  WS: () => (/* reexport */ unscannedAnnotations),
  g4: () => (/* reexport */ uploadResults),
  At: () => (/* reexport */ writeResultsFile),
  NM: () => (/* reexport */ writeResultsReported)
});

// UNUSED EXPORTS: ANNOTATION_LIMIT_PER_LEVEL, DEFAULT_SUMMARY_ROWS, MAX_CHUNK_BYTES, MAX_CHUNK_RECORDS, MAX_SUMMARY_TABLE_ROWS, REASON_MAX, RECORD_SCHEMA, STATUS_ICON, STATUS_RANK, TABLE_WIDTH, UPLOAD_PATH, UploadError, checkUploadUrl, chunkLines, fitWidths, idempotencyKey, isLoopback, isNewProblem, newProblemsLine, renderCounts, renderProblems, renderUnscanned, renderVerifyTable, severityColor, telemetryLines, toNdjson, toPolicyRecord, unscannedSection

// EXTERNAL MODULE: ./src/policy/index.ts + 19 modules
var src_policy = __webpack_require__(61467);
// EXTERNAL MODULE: ./src/reference/index.ts + 5 modules
var reference = __webpack_require__(14319);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(48992);
;// CONCATENATED MODULE: ./src/report/reason.ts

const REASON_MAX = 160;
/** The verdict's short reason, or the first sentence of its details for verdicts made elsewhere. */
function reason_reasonOf(v) {
    if (v.reason)
        return (0,src_text/* truncateEnd */.SO)((0,src_text/* oneLine */.TN)(v.reason), REASON_MAX);
    const first = (0,src_text/* oneLine */.TN)(v.details).split(/(?<=[.;:])\s/)[0] ?? '';
    return (0,src_text/* truncateEnd */.SO)(first.replace(/[.;:]$/, '') || v.status, REASON_MAX);
}
const AUTH_HINT = 'the registry asked for credentials: log in before this step (docker/login-action) or set registry-username and registry-password';
/** Hints from the verifier, plus those the status alone tells (an auth challenge). */
function reason_hintsOf(v) {
    const hints = [...(v.hints ?? [])];
    if (v.status === 'auth-error' && !hints.includes(AUTH_HINT))
        hints.push(AUTH_HINT);
    return hints;
}

;// CONCATENATED MODULE: ./src/report/record.ts



const RECORD_SCHEMA = 'fremforge.cosign.verification/v1';
/** The item of a verdict: registry and repository come from its normalized name, the one split there is. */
function toReportItem(verdict, tags, sources, name = verdict.name) {
    const { domain, path } = (0,reference/* splitNormalizedName */.D3)(name);
    return { verdict, registry: domain, repository: path, tags, sources };
}
function toAttestationRecords(v) {
    return (v.attestations ?? []).map(a => ({
        predicate_type: a.predicateType,
        verified: a.verified,
        signer_subject: a.signerSubject,
        signer_issuer: a.signerIssuer,
        format: a.format,
        location: a.location,
        tlog_index: a.tlogIndex,
        signed_at: a.signedAt,
        details: a.details
    }));
}
function toPolicyRecord(policy) {
    return {
        require_signed: policy.requireSigned,
        require_pinned: policy.requirePinned,
        issuer_allowlist: policy.issuerAllowlist,
        certificate_identity: policy.certificateIdentity ?? null,
        certificate_identity_regexp: policy.certificateIdentityRegexp ?? null,
        certificate_oidc_issuer: policy.certificateOidcIssuer ?? null,
        certificate_oidc_issuer_regexp: policy.certificateOidcIssuerRegexp ?? null,
        github_workflow: policy.githubWorkflow,
        key: Boolean(policy.key),
        annotations: policy.annotations,
        platforms: policy.platforms
    };
}
function toRecord(item, policy, run, checkedAt) {
    const v = item.verdict;
    const name = `${item.registry}/${item.repository}`;
    return {
        schema: RECORD_SCHEMA,
        image: v.digest ? `${name}@${v.digest}` : item.tags.length > 0 ? `${name}:${item.tags[0]}` : name,
        registry: item.registry,
        repository: item.repository,
        digest: v.digest ?? null,
        tags: item.tags,
        signed: v.status === 'verified',
        status: v.status,
        signer_subject: v.signerSubject,
        signer_issuer: v.signerIssuer,
        signature_format: v.signatureFormat,
        signature_location: v.signatureLocation,
        tlog_index: v.tlogIndex,
        signed_at: v.signedAt,
        verification_details: v.details,
        reason: v.status === 'verified' ? null : reason_reasonOf(v),
        hints: v.status === 'verified' ? [] : reason_hintsOf(v),
        predicate_type: v.predicateType ?? null,
        attestations: toAttestationRecords(v),
        finding: (0,src_policy/* isFinding */.qd)(v, policy),
        introduced: item.introduced ?? null,
        policy: toPolicyRecord(policy),
        policies: v.policy?.policies ?? [],
        no_match: v.policy?.noMatch ?? false,
        exemption: v.policy?.exemption ?? null,
        sources: item.sources,
        run,
        checked_at: checkedAt.toISOString(),
        cached: v.cached === true,
        first_verified_at: v.firstVerifiedAt ?? null
    };
}
function toNdjson(records) {
    return records.map(r => JSON.stringify(r)).join('\n') + (records.length > 0 ? '\n' : '');
}

// EXTERNAL MODULE: ./src/report/run-context.ts
var run_context = __webpack_require__(53149);
// EXTERNAL MODULE: ./src/report/format.ts
var report_format = __webpack_require__(12011);
;// CONCATENATED MODULE: ./src/report/attestations-summary.ts

const PREDICATE_LABELS = {
    'https://slsa.dev/provenance/v1': 'SLSA provenance v1',
    'https://slsa.dev/provenance/v0.2': 'SLSA provenance v0.2',
    'https://spdx.dev/Document': 'SPDX SBOM',
    'https://cyclonedx.org/bom': 'CycloneDX SBOM',
    'https://openvex.dev/ns': 'OpenVEX',
    'https://cosign.sigstore.dev/attestation/vuln/v1': 'vulnerability scan'
};
/** What the attestation says, in a few words: SBOM format and package count, or builder and source. */
function describeAttestation(a) {
    const f = a.facts;
    if (!a.verified)
        return (0,report_format/* cell */.Hn)(a.details);
    if (!f)
        return '';
    const parts = [];
    if (f.sbomFormat)
        parts.push(`${(0,report_format/* cell */.Hn)(f.sbomFormat)}, ${f.packageCount ?? 0} packages`);
    if (f.builder)
        parts.push(`builder ${(0,report_format/* cell */.Hn)(f.builder)}`);
    if (f.sourceRepository)
        parts.push(`source ${(0,report_format/* cell */.Hn)(f.sourceRepository)}${f.sourceRef ? ` @ ${(0,report_format/* cell */.Hn)(f.sourceRef)}` : ''}`);
    return parts.join('; ');
}
/** The attestations section of the job summary: one row per image and attestation; nothing when none were checked. */
function attestationSection(items) {
    const rows = items.flatMap(item => (item.verdict.attestations ?? []).map(a => {
        const image = `${item.registry}/${item.repository}${item.tags.length ? `:${item.tags.join(',')}` : ''}`;
        const label = PREDICATE_LABELS[a.predicateType] ?? a.predicateType;
        const state = a.verified ? '✅' : a.required ? '❌' : '➖';
        return `| ${(0,report_format/* cell */.Hn)(image)} | ${(0,report_format/* cell */.Hn)(label)}${a.required ? '' : ' <sub>(not required)</sub>'} | ${state} | ${describeAttestation(a)} |`;
    }));
    if (rows.length === 0)
        return [];
    return ['', '### Attestations', '', '| Image | Attestation | Verified | What it says |', '| --- | --- | --- | --- |', ...rows];
}

;// CONCATENATED MODULE: ./src/report/order.ts


/** The order every printer lists items in: new problems, findings, worst status, then by image. */
function sortItems(items, policy) {
    return [...items].sort((a, b) => Number(isNewProblem(b)) - Number(isNewProblem(a)) ||
        Number((0,src_policy/* isFinding */.qd)(b.verdict, policy)) - Number((0,src_policy/* isFinding */.qd)(a.verdict, policy)) ||
        report_format/* STATUS_RANK */.Mo[a.verdict.status] - report_format/* STATUS_RANK */.Mo[b.verdict.status] ||
        imageOf(a).localeCompare(imageOf(b)));
}
/** Not verified, and referenced on a line this pull request added or changed. */
function isNewProblem(item) {
    return item.introduced === true && item.verdict.status !== 'verified';
}
function imageOf(item) {
    const base = `${item.registry}/${item.repository}`;
    return item.verdict.digest ? `${base}@${item.verdict.digest}` : `${base}:${item.tags[0] ?? ''}`;
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
;// CONCATENATED MODULE: ./src/report/severity.ts

const RED = new Set(['❌', '🚫', '⛔']);
/** Red marks only what fails the run: a problem that is merely a warning shows ⚠️. */
function severityIcon(status, finding) {
    const icon = report_format/* STATUS_ICON */.tW[status];
    return !finding && RED.has(icon) ? '⚠️' : icon;
}

;// CONCATENATED MODULE: ./src/report/policy-summary.ts


const policy_summary_imageOf = (item) => `${item.registry}/${item.repository}${item.verdict.digest ? `@${(0,report_format/* shortDigest */.VK)(item.verdict.digest)}` : ''}`;
/**
 * The per-image policy part of the job summary: images grouped by the policies that decided
 * them, then every exemption, expired ones first. Empty without the `policy` input.
 */
function policySummaryLines(items, requireSigned) {
    const decided = items.filter((i) => i.verdict.policy !== undefined);
    if (decided.length === 0)
        return [];
    const groups = new Map();
    const add = (name, mode, item) => {
        const g = groups.get(name) ?? { mode, images: 0, verified: 0, findings: 0, warnings: 0 };
        g.images++;
        if (item.verdict.status === 'verified')
            g.verified++;
        else if ((0,src_policy/* isFinding */.qd)(item.verdict, { requireSigned, requirePinned: false }))
            g.findings++;
        else if (item.verdict.status !== 'exempt')
            g.warnings++;
        groups.set(name, g);
    };
    for (const item of decided) {
        const p = item.verdict.policy;
        if (p.noMatch)
            add(`(no policy: no-match ${p.effective})`, p.effective, item);
        for (const policy of p.policies)
            add(policy.name, policy.mode, item);
    }
    const out = ['### Images by policy', '', '| Policy | Mode | Images | Verified | Findings | Warnings |', '| --- | --- | --- | --- | --- | --- |'];
    for (const [name, g] of groups)
        out.push(`| ${(0,report_format/* cell */.Hn)(name)} | ${g.mode} | ${g.images} | ${g.verified} | ${g.findings} | ${g.warnings} |`);
    const exemptions = decided
        .filter(i => i.verdict.policy.exemption)
        .sort((a, b) => Number(b.verdict.policy.exemption?.expired) - Number(a.verdict.policy.exemption?.expired) || policy_summary_imageOf(a).localeCompare(policy_summary_imageOf(b)));
    if (exemptions.length > 0) {
        out.push('', '### Exemptions', '');
        for (const item of exemptions) {
            const e = item.verdict.policy.exemption;
            const when = e.expired ? `**expired on ${(0,report_format/* cell */.Hn)(e.expires ?? '')}**, now enforced` : e.expires ? `until ${(0,report_format/* cell */.Hn)(e.expires)}` : 'no expiry';
            out.push(`- ${(0,report_format/* codeCell */.MZ)(policy_summary_imageOf(item))}: ${(0,report_format/* cell */.Hn)(e.policy)}, ${when}: ${(0,report_format/* cell */.Hn)(e.reason)}`);
        }
    }
    out.push('');
    return out;
}

;// CONCATENATED MODULE: ./src/report/unscanned.ts



const TITLE = 'File not scanned';
/** One annotation per unscanned file: an error when signed images are required (fail closed). */
function unscannedAnnotations(unscanned, requireSigned) {
    return unscanned.map(u => ({
        level: requireSigned ? 'error' : 'warning',
        file: u.file,
        line: u.line ?? 1,
        title: TITLE,
        message: `not scanned (${u.code}): ${u.reason}; any image it references was not checked`
    }));
}
/** The summary section listing unscanned files; empty when there are none. */
function unscannedSection(unscanned, requireSigned, run, platform) {
    if (unscanned.length === 0)
        return [];
    const out = [
        '### Files not scanned',
        '',
        requireSigned
            ? `🚩 **${unscanned.length}** files could hold image references but could not be read in full; with \`require-signed\` each one is a finding.`
            : `⚠️ **${unscanned.length}** files could hold image references but could not be read in full; images they reference were not checked.`,
        '',
        '| File | Cause | Details |',
        '| --- | --- | --- |'
    ];
    for (const u of unscanned.slice(0, 100)) {
        const label = `${u.file}${u.line === undefined ? '' : `:${u.line}`}`;
        const url = (0,run_context/* fileUrl */.iw)(run, platform, u.file, u.line ?? 1);
        out.push(`| ${url ? `[${(0,report_format/* cell */.Hn)(label)}](${(0,report_escape/* markdownUrl */.$x)(url)})` : (0,report_format/* codeCell */.MZ)(label)} | \`${u.code}\` | ${(0,report_format/* cell */.Hn)(u.reason)} |`);
    }
    if (unscanned.length > 100)
        out.push('', `${unscanned.length - 100} more are listed in the log.`);
    out.push('');
    return out;
}

;// CONCATENATED MODULE: ./src/report/summary.ts










const DEFAULT_SUMMARY_ROWS = 300;
/** GitHub refuses step summaries over 1 MiB; stay well below it. */
const SUMMARY_BYTE_BUDGET = 900 * 1024;
/** The line that opens the summary on a pull request: the images it brought in, first. */
function newProblemsLine(sorted, max = 5) {
    const fresh = sorted.filter(isNewProblem);
    if (fresh.length === 0)
        return undefined;
    const names = fresh.slice(0, max).map(i => `${(0,report_format/* codeCell */.MZ)(imageOf(i))} (${i.verdict.status}${i.sources[0] ? `, ${(0,report_format/* cell */.Hn)(`${i.sources[0].file}:${i.sources[0].line}`)}` : ''})`);
    const more = fresh.length > max ? ` and ${fresh.length - max} more` : '';
    return `🆕 **This pull request introduces ${fresh.length} unverified image${fresh.length === 1 ? '' : 's'}:** ${names.join(', ')}${more}`;
}
function where(item, input) {
    const links = item.sources.slice(0, 3).map(s => {
        const url = (0,run_context/* fileUrl */.iw)(input.run, input.platform, s.file, s.line);
        const label = `${s.file}:${s.line}`;
        return url ? `[${(0,report_format/* cell */.Hn)(label)}](${(0,report_escape/* markdownUrl */.$x)(url)})` : (0,report_format/* codeCell */.MZ)(label);
    });
    if (item.sources.length > 3)
        links.push(`+${item.sources.length - 3} more`);
    return links.join('<br>');
}
function row(item, input) {
    const v = item.verdict;
    const image = `${item.registry}/${item.repository}${item.tags.length ? `:${item.tags.join(',')}` : ''}${v.digest ? `@${(0,report_format/* shortDigest */.VK)(v.digest)}` : ''}`;
    const signer = v.signerSubject ? `${(0,report_format/* cell */.Hn)(v.signerSubject)}${v.signerIssuer ? `<br><sub>${(0,report_format/* cell */.Hn)(v.signerIssuer)}</sub>` : ''}` : '—';
    const format = v.signatureFormat ? (0,report_format/* cell */.Hn)(`${v.signatureFormat}${v.signatureLocation ? ` (${v.signatureLocation})` : ''}`) : '—';
    const finding = `${(0,src_policy/* isFinding */.qd)(v, input.policy) ? ' **finding**' : ''}${isNewProblem(item) ? ' 🆕' : ''}`;
    return `| ${severityIcon(v.status, (0,src_policy/* isFinding */.qd)(v, input.policy))} ${v.status}${finding} | ${(0,report_format/* codeCell */.MZ)(image)} | ${signer} | ${format} | ${where(item, input)} |`;
}
/** Counters in the shape seed 003's dashboards use, for people who scrape summaries or logs. */
function telemetryLines(counts, run) {
    const labels = `repo="${(0,report_escape/* escapeLabelValue */.N8)(run.repository ?? '')}",workflow="${(0,report_escape/* escapeLabelValue */.N8)(run.workflow ?? '')}"`;
    return [
        `cicd_images_checked_total{${labels}} ${counts.images}`,
        `cicd_image_signed_total{${labels},result="verified"} ${counts.verified}`,
        `cicd_signature_verification_failure_total{${labels}} ${counts.failed}`,
        `cicd_unsigned_image_total{${labels}} ${counts.unsigned}`,
        `cicd_unpinned_image_reference_total{${labels}} ${counts.unpinned}`
    ];
}
/** The job summary as Markdown: counts and policy, the table, then details of every problem. */
function renderSummary(input) {
    const { counts } = input;
    const maxRows = input.maxRows ?? DEFAULT_SUMMARY_ROWS;
    const sorted = sortItems(input.items, input.policy);
    const out = ['## Cosign image verification', ''];
    const fresh = newProblemsLine(sorted);
    if (fresh)
        out.push(fresh, '');
    out.push(`**${counts.images}** images checked · ✅ **${counts.verified}** verified · ${input.policy.requireSigned ? '❌' : '⚠️'} **${counts.unsigned}** unsigned · ` +
        `⚠️ **${counts.failed}** failed · 📌 **${counts.unpinned}** unpinned · 🚩 **${counts.findings}** findings`, '');
    const perImage = policySummaryLines(input.items, input.policy.requireSigned);
    if (perImage.length > 0)
        out.push(`> Per-image policy (the ${(0,report_format/* codeCell */.MZ)('policy')} input): every image must satisfy each policy that matches it.${counts.exempt ? ` ${counts.exempt} images are exempt.` : ''}`);
    else
        for (const line of (0,src_policy/* describePolicy */.wy)(input.policy))
            out.push(`> ${(0,report_format/* cell */.Hn)(line)}`);
    out.push('', ...perImage);
    for (const note of input.notes ?? [])
        out.push(`- ${(0,report_format/* cell */.Hn)(note)}`);
    if (input.notes?.length)
        out.push('');
    out.push(...unscannedSection(input.unscanned ?? [], input.policy.requireSigned, input.run, input.platform));
    if (sorted.length === 0) {
        out.push('No image references were found.');
        return out.join('\n') + '\n';
    }
    out.push('| Status | Image | Signer | Format | Referenced in |', '| --- | --- | --- | --- | --- |');
    let bytes = Buffer.byteLength(out.join('\n'));
    let shown = 0;
    for (const item of sorted) {
        const line = row(item, input);
        bytes += Buffer.byteLength(line) + 1;
        if (shown >= maxRows || bytes > SUMMARY_BYTE_BUDGET / 2)
            break;
        out.push(line);
        shown++;
    }
    if (shown < sorted.length) {
        out.push('', `${sorted.length - shown} more images are not shown here; every result is in ${(0,report_format/* codeCell */.MZ)(input.resultsFile)}.`);
    }
    out.push(...attestationSection(sorted.slice(0, shown)));
    const problems = sorted.filter(i => i.verdict.status !== 'verified' && !(i.verdict.status === 'exempt' && i.verdict.policy?.exemption));
    if (problems.length > 0) {
        out.push('', '### Why images were not verified', '');
        for (const item of problems) {
            const hints = reason_hintsOf(item.verdict).map(h => `<br>💡 ${(0,report_format/* cell */.Hn)(h)}`).join('');
            const line = `- **${(0,report_format/* cell */.Hn)(imageOf(item))}** (${item.verdict.status}): ${(0,report_format/* cell */.Hn)(reason_reasonOf(item.verdict))}${hints}`;
            bytes += Buffer.byteLength(line) + 1;
            if (bytes > SUMMARY_BYTE_BUDGET / 1.5) {
                out.push(`- … the remaining images are in ${(0,report_format/* codeCell */.MZ)(input.resultsFile)}.`);
                break;
            }
            out.push(line);
        }
        out.push('', '<details><summary>Full details</summary>', '');
        for (const item of problems) {
            const line = `- **${(0,report_format/* cell */.Hn)(imageOf(item))}** (${item.verdict.status}): ${(0,report_format/* cell */.Hn)(item.verdict.details)}`;
            bytes += Buffer.byteLength(line) + 1;
            if (bytes > SUMMARY_BYTE_BUDGET) {
                out.push(`- … details of the remaining images are in ${(0,report_format/* codeCell */.MZ)(input.resultsFile)}.`);
                break;
            }
            out.push(line);
        }
        out.push('', '</details>');
    }
    out.push('', '<details><summary>Telemetry</summary>', '', '```', ...telemetryLines(counts, input.run), '```', '', '</details>');
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/report/annotations.ts




/** GitHub shows at most 10 errors and 10 warnings per step; the rest are only in the summary. */
const ANNOTATION_LIMIT_PER_LEVEL = 10;
/** One annotation per occurrence of every image that is not verified, most serious first. */
function toAnnotations(items, policy) {
    const out = [];
    for (const item of sortItems(items, policy)) {
        const v = item.verdict;
        if (v.status === 'verified')
            continue;
        // Exempt by decision: only an image no policy covers under no-match warn is worth a warning.
        if (v.status === 'exempt' && !(v.policy?.noMatch && v.policy.effective === 'warn'))
            continue;
        const level = (0,src_policy/* isFinding */.qd)(v, policy) ? 'error' : 'warning';
        const image = `${item.registry}/${item.repository}${v.digest ? `@${v.digest}` : item.tags[0] ? `:${item.tags[0]}` : ''}`;
        const hint = reason_hintsOf(v)[0];
        const reason = `${reason_reasonOf(v)}${hint ? ` (hint: ${hint})` : ''}`;
        for (const s of item.sources) {
            out.push({ level, file: s.file, line: s.line, title: `${item.introduced === true ? 'New: ' : ''}Image ${v.status}`, message: `${image}: ${v.status}: ${reason}` });
        }
    }
    return out;
}
/** Splits annotations into those the platform will show and how many it would drop. */
function limitAnnotations(all, limit = ANNOTATION_LIMIT_PER_LEVEL) {
    const used = { error: 0, warning: 0 };
    const shown = [];
    for (const a of all) {
        if (used[a.level] < limit) {
            used[a.level]++;
            shown.push(a);
        }
    }
    return { shown, hidden: all.length - shown.length };
}
/**
 * Plain `path:line: message` lines, for runners that do not render annotations (Forgejo, Gitea).
 * Each is one escaped log line: the path leads the line, and a path is the pull request's to choose.
 */
function toPlainLines(all) {
    return all.map(a => (0,report_escape/* toLogLine */.gD)(`${a.file}:${a.line}: ${a.level}: ${a.message}`));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/http/index.ts + 3 modules
var http = __webpack_require__(46262);
;// CONCATENATED MODULE: ./src/report/upload.ts




const UPLOAD_PATH = '/_app/api/v1/cosign/verifications';
const MAX_CHUNK_RECORDS = 1000;
const MAX_CHUNK_BYTES = 1024 * 1024;
/** fremforge answers a few bytes of JSON; anything longer is only read for the error message. */
const MAX_ANSWER_BYTES = 64 * 1024;
const DEFAULT_TIMEOUT_MS = 30_000;
/** Why an upload did not complete; the token never appears in it. */
class UploadError extends errors/* AppError */.uV {
    temporary;
    constructor(code, message, options = {}) {
        super(code, message, { cause: options.cause, details: options.status === undefined ? {} : { status: options.status } });
        this.name = 'UploadError';
        this.temporary = options.temporary ?? false;
    }
}
/** Splits NDJSON lines into chunks of at most 1,000 records and 1 MiB. */
function chunkLines(lines, maxRecords = MAX_CHUNK_RECORDS, maxBytes = MAX_CHUNK_BYTES) {
    const chunks = [];
    let current = [];
    let bytes = 0;
    for (const line of lines) {
        const size = Buffer.byteLength(line) + 1;
        if (current.length > 0 && (current.length >= maxRecords || bytes + size > maxBytes)) {
            chunks.push(current);
            current = [];
            bytes = 0;
        }
        current.push(line);
        bytes += size;
    }
    if (current.length > 0)
        chunks.push(current);
    return chunks;
}
/** Same run, attempt and content → same key, so a retried chunk is stored once. */
function idempotencyKey(run, body) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update([run.server_url, run.repository, run.run_id, run.run_attempt].join('\n'))
        .update('\n')
        .update(body)
        .digest('hex');
}
/** Loopback only: localhost names, 127.0.0.0/8 and ::1. */
function isLoopback(hostname) {
    const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    if (h === 'localhost' || h.endsWith('.localhost'))
        return true;
    if ((0,external_node_net_.isIP)(h) === 4)
        return h.startsWith('127.');
    return h === '::1';
}
/** The bearer token crosses the network only encrypted, except to this machine (issue 11, defect 8). */
function checkUploadUrl(url) {
    if (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname)))
        return;
    throw new UploadError('UPLOAD_INSECURE', `skipped: refusing to send the API token in clear text to ${url.protocol}//${url.host} (use https; plain http only to a loopback address)`);
}
const redacted = (url) => `${url.protocol}//${url.host}${url.pathname}`;
function failureOf(e, url) {
    if (e instanceof UploadError)
        return e;
    if ((e instanceof http/* ExchangeError */.Sb && e.code === 'HTTP_TIMEOUT') || (e instanceof http/* BodyReadError */.NA && e.code === 'BODY_TIMEOUT')) {
        return new UploadError('UPLOAD_TIMEOUT', `${redacted(url)}: ${e.message}`, { temporary: true, cause: e });
    }
    const why = e instanceof http/* ExchangeError */.Sb ? e.networkCode || 'network error' : e instanceof http/* BodyReadError */.NA ? e.message : 'network error';
    return new UploadError('UPLOAD_UNREACHABLE', `could not reach ${redacted(url)}: ${why}`, { temporary: true, cause: e });
}
/** One POST of one chunk: headers within `timeoutMs`, the answer read within twice that, all of it by `until` (epoch ms). */
async function post(client, url, body, headers, timeoutMs, until) {
    const end = Math.min(Date.now() + 2 * timeoutMs, until);
    const left = () => Math.max(1, end - Date.now());
    try {
        const message = await (0,http/* openResponse */.sU)(client, { method: 'POST', url, headers: { ...headers, 'content-length': String(body.length) }, body }, Math.min(timeoutMs, left()));
        const answer = await (0,http/* readBody */.x8)(message, { maxBytes: MAX_ANSWER_BYTES, idleTimeoutMs: timeoutMs, totalTimeoutMs: left() }).catch((e) => {
            // An oversized answer to a refused chunk is only diagnostics.
            if (e instanceof http/* BodyReadError */.NA && e.code === 'BODY_TOO_LARGE' && (message.statusCode ?? 0) >= 300)
                return Buffer.alloc(0);
            throw e;
        });
        return { status: message.statusCode ?? 0, headers: message.headers, answer: answer.toString('utf8') };
    }
    catch (e) {
        throw failureOf(e, url);
    }
}
function statusFailure(status, answer, index, total) {
    const what = `fremforge answered ${status} for chunk ${index + 1}/${total}: ${answer.trim().slice(0, 300) || '(empty body)'}`;
    if (status === 429)
        return new UploadError('UPLOAD_RATE_LIMITED', what, { status });
    return new UploadError(status >= 500 || (0,http/* isRetryableStatus */.PS)(status) ? 'UPLOAD_SERVER_ERROR' : 'UPLOAD_REFUSED', what, { status });
}
async function uploadResults(lines, options) {
    if (!options.token) {
        return { state: 'skipped', chunks: 0, records: 0, message: 'no fremforge API token (api-token input or FREMFORGE_API_TOKEN): results were not uploaded' };
    }
    const token = options.token;
    options.logger.secret(token);
    const url = new URL(options.baseUrl.replace(/\/+$/, '') + UPLOAD_PATH);
    const chunks = chunkLines(lines);
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const retry = {
        maxAttempts: options.maxAttempts ?? 5,
        baseDelayMs: 500,
        maxDelayMs: 60_000,
        deadlineMs: 4 * timeoutMs,
        sleep: options.sleep ?? ((ms) => new Promise(r => setTimeout(r, ms))),
        random: options.random ?? Math.random,
        now: Date.now
    };
    // Loaded here, not at the top: it pulls in undici, which `scan` and `--help` never need.
    const { HttpClient } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 44942));
    const client = new HttpClient('fremforge-cosign-action', [], { allowRedirects: false, allowRetries: false, socketTimeout: 2 * timeoutMs, keepAlive: true });
    let sent = 0;
    try {
        checkUploadUrl(url);
        for (const [index, chunk] of chunks.entries()) {
            const text = chunk.join('\n') + '\n';
            const body = Buffer.from(text);
            const headers = { 'content-type': 'application/x-ndjson', authorization: `Bearer ${token}`, 'idempotency-key': idempotencyKey(options.run, text), 'user-agent': 'fremforge-cosign-action' };
            const onRetry = (attempt, delay, reason) => options.logger.debug(`upload chunk ${index + 1}: ${reason}; attempt ${attempt + 1} in ${delay} ms`);
            const until = Date.now() + 4 * timeoutMs;
            const { result } = await (0,http/* withRetry */.bD)({ ...retry, onRetry }, () => post(client, url, body, headers, timeoutMs, until));
            if (result.status < 200 || result.status >= 300)
                throw statusFailure(result.status, result.answer, index, chunks.length);
            sent += chunk.length;
        }
    }
    catch (e) {
        const failure = failureOf(e, url);
        return { state: 'failed', chunks: chunks.length, records: sent, code: failure.code, message: failure.message.split(token).join('***') };
    }
    finally {
        client.dispose();
    }
    return { state: 'uploaded', chunks: chunks.length, records: sent, message: `uploaded ${sent} records in ${chunks.length} request(s) to ${redacted(url)}` };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/report/results-file.ts





const invalid = (file, why, cause) => new errors/* AppError */.uV('INPUT_INVALID', `option 'results-file': expected a writable file path, found '${file}' (${why})`, { cause, details: { option: 'results-file' } });
/**
 * Writes the NDJSON results atomically: a new temporary file beside the destination (O_EXCL, so no
 * existing file or link is opened), then a rename, which replaces a symlink at the destination
 * rather than writing through it (issue 11, defect 7). Readers never see half a file.
 */
async function writeResultsFile(file, records) {
    const existing = await (0,promises_.lstat)(file).catch(() => undefined);
    if (existing?.isDirectory())
        throw invalid(file, 'it is a directory');
    const dir = external_node_path_default().dirname(file);
    try {
        await (0,promises_.mkdir)(dir, { recursive: true });
    }
    catch (e) {
        throw invalid(file, `cannot create its directory: ${e.code ?? (0,errors/* messageOf */.bD)(e)}`, e);
    }
    const temp = external_node_path_default().join(dir, `.${external_node_path_default().basename(file)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    try {
        const handle = await (0,promises_.open)(temp, 'wx', 0o644);
        try {
            await handle.writeFile(toNdjson(records));
        }
        finally {
            await handle.close();
        }
        await (0,promises_.rename)(temp, file);
    }
    catch (e) {
        await (0,promises_.unlink)(temp).catch(() => undefined);
        throw invalid(file, e.code ?? (0,errors/* messageOf */.bD)(e), e);
    }
}
/** Writes the results file; a path that cannot be written is reported, and the run still uploads and summarises. */
async function writeResultsReported(file, records, logger) {
    try {
        await writeResultsFile(file, records);
        return undefined;
    }
    catch (e) {
        const error = e instanceof errors/* AppError */.uV ? e : new errors/* AppError */.uV('INPUT_INVALID', (0,errors/* messageOf */.bD)(e), { cause: e, details: { option: 'results-file' } });
        logger.error(`${error.message} [${error.code}]`);
        return error;
    }
}

;// CONCATENATED MODULE: ./src/report/table.ts





/** Terminals are assumed 120 columns wide; full values are in `--format ndjson`. */
const TABLE_WIDTH = 120;
const GAP = '  ';
const GREEN = '\x1b[32m';
const YELLOW = '\x1b[33m';
const table_RED = '\x1b[31m';
const RESET = '\x1b[0m';
const width = (text) => [...text].length;
function pad(text, w) {
    return width(text) >= w ? text : text + ' '.repeat(w - width(text));
}
/** Column widths that fit `max`: the widest columns give way first, never below their header. */
function fitWidths(header, rows, max = TABLE_WIDTH) {
    const widths = header.map((h, c) => Math.max(width(h), ...rows.map(r => width(r[c]))));
    const budget = max - GAP.length * (header.length - 1);
    let total = widths.reduce((a, b) => a + b, 0);
    // The last column (signer, reference) is the least read: it gives way first, down to 20.
    const last = widths.length - 1;
    while (total > budget && widths[last] > Math.max(20, width(header[last]) + 1)) {
        widths[last]--;
        total--;
    }
    while (total > budget) {
        let widest = -1;
        for (let c = 0; c < widths.length; c++)
            if (widths[c] > width(header[c]) + 1 && (widest < 0 || widths[c] > widths[widest]))
                widest = c;
        if (widest < 0)
            break;
        widths[widest]--;
        total--;
    }
    return widths;
}
/** Every cell is a value from outside: escaped before it is measured, truncated, padded or painted. */
function table(header, cells, paint) {
    const rows = cells.map(r => r.map(report_escape/* escapeControls */.UN));
    const widths = fitWidths(header, rows);
    const line = (cells, row) => cells
        .map((text, c) => {
        const fitted = (0,src_text/* truncateMiddle */.kU)(text, widths[c]);
        const padded = c === cells.length - 1 ? fitted : pad(fitted, widths[c]);
        return c === 0 && paint && row >= 0 ? paint(row, padded) : padded;
    })
        .join(GAP)
        .trimEnd();
    return [line(header, -1), line(widths.map(w => '-'.repeat(w)), -1), ...rows.map(line)].map(report_escape/* defuseCommands */.pq).join('\n');
}
function renderScanTable(refs) {
    if (refs.length === 0)
        return 'No image references found.';
    const rows = refs.map(r => [`${r.file}:${r.line}`, r.kind, r.digest ? 'pinned' : 'unpinned', r.ref]);
    return table(['LOCATION', 'KIND', 'PIN', 'REFERENCE'], rows);
}
/** Red only for findings (they fail the run); problems that are warnings are yellow. */
function severityColor(item, policy) {
    if (item.verdict.status === 'verified')
        return GREEN;
    return isFinding(item.verdict, policy) ? table_RED : YELLOW;
}
function renderVerifyTable(items, color, policy = { requireSigned: false, requirePinned: false }) {
    if (items.length === 0)
        return 'No images to verify.';
    const sorted = [...items].sort((a, b) => STATUS_RANK[a.verdict.status] - STATUS_RANK[b.verdict.status]);
    const rows = sorted.map(i => {
        const v = i.verdict;
        const image = `${i.registry}/${i.repository}${v.digest ? `@${shortDigest(v.digest)}` : `:${i.tags[0] ?? 'latest'}`}`;
        const signer = v.signerSubject ?? '-';
        const where = i.sources[0] ? `${i.sources[0].file}:${i.sources[0].line}${i.sources.length > 1 ? ` +${i.sources.length - 1}` : ''}` : '-';
        return [v.status, image, v.signatureFormat ?? '-', where, signer];
    });
    const paint = color ? (row, text) => `${severityColor(sorted[row], policy)}${text}${RESET}` : undefined;
    return table(['STATUS', 'IMAGE', 'FORMAT', 'REFERENCED IN', 'SIGNER'], rows, paint);
}
function renderCounts(c) {
    return `${c.images} images: ${c.verified} verified, ${c.unsigned} unsigned, ${c.failed} failed; ${c.unpinned} unpinned references; ${c.findings} findings`;
}
/** One line per image that is not verified (its short reason), and its hints below it. */
function renderProblems(items) {
    return items
        .filter(i => i.verdict.status !== 'verified')
        .flatMap(i => [
        `  ${escapeControls(truncateMiddle(`${i.registry}/${i.repository}${i.verdict.digest ? `@${shortDigest(i.verdict.digest)}` : ''}`, 60))}: ${i.verdict.status}: ${escapeControls(reasonOf(i.verdict))}`,
        ...hintsOf(i.verdict).map(h => `    hint: ${escapeControls(h)}`)
    ])
        .join('\n');
}
function renderUnscanned(unscanned) {
    return unscanned.map(u => `  ${escapeControls(`${u.file}${u.line === undefined ? '' : `:${u.line}`}: ${u.code}: ${u.reason}`)}`).join('\n');
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/report/html.ts


// The HTML @actions/core's summary builder writes for a heading and a table, every value through cell().
const htmlHeading = (text, level) => `<h${level}>${(0,report_format/* cell */.Hn)(text)}</h${level}>${external_node_os_.EOL}`;
const htmlRow = (tag, cells) => `<tr>${cells.map(c => `<${tag}>${(0,report_format/* cell */.Hn)(c)}</${tag}>`).join('')}</tr>`;
const htmlTable = (head, rows) => `<table>${htmlRow('th', head)}${rows.map(r => htmlRow('td', r)).join('')}</table>${external_node_os_.EOL}`;

;// CONCATENATED MODULE: ./src/report/sign-summary.ts


/** The job summary of a sign or attest run: what was signed, what was not, and the notes. */
function renderSignSummary(input) {
    const rows = input.signatures.map(s => [s.image, s.format, s.location, s.tlogIndex === null ? '—' : String(s.tlogIndex), s.identity.issuer ? `${s.identity.subject} (${s.identity.issuer})` : s.identity.subject]);
    const failed = input.items
        .filter(i => i.verdict.status !== 'verified')
        .map(i => `- ${(0,report_format/* codeCell */.MZ)(`${i.verdict.name}${i.verdict.digest ? `@${i.verdict.digest}` : ''}`)}: ${i.verdict.status}: ${(0,report_format/* cell */.Hn)(i.verdict.details)}`);
    let out = htmlHeading('Signed images', 2) + `${(0,report_format/* cell */.Hn)(input.text.split('\n')[0])}\n\n`;
    if (rows.length > 0)
        out += htmlTable(['Image', 'Format', 'Location', 'Tlog index', 'Identity'], rows);
    if (failed.length > 0)
        out += `\n**Not signed or not verified:**\n\n${failed.join('\n')}\n`;
    out += `\n${input.notes.map(n => `- ${(0,report_format/* cell */.Hn)(n)}`).join('\n')}\n`;
    return out;
}

;// CONCATENATED MODULE: ./src/report/scan-summary.ts


/** The summary lists this many rows at most; the log and `--format ndjson` have them all. */
const MAX_SUMMARY_TABLE_ROWS = 500;
/** The job summary of `mode: scan`: every reference found, then the files not scanned. */
function renderScanSummary(input) {
    const rows = input.refs.map(r => [`${r.file}:${r.line}`, r.kind, r.ref]);
    return (htmlHeading('Image references', 2) +
        `${input.refs.length} references, ${input.images} unique digests, ${input.unpinned} unpinned, in ${input.filesSeen} files.\n\n` +
        htmlTable(['Location', 'Kind', 'Reference'], rows.slice(0, MAX_SUMMARY_TABLE_ROWS)) +
        unscannedSection(input.unscanned, false, input.run, input.platform).join('\n'));
}
/** The job summary of `mode: explain`: which policy governs each image. */
function renderExplainSummary(lines) {
    const rows = lines.map(l => [l.image, l.effective, l.no_match ? '(no policy matches)' : l.policies.map(p => `${p.name} [${p.mode}]: ${p.authorities.join(', ')}`).join('; ')]);
    return htmlHeading('Image policy', 2) + htmlTable(['Image', 'If unverified', 'Policies'], rows.slice(0, MAX_SUMMARY_TABLE_ROWS));
}

;// CONCATENATED MODULE: ./src/report/index.ts

















/***/ }),

/***/ 53149:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LH: () => (/* binding */ platformFromEnv),
/* harmony export */   iw: () => (/* binding */ fileUrl),
/* harmony export */   wX: () => (/* binding */ runContextFromEnv)
/* harmony export */ });
function runContextFromEnv(env) {
    // The Forgejo runner sets both FORGEJO_* and GITHUB_*; prefer the Forgejo names when present.
    const pick = (name) => env[`FORGEJO_${name}`] || env[`GITHUB_${name}`] || null;
    return {
        server_url: pick('SERVER_URL'),
        repository: pick('REPOSITORY'),
        sha: pick('SHA'),
        ref: pick('REF'),
        workflow: pick('WORKFLOW'),
        run_id: pick('RUN_ID'),
        run_attempt: pick('RUN_ATTEMPT')
    };
}
function platformFromEnv(env) {
    if (env.FORGEJO_ACTIONS === 'true')
        return 'forgejo';
    if (env.GITEA_ACTIONS === 'true')
        return 'gitea';
    if (env.GITHUB_ACTIONS === 'true')
        return 'github';
    return 'local';
}
/** Link to a file line at the run's commit, on GitHub or Forgejo/Gitea. */
function fileUrl(run, platform, file, line) {
    if (!run.server_url || !run.repository || !run.sha)
        return null;
    const base = `${run.server_url.replace(/\/+$/, '')}/${run.repository}`;
    const encoded = file.split('/').map(encodeURIComponent).join('/');
    if (platform === 'forgejo' || platform === 'gitea')
        return `${base}/src/commit/${run.sha}/${encoded}#L${line}`;
    return `${base}/blob/${run.sha}/${encoded}#L${line}`;
}


/***/ }),

/***/ 65536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  oM: () => (/* reexport */ closingLine),
  xZ: () => (/* reexport */ extractFromContent),
  H9: () => (/* reexport */ scanWorkspace)
});

// UNUSED EXPORTS: DEFAULT_EXCLUDE, DEFAULT_MAX_FILE_SIZE, FORMATS, ScanError, resolveScanOptions

// NAMESPACE OBJECT: ./src/scan/helm-template.ts
var helm_template_namespaceObject = {};
__webpack_require__.r(helm_template_namespaceObject);
__webpack_require__.d(helm_template_namespaceObject, {
  extract: () => (extract),
  extractInto: () => (extractInto),
  matches: () => (matches),
  needles: () => (needles),
  unplaced: () => (unplaced)
});

// NAMESPACE OBJECT: ./src/scan/chart.ts
var chart_namespaceObject = {};
__webpack_require__.r(chart_namespaceObject);
__webpack_require__.d(chart_namespaceObject, {
  extract: () => (chart_extract),
  extractInto: () => (chart_extractInto),
  matches: () => (chart_matches),
  needles: () => (chart_needles)
});

// NAMESPACE OBJECT: ./src/scan/compose.ts
var compose_namespaceObject = {};
__webpack_require__.r(compose_namespaceObject);
__webpack_require__.d(compose_namespaceObject, {
  extract: () => (compose_extract),
  fromDocuments: () => (fromDocuments),
  matches: () => (compose_matches),
  needles: () => (compose_needles)
});

// NAMESPACE OBJECT: ./src/scan/dockerfile.ts
var dockerfile_namespaceObject = {};
__webpack_require__.r(dockerfile_namespaceObject);
__webpack_require__.d(dockerfile_namespaceObject, {
  extract: () => (dockerfile_extract),
  extractInto: () => (dockerfile_extractInto),
  matches: () => (dockerfile_matches),
  needles: () => (dockerfile_needles),
  precheck: () => (precheck)
});

// NAMESPACE OBJECT: ./src/scan/gitlab-ci.ts
var gitlab_ci_namespaceObject = {};
__webpack_require__.r(gitlab_ci_namespaceObject);
__webpack_require__.d(gitlab_ci_namespaceObject, {
  extract: () => (gitlab_ci_extract),
  fromDocuments: () => (gitlab_ci_fromDocuments),
  matches: () => (gitlab_ci_matches),
  needles: () => (gitlab_ci_needles)
});

// NAMESPACE OBJECT: ./src/scan/helm-values.ts
var helm_values_namespaceObject = {};
__webpack_require__.r(helm_values_namespaceObject);
__webpack_require__.d(helm_values_namespaceObject, {
  extract: () => (helm_values_extract),
  fromDocuments: () => (helm_values_fromDocuments),
  fromValues: () => (fromValues),
  matches: () => (helm_values_matches),
  needles: () => (helm_values_needles)
});

// NAMESPACE OBJECT: ./src/scan/kubernetes.ts
var kubernetes_namespaceObject = {};
__webpack_require__.r(kubernetes_namespaceObject);
__webpack_require__.d(kubernetes_namespaceObject, {
  extract: () => (kubernetes_extract),
  fromDocuments: () => (kubernetes_fromDocuments),
  matches: () => (kubernetes_matches),
  needles: () => (kubernetes_needles)
});

// NAMESPACE OBJECT: ./src/scan/kustomize.ts
var kustomize_namespaceObject = {};
__webpack_require__.r(kustomize_namespaceObject);
__webpack_require__.d(kustomize_namespaceObject, {
  extract: () => (kustomize_extract),
  fromDocuments: () => (kustomize_fromDocuments),
  matches: () => (kustomize_matches),
  needles: () => (kustomize_needles)
});

// NAMESPACE OBJECT: ./src/scan/workflow.ts
var workflow_namespaceObject = {};
__webpack_require__.r(workflow_namespaceObject);
__webpack_require__.d(workflow_namespaceObject, {
  extract: () => (workflow_extract),
  fromDocuments: () => (workflow_fromDocuments),
  matches: () => (workflow_matches),
  needles: () => (workflow_needles)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/scan/errors.ts

class ScanError extends errors/* AppError */.uV {
    constructor(code, message, options = {}) {
        super(code, message, options);
        this.name = 'ScanError';
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/scan/fast-yaml-builder.ts
/** Stands for a block scalar (`|`, `>`): extractors never read one as a reference, so no text. */
const BLOCK = Object.freeze({ type: 'scalar', text: '', scalarType: 'string', block: true, line: 0, column: 0 });
const NULL = Object.freeze({ type: 'scalar', text: '', scalarType: 'null', block: false, line: 0, column: 0 });
/**
 * Nests the fast parser's tokens by indentation, the way YAML nests block collections. Each
 * method answers false for anything it cannot nest with certainty, and the file goes to the
 * yaml package. Allocation is kept low on purpose: this runs for every line of every manifest.
 */
class Builder {
    docs = [];
    stack = [];
    root;
    pending;
    /** Column a block scalar's lines must exceed, set when a token opens one; the caller resets it. */
    blockParent = -1;
    endDocument() {
        this.pending = undefined;
        if (this.root !== undefined)
            this.docs.push({ root: this.root });
        this.root = undefined;
        this.stack = [];
    }
    set(p, node) {
        if (p.pair)
            p.pair.value = node;
        else if (p.items)
            p.items[p.index] = node;
    }
    /** Gives a pending value the collection that `col` nests under it, if it does. */
    open(col, seq) {
        const p = this.pending;
        if (!p)
            return;
        this.pending = undefined;
        if (seq ? col > p.col || (col === p.col && p.seqAtSame) : col > p.col) {
            const node = seq ? { type: 'seq', items: [] } : { type: 'map', pairs: [] };
            this.set(p, node);
            this.stack.push({ node, indent: col });
        }
    }
    /** The collection at exactly `col`, closing deeper ones; creates the root collection. */
    frameAt(col, seq) {
        const stack = this.stack;
        if (stack.length === 0) {
            if (this.root !== undefined)
                return undefined;
            const node = seq ? { type: 'seq', items: [] } : { type: 'map', pairs: [] };
            this.root = node;
            stack.push({ node, indent: col });
        }
        let top = stack[stack.length - 1];
        // A sequence at its parent key's indentation ends at the next key of that indentation.
        while (top && (top.indent > col || (top.indent === col && !seq && top.node.type === 'seq'))) {
            stack.pop();
            top = stack[stack.length - 1];
        }
        return top && top.indent === col ? top : undefined;
    }
    item(col, line) {
        this.open(col, true);
        const node = this.frameAt(col, true)?.node;
        if (!node || node.type !== 'seq')
            return false;
        const index = node.items.push(NULL) - 1;
        this.pending = { col, line, seqAtSame: false, pair: undefined, items: node.items, index };
        return true;
    }
    key(col, key, value, line) {
        this.open(col, false);
        const node = this.frameAt(col, false)?.node;
        if (!node || node.type !== 'map')
            return false;
        for (const pair of node.pairs)
            if (pair.key === key)
                return false;
        const pair = { key, value: value ?? NULL };
        node.pairs.push(pair);
        if (value === null)
            this.pending = { col, line, seqAtSame: true, pair, items: undefined, index: 0 };
        else if (value === BLOCK)
            this.blockParent = col;
        return true;
    }
    /** A value with no key: after `- ` on the same line, or a whole document. */
    value(col, value, line) {
        const p = this.pending;
        this.pending = undefined;
        if (p && p.line === line) {
            this.set(p, value);
            if (value === BLOCK)
                this.blockParent = p.col;
            return true;
        }
        // A plain scalar continued on the next line, or a stray value: the yaml package decides.
        if (p || this.stack.length > 0 || this.root !== undefined)
            return false;
        this.root = value;
        if (value === BLOCK)
            this.blockParent = col;
        return true;
    }
}

;// CONCATENATED MODULE: ./src/scan/fast-yaml-scalar.ts
/**
 * Scalars for the fast parser: core-schema typing and quoted scalars. Anything it is not sure
 * about returns undefined, and the caller falls back to the yaml package for the whole file.
 */
// The yaml package's core schema tests (yaml/dist/schema/core), so both producers type alike.
const fast_yaml_scalar_NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const NUMBER = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
function plainType(text) {
    const c = text.charCodeAt(0);
    // Only texts starting with these can be non-strings; image refs rarely do, so skip the regexps.
    if (text === '' || c === 126 || c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70) {
        if (fast_yaml_scalar_NULL.test(text))
            return 'null';
        if (BOOL.test(text))
            return 'boolean';
        return 'string';
    }
    if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46)
        return NUMBER.test(text) ? 'number' : 'string';
    return 'string';
}
function scalar(text, scalarType, line, index) {
    return { type: 'scalar', text, scalarType, block: false, line, column: index + 1 };
}
const ESCAPES = {
    '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
    ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029'
};
const HEX_LENGTH = { x: 2, u: 4, U: 8 };
/** The text of a double-quoted scalar's `raw` content with escapes resolved; undefined for a bad escape. */
function fast_yaml_scalar_unescape(raw) {
    if (!raw.includes('\\'))
        return raw;
    let text = '';
    for (let i = 0; i < raw.length; i++) {
        const c = raw[i];
        if (c !== '\\') {
            text += c;
            continue;
        }
        const e = raw[++i];
        if (e === undefined)
            return undefined;
        const hex = HEX_LENGTH[e];
        if (hex !== undefined) {
            const digits = raw.slice(i + 1, i + 1 + hex);
            if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== hex)
                return undefined;
            const code = parseInt(digits, 16);
            if (code > 0x10ffff)
                return undefined;
            text += String.fromCodePoint(code);
            i += hex;
        }
        else if (e in ESCAPES)
            text += ESCAPES[e];
        else
            return undefined;
    }
    return text;
}
function readDoubleQuoted(line, start) {
    const close = closingQuote(line, start + 1, '"');
    const text = close < 0 ? undefined : fast_yaml_scalar_unescape(line.slice(start + 1, close));
    return text === undefined ? undefined : { text, end: close + 1 };
}
/** A quoted scalar closed on this line; else undefined (multi-line quoted scalars fold lines). */
function readQuoted(line, start) {
    if (line[start] === '"')
        return readDoubleQuoted(line, start);
    let i = start + 1;
    let text = '';
    for (;;) {
        const j = line.indexOf("'", i);
        if (j < 0)
            return undefined;
        text += line.slice(i, j);
        if (line[j + 1] !== "'")
            return { text, end: j + 1 };
        text += "'";
        i = j + 2;
    }
}
/** True when only blanks or a comment follow `index`. */
function restIsEmpty(line, index) {
    for (let i = index; i < line.length; i++) {
        const c = line[i];
        if (c === ' ' || c === '\t')
            continue;
        return c === '#' && i > index;
    }
    return true;
}
function closingQuote(line, from, quote) {
    for (let i = from; i < line.length; i++) {
        if (quote === '"' && line[i] === '\\')
            i++;
        else if (line[i] === quote) {
            if (quote === "'" && line[i + 1] === "'")
                i++;
            else
                return i;
        }
    }
    return -1;
}
/**
 * A quoted scalar that opens at lines[n][start] and closes on a later line, folded as YAML
 * does: one line break becomes a space, n empty lines become n line breaks.
 */
function readQuotedLines(lines, n, start, parent) {
    const quote = lines[n][start];
    // Escapes resolve per line; a backslash ending a line escapes the line break itself.
    const piece = (raw) => (quote === "'" ? raw.replace(/''/g, "'") : raw.endsWith('\\') ? undefined : fast_yaml_scalar_unescape(raw));
    const first = piece(lines[n].slice(start + 1).replace(/[ \t]+$/, ''));
    if (first === undefined)
        return undefined;
    let text = first;
    let breaks = 0;
    for (let j = n + 1; j < lines.length; j++) {
        const line = lines[j];
        let ind = 0;
        while (line.charCodeAt(ind) === 32)
            ind++;
        if (ind === line.length) {
            breaks++;
            continue;
        }
        if (ind <= parent || line[ind] === '\t' || (ind === 0 && (line.startsWith('---') || line.startsWith('...'))))
            return undefined;
        const close = closingQuote(line, ind, quote);
        const raw = close < 0 ? line.slice(ind).replace(/[ \t]+$/, '') : line.slice(ind, close);
        const decoded = close < 0 ? piece(raw) : quote === "'" ? raw.replace(/''/g, "'") : fast_yaml_scalar_unescape(raw);
        if (decoded === undefined)
            return undefined;
        text += breaks === 0 ? ` ${decoded}` : `${'\n'.repeat(breaks)}${decoded}`;
        breaks = 0;
        if (close >= 0)
            return restIsEmpty(line, close + 1) ? { text, lastLine: j } : undefined;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/scan/fast-yaml-flow.ts

// Deeper flows are left to the yaml package, so hostile nesting cannot exhaust the stack here.
const MAX_FLOW_DEPTH = 64;
/** Moves past blanks, comments and line ends; false when the flow cannot continue. */
function skipBlanks(s) {
    for (;;) {
        const line = s.lines[s.n];
        while (s.i < line.length && (line[s.i] === ' ' || line[s.i] === '\t'))
            s.i++;
        const comment = line[s.i] === '#' && (s.i === 0 || line[s.i - 1] === ' ' || line[s.i - 1] === '\t');
        if (s.i < line.length && !comment)
            return true;
        if (++s.n >= s.lines.length)
            return false;
        const next = s.lines[s.n];
        let indent = 0;
        while (next.charCodeAt(indent) === 32)
            indent++;
        s.i = indent;
        if (indent === next.length || next[indent] === '#')
            continue;
        if (next[indent] === '\t' || indent < s.minIndent || next.startsWith('---') || next.startsWith('...'))
            return false;
        // The closing bracket alone may sit at the parent's own indentation.
        if (indent === s.minIndent && next[indent] !== ']' && next[indent] !== '}')
            return false;
    }
}
function flowScalar(s) {
    const line = s.lines[s.n];
    const c = line[s.i];
    if (c === '"' || c === "'") {
        const q = readQuoted(line, s.i);
        if (!q)
            return undefined;
        const node = scalar(q.text, 'string', s.n + 1, s.i + 1);
        s.i = q.end;
        return node;
    }
    if (c === undefined || '[]{},#&*!|>%@`?'.includes(c))
        return undefined;
    if ((c === '-' || c === ':') && ' \t,[]{}'.includes(line[s.i + 1] ?? ' '))
        return undefined;
    const start = s.i;
    let i = start;
    for (; i < line.length; i++) {
        const ch = line[i];
        if (ch === ',' || ch === '[' || ch === ']' || ch === '{' || ch === '}')
            break;
        if (ch === ':' && (i + 1 >= line.length || ' \t,[]{}'.includes(line[i + 1])))
            break;
        if (ch === '#' && (line[i - 1] === ' ' || line[i - 1] === '\t'))
            break;
    }
    const text = line.slice(start, i).trimEnd();
    if (text === '')
        return undefined;
    s.i = i;
    return scalar(text, plainType(text), s.n + 1, start);
}
function flowValue(s) {
    const c = s.lines[s.n][s.i];
    return c === '[' || c === '{' ? flowCollection(s) : flowScalar(s);
}
function flowCollection(s) {
    if (++s.depth > MAX_FLOW_DEPTH)
        return undefined;
    const close = s.lines[s.n][s.i] === '[' ? ']' : '}';
    const items = [];
    const pairs = [];
    s.i++;
    for (;;) {
        if (!skipBlanks(s))
            return undefined;
        if (s.lines[s.n][s.i] === close)
            break;
        if (close === ']') {
            const value = flowValue(s);
            if (!value)
                return undefined;
            items.push(value);
        }
        else {
            const key = flowScalar(s);
            if (!key || pairs.some(p => p.key === key.text) || !skipBlanks(s))
                return undefined;
            let value = scalar('', 'null', s.n + 1, s.i);
            if (s.lines[s.n][s.i] === ':') {
                s.i++;
                if (!skipBlanks(s))
                    return undefined;
                const c = s.lines[s.n][s.i];
                if (c !== ',' && c !== close) {
                    const v = flowValue(s);
                    if (!v)
                        return undefined;
                    value = v;
                }
            }
            pairs.push({ key: key.text, value });
        }
        if (!skipBlanks(s))
            return undefined;
        const c = s.lines[s.n][s.i];
        if (c === ',')
            s.i++;
        else if (c !== close)
            return undefined;
    }
    s.i++;
    s.depth--;
    return close === ']' ? { type: 'seq', items } : { type: 'map', pairs };
}
/** A flow collection starting at lines[n][start], possibly over several lines, followed only by a comment. */
function readFlow(lines, n, start, minIndent) {
    const s = { lines, n, i: start, minIndent, depth: 0 };
    const node = flowCollection(s);
    if (!node || !restIsEmpty(lines[s.n], s.i))
        return undefined;
    return { node, lastLine: s.n };
}

;// CONCATENATED MODULE: ./src/scan/fast-yaml.ts



/**
 * A line-based parser for the block YAML that manifests are made of: block maps and sequences,
 * one-line plain, quoted and flow scalars, block scalars, comments, `---`. Anything else (anchors,
 * aliases, tags, multi-line scalars, escapes, odd indentation) returns undefined so the caller
 * uses the yaml package instead. It exists because the yaml package parses ~5 MB/s, which is
 * most of a scan's time; the differential test checks both agree.
 */
const BLOCK_HEADER = /^[|>][-+]?$/;
// Control characters the yaml package rejects or treats specially.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff]/;
const isBlank = (c) => c === ' ' || c === '\t';
/**
 * The value from `from` on: a node, null when it starts on a later line, undefined to give up.
 * `parent` is the column a flow's continuation lines must pass: the key's, or the `- `'s.
 */
function readValue(cur, from, parent) {
    const line = cur.lines[cur.n];
    const lineNo = cur.n + 1;
    let i = from;
    while (isBlank(line[i]))
        i++;
    if (i >= line.length || line[i] === '#')
        return null;
    const c = line[i];
    if (c === '"' || c === "'") {
        const q = readQuoted(line, i);
        if (q)
            return restIsEmpty(line, q.end) ? scalar(q.text, 'string', lineNo, i + 1) : undefined;
        const folded = readQuotedLines(cur.lines, cur.n, i, parent);
        if (!folded)
            return undefined;
        cur.last = folded.lastLine;
        return scalar(folded.text, 'string', lineNo, i + 1);
    }
    if (c === '[' || c === '{') {
        const flow = readFlow(cur.lines, cur.n, i, parent);
        if (!flow)
            return undefined;
        cur.last = flow.lastLine;
        return flow.node;
    }
    if (c === '|' || c === '>') {
        const hash = line.indexOf('#', i);
        const header = (hash > 0 && isBlank(line[hash - 1]) ? line.slice(i, hash) : line.slice(i)).trimEnd();
        return BLOCK_HEADER.test(header) ? BLOCK : undefined;
    }
    if ('&*!%@`,]}'.includes(c))
        return undefined;
    if ((c === '-' || c === '?' || c === ':') && (i + 1 >= line.length || isBlank(line[i + 1])))
        return undefined;
    let end = line.length;
    for (let k = i + 1; k < line.length; k++) {
        const ch = line[k];
        if (ch === '#' && isBlank(line[k - 1])) {
            end = k;
            break;
        }
        if (ch === ':' && (k + 1 >= line.length || isBlank(line[k + 1])))
            return undefined;
    }
    const first = line.slice(i, end).trimEnd();
    // A comment ends a plain scalar; without one, deeper lines continue it (CRD descriptions).
    const text = end === line.length ? foldPlain(cur, first, parent) : first;
    return text === undefined ? undefined : scalar(text, plainType(text), lineNo, i);
}
/**
 * A plain scalar continued on the lines indented past `parent`, folded as YAML does (one line
 * break becomes a space, n empty lines become n line breaks); moves `cur.last` past it.
 * Continuation lines holding a trailing comment or a `key:` leave the file to the yaml package.
 */
function foldPlain(cur, first, parent) {
    const lines = cur.lines;
    let text = first;
    let breaks = 0;
    for (let j = cur.n + 1; j < lines.length; j++) {
        const line = lines[j];
        let ind = 0;
        while (line.charCodeAt(ind) === 32)
            ind++;
        if (ind === line.length) {
            breaks++;
            continue;
        }
        if (ind <= parent || (ind === 0 && (line.startsWith('---') || line.startsWith('...'))))
            break;
        // A comment line ends the scalar; indicators lose their meaning inside one, `key:` does not.
        if (line[ind] === '#')
            break;
        if (line[ind] === '\t' || /:(?:[ \t]|$)|[ \t]#/.test(line))
            return undefined;
        text += breaks === 0 ? ` ${line.slice(ind).trimEnd()}` : `${'\n'.repeat(breaks)}${line.slice(ind).trimEnd()}`;
        breaks = 0;
        cur.last = j;
    }
    return text;
}
/** A `key: value` or a lone value starting at column `i`, handed to the builder. */
function readEntry(cur, i, parent, b) {
    const line = cur.lines[cur.n];
    const c = line[i];
    const q = c === '"' || c === "'" ? readQuoted(line, i) : undefined;
    if (q) {
        let j = q.end;
        while (isBlank(line[j]))
            j++;
        if (line[j] === ':' && (j + 1 >= line.length || isBlank(line[j + 1]))) {
            const value = readValue(cur, j + 1, i);
            return value !== undefined && b.key(i, q.text, value, cur.n + 1);
        }
    }
    else if (!'"\'[{&*!|>%@`,]}?:#'.includes(c)) {
        for (let k = i + 1; k < line.length; k++) {
            const ch = line[k];
            if (ch === '#' && isBlank(line[k - 1]))
                break;
            if (ch === ':' && (k + 1 >= line.length || isBlank(line[k + 1]))) {
                if (k - i > 1024)
                    return false;
                const value = readValue(cur, k + 1, i);
                return value !== undefined && b.key(i, line.slice(i, k).trimEnd(), value, cur.n + 1);
            }
        }
    }
    const value = readValue(cur, i, parent);
    return value !== undefined && value !== null && b.value(i, value, cur.n + 1);
}
/** One line's `- ` dashes and entry; false to give up on the file. */
function readLine(cur, indent, b) {
    const line = cur.lines[cur.n];
    let i = indent;
    let parent = -1;
    while (line[i] === '-' && (i + 1 >= line.length || isBlank(line[i + 1]))) {
        if (!b.item(i, cur.n + 1))
            return false;
        parent = i;
        i++;
        while (line[i] === ' ')
            i++;
        if (line[i] === '\t')
            return false;
    }
    return i >= line.length || line[i] === '#' || readEntry(cur, i, parent, b);
}
/** Skips a block scalar's lines; returns the next line index, or -1 when its indentation is irregular. */
function skipBlockScalar(lines, from, parent) {
    let content = -1;
    let leadingBlank = 0;
    let j = from;
    for (; j < lines.length; j++) {
        const raw = lines[j];
        let ind = 0;
        while (raw.charCodeAt(ind) === 32)
            ind++;
        if (raw.trim() === '') {
            if (raw.includes('\t'))
                return -1;
            if (content < 0)
                leadingBlank = Math.max(leadingBlank, ind);
            continue;
        }
        if (ind <= parent)
            break;
        if (content < 0) {
            content = ind;
            if (leadingBlank > content)
                return -1;
        }
        else if (ind < content)
            return -1;
    }
    return j;
}
/** Documents of `content`, or undefined when the yaml package must decide. */
function parseFastYaml(content) {
    if (CONTROL.test(content))
        return undefined;
    const text = content.includes('\r') ? content.replace(/\r\n/g, '\n') : content;
    if (text.includes('\r'))
        return undefined;
    const lines = text.split('\n');
    const b = new Builder();
    const cur = { lines, n: 0, last: 0 };
    for (let n = 0; n < lines.length; n++) {
        const line = lines[n];
        let indent = 0;
        while (line.charCodeAt(indent) === 32)
            indent++;
        if (indent === line.length || line[indent] === '#')
            continue;
        // Tabs near indentation are legal in some places and not in others; the yaml package knows.
        if (line[indent] === '\t')
            return undefined;
        if (indent === 0 && (line.startsWith('---') || line.startsWith('...')) && (line.length === 3 || isBlank(line[3]))) {
            if (!restIsEmpty(line, 3))
                return undefined;
            b.endDocument();
            continue;
        }
        if (indent === 0 && line[0] === '%')
            return undefined;
        cur.n = n;
        cur.last = n;
        if (!readLine(cur, indent, b))
            return undefined;
        n = cur.last;
        if (b.blockParent >= 0) {
            const next = skipBlockScalar(lines, n + 1, b.blockParent);
            if (next < 0)
                return undefined;
            n = next - 1;
            b.blockParent = -1;
        }
    }
    b.endDocument();
    return b.docs;
}

// EXTERNAL MODULE: ./src/reference/index.ts + 5 modules
var reference = __webpack_require__(14319);
;// CONCATENATED MODULE: ./src/scan/sink.ts

// Values a tool fills in later (Helm, Actions expressions, Tekton params, ko); not references yet.
const TEMPLATE = /\{\{|\$\{|\$\(|^ko:\/\//;
// Image patterns of policy documents (Kyverno `docker.io/library/*:*`, `!*:latest`, `a | b`,
// Gatekeeper and ClusterImagePolicy globs): no reference holds these characters.
const PATTERN = /[*?|]|^!/;
/** True when a value is an image pattern of a policy, not a reference. */
function isImagePattern(text) {
    return PATTERN.test(text);
}
/** True when a value is a template that only its tool can turn into a reference. */
function isTemplated(text) {
    return TEMPLATE.test(text);
}
/**
 * A copy of `text` that does not keep its source alive: V8 substrings point into their parent,
 * so a reference sliced from a file would hold the whole file's text for as long as it lives.
 */
function detach(text) {
    return (' ' + text).slice(1);
}
/**
 * Collects what the extractors of one file find: each candidate is parsed once with the
 * reference grammar; one that does not parse becomes a problem at its line, never a crash.
 */
class Sink {
    file;
    refs = [];
    problems = [];
    seen = new Set();
    constructor(file) {
        this.file = file;
    }
    image(kind, written, line, column) {
        if (isTemplated(written) || isImagePattern(written))
            return;
        const ref = detach(written);
        // Two rules may reach one place (a pod template inside Helm values): the first one wins.
        const key = `${line}:${column}:${ref}`;
        if (this.seen.has(key))
            return;
        this.seen.add(key);
        try {
            const parsed = (0,reference/* parseNormalizedNamed */.oS)(ref);
            const found = { file: this.file, line, column, kind, ref, name: parsed.name };
            if (parsed.tag !== undefined)
                found.tag = parsed.tag;
            if (parsed.digest !== undefined)
                found.digest = parsed.digest;
            this.refs.push(found);
        }
        catch (error) {
            if (!(0,reference/* isInvalidReferenceError */.dK)(error))
                throw error;
            this.problem('REFERENCE_INVALID', `${kind}: ${error.message}`, line);
        }
    }
    /**
     * For fields that only sometimes hold an image (action inputs, CI variables): reports `written`
     * when it parses as a digest-pinned reference, and says nothing otherwise.
     */
    imageIfPinned(kind, written, line, column) {
        if (!written.includes('@') || isTemplated(written) || isImagePattern(written))
            return;
        try {
            if ((0,reference/* parseNormalizedNamed */.oS)(written).digest === undefined)
                return;
        }
        catch (error) {
            if (!(0,reference/* isInvalidReferenceError */.dK)(error))
                throw error;
            return;
        }
        this.image(kind, written, line, column);
    }
    /** Reports `written` when it parses as a reference; says nothing otherwise. */
    imageIfParses(kind, written, line, column) {
        if (isTemplated(written) || isImagePattern(written))
            return;
        try {
            (0,reference/* parseNormalizedNamed */.oS)(written);
        }
        catch (error) {
            if (!(0,reference/* isInvalidReferenceError */.dK)(error))
                throw error;
            return;
        }
        this.image(kind, written, line, column);
    }
    problem(code, reason, line) {
        const problem = { file: this.file, code, reason };
        if (line !== undefined)
            problem.line = line;
        this.problems.push(problem);
    }
    result() {
        const refs = [...this.refs].sort((a, b) => a.line - b.line || a.column - b.column);
        return { refs, problems: this.problems };
    }
}

;// CONCATENATED MODULE: ./src/scan/helm-template.ts

/**
 * Helm chart templates are not YAML until rendered, so they are not parsed: a line-anchored
 * pattern finds `image:` lines whose value is a literal, digest-pinned reference (hard-coded in
 * the template, not `{{ .Values… }}`). Used for `templates/*.tpl` and for every YAML file that
 * turns out to be a template.
 */
const TEMPLATE_FILE = /(?:^|\/)templates\/(?:[^/]+\/)*[^/]+\.tpl$/;
const IMAGE_LINE = /^([ \t]*(?:-[ \t]+)?["']?image["']?[ \t]*:[ \t]*)(["']?)([^\s"'#{}]+@sha256:[a-f0-9]{64})\2[ \t]*(?:#.*)?\r?$/gm;
const needles = ['@sha256:'];
/** Fail closed (issue 11, defect 3): a template hiding digests where the pattern cannot see them. */
function unplaced(count, sink) {
    if (count > 0)
        sink.problem('TEMPLATE_UNREAD', `a template holding ${count} digest-pinned references outside plain \`image:\` lines, which cannot be read without rendering it`);
}
function matches(path) {
    return TEMPLATE_FILE.test(path);
}
const PINNED = /@sha256:[a-f0-9]{64}/g;
/**
 * Reports the pinned `image:` lines; returns how many digests (`@sha256:<hex>`) the file holds
 * that no such line accounts for (a flow map, a list, a comment), for the caller to fail closed on.
 */
function extractInto(content, sink) {
    // Line numbers from one running count: the pattern's matches come in order.
    let line = 1;
    let counted = 0;
    let found = 0;
    for (const m of content.matchAll(IMAGE_LINE)) {
        for (let i = content.indexOf('\n', counted); i !== -1 && i < m.index; i = content.indexOf('\n', i + 1))
            line++;
        counted = m.index;
        found++;
        sink.image('helm-template', m[3], line, m[1].length + m[2].length + 1);
    }
    return (content.match(PINNED)?.length ?? 0) - found;
}
function extract(content, file) {
    const sink = new Sink(file);
    unplaced(extractInto(content, sink), sink);
    return sink.result();
}

;// CONCATENATED MODULE: ./src/scan/tree.ts
function isMap(node) {
    return node !== undefined && node.type === 'map';
}
function isSeq(node) {
    return node !== undefined && node.type === 'seq';
}
/** The value of `key`, or undefined. Keys are unique in both producers. */
function get(node, key) {
    if (node === undefined || node.type !== 'map')
        return undefined;
    for (const pair of node.pairs)
        if (pair.key === key)
            return pair.value;
    return undefined;
}
/** A one-line string value (numbers as written, so `tag: 1.10` stays '1.10'); else undefined. */
function textOf(node, options = {}) {
    if (node === undefined || node.type !== 'scalar' || node.block)
        return undefined;
    if (node.scalarType === 'string')
        return node.text === '' ? undefined : node;
    if (node.scalarType === 'number' && options.numbers === true)
        return node;
    return undefined;
}
function nullScalar(line, column) {
    return { type: 'scalar', text: '', scalarType: 'null', block: false, line, column };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/scan/yaml-tree.ts


const MERGE_KEY = '<<';
function scalarTypeOf(value) {
    if (value === null || value === undefined)
        return 'null';
    if (typeof value === 'string')
        return 'string';
    if (typeof value === 'number' || typeof value === 'bigint')
        return 'number';
    if (typeof value === 'boolean')
        return 'boolean';
    return 'other';
}
function keyText(key) {
    return typeof key.source === 'string' ? key.source : String(key.value);
}
/** For each alias, the node it names: the nearest anchor of that name before it. */
function aliasTargets(doc) {
    const latest = new Map();
    const targets = new Map();
    (0,dist/* visit */.YR)(doc, {
        Node(_key, node) {
            if ((0,dist/* isAlias */.Vj)(node)) {
                const target = latest.get(node.source);
                if (target)
                    targets.set(node, target);
            }
            else if (node.anchor)
                latest.set(node.anchor, node);
        }
    });
    return targets;
}
class Converter {
    lines;
    targets;
    memo = new Map();
    active = new Set();
    constructor(lines, targets) {
        this.lines = lines;
        this.targets = targets;
    }
    node(n) {
        if ((0,dist/* isAlias */.Vj)(n)) {
            const target = this.targets.get(n);
            // A node that aliases itself has no finite value.
            return target && !this.active.has(target) ? this.node(target) : nullScalar(0, 0);
        }
        if (!(0,dist/* isScalar */.jn)(n) && !(0,dist/* isMap */.jh)(n) && !(0,dist/* isSeq */.oP)(n))
            return nullScalar(0, 0);
        const known = this.memo.get(n);
        if (known)
            return known;
        this.active.add(n);
        const converted = (0,dist/* isScalar */.jn)(n) ? this.scalar(n) : (0,dist/* isMap */.jh)(n) ? this.map(n.items) : { type: 'seq', items: n.items.map(item => this.node(item)) };
        this.active.delete(n);
        if (n.anchor)
            this.memo.set(n, converted);
        return converted;
    }
    scalar(n) {
        const at = this.lines.linePos(n.range?.[0] ?? 0);
        const quoted = n.type === dist/* Scalar */.X5.QUOTE_DOUBLE || n.type === dist/* Scalar */.X5.QUOTE_SINGLE;
        const block = n.type === dist/* Scalar */.X5.BLOCK_LITERAL || n.type === dist/* Scalar */.X5.BLOCK_FOLDED;
        const text = typeof n.source === 'string' ? n.source : String(n.value ?? '');
        return { type: 'scalar', text, scalarType: scalarTypeOf(n.value), block, line: at.line, column: at.col + (quoted ? 1 : 0) };
    }
    map(items) {
        const pairs = [];
        const merges = [];
        for (const item of items) {
            if (!(0,dist/* isScalar */.jn)(item.key))
                continue;
            const key = keyText(item.key);
            if (key === MERGE_KEY && item.key.type === dist/* Scalar */.X5.PLAIN)
                merges.push(item.value);
            else
                pairs.push({ key, value: this.node(item.value) });
        }
        // YAML 1.1 merge keys: explicit keys win, then earlier merged maps (yaml.org/type/merge.html).
        for (const merge of merges) {
            const sources = (0,dist/* isSeq */.oP)(merge) ? merge.items : [merge];
            for (const source of sources) {
                const merged = this.node(source);
                if (merged.type !== 'map')
                    continue;
                for (const pair of merged.pairs)
                    if (!pairs.some(p => p.key === pair.key))
                        pairs.push(pair);
            }
        }
        return { type: 'map', pairs };
    }
}
/**
 * Documents through the yaml package, positions from its LineCounter. A document with errors, or
 * whose aliases expand past `maxAliasCount` (the yaml package's own guard), becomes a problem.
 */
function parseWithYaml(content, maxAliasCount) {
    const lines = new dist/* LineCounter */.HN();
    const docs = [];
    const problems = [];
    for (const doc of (0,dist/* parseAllDocuments */.hR)(content, { lineCounter: lines, prettyErrors: false })) {
        const error = doc.errors[0];
        if (error) {
            problems.push({ line: lines.linePos(error.pos[0]).line, code: 'YAML_INVALID', reason: `invalid YAML: ${error.message}` });
            continue;
        }
        const targets = aliasTargets(doc);
        if (targets.size > 0) {
            try {
                doc.toJS({ maxAliasCount });
            }
            catch (cause) {
                const first = targets.keys().next().value;
                const line = first?.range ? lines.linePos(first.range[0]).line : undefined;
                const reason = `YAML aliases expand past ${maxAliasCount} nodes (${cause instanceof Error ? cause.message : String(cause)})`;
                problems.push({ line, code: 'YAML_ALIAS_LIMIT', reason });
                continue;
            }
        }
        const root = doc.contents === null ? undefined : new Converter(lines, targets).node(doc.contents);
        docs.push({ root });
    }
    return { docs, problems };
}

;// CONCATENATED MODULE: ./src/scan/yaml-docs.ts





const DEFAULT_MAX_ALIAS_COUNT = 1000;
// A line that opens with a template action (`{{- if .Values.x }}`): a Helm template, not YAML.
const TEMPLATE_LINE = /^[ \t]*\{\{/m;
/** The fast block parser when the file is plain block YAML; the yaml package otherwise. */
function parseYaml(content, maxAliasCount = DEFAULT_MAX_ALIAS_COUNT) {
    const fast = parseFastYaml(content);
    if (fast)
        return { docs: fast, problems: [] };
    // The yaml package would only fail on it, slowly (CRDs wrapped in templates run to megabytes).
    const template = TEMPLATE_LINE.exec(content);
    if (template) {
        const line = content.slice(0, template.index).split('\n').length;
        return { docs: [], problems: [{ code: 'YAML_TEMPLATE', line, reason: 'a template, not YAML until rendered' }] };
    }
    return parseWithYaml(content, maxAliasCount);
}
/** A Kubernetes object: a map with string `apiVersion` and `kind`. */
function kubernetesKind(root) {
    if (textOf(get(root, 'apiVersion')) === undefined)
        return undefined;
    return textOf(get(root, 'kind'))?.text;
}
/** Parses once and runs `extractors` over the documents; YAML problems become the file's problems. */
function extractYaml(content, sink, extractors, maxAliasCount = DEFAULT_MAX_ALIAS_COUNT) {
    try {
        const parsed = parseYaml(content, maxAliasCount);
        // Helm chart templates hold `{{ ... }}` directives; failing to parse them is expected.
        const template = parsed.problems.length > 0 && content.includes('{{');
        for (const problem of parsed.problems) {
            if (template && problem.code === 'YAML_INVALID')
                sink.problem('YAML_TEMPLATE', `a template, not YAML until rendered (${problem.reason})`, problem.line);
            else
                sink.problem(problem.code, problem.reason, problem.line);
        }
        // A template is not parsed, but the images it hard-codes with a digest still count.
        if (template || parsed.problems.some(p => p.code === 'YAML_TEMPLATE'))
            unplaced(extractInto(content, sink), sink);
        for (const extract of extractors)
            extract(parsed.docs, sink);
    }
    catch (error) {
        // Hostile nesting can exhaust the stack of the yaml package or of a tree walk.
        if (!(error instanceof RangeError))
            throw error;
        sink.problem('YAML_INVALID', `YAML nested too deeply to read (${error.message})`);
    }
}
/** The pure single-format entry point every YAML extractor exposes. */
function extractWith(fromDocuments) {
    return (content, file) => {
        const sink = new Sink(file);
        extractYaml(content, sink, [fromDocuments]);
        return sink.result();
    };
}
const YAML_FILE = /\.ya?ml$/i;

;// CONCATENATED MODULE: ./src/scan/options.ts



const DEFAULT_INCLUDE = ['**/*'];
/** A directory pattern is enough: fast-glob then neither lists nor enters it. */
const DEFAULT_EXCLUDE = ['**/.git', '**/node_modules'];
const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
const PAIRS = { '[': ']', '{': '}', '(': ')' };
function invalid(option, found, expected) {
    return new ScanError('INPUT_INVALID', `${option}: expected ${expected}, found ${JSON.stringify(found)}`, { details: { option, found } });
}
/** Why `pattern` is not a usable glob, or undefined. fast-glob accepts broken patterns silently. */
function globProblem(pattern) {
    if (pattern.trim() === '')
        return 'an empty pattern';
    if (pattern.includes('\0'))
        return 'a NUL character';
    if (external_node_path_default().isAbsolute(pattern) || /^[A-Za-z]:[\\/]/.test(pattern))
        return 'an absolute path (patterns are relative to the scanned directory)';
    if (pattern.replace(/^!/, '').split('/').includes('..'))
        return "a '..' segment (patterns may not leave the scanned directory)";
    const open = [];
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\') {
            if (++i >= pattern.length)
                return 'a trailing backslash';
        }
        else if (open.at(-1) === '[') {
            if (c === ']')
                open.pop();
        }
        else if (c in PAIRS)
            open.push(c);
        else if (c === ']' || c === '}' || c === ')') {
            const top = open.pop();
            if (top === undefined || PAIRS[top] !== c)
                return `an unmatched '${c}' at ${i + 1}`;
        }
    }
    return open.length > 0 ? `an unclosed '${open[open.length - 1]}'` : undefined;
}
function globs(option, value, fallback) {
    if (value === undefined)
        return fallback;
    if (!Array.isArray(value))
        throw invalid(option, value, 'a list of glob patterns');
    return value.map((pattern, index) => {
        if (typeof pattern !== 'string')
            throw invalid(`${option}[${index}]`, pattern, 'a glob pattern string');
        const problem = globProblem(pattern);
        if (problem)
            throw invalid(`${option}[${index}]`, pattern, `a valid glob pattern, not one with ${problem}`);
        return pattern;
    });
}
function integer(option, value, fallback, min, max) {
    if (value === undefined)
        return fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
        throw invalid(option, value, `an integer from ${min} to ${max}`);
    return value;
}
/** Fills defaults and checks every value; a bad one throws ScanError INPUT_INVALID naming the option. */
function resolveScanOptions(options) {
    if (typeof options.root !== 'string' || !external_node_path_default().isAbsolute(options.root))
        throw invalid('root', options.root, 'an absolute directory path');
    const include = globs('include', options.include, DEFAULT_INCLUDE);
    return {
        root: options.root,
        include: include.length > 0 ? include : DEFAULT_INCLUDE,
        exclude: [...DEFAULT_EXCLUDE, ...globs('exclude', options.exclude, [])],
        maxFileSize: integer('maxFileSize', options.maxFileSize, DEFAULT_MAX_FILE_SIZE, 1, 2 ** 31 - 1),
        maxAliasCount: integer('maxAliasCount', options.maxAliasCount, DEFAULT_MAX_ALIAS_COUNT, 0, 1_000_000)
    };
}

;// CONCATENATED MODULE: ./src/scan/read.ts

/** Most files fit; bigger ones get their own buffer after an fstat. */
const SLOT_SIZE = 64 * 1024;
function readRest(fd, first, maxFileSize) {
    const size = external_node_fs_default().fstatSync(fd).size;
    if (size > maxFileSize)
        return { ok: false, code: 'FILE_TOO_LARGE', reason: `${size} bytes, over the ${maxFileSize}-byte limit (maxFileSize)` };
    let content = Buffer.allocUnsafe(Math.max(size, first.length) + 1);
    first.copy(content);
    let length = first.length;
    for (;;) {
        if (length === content.length) {
            // The file grew since fstat; keep going up to the limit.
            if (length > maxFileSize)
                return { ok: false, code: 'FILE_TOO_LARGE', reason: `over the ${maxFileSize}-byte limit (maxFileSize)` };
            const bigger = Buffer.allocUnsafe(length * 2);
            content.copy(bigger);
            content = bigger;
        }
        const n = external_node_fs_default().readSync(fd, content, length, content.length - length, length);
        if (n === 0)
            break;
        length += n;
    }
    if (length > maxFileSize)
        return { ok: false, code: 'FILE_TOO_LARGE', reason: `${length} bytes, over the ${maxFileSize}-byte limit (maxFileSize)` };
    return { ok: true, content: content.subarray(0, length) };
}
/**
 * Reads one file into `slot` when it fits (the result is then only valid until the slot is reused).
 * Synchronous on purpose: for the small, page-cached files of a checkout, open/read/close through
 * libuv's thread pool measured 3-8x slower than direct reads (18k files on a 2-core runner).
 */
function readInto(absPath, slot, maxFileSize) {
    let fd;
    try {
        fd = external_node_fs_default().openSync(absPath, 'r');
    }
    catch (error) {
        return { ok: false, code: 'FILE_UNREADABLE', reason: `cannot open: ${error instanceof Error ? error.message : String(error)}` };
    }
    try {
        const n = external_node_fs_default().readSync(fd, slot, 0, slot.length, 0);
        if (n < slot.length) {
            if (n > maxFileSize)
                return { ok: false, code: 'FILE_TOO_LARGE', reason: `${n} bytes, over the ${maxFileSize}-byte limit (maxFileSize)` };
            return { ok: true, content: slot.subarray(0, n) };
        }
        return readRest(fd, slot, maxFileSize);
    }
    catch (error) {
        return { ok: false, code: 'FILE_UNREADABLE', reason: `cannot read: ${error instanceof Error ? error.message : String(error)}` };
    }
    finally {
        external_node_fs_default().closeSync(fd);
    }
}
/** How much of an oversized file is searched for needles without finding one before it counts as unscanned anyway. */
const NEEDLE_SEARCH_LIMIT = 1024 * 1024 * 1024;
/** Bytes kept between chunks so a needle split across two reads is still found. */
const OVERLAP = 64;
/**
 * True when some chunk of the file passes `test` (the plan's pre-check), read in `slot`-sized
 * pieces so an oversized file is searched without holding it. Fails closed: an error, or a file
 * longer than NEEDLE_SEARCH_LIMIT, answers true.
 */
function fileMayHold(absPath, slot, test) {
    let fd;
    try {
        fd = external_node_fs_default().openSync(absPath, 'r');
    }
    catch {
        return true;
    }
    try {
        let position = 0;
        let kept = 0;
        for (;;) {
            const n = external_node_fs_default().readSync(fd, slot, kept, slot.length - kept, position);
            if (n === 0)
                return false;
            position += n;
            const end = kept + n;
            if (test(slot.subarray(0, end)))
                return true;
            if (position > NEEDLE_SEARCH_LIMIT)
                return true;
            kept = Math.min(OVERLAP, end);
            slot.copy(slot, 0, end - kept, end);
        }
    }
    catch {
        return true;
    }
    finally {
        external_node_fs_default().closeSync(fd);
    }
}
/** Git's rule: a NUL byte in the first 8000 bytes makes a file binary. */
function isBinary(content) {
    const nul = content.indexOf(0);
    return nul >= 0 && nul < 8000;
}

// EXTERNAL MODULE: ./node_modules/fast-glob/out/index.js
var out = __webpack_require__(25648);
var out_default = /*#__PURE__*/__webpack_require__.n(out);
;// CONCATENATED MODULE: ./src/scan/chart.ts

/**
 * Helm `Chart.yaml`: the `artifacthub.io/images` annotation, a YAML list inside a block scalar
 * (`- name: x` / `image: ref`). Read line by line so every image keeps its own line and column.
 */
const CHART = /(?:^|\/)Chart\.ya?ml$/;
const ANNOTATION = /^([ \t]*)["']?artifacthub\.io\/images["']?[ \t]*:[ \t]*[|>][-+0-9]*[ \t]*(?:#.*)?$/;
const chart_IMAGE_LINE = /^([ \t]*(?:-[ \t]+)?["']?image["']?[ \t]*:[ \t]*)(["']?)([^\s"'#]+)\2[ \t]*(?:#.*)?$/;
const chart_needles = ['artifacthub.io/images'];
function chart_matches(path) {
    return CHART.test(path);
}
function chart_extractInto(content, sink) {
    const lines = content.split('\n');
    for (let n = 0; n < lines.length; n++) {
        const header = ANNOTATION.exec(lines[n].replace(/\r$/, ''));
        if (!header)
            continue;
        const indent = header[1].length;
        for (let m = n + 1; m < lines.length; m++) {
            const line = lines[m].replace(/\r$/, '');
            if (line.trim() === '')
                continue;
            if (line.length - line.trimStart().length <= indent)
                break;
            const image = chart_IMAGE_LINE.exec(line);
            if (image)
                sink.image('chart-annotation', image[3], m + 1, image[1].length + image[2].length + 1);
            n = m;
        }
    }
}
function chart_extract(content, file) {
    const sink = new Sink(file);
    chart_extractInto(content, sink);
    return sink.result();
}

;// CONCATENATED MODULE: ./src/scan/variables.ts
/**
 * Bounds on expansion (issue 11, defect 3): ARGs that double each other (`ARG B=$A$A`) grow
 * exponentially and nested defaults cost a pass per level. No image reference comes near these.
 */
const MAX_EXPANDED_LENGTH = 4096;
const MAX_NESTING = 16;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
/** Index of the `}` closing the `${` that starts at `open`, or -1. */
function closing(text, open) {
    let depth = 0;
    for (let i = open; i < text.length; i++) {
        if (text[i] === '$' && text[i + 1] === '{') {
            depth++;
            i++;
        }
        else if (text[i] === '}' && --depth === 0)
            return i;
    }
    return -1;
}
function expand(inner, lookup, escapes, state, depth) {
    const { unresolved } = state;
    const name = NAME.exec(inner)?.[0];
    if (!name)
        return undefined;
    const op = /^(:?[-+?])?/.exec(inner.slice(name.length))?.[0] ?? '';
    if (op === '' && inner !== name) {
        unresolved.push(inner);
        return undefined;
    }
    const word = () => expandText(inner.slice(name.length + op.length), lookup, escapes, state, depth + 1);
    const value = lookup(name);
    const set = value !== undefined && (value !== '' || !op.startsWith(':'));
    if (op === ':-' || op === '-')
        return set ? value : word();
    if (op === ':+' || op === '+')
        return set ? word() : '';
    if (value !== undefined)
        return value;
    unresolved.push(name);
    return undefined;
}
/** Expands `$X`, `${X}` and `${X<op>word}` (ops `-`, `:-`, `+`, `:+`, `?`, `:?`); `$$` is `$` when `escapes`. */
function interpolate(text, lookup, escapes, unresolved = []) {
    const state = { unresolved, tooLong: false };
    const value = expandText(text, lookup, escapes, state, 0);
    return state.tooLong ? { value, unresolved, tooLong: true } : { value, unresolved };
}
function expandText(text, lookup, escapes, state, depth) {
    if (depth > MAX_NESTING || text.length > MAX_EXPANDED_LENGTH) {
        state.tooLong = true;
        return '';
    }
    let out = '';
    for (let i = 0; i < text.length; i++) {
        if (out.length > MAX_EXPANDED_LENGTH || state.tooLong) {
            state.tooLong = true;
            return out.slice(0, MAX_EXPANDED_LENGTH);
        }
        const c = text[i];
        if (c !== '$') {
            out += c;
            continue;
        }
        if (escapes && text[i + 1] === '$') {
            out += '$';
            i++;
            continue;
        }
        if (text[i + 1] === '{') {
            const end = closing(text, i);
            const value = end < 0 ? undefined : expand(text.slice(i + 2, end), lookup, escapes, state, depth);
            if (end < 0)
                state.unresolved.push(text.slice(i));
            out += value ?? text.slice(i, end < 0 ? text.length : end + 1);
            i = end < 0 ? text.length : end;
            continue;
        }
        const name = NAME.exec(text.slice(i + 1))?.[0];
        if (!name) {
            out += c;
            continue;
        }
        const value = lookup(name);
        if (value === undefined)
            state.unresolved.push(name);
        out += value ?? `$${name}`;
        i += name.length;
    }
    if (out.length > MAX_EXPANDED_LENGTH) {
        state.tooLong = true;
        return out.slice(0, MAX_EXPANDED_LENGTH);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/scan/compose.ts



/**
 * docker compose `services.*.image`. Interpolation follows the compose spec with no environment:
 * `${TAG:-1.2}` becomes its default, `$$` a dollar; a variable with no default cannot be known
 * and is reported as a problem, not guessed.
 */
const COMPOSE = /(?:^|\/)(?:docker-)?compose(?:[.-][^/]*)?\.ya?ml$/i;
const compose_needles = ['image'];
function compose_matches(path) {
    return COMPOSE.test(path);
}
function fromDocuments(docs, sink) {
    for (const { root } of docs) {
        const services = get(root, 'services');
        if (!isMap(services))
            continue;
        for (const { value: service } of services.pairs) {
            const image = textOf(get(service, 'image'));
            if (!image)
                continue;
            const { value, unresolved, tooLong } = interpolate(image.text, () => undefined, true);
            if (tooLong) {
                sink.problem('VARIABLE_TOO_LONG', `compose-image: interpolation passes ${MAX_EXPANDED_LENGTH} characters or ${MAX_NESTING} levels`, image.line);
                continue;
            }
            if (unresolved.length > 0) {
                sink.problem('VARIABLE_UNRESOLVED', `compose-image ${JSON.stringify(image.text)}: no default for ${unresolved.join(', ')}`, image.line);
                continue;
            }
            sink.image('compose-image', value, image.line, image.column);
        }
    }
}
const compose_extract = extractWith(fromDocuments);

;// CONCATENATED MODULE: ./src/scan/dockerfile.ts


/**
 * Dockerfile/Containerfile `FROM` lines: `--platform` and other flags skipped, `AS name`
 * remembered so later `FROM name` is a stage, not an image; `scratch` is no image; global `ARG`
 * defaults (before the first FROM) are expanded. A FROM that is just `$ARG` is located at the
 * ARG default, where the reference is written.
 */
const DOCKERFILE = /(?:^|\/)(?:[Dd]ockerfile|[Cc]ontainerfile)(?:[.-][^/]*)?$|\.(?:dockerfile|containerfile)$/i;
// `Dockerfile.md` and friends document a Dockerfile; reading them as one would misread prose.
const NOT_DOCKERFILE = /\.(?:md|markdown|txt|rst|adoc|html?|json|ya?ml|toml|sh|ps1|py|go|js|ts|bak|orig)$/i;
const DIRECTIVE = /^#\s*([a-zA-Z]+)\s*=\s*(\S+)\s*$/;
const HEREDOC = /<<(-?)\s*(["']?)([A-Za-z0-9_]+)\2/g;
const ARG = /([A-Za-z_][A-Za-z0-9_]*)(?:=(?:"([^"]*)"|'([^']*)'|(\S*)))?/g;
const LONE_VARIABLE = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))$/;
// Instructions are case-insensitive, so no fixed needles: one regexp over a latin1 view.
const dockerfile_needles = undefined;
function precheck(content) {
    return /from/i.test(content.toString('latin1'));
}
function dockerfile_matches(path) {
    return DOCKERFILE.test(path) && !NOT_DOCKERFILE.test(path);
}
function positionOf(ins, offset) {
    let piece = ins.pieces[0];
    for (const p of ins.pieces)
        if (p[0] <= offset)
            piece = p;
    return { line: piece[1], column: piece[2] + (offset - piece[0]) + 1 };
}
function instructions(content) {
    const lines = content.split('\n').map(l => (l.endsWith('\r') ? l.slice(0, -1) : l));
    let escape = '\\';
    for (const line of lines) {
        const directive = DIRECTIVE.exec(line);
        if (!directive)
            break;
        if (directive[1].toLowerCase() === 'escape')
            escape = directive[2];
    }
    const out = [];
    let current;
    const heredocs = [];
    for (let n = 0; n < lines.length; n++) {
        const line = lines[n];
        if (heredocs.length > 0) {
            const { end, strip } = heredocs[0];
            if ((strip ? line.replace(/^\t+/, '') : line) === end)
                heredocs.shift();
            continue;
        }
        const trimmed = line.trimStart();
        if (trimmed.startsWith('#') || trimmed === '')
            continue;
        // Continuation lines keep their indentation: it separates words (`FROM\` + `  nginx`).
        const indent = current === undefined ? line.length - trimmed.length : 0;
        const body = line.trimEnd();
        const continued = body.endsWith(escape);
        const piece = continued ? body.slice(indent, -escape.length) : body.slice(indent);
        current ??= { text: '', pieces: [] };
        current.pieces.push([current.text.length, n + 1, indent]);
        current.text += piece;
        if (continued)
            continue;
        out.push(current);
        for (const m of current.text.matchAll(HEREDOC))
            heredocs.push({ end: m[3], strip: m[1] === '-' });
        current = undefined;
    }
    if (current)
        out.push(current);
    return out;
}
function readArgs(ins, start, globals) {
    for (const m of ins.text.slice(start).matchAll(ARG)) {
        const raw = m[2] ?? m[3] ?? m[4];
        if (raw === undefined) {
            globals.set(m[1], undefined);
            continue;
        }
        const quoted = m[2] !== undefined || m[3] !== undefined ? 1 : 0;
        const at = positionOf(ins, start + (m.index ?? 0) + m[1].length + 1 + quoted);
        let tooLong = false;
        const expanded = interpolate(raw, name => {
            const arg = globals.get(name);
            if (arg?.tooLong)
                tooLong = true;
            return arg?.value;
        }, false);
        const arg = { value: expanded.value, ...at };
        if (tooLong || expanded.tooLong)
            arg.tooLong = true;
        globals.set(m[1], arg);
    }
}
function readFrom(ins, start, globals, stages, sink) {
    const words = [...ins.text.slice(start).matchAll(/\S+/g)].filter(w => !w[0].startsWith('--'));
    const image = words[0];
    if (!image)
        return;
    const at = positionOf(ins, start + (image.index ?? 0));
    let tooLong = false;
    const expanded = interpolate(image[0], name => {
        const arg = globals.get(name);
        if (arg?.tooLong)
            tooLong = true;
        return arg?.value;
    }, false);
    const { value, unresolved } = expanded;
    const alias = words[1]?.[0].toLowerCase() === 'as' ? words[2]?.[0].toLowerCase() : undefined;
    const known = stages.has(value.toLowerCase());
    if (alias)
        stages.add(alias);
    if (tooLong || expanded.tooLong) {
        sink.problem('VARIABLE_TOO_LONG', `dockerfile-from ${JSON.stringify(image[0].slice(0, 80))}: ARG expansion passes ${MAX_EXPANDED_LENGTH} characters or ${MAX_NESTING} levels`, at.line);
        return;
    }
    if (unresolved.length > 0) {
        sink.problem('VARIABLE_UNRESOLVED', `dockerfile-from ${JSON.stringify(image[0])}: no default for ${unresolved.join(', ')}`, at.line);
        return;
    }
    if (known || value.toLowerCase() === 'scratch')
        return;
    const lone = LONE_VARIABLE.exec(image[0]);
    const arg = lone ? globals.get(lone[1] ?? lone[2]) : undefined;
    const where = arg ?? at;
    sink.image('dockerfile-from', value, where.line, where.column);
}
function dockerfile_extractInto(content, sink) {
    const globals = new Map();
    const stages = new Set();
    let seenFrom = false;
    for (const ins of instructions(content)) {
        const keyword = /^(\S+)\s*/.exec(ins.text);
        if (!keyword)
            continue;
        const word = keyword[1].toUpperCase();
        // Only ARGs before the first FROM may be used in FROM lines.
        if (word === 'ARG' && !seenFrom)
            readArgs(ins, keyword[0].length, globals);
        if (word === 'FROM') {
            seenFrom = true;
            readFrom(ins, keyword[0].length, globals, stages, sink);
        }
    }
}
function dockerfile_extract(content, file) {
    const sink = new Sink(file);
    dockerfile_extractInto(content, sink);
    return sink.result();
}

;// CONCATENATED MODULE: ./src/scan/gitlab-ci.ts


/**
 * GitLab CI (`.gitlab-ci.yml`, `*.gitlab-ci.yml`, files under `.gitlab/ci/`): `image` and
 * `services` at the top level, under `default`, and in every job (hidden `.template` jobs too,
 * since `extends` uses them), each a string or a map with `name`. `include`d files elsewhere are
 * not followed. Values with CI variables (`$CI_REGISTRY_IMAGE`) are not references until a
 * pipeline runs, and placeholders are common, so a value that does not parse is left out silently.
 */
const GITLAB_CI = /(?:^|\/)(?:[^/]*\.)?gitlab-ci\.ya?ml$|(?:^|\/)\.gitlab\/ci\/(?:[^/]+\/)*[^/]+\.ya?ml$/;
const gitlab_ci_needles = ['image', 'services'];
function gitlab_ci_matches(path) {
    return GITLAB_CI.test(path);
}
function report(node, kind, sink) {
    const value = textOf(node) ?? textOf(get(node, 'name'));
    if (!value || value.text.includes('$'))
        return;
    sink.imageIfParses(kind, value.text, value.line, value.column);
}
function fromJob(job, sink) {
    if (!isMap(job))
        return;
    report(get(job, 'image'), 'gitlab-ci-image', sink);
    const services = get(job, 'services');
    if (isSeq(services))
        for (const service of services.items)
            report(service, 'gitlab-ci-service', sink);
}
function gitlab_ci_fromDocuments(docs, sink) {
    for (const { root } of docs) {
        if (!isMap(root))
            continue;
        // The top level is a job too: global `image`/`services` (deprecated, still honoured).
        fromJob(root, sink);
        for (const { value } of root.pairs)
            fromJob(value, sink);
    }
}
const gitlab_ci_extract = extractWith(gitlab_ci_fromDocuments);

;// CONCATENATED MODULE: ./src/scan/helm-values.ts




/**
 * Helm values (and any YAML that is not a Kubernetes object). Three shapes hold an image:
 * - a key ending in `image` with a whole reference, or with a map split into registry /
 *   repository (or image) / tag (or version) / digest, assembled the way charts render
 *   `registry/repository:tag@digest`;
 * - under any other key, a map with `repository` plus a registry, tag, version or digest field,
 *   or an `image` beside `tag`/`digest` (list items of extra images);
 * - helm-unittest `set:` maps with dotted keys (`controller.image.digest`), read as the values
 *   they set.
 *
 * Precision rule for maps under keys that do not name an image (issue 15): `repository` +
 * `version` is as often a database, a chart or a git repository as an image, so such a map counts
 * only when it is pinned: a digest-valued field (`digest`, `*Digest`, `*SHA`, a digest in `tag` or
 * `version`) and the whole assembles into a valid reference. A content digest beside a repository
 * names an OCI artifact; anything that does not parse is dropped without a warning. A map with
 * `image` + `tag`/`digest` names its image by its key, so it counts pinned or not.
 */
// The casings a key can end in; the pre-check searches exactly these.
const IMAGE_KEY = /(?:image|Image|IMAGE)$/;
const BARE_SHA256 = /^[a-f0-9]{64}$/;
const SHA256 = /^sha256:[a-f0-9]{64}$/;
// `postgresDigest`, `posixSHA`: chart-specific digest fields of the same image. `digestChroot`
// (a prefix) names another image and is not one of them.
const DIGEST_KEY = /^[A-Za-z0-9_]+(?:Digest|SHA|Sha)$/;
// A first path component with a dot, a port or `localhost` is a registry (distribution's rule).
const HAS_DOMAIN = /^(?:[^/]*[.:][^/]*|localhost)\//;
const SPLIT_FIELDS = new Set(['registry', 'repository', 'image', 'tag', 'version', 'digest']);
const helm_values_needles = ['image', 'Image', 'IMAGE', 'repository'];
function helm_values_matches(path) {
    return YAML_FILE.test(path);
}
const str = (node) => textOf(node);
const strOrNumber = (node) => textOf(node, { numbers: true });
/** The one `*Digest`/`*SHA` field holding a sha256 digest, when `digest` itself is absent. */
function digestField(map) {
    const direct = str(get(map, 'digest'));
    if (direct)
        return direct;
    const found = map.pairs.filter(p => DIGEST_KEY.test(p.key) && SHA256.test(str(p.value)?.text ?? ''));
    return found.length === 1 ? str(found[0].value) : undefined;
}
/**
 * The reference a split map renders; 'templated' when it cannot be known here (a field is a
 * template, or a helm-unittest override lacks its registry); undefined when it is no split map.
 */
function assemble(map, ctx) {
    const explicitRepository = str(get(map, 'repository'));
    const repository = explicitRepository ?? str(get(map, 'image'));
    if (!repository)
        return undefined;
    const registry = str(get(map, 'registry'));
    const tagNode = strOrNumber(get(map, 'tag')) ?? strOrNumber(get(map, 'version'));
    const digestNode = digestField(map);
    const fields = [repository, registry, tagNode, digestNode];
    if (fields.some(f => f !== undefined && isTemplated(f.text)))
        return 'templated';
    let tag = tagNode?.text;
    let digest;
    let at = tagNode ?? repository;
    let kind = 'helm-split';
    if (tag !== undefined && tag.includes('@')) {
        ;
        [tag, digest] = [tag.slice(0, tag.indexOf('@')), tag.slice(tag.indexOf('@') + 1)];
        kind = 'helm-tag-digest';
    }
    else if (tag?.includes(':') && (0,reference/* isDigest */.Bc)(tag)) {
        // sigstore charts render registry/repository@version when version is a digest.
        ;
        [tag, digest] = [undefined, tag];
    }
    if (digestNode) {
        // Charts that template `@sha256:{{ .digest }}` keep only the hex.
        digest = BARE_SHA256.test(digestNode.text) ? `sha256:${digestNode.text}` : digestNode.text;
        at = digestNode;
        kind = 'helm-split';
    }
    let host = registry?.text;
    const named = HAS_DOMAIN.test(repository.text);
    if (host === undefined && !(explicitRepository && named))
        host = ctx.globalRegistry;
    if (ctx.overrides && host === undefined && !named)
        return 'templated';
    let ref = host ? `${host.replace(/\/+$/, '')}/${repository.text}` : repository.text;
    if (tag)
        ref += `:${tag}`;
    if (digest)
        ref += `@${digest}`;
    return { ref, at, kind, pinned: digest !== undefined };
}
/** Reports a split image map under an image key; false when `map` has no repository, so it is not one. */
function split(map, ctx) {
    const found = assemble(map, ctx);
    if (found === undefined)
        return false;
    if (found !== 'templated')
        ctx.sink.image(found.kind, found.ref, found.at.line, found.at.column);
    return true;
}
function parses(ref) {
    try {
        (0,reference/* parseNormalizedNamed */.oS)(ref);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * A split map under a key that names no image (see the precision rule above); true when it was
 * reported, so its fields are not read again.
 */
function looseSplit(map, ctx) {
    const repository = str(get(map, 'repository'));
    const image = repository ? undefined : str(get(map, 'image'));
    if (!repository && !image)
        return false;
    const hasTagOrDigest = get(map, 'tag') !== undefined || digestField(map) !== undefined;
    const hasField = hasTagOrDigest || get(map, 'registry') !== undefined || get(map, 'version') !== undefined;
    if (image ? !hasTagOrDigest : !hasField)
        return false;
    const found = assemble(map, ctx);
    if (found === undefined || found === 'templated')
        return found === 'templated';
    if (repository && !found.pinned)
        return false;
    if (!parses(found.ref))
        return false;
    ctx.sink.image(found.kind, found.ref, found.at.line, found.at.column);
    return true;
}
/** helm-unittest `set:` — `{a.b.c: v}` read as `{a: {b: {c: v}}}`. */
function undot(map) {
    const root = { type: 'map', pairs: [] };
    for (const { key, value } of map.pairs) {
        const parts = key.split('.');
        let at = root;
        for (const part of parts.slice(0, -1)) {
            let next = get(at, part);
            if (!isMap(next)) {
                next = { type: 'map', pairs: [] };
                at.pairs.push({ key: part, value: next });
            }
            at = next;
        }
        at.pairs.push({ key: parts[parts.length - 1], value });
    }
    return root;
}
function walk(node, ctx, underImage) {
    if (isSeq(node)) {
        for (const item of node.items)
            walk(item, ctx, false);
        return;
    }
    if (!isMap(node))
        return;
    // A map under an *image key with no repository groups several images (`image: {curl: {...}}`).
    if (underImage && split(node, ctx))
        return;
    const consumed = !underImage && looseSplit(node, ctx);
    for (const { key, value } of node.pairs) {
        if (consumed && (SPLIT_FIELDS.has(key) || DIGEST_KEY.test(key)))
            continue;
        if (key === 'set' && isMap(value) && value.pairs.some(p => p.key.includes('.'))) {
            const values = undot(value);
            walk(values, { sink: ctx.sink, globalRegistry: globalRegistry(values), overrides: true }, false);
            continue;
        }
        const imageKey = IMAGE_KEY.test(key);
        const inline = imageKey ? str(value) : undefined;
        if (inline)
            ctx.sink.image('helm-values-image', inline.text, inline.line, inline.column);
        else
            walk(value, ctx, imageKey || (underImage && isMap(value)));
    }
}
function globalRegistry(root) {
    const global = get(root, 'global');
    return str(get(global, 'imageRegistry'))?.text ?? str(get(get(global, 'image'), 'registry'))?.text;
}
/** Image references in one values tree. */
function fromValues(root, sink) {
    walk(root, { sink, globalRegistry: globalRegistry(root), overrides: false }, false);
}
function helm_values_fromDocuments(docs, sink) {
    for (const { root } of docs)
        if (root !== undefined && kubernetesKind(root) === undefined)
            fromValues(root, sink);
}
const helm_values_extract = extractWith(helm_values_fromDocuments);

;// CONCATENATED MODULE: ./src/scan/crds.ts

const TEKTON = { kind: 'tekton-step', lists: new Set(['steps', 'sidecars']), objects: new Set(['stepTemplate']) };
const ARGO = { kind: 'argo-template', lists: new Set(['sidecars']), objects: new Set(['container', 'script']) };
const CONFIG_IMAGE_KEY = /(?:-image|Image)$/;
// A ConfigMap value is text; only one shaped like a reference (a path, tag or digest, no spaces,
// no URL scheme) is read, and one that does not parse is not a reference (`logoImage: https://…`).
const REFERENCE_LIKE = /^(?![a-z]+:\/\/)[^\s]*[/:@][^\s]*$/;
function crds_image(node, kind, sink) {
    const value = textOf(get(node, 'image'));
    if (value)
        sink.image(kind, value.text, value.line, value.column);
}
function crds_walk(node, shape, sink) {
    if (isSeq(node)) {
        for (const item of node.items)
            crds_walk(item, shape, sink);
        return;
    }
    if (!isMap(node))
        return;
    for (const { key, value } of node.pairs) {
        if (shape.lists.has(key) && isSeq(value))
            for (const item of value.items)
                crds_image(item, shape.kind, sink);
        else if (shape.objects.has(key))
            crds_image(value, shape.kind, sink);
        crds_walk(value, shape, sink);
    }
}
function apiGroup(root) {
    const apiVersion = textOf(get(root, 'apiVersion'))?.text ?? '';
    return apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
}
/** Images of one Kubernetes object of kind `kind` that pod-spec reading does not see. */
function fromCustomResource(kind, root, sink) {
    const group = apiGroup(root);
    if (group === 'tekton.dev')
        crds_walk(root, TEKTON, sink);
    else if (group === 'argoproj.io')
        crds_walk(root, ARGO, sink);
    else if (group === 'caching.internal.knative.dev' && kind === 'Image')
        crds_image(get(root, 'spec'), 'knative-image', sink);
    else if (group === '' && kind === 'ConfigMap') {
        const data = get(root, 'data');
        if (!isMap(data))
            return;
        for (const { key, value } of data.pairs) {
            const text = textOf(value);
            if (text && CONFIG_IMAGE_KEY.test(key) && REFERENCE_LIKE.test(text.text))
                sink.imageIfParses('configmap-image', text.text, text.line, text.column);
        }
    }
}

;// CONCATENATED MODULE: ./src/scan/kubernetes.ts




/**
 * Kubernetes objects: every pod spec wherever it sits (workloads, CronJob job templates, custom
 * resources with pod templates), found by its container lists rather than by kind, plus image
 * volumes and the values of Flux HelmReleases and Argo CD Applications; Tekton, Argo Workflows,
 * Knative caching images and ConfigMap image keys in crds.ts.
 */
const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);
const kubernetes_needles = ['image'];
function kubernetes_matches(path) {
    return YAML_FILE.test(path);
}
function kubernetes_walk(node, sink) {
    if (isSeq(node)) {
        for (const item of node.items)
            kubernetes_walk(item, sink);
        return;
    }
    if (!isMap(node))
        return;
    for (const { key, value } of node.pairs) {
        if (CONTAINER_LISTS.has(key) && isSeq(value)) {
            for (const container of value.items) {
                const image = textOf(get(container, 'image'));
                if (image)
                    sink.image('k8s-image', image.text, image.line, image.column);
            }
        }
        else if (key === 'volumes' && isSeq(value)) {
            // Image volumes (KEP-4639): volumes[].image.reference.
            for (const volume of value.items) {
                const reference = textOf(get(get(volume, 'image'), 'reference'));
                if (reference)
                    sink.image('k8s-image', reference.text, reference.line, reference.column);
            }
        }
        kubernetes_walk(value, sink);
    }
}
/** Helm values carried inside a Kubernetes object. */
function embeddedValues(kind, root) {
    const spec = get(root, 'spec');
    if (kind === 'HelmRelease')
        return [get(spec, 'values')].filter(v => v !== undefined);
    if (kind === 'Application') {
        const sources = get(spec, 'sources');
        const all = [get(spec, 'source'), ...(isSeq(sources) ? sources.items : [])];
        return all.map(source => get(get(source, 'helm'), 'valuesObject')).filter(v => v !== undefined);
    }
    return [];
}
function kubernetes_fromDocuments(docs, sink) {
    for (const { root } of docs) {
        const kind = kubernetesKind(root);
        if (kind === undefined || root === undefined)
            continue;
        kubernetes_walk(root, sink);
        fromCustomResource(kind, root, sink);
        for (const values of embeddedValues(kind, root))
            fromValues(values, sink);
    }
}
const kubernetes_extract = extractWith(kubernetes_fromDocuments);

;// CONCATENATED MODULE: ./src/scan/kustomize.ts


/**
 * kustomization `images:` entries, assembled as kustomize's imagetag updater does
 * (kubernetes-sigs/kustomize api/filters/imagetag/updater.go): `(newName or name)`, then
 * `:newTag` and `@digest` when set. Located at the digest, else at newTag, else at the name.
 */
const KUSTOMIZATION = /(?:^|\/)(?:kustomization\.ya?ml|Kustomization)$/;
const kustomize_needles = ['newName', 'newTag', 'digest'];
function kustomize_matches(path) {
    return KUSTOMIZATION.test(path);
}
function kustomize_fromDocuments(docs, sink) {
    for (const { root } of docs) {
        const images = get(root, 'images');
        if (!isSeq(images))
            continue;
        for (const entry of images.items) {
            const name = textOf(get(entry, 'name'));
            const newName = textOf(get(entry, 'newName'));
            const newTag = textOf(get(entry, 'newTag'), { numbers: true });
            const digest = textOf(get(entry, 'digest'));
            // An entry with only `name` changes nothing in the rendered manifests.
            const base = newName ?? name;
            if (!base || (!newName && !newTag && !digest))
                continue;
            let ref = base.text;
            if (newTag)
                ref += `:${newTag.text}`;
            if (digest)
                ref += `@${digest.text}`;
            const at = digest ?? newTag ?? base;
            sink.image('kustomize-images', ref, at.line, at.column);
        }
    }
}
const kustomize_extract = extractWith(kustomize_fromDocuments);

;// CONCATENATED MODULE: ./src/scan/workflow.ts


/**
 * GitHub and Forgejo (and Gitea) workflows: `jobs.*.container` (a string or `.image`),
 * `jobs.*.services.*.image`, `jobs.*.steps[].uses: docker://…`, and step `with:` inputs whose
 * whole value is a digest-pinned reference (`with: {image: tonistiigi/binfmt@sha256:…}`). Other
 * inputs and `run:` scripts are left alone; expressions (`${{ … }}`) are not references yet.
 */
const WORKFLOW = /(?:^|\/)\.(?:github|forgejo|gitea)\/workflows\/[^/]+\.ya?ml$/;
const DOCKER_SCHEME = 'docker://';
const workflow_needles = ['image', 'container', 'docker://', '@sha256:'];
function workflow_matches(path) {
    return WORKFLOW.test(path);
}
function workflow_fromDocuments(docs, sink) {
    for (const { root } of docs) {
        const jobs = get(root, 'jobs');
        if (!isMap(jobs))
            continue;
        for (const { value: job } of jobs.pairs) {
            const container = get(job, 'container');
            const image = textOf(container) ?? textOf(get(container, 'image'));
            if (image)
                sink.image('workflow-container', image.text, image.line, image.column);
            const services = get(job, 'services');
            if (isMap(services)) {
                for (const { value: service } of services.pairs) {
                    const serviceImage = textOf(get(service, 'image'));
                    if (serviceImage)
                        sink.image('workflow-service', serviceImage.text, serviceImage.line, serviceImage.column);
                }
            }
            const steps = get(job, 'steps');
            if (!isSeq(steps))
                continue;
            for (const step of steps.items) {
                const uses = textOf(get(step, 'uses'));
                if (uses?.text.startsWith(DOCKER_SCHEME)) {
                    sink.image('workflow-docker-uses', uses.text.slice(DOCKER_SCHEME.length), uses.line, uses.column + DOCKER_SCHEME.length);
                }
                // Action inputs are free text: only a value that is a whole pinned reference counts.
                const inputs = get(step, 'with');
                if (!isMap(inputs))
                    continue;
                for (const { value } of inputs.pairs) {
                    const text = textOf(value);
                    if (text)
                        sink.imageIfPinned('workflow-with', text.text, text.line, text.column);
                }
            }
        }
    }
}
const workflow_extract = extractWith(workflow_fromDocuments);

;// CONCATENATED MODULE: ./src/scan/extract.ts











const FORMATS = [
    { id: 'dockerfile', ...dockerfile_namespaceObject },
    { id: 'workflow', ...workflow_namespaceObject },
    { id: 'kustomize', ...kustomize_namespaceObject },
    { id: 'compose', ...compose_namespaceObject },
    { id: 'gitlab-ci', ...gitlab_ci_namespaceObject },
    { id: 'chart', ...chart_namespaceObject },
    { id: 'helm-template', ...helm_template_namespaceObject },
    { id: 'kubernetes', ...kubernetes_namespaceObject },
    { id: 'helm-values', ...helm_values_namespaceObject }
];
function yamlPlan(formats) {
    const needles = [...new Set(formats.flatMap(f => f.needles))];
    const extractors = formats.map(f => f.fromDocuments);
    return {
        precheck: content => needles.some(needle => content.includes(needle)),
        run: (content, sink, maxAliasCount) => extractYaml(content, sink, extractors, maxAliasCount)
    };
}
function linePlan(needles, extractInto) {
    return { precheck: content => needles.some(needle => content.includes(needle)), run: (content, sink) => extractInto(content, sink) };
}
const PLANS = {
    dockerfile: { precheck: precheck, run: (content, sink) => dockerfile_extractInto(content, sink) },
    workflow: yamlPlan([workflow_namespaceObject]),
    kustomize: yamlPlan([kustomize_namespaceObject]),
    compose: yamlPlan([compose_namespaceObject]),
    gitlabCi: yamlPlan([gitlab_ci_namespaceObject]),
    chart: linePlan(chart_needles, chart_extractInto),
    helmTemplate: linePlan(needles, (content, sink) => unplaced(extractInto(content, sink), sink)),
    // Any other YAML: Kubernetes objects, and everything else read as Helm-style values.
    yaml: yamlPlan([kubernetes_namespaceObject, helm_values_namespaceObject]),
    // `kubectl apply -f dir` reads JSON manifests too; JSON is YAML, but only Kubernetes objects
    // count here (package.json and friends are not values files), so both keys must be there.
    json: {
        precheck: content => content.includes('"apiVersion"') && content.includes('image'),
        run: (content, sink, maxAliasCount) => extractYaml(content, sink, [kubernetes_fromDocuments], maxAliasCount)
    }
};
const JSON_FILE = /\.json$/i;
/** The plan for a path (relative, forward slashes), or undefined when no format reads it. */
function planFor(path) {
    if (dockerfile_matches(path))
        return PLANS.dockerfile;
    if (workflow_matches(path))
        return PLANS.workflow;
    if (kustomize_matches(path))
        return PLANS.kustomize;
    if (compose_matches(path))
        return PLANS.compose;
    if (gitlab_ci_matches(path))
        return PLANS.gitlabCi;
    if (chart_matches(path))
        return PLANS.chart;
    if (matches(path))
        return PLANS.helmTemplate;
    if (kubernetes_matches(path))
        return PLANS.yaml;
    if (JSON_FILE.test(path))
        return PLANS.json;
    return undefined;
}
/** Every image reference in one file's content, and what could not be read. Pure. */
function extractFromContent(file, content, options = {}) {
    const sink = new Sink(file);
    planFor(file)?.run(content, sink, options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT);
    return sink.result();
}

;// CONCATENATED MODULE: ./src/scan/exact-names.ts


/**
 * File names that are not valid UTF-8 (issue 11, defect 3): Node decodes them lossily, so a file
 * listed by its string name cannot be opened again and a pull request could hide a manifest
 * behind such a name. Directories holding one are listed by their bytes; each such name gets a
 * display form (`\xNN` for every byte outside printable ASCII) that is unique in its directory,
 * and the display path maps back to the exact bytes for every later open.
 */
class ExactNames {
    /** Absolute display path → exact path bytes, only for paths with a non-UTF-8 name. */
    raw = new Map();
    /** The path to hand to `fs` for a display path. */
    exact(display) {
        return this.raw.get(external_node_path_default().posix.normalize(display)) ?? display;
    }
    /** The entries of `dir` (a display path) with string names fast-glob can carry. */
    list(dir) {
        dir = external_node_path_default().posix.normalize(dir);
        const at = this.raw.get(dir);
        if (at === undefined) {
            const dirents = external_node_fs_default().readdirSync(dir, { withFileTypes: true });
            // U+FFFD is what a lossy decode leaves; only then is the byte listing worth its cost.
            if (!dirents.some(d => d.name.includes('\uFFFD')))
                return dirents;
        }
        const base = at ?? Buffer.from(dir);
        const entries = external_node_fs_default().readdirSync(base, { withFileTypes: true, encoding: 'buffer' });
        const taken = new Set();
        const valid = [];
        for (const d of entries) {
            const text = d.name.toString('utf8');
            if (Buffer.from(text).equals(d.name))
                valid.push(text);
        }
        for (const name of valid)
            taken.add(name);
        return entries.map(d => {
            const bytes = d.name;
            const text = bytes.toString('utf8');
            let shown = text;
            if (!Buffer.from(text).equals(bytes)) {
                shown = displayName(bytes);
                for (let n = 2; taken.has(shown); n++)
                    shown = displayName(bytes, n);
                taken.add(shown);
                this.raw.set(external_node_path_default().posix.join(dir, shown), Buffer.concat([base, Buffer.from('/'), bytes]));
            }
            else if (at !== undefined) {
                this.raw.set(external_node_path_default().posix.join(dir, shown), Buffer.concat([base, Buffer.from('/'), bytes]));
            }
            return Object.assign(d, { name: shown });
        });
    }
}
/**
 * Printable ASCII as is (but `\`), every other byte as `\xNN`. A name whose form is taken gets
 * `~n` after its first non-ASCII byte, where the name's pattern (`*.yaml`, `Dockerfile.*`) allows it.
 */
function displayName(bytes, n) {
    let out = '';
    let marked = n === undefined;
    for (const b of bytes) {
        out += b >= 0x20 && b < 0x7f && b !== 0x5c ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`;
        if (!marked && b >= 0x80) {
            out += `~${n}`;
            marked = true;
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/scan/walk.ts





function inside(root, target) {
    const rel = external_node_path_default().relative(root, target);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
}
/**
 * Lists the workspace with fast-glob without following symlinks: a link is read only when its
 * target is a file inside the root; one that leaves the root is reported, not followed.
 */
function listFiles(options, realRoot) {
    const skipped = [];
    const unreadable = [];
    const bytes = new ExactNames();
    let sawSymlink = false;
    let firstPass = true;
    function readdirSync(dir, opts) {
        try {
            if (!opts)
                return external_node_fs_default().readdirSync(bytes.exact(dir), { encoding: 'buffer' }).map(name => name.toString('utf8'));
            const dirents = bytes.list(dir);
            if (!sawSymlink)
                sawSymlink = dirents.some(d => d.isSymbolicLink());
            return dirents;
        }
        catch (error) {
            if (firstPass)
                unreadable.push({ dir, error });
            throw error;
        }
    }
    const settings = {
        cwd: options.root,
        ignore: [...options.exclude],
        dot: true,
        // Deduplicating costs a Set lookup per entry; only overlapping include patterns need it.
        unique: options.include.length > 1,
        followSymbolicLinks: false,
        suppressErrors: true
    };
    // Regular files only: FIFOs and devices never reach a read, and strings keep the listing small.
    const files = out_default().sync([...options.include], { ...settings, onlyFiles: true, fs: { readdirSync } });
    firstPass = false;
    for (const { dir, error } of unreadable) {
        const file = external_node_path_default().relative(options.root, dir).split((external_node_path_default()).sep).join('/') || '.';
        skipped.push({ file, code: 'FILE_UNREADABLE', reason: `directory not readable: ${error instanceof Error ? error.message : String(error)}` });
    }
    if (sawSymlink) {
        const entries = out_default().sync([...options.include], { ...settings, onlyFiles: false, objectMode: true, fs: { readdirSync } });
        const abs = (file) => bytes.exact(external_node_path_default().join(options.root, file));
        for (const { path: file, dirent } of entries)
            if (dirent.isSymbolicLink() && followLink(abs(file), realRoot, file, skipped))
                files.push(file);
    }
    const candidates = [];
    for (const file of files) {
        const plan = planFor(file);
        if (plan)
            candidates.push({ file, abs: bytes.exact(external_node_path_default().join(options.root, file)), plan });
    }
    candidates.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    return { candidates, filesSeen: files.length, skipped };
}
/** True for a link to a file inside the root; a link that leaves it, or is broken, is reported. */
function followLink(abs, realRoot, file, skipped) {
    const link = linkTarget(abs, realRoot);
    // Only links that could hide something we read are worth a warning: a directory, or a file
    // some format reads by the link's name or by its target's.
    const relevant = link.kind === 'dir' || planFor(file) !== undefined || (link.kind !== 'broken' && planFor(link.name) !== undefined);
    if (link.kind === 'broken') {
        if (relevant)
            skipped.push({ file, code: link.missing ? 'SYMLINK_BROKEN' : 'FILE_UNREADABLE', reason: `broken symlink: ${link.reason}` });
        return false;
    }
    // Review finding 7: kubectl and friends follow such a link, so the scanner's caller counts it unscanned.
    if (link.outside && relevant)
        skipped.push({ file, code: 'SYMLINK_OUTSIDE_ROOT', reason: 'symlink points outside the scanned directory, so what it holds was not scanned; exclude the link or scan a directory that holds its target' });
    return link.kind === 'file' && !link.outside;
}
/** Where a symlink leads. Directories inside the root are walked at their real path anyway. */
function linkTarget(abs, realRoot) {
    try {
        const target = external_node_fs_default().realpathSync(abs, { encoding: 'buffer' });
        const stat = external_node_fs_default().statSync(target);
        const real = target.toString('utf8');
        return { kind: stat.isFile() ? 'file' : stat.isDirectory() ? 'dir' : 'other', outside: !inside(realRoot, real), name: external_node_path_default().basename(real) };
    }
    catch (error) {
        const missing = error?.code === 'ENOENT';
        return { kind: 'broken', missing, reason: error instanceof Error ? error.message : String(error) };
    }
}

;// CONCATENATED MODULE: ./src/scan/scan.ts






function realDirectory(root) {
    try {
        const real = external_node_fs_default().realpathSync(root);
        if (!external_node_fs_default().statSync(real).isDirectory())
            throw new Error('not a directory');
        return real;
    }
    catch (cause) {
        throw new ScanError('SCAN_ROOT_UNREADABLE', `root: expected a readable directory, found ${JSON.stringify(root)} (${cause instanceof Error ? cause.message : String(cause)})`, {
            cause,
            details: { root }
        });
    }
}
/** Problems that leave part of a candidate file unread; the file passed its needle pre-check. */
const UNREAD = new Set(['YAML_INVALID', 'YAML_ALIAS_LIMIT', 'EXTRACT_FAILED', 'VARIABLE_TOO_LONG', 'TEMPLATE_UNREAD']);
function skip(tally, entry, unscanned) {
    tally.skipped.push(entry);
    if (unscanned)
        tally.unscanned.push(entry);
}
function scanOne(candidate, options, slot, tally) {
    const { file, plan, abs } = candidate;
    const read = readInto(abs, slot, options.maxFileSize);
    if (!read.ok) {
        // Fail closed (issue 11, defect 3): an oversized file counts unless its bytes hold no needle.
        const unscanned = read.code !== 'FILE_TOO_LARGE' || fileMayHold(abs, slot, plan.precheck);
        skip(tally, { file, code: read.code, reason: read.reason }, unscanned);
        return;
    }
    if (isBinary(read.content)) {
        skip(tally, { file, code: 'FILE_BINARY', reason: 'binary content (a NUL byte); not read' }, plan.precheck(read.content));
        return;
    }
    if (!plan.precheck(read.content))
        return;
    tally.parsed++;
    const sink = new Sink(file);
    try {
        plan.run(read.content.toString('utf8'), sink, options.maxAliasCount);
    }
    catch (error) {
        // A fault in one extractor must cost one file, not the scan.
        skip(tally, { file, code: 'EXTRACT_FAILED', reason: `could not be read: ${error instanceof Error ? error.message : String(error)}` }, true);
        return;
    }
    // Not push(...spread): a generated file can hold more references than a call takes arguments.
    const { refs, problems } = sink.result();
    for (const ref of refs)
        tally.refs.push(ref);
    let unread = false;
    for (const problem of problems) {
        tally.skipped.push(problem);
        if (!unread && UNREAD.has(problem.code)) {
            unread = true;
            tally.unscanned.push(problem);
        }
    }
}
/** Files read between yields, so timers and I/O callbacks still run during a long scan. */
const YIELD_EVERY = 1024;
/** Lets timers and I/O callbacks run between batches of synchronous reads. */
const yieldToLoop = () => new Promise(resolve => setImmediate(resolve));
/**
 * Finds every image reference under `options.root`. Bad options throw ScanError; everything a
 * single file can go wrong with becomes a `skipped` entry and a warning naming the file and line,
 * and a candidate file left (partly) unread is also `unscanned` (logged at debug only: the caller
 * reports it).
 */
async function scanWorkspace(options, logger) {
    const resolved = resolveScanOptions(options);
    const listing = listFiles(resolved, realDirectory(resolved.root));
    const tally = { refs: [], skipped: [], unscanned: [], parsed: 0 };
    // A directory that cannot be listed could hold anything; so could a link out of the root (review finding 7).
    for (const s of listing.skipped)
        skip(tally, s, s.code === 'FILE_UNREADABLE' || s.code === 'SYMLINK_OUTSIDE_ROOT');
    const slot = Buffer.allocUnsafe(SLOT_SIZE);
    // One file at a time on purpose: see readInto for why reads are synchronous.
    for (let i = 0; i < listing.candidates.length; i++) {
        scanOne(listing.candidates[i], resolved, slot, tally);
        if (i % YIELD_EVERY === YIELD_EVERY - 1)
            await yieldToLoop();
    }
    logSkipped(tally.skipped, new Set(tally.unscanned), logger);
    const result = { refs: tally.refs, unscanned: tally.unscanned, filesSeen: listing.filesSeen, filesParsed: tally.parsed, skipped: tally.skipped };
    logger.debug(`scan: ${closingLine(result)}`);
    return result;
}
/**
 * One warning per cause, its location given once (as `where`, which every logger prints).
 * Unscanned files are left to the caller, which reports them as findings or warnings.
 */
function logSkipped(skipped, unscanned, logger) {
    const said = new Set();
    for (const s of skipped) {
        const where = s.line === undefined ? { file: s.file } : { file: s.file, line: s.line };
        if (s.code === 'YAML_TEMPLATE' || unscanned.has(s)) {
            logger.debug(`${s.file}${s.line === undefined ? '' : `:${s.line}`}: ${s.reason}`);
            continue;
        }
        const key = `${s.file}\0${s.line ?? ''}\0${s.code}\0${s.reason}`;
        if (said.has(key))
            continue;
        said.add(key);
        logger.warning(s.reason, where);
    }
}
/** `12 references (k8s-image 9, dockerfile-from 3) in 40 files, 31 parsed; 2 skipped, 1 unscanned`. */
function closingLine(result) {
    const kinds = new Map();
    for (const r of result.refs)
        kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
    const byKind = [...kinds].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, n]) => `${k} ${n}`);
    return (`${result.refs.length} references${byKind.length > 0 ? ` (${byKind.join(', ')})` : ''} in ${result.filesSeen} files, ${result.filesParsed} parsed; ` +
        `${result.skipped.length} skipped, ${result.unscanned.length} unscanned`);
}

;// CONCATENATED MODULE: ./src/scan/index.ts
/**
 * The workspace scanner: finds every image reference in a directory (Kubernetes manifests, Helm
 * values, kustomizations, compose files, Dockerfiles, workflows) with file, line and column.
 */






/***/ }),

/***/ 48992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SO: () => (/* binding */ truncateEnd),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   kU: () => (/* binding */ truncateMiddle)
/* harmony export */ });
/** Plain-text helpers shared by every layer (no imports). */
/** Collapses whitespace, CR/LF included, to single spaces: a reason is one line. */
function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}
/**
 * Shortens text to at most `max` characters by cutting its middle, so both the start (registry,
 * scheme) and the end (repository, ref) of a long identity stay readable.
 */
function truncateMiddle(text, max) {
    const chars = [...text];
    if (chars.length <= max)
        return text;
    if (max <= 1)
        return chars.slice(0, max).join('');
    const keep = max - 1;
    const head = Math.ceil(keep / 2);
    return chars.slice(0, head).join('') + '…' + chars.slice(chars.length - (keep - head)).join('');
}
/** Shortens text to at most `max` characters by cutting its end. */
function truncateEnd(text, max) {
    const chars = [...text];
    return chars.length <= max ? text : chars.slice(0, Math.max(0, max - 1)).join('') + '…';
}


/***/ }),

/***/ 60802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f0: () => (/* reexport */ MAX_TRUST_FILE_BYTES),
  SR: () => (/* reexport */ PUBLIC_GOOD_MIRROR),
  Ru: () => (/* reexport */ TrustError),
  wK: () => (/* reexport */ checkSigstoreUrl),
  Cj: () => (/* reexport */ defaultTufCachePath),
  hW: () => (/* reexport */ keyOnlyTrustMaterial),
  Vc: () => (/* reexport */ loadTrust),
  ak: () => (/* reexport */ loadTrustMaterial)
});

// UNUSED EXPORTS: embeddedTrustedRoot, keyFinderFromPem, loadTrustedRoot, publicKeyFromPem, toCheckedTrustMaterial, trustedRootFromJSON, withPublicKey

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









/***/ }),

/***/ 93207:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* binding */ readUserFile),
/* harmony export */   Wj: () => (/* binding */ UserFileError),
/* harmony export */   nD: () => (/* binding */ readUserText)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);



/** INPUT_INVALID naming the option; `details.problem` says which check failed. */
class UserFileError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AppError */ .uV {
    problem;
    constructor(problem, option, found, cause) {
        super('INPUT_INVALID', `option '${option}': expected the path of a regular file, found ${found}`, { cause, details: { option, problem } });
        this.problem = problem;
    }
}
/**
 * The one reader for files a user names (key, trusted-root, tuf-root, predicate, policy files and
 * the key files they name). Only a regular file is read: a FIFO, a device or a directory would
 * block for ever or read without end (issue 17). It is opened without blocking, checked on the
 * open descriptor (no race between the check and the read), bounded in size while reading, and
 * abandoned after `timeoutMs`.
 */
async function readUserFile(file, options) {
    const { option, maxBytes, timeoutMs } = options;
    const named = options.secret ? 'a value' : `'${file}'`;
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOCTTY);
    }
    catch (e) {
        const code = e.code ?? 'error';
        throw new UserFileError(code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable', option, `${named} that names no readable file (${code})`, e);
    }
    let stuck = false;
    try {
        const info = await handle.stat();
        if (!info.isFile())
            throw new UserFileError('not-regular', option, `${named}, which is not a regular file`);
        if (info.size > maxBytes)
            throw new UserFileError('too-large', option, `${named} of ${info.size} bytes (at most ${maxBytes})`);
        const bytes = await withTimeout(readAtMost(handle, maxBytes + 1), timeoutMs, () => new UserFileError('timeout', option, `${named}, which could not be read within ${timeoutMs} ms`)).catch((e) => {
            stuck = e instanceof UserFileError && e.problem === 'timeout';
            throw e instanceof UserFileError ? e : new UserFileError('unreadable', option, `${named}, which could not be read (${e.code ?? 'error'})`, e);
        });
        // A file that grew since stat, or one whose size stat does not tell (/proc).
        if (bytes.length > maxBytes)
            throw new UserFileError('too-large', option, `${named} larger than ${maxBytes} bytes`);
        return bytes;
    }
    finally {
        // close() waits for the read in flight: after a timeout, let it close whenever that ends.
        const closing = handle.close().catch(() => undefined);
        if (!stuck)
            await closing;
    }
}
/** Reads until end of file or `limit` bytes, whichever comes first. */
async function readAtMost(handle, limit) {
    const chunks = [];
    let total = 0;
    while (total < limit) {
        const { buffer, bytesRead } = await handle.read(Buffer.alloc(Math.min(64 * 1024, limit - total)), 0, Math.min(64 * 1024, limit - total), null);
        if (bytesRead === 0)
            break;
        chunks.push(buffer.subarray(0, bytesRead));
        total += bytesRead;
    }
    return Buffer.concat(chunks);
}
function withTimeout(work, ms, onTimeout) {
    let timer;
    const expired = new Promise((_resolve, reject) => {
        timer = setTimeout(() => reject(onTimeout()), ms);
    });
    return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}
/** readUserFile as UTF-8 text. */
async function readUserText(file, options) {
    return (await readUserFile(file, options)).toString('utf8');
}


/***/ })

};
