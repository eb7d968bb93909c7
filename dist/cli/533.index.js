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
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70345);
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


/***/ })

};
