import type { ScalarType, YScalar } from './tree.js'

/**
 * Scalars for the fast parser: core-schema typing and quoted scalars. Anything it is not sure
 * about returns undefined, and the caller falls back to the yaml package for the whole file.
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

/** The text of a double-quoted scalar's `raw` content with escapes resolved; undefined for a bad escape. */
function unescape(raw: string): string | undefined {
  if (!raw.includes('\\')) return raw
  let text = ''
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]
    if (c !== '\\') {
      text += c
      continue
    }
    const e = raw[++i]
    if (e === undefined) return undefined
    const hex = HEX_LENGTH[e]
    if (hex !== undefined) {
      const digits = raw.slice(i + 1, i + 1 + hex)
      if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== hex) return undefined
      const code = parseInt(digits, 16)
      if (code > 0x10ffff) return undefined
      text += String.fromCodePoint(code)
      i += hex
    } else if (e in ESCAPES) text += ESCAPES[e]
    else return undefined
  }
  return text
}

function readDoubleQuoted(line: string, start: number): Quoted | undefined {
  const close = closingQuote(line, start + 1, '"')
  const text = close < 0 ? undefined : unescape(line.slice(start + 1, close))
  return text === undefined ? undefined : { text, end: close + 1 }
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

function closingQuote(line: string, from: number, quote: string): number {
  for (let i = from; i < line.length; i++) {
    if (quote === '"' && line[i] === '\\') i++
    else if (line[i] === quote) {
      if (quote === "'" && line[i + 1] === "'") i++
      else return i
    }
  }
  return -1
}

export interface QuotedLines {
  text: string
  /** Index of the line holding the closing quote. */
  lastLine: number
}

/**
 * A quoted scalar that opens at lines[n][start] and closes on a later line, folded as YAML
 * does: one line break becomes a space, n empty lines become n line breaks.
 */
export function readQuotedLines(lines: readonly string[], n: number, start: number, parent: number): QuotedLines | undefined {
  const quote = lines[n][start]
  // Escapes resolve per line; a backslash ending a line escapes the line break itself.
  const piece = (raw: string) => (quote === "'" ? raw.replace(/''/g, "'") : raw.endsWith('\\') ? undefined : unescape(raw))
  const first = piece(lines[n].slice(start + 1).replace(/[ \t]+$/, ''))
  if (first === undefined) return undefined
  let text = first
  let breaks = 0
  for (let j = n + 1; j < lines.length; j++) {
    const line = lines[j]
    let ind = 0
    while (line.charCodeAt(ind) === 32) ind++
    if (ind === line.length) {
      breaks++
      continue
    }
    if (ind <= parent || line[ind] === '\t' || (ind === 0 && (line.startsWith('---') || line.startsWith('...')))) return undefined
    const close = closingQuote(line, ind, quote)
    const raw = close < 0 ? line.slice(ind).replace(/[ \t]+$/, '') : line.slice(ind, close)
    const decoded = close < 0 ? piece(raw) : quote === "'" ? raw.replace(/''/g, "'") : unescape(raw)
    if (decoded === undefined) return undefined
    text += breaks === 0 ? ` ${decoded}` : `${'\n'.repeat(breaks)}${decoded}`
    breaks = 0
    if (close >= 0) return restIsEmpty(line, close + 1) ? { text, lastLine: j } : undefined
  }
  return undefined
}
