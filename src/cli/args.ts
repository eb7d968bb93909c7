import { parseArgs as tokenize } from 'node:util'
import { AppError, isAppError } from '../errors.js'
import { OPTIONS, type OptionSpec, type RawOptions } from '../config/index.js'
import { suggest } from './suggest.js'

export const COMMANDS = ['scan', 'verify', 'sign', 'sign-and-verify'] as const
export type Command = (typeof COMMANDS)[number]

export interface ParsedArgs {
  command?: Command
  raw: RawOptions
  help: boolean
  version: boolean
}

const FLAGS = OPTIONS.filter(o => o.name !== 'mode')
const flagNamed = (name: string): OptionSpec | undefined => FLAGS.find(o => o.name === name)

const unknown = (what: string, name: string, candidates: readonly string[], prefix = ''): AppError => {
  const near = suggest(name, candidates)
  return new AppError('INPUT_UNKNOWN', `unknown ${what} '${prefix}${name}'${near ? ` (did you mean '${prefix}${near}'?)` : ''}`, { details: { [what]: name, suggestion: near } })
}
const invalid = (name: string, message: string): AppError => new AppError('INPUT_INVALID', `option '--${name}' ${message}`, { details: { option: name } })

function booleanValue(name: string, value: string): string {
  if (/^(true|false)$/i.test(value)) return value.toLowerCase()
  throw invalid(name, `takes true or false, found '${value}'`)
}

/**
 * `fremforge-cosign <command> [--flag value | --flag=value | --bool-flag [true|false] | --no-bool-flag]`.
 * node:util parseArgs tokenizes with getopt's rule: an option that takes a value takes the next
 * argument whatever it starts with, so `--key "$(cat cosign.pub)"` works. List flags also take
 * every following plain argument and may repeat.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = { help: { type: 'boolean', short: 'h' }, version: { type: 'boolean' } }
  for (const o of FLAGS) options[o.name] = { type: o.type === 'boolean' ? 'boolean' : 'string' }
  const { tokens } = tokenize({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true })

  const raw: RawOptions = {}
  const lists: Record<string, string[]> = {}
  let command: Command | undefined
  let help = false
  let version = false
  // The option a following plain argument may belong to: a list, or a boolean given as `--flag false`.
  let open: { spec: OptionSpec; taken: boolean } | undefined
  for (const token of tokens) {
    if (token.kind === 'option-terminator') {
      open = undefined
      continue
    }
    if (token.kind === 'positional') {
      const value = token.value
      if (open?.spec.type === 'list') {
        lists[open.spec.name].push(value)
        continue
      }
      if (open?.spec.type === 'boolean' && !open.taken && /^(true|false)$/i.test(value)) {
        raw[open.spec.name] = value.toLowerCase()
        open.taken = true
        continue
      }
      if (command === undefined) {
        if (!(COMMANDS as readonly string[]).includes(value)) throw unknown('command', value, COMMANDS)
        command = value as Command
        continue
      }
      throw new AppError('INPUT_UNKNOWN', `unexpected argument '${value}'`, { details: { argument: value } })
    }
    open = undefined
    const name = token.name
    if (name === 'help' || name === 'h') {
      help = true
      continue
    }
    if (name === 'version') {
      version = true
      continue
    }
    const spec = flagNamed(name)
    if (!spec) {
      const negated = name.startsWith('no-') ? flagNamed(name.slice(3)) : undefined
      if (negated?.type === 'boolean' && token.value === undefined) {
        raw[negated.name] = 'false'
        continue
      }
      throw unknown('option', name, FLAGS.map(o => o.name), token.rawName.startsWith('--') ? '--' : '-')
    }
    if (spec.type === 'boolean') {
      raw[name] = token.value === undefined ? 'true' : booleanValue(name, token.value)
      open = token.value === undefined ? { spec, taken: false } : undefined
    } else if (token.value === undefined) {
      throw invalid(name, spec.type === 'list' ? 'needs at least one value' : 'needs a value')
    } else if (spec.type === 'list') {
      ;(lists[name] ??= []).push(token.value)
      open = { spec, taken: true }
    } else {
      raw[name] = token.value
    }
  }
  for (const [name, values] of Object.entries(lists)) raw[name] = values.join('\n')
  if (command) raw.mode = command
  return { command, raw, help, version }
}

/** A mistake in the command line: a bad option, or a --path that is not a readable directory. */
export function isUsageError(e: unknown): boolean {
  return isAppError(e) && (e.code.startsWith('INPUT_') || e.code === 'SCAN_ROOT_UNREADABLE')
}

const COMMAND_HELP: Record<Command, string> = {
  scan: 'list the image references found under --path',
  verify: 'verify the cosign signatures of every digest-pinned image (and --images)',
  sign: 'sign --images (keyless with an OIDC token, or with --key)',
  'sign-and-verify': 'sign, then verify what was signed'
}

/** The usage: of one command when given, of the program otherwise. */
export function helpText(command?: Command): string {
  const lines = command
    ? [`Usage: fremforge-cosign ${command} [options]`, '', `${command}: ${COMMAND_HELP[command]}.`, '']
    : ['Usage: fremforge-cosign <command> [options]', '', 'Commands:', ...COMMANDS.map(c => `  ${c.padEnd(18)}${COMMAND_HELP[c]}`), '']
  lines.push('Options (each is also the action input of the same name):')
  for (const o of FLAGS) {
    const kind = o.type === 'boolean' ? ' [true|false]' : o.type === 'list' ? ' <value…>' : o.choices ? ` <${o.choices.join('|')}>` : ' <value>'
    const def = o.default !== undefined ? ` (default: ${o.default})` : ''
    const negation = o.type === 'boolean' ? `, --no-${o.name}` : ''
    lines.push(`  --${o.name}${kind}${negation}`, `      ${o.description.replace(/`/g, '')}${def}`)
  }
  lines.push(
    '  --help, -h', '      print this help (after a command: that command\'s help)',
    '  --version', '      print the version',
    '',
    'An option that takes a value takes the next argument even when it starts with a dash (--key "$(cat cosign.pub)").',
    'Exit codes: 0 the policy passes, 1 the policy fails, 2 usage error.'
  )
  if (!command) lines.push("Run 'fremforge-cosign <command> --help' for one command.")
  return lines.join('\n')
}
