export const id = 528;
export const ids = [528];
export const modules = {

/***/ 39528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createPolicyRun: () => (/* binding */ createPolicyRun)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/cosign/index.ts + 38 modules
var cosign = __webpack_require__(50827);
// EXTERNAL MODULE: ./src/engine/authority-check.ts
var authority_check = __webpack_require__(38954);
// EXTERNAL MODULE: ./src/engine/compose.ts + 6 modules
var compose = __webpack_require__(41687);
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
    return {
        ...client,
        getManifest: (repo, reference, options) => once(`m ${at(repo, reference, options)}`, () => client.getManifest(repo, reference, options)),
        headManifest: (repo, reference, options) => once(`h ${at(repo, reference, options)}`, () => client.headManifest(repo, reference, options)),
        getBlob: (repo, digest, options) => once(`b ${at(repo, digest, options)}`, () => client.getBlob(repo, digest, options)),
        listReferrers: (repo, subject, artifactType) => once(`r ${at(repo, subject, artifactType)}`, () => client.listReferrers(repo, subject, artifactType))
    };
}

// EXTERNAL MODULE: ./node_modules/fast-glob/out/index.js
var fast_glob_out = __webpack_require__(25648);
var out_default = /*#__PURE__*/__webpack_require__.n(fast_glob_out);
// EXTERNAL MODULE: ./node_modules/micromatch/index.js
var micromatch = __webpack_require__(98785);
var micromatch_default = /*#__PURE__*/__webpack_require__.n(micromatch);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/policy/index.ts + 19 modules
var policy = __webpack_require__(70345);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./src/forge/index.ts + 12 modules
var forge = __webpack_require__(99884);
;// CONCATENATED MODULE: ./src/engine/policy-base.ts


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
        const child = (0,external_node_child_process_.spawn)('git', ['-C', cwd, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' } });
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
    const pr = await (0,forge/* pullRequestFromEnv */.Gz)(env);
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

;// CONCATENATED MODULE: ./src/engine/policy-files.ts








/** Policy files are small; a bigger one is refused rather than read (the pull request is the attacker). */
const MAX_POLICY_FILE_BYTES = 1024 * 1024;
const AUTO_IGNORE = ['**/.git/**', '**/node_modules/**'];
function inside(root, target) {
    const rel = external_node_path_default().relative(root, target);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
}
function worktree(workspace) {
    return {
        glob: patterns => out_default()(patterns, { cwd: workspace, ignore: AUTO_IGNORE, dot: true, followSymbolicLinks: false, onlyFiles: true }),
        size: async (file) => {
            const info = await (0,promises_.stat)(external_node_path_default().join(workspace, file)).catch(() => undefined);
            return info?.isFile() ? info.size : undefined;
        },
        head: async (file, max) => {
            const handle = await (0,promises_.open)(external_node_path_default().join(workspace, file), 'r').catch(() => undefined);
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
            const absolute = external_node_path_default().resolve(workspace, dir, file);
            try {
                const real = await (0,promises_.realpath)(absolute);
                if (!inside(await (0,promises_.realpath)(workspace), real))
                    throw new policy/* PolicyFileError */.zj('POLICY_FIELD_INVALID', `${what} '${file}' is outside the workspace`, where);
                const info = await (0,promises_.stat)(real);
                if (info.size > MAX_POLICY_FILE_BYTES)
                    throw new policy/* PolicyFileError */.zj('POLICY_FIELD_INVALID', `${what} '${file}' is larger than ${MAX_POLICY_FILE_BYTES} bytes`, where);
                return { text: await (0,promises_.readFile)(real, 'utf8'), absolute: real };
            }
            catch (e) {
                if (e instanceof policy/* PolicyFileError */.zj)
                    throw e;
                throw new policy/* PolicyFileError */.zj('POLICY_FILE_NOT_FOUND', `${what} '${file}' cannot be read (${e.code ?? 'error'})`, where);
            }
        }
    };
}
const REGULAR = new Set(['100644', '100755']);
function baseTree(workspace, tree) {
    const regular = [...tree.entries].filter(([, e]) => REGULAR.has(e.mode)).map(([f]) => f);
    const short = tree.commit.slice(0, 12);
    return {
        glob: async (patterns) => micromatch_default()(regular, patterns, { dot: true, ignore: AUTO_IGNORE }),
        size: async (file) => {
            const entry = tree.entries.get(file);
            return entry && REGULAR.has(entry.mode) ? entry.size : undefined;
        },
        head: async (file, max) => {
            const entry = tree.entries.get(file);
            return entry ? tree.read(entry, max) : '';
        },
        read: async (dir, file, what, where) => {
            const joined = external_node_path_default().isAbsolute(file) ? external_node_path_default().relative(workspace, file).split((external_node_path_default()).sep).join('/') : external_node_path_default().posix.join(dir, file.split((external_node_path_default()).sep).join('/'));
            const rel = external_node_path_default().posix.normalize(joined);
            if (rel.startsWith('../') || rel === '..' || external_node_path_default().posix.isAbsolute(rel))
                throw new policy/* PolicyFileError */.zj('POLICY_FIELD_INVALID', `${what} '${file}' is outside the workspace`, where);
            const entry = tree.entries.get(rel);
            if (!entry || entry.mode.startsWith('04') || entry.mode === '160000')
                throw new policy/* PolicyFileError */.zj('POLICY_FILE_NOT_FOUND', `${what} '${file}' is not in the pull request's base commit ${short}`, where);
            if (!REGULAR.has(entry.mode))
                throw new policy/* PolicyFileError */.zj('POLICY_FIELD_INVALID', `${what} '${file}' is a symbolic link in the base commit ${short}; name the file itself`, where);
            if (entry.size > MAX_POLICY_FILE_BYTES)
                throw new policy/* PolicyFileError */.zj('POLICY_FIELD_INVALID', `${what} '${file}' is larger than ${MAX_POLICY_FILE_BYTES} bytes`, where);
            return { text: await tree.read(entry, MAX_POLICY_FILE_BYTES) };
        }
    };
}
const toPosix = (file) => external_node_path_default().posix.normalize(file.split((external_node_path_default()).sep).join('/'));
async function listPolicyFiles(patterns, tree, fromBase) {
    const out = new Map();
    for (const pattern of patterns) {
        if (pattern === 'auto') {
            for (const f of (await tree.glob(['**/*.yaml', '**/*.yml'])).sort())
                if (!out.has(f))
                    out.set(f, 'auto');
            continue;
        }
        if (external_node_path_default().isAbsolute(pattern) || pattern.split(/[\\/]/).includes('..')) {
            throw new errors/* AppError */.uV('INPUT_INVALID', `option 'policy': expected paths relative to the workspace, found '${pattern}'`, { details: { option: 'policy' } });
        }
        const dynamic = out_default().isDynamicPattern(pattern);
        const found = dynamic ? await tree.glob(pattern) : [pattern];
        // In a pull request a glob may match only files the pull request adds: those are reported, not an input error.
        if (found.length === 0 && !fromBase)
            throw new errors/* AppError */.uV('INPUT_INVALID', `option 'policy': no file matches '${pattern}'`, { details: { option: 'policy' } });
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
    const origin = options.env ? await policyOriginFor(options.env, options.workspace, options.timeoutMs) : { kind: 'worktree' };
    if (origin.kind === 'unavailable') {
        const message = `policy: the pull request's base commit cannot be read, so its policy cannot be either: ${origin.reason}; check out with fetch-depth: 0 (actions/checkout) or fetch the base commit`;
        if (options.requireSigned)
            throw new errors/* AppError */.uV('POLICY_BASE_UNAVAILABLE', message, { details: { option: 'policy' } });
        options.logger.warning(`${message}; the pull request's own policy files are not used [POLICY_BASE_UNAVAILABLE]`);
        return (0,policy/* loadPolicySet */.ti)([], options.noMatch);
    }
    const work = worktree(options.workspace);
    const tree = origin.kind === 'base' ? baseTree(options.workspace, origin.tree) : work;
    if (origin.kind === 'base')
        options.logger.info(`policy: read from the pull request's base commit ${origin.tree.commit.slice(0, 12)}, not from its working tree`);
    const skipped = (file, why, line = 1) => {
        const message = `policy: auto skipped ${file}: ${why}`;
        if (options.requireSigned)
            throw new errors/* AppError */.uV('POLICY_FILE_SKIPPED', `${message}; under require-signed a policy that is not read fails the run`, { details: { file, line } });
        options.logger.warning(message, { file, line });
    };
    const files = [];
    for (const { file, origin: how } of await listPolicyFiles(options.patterns, tree, origin.kind === 'base')) {
        const explicit = how === 'path';
        if (how === 'auto') {
            const size = await tree.size(file);
            if (size === undefined)
                continue;
            const content = await tree.head(file, MAX_POLICY_FILE_BYTES);
            if (!(0,policy/* mayHoldPolicy */.D9)(content))
                continue;
            if (size > MAX_POLICY_FILE_BYTES) {
                skipped(file, `larger than ${MAX_POLICY_FILE_BYTES} bytes`);
                continue;
            }
            // A template that is not YAML yet (Helm) is reported and left out, never half-read.
            try {
                (0,policy/* loadPolicySet */.ti)([{ file, content, explicit }], options.noMatch);
            }
            catch (e) {
                if (!(e instanceof policy/* PolicyFileError */.zj) || e.code !== 'POLICY_YAML_INVALID')
                    throw e;
                skipped(file, e.message, Number(e.details.line));
                continue;
            }
            files.push({ file, content, explicit });
            continue;
        }
        try {
            const { text } = await tree.read('', file, 'policy file', { file, line: 1 });
            files.push({ file, content: text, explicit });
        }
        catch (e) {
            // A policy file the pull request adds is reported below; one that exists nowhere is an error.
            if (origin.kind !== 'base' || !(e instanceof policy/* PolicyFileError */.zj) || e.code !== 'POLICY_FILE_NOT_FOUND' || (await work.size(file)) === undefined)
                throw e;
        }
    }
    const set = (0,policy/* loadPolicySet */.ti)(files, options.noMatch);
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
        const text = await work.head(file, MAX_POLICY_FILE_BYTES + 1);
        const base = baseText ?? ((await tree.size(file)) === undefined ? undefined : await tree.head(file, MAX_POLICY_FILE_BYTES + 1));
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
        if (origin !== 'path' && !(0,policy/* mayHoldPolicy */.D9)(await work.head(file, MAX_POLICY_FILE_BYTES)))
            continue;
        await report(file, 'policy', base.get(file));
    }
}
async function resolveFiles(authority, policy, tree, changed) {
    const dir = external_node_path_default().posix.dirname(authority.position.file.split((external_node_path_default()).sep).join('/'));
    const where = authority.position;
    const read = async (file, what) => {
        const got = await tree.read(dir, file, what, where);
        if (changed && !external_node_path_default().isAbsolute(file))
            await changed(external_node_path_default().posix.normalize(external_node_path_default().posix.join(dir, file)), what.split(' ')[0], got.text);
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
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'fremforge-policy-base-'));
    const file = external_node_path_default().join(dir, 'trusted_root.json');
    await (0,promises_.writeFile)(file, text, { mode: 0o600 });
    return file;
}

;// CONCATENATED MODULE: ./src/engine/policy-run.ts






/**
 * Loads the `policy` input and builds per-authority verification over one registry client. With
 * `env` (the action, the CLI) a pull request's policy is read from its base commit.
 */
async function createPolicyRun(config, logger, env) {
    const set = await loadPolicyFiles({ patterns: config.policy, workspace: config.workspace, noMatch: config.noMatch, logger, env, requireSigned: config.requireSigned, timeoutMs: config.timeoutMs });
    const scoped = (0,compose.registryClientFor)(config, logger);
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
