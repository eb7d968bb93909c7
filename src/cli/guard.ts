import { messageOf } from '../errors.js'
import { writeResultsFile } from '../report/index.js'
import { EXIT_POLICY, runCli, type CliIo, type CliRunState } from './run.js'

/**
 * `runCli` under a guard: an exception nobody awaited, or a run left waiting on something that can
 * never settle (the event loop drains: Node would exit with code 13 and say nothing), still ends
 * with a message, the results file and exit code 1 (issue 11, defect 4).
 */
export function runCliGuarded(argv: readonly string[], io: CliIo, work: (argv: readonly string[], io: CliIo, state: CliRunState) => Promise<number> = runCli): Promise<number> {
  const state: CliRunState = {}
  return new Promise(resolve => {
    let settled = false
    const finish = (code: number, error?: unknown): void => {
      if (settled) return
      settled = true
      process.off('unhandledRejection', failed)
      process.off('uncaughtException', failed)
      process.off('beforeExit', stalled)
      if (error === undefined) return resolve(code)
      io.stderr(`fremforge-cosign: ${messageOf(error)}`)
      const config = state.config
      if (!config || config.mode === 'scan') return resolve(code)
      writeResultsFile(config.resultsFile, [])
        .catch(e => io.stderr(`fremforge-cosign: ${messageOf(e)}`))
        .finally(() => resolve(code))
    }
    const failed = (error: unknown): void => finish(EXIT_POLICY, error)
    const stalled = (): void => finish(EXIT_POLICY, new Error('the run stopped before it finished: an operation never completed'))
    process.on('unhandledRejection', failed)
    process.on('uncaughtException', failed)
    process.on('beforeExit', stalled)
    work(argv, io, state).then(code => finish(code), failed)
  })
}
