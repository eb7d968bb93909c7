/**
 * Reads a step's stdout the way the runners do, to see which workflow commands it would execute.
 * actions/runner (ActionCommandManager): lines split at CR or LF; `::name props::data` after
 * leading white space (TryParseV2); the legacy `##[name props]data` anywhere in a line
 * (TryParse); `::stop-commands::token` suspends everything until `::token::`.
 * act / Forgejo runner (pkg/runner/command.go): lines split at LF; both forms only at the very
 * start of a line; stop-commands too.
 */
export interface RunnerCommand {
  runner: 'github' | 'act'
  name: string
  properties: Record<string, string>
  data: string
}

const unescapeProperty = (s: string): string => s.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
const unescapeData = (s: string): string => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')

function properties(text: string | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  for (const pair of (text ?? '').split(',')) {
    const eq = pair.indexOf('=')
    if (eq > 0) out[pair.slice(0, eq).trim()] = unescapeProperty(pair.slice(eq + 1))
  }
  return out
}

function github(line: string): RunnerCommand | undefined {
  const trimmed = line.trimStart()
  if (trimmed.startsWith('::')) {
    const end = trimmed.indexOf('::', 2)
    if (end >= 0) {
      const info = trimmed.slice(2, end)
      const space = info.indexOf(' ')
      const name = space < 0 ? info : info.slice(0, space)
      return { runner: 'github', name, properties: properties(space < 0 ? undefined : info.slice(space + 1)), data: unescapeData(trimmed.slice(end + 2)) }
    }
  }
  const start = line.indexOf('##[')
  if (start < 0) return undefined
  const rb = line.indexOf(']', start)
  if (rb < 0) return undefined
  const info = line.slice(start + 3, rb)
  const space = info.indexOf(' ')
  return { runner: 'github', name: space < 0 ? info : info.slice(0, space), properties: {}, data: line.slice(rb + 1) }
}

const ACT_GA = /^::([^ ]+)( (.+))?::([^\r\n]*)$/
const ACT_ADO = /^##\[([^ ]+)( (.+))?]([^\r\n]*)$/

function act(line: string): RunnerCommand | undefined {
  const m = ACT_GA.exec(line) ?? ACT_ADO.exec(line)
  return m ? { runner: 'act', name: m[1], properties: properties(m[3]), data: unescapeData(m[4]) } : undefined
}

function parse(lines: string[], one: (line: string) => RunnerCommand | undefined): RunnerCommand[] {
  const out: RunnerCommand[] = []
  let resume: string | undefined
  for (const line of lines) {
    const command = one(line)
    if (!command) continue
    if (resume !== undefined) {
      if (command.name === resume) resume = undefined
      continue
    }
    if (command.name === 'stop-commands') resume = command.data
    out.push(command)
  }
  return out
}

/** Every command either runner would execute on this output, in order. */
export function runnerCommands(output: string): RunnerCommand[] {
  return [...parse(output.split(/\r\n|\r|\n/), github), ...parse(output.split('\n'), act)]
}
