export const id = 18;
export const ids = [18,789,946];
export const modules = {

/***/ 17637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_PREDICATE_BYTES: () => (/* binding */ MAX_PREDICATE_BYTES),
/* harmony export */   runAttest: () => (/* binding */ runAttest)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _user_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93207);
/* harmony import */ var _cosign_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43755);
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70345);
/* harmony import */ var _report_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25393);
/* harmony import */ var _compose_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(15946);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(83656);
/* harmony import */ var _reference_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(14319);
/* harmony import */ var _policy_config_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(28961);
/* harmony import */ var _sign_guard_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(80645);
/* harmony import */ var _sign_proof_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(86602);
/* harmony import */ var _sign_run_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(95789);












/** Predicate files are documents, not images: refuse anything past this. */
const MAX_PREDICATE_BYTES = 16 * 1024 * 1024;
const describe = (e) => (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AppError */ .uV ? `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(e)} [${e.code}]` : (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(e));
async function readPredicate(file, timeoutMs) {
    return (0,_user_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readUserFile */ .E1)(file, { option: 'predicate', maxBytes: MAX_PREDICATE_BYTES, timeoutMs });
}
/** The verification config for what was just attested: exactly this identity (or this key). */
/**
 * `attest` and `attest-and-verify` (cosign attest, then cosign verify-attestation): sign the
 * predicate for every image, push it in the chosen formats, then read the attestation back through
 * the verifier with the identity the certificate names (or the key). Same outcome as runSign.
 */
async function runAttest(config, logger, deps) {
    return (0,_sign_guard_js__WEBPACK_IMPORTED_MODULE_8__/* .withSigningGuards */ ._)(config, logger, (log, redactor) => attestAll(config, log, redactor, deps));
}
async function attestAll(config, logger, redactor, deps) {
    const env = deps.env;
    const now = deps.now ?? (() => new Date());
    const client = deps.client ?? (0,_credentials_js__WEBPACK_IMPORTED_MODULE_6__/* .registryClientFor */ .CA)(config, logger, (0,_credentials_js__WEBPACK_IMPORTED_MODULE_6__/* .registriesOf */ .Ho)(config.images.map(i => (0,_reference_index_js__WEBPACK_IMPORTED_MODULE_7__/* .parseNormalizedNamed */ .oS)(i).name)));
    const strict = config.mode === 'attest-and-verify';
    const predicate = await readPredicate(config.predicate ?? '', config.timeoutMs);
    const { signer, publicKeyPem } = await (0,_sign_run_js__WEBPACK_IMPORTED_MODULE_10__.buildSigner)(config, logger, deps);
    const witnesses = (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_2__/* .createWitnesses */ .Cw)({ rekorUrl: config.rekorUrl, tsaUrl: config.tsaUrl, tlogUpload: config.tlogUpload, timeoutMs: config.timeoutMs, retry: deps.retry });
    const { targets, unresolved, warnings } = await (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveSignTargets */ .Ql)(client, config.images, config.recursive, logger);
    const results = await (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_2__/* .attestImages */ .yJ)(targets, { client, signer, witnesses, format: config.signatureFormat, predicateType: config.predicateType, predicate, logger, now, urls: config });
    const verdicts = [];
    const signatures = [];
    const lines = [];
    let failed = unresolved.length;
    let verifier;
    for (const result of results) {
        const { target } = result;
        if (!result.ok) {
            failed++;
            lines.push(`✗ ${target.name}@${target.digest}: not attested: ${describe(result.error)}`);
            verdicts.push((0,_policy_index_js__WEBPACK_IMPORTED_MODULE_3__/* .unverifiedVerdict */ .vA)(target.name, target.digest, (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_2__/* .statusFor */ .SR)(result.error), `attesting failed: ${describe(result.error)}`));
            continue;
        }
        for (const a of result.attestations) {
            signatures.push({ image: `${target.name}@${target.digest}`, digest: target.digest, format: a.format === 'bundle' ? 'sigstore-bundle' : 'cosign-legacy', location: a.reference, storage: a.location, tlogIndex: a.tlogIndex, identity: result.identity });
        }
        const made = result.attestations.map(a => `${a.format} → ${a.reference}${a.tlogIndex === null ? '' : ` (tlog #${a.tlogIndex})`}`).join(', ');
        let verdict;
        try {
            verifier ??= await (0,_compose_js__WEBPACK_IMPORTED_MODULE_5__.createVerifier)({ policy: (0,_sign_proof_js__WEBPACK_IMPORTED_MODULE_9__/* .proofPolicy */ .P)(config, result.identity, publicKeyPem), keys: publicKeyPem ? [publicKeyPem] : [], trust: config, maxSignatures: config.maxSignatures }, logger, client).catch((e) => (e instanceof Error ? e : new Error(String(e))));
            if (verifier instanceof Error)
                throw verifier;
            if (!verifier.verifyAttestations)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AppError */ .uV('INPUT_INVALID', 'this verifier cannot check attestations');
            const check = await verifier.verifyAttestations(target, [{ predicateType: config.predicateType }]);
            const entry = check.entries[0];
            const status = entry.verified ? 'verified' : check.error ? (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_2__/* .statusFor */ .SR)(check.error) : 'missing-attestation';
            verdict = {
                ...(0,_policy_index_js__WEBPACK_IMPORTED_MODULE_3__/* .unverifiedVerdict */ .vA)(target.name, target.digest, status, entry.details),
                signed: entry.verified,
                signerSubject: entry.signerSubject,
                signerIssuer: entry.signerIssuer,
                signatureFormat: entry.format,
                signatureLocation: entry.location,
                tlogIndex: entry.tlogIndex,
                signedAt: entry.signedAt,
                predicateType: config.predicateType,
                attestations: check.entries
            };
        }
        catch (e) {
            verdict = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_3__/* .unverifiedVerdict */ .vA)(target.name, target.digest, 'error', `could not verify: ${describe(e)}`);
        }
        const verified = verdict.status === 'verified';
        verdicts.push({ ...verdict, details: `Attested (${config.predicateType}) by ${result.identity.subject}: ${made}. ${verified ? 'Verified' : 'Not verified'}: ${verdict.details}` });
        if (!verified) {
            if (strict)
                failed++;
            const msg = `${target.name}@${target.digest} was attested but the attestation does not verify (${verdict.status}): ${verdict.details}`;
            if (strict)
                logger.error(msg);
            else
                logger.warning(msg);
        }
        lines.push(`${verified || !strict ? '✓' : '✗'} ${target.name}@${target.digest}: ${made}; ${verified ? 'verified' : `not verified (${verdict.status})`}`);
    }
    for (const u of unresolved) {
        lines.push(`✗ ${u.ref}: could not resolve: ${describe(u.error)}`);
        verdicts.push((0,_policy_index_js__WEBPACK_IMPORTED_MODULE_3__/* .unverifiedVerdict */ .vA)(u.name, undefined, (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_2__/* .statusFor */ .SR)(u.error), `could not resolve ${u.ref} to a digest: ${describe(u.error)}`));
    }
    const policy = (0,_policy_config_js__WEBPACK_IMPORTED_MODULE_11__/* .policyFromConfig */ .n)(config);
    const run = (0,_report_index_js__WEBPACK_IMPORTED_MODULE_4__/* .runContextFromEnv */ .wX)(env);
    const checkedAt = now();
    const items = redactor.redactDeep(verdicts.map(v => {
        const target = targets.find(t => t.name === v.name && t.digest === v.digest);
        return (0,_report_index_js__WEBPACK_IMPORTED_MODULE_4__/* .toReportItem */ .TZ)(v, target?.tag ? [target.tag] : [], []);
    }));
    const records = redactor.redactDeep(items.map(item => (0,_report_index_js__WEBPACK_IMPORTED_MODULE_4__/* .toRecord */ .Lv)(item, policy, run, checkedAt)));
    await (0,_report_index_js__WEBPACK_IMPORTED_MODULE_4__.writeResultsFile)(config.resultsFile, records);
    const upload = config.upload
        ? await (0,_report_index_js__WEBPACK_IMPORTED_MODULE_4__/* .uploadResults */ .g4)(records.map(r => JSON.stringify(r)), { baseUrl: config.fremforgeUrl, token: config.apiToken, run, logger, timeoutMs: config.timeoutMs })
        : { state: 'skipped', chunks: 0, records: 0, message: 'upload is turned off (upload: false)' };
    const uploadFailed = upload.state === 'failed' && config.uploadFailure === 'fail';
    lines.unshift(`Attested ${results.filter(r => r.ok).length} of ${results.length + unresolved.length} images (${config.predicateType}, ${config.signatureFormat}).`);
    return { ok: failed === 0 && !uploadFailed, text: lines.join('\n'), records, signatures, items, resultsFile: config.resultsFile, upload, warnings };
}


/***/ }),

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

/***/ 15946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createImageVerifier: () => (/* binding */ createImageVerifier),
/* harmony export */   createVerifier: () => (/* binding */ createVerifier),
/* harmony export */   readKey: () => (/* binding */ readKey),
/* harmony export */   readKeys: () => (/* binding */ readKeys)
/* harmony export */ });
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54187);
/* harmony import */ var _config_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23525);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _cosign_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(43755);
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70345);
/* harmony import */ var _trust_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(60802);
/* harmony import */ var _authority_check_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(38954);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(83656);
/* harmony import */ var _policy_config_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(28961);
/* harmony import */ var _read_key_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(65230);
/* harmony import */ var _trusted_inputs_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(81759);











/** A `key` input is the PEM itself or a path to a regular file holding it; never echoed (issue 17). */
async function readKey(value, timeoutMs = 30_000) {
    return (0,_read_key_js__WEBPACK_IMPORTED_MODULE_8__/* .readKeyInput */ .Y)(value, timeoutMs);
}
const PEM_BLOCK = /-----BEGIN [A-Z ]+-----[\s\S]+?-----END [A-Z ]+-----/g;
/** The verify `key` input: one or more PEM keys, or paths to files holding them (one per line); any one verifies. */
async function readKeys(value, timeoutMs = 30_000) {
    if (value === undefined)
        return [];
    const texts = value.includes('-----BEGIN') ? [value] : await Promise.all((0,_config_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseList */ .E1)(value).map(async (v) => (await readKey(v, timeoutMs)) ?? ''));
    return texts.flatMap(t => t.match(PEM_BLOCK) ?? [t]);
}
/** Builds the one verifier of a run from the configuration: its keys are read here, once. */
async function createImageVerifier(given, logger, client = (0,_credentials_js__WEBPACK_IMPORTED_MODULE_7__/* .registryClientFor */ .CA)(given, logger)) {
    // On a pull request, key files and trusted roots in the workspace come from its base commit.
    const config = await (0,_trusted_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .resolveTrustedInputs */ .b)(given, logger);
    const keys = await readKeys(config.key, config.timeoutMs);
    return createVerifier({ policy: { ...(0,_policy_config_js__WEBPACK_IMPORTED_MODULE_10__/* .policyFromConfig */ .n)(config), key: keys[0] }, keys, trust: config, maxSignatures: config.maxSignatures }, logger, client);
}
/** A verifier for a policy: registry client, trust material and policy, loaded once. */
async function createVerifier(setup, logger, client) {
    const { policy, maxSignatures } = setup;
    const settings = await (0,_trusted_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .resolveTrustedInputs */ .b)(setup.trust, logger, ['trustedRoot', 'tufRoot']);
    const [key, ...rotation] = setup.keys;
    for (const warning of (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_4__/* .policyWarnings */ .aF)(policy))
        logger.warning(warning);
    if (policy.insecureIgnoreTlog && !key)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AppError */ .uV('INPUT_INVALID', "option 'insecure-ignore-tlog': only applies to key-based verification (set 'key')");
    const trustOptions = { trustedRoot: settings.trustedRoot, tufMirror: settings.tufMirror, tufRoot: settings.tufRoot, offline: settings.offline, logger, timeoutMs: settings.timeoutMs, env: settings.env };
    const { material: trust, fingerprint: trustFingerprint } = await (0,_trust_index_js__WEBPACK_IMPORTED_MODULE_5__/* .loadTrust */ .Vc)({ ...trustOptions, key });
    const thresholds = { tlogThreshold: policy.insecureIgnoreTlog ? 0 : 1, ctlogThreshold: 0, timestampThreshold: policy.insecureIgnoreTlog ? 0 : 1 };
    const verifier = key ? new _sigstore_verify__WEBPACK_IMPORTED_MODULE_0__/* .Verifier */ .BL(trust, thresholds) : new _sigstore_verify__WEBPACK_IMPORTED_MODULE_0__/* .Verifier */ .BL(trust);
    const cosign = (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_3__/* .createCosignVerifier */ .y8)({ client, verifier, policy, logger, keyIdentity: key ? (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_3__/* .keyId */ .xs)(key) : undefined, trust, maxSignatures });
    const scoped = client.bindRegistries;
    const bindRegistries = typeof scoped === 'function' ? (hosts) => scoped(hosts) : undefined;
    const base = { client, resolveDigest: cosign.resolveDigest, verifyAttestations: cosign.verifyAttestations, policy, trustFingerprint, ...(bindRegistries ? { bindRegistries } : {}) };
    if (rotation.length === 0)
        return { ...base, verify: cosign.verify };
    // Several keys (a rotation): one implicit key authority, any key verifies.
    const others = await Promise.all(rotation.map(async (pem) => {
        const keyTrust = await (0,_trust_index_js__WEBPACK_IMPORTED_MODULE_5__/* .loadTrustMaterial */ .ak)({ ...trustOptions, key: pem });
        return (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_3__/* .createCosignVerifier */ .y8)({ client, verifier: new _sigstore_verify__WEBPACK_IMPORTED_MODULE_0__/* .Verifier */ .BL(keyTrust, thresholds), policy: { ...policy, key: pem }, logger, keyIdentity: (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_3__/* .keyId */ .xs)(pem), trust: keyTrust, maxSignatures });
    }));
    // The cache fingerprints every key of the rotation, not only the first.
    return { ...base, policy: { ...policy, key: [key, ...rotation].join('\n') }, verify: target => (0,_authority_check_js__WEBPACK_IMPORTED_MODULE_6__/* .firstVerified */ .Lj)([cosign, ...others], target) };
}


/***/ }),

/***/ 80645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ withSigningGuards)
});

// UNUSED EXPORTS: checkServiceUrls

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/cosign/index.ts + 40 modules
var cosign = __webpack_require__(43755);
// EXTERNAL MODULE: ./src/trust/index.ts + 7 modules
var trust = __webpack_require__(60802);
// EXTERNAL MODULE: ./src/engine/read-key.ts
var read_key = __webpack_require__(65230);
;// CONCATENATED MODULE: ./src/engine/redact.ts
const MASK = '***';
/**
 * Known secrets out of every message, record and upload (issue 17): masking (`::add-mask::`)
 * protects the log only, while Sigstore and registry error bodies end up in
 * `verification_details`, the summary and the NDJSON upload too. A JWT's parts are secrets on
 * their own: a service may quote the claims segment alone.
 */
function createRedactor(initial = []) {
    const secrets = new Set();
    let ordered = [];
    const add = (value) => {
        const v = value?.trim();
        if (!v)
            return;
        const forms = [v, JSON.stringify(v).slice(1, -1)];
        if (/^[\w-]+\.[\w-]+\.[\w-]*$/.test(v))
            forms.push(...v.split('.').filter(part => part.length >= 16));
        for (const f of forms)
            secrets.add(f);
        ordered = [...secrets].sort((a, b) => b.length - a.length);
    };
    const redact = (text) => ordered.reduce((t, s) => (t.includes(s) ? t.split(s).join(MASK) : t), text);
    const redactDeep = (value) => {
        if (typeof value === 'string')
            return redact(value);
        if (Array.isArray(value))
            return value.map(v => redactDeep(v));
        if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v)]));
        }
        return value;
    };
    for (const s of initial)
        add(s);
    return {
        add,
        redact,
        redactDeep,
        logger: inner => ({
            debug: m => inner.debug(redact(m)),
            info: m => inner.info(redact(m)),
            warning: (m, w) => inner.warning(redact(m), w),
            error: (m, w) => inner.error(redact(m), w),
            secret: s => {
                add(s);
                inner.secret(s);
            }
        })
    };
}

;// CONCATENATED MODULE: ./src/engine/sign-guard.ts





/** Sigstore services get the identity token or what binds a signature to it: https only, http on loopback. */
function checkServiceUrls(config) {
    if (config.key === undefined)
        (0,trust/* checkSigstoreUrl */.wK)('fulcio-url', config.fulcioUrl);
    if (config.tlogUpload)
        (0,trust/* checkSigstoreUrl */.wK)('rekor-url', config.rekorUrl);
    (0,trust/* checkSigstoreUrl */.wK)('tsa-url', config.tsaUrl);
}
/**
 * The one entry of every mode that signs (sign, attest and their -and-verify forms): the Sigstore
 * URLs are checked before any request, every known secret is registered before any request, and
 * the outcome (messages, records, results, what the shells print and upload) and any error thrown
 * come back redacted. `work` gets the redacting logger and the redactor for what it writes itself.
 */
async function withSigningGuards(config, logger, work) {
    const redactor = createRedactor();
    const log = redactor.logger(logger);
    for (const s of [config.identityToken, config.keyPassword, config.registryPassword, config.apiToken, ...(0,read_key/* keySecrets */.P)(config.key, undefined)])
        if (s)
            log.secret(s);
    try {
        checkServiceUrls(config);
        return redactor.redactDeep(await work(log, redactor));
    }
    catch (e) {
        // The same error (class, code, cause) with its message and details redacted: the shells print them.
        if (e instanceof errors/* AppError */.uV) {
            e.message = redactor.redact(e.message);
            Object.assign(e.details, redactor.redactDeep(e.details));
            throw e;
        }
        // Coded like every other failure; the cause is left out, its text may hold what was redacted.
        throw new cosign/* SignError */.ul('SIGN_FAILED', redactor.redact((0,errors/* messageOf */.bD)(e)));
    }
}


/***/ }),

/***/ 86602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ proofPolicy),
/* harmony export */   Zi: () => (/* binding */ verifyPushed),
/* harmony export */   rW: () => (/* binding */ buildProof)
/* harmony export */ });
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54187);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _cosign_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43755);
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70345);
/* harmony import */ var _trust_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(60802);
/* harmony import */ var _policy_config_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(28961);
/* harmony import */ var _trusted_inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(81759);







const describe = (e) => (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AppError */ .uV ? `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(e)} [${e.code}]` : (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(e));
/** The policy for what was just signed: exactly this identity (or this key), nothing looser. */
function proofPolicy(config, identity, publicKeyPem) {
    const base = { ...(0,_policy_config_js__WEBPACK_IMPORTED_MODULE_6__/* .policyFromConfig */ .n)(config), issuerAllowlist: [], certificateIdentityRegexp: undefined, certificateOidcIssuerRegexp: undefined, githubWorkflow: {}, platforms: 'index' };
    if (publicKeyPem)
        return { ...base, key: publicKeyPem, certificateIdentity: undefined, certificateOidcIssuer: undefined, insecureIgnoreTlog: !config.tlogUpload };
    return { ...base, key: undefined, certificateIdentity: identity.subject, certificateOidcIssuer: identity.issuer ?? undefined, insecureIgnoreTlog: false };
}
/**
 * The trust that proves each signature made. A key without a log or timestamp needs only the
 * key: no trusted root, no TUF, no network. Otherwise the configured root, with the log (and the
 * certificate's SCT for keyless) required.
 */
async function buildProof(given, logger, publicKeyPem) {
    const config = await (0,_trusted_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveTrustedInputs */ .b)(given, logger, ['trustedRoot', 'tufRoot']);
    const policyFor = (identity) => ({ ...proofPolicy(config, identity, publicKeyPem), requireSigned: true });
    if (publicKeyPem !== undefined) {
        const keyIdentity = (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_2__/* .keyId */ .xs)(publicKeyPem);
        if (!config.tlogUpload && config.tsaUrl === undefined) {
            return { verifier: new _sigstore_verify__WEBPACK_IMPORTED_MODULE_0__/* .Verifier */ .BL((0,_trust_index_js__WEBPACK_IMPORTED_MODULE_4__/* .keyOnlyTrustMaterial */ .hW)(publicKeyPem), { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 }), keyIdentity, policyFor };
        }
        const trust = await (0,_trust_index_js__WEBPACK_IMPORTED_MODULE_4__/* .loadTrustMaterial */ .ak)({ trustedRoot: config.trustedRoot, tufMirror: config.tufMirror, tufRoot: config.tufRoot, offline: config.offline, key: publicKeyPem, logger, timeoutMs: config.timeoutMs, env: config.env });
        return { verifier: new _sigstore_verify__WEBPACK_IMPORTED_MODULE_0__/* .Verifier */ .BL(trust, { tlogThreshold: config.tlogUpload ? 1 : 0, ctlogThreshold: 0, timestampThreshold: 1 }), keyIdentity, policyFor };
    }
    const trust = await (0,_trust_index_js__WEBPACK_IMPORTED_MODULE_4__/* .loadTrustMaterial */ .ak)({ trustedRoot: config.trustedRoot, tufMirror: config.tufMirror, tufRoot: config.tufRoot, offline: config.offline, logger, timeoutMs: config.timeoutMs, env: config.env });
    return { verifier: new _sigstore_verify__WEBPACK_IMPORTED_MODULE_0__/* .Verifier */ .BL(trust), policyFor };
}
/** Proves again, as the registry serves them, exactly the signatures this run pushed. */
async function verifyPushed(client, result, proof) {
    const { target, identity } = result;
    const repo = (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_2__/* .repoOf */ .A5)(target.name);
    let checked;
    try {
        checked = await Promise.all(result.signatures.map(s => (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_2__/* .proveFromRegistry */ .Ug)(client, repo, target.digest, s, identity, proof)));
    }
    catch (e) {
        return (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_3__/* .unverifiedVerdict */ .vA)(target.name, target.digest, (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_2__/* .statusFor */ .SR)(e), `could not read back the signatures just pushed: ${describe(e)}`);
    }
    const bad = checked.filter(c => !c.ok);
    const probes = result.signatures.map(s => ({ location: s.location, answer: `the ${s.format} signature just pushed (${s.reference})` }));
    return (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_2__/* .decide */ .LD)(target.name, target.digest, { checked: bad.length > 0 ? bad : checked, probes }, proof.policyFor(identity));
}


/***/ }),

/***/ 95789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildSigner: () => (/* binding */ buildSigner),
/* harmony export */   runSign: () => (/* binding */ runSign)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _cosign_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43755);
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70345);
/* harmony import */ var _report_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25393);
/* harmony import */ var _policy_config_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(28961);
/* harmony import */ var _read_key_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(65230);
/* harmony import */ var _sign_guard_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(80645);
/* harmony import */ var _sign_proof_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(86602);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(83656);
/* harmony import */ var _reference_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(14319);










const verdictOf = (target, status, details) => (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_2__/* .unverifiedVerdict */ .vA)(target.name, target.digest, status, details);
const describe = (e) => (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AppError */ .uV ? `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(e)} [${e.code}]` : (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(e));
async function buildSigner(config, logger, deps) {
    if (config.key !== undefined) {
        const text = (await (0,_read_key_js__WEBPACK_IMPORTED_MODULE_4__/* .readKeyInput */ .Y)(config.key, config.timeoutMs)) ?? '';
        for (const s of (0,_read_key_js__WEBPACK_IMPORTED_MODULE_4__/* .keySecrets */ .P)(config.key, text))
            logger.secret(s);
        const key = await (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_1__/* .loadSigningKey */ .fm)(text, config.keyPassword);
        return { signer: (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_1__/* .createKeySigner */ .e9)(key, (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_1__/* .keyId */ .xs)(key.publicKeyPem)), publicKeyPem: key.publicKeyPem };
    }
    if (!config.tlogUpload) {
        throw new _cosign_index_js__WEBPACK_IMPORTED_MODULE_1__/* .SignError */ .ul('SIGN_INPUT_INVALID', "option 'tlog-upload': keyless signing needs the transparency log (a short-lived certificate proves nothing without a log entry); use a key to sign without it");
    }
    const identityProvider = (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_1__/* .createIdentityProvider */ .Ee)({ identityToken: config.identityToken, fulcioUrl: config.fulcioUrl, env: deps.env, fetch: deps.fetch, logger, timeoutMs: config.timeoutMs });
    return { signer: (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_1__/* .createKeylessSigner */ .tD)({ fulcioUrl: config.fulcioUrl, identityProvider, timeoutMs: config.timeoutMs, retry: deps.retry, now: deps.now }) };
}
/**
 * `sign` and `sign-and-verify`: resolve the images (each must exist), sign them all, prove each
 * signature against the trust root and the exact identity before pushing it, push, then read
 * back exactly what was pushed and prove it again. Records carry that status, so `verified`
 * means this run's signature verified. In plain `sign` a failed read-back is a warning, in
 * `sign-and-verify` it fails the step; a signature that does not prove is never pushed. Every
 * known secret is cut out of every message, record and upload.
 */
async function runSign(config, logger, deps) {
    return (0,_sign_guard_js__WEBPACK_IMPORTED_MODULE_5__/* .withSigningGuards */ ._)(config, logger, (log, redactor) => signAll(config, log, redactor, deps));
}
async function signAll(config, logger, redactor, deps) {
    const env = deps.env;
    const now = deps.now ?? (() => new Date());
    const client = deps.client ?? (0,_credentials_js__WEBPACK_IMPORTED_MODULE_7__/* .registryClientFor */ .CA)(config, logger, (0,_credentials_js__WEBPACK_IMPORTED_MODULE_7__/* .registriesOf */ .Ho)(config.images.map(i => (0,_reference_index_js__WEBPACK_IMPORTED_MODULE_8__/* .parseNormalizedNamed */ .oS)(i).name)));
    const strict = config.mode === 'sign-and-verify';
    const { signer, publicKeyPem } = await buildSigner(config, logger, deps);
    const proof = await (0,_sign_proof_js__WEBPACK_IMPORTED_MODULE_6__/* .buildProof */ .rW)(config, logger, publicKeyPem);
    const witnesses = (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_1__/* .createWitnesses */ .Cw)({ rekorUrl: config.rekorUrl, tsaUrl: config.tsaUrl, tlogUpload: config.tlogUpload, timeoutMs: config.timeoutMs, retry: deps.retry });
    const { targets, unresolved, warnings } = await (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveSignTargets */ .Ql)(client, config.images, config.recursive, logger);
    const results = await (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_1__/* .signImages */ .U_)(targets, { client, signer, witnesses, format: config.signatureFormat, annotations: config.annotations, proof, logger, now, urls: config });
    const verdicts = [];
    const signatures = [];
    const lines = [];
    let failed = unresolved.length;
    for (const result of results) {
        const { target } = result;
        if (!result.ok) {
            failed++;
            lines.push(`✗ ${target.name}@${target.digest}: not signed: ${describe(result.error)}`);
            verdicts.push(verdictOf(target, (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_1__/* .statusFor */ .SR)(result.error), `signing failed: ${describe(result.error)}`));
            continue;
        }
        for (const s of result.signatures) {
            signatures.push({ image: `${target.name}@${target.digest}`, digest: target.digest, format: s.format === 'bundle' ? 'sigstore-bundle' : 'cosign-legacy', location: s.reference, storage: s.location, tlogIndex: s.tlogIndex, identity: result.identity });
        }
        const made = result.signatures.map(s => `${s.format} → ${s.reference}${s.tlogIndex === null ? '' : ` (tlog #${s.tlogIndex})`}`).join(', ');
        const verdict = await (0,_sign_proof_js__WEBPACK_IMPORTED_MODULE_6__/* .verifyPushed */ .Zi)(client, result, proof);
        const verified = verdict.status === 'verified';
        const details = `Signed by ${result.identity.subject}${result.identity.issuer ? ` (issuer ${result.identity.issuer})` : ''}: ${made}. ${verified ? 'Verified' : 'Not verified'}: ${verdict.details}`;
        verdicts.push({ ...verdict, digest: target.digest, details });
        if (!verified) {
            if (strict)
                failed++;
            const msg = `${target.name}@${target.digest} was signed but what was pushed does not verify (${verdict.status}): ${verdict.details}`;
            if (strict)
                logger.error(msg);
            else
                logger.warning(msg);
        }
        lines.push(`${verified ? '✓' : strict ? '✗' : '⚠'} ${target.name}@${target.digest}${target.platform ? ` [${target.platform}]` : ''}: ${made}; ${verified ? 'verified' : `not verified (${verdict.status})`}`);
    }
    for (const u of unresolved) {
        lines.push(`✗ ${u.ref}: could not resolve: ${describe(u.error)}`);
        verdicts.push(verdictOf(u, (0,_cosign_index_js__WEBPACK_IMPORTED_MODULE_1__/* .statusFor */ .SR)(u.error), `could not resolve ${u.ref} to an existing image, so nothing was signed: ${describe(u.error)}`));
    }
    const policy = (0,_policy_config_js__WEBPACK_IMPORTED_MODULE_9__/* .policyFromConfig */ .n)(config);
    const run = (0,_report_index_js__WEBPACK_IMPORTED_MODULE_3__/* .runContextFromEnv */ .wX)(env);
    const checkedAt = now();
    const items = redactor.redactDeep(verdicts.map(v => (0,_report_index_js__WEBPACK_IMPORTED_MODULE_3__/* .toReportItem */ .TZ)(v, tagsOf(targets, unresolved, v), [])));
    const records = redactor.redactDeep(items.map(item => (0,_report_index_js__WEBPACK_IMPORTED_MODULE_3__/* .toRecord */ .Lv)(item, policy, run, checkedAt)));
    const resultsError = await (0,_report_index_js__WEBPACK_IMPORTED_MODULE_3__/* .writeResultsReported */ .NM)(config.resultsFile, records, logger);
    const upload = config.upload
        ? await (0,_report_index_js__WEBPACK_IMPORTED_MODULE_3__/* .uploadResults */ .g4)(records.map(r => JSON.stringify(r)), { baseUrl: config.fremforgeUrl, token: config.apiToken, run, logger, timeoutMs: config.timeoutMs })
        : { state: 'skipped', chunks: 0, records: 0, message: 'upload is turned off (upload: false)' };
    const uploadFailed = upload.state === 'failed' && config.uploadFailure === 'fail';
    const signed = results.filter(r => r.ok).length;
    lines.unshift(`Signed ${signed} of ${results.length + unresolved.length} images (${config.signatureFormat}).`);
    if (resultsError)
        lines.push(`✗ results file not written: ${resultsError.message}`);
    return redactor.redactDeep({ ok: failed === 0 && !uploadFailed && !resultsError, text: lines.join('\n'), records, signatures, items, resultsFile: config.resultsFile, upload, warnings, ...(resultsError ? { resultsError } : {}) });
}
function tagsOf(targets, unresolved, v) {
    const t = targets.find(x => x.name === v.name && x.digest === v.digest) ?? unresolved.find(u => u.name === v.name && u.digest === v.digest);
    return t?.tag ? [t.tag] : [];
}


/***/ })

};
