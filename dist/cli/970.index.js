export const id = 970;
export const ids = [970];
export const modules = {

/***/ 7970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCliGuarded: () => (/* binding */ runCliGuarded)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/report/index.ts + 17 modules
var report = __webpack_require__(25393);
// EXTERNAL MODULE: ./src/config/index.ts + 2 modules
var src_config = __webpack_require__(23525);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/cli/suggest.ts
/** Levenshtein distance, for "did you mean" on a mistyped command or flag. */
function distance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++)
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = current;
    }
    return previous[b.length];
}
/** The closest candidate within a third of the typed length (at least 1, at most 3 edits), if any. */
function suggest(typed, candidates) {
    const limit = Math.min(3, Math.max(1, Math.floor(typed.length / 3)));
    let best;
    for (const name of candidates) {
        const d = distance(typed, name);
        if (d <= limit && (!best || d < best.d))
            best = { name, d };
    }
    return best?.name;
}

;// CONCATENATED MODULE: ./src/cli/args.ts




const COMMANDS = ['scan', 'verify', 'sign', 'sign-and-verify'];
const FLAGS = src_config/* OPTIONS */.lw.filter(o => o.name !== 'mode');
const flagNamed = (name) => FLAGS.find(o => o.name === name);
const unknown = (what, name, candidates, prefix = '') => {
    const near = suggest(name, candidates);
    return new errors/* AppError */.uV('INPUT_UNKNOWN', `unknown ${what} '${prefix}${name}'${near ? ` (did you mean '${prefix}${near}'?)` : ''}`, { details: { [what]: name, suggestion: near } });
};
const invalid = (name, message) => new errors/* AppError */.uV('INPUT_INVALID', `option '--${name}' ${message}`, { details: { option: name } });
function booleanValue(name, value) {
    if (/^(true|false)$/i.test(value))
        return value.toLowerCase();
    throw invalid(name, `takes true or false, found '${value}'`);
}
/**
 * `fremforge-cosign <command> [--flag value | --flag=value | --bool-flag [true|false] | --no-bool-flag]`.
 * node:util parseArgs tokenizes with getopt's rule: an option that takes a value takes the next
 * argument whatever it starts with, so `--key "$(cat cosign.pub)"` works. List flags also take
 * every following plain argument and may repeat.
 */
function parseArgs(argv) {
    const options = { help: { type: 'boolean', short: 'h' }, version: { type: 'boolean' } };
    for (const o of FLAGS)
        options[o.name] = { type: o.type === 'boolean' ? 'boolean' : 'string' };
    const { tokens } = (0,external_node_util_.parseArgs)({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
    const raw = {};
    const lists = {};
    let command;
    let help = false;
    let version = false;
    // The option a following plain argument may belong to: a list, or a boolean given as `--flag false`.
    let open;
    for (const token of tokens) {
        if (token.kind === 'option-terminator') {
            open = undefined;
            continue;
        }
        if (token.kind === 'positional') {
            const value = token.value;
            if (open?.spec.type === 'list') {
                lists[open.spec.name].push(value);
                continue;
            }
            if (open?.spec.type === 'boolean' && !open.taken && /^(true|false)$/i.test(value)) {
                raw[open.spec.name] = value.toLowerCase();
                open.taken = true;
                continue;
            }
            if (command === undefined) {
                if (!COMMANDS.includes(value))
                    throw unknown('command', value, COMMANDS);
                command = value;
                continue;
            }
            throw new errors/* AppError */.uV('INPUT_UNKNOWN', `unexpected argument '${value}'`, { details: { argument: value } });
        }
        open = undefined;
        const name = token.name;
        if (name === 'help' || name === 'h') {
            help = true;
            continue;
        }
        if (name === 'version') {
            version = true;
            continue;
        }
        const spec = flagNamed(name);
        if (!spec) {
            const negated = name.startsWith('no-') ? flagNamed(name.slice(3)) : undefined;
            if (negated?.type === 'boolean' && token.value === undefined) {
                raw[negated.name] = 'false';
                continue;
            }
            throw unknown('option', name, FLAGS.map(o => o.name), token.rawName.startsWith('--') ? '--' : '-');
        }
        if (spec.type === 'boolean') {
            raw[name] = token.value === undefined ? 'true' : booleanValue(name, token.value);
            open = token.value === undefined ? { spec, taken: false } : undefined;
        }
        else if (token.value === undefined) {
            throw invalid(name, spec.type === 'list' ? 'needs at least one value' : 'needs a value');
        }
        else if (spec.type === 'list') {
            ;
            (lists[name] ??= []).push(token.value);
            open = { spec, taken: true };
        }
        else {
            raw[name] = token.value;
        }
    }
    for (const [name, values] of Object.entries(lists))
        raw[name] = values.join('\n');
    if (command)
        raw.mode = command;
    return { command, raw, help, version };
}
/** A mistake in the command line: a bad option, or a --path that is not a readable directory. */
function isUsageError(e) {
    return (0,errors/* isAppError */.Y6)(e) && (e.code.startsWith('INPUT_') || e.code === 'SCAN_ROOT_UNREADABLE');
}
const COMMAND_HELP = {
    scan: 'list the image references found under --path',
    verify: 'verify the cosign signatures of every digest-pinned image (and --images)',
    sign: 'sign --images (keyless with an OIDC token, or with --key)',
    'sign-and-verify': 'sign, then verify what was signed'
};
/** The usage: of one command when given, of the program otherwise. */
function helpText(command) {
    const lines = command
        ? [`Usage: fremforge-cosign ${command} [options]`, '', `${command}: ${COMMAND_HELP[command]}.`, '']
        : ['Usage: fremforge-cosign <command> [options]', '', 'Commands:', ...COMMANDS.map(c => `  ${c.padEnd(18)}${COMMAND_HELP[c]}`), ''];
    lines.push('Options (each is also the action input of the same name):');
    for (const o of FLAGS) {
        const kind = o.type === 'boolean' ? ' [true|false]' : o.type === 'list' ? ' <value…>' : o.choices ? ` <${o.choices.join('|')}>` : ' <value>';
        const def = o.default !== undefined ? ` (default: ${o.default})` : '';
        const negation = o.type === 'boolean' ? `, --no-${o.name}` : '';
        lines.push(`  --${o.name}${kind}${negation}`, `      ${o.description.replace(/`/g, '')}${def}`);
    }
    lines.push('  --help, -h', '      print this help (after a command: that command\'s help)', '  --version', '      print the version', '', 'An option that takes a value takes the next argument even when it starts with a dash (--key "$(cat cosign.pub)").', 'Exit codes: 0 the policy passes, 1 the policy fails, 2 usage error.');
    if (!command)
        lines.push("Run 'fremforge-cosign <command> --help' for one command.");
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/policy/index.ts + 19 modules
var src_policy = __webpack_require__(70345);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/policy/errors.ts
var policy_errors = __webpack_require__(44795);
;// CONCATENATED MODULE: ./src/policy/export/patterns.ts
/**
 * Pattern translation between the engines. policy-controller globs match go-containerregistry
 * names (index.docker.io, `*` stops at `/`); Kyverno wildcards match docker.io names and `*`
 * crosses `/`. Each function returns the pattern and what, if anything, is lost.
 */
function globToWildcard(glob) {
    let g = glob === '*' ? 'index.docker.io/library/*' : glob === '*/*' ? 'index.docker.io/*/*' : glob;
    if (g.startsWith('index.docker.io/'))
        g = g.slice('index.'.length);
    const single = /(^|[^*])\*([^*]|$)/.test(g);
    const pattern = g.replace(/\*\*/g, '*');
    return single ? { pattern, lost: `glob '${glob}': Kyverno's * also crosses '/', so '${pattern}' matches more repositories` } : { pattern };
}
function wildcardToGlob(pattern) {
    let p = pattern;
    if (p.startsWith('docker.io/'))
        p = `index.${p}`;
    if (p.includes('?'))
        return { glob: p.replace(/\?/g, '*'), lost: `wildcard '${pattern}': ? (one character) has no glob equivalent; written as *` };
    return { glob: p.replace(/\*/g, '**') };
}

;// CONCATENATED MODULE: ./src/policy/export/index.ts



/** Annotations that carry our names through a Kyverno round trip (Kyverno entries have no names). */
const NAME_ANNOTATION = 'cosign.fremforge.dev/policy-name';
const AUTHORITIES_ANNOTATION = 'cosign.fremforge.dev/authorities';
/** Kubernetes object names (RFC 1123 subdomain): what policy-controller and Kyverno accept as `metadata.name`. */
const DNS_1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
function isDnsSubdomain(name) {
    return name.length <= 253 && DNS_1123_SUBDOMAIN.test(name);
}
// C0, DEL, C1, the Unicode line breaks (NEL is in C1) and the bidi controls: none may reach a comment.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const COMMENT_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/**
 * One comment line whatever the value holds: a policy name, file path or reason comes from the
 * repository, and a line break in a comment would start a YAML document of the author's choosing.
 */
function yamlComment(text) {
    return text.replace(COMMENT_UNSAFE, ch => `\\u{${ch.charCodeAt(0).toString(16)}}`);
}
const dnsName = (name) => name
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 253) || 'policy';
function identityOut(id) {
    return Object.fromEntries(Object.entries(id).filter(([, v]) => v !== undefined));
}
function extensionsLost(p, lost) {
    if (p.mode === 'skip')
        lost.push(`mode skip (exemption: ${p.reason ?? ''}): written as a static pass authority`);
    if (p.expires)
        lost.push(`expires ${p.expires}: admission policies have no expiry; remove this policy after that date`);
    for (const u of p.unenforceable)
        lost.push(`not enforceable here, kept as read: ${u.field}: ${u.reason}`);
}
function toClusterImagePolicy(p, lost) {
    extensionsLost(p, lost);
    const images = p.engine === 'glob' ? p.images : p.images.map(w => { const t = wildcardToGlob(w); if (t.lost)
        lost.push(t.lost); return t.glob; });
    if (p.skip.length > 0)
        lost.push(`skipImageReferences ${p.skip.join(', ')}: policy-controller globs cannot exclude images`);
    if (p.threshold > 1)
        lost.push(`threshold ${p.threshold}: policy-controller accepts any one authority`);
    const authorities = p.mode === 'skip' ? [{ name: 'exemption', static: { action: 'pass' } }] : p.authorities.map(a => authorityToCip(a, lost));
    return {
        apiVersion: 'policy.sigstore.dev/v1beta1',
        kind: 'ClusterImagePolicy',
        metadata: { name: dnsName(p.name), ...(dnsName(p.name) !== p.name ? { annotations: { [NAME_ANNOTATION]: p.name } } : {}) },
        spec: { images: images.map(glob => ({ glob })), authorities, ...(p.mode === 'warn' ? { mode: 'warn' } : {}) }
    };
}
/** policy-controller `attestations[]`: name and predicate type; a CUE/Rego policy as read; conditions and attestors are lost. */
function attestationsToCip(a, lost) {
    if (a.attestations.length === 0)
        return {};
    const out = a.attestations.map(att => {
        if (att.conditions?.blocks)
            lost.push(`authority ${a.name}: conditions of attestation ${att.name}: policy-controller evaluates CUE or Rego, not Kyverno conditions`);
        if (att.attestors)
            lost.push(`authority ${a.name}: identities of attestation ${att.name}: policy-controller requires the authority itself to sign it`);
        const policy = att.conditions && !att.conditions.blocks ? { policy: { type: att.conditions.type, ...(att.conditions.data !== undefined ? { data: att.conditions.data } : {}) } } : {};
        return { name: att.name, predicateType: att.predicateType, ...policy };
    });
    return { attestations: out };
}
/** Kyverno `attestations[]` of a rule: shared by all its attestor entries. */
function attestationsToKyverno(p, lost) {
    const all = p.authorities.flatMap(a => a.attestations);
    if (all.length === 0)
        return {};
    const key = (x) => JSON.stringify({ t: x.predicateType, c: x.conditions?.blocks, a: x.attestors });
    const distinct = [...new Map(all.map(x => [key(x), x])).values()];
    if (p.authorities.some(a => a.attestations.length !== distinct.length))
        lost.push('attestations required by some authorities only: Kyverno requires them of every image the rule matches');
    const attestors = (x) => x.attestors
        ? {
            attestors: [
                {
                    entries: x.attestors.map(r => ({
                        keyless: Object.fromEntries(Object.entries({ subject: r.certificateIdentity, subjectRegExp: r.certificateIdentityRegexp, issuer: r.certificateOidcIssuer, issuerRegExp: r.certificateOidcIssuerRegexp }).filter(([, v]) => v !== undefined))
                    }))
                }
            ]
        }
        : {};
    return {
        attestations: distinct.map(x => {
            if (x.conditions && !x.conditions.blocks)
                lost.push(`attestation ${x.name}: a ${x.conditions.type} policy has no Kyverno equivalent`);
            return { name: x.name, predicateType: x.predicateType, ...attestors(x), ...(x.conditions?.blocks ? { conditions: x.conditions.blocks } : {}) };
        })
    };
}
function authorityToCip(a, lost) {
    const source = { ...(a.source.length > 0 ? { source: a.source.map(s => ({ oci: s.oci })) } : {}), ...attestationsToCip(a, lost) };
    if (a.type === 'static')
        return { name: a.name, static: { action: a.action, ...(a.message ? { message: a.message } : {}) }, ...(a.source.length > 0 ? { source: a.source.map(s => ({ oci: s.oci })) } : {}) };
    if (a.type === 'keyless') {
        if (a.trustedRoot)
            lost.push(`authority ${a.name}: keyless.trustedRoot needs a TrustRoot resource in the cluster (trustRootRef)`);
        return { name: a.name, keyless: { identities: a.identities.map(identityOut) }, ...source };
    }
    if (!a.tlog)
        lost.push(`authority ${a.name}: tlog: false has no policy-controller equivalent`);
    if (a.keys.length > 1)
        lost.push(`authority ${a.name}: ${a.keys.length} keys${a.allKeys ? ', all required,' : ''} written as the first; add one authority per key${a.allKeys ? ' and a policy per key' : ''}`);
    const key = a.keys[0];
    return { name: a.name, key: 'data' in key ? { data: key.data } : { data: `# key file ${key.path}` }, ...source };
}
function toKyverno(p, lost) {
    extensionsLost(p, lost);
    const images = p.engine === 'wildcard' ? p.images : p.images.map(g => { const t = globToWildcard(g); if (t.lost)
        lost.push(t.lost); return t.pattern; });
    const entries = [];
    const names = [];
    for (const a of p.authorities) {
        if (a.type === 'static') {
            lost.push(`authority ${a.name}: static ${a.action} has no Kyverno attestor`);
            continue;
        }
        if (a.source.length > 0)
            lost.push(`authority ${a.name}: source.oci becomes the rule's repository only when every authority shares it`);
        if (a.type === 'keyless') {
            if (a.identities.length > 1 && p.threshold > 1)
                lost.push(`authority ${a.name}: several identities under a threshold are written as separate entries`);
            for (const id of a.identities) {
                entries.push({ keyless: identityOut(id) });
                names.push(a.name);
            }
            continue;
        }
        const pem = (key) => ('data' in key ? key.data : `# key file ${key.path}`);
        // All keys required: one entry holding them all, as Kyverno reads several publicKeys.
        for (const group of a.allKeys ? [a.keys] : a.keys.map(k => [k])) {
            entries.push({ keys: { publicKeys: group.map(k => pem(k).trim()).join('\n'), ...(a.tlog ? {} : { rekor: { ignoreTlog: true } }) } });
            names.push(a.name);
        }
    }
    const verify = {
        imageReferences: images,
        ...(p.skip.length > 0 ? { skipImageReferences: p.skip } : {}),
        ...(p.mode === 'skip' ? { required: false } : {}),
        attestors: entries.length > 0 ? [{ ...(p.threshold !== entries.length ? { count: p.threshold } : {}), entries }] : [],
        ...attestationsToKyverno(p, lost)
    };
    return {
        apiVersion: 'kyverno.io/v1',
        kind: 'ClusterPolicy',
        metadata: { name: dnsName(p.name), annotations: { [NAME_ANNOTATION]: p.name, [AUTHORITIES_ANNOTATION]: names.join(',') } },
        spec: {
            validationFailureAction: p.mode === 'enforce' ? 'Enforce' : 'Audit',
            background: false,
            rules: [{ name: 'verify-signatures', match: { any: [{ resources: { kinds: ['Pod'] } }] }, verifyImages: [verify] }]
        }
    };
}
const fromLine = (p) => `# from ${yamlComment(`${p.kind} ${p.name} (${p.position.file}:${p.position.line})`)}`;
/** Equivalent admission policies as YAML, one document per policy; what cannot be said is a comment. */
function exportPolicies(set, to) {
    const docs = [];
    for (const p of set.policies) {
        if (!isDnsSubdomain(p.name))
            throw new policy_errors/* PolicyFileError */.z('POLICY_NAME_INVALID', `policy name '${yamlComment(p.name)}' cannot be exported: an admission policy's name is a DNS-1123 subdomain (lower-case letters, digits, '-' and '.', at most 253 characters)`, p.position);
        const lost = [];
        if (to === 'kyverno' && p.mode === 'skip') {
            // Kyverno has no exemption that stands alone: say so rather than write a rule that verifies.
            docs.push(`${fromLine(p)}\n# LOST: ${yamlComment(`mode skip (exemption: ${p.reason ?? ''})${p.expires ? `, expires ${p.expires}` : ''}: not exported; add ${p.images.map(g => globToWildcard(g).pattern).join(', ')} to the other rules' skipImageReferences`)}\n`);
            continue;
        }
        const doc = to === 'kyverno' ? toKyverno(p, lost) : toClusterImagePolicy(p, lost);
        const header = [fromLine(p), ...lost.map(l => `# LOST: ${yamlComment(l)}`)];
        docs.push(`${header.join('\n')}\n${(0,dist/* stringify */.As)(doc, { lineWidth: 0 })}`);
    }
    if (to === 'policy-controller' || set.noMatch !== 'warn')
        docs.push(`# no-match: ${set.noMatch} (policy-controller: the no-match-policy setting of config-policy-controller)\n`);
    return docs.join('---\n');
}

// EXTERNAL MODULE: ./src/reference/index.ts + 5 modules
var reference = __webpack_require__(14319);
// EXTERNAL MODULE: ./src/user-file.ts
var user_file = __webpack_require__(93207);
;// CONCATENATED MODULE: ./src/cli/policy-command.ts






/** The policy command has no `timeout` option: a policy file on a local disk reads in far less. */
const POLICY_READ_TIMEOUT_MS = 30_000;
const LIST_FLAGS = new Set(['--policy', '--images']);
/** `--policy a b --images x` → `--policy a --policy b --images x`, so flags may take several values. */
function spreadLists(argv) {
    const out = [];
    let list;
    for (const arg of argv) {
        if (arg.startsWith('--'))
            list = LIST_FLAGS.has(arg) ? arg : undefined;
        else if (list && out[out.length - 1] !== list)
            out.push(list);
        out.push(arg);
    }
    return out;
}
const POLICY_HELP = [
    'Usage: fremforge-cosign policy explain --policy FILE... --images REF... [--format table|ndjson] [--no-match deny|warn|allow]',
    '       fremforge-cosign policy export --policy FILE... --to policy-controller|kyverno',
    '',
    'explain: which policies govern each image, with their modes and authorities, and what happens',
    '         if nothing verifies. Offline: no network, no trust material.',
    'export:  the same policies as admission policies (YAML on stdout); native extensions without an',
    '         equivalent are written as comments saying what is lost.'
].join('\n');
async function readPolicySet(files, noMatch) {
    const docs = await Promise.all(files.map(async (file) => {
        return { file, content: await (0,user_file/* readUserText */.nD)(file, { option: 'policy', maxBytes: src_policy/* MAX_POLICY_FILE_BYTES */.ph, timeoutMs: POLICY_READ_TIMEOUT_MS }), explicit: true };
    }));
    return (0,src_policy/* loadPolicySet */.ti)(docs, noMatch);
}
/** `fremforge-cosign policy …`: exit 0 done, 2 usage or policy errors. */
async function runPolicyCommand(argv, io, now = () => new Date()) {
    try {
        const { values, positionals } = (0,external_node_util_.parseArgs)({
            args: spreadLists(argv),
            allowPositionals: true,
            strict: true,
            options: {
                policy: { type: 'string', multiple: true },
                images: { type: 'string', multiple: true },
                format: { type: 'string', default: 'table' },
                'no-match': { type: 'string', default: 'warn' },
                to: { type: 'string' },
                help: { type: 'boolean', short: 'h' }
            }
        });
        const [action, ...extra] = positionals;
        if (values.help) {
            io.stdout(POLICY_HELP);
            return 0;
        }
        if ((action !== 'explain' && action !== 'export') || extra.length > 0)
            throw new errors/* AppError */.uV('INPUT_UNKNOWN', `expected 'policy explain' or 'policy export', found '${positionals.join(' ')}'`);
        const noMatch = values['no-match'];
        if (!src_policy/* NO_MATCH_CHOICES */.zU.includes(noMatch))
            throw new errors/* AppError */.uV('INPUT_INVALID', `option '--no-match': expected deny, warn or allow, found '${noMatch}'`);
        if (!values.policy?.length)
            throw new errors/* AppError */.uV('INPUT_INVALID', "option '--policy': at least one policy file");
        const set = await readPolicySet(values.policy, noMatch);
        if (action === 'export') {
            const to = values.to;
            if (to !== 'policy-controller' && to !== 'kyverno')
                throw new errors/* AppError */.uV('INPUT_INVALID', `option '--to': expected policy-controller or kyverno, found '${values.to ?? ''}'`);
            io.stdout(exportPolicies(set, to));
            return 0;
        }
        if (values.format !== 'table' && values.format !== 'ndjson')
            throw new errors/* AppError */.uV('INPUT_INVALID', `option '--format': expected table or ndjson, found '${values.format}'`);
        if (!values.images?.length)
            throw new errors/* AppError */.uV('INPUT_INVALID', "option '--images': at least one image reference");
        const lines = values.images.map(ref => {
            let parsed;
            try {
                parsed = (0,reference/* parseNormalizedNamed */.oS)(ref);
            }
            catch (e) {
                throw new errors/* AppError */.uV('INPUT_INVALID', `option '--images': '${ref}' is not an image reference (${(0,errors/* messageOf */.bD)(e)})`);
            }
            return (0,src_policy/* explainImage */.Zu)(set, { name: parsed.name, tag: parsed.tag, digest: parsed.digest }, ref, now());
        });
        if (values.format === 'ndjson')
            for (const line of lines)
                io.stdout(JSON.stringify(line));
        else
            io.stdout((0,src_policy/* renderExplainTable */.E$)(lines));
        for (const note of set.notes)
            io.stderr(`note: ${note}`);
        for (const u of set.policies.flatMap(p => p.unenforceable))
            io.stderr(`not enforceable: ${u.position.file}:${u.position.line}: ${u.policy}: ${u.field}: ${u.reason}`);
        return 0;
    }
    catch (e) {
        const code = e.code;
        io.stderr(`fremforge-cosign policy: ${(0,errors/* messageOf */.bD)(e)}${typeof code === 'string' ? ` [${code}]` : ''}`);
        return 2;
    }
}

;// CONCATENATED MODULE: ./src/version.ts
/** The package version, printed by `fremforge-cosign --version`; a test keeps it equal to package.json. */
const VERSION = '0.1.0';

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
;// CONCATENATED MODULE: ./src/cli/output.ts

/**
 * The CLI's last line of defence, TTY or not: no control character from outside reaches the
 * terminal (ESC, C1, CR…) and no line reads as a runner command when the CLI runs in CI.
 * Our own colour codes pass; values are escaped cell by cell before they are painted.
 */
function safeIo(io) {
    return { ...io, stdout: text => io.stdout((0,report_escape/* toTerminalLines */.Dq)(text)), stderr: text => io.stderr((0,report_escape/* toTerminalLines */.Dq)(text)) };
}
/** One NDJSON line with every control character (C1 and U+2028 too) written as a JSON escape. */

/** The engine's Logger on stderr: one escaped line per message, secrets replaced by ***. */
function stderrLogger(io, secrets = []) {
    const clean = (m) => (0,report_escape/* toLogLine */.gD)(secrets.reduce((text, s) => (s ? text.split(s).join('***') : text), m));
    const where = (w) => (w?.file ? `${w.file}${w.line ? `:${w.line}` : ''}: ` : '');
    return {
        debug: m => void (io.env.FREMFORGE_DEBUG ? io.stderr(`debug: ${clean(m)}`) : undefined),
        info: m => io.stderr(clean(m)),
        warning: (m, w) => io.stderr(`warning: ${clean(where(w) + m)}`),
        error: (m, w) => io.stderr(`error: ${clean(where(w) + m)}`),
        secret: s => void secrets.push(s)
    };
}

;// CONCATENATED MODULE: ./src/cli/run.ts








const EXIT_OK = 0;
const EXIT_POLICY = 1;
const EXIT_USAGE = 2;
async function runCli(argv, rawIo, state = {}) {
    const io = safeIo(rawIo);
    let config;
    const secrets = [];
    const logger = stderrLogger(io, secrets);
    if (argv[0] === 'policy')
        return runPolicyCommand(argv.slice(1), io);
    try {
        const args = parseArgs(argv);
        if (args.version && !args.help) {
            io.stdout(VERSION);
            return EXIT_OK;
        }
        if (args.help || !args.command) {
            ;
            (args.help ? io.stdout : io.stderr)(helpText(args.command));
            return args.help ? EXIT_OK : EXIT_USAGE;
        }
        config = (0,src_config/* resolveConfig */.pE)(args.raw, io.env);
        state.config = config;
    }
    catch (e) {
        io.stderr(`fremforge-cosign: ${(0,errors/* messageOf */.bD)(e)}`);
        io.stderr("Run 'fremforge-cosign --help' for the options.");
        return EXIT_USAGE;
    }
    for (const s of [config.registryPassword, config.apiToken, config.keyPassword, config.identityToken, config.githubToken, config.cacheSecret])
        if (s)
            logger.secret(s);
    try {
        if (config.mode !== 'scan' && config.fremforgeAuth === 'oidc') {
            const { uploadToken } = await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(848)]).then(__webpack_require__.bind(__webpack_require__, 77848));
            config = { ...config, apiToken: await uploadToken(config, io.env, logger) };
        }
        if (config.mode === 'scan')
            return await cliScan(config, io, logger);
        if (config.mode === 'verify')
            return await cliVerify(config, io, logger);
        // Loaded on demand: `scan` and `--help` never load the signing and verification code (sigstore).
        const { runAttest, runSign } = await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(648), __webpack_require__.e(536), __webpack_require__.e(848), __webpack_require__.e(773)]).then(__webpack_require__.bind(__webpack_require__, 33773));
        const signed = await (config.mode.startsWith('attest') ? runAttest : runSign)(config, logger, { env: io.env });
        io.stdout(config.format === 'ndjson' ? signed.records.map(r => (0,report_escape/* toJsonLine */.iA)(r)).join('\n') : signed.text);
        return signed.ok ? EXIT_OK : EXIT_POLICY;
    }
    catch (e) {
        io.stderr(`fremforge-cosign: ${(0,errors/* messageOf */.bD)(e)}`);
        if (config.mode !== 'scan')
            await writeEmptyResults(config.resultsFile);
        return isUsageError(e) ? EXIT_USAGE : EXIT_POLICY;
    }
}
/** NDJSON line of an unscanned file: the scan line's keys (ref, name, tag, digest null) plus code and reason. */
const UNSCANNED_SCHEMA = 'fremforge.cosign.unscanned/v1';
function toUnscannedLine(u) {
    return { file: u.file, line: u.line ?? null, column: null, kind: 'unscanned', ref: null, name: null, tag: null, digest: null, code: u.code, reason: u.reason };
}
async function writeEmptyResults(file) {
    const { writeResultsFile } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 25393));
    await writeResultsFile(file, []).catch(() => undefined);
}
async function cliScan(config, io, logger) {
    const [{ runScan }, { closingLine }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(648), __webpack_require__.e(536), __webpack_require__.e(848), __webpack_require__.e(773)]).then(__webpack_require__.bind(__webpack_require__, 33773)), Promise.all(/* import() */[__webpack_require__.e(648), __webpack_require__.e(536)]).then(__webpack_require__.bind(__webpack_require__, 65536))]);
    const { scan, images, unpinned } = await runScan(config, logger);
    if (config.format === 'ndjson') {
        // tag and digest are always present (null when absent): the ndjson keys are a contract.
        for (const r of scan.refs)
            io.stdout((0,report_escape/* toJsonLine */.iA)({ ...r, tag: r.tag ?? null, digest: r.digest ?? null }));
        for (const u of scan.unscanned)
            io.stdout((0,report_escape/* toJsonLine */.iA)(toUnscannedLine(u)));
    }
    else {
        io.stdout((0,report/* renderScanTable */.u8)(scan.refs));
        if (scan.unscanned.length > 0)
            io.stdout(`\nNot scanned:\n${(0,report/* renderUnscanned */.MK)(scan.unscanned)}`);
        io.stdout(`\n${closingLine(scan)}; ${images} unique digests, ${unpinned} unpinned.`);
    }
    return EXIT_OK;
}
async function cliVerify(config, io, logger) {
    const { createImageVerifier, createPolicyRun, defaultCacheDir, runVerify, withCacheFromConfig, withPolicyCache } = await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(648), __webpack_require__.e(536), __webpack_require__.e(848), __webpack_require__.e(773)]).then(__webpack_require__.bind(__webpack_require__, 33773));
    const cacheSetup = { dir: config.cacheDir ?? defaultCacheDir(io.env), repository: io.env.GITHUB_REPOSITORY || 'local', logger };
    // With a policy file every image is checked per authority; the cache is keyed by each image's rules.
    const policyRun = config.policy.length > 0 ? await createPolicyRun(config, logger, io.env) : undefined;
    const policy = policyRun ? (await withPolicyCache(policyRun.policy, config, cacheSetup)).policy : undefined;
    const verifier = policyRun ? policyRun.verifier : (await withCacheFromConfig(await createImageVerifier(config, logger), config, cacheSetup)).verifier;
    const progress = io.isTTY
        ? (done, total) => {
            if (done === total || done % 10 === 0)
                process.stderr.write(`\rverifying ${done}/${total}${done === total ? '\n' : ''}`);
        }
        : undefined;
    const outcome = await runVerify(config, logger, { verifier, env: io.env, onVerdict: progress, policy });
    if (config.format === 'ndjson') {
        for (const r of outcome.records)
            io.stdout((0,report_escape/* toJsonLine */.iA)(r));
        for (const u of outcome.unscanned)
            io.stdout((0,report_escape/* toJsonLine */.iA)({ schema: UNSCANNED_SCHEMA, ...toUnscannedLine(u), finding: config.requireSigned }));
    }
    else {
        io.stdout((0,report/* renderVerifyTable */.Yn)(outcome.items, io.isTTY && !io.env.NO_COLOR, outcome.policy));
        io.stdout('');
        io.stdout((0,report/* renderCounts */.Pn)(outcome.counts));
        const problems = (0,report/* renderProblems */.x8)(outcome.items);
        if (problems)
            io.stdout(`\nPolicy: ${(0,src_policy/* describePolicy */.wy)(outcome.policy).join(' ')}\n\nNot verified:\n${problems}`);
        if (outcome.unscanned.length > 0)
            io.stdout(`\nNot scanned${config.requireSigned ? ' (findings: require-signed)' : ''}:\n${(0,report/* renderUnscanned */.MK)(outcome.unscanned)}`);
    }
    for (const u of outcome.unscanned) {
        const where = u.line === undefined ? { file: u.file } : { file: u.file, line: u.line };
        const message = `not scanned (${u.code}): ${u.reason}`;
        if (config.requireSigned)
            logger.error(message, where);
        else
            logger.warning(message, where);
    }
    if (!outcome.resultsError)
        io.stderr(`results written to ${outcome.resultsFile}`);
    if (outcome.upload.state !== 'skipped' || config.apiToken)
        io.stderr(outcome.upload.message);
    return outcome.policyFailed || outcome.uploadFailed || outcome.resultsError ? EXIT_POLICY : EXIT_OK;
}

;// CONCATENATED MODULE: ./src/cli/guard.ts



/**
 * `runCli` under a guard: an exception nobody awaited, or a run left waiting on something that can
 * never settle (the event loop drains: Node would exit with code 13 and say nothing), still ends
 * with a message, the results file and exit code 1 (issue 11, defect 4).
 */
function runCliGuarded(argv, io, work = runCli) {
    const state = {};
    return new Promise(resolve => {
        let settled = false;
        const finish = (code, error) => {
            if (settled)
                return;
            settled = true;
            process.off('unhandledRejection', failed);
            process.off('uncaughtException', failed);
            process.off('beforeExit', stalled);
            if (error === undefined)
                return resolve(code);
            io.stderr(`fremforge-cosign: ${(0,errors/* messageOf */.bD)(error)}`);
            const config = state.config;
            if (!config || config.mode === 'scan')
                return resolve(code);
            (0,report.writeResultsFile)(config.resultsFile, [])
                .catch(e => io.stderr(`fremforge-cosign: ${(0,errors/* messageOf */.bD)(e)}`))
                .finally(() => resolve(code));
        };
        const failed = (error) => finish(EXIT_POLICY, error);
        const stalled = () => finish(EXIT_POLICY, new Error('the run stopped before it finished: an operation never completed'));
        process.on('unhandledRejection', failed);
        process.on('uncaughtException', failed);
        process.on('beforeExit', stalled);
        work(argv, io, state).then(code => finish(code), failed);
    });
}


/***/ }),

/***/ 23525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lw: () => (/* reexport */ OPTIONS),
  E1: () => (/* reexport */ parseList),
  pE: () => (/* reexport */ resolveConfig)
});

// UNUSED EXPORTS: MODES, OUTPUTS, findOption, parseBoolean, parseSize

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/policy/index.ts + 19 modules
var policy = __webpack_require__(70345);
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

/***/ 44795:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ PolicyFileError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/** A policy document that cannot be read as written; `details` holds file and line. */
class PolicyFileError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AppError */ .uV {
    constructor(code, message, where) {
        super(code, `${where.file}:${where.line}: ${message}`, { details: { file: where.file, line: where.line } });
        this.name = 'PolicyFileError';
    }
}


/***/ }),

/***/ 70345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ph: () => (/* reexport */ MAX_POLICY_FILE_BYTES),
  zU: () => (/* reexport */ NO_MATCH_CHOICES),
  Vc: () => (/* reexport */ PREDICATE_TYPE_SHORT_NAMES),
  zj: () => (/* reexport */ policy_errors/* PolicyFileError */.z),
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

// UNUSED EXPORTS: CONDITION_OPERATORS, NATIVE_API_VERSION, POLICY_CONTROLLER_API_VERSIONS, PatternError, STATUSES, checkCondition, expressionOf, ggcrName, globMatches, isExpired, isInconclusive, kyvernoName, matchingPolicies, modeToday, planImage, policyMatches, readDocument, wildcardMatch

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

;// CONCATENATED MODULE: ./src/policy/model.ts
const NO_MATCH_CHOICES = ['deny', 'warn', 'allow'];

// EXTERNAL MODULE: ./src/policy/errors.ts
var policy_errors = __webpack_require__(44795);
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
        throw new policy_errors/* PolicyFileError */.z('POLICY_FIELD_INVALID', `${node.path}: expected a valid RE2 regular expression, found '${v}' (${e.message})`, node.position);
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
                throw new policy_errors/* PolicyFileError */.z('POLICY_FIELD_INVALID', `${blockNode.path}.${key}: not a field of conditions (all, any)`, blockNode.get(key).position);
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
                    throw new policy_errors/* PolicyFileError */.z('POLICY_FIELD_INVALID', e.message, c.get('key').position);
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
            throw new policy_errors/* PolicyFileError */.z('POLICY_FIELD_INVALID', `${node.path}.${key}: not a field of ${what}`, node.get(key).position);
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
            throw new policy_errors/* PolicyFileError */.z('POLICY_FIELD_INVALID', `${item.path}.glob: '${glob}' is not a valid glob (letters, digits, -_:/*. only)`, item.position);
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
        throw new policy_errors/* PolicyFileError */.z('POLICY_FIELD_MISSING', 'spec.reason is required with mode: skip', modeNode.position);
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
            throw new policy_errors/* PolicyFileError */.z('POLICY_NAME_DUPLICATE', `authority name '${a.name}' is used twice in ${ctx.name}`, a.position);
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
        throw new policy_errors/* PolicyFileError */.z('POLICY_FIELD_INVALID', `${a.path}: expected exactly one of key, keyless, static, found ${kinds.length === 0 ? 'none' : kinds.join(' and ')}`, a.position);
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
    throw new policy_errors/* PolicyFileError */.z('POLICY_FIELD_MISSING', `${entry.path}: expected keys, keyless, certificates or attestor`, entry.position);
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
            throw new policy_errors/* PolicyFileError */.z('POLICY_FIELD_MISSING', `${this.path} is required`, this.position);
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
        return new policy_errors/* PolicyFileError */.z(code, `${this.path}: expected ${expected}, found ${found}`, this.position);
    }
}
/** Every YAML document of a file, as nodes; a syntax error is POLICY_YAML_INVALID with its line. */
function yamlDocuments(content, file) {
    const lines = new yaml_dist/* LineCounter */.HN();
    const out = [];
    for (const doc of (0,yaml_dist/* parseAllDocuments */.hR)(content, { lineCounter: lines, prettyErrors: false, uniqueKeys: true })) {
        const err = doc.errors[0];
        if (err)
            throw new policy_errors/* PolicyFileError */.z('POLICY_YAML_INVALID', `not valid YAML: ${err.message.split('\n')[0]}`, { file, line: lines.linePos(err.pos[0]).line });
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
            throw new policy_errors/* PolicyFileError */.z('POLICY_KIND_UNSUPPORTED', `${apiVersion} has no kind '${kind}' (expected ImagePolicy)`, doc.get('kind').position);
        return [readCipSpec({ name: nameOf(doc), kind, dialect: 'native', doc, notes })];
    }
    if (apiVersion.startsWith('policy.sigstore.dev/')) {
        if (kind !== 'ClusterImagePolicy')
            return [];
        if (!POLICY_CONTROLLER_API_VERSIONS.includes(apiVersion))
            throw new policy_errors/* PolicyFileError */.z('POLICY_KIND_UNSUPPORTED', `unknown ClusterImagePolicy version '${apiVersion}'`, doc.get('apiVersion').position);
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
            throw new policy_errors/* PolicyFileError */.z('POLICY_KIND_UNSUPPORTED', `no policy document (ImagePolicy, ClusterImagePolicy, or a Kyverno policy with verifyImages) in this file`, { file: f.file, line: 1 });
        }
    }
    const seen = new Map();
    for (const p of policies) {
        const other = seen.get(p.name);
        if (other)
            throw new policy_errors/* PolicyFileError */.z('POLICY_NAME_DUPLICATE', `policy name '${p.name}' is also used at ${other.position.file}:${other.position.line}`, p.position);
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
/* harmony export */   Dq: () => (/* binding */ toTerminalLines),
/* harmony export */   UN: () => (/* binding */ escapeControls),
/* harmony export */   gD: () => (/* binding */ toLogLine),
/* harmony export */   iA: () => (/* binding */ toJsonLine),
/* harmony export */   pq: () => (/* binding */ defuseCommands)
/* harmony export */ });
/* unused harmony exports toLogLines, escapeMarkdown, markdownCode, escapeLabelValue, markdownUrl */
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

/***/ 25393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Pn: () => (/* reexport */ renderCounts),
  x8: () => (/* reexport */ renderProblems),
  u8: () => (/* reexport */ renderScanTable),
  MK: () => (/* reexport */ renderUnscanned),
  Yn: () => (/* reexport */ renderVerifyTable),
  wX: () => (/* reexport */ runContextFromEnv),
  VK: () => (/* reexport */ format_shortDigest),
  Lv: () => (/* reexport */ toRecord),
  TZ: () => (/* reexport */ toReportItem),
  g4: () => (/* reexport */ uploadResults),
  writeResultsFile: () => (/* reexport */ writeResultsFile),
  NM: () => (/* reexport */ writeResultsReported)
});

// UNUSED EXPORTS: ANNOTATION_LIMIT_PER_LEVEL, DEFAULT_SUMMARY_ROWS, MAX_CHUNK_BYTES, MAX_CHUNK_RECORDS, MAX_SUMMARY_TABLE_ROWS, REASON_MAX, RECORD_SCHEMA, STATUS_ICON, STATUS_RANK, TABLE_WIDTH, UPLOAD_PATH, UploadError, checkUploadUrl, chunkLines, escapeControls, fileUrl, fitWidths, hintsOf, idempotencyKey, isLoopback, isNewProblem, limitAnnotations, newProblemsLine, platformFromEnv, reasonOf, renderExplainSummary, renderScanSummary, renderSignSummary, renderSummary, severityColor, severityIcon, sortItems, telemetryLines, toAnnotations, toNdjson, toPlainLines, toPolicyRecord, unscannedAnnotations, unscannedSection

// EXTERNAL MODULE: ./src/policy/index.ts + 19 modules
var src_policy = __webpack_require__(70345);
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

;// CONCATENATED MODULE: ./src/report/run-context.ts
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
function run_context_fileUrl(run, platform, file, line) {
    if (!run.server_url || !run.repository || !run.sha)
        return null;
    const base = `${run.server_url.replace(/\/+$/, '')}/${run.repository}`;
    const encoded = file.split('/').map(encodeURIComponent).join('/');
    if (platform === 'forgejo' || platform === 'gitea')
        return `${base}/src/commit/${run.sha}/${encoded}#L${line}`;
    return `${base}/blob/${run.sha}/${encoded}#L${line}`;
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
;// CONCATENATED MODULE: ./src/report/format.ts

const format_STATUS_ICON = {
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
const format_STATUS_RANK = {
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
function format_shortDigest(digest) {
    if (!digest)
        return '';
    const [alg, hex = ''] = digest.split(':');
    return `${alg}:${hex.slice(0, 12)}`;
}
/**
 * Text from outside for a Markdown table cell or a detail line: it renders as exactly these
 * characters (no `|`, HTML, backticks, emphasis, math or line breaks of its own).
 */
function format_cell(text) {
    return escapeMarkdown(text);
}
/** The same, shown as code; never put `cell()` output inside backticks (entities stay literal there). */
function format_codeCell(text) {
    return markdownCode(text);
}

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
        return cell(a.details);
    if (!f)
        return '';
    const parts = [];
    if (f.sbomFormat)
        parts.push(`${cell(f.sbomFormat)}, ${f.packageCount ?? 0} packages`);
    if (f.builder)
        parts.push(`builder ${cell(f.builder)}`);
    if (f.sourceRepository)
        parts.push(`source ${cell(f.sourceRepository)}${f.sourceRef ? ` @ ${cell(f.sourceRef)}` : ''}`);
    return parts.join('; ');
}
/** The attestations section of the job summary: one row per image and attestation; nothing when none were checked. */
function attestations_summary_attestationSection(items) {
    const rows = items.flatMap(item => (item.verdict.attestations ?? []).map(a => {
        const image = `${item.registry}/${item.repository}${item.tags.length ? `:${item.tags.join(',')}` : ''}`;
        const label = PREDICATE_LABELS[a.predicateType] ?? a.predicateType;
        const state = a.verified ? '✅' : a.required ? '❌' : '➖';
        return `| ${cell(image)} | ${cell(label)}${a.required ? '' : ' <sub>(not required)</sub>'} | ${state} | ${describeAttestation(a)} |`;
    }));
    if (rows.length === 0)
        return [];
    return ['', '### Attestations', '', '| Image | Attestation | Verified | What it says |', '| --- | --- | --- | --- |', ...rows];
}

;// CONCATENATED MODULE: ./src/report/order.ts


/** The order every printer lists items in: new problems, findings, worst status, then by image. */
function order_sortItems(items, policy) {
    return [...items].sort((a, b) => Number(order_isNewProblem(b)) - Number(order_isNewProblem(a)) ||
        Number(isFinding(b.verdict, policy)) - Number(isFinding(a.verdict, policy)) ||
        STATUS_RANK[a.verdict.status] - STATUS_RANK[b.verdict.status] ||
        order_imageOf(a).localeCompare(order_imageOf(b)));
}
/** Not verified, and referenced on a line this pull request added or changed. */
function order_isNewProblem(item) {
    return item.introduced === true && item.verdict.status !== 'verified';
}
function order_imageOf(item) {
    const base = `${item.registry}/${item.repository}`;
    return item.verdict.digest ? `${base}@${item.verdict.digest}` : `${base}:${item.tags[0] ?? ''}`;
}

;// CONCATENATED MODULE: ./src/report/severity.ts

const RED = new Set(['❌', '🚫', '⛔']);
/** Red marks only what fails the run: a problem that is merely a warning shows ⚠️. */
function severity_severityIcon(status, finding) {
    const icon = STATUS_ICON[status];
    return !finding && RED.has(icon) ? '⚠️' : icon;
}

;// CONCATENATED MODULE: ./src/report/policy-summary.ts


const policy_summary_imageOf = (item) => `${item.registry}/${item.repository}${item.verdict.digest ? `@${shortDigest(item.verdict.digest)}` : ''}`;
/**
 * The per-image policy part of the job summary: images grouped by the policies that decided
 * them, then every exemption, expired ones first. Empty without the `policy` input.
 */
function policy_summary_policySummaryLines(items, requireSigned) {
    const decided = items.filter((i) => i.verdict.policy !== undefined);
    if (decided.length === 0)
        return [];
    const groups = new Map();
    const add = (name, mode, item) => {
        const g = groups.get(name) ?? { mode, images: 0, verified: 0, findings: 0, warnings: 0 };
        g.images++;
        if (item.verdict.status === 'verified')
            g.verified++;
        else if (isFinding(item.verdict, { requireSigned, requirePinned: false }))
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
        out.push(`| ${cell(name)} | ${g.mode} | ${g.images} | ${g.verified} | ${g.findings} | ${g.warnings} |`);
    const exemptions = decided
        .filter(i => i.verdict.policy.exemption)
        .sort((a, b) => Number(b.verdict.policy.exemption?.expired) - Number(a.verdict.policy.exemption?.expired) || policy_summary_imageOf(a).localeCompare(policy_summary_imageOf(b)));
    if (exemptions.length > 0) {
        out.push('', '### Exemptions', '');
        for (const item of exemptions) {
            const e = item.verdict.policy.exemption;
            const when = e.expired ? `**expired on ${cell(e.expires ?? '')}**, now enforced` : e.expires ? `until ${cell(e.expires)}` : 'no expiry';
            out.push(`- ${codeCell(policy_summary_imageOf(item))}: ${cell(e.policy)}, ${when}: ${cell(e.reason)}`);
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
function unscanned_unscannedSection(unscanned, requireSigned, run, platform) {
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
        const url = fileUrl(run, platform, u.file, u.line ?? 1);
        out.push(`| ${url ? `[${cell(label)}](${markdownUrl(url)})` : codeCell(label)} | \`${u.code}\` | ${cell(u.reason)} |`);
    }
    if (unscanned.length > 100)
        out.push('', `${unscanned.length - 100} more are listed in the log.`);
    out.push('');
    return out;
}

;// CONCATENATED MODULE: ./src/report/summary.ts










const DEFAULT_SUMMARY_ROWS = 300;
/** GitHub refuses step summaries over 1 MiB; stay well below it. */
const SUMMARY_BYTE_BUDGET = (/* unused pure expression or super */ null && (900 * 1024));
/** The line that opens the summary on a pull request: the images it brought in, first. */
function newProblemsLine(sorted, max = 5) {
    const fresh = sorted.filter(isNewProblem);
    if (fresh.length === 0)
        return undefined;
    const names = fresh.slice(0, max).map(i => `${codeCell(imageOf(i))} (${i.verdict.status}${i.sources[0] ? `, ${cell(`${i.sources[0].file}:${i.sources[0].line}`)}` : ''})`);
    const more = fresh.length > max ? ` and ${fresh.length - max} more` : '';
    return `🆕 **This pull request introduces ${fresh.length} unverified image${fresh.length === 1 ? '' : 's'}:** ${names.join(', ')}${more}`;
}
function where(item, input) {
    const links = item.sources.slice(0, 3).map(s => {
        const url = fileUrl(input.run, input.platform, s.file, s.line);
        const label = `${s.file}:${s.line}`;
        return url ? `[${cell(label)}](${markdownUrl(url)})` : codeCell(label);
    });
    if (item.sources.length > 3)
        links.push(`+${item.sources.length - 3} more`);
    return links.join('<br>');
}
function row(item, input) {
    const v = item.verdict;
    const image = `${item.registry}/${item.repository}${item.tags.length ? `:${item.tags.join(',')}` : ''}${v.digest ? `@${shortDigest(v.digest)}` : ''}`;
    const signer = v.signerSubject ? `${cell(v.signerSubject)}${v.signerIssuer ? `<br><sub>${cell(v.signerIssuer)}</sub>` : ''}` : '—';
    const format = v.signatureFormat ? cell(`${v.signatureFormat}${v.signatureLocation ? ` (${v.signatureLocation})` : ''}`) : '—';
    const finding = `${isFinding(v, input.policy) ? ' **finding**' : ''}${isNewProblem(item) ? ' 🆕' : ''}`;
    return `| ${severityIcon(v.status, isFinding(v, input.policy))} ${v.status}${finding} | ${codeCell(image)} | ${signer} | ${format} | ${where(item, input)} |`;
}
/** Counters in the shape seed 003's dashboards use, for people who scrape summaries or logs. */
function telemetryLines(counts, run) {
    const labels = `repo="${escapeLabelValue(run.repository ?? '')}",workflow="${escapeLabelValue(run.workflow ?? '')}"`;
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
        out.push(`> Per-image policy (the ${codeCell('policy')} input): every image must satisfy each policy that matches it.${counts.exempt ? ` ${counts.exempt} images are exempt.` : ''}`);
    else
        for (const line of describePolicy(input.policy))
            out.push(`> ${cell(line)}`);
    out.push('', ...perImage);
    for (const note of input.notes ?? [])
        out.push(`- ${cell(note)}`);
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
        out.push('', `${sorted.length - shown} more images are not shown here; every result is in ${codeCell(input.resultsFile)}.`);
    }
    out.push(...attestationSection(sorted.slice(0, shown)));
    const problems = sorted.filter(i => i.verdict.status !== 'verified' && !(i.verdict.status === 'exempt' && i.verdict.policy?.exemption));
    if (problems.length > 0) {
        out.push('', '### Why images were not verified', '');
        for (const item of problems) {
            const hints = hintsOf(item.verdict).map(h => `<br>💡 ${cell(h)}`).join('');
            const line = `- **${cell(imageOf(item))}** (${item.verdict.status}): ${cell(reasonOf(item.verdict))}${hints}`;
            bytes += Buffer.byteLength(line) + 1;
            if (bytes > SUMMARY_BYTE_BUDGET / 1.5) {
                out.push(`- … the remaining images are in ${codeCell(input.resultsFile)}.`);
                break;
            }
            out.push(line);
        }
        out.push('', '<details><summary>Full details</summary>', '');
        for (const item of problems) {
            const line = `- **${cell(imageOf(item))}** (${item.verdict.status}): ${cell(item.verdict.details)}`;
            bytes += Buffer.byteLength(line) + 1;
            if (bytes > SUMMARY_BYTE_BUDGET) {
                out.push(`- … details of the remaining images are in ${codeCell(input.resultsFile)}.`);
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
        const level = isFinding(v, policy) ? 'error' : 'warning';
        const image = `${item.registry}/${item.repository}${v.digest ? `@${v.digest}` : item.tags[0] ? `:${item.tags[0]}` : ''}`;
        const hint = hintsOf(v)[0];
        const reason = `${reasonOf(v)}${hint ? ` (hint: ${hint})` : ''}`;
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
    return all.map(a => toLogLine(`${a.file}:${a.line}: ${a.level}: ${a.message}`));
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
    const { HttpClient } = await __webpack_require__.e(/* import() */ 942).then(__webpack_require__.bind(__webpack_require__, 44942));
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
function table_table(header, cells, paint) {
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
    return table_table(['LOCATION', 'KIND', 'PIN', 'REFERENCE'], rows);
}
/** Red only for findings (they fail the run); problems that are warnings are yellow. */
function severityColor(item, policy) {
    if (item.verdict.status === 'verified')
        return GREEN;
    return (0,src_policy/* isFinding */.qd)(item.verdict, policy) ? table_RED : YELLOW;
}
function renderVerifyTable(items, color, policy = { requireSigned: false, requirePinned: false }) {
    if (items.length === 0)
        return 'No images to verify.';
    const sorted = [...items].sort((a, b) => format_STATUS_RANK[a.verdict.status] - format_STATUS_RANK[b.verdict.status]);
    const rows = sorted.map(i => {
        const v = i.verdict;
        const image = `${i.registry}/${i.repository}${v.digest ? `@${format_shortDigest(v.digest)}` : `:${i.tags[0] ?? 'latest'}`}`;
        const signer = v.signerSubject ?? '-';
        const where = i.sources[0] ? `${i.sources[0].file}:${i.sources[0].line}${i.sources.length > 1 ? ` +${i.sources.length - 1}` : ''}` : '-';
        return [v.status, image, v.signatureFormat ?? '-', where, signer];
    });
    const paint = color ? (row, text) => `${severityColor(sorted[row], policy)}${text}${RESET}` : undefined;
    return table_table(['STATUS', 'IMAGE', 'FORMAT', 'REFERENCED IN', 'SIGNER'], rows, paint);
}
function renderCounts(c) {
    return `${c.images} images: ${c.verified} verified, ${c.unsigned} unsigned, ${c.failed} failed; ${c.unpinned} unpinned references; ${c.findings} findings`;
}
/** One line per image that is not verified (its short reason), and its hints below it. */
function renderProblems(items) {
    return items
        .filter(i => i.verdict.status !== 'verified')
        .flatMap(i => [
        `  ${(0,report_escape/* escapeControls */.UN)((0,src_text/* truncateMiddle */.kU)(`${i.registry}/${i.repository}${i.verdict.digest ? `@${format_shortDigest(i.verdict.digest)}` : ''}`, 60))}: ${i.verdict.status}: ${(0,report_escape/* escapeControls */.UN)(reason_reasonOf(i.verdict))}`,
        ...reason_hintsOf(i.verdict).map(h => `    hint: ${(0,report_escape/* escapeControls */.UN)(h)}`)
    ])
        .join('\n');
}
function renderUnscanned(unscanned) {
    return unscanned.map(u => `  ${(0,report_escape/* escapeControls */.UN)(`${u.file}${u.line === undefined ? '' : `:${u.line}`}: ${u.code}: ${u.reason}`)}`).join('\n');
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/report/html.ts


// The HTML @actions/core's summary builder writes for a heading and a table, every value through cell().
const html_htmlHeading = (text, level) => `<h${level}>${cell(text)}</h${level}>${EOL}`;
const htmlRow = (tag, cells) => `<tr>${cells.map(c => `<${tag}>${cell(c)}</${tag}>`).join('')}</tr>`;
const html_htmlTable = (head, rows) => `<table>${htmlRow('th', head)}${rows.map(r => htmlRow('td', r)).join('')}</table>${EOL}`;

;// CONCATENATED MODULE: ./src/report/sign-summary.ts


/** The job summary of a sign or attest run: what was signed, what was not, and the notes. */
function renderSignSummary(input) {
    const rows = input.signatures.map(s => [s.image, s.format, s.location, s.tlogIndex === null ? '—' : String(s.tlogIndex), s.identity.issuer ? `${s.identity.subject} (${s.identity.issuer})` : s.identity.subject]);
    const failed = input.items
        .filter(i => i.verdict.status !== 'verified')
        .map(i => `- ${codeCell(`${i.verdict.name}${i.verdict.digest ? `@${i.verdict.digest}` : ''}`)}: ${i.verdict.status}: ${cell(i.verdict.details)}`);
    let out = heading('Signed images', 2) + `${cell(input.text.split('\n')[0])}\n\n`;
    if (rows.length > 0)
        out += table(['Image', 'Format', 'Location', 'Tlog index', 'Identity'], rows);
    if (failed.length > 0)
        out += `\n**Not signed or not verified:**\n\n${failed.join('\n')}\n`;
    out += `\n${input.notes.map(n => `- ${cell(n)}`).join('\n')}\n`;
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
