import { Sink, type Extraction } from './sink.js'
import { interpolate, MAX_EXPANDED_LENGTH, MAX_NESTING } from './variables.js'

/**
 * Dockerfile/Containerfile `FROM` lines: `--platform` and other flags skipped, `AS name`
 * remembered so later `FROM name` is a stage, not an image; `scratch` is no image; global `ARG`
 * defaults (before the first FROM) are expanded. A FROM that is just `$ARG` is located at the
 * ARG default, where the reference is written.
 */
const DOCKERFILE = /(?:^|\/)(?:[Dd]ockerfile|[Cc]ontainerfile)(?:[.-][^/]*)?$|\.(?:dockerfile|containerfile)$/i
// `Dockerfile.md` and friends document a Dockerfile; reading them as one would misread prose.
const NOT_DOCKERFILE = /\.(?:md|markdown|txt|rst|adoc|html?|json|ya?ml|toml|sh|ps1|py|go|js|ts|bak|orig)$/i
const DIRECTIVE = /^#\s*([a-zA-Z]+)\s*=\s*(\S+)\s*$/
const HEREDOC = /<<(-?)\s*(["']?)([A-Za-z0-9_]+)\2/g
const ARG = /([A-Za-z_][A-Za-z0-9_]*)(?:=(?:"([^"]*)"|'([^']*)'|(\S*)))?/g
const LONE_VARIABLE = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))$/

// Instructions are case-insensitive, so no fixed needles: one regexp over a latin1 view.
export const needles = undefined
export function precheck(content: Buffer): boolean {
  return /from/i.test(content.toString('latin1'))
}

export function matches(path: string): boolean {
  return DOCKERFILE.test(path) && !NOT_DOCKERFILE.test(path)
}

/** One instruction, joined across continuation lines, with a map back to file positions. */
interface Instruction {
  text: string
  /** [offset in text, line, 0-based column] of each physical piece. */
  pieces: [number, number, number][]
}

function positionOf(ins: Instruction, offset: number): { line: number; column: number } {
  let piece = ins.pieces[0]
  for (const p of ins.pieces) if (p[0] <= offset) piece = p
  return { line: piece[1], column: piece[2] + (offset - piece[0]) + 1 }
}

function instructions(content: string): Instruction[] {
  const lines = content.split('\n').map(l => (l.endsWith('\r') ? l.slice(0, -1) : l))
  let escape = '\\'
  for (const line of lines) {
    const directive = DIRECTIVE.exec(line)
    if (!directive) break
    if (directive[1].toLowerCase() === 'escape') escape = directive[2]
  }
  const out: Instruction[] = []
  let current: Instruction | undefined
  const heredocs: { end: string; strip: boolean }[] = []
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]
    if (heredocs.length > 0) {
      const { end, strip } = heredocs[0]
      if ((strip ? line.replace(/^\t+/, '') : line) === end) heredocs.shift()
      continue
    }
    const trimmed = line.trimStart()
    if (trimmed.startsWith('#') || trimmed === '') continue
    // Continuation lines keep their indentation: it separates words (`FROM\` + `  nginx`).
    const indent = current === undefined ? line.length - trimmed.length : 0
    const body = line.trimEnd()
    const continued = body.endsWith(escape)
    const piece = continued ? body.slice(indent, -escape.length) : body.slice(indent)
    current ??= { text: '', pieces: [] }
    current.pieces.push([current.text.length, n + 1, indent])
    current.text += piece
    if (continued) continue
    out.push(current)
    for (const m of current.text.matchAll(HEREDOC)) heredocs.push({ end: m[3], strip: m[1] === '-' })
    current = undefined
  }
  if (current) out.push(current)
  return out
}

interface Arg {
  value: string
  line: number
  column: number
  /** Its expansion passed the bounds (variables.ts); a FROM using it cannot be read. */
  tooLong?: true
}

function readArgs(ins: Instruction, start: number, globals: Map<string, Arg | undefined>): void {
  for (const m of ins.text.slice(start).matchAll(ARG)) {
    const raw = m[2] ?? m[3] ?? m[4]
    if (raw === undefined) {
      globals.set(m[1], undefined)
      continue
    }
    const quoted = m[2] !== undefined || m[3] !== undefined ? 1 : 0
    const at = positionOf(ins, start + (m.index ?? 0) + m[1].length + 1 + quoted)
    let tooLong = false
    const expanded = interpolate(raw, name => {
      const arg = globals.get(name)
      if (arg?.tooLong) tooLong = true
      return arg?.value
    }, false)
    const arg: Arg = { value: expanded.value, ...at }
    if (tooLong || expanded.tooLong) arg.tooLong = true
    globals.set(m[1], arg)
  }
}

function readFrom(ins: Instruction, start: number, globals: Map<string, Arg | undefined>, stages: Set<string>, sink: Sink): void {
  const words = [...ins.text.slice(start).matchAll(/\S+/g)].filter(w => !w[0].startsWith('--'))
  const image = words[0]
  if (!image) return
  const at = positionOf(ins, start + (image.index ?? 0))
  let tooLong = false
  const expanded = interpolate(image[0], name => {
    const arg = globals.get(name)
    if (arg?.tooLong) tooLong = true
    return arg?.value
  }, false)
  const { value, unresolved } = expanded
  const alias = words[1]?.[0].toLowerCase() === 'as' ? words[2]?.[0].toLowerCase() : undefined
  const known = stages.has(value.toLowerCase())
  if (alias) stages.add(alias)
  if (tooLong || expanded.tooLong) {
    sink.problem('VARIABLE_TOO_LONG', `dockerfile-from ${JSON.stringify(image[0].slice(0, 80))}: ARG expansion passes ${MAX_EXPANDED_LENGTH} characters or ${MAX_NESTING} levels`, at.line)
    return
  }
  if (unresolved.length > 0) {
    sink.problem('VARIABLE_UNRESOLVED', `dockerfile-from ${JSON.stringify(image[0])}: no default for ${unresolved.join(', ')}`, at.line)
    return
  }
  if (known || value.toLowerCase() === 'scratch') return
  const lone = LONE_VARIABLE.exec(image[0])
  const arg = lone ? globals.get(lone[1] ?? lone[2]) : undefined
  const where = arg ?? at
  sink.image('dockerfile-from', value, where.line, where.column)
}

export function extractInto(content: string, sink: Sink): void {
  const globals = new Map<string, Arg | undefined>()
  const stages = new Set<string>()
  let seenFrom = false
  for (const ins of instructions(content)) {
    const keyword = /^(\S+)\s*/.exec(ins.text)
    if (!keyword) continue
    const word = keyword[1].toUpperCase()
    // Only ARGs before the first FROM may be used in FROM lines.
    if (word === 'ARG' && !seenFrom) readArgs(ins, keyword[0].length, globals)
    if (word === 'FROM') {
      seenFrom = true
      readFrom(ins, keyword[0].length, globals, stages, sink)
    }
  }
}

export function extract(content: string, file: string): Extraction {
  const sink = new Sink(file)
  extractInto(content, sink)
  return sink.result()
}
