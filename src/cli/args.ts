import { AppError } from '../errors.js'
import { OPTIONS, type RawOptions } from '../config/index.js'

export const COMMANDS = ['scan', 'verify', 'sign', 'sign-and-verify'] as const
export type Command = (typeof COMMANDS)[number]

export interface ParsedArgs {
  command?: Command
  raw: RawOptions
  help: boolean
  version: boolean
}

/**
 * `fremforge-cosign <command> [--flag value | --flag=value | --bool-flag] …`.
 * List flags take every following value up to the next flag and may repeat.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const raw: RawOptions = {}
  const lists: Record<string, string[]> = {}
  let command: Command | undefined
  let help = false
  let version = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--help' || arg === '-h') {
      help = true
      continue
    }
    if (arg === '--version') {
      version = true
      continue
    }
    if (!arg.startsWith('--')) {
      if (command === undefined && (COMMANDS as readonly string[]).includes(arg)) {
        command = arg as Command
        continue
      }
      throw new AppError('INPUT_UNKNOWN', command === undefined ? `unknown command '${arg}' (expected one of ${COMMANDS.join(', ')})` : `unexpected argument '${arg}'`)
    }
    const eq = arg.indexOf('=')
    const name = arg.slice(2, eq === -1 ? undefined : eq)
    const spec = OPTIONS.find(o => o.name === name)
    if (!spec || name === 'mode') throw new AppError('INPUT_UNKNOWN', `unknown option '--${name}'`, { details: { option: name } })
    const inline = eq === -1 ? undefined : arg.slice(eq + 1)
    const next = (): string | undefined => (i + 1 < argv.length && !argv[i + 1].startsWith('--') ? argv[++i] : undefined)
    if (spec.type === 'boolean') {
      raw[name] = inline ?? (i + 1 < argv.length && /^(true|false)$/i.test(argv[i + 1]) ? argv[++i] : 'true')
    } else if (spec.type === 'list') {
      const values = lists[name] ?? (lists[name] = [])
      if (inline !== undefined) values.push(inline)
      for (let v = inline === undefined ? next() : undefined; v !== undefined; v = next()) values.push(v)
      if (values.length === 0) throw new AppError('INPUT_INVALID', `option '--${name}' needs at least one value`, { details: { option: name } })
    } else {
      const value = inline ?? next()
      if (value === undefined) throw new AppError('INPUT_INVALID', `option '--${name}' needs a value`, { details: { option: name } })
      raw[name] = value
    }
  }
  for (const [name, values] of Object.entries(lists)) raw[name] = values.join('\n')
  if (command) raw.mode = command
  return { command, raw, help, version }
}

export function helpText(): string {
  const lines = [
    'Usage: fremforge-cosign <command> [options]',
    '',
    'Commands:',
    '  scan              list the image references found under --path',
    '  verify            verify the cosign signatures of every digest-pinned image (and --images)',
    '  sign              sign --images (keyless with an OIDC token, or with --key)',
    '  sign-and-verify   sign, then verify what was signed',
    '',
    'Options (each is also the action input of the same name):'
  ]
  for (const o of OPTIONS) {
    if (o.name === 'mode') continue
    const kind = o.type === 'boolean' ? '' : o.type === 'list' ? ' <value…>' : o.choices ? ` <${o.choices.join('|')}>` : ' <value>'
    const def = o.default !== undefined ? ` (default: ${o.default})` : ''
    lines.push(`  --${o.name}${kind}`, `      ${o.description.replace(/`/g, '')}${def}`)
  }
  lines.push('', 'Exit codes: 0 the policy passes, 1 the policy fails, 2 usage error.')
  return lines.join('\n')
}
