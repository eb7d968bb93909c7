import { messageOf } from '../errors.js'
import type { Logger } from '../logger.js'
import { resolveConfig, type Config } from '../config/index.js'
import { runScan, runVerify, writeResults } from '../engine/index.js'
import { createImageVerifier, runAttest, runSign } from '../engine/compose.js'
import { helpText, isUsageError, parseArgs } from './args.js'
import { VERSION } from '../version.js'
import { uploadToken } from '../forge/index.js'
import { describePolicy } from '../policy/index.js'
import { defaultCacheDir, withCacheFromConfig } from '../engine/cache-setup.js'
import { renderCounts, renderProblems, renderScanTable, renderVerifyTable } from './table.js'
import { safeIo, stderrLogger, toJsonLine, type CliIo } from './output.js'

export type { CliIo }

export const EXIT_OK = 0
export const EXIT_POLICY = 1
export const EXIT_USAGE = 2

export async function runCli(argv: readonly string[], rawIo: CliIo): Promise<number> {
  const io = safeIo(rawIo)
  let config: Config
  const secrets: string[] = []
  const logger = stderrLogger(io, secrets)
  try {
    const args = parseArgs(argv)
    if (args.version && !args.help) {
      io.stdout(VERSION)
      return EXIT_OK
    }
    if (args.help || !args.command) {
      ;(args.help ? io.stdout : io.stderr)(helpText(args.command))
      return args.help ? EXIT_OK : EXIT_USAGE
    }
    config = resolveConfig(args.raw, io.env)
  } catch (e) {
    io.stderr(`fremforge-cosign: ${messageOf(e)}`)
    io.stderr("Run 'fremforge-cosign --help' for the options.")
    return EXIT_USAGE
  }
  for (const s of [config.registryPassword, config.apiToken, config.keyPassword, config.identityToken, config.githubToken, config.cacheSecret]) if (s) logger.secret(s)
  try {
    if (config.mode !== 'scan' && config.fremforgeAuth === 'oidc') config = { ...config, apiToken: await uploadToken(config, io.env, logger) }
    if (config.mode === 'scan') return await cliScan(config, io, logger)
    if (config.mode === 'verify') return await cliVerify(config, io, logger)
    const signed = await (config.mode.startsWith('attest') ? runAttest : runSign)(config, logger)
    io.stdout(config.format === 'ndjson' ? signed.records.map(r => toJsonLine(r)).join('\n') : signed.text)
    return signed.ok ? EXIT_OK : EXIT_POLICY
  } catch (e) {
    io.stderr(`fremforge-cosign: ${messageOf(e)}`)
    if (config.mode !== 'scan') await writeResults(config.resultsFile, []).catch(() => undefined)
    return isUsageError(e) ? EXIT_USAGE : EXIT_POLICY
  }
}

async function cliScan(config: Config, io: CliIo, logger: Logger): Promise<number> {
  const { scan, images, unpinned } = await runScan(config, logger)
  if (config.format === 'ndjson') {
    // tag and digest are always present (null when absent): the ndjson keys are a contract.
    for (const r of scan.refs) io.stdout(toJsonLine({ ...r, tag: r.tag ?? null, digest: r.digest ?? null }))
  } else {
    io.stdout(renderScanTable(scan.refs))
    io.stdout(`\n${scan.refs.length} references (${images} unique digests, ${unpinned} unpinned) in ${scan.filesSeen} files; ${scan.skipped.length} skipped.`)
  }
  return EXIT_OK
}

async function cliVerify(config: Config, io: CliIo, logger: Logger): Promise<number> {
  const base = await createImageVerifier(config, logger)
  const { verifier } = await withCacheFromConfig(base, config, { dir: config.cacheDir ?? defaultCacheDir(io.env), repository: io.env.GITHUB_REPOSITORY || 'local', logger })
  const progress = io.isTTY
    ? (done: number, total: number) => {
        if (done === total || done % 10 === 0) process.stderr.write(`\rverifying ${done}/${total}${done === total ? '\n' : ''}`)
      }
    : undefined
  const outcome = await runVerify(config, logger, { verifier, env: io.env, onVerdict: progress })
  if (config.format === 'ndjson') {
    for (const r of outcome.records) io.stdout(toJsonLine(r))
  } else {
    io.stdout(renderVerifyTable(outcome.items, io.isTTY && !io.env.NO_COLOR, outcome.policy))
    io.stdout('')
    io.stdout(renderCounts(outcome.counts))
    const problems = renderProblems(outcome.items)
    if (problems) io.stdout(`\nPolicy: ${describePolicy(outcome.policy).join(' ')}\n\nNot verified:\n${problems}`)
  }
  io.stderr(`results written to ${outcome.resultsFile}`)
  if (outcome.upload.state !== 'skipped' || config.apiToken) io.stderr(outcome.upload.message)
  return outcome.policyFailed || outcome.uploadFailed ? EXIT_POLICY : EXIT_OK
}
