import { runCli, EXIT_POLICY, type CliRunState } from './cli/run.js'
import { writeResultsFile } from './report/index.js'

// Whatever fails, the CLI ends with a message, its results file and exit code 0 or 1 (2 only for
// usage errors): an exception nobody awaited, or a run left waiting on something that never settles
// (the event loop drains and Node would exit with code 13, silently).
const state: CliRunState = {}
let settled = false
const fail = (message: string): void => {
  if (settled) return
  settled = true
  process.stderr.write(`fremforge-cosign: ${message}\n`)
  process.exitCode = EXIT_POLICY
  const config = state.config
  if (config && config.mode !== 'scan') void writeResultsFile(config.resultsFile, []).catch(() => undefined)
}
process.on('unhandledRejection', e => fail(e instanceof Error ? e.message : String(e)))
process.on('uncaughtException', e => fail(e.message))
process.once('beforeExit', () => fail('the run stopped before it finished: an operation never completed'))

const code = await runCli(
  process.argv.slice(2),
  {
    stdout: text => process.stdout.write(text + '\n'),
    stderr: text => process.stderr.write(text + '\n'),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY)
  },
  state
)
if (!settled) {
  settled = true
  process.exitCode = code
}
