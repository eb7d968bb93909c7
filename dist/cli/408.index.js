export const id = 408;
export const ids = [408];
export const modules = {

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

// EXTERNAL MODULE: ./src/engine/policy-files.ts + 1 modules
var policy_files = __webpack_require__(7813);
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


/***/ })

};
