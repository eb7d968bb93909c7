import { messageOf, isAppError } from '../errors.js'
import type { Logger } from '../logger.js'
import { resolveConfig, type Config } from '../config/index.js'
import { runScan, runVerify, writeResults } from '../engine/index.js'
import { createImageVerifier, runSign } from '../engine/compose.js'
import { helpText, parseArgs } from './args.js'
import { renderCounts, renderProblems, renderScanTable, renderVerifyTable } from './table.js'

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  env: NodeJS.ProcessEnv
  isTTY: boolean
}

export const EXIT_OK = 0
export const EXIT_POLICY = 1
export const EXIT_USAGE = 2

function stderrLogger(io: CliIo, secrets: string[]): Logger {
  const clean = (m: string): string => secrets.reduce((text, s) => (s ? text.split(s).join('***') : text), m)
  const where = (w?: { file?: string; line?: number }): string => (w?.file ? `${w.file}${w.line ? `:${w.line}` : ''}: ` : '')
  return {
    debug: m => void (io.env.FREMFORGE_DEBUG ? io.stderr(`debug: ${clean(m)}`) : undefined),
    info: m => io.stderr(clean(m)),
    warning: (m, w) => io.stderr(`warning: ${where(w)}${clean(m)}`),
    error: (m, w) => io.stderr(`error: ${where(w)}${clean(m)}`),
    secret: s => void secrets.push(s)
  }
}

/** Filled as the run goes, for the entry point's guard (a run that never settles still writes its results file). */
export interface CliRunState {
  config?: Config
}

export async function runCli(argv: readonly string[], io: CliIo, state: CliRunState = {}): Promise<number> {
  let config: Config
  const secrets: string[] = []
  const logger = stderrLogger(io, secrets)
  try {
    const args = parseArgs(argv)
    if (args.help || !args.command) {
      ;(args.help ? io.stdout : io.stderr)(helpText())
      return args.help ? EXIT_OK : EXIT_USAGE
    }
    config = resolveConfig(args.raw, io.env)
    state.config = config
  } catch (e) {
    io.stderr(`fremforge-cosign: ${messageOf(e)}`)
    io.stderr("Run 'fremforge-cosign --help' for the options.")
    return EXIT_USAGE
  }
  for (const s of [config.registryPassword, config.apiToken, config.keyPassword, config.identityToken]) if (s) logger.secret(s)
  try {
    if (config.mode === 'scan') return await cliScan(config, io, logger)
    if (config.mode === 'verify') return await cliVerify(config, io, logger)
    const signed = await runSign(config, logger)
    io.stdout(config.format === 'ndjson' ? signed.records.map(r => JSON.stringify(r)).join('\n') : signed.text)
    return signed.ok ? EXIT_OK : EXIT_POLICY
  } catch (e) {
    io.stderr(`fremforge-cosign: ${messageOf(e)}`)
    if (config.mode !== 'scan') await writeResults(config.resultsFile, []).catch(() => undefined)
    return isAppError(e) && e.code.startsWith('INPUT_') ? EXIT_USAGE : EXIT_POLICY
  }
}

async function cliScan(config: Config, io: CliIo, logger: Logger): Promise<number> {
  const { scan, images, unpinned } = await runScan(config, logger)
  if (config.format === 'ndjson') {
    // tag and digest are always present (null when absent): the ndjson keys are a contract.
    for (const r of scan.refs) io.stdout(JSON.stringify({ ...r, tag: r.tag ?? null, digest: r.digest ?? null }))
  } else {
    io.stdout(renderScanTable(scan.refs))
    io.stdout(`\n${scan.refs.length} references (${images} unique digests, ${unpinned} unpinned) in ${scan.filesSeen} files; ${scan.skipped.length} skipped.`)
  }
  return EXIT_OK
}

async function cliVerify(config: Config, io: CliIo, logger: Logger): Promise<number> {
  const verifier = await createImageVerifier(config, logger)
  const progress = io.isTTY
    ? (done: number, total: number) => {
        if (done === total || done % 10 === 0) process.stderr.write(`\rverifying ${done}/${total}${done === total ? '\n' : ''}`)
      }
    : undefined
  const outcome = await runVerify(config, logger, { verifier, env: io.env, onVerdict: progress })
  if (config.format === 'ndjson') {
    for (const r of outcome.records) io.stdout(JSON.stringify(r))
  } else {
    io.stdout(renderVerifyTable(outcome.items, io.isTTY && !io.env.NO_COLOR))
    io.stdout('')
    io.stdout(renderCounts(outcome.counts))
    const problems = renderProblems(outcome.items)
    if (problems) io.stdout(`\nNot verified:\n${problems}`)
  }
  if (!outcome.resultsError) io.stderr(`results written to ${outcome.resultsFile}`)
  if (outcome.upload.state !== 'skipped' || config.apiToken) io.stderr(outcome.upload.message)
  return outcome.policyFailed || outcome.uploadFailed || outcome.resultsError ? EXIT_POLICY : EXIT_OK
}
