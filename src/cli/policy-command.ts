import { parseArgs } from 'node:util'
import { AppError, messageOf } from '../errors.js'
import { explainImage, loadPolicySet, MAX_POLICY_FILE_BYTES, NO_MATCH_CHOICES, renderExplainTable, type NoMatch, type PolicySet } from '../policy/index.js'
import { exportPolicies, type ExportTarget } from '../policy/export/index.js'
import { parseNormalizedNamed } from '../reference/index.js'
import { readUserText } from '../user-file.js'

/** The policy command has no `timeout` option: a policy file on a local disk reads in far less. */
const POLICY_READ_TIMEOUT_MS = 30_000

interface Io {
  stdout: (text: string) => void
  stderr: (text: string) => void
}

const LIST_FLAGS = new Set(['--policy', '--images'])

/** `--policy a b --images x` → `--policy a --policy b --images x`, so flags may take several values. */
function spreadLists(argv: readonly string[]): string[] {
  const out: string[] = []
  let list: string | undefined
  for (const arg of argv) {
    if (arg.startsWith('--')) list = LIST_FLAGS.has(arg) ? arg : undefined
    else if (list && out[out.length - 1] !== list) out.push(list)
    out.push(arg)
  }
  return out
}

export const POLICY_HELP = [
  'Usage: fremforge-cosign policy explain --policy FILE... --images REF... [--format table|ndjson] [--no-match deny|warn|allow]',
  '       fremforge-cosign policy export --policy FILE... --to policy-controller|kyverno',
  '',
  'explain: which policies govern each image, with their modes and authorities, and what happens',
  '         if nothing verifies. Offline: no network, no trust material.',
  'export:  the same policies as admission policies (YAML on stdout); native extensions without an',
  '         equivalent are written as comments saying what is lost.'
].join('\n')

export async function readPolicySet(files: readonly string[], noMatch: NoMatch): Promise<PolicySet> {
  const docs = await Promise.all(
    files.map(async file => {
      return { file, content: await readUserText(file, { option: 'policy', maxBytes: MAX_POLICY_FILE_BYTES, timeoutMs: POLICY_READ_TIMEOUT_MS }), explicit: true }
    })
  )
  return loadPolicySet(docs, noMatch)
}

/** `fremforge-cosign policy …`: exit 0 done, 2 usage or policy errors. */
export async function runPolicyCommand(argv: readonly string[], io: Io, now: () => Date = () => new Date()): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
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
    })
    const [action, ...extra] = positionals
    if (values.help) {
      io.stdout(POLICY_HELP)
      return 0
    }
    if ((action !== 'explain' && action !== 'export') || extra.length > 0) throw new AppError('INPUT_UNKNOWN', `expected 'policy explain' or 'policy export', found '${positionals.join(' ')}'`)
    const noMatch = values['no-match'] as NoMatch
    if (!NO_MATCH_CHOICES.includes(noMatch)) throw new AppError('INPUT_INVALID', `option '--no-match': expected deny, warn or allow, found '${noMatch}'`)
    if (!values.policy?.length) throw new AppError('INPUT_INVALID', "option '--policy': at least one policy file")
    const set = await readPolicySet(values.policy, noMatch)
    if (action === 'export') {
      const to = values.to as ExportTarget
      if (to !== 'policy-controller' && to !== 'kyverno') throw new AppError('INPUT_INVALID', `option '--to': expected policy-controller or kyverno, found '${values.to ?? ''}'`)
      io.stdout(exportPolicies(set, to))
      return 0
    }
    if (values.format !== 'table' && values.format !== 'ndjson') throw new AppError('INPUT_INVALID', `option '--format': expected table or ndjson, found '${values.format}'`)
    if (!values.images?.length) throw new AppError('INPUT_INVALID', "option '--images': at least one image reference")
    const lines = values.images.map(ref => {
      let parsed
      try {
        parsed = parseNormalizedNamed(ref)
      } catch (e) {
        throw new AppError('INPUT_INVALID', `option '--images': '${ref}' is not an image reference (${messageOf(e)})`)
      }
      return explainImage(set, { name: parsed.name, tag: parsed.tag, digest: parsed.digest }, ref, now())
    })
    if (values.format === 'ndjson') for (const line of lines) io.stdout(JSON.stringify(line))
    else io.stdout(renderExplainTable(lines))
    for (const note of set.notes) io.stderr(`note: ${note}`)
    for (const u of set.policies.flatMap(p => p.unenforceable)) io.stderr(`not enforceable: ${u.position.file}:${u.position.line}: ${u.policy}: ${u.field}: ${u.reason}`)
    return 0
  } catch (e) {
    const code = (e as { code?: unknown }).code
    io.stderr(`fremforge-cosign policy: ${messageOf(e)}${typeof code === 'string' ? ` [${code}]` : ''}`)
    return 2
  }
}
