export const id = 848;
export const ids = [848];
export const modules = {

/***/ 77848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cP: () => (/* reexport */ classifyIntroduced),
  p2: () => (/* reexport */ imageKey),
  Gz: () => (/* reexport */ pullRequestFromEnv),
  uploadToken: () => (/* reexport */ uploadToken)
});

// UNUSED EXPORTS: ForgeError, MAX_BASE_FILES, MAX_CHECK_ANNOTATIONS, MAX_COMMENT_ROWS, addedLinesOfPatch, apiUrlFromEnv, changedLinesFromGit, changesForRun, commentAction, commentMarker, createForgejoClient, forgeErrorFor, isIntroduced, mdText, mdUrl, parseUnifiedDiff, publishFeedback, renderComment, repoPrefix, requestIdToken, toCheckAnnotations, toPullRequest

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
function changed_lines_parseUnifiedDiff(diff) {
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
const MAX_DIFF_BYTES = (/* unused pure expression or super */ null && (64 * 1024 * 1024));
function git(cwd, args, timeoutMs) {
    return new Promise((resolve, reject) => {
        execFile('git', ['-C', cwd, ...args], { timeout: timeoutMs, maxBuffer: MAX_DIFF_BYTES, encoding: 'utf8' }, (error, stdout) => (error ? reject(error) : resolve(stdout)));
    });
}
/**
 * Lines added against the merge base, from local history. Null when the history is not there
 * (shallow clone without the base commit), so the caller can ask the forge API instead.
 * The list of changed files comes from `-z` output (exact names, no quoting); a file the patch
 * parser could not map counts as changed in full (review finding 4: fail closed).
 */
async function changedLinesFromGit(options) {
    return (await changed_lines_diffFromGit(options))?.lines ?? null;
}
/** What changedLinesFromGit reads, with the merge base the diff was taken against. */
async function changed_lines_diffFromGit(options) {
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
        const patch = changed_lines_parseUnifiedDiff(await git(options.cwd, [...PLAIN, ...diffArgs, '--unified=0', '--src-prefix=a/', '--dst-prefix=b/', range, '--'], timeoutMs));
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
const PLAIN = (/* unused pure expression or super */ null && (['-c', 'core.quotePath=false', '-c', 'diff.noprefix=false', '-c', 'diff.mnemonicPrefix=false', '-c', 'color.ui=false']));
/** A file's content at `rev` (repository-relative path); null when absent, unreadable or over `maxBytes`. */
async function changed_lines_readAtRevision(cwd, rev, file, maxBytes, timeoutMs = 60_000) {
    return new Promise(resolve => {
        execFile('git', ['-C', cwd, 'cat-file', 'blob', `${rev}:${file}`], { timeout: timeoutMs, maxBuffer: maxBytes, encoding: 'utf8' }, (error, stdout) => resolve(error ? null : stdout));
    });
}
/** The path of the scan root inside the repository, to match scanner paths with diff paths. */
async function changed_lines_repoPrefix(cwd, scanRoot, timeoutMs = 10_000) {
    try {
        const top = (await git(cwd, ['rev-parse', '--show-toplevel'], timeoutMs)).trim();
        const rel = path.relative(top, scanRoot);
        return rel.startsWith('..') ? '' : rel.split(path.sep).join('/');
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



const DEFAULT_MAX_BASE_BYTES = (/* unused pure expression or super */ null && (5 * 1024 * 1024));
/**
 * The lines a pull request added or changed: `git diff` against the merge base when the
 * history is there, else the forge API. Null outside pull requests or when neither answers.
 */
async function changesForRun(o) {
    if (!o.pr)
        return null;
    const root = await realpath(o.scanRoot ?? o.workspace).catch(() => o.scanRoot ?? o.workspace);
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
        o.logger.warning(`new-versus-existing: could not read the pull request's changed files: ${messageOf(e)}; findings are not classified`);
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
class errors_ForgeError extends errors/* AppError */.uV {
    status;
    constructor(code, message, status, cause) {
        super(code, message, { cause, details: status === undefined ? {} : { status } });
        this.name = 'ForgeError';
        this.status = status;
    }
}
function errors_forgeErrorFor(status, what, cause) {
    if (status === 401 || status === 403)
        return new errors_ForgeError('FORGE_FORBIDDEN', `${what}: HTTP ${status}`, status, cause);
    if (status === 404)
        return new errors_ForgeError('FORGE_NOT_FOUND', `${what}: HTTP 404`, status, cause);
    if (status === undefined)
        return new errors_ForgeError('FORGE_NETWORK', `${what}: no answer`, status, cause);
    return new errors_ForgeError('FORGE_HTTP', `${what}: HTTP ${status}`, status, cause);
}

;// CONCATENATED MODULE: ./src/forge/forgejo.ts



const PAGE = 50;
const MAX_PAGES = 40;
const MAX_BODY_BYTES = (/* unused pure expression or super */ null && (64 * 1024 * 1024));
/** Forgejo's (and Gitea's) REST API: `/api/v1/repos/{owner}/{repo}/issues/{index}/comments`. */
function createForgejoClient(o) {
    // @actions/http-client honours the runner's proxy settings (https_proxy, no_proxy).
    const http = new HttpClient('fremforge-cosign', [], { socketTimeout: o.timeoutMs, allowRetries: false });
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

// EXTERNAL MODULE: ./src/report/index.ts + 17 modules
var report = __webpack_require__(25393);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/policy/index.ts + 19 modules
var policy = __webpack_require__(70345);
;// CONCATENATED MODULE: ./src/forge/markdown.ts


// Every character that starts Markdown or HTML syntax (links, images, emphasis, code, tables,
// headings, mentions, HTML tags), written as a numeric entity: it renders as itself on GitHub
// and Forgejo, and entities cannot be turned back into syntax by later escaping.
const SPECIAL = /[\\`*_{}[\]()<>#+!|~@&"':\-=^$%]/g;
/**
 * Neutralises a string from outside (file names, identities, registry answers) for a comment
 * or check-run summary: one line, no Markdown, no HTML, bounded.
 */
function markdown_mdText(text, max = 200) {
    // One definition of "control" (bidi controls included, "Trojan Source"): shown as escapes, as in logs.
    const line = truncateMiddle(escapeControls(text.trim()), max);
    return line.replace(SPECIAL, c => `&#${c.codePointAt(0)};`);
}
/** A URL for a Markdown link target: only http(s), and no character that ends the target. */
function markdown_mdUrl(url) {
    if (!/^https?:\/\//i.test(url))
        return null;
    return url.replace(/[()<>\s"'`[\]\\|]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

;// CONCATENATED MODULE: ./src/forge/comment.ts




const MAX_COMMENT_ROWS = 50;
/** Hidden marker naming the workflow and job, so each job keeps exactly one comment. */
function comment_commentMarker(workflow, job) {
    const id = createHash('sha256').update(`${workflow}\u0000${job}`).digest('hex').slice(0, 16);
    return `<!-- fremforge-cosign:${id} -->`;
}
function where(item, input) {
    const links = item.sources.slice(0, 2).map(s => {
        const file = input.prefix ? `${input.prefix}/${s.file}` : s.file;
        const label = mdText(`${file}:${s.line}`, 80);
        const url = fileUrl({ ...input.run, sha: input.headSha }, input.platform, file, s.line);
        const safe = url ? mdUrl(url) : null;
        return safe ? `[${label}](${safe})` : label;
    });
    if (item.sources.length > 2)
        links.push(`+${item.sources.length - 2}`);
    return links.join('<br>') || '—';
}
function row(item, input) {
    const v = item.verdict;
    const image = `${item.registry}/${item.repository}${v.digest ? `@${shortDigest(v.digest)}` : item.tags[0] ? `:${item.tags[0]}` : ''}`;
    const fresh = item.introduced === true ? '🆕' : '';
    const finding = isFinding(v, input.policy);
    return `| ${fresh} | ${mdText(image, 90)} | ${severityIcon(v.status, finding)} ${v.status}${finding ? ' (finding)' : ''} | ${mdText(reasonOf(v), 170)} | ${where(item, input)} |`;
}
/** The sticky comment: new unverified images first, counts, links to file:line at the head. */
function comment_renderComment(input) {
    const problems = sortItems(input.items, input.policy).filter(i => i.verdict.status !== 'verified');
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
function comment_commentAction(mode, hasProblems, existing) {
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
    return messageOf(e);
}
function toCheckAnnotations(items, policy, prefix) {
    return toAnnotations(items, policy).map(a => ({
        path: prefix ? `${prefix}/${a.file}` : a.file,
        start_line: a.line,
        end_line: a.line,
        annotation_level: a.level === 'error' ? 'failure' : 'warning',
        title: truncateEnd(a.title, 255),
        message: truncateEnd(a.message, 4000)
    }));
}
function checkSummary(input) {
    const c = input.counts;
    const lines = [`**${c.images}** images · ✅ ${c.verified} verified · ❌ ${c.unsigned} unsigned · ⚠️ ${c.failed} failed · 📌 ${c.unpinned} unpinned · 🚩 ${c.findings} findings`, ''];
    for (const item of sortItems(input.items, input.policy).filter(i => i.verdict.status !== 'verified').slice(0, 100)) {
        const hint = hintsOf(item.verdict)[0];
        lines.push(`- ${item.introduced === true ? '🆕 ' : ''}${mdText(`${item.registry}/${item.repository}`, 90)} — ${item.verdict.status}: ${mdText(reasonOf(item.verdict), 170)}${hint ? ` (hint: ${mdText(hint, 160)})` : ''}`);
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












/***/ })

};
