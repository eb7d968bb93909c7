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


/***/ })

};
