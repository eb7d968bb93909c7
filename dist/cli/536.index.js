export const id = 536;
export const ids = [536];
export const modules = {

/***/ 65536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_EXCLUDE: () => (/* reexport */ DEFAULT_EXCLUDE),
  DEFAULT_MAX_FILE_SIZE: () => (/* reexport */ DEFAULT_MAX_FILE_SIZE),
  FORMATS: () => (/* reexport */ FORMATS),
  ScanError: () => (/* reexport */ ScanError),
  closingLine: () => (/* reexport */ closingLine),
  extractFromContent: () => (/* reexport */ extractFromContent),
  resolveScanOptions: () => (/* reexport */ resolveScanOptions),
  scanWorkspace: () => (/* reexport */ scanWorkspace)
});

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






/***/ })

};
