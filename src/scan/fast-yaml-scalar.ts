import type { ScalarType, YNode, YScalar } from './tree.js'

/**
 * One-line scalars and flow collections for the fast parser. Anything it is not sure about
 * returns undefined, and the caller falls back to the yaml package for the whole file.
 */

// The yaml package's core schema tests (yaml/dist/schema/core), so both producers type alike.
const NULL = /^(?:~|[Nn]ull|NULL)?$/
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/
const NUMBER = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/

export function plainType(text: string): ScalarType {
  const c = text.charCodeAt(0)
  // Only texts starting with these can be non-strings; image refs rarely do, so skip the regexps.
  if (text === '' || c === 126 || c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70) {
    if (NULL.test(text)) return 'null'
    if (BOOL.test(text)) return 'boolean'
    return 'string'
  }
  if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) return NUMBER.test(text) ? 'number' : 'string'
  return 'string'
}

export function scalar(text: string, scalarType: ScalarType, line: number, index: number): YScalar {
  return { type: 'scalar', text, scalarType, block: false, line, column: index + 1 }
}

export interface Quoted {
  text: string
  /** Index just past the closing quote. */
  end: number
}

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029'
}
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 }

function readDoubleQuoted(line: string, start: number): Quoted | undefined {
  let text = ''
  for (let i = start + 1; i < line.length; i++) {
    const c = line[i]
    if (c === '"') return { text, end: i + 1 }
    if (c !== '\\') {
      text += c
      continue
    }
    const e = line[++i]
    if (e === undefined) return undefined
    const hex = HEX_LENGTH[e]
    if (hex !== undefined) {
      const digits = line.slice(i + 1, i + 1 + hex)
      if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== hex) return undefined
      const code = parseInt(digits, 16)
      if (code > 0x10ffff) return undefined
      text += String.fromCodePoint(code)
      i += hex
    } else if (e in ESCAPES) text += ESCAPES[e]
    else return undefined
  }
  return undefined
}

/** A quoted scalar closed on this line; else undefined (multi-line quoted scalars fold lines). */
export function readQuoted(line: string, start: number): Quoted | undefined {
  if (line[start] === '"') return readDoubleQuoted(line, start)
  let i = start + 1
  let text = ''
  for (;;) {
    const j = line.indexOf("'", i)
    if (j < 0) return undefined
    text += line.slice(i, j)
    if (line[j + 1] !== "'") return { text, end: j + 1 }
    text += "'"
    i = j + 2
  }
}

/** True when only blanks or a comment follow `index`. */
export function restIsEmpty(line: string, index: number): boolean {
  for (let i = index; i < line.length; i++) {
    const c = line[i]
    if (c === ' ' || c === '\t') continue
    return c === '#' && i > index
  }
  return true
}

interface FlowState {
  lines: readonly string[]
  n: number
  i: number
  /** Continuation lines must be indented past this, as the yaml package requires (BAD_INDENT). */
  minIndent: number
  depth: number
}

// Deeper flows are left to the yaml package, so hostile nesting cannot exhaust the stack here.
const MAX_FLOW_DEPTH = 64

/** Moves past blanks, comments and line ends; false when the flow cannot continue. */
function skipBlanks(s: FlowState): boolean {
  for (;;) {
    const line = s.lines[s.n]
    while (s.i < line.length && (line[s.i] === ' ' || line[s.i] === '\t')) s.i++
    const comment = line[s.i] === '#' && (s.i === 0 || line[s.i - 1] === ' ' || line[s.i - 1] === '\t')
    if (s.i < line.length && !comment) return true
    if (++s.n >= s.lines.length) return false
    const next = s.lines[s.n]
    let indent = 0
    while (next.charCodeAt(indent) === 32) indent++
    s.i = indent
    if (indent === next.length || next[indent] === '#') continue
    if (next[indent] === '\t' || indent < s.minIndent || next.startsWith('---') || next.startsWith('...')) return false
    // The closing bracket alone may sit at the parent's own indentation.
    if (indent === s.minIndent && next[indent] !== ']' && next[indent] !== '}') return false
  }
}

function flowScalar(s: FlowState): YScalar | undefined {
  const line = s.lines[s.n]
  const c = line[s.i]
  if (c === '"' || c === "'") {
    const q = readQuoted(line, s.i)
    if (!q) return undefined
    const node = scalar(q.text, 'string', s.n + 1, s.i + 1)
    s.i = q.end
    return node
  }
  if (c === undefined || '[]{},#&*!|>%@`?'.includes(c)) return undefined
  if ((c === '-' || c === ':') && ' \t,[]{}'.includes(line[s.i + 1] ?? ' ')) return undefined
  const start = s.i
  let i = start
  for (; i < line.length; i++) {
    const ch = line[i]
    if (ch === ',' || ch === '[' || ch === ']' || ch === '{' || ch === '}') break
    if (ch === ':' && (i + 1 >= line.length || ' \t,[]{}'.includes(line[i + 1]))) break
    if (ch === '#' && (line[i - 1] === ' ' || line[i - 1] === '\t')) break
  }
  const text = line.slice(start, i).trimEnd()
  if (text === '') return undefined
  s.i = i
  return scalar(text, plainType(text), s.n + 1, start)
}

function flowValue(s: FlowState): YNode | undefined {
  const c = s.lines[s.n][s.i]
  return c === '[' || c === '{' ? flowCollection(s) : flowScalar(s)
}

function flowCollection(s: FlowState): YNode | undefined {
  if (++s.depth > MAX_FLOW_DEPTH) return undefined
  const close = s.lines[s.n][s.i] === '[' ? ']' : '}'
  const items: YNode[] = []
  const pairs: { key: string; value: YNode }[] = []
  s.i++
  for (;;) {
    if (!skipBlanks(s)) return undefined
    if (s.lines[s.n][s.i] === close) break
    if (close === ']') {
      const value = flowValue(s)
      if (!value) return undefined
      items.push(value)
    } else {
      const key = flowScalar(s)
      if (!key || pairs.some(p => p.key === key.text) || !skipBlanks(s)) return undefined
      let value: YNode = scalar('', 'null', s.n + 1, s.i)
      if (s.lines[s.n][s.i] === ':') {
        s.i++
        if (!skipBlanks(s)) return undefined
        const c = s.lines[s.n][s.i]
        if (c !== ',' && c !== close) {
          const v = flowValue(s)
          if (!v) return undefined
          value = v
        }
      }
      pairs.push({ key: key.text, value })
    }
    if (!skipBlanks(s)) return undefined
    const c = s.lines[s.n][s.i]
    if (c === ',') s.i++
    else if (c !== close) return undefined
  }
  s.i++
  s.depth--
  return close === ']' ? { type: 'seq', items } : { type: 'map', pairs }
}

export interface Flow {
  node: YNode
  /** Index of the line where the collection closes. */
  lastLine: number
}

/** A flow collection starting at lines[n][start], possibly over several lines, followed only by a comment. */
export function readFlow(lines: readonly string[], n: number, start: number, minIndent: number): Flow | undefined {
  const s: FlowState = { lines, n, i: start, minIndent, depth: 0 }
  const node = flowCollection(s)
  if (!node || !restIsEmpty(lines[s.n], s.i)) return undefined
  return { node, lastLine: s.n }
}
