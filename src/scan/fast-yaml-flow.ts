import { plainType, readQuoted, restIsEmpty, scalar } from './fast-yaml-scalar.js'
import type { YNode, YScalar } from './tree.js'

/**
 * Flow collections (`[a, b]`, `{k: v}`) for the fast parser, on one line or several. Anything it
 * is not sure about returns undefined, and the file goes to the yaml package.
 */
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
