export const id = 315;
export const ids = [315];
export const modules = {

/***/ 32315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IMAGE_TIMEOUT_FACTOR: () => (/* binding */ IMAGE_TIMEOUT_FACTOR),
  runVerify: () => (/* binding */ runVerify)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/policy/index.ts + 19 modules
var src_policy = __webpack_require__(61467);
// EXTERNAL MODULE: ./src/cosign/index.ts + 40 modules
var cosign = __webpack_require__(43755);
// EXTERNAL MODULE: ./src/registry/index.ts + 17 modules
var registry = __webpack_require__(47148);
// EXTERNAL MODULE: ./src/reference/index.ts + 5 modules
var reference = __webpack_require__(14319);
// EXTERNAL MODULE: ./src/report/index.ts + 15 modules
var report = __webpack_require__(4267);
// EXTERNAL MODULE: ./src/scan/index.ts + 26 modules
var src_scan = __webpack_require__(65536);
// EXTERNAL MODULE: ./src/engine/credentials.ts
var credentials = __webpack_require__(83656);
// EXTERNAL MODULE: ./src/engine/policy-config.ts
var policy_config = __webpack_require__(28961);
// EXTERNAL MODULE: ./src/forge/index.ts + 10 modules
var forge = __webpack_require__(77848);
// EXTERNAL MODULE: ./src/engine/targets.ts
var engine_targets = __webpack_require__(91832);
;// CONCATENATED MODULE: ./src/engine/tag-hints.ts


/** Extra registry work is bounded: at most this many unsigned images are looked up by tag. */
const MAX_TAG_LOOKUPS = 20;
/**
 * For unsigned images pinned next to a tag (`app:v1@sha256:…`): when the tag now points to
 * another digest that verifies, the signature is "under another tag", and the pin is likely stale.
 */
async function tagHints(targets, verdicts, verifier, concurrency) {
    const candidates = targets.map((t, i) => ({ t, i })).filter(({ t, i }) => verdicts[i].status === 'unsigned' && t.tags.length > 0).slice(0, MAX_TAG_LOOKUPS);
    await (0,engine_targets/* mapBounded */.y)(candidates, concurrency, async ({ t, i }) => {
        for (const tag of t.tags.slice(0, 3)) {
            try {
                const current = await verifier.resolveDigest(t.name, tag);
                if (current === t.digest)
                    continue;
                const other = await verifier.verify({ ...t, digest: current });
                if (other.status !== 'verified')
                    continue;
                const hint = `a signature exists under tag ${tag}, which now points to ${(0,report/* shortDigest */.VK)(current)}: the pinned digest is probably stale; re-pin to the signed one`;
                verdicts[i] = { ...verdicts[i], hints: [...(verdicts[i].hints ?? []), hint] };
                return;
            }
            catch {
                // A hint is best effort: a failed lookup changes nothing about the verdict.
            }
        }
    });
}

;// CONCATENATED MODULE: ./src/engine/verify-run.ts












async function refsFromImages(images, verifier, logger, warnings) {
    const refs = [];
    const broken = [];
    for (const [index, image] of images.entries()) {
        // resolveConfig has already rejected references that do not parse.
        const ref = (0,reference/* parseNormalizedNamed */.oS)(image);
        let digest = ref.digest;
        if (!digest) {
            const tag = ref.tag ?? 'latest';
            try {
                digest = await verifier.resolveDigest(ref.name, tag);
                const msg = `${image} has no digest; verifying ${ref.name}@${digest}, which ${tag} points to now (pin the digest to make this reproducible)`;
                logger.warning(msg);
                warnings.push(msg);
            }
            catch (e) {
                broken.push((0,src_policy/* unverifiedVerdict */.vA)(ref.name, undefined, (0,cosign/* statusFor */.SR)(e), `could not resolve tag ${tag} of ${ref.name}: ${(0,errors/* messageOf */.bD)(e)}`));
                continue;
            }
        }
        refs.push({ origin: 'input', position: index + 1, ref: image, name: ref.name, tag: ref.tag, digest });
    }
    return { refs, broken };
}
/** One image may take this many `timeout`s, every request and retry included (issue 11, defect 5). */
const IMAGE_TIMEOUT_FACTOR = 10;
/** The image's verdict, or `registry-error` once its deadline passes; then its requests are cancelled. */
async function withImageDeadline(work, ms, target) {
    const controller = new AbortController();
    let timer;
    const deadline = new Promise(resolve => {
        timer = setTimeout(() => {
            controller.abort();
            resolve((0,src_policy/* unverifiedVerdict */.vA)(target.name, target.digest, 'registry-error', `verification did not finish within the ${Math.round(ms / 1000)}-second deadline per image (10 × timeout); the registry answered too slowly or sent too much`));
        }, ms);
    });
    try {
        return await Promise.race([work(controller.signal), deadline]);
    }
    finally {
        clearTimeout(timer);
    }
}
/** Where the item is referenced in the workspace; the `images` input is no place in it. */
function sourcesOf(refs) {
    return refs.flatMap(r => (r.origin === 'scan' ? [{ file: r.file, line: r.line, kind: r.kind }] : []));
}
/** The images one file's content references, as the scanner reads it (for the base's version of a file). */
const imagesInFile = (file, content) => new Set((0,src_scan/* extractFromContent */.xZ)(file, content).refs.map(forge/* imageKey */.p2));
async function runVerify(config, logger, deps) {
    const env = deps.env;
    const now = deps.now ?? (() => new Date());
    const policy = (0,policy_config/* policyFromConfig */.n)(config);
    const warnings = [];
    const refs = [];
    let scan;
    if (config.path) {
        scan = await (0,src_scan/* scanWorkspace */.H9)({ root: config.path, include: config.include, exclude: config.exclude, maxFileSize: config.maxFileSize }, logger);
        refs.push(...scan.refs.map(r => ({ ...r, origin: 'scan' })));
        logger.info(`scan: ${(0,src_scan/* closingLine */.oM)(scan)}`);
    }
    deps.verifier.bindRegistries?.((0,credentials/* registriesOf */.Ho)([...refs.map(r => r.name), ...config.images.map(i => (0,reference/* parseNormalizedNamed */.oS)(i).name)]));
    const fromImages = await refsFromImages(config.images, deps.verifier, logger, warnings);
    refs.push(...fromImages.refs);
    const { targets, unpinned } = (0,engine_targets/* groupRefs */.e)(refs);
    const notEnforceable = deps.policy ? reportPolicySet(deps.policy.set, logger, config.requireSigned) : [];
    const policyNow = now();
    const perImage = deps.policy;
    const evaluate = perImage && (perImage.evaluate ?? ((image, at) => (0,src_policy/* evaluateImage */.d3)(perImage.set, image, perImage.check, at)));
    const verifyTarget = (target) => evaluate ? evaluate({ name: target.name, digest: target.digest, tag: target.tags[0] }, policyNow) : deps.verifier.verify(target);
    const imageTimeoutMs = deps.imageTimeoutMs ?? IMAGE_TIMEOUT_FACTOR * config.timeoutMs;
    let done = 0;
    const verdicts = await (0,engine_targets/* mapBounded */.y)(targets, config.concurrency, async (target) => {
        let verdict;
        try {
            verdict = await withImageDeadline(signal => (0,registry/* withRequestSignal */.QK)(signal, () => verifyTarget(target)), imageTimeoutMs, target);
        }
        catch (e) {
            verdict = (0,src_policy/* unverifiedVerdict */.vA)(target.name, target.digest, (0,cosign/* statusFor */.SR)(e), `verification could not complete: ${(0,errors/* messageOf */.bD)(e)}`);
        }
        deps.onVerdict?.(++done, targets.length, verdict);
        return verdict;
    });
    await tagHints(targets, verdicts, deps.verifier, config.concurrency);
    const items = [
        ...targets.map((t, i) => (0,report/* toReportItem */.TZ)(verdicts[i], t.tags, sourcesOf(t.refs), t.name)),
        ...unpinned.map(u => (0,report/* toReportItem */.TZ)((0,src_policy/* unverifiedVerdict */.vA)(u.name, undefined, 'unpinned', `referenced by tag ${u.tag ?? 'latest'} without a digest: what runs can change without a commit; pin it as ${u.name}@sha256:…`), u.tag ? [u.tag] : [], sourcesOf(u.refs))),
        ...fromImages.broken.map(v => (0,report/* toReportItem */.TZ)(v, [], []))
    ];
    const introduced = await (0,forge/* classifyIntroduced */.cP)(items.map(i => ({ image: (0,forge/* imageKey */.p2)({ name: `${i.registry}/${i.repository}`, digest: i.verdict.digest, tag: i.tags[0] }), sources: i.sources })), deps.changes, imagesInFile);
    items.forEach((item, i) => (item.introduced = introduced[i]));
    const run = (0,report/* runContextFromEnv */.wX)(env);
    const checkedAt = now();
    const records = items.map(item => (0,report/* toRecord */.Lv)(item, policy, run, checkedAt));
    const resultsError = await (0,report/* writeResultsReported */.NM)(config.resultsFile, records, logger);
    const upload = config.upload
        ? await (0,report/* uploadResults */.g4)(records.map(r => JSON.stringify(r)), { baseUrl: config.fremforgeUrl, token: config.apiToken, run, logger, timeoutMs: config.timeoutMs })
        : { state: 'skipped', chunks: 0, records: 0, message: 'upload is turned off (upload: false)' };
    const counts = (0,src_policy/* countVerdicts */.qX)(items.map(i => i.verdict), policy);
    // Unknown origin counts as new: `fail-on: new` must not pass what it could not classify.
    const newFindings = items.filter(i => (0,src_policy/* isFinding */.qd)(i.verdict, policy) && i.introduced !== false).length;
    return {
        scan,
        refs,
        items,
        records,
        counts,
        policy,
        resultsFile: config.resultsFile,
        upload,
        unscanned: scan?.unscanned ?? [],
        policyFailed: (config.failOn === 'new' ? newFindings > 0 : counts.findings > 0) ||
            (policy.requireSigned && (scan?.unscanned.length ?? 0) > 0) ||
            (config.requireSigned && notEnforceable.length > 0),
        uploadFailed: upload.state === 'failed' && config.uploadFailure === 'fail',
        warnings,
        newFindings,
        ...(deps.policy ? { policySet: deps.policy.set } : {}),
        notEnforceable,
        ...(resultsError ? { resultsError } : {})
    };
}
/** Logs what the policy set cannot enforce (an error under require-signed) and its notes. */
function reportPolicySet(set, logger, requireSigned) {
    for (const note of set.notes)
        logger.info(`policy: ${note}`);
    const out = set.policies.filter(p => p.mode !== 'skip').flatMap(p => p.unenforceable);
    for (const u of out) {
        const message = `policy ${u.policy} is not enforceable: ${u.field}: ${u.reason}`;
        if (requireSigned)
            logger.error(message, { file: u.position.file, line: u.position.line });
        else
            logger.warning(message, { file: u.position.file, line: u.position.line });
    }
    return out;
}


/***/ })

};
