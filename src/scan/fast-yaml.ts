import { BLOCK, Builder, type Value } from './fast-yaml-builder.js'
import { readFlow } from './fast-yaml-flow.js'
import { plainType, readQuoted, readQuotedLines, restIsEmpty, scalar } from './fast-yaml-scalar.js'
import type { YDocument } from './tree.js'

/**
 * A line-based parser for the block YAML that manifests are made of: block maps and sequences,
 * one-line plain, quoted and flow scalars, block scalars, comments, `---`. Anything else (anchors,
 * aliases, tags, multi-line scalars, escapes, odd indentation) returns undefined so the caller
 * uses the yaml package instead. It exists because the yaml package parses ~5 MB/s, which is
 * most of a scan's time; the differential test checks both agree.
 */

const BLOCK_HEADER = /^[|>][-+]?$/
// Control characters the yaml package rejects or treats specially.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff]/

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t'

/** The line being read; a flow collection that spans lines moves `last` past its end. */
interface Cursor {
  readonly lines: readonly string[]
  n: number
  last: number
}

/**
 * The value from `from` on: a node, null when it starts on a later line, undefined to give up.
 * `parent` is the column a flow's continuation lines must pass: the key's, or the `- `'s.
 */
function readValue(cur: Cursor, from: number, parent: number): Value | undefined {
  const line = cur.lines[cur.n]
  const lineNo = cur.n + 1
  let i = from
  while (isBlank(line[i])) i++
  if (i >= line.length || line[i] === '#') return null
  const c = line[i]
  if (c === '"' || c === "'") {
    const q = readQuoted(line, i)
    if (q) return restIsEmpty(line, q.end) ? scalar(q.text, 'string', lineNo, i + 1) : undefined
    const folded = readQuotedLines(cur.lines, cur.n, i, parent)
    if (!folded) return undefined
    cur.last = folded.lastLine
    return scalar(folded.text, 'string', lineNo, i + 1)
  }
  if (c === '[' || c === '{') {
    const flow = readFlow(cur.lines, cur.n, i, parent)
    if (!flow) return undefined
    cur.last = flow.lastLine
    return flow.node
  }
  if (c === '|' || c === '>') {
    const hash = line.indexOf('#', i)
    const header = (hash > 0 && isBlank(line[hash - 1]) ? line.slice(i, hash) : line.slice(i)).trimEnd()
    return BLOCK_HEADER.test(header) ? BLOCK : undefined
  }
  if ('&*!%@`,]}'.includes(c)) return undefined
  if ((c === '-' || c === '?' || c === ':') && (i + 1 >= line.length || isBlank(line[i + 1]))) return undefined
  let end = line.length
  for (let k = i + 1; k < line.length; k++) {
    const ch = line[k]
    if (ch === '#' && isBlank(line[k - 1])) {
      end = k
      break
    }
    if (ch === ':' && (k + 1 >= line.length || isBlank(line[k + 1]))) return undefined
  }
  const first = line.slice(i, end).trimEnd()
  // A comment ends a plain scalar; without one, deeper lines continue it (CRD descriptions).
  const text = end === line.length ? foldPlain(cur, first, parent) : first
  return text === undefined ? undefined : scalar(text, plainType(text), lineNo, i)
}

/**
 * A plain scalar continued on the lines indented past `parent`, folded as YAML does (one line
 * break becomes a space, n empty lines become n line breaks); moves `cur.last` past it.
 * Continuation lines holding a trailing comment or a `key:` leave the file to the yaml package.
 */
function foldPlain(cur: Cursor, first: string, parent: number): string | undefined {
  const lines = cur.lines
  let text = first
  let breaks = 0
  for (let j = cur.n + 1; j < lines.length; j++) {
    const line = lines[j]
    let ind = 0
    while (line.charCodeAt(ind) === 32) ind++
    if (ind === line.length) {
      breaks++
      continue
    }
    if (ind <= parent || (ind === 0 && (line.startsWith('---') || line.startsWith('...')))) break
    // A comment line ends the scalar; indicators lose their meaning inside one, `key:` does not.
    if (line[ind] === '#') break
    if (line[ind] === '\t' || /:(?:[ \t]|$)|[ \t]#/.test(line)) return undefined
    text += breaks === 0 ? ` ${line.slice(ind).trimEnd()}` : `${'\n'.repeat(breaks)}${line.slice(ind).trimEnd()}`
    breaks = 0
    cur.last = j
  }
  return text
}

/** A `key: value` or a lone value starting at column `i`, handed to the builder. */
function readEntry(cur: Cursor, i: number, parent: number, b: Builder): boolean {
  const line = cur.lines[cur.n]
  const c = line[i]
  const q = c === '"' || c === "'" ? readQuoted(line, i) : undefined
  if (q) {
    let j = q.end
    while (isBlank(line[j])) j++
    if (line[j] === ':' && (j + 1 >= line.length || isBlank(line[j + 1]))) {
      const value = readValue(cur, j + 1, i)
      return value !== undefined && b.key(i, q.text, value, cur.n + 1)
    }
  } else if (!'"\'[{&*!|>%@`,]}?:#'.includes(c)) {
    for (let k = i + 1; k < line.length; k++) {
      const ch = line[k]
      if (ch === '#' && isBlank(line[k - 1])) break
      if (ch === ':' && (k + 1 >= line.length || isBlank(line[k + 1]))) {
        if (k - i > 1024) return false
        const value = readValue(cur, k + 1, i)
        return value !== undefined && b.key(i, line.slice(i, k).trimEnd(), value, cur.n + 1)
      }
    }
  }
  const value = readValue(cur, i, parent)
  return value !== undefined && value !== null && b.value(i, value, cur.n + 1)
}

/** One line's `- ` dashes and entry; false to give up on the file. */
function readLine(cur: Cursor, indent: number, b: Builder): boolean {
  const line = cur.lines[cur.n]
  let i = indent
  let parent = -1
  while (line[i] === '-' && (i + 1 >= line.length || isBlank(line[i + 1]))) {
    if (!b.item(i, cur.n + 1)) return false
    parent = i
    i++
    while (line[i] === ' ') i++
    if (line[i] === '\t') return false
  }
  return i >= line.length || line[i] === '#' || readEntry(cur, i, parent, b)
}

/** Skips a block scalar's lines; returns the next line index, or -1 when its indentation is irregular. */
function skipBlockScalar(lines: string[], from: number, parent: number): number {
  let content = -1
  let leadingBlank = 0
  let j = from
  for (; j < lines.length; j++) {
    const raw = lines[j]
    let ind = 0
    while (raw.charCodeAt(ind) === 32) ind++
    if (raw.trim() === '') {
      if (raw.includes('\t')) return -1
      if (content < 0) leadingBlank = Math.max(leadingBlank, ind)
      continue
    }
    if (ind <= parent) break
    if (content < 0) {
      content = ind
      if (leadingBlank > content) return -1
    } else if (ind < content) return -1
  }
  return j
}

/** Documents of `content`, or undefined when the yaml package must decide. */
export function parseFastYaml(content: string): YDocument[] | undefined {
  if (CONTROL.test(content)) return undefined
  const text = content.includes('\r') ? content.replace(/\r\n/g, '\n') : content
  if (text.includes('\r')) return undefined
  const lines = text.split('\n')
  const b = new Builder()
  const cur: Cursor = { lines, n: 0, last: 0 }
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]
    let indent = 0
    while (line.charCodeAt(indent) === 32) indent++
    if (indent === line.length || line[indent] === '#') continue
    // Tabs near indentation are legal in some places and not in others; the yaml package knows.
    if (line[indent] === '\t') return undefined
    if (indent === 0 && (line.startsWith('---') || line.startsWith('...')) && (line.length === 3 || isBlank(line[3]))) {
      if (!restIsEmpty(line, 3)) return undefined
      b.endDocument()
      continue
    }
    if (indent === 0 && line[0] === '%') return undefined
    cur.n = n
    cur.last = n
    if (!readLine(cur, indent, b)) return undefined
    n = cur.last
    if (b.blockParent >= 0) {
      const next = skipBlockScalar(lines, n + 1, b.blockParent)
      if (next < 0) return undefined
      n = next - 1
      b.blockParent = -1
    }
  }
  b.endDocument()
  return b.docs
}
