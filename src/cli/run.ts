import { messageOf } from '../errors.js'
import type { Logger } from '../logger.js'
import { resolveConfig, type Config } from '../config/index.js'
import { helpText, isUsageError, parseArgs } from './args.js'
import { runPolicyCommand } from './policy-command.js'
import { VERSION } from '../version.js'
import { describePolicy } from '../policy/index.js'
import { renderCounts, renderProblems, renderScanTable, renderUnscanned, renderVerifyTable } from '../report/index.js'
import { safeIo, stderrLogger, toJsonLine, type CliIo } from './output.js'
import type { UnscannedFile } from '../scan/index.js'

export type { CliIo }

export const EXIT_OK = 0
export const EXIT_POLICY = 1
export const EXIT_USAGE = 2

/** Filled as the run goes, for the entry point's guard (a run that never settles still writes its results file). */
export interface CliRunState {
  config?: Config
}

export async function runCli(argv: readonly string[], rawIo: CliIo, state: CliRunState = {}): Promise<number> {
  const io = safeIo(rawIo)
  let config: Config
  const secrets: string[] = []
  const logger = stderrLogger(io, secrets)
  if (argv[0] === 'policy') return runPolicyCommand(argv.slice(1), io)
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
    state.config = config
  } catch (e) {
    io.stderr(`fremforge-cosign: ${messageOf(e)}`)
    io.stderr("Run 'fremforge-cosign --help' for the options.")
    return EXIT_USAGE
  }
  for (const s of [config.registryPassword, config.apiToken, config.keyPassword, config.identityToken, config.githubToken, config.cacheSecret]) if (s) logger.secret(s)
  try {
    if (config.mode !== 'scan' && config.fremforgeAuth === 'oidc') {
      const { uploadToken } = await import('../forge/index.js')
      config = { ...config, apiToken: await uploadToken(config, io.env, logger) }
    }
    if (config.mode === 'scan') return await cliScan(config, io, logger)
    if (config.mode === 'verify') return await cliVerify(config, io, logger)
    // Loaded on demand: `scan` and `--help` never load the signing and verification code (sigstore).
    const { runAttest, runSign } = await import('../engine/index.js')
    const signed = await (config.mode.startsWith('attest') ? runAttest : runSign)(config, logger, { env: io.env })
    io.stdout(config.format === 'ndjson' ? signed.records.map(r => toJsonLine(r)).join('\n') : signed.text)
    return signed.ok ? EXIT_OK : EXIT_POLICY
  } catch (e) {
    io.stderr(`fremforge-cosign: ${messageOf(e)}`)
    if (config.mode !== 'scan') await writeEmptyResults(config.resultsFile)
    return isUsageError(e) ? EXIT_USAGE : EXIT_POLICY
  }
}

/** NDJSON line of an unscanned file: the scan line's keys (ref, name, tag, digest null) plus code and reason. */
const UNSCANNED_SCHEMA = 'fremforge.cosign.unscanned/v1'
function toUnscannedLine(u: UnscannedFile): Record<string, unknown> {
  return { file: u.file, line: u.line ?? null, column: null, kind: 'unscanned', ref: null, name: null, tag: null, digest: null, code: u.code, reason: u.reason }
}

async function writeEmptyResults(file: string): Promise<void> {
  const { writeResultsFile } = await import('../report/index.js')
  await writeResultsFile(file, []).catch(() => undefined)
}

async function cliScan(config: Config, io: CliIo, logger: Logger): Promise<number> {
  const [{ runScan }, { closingLine }] = await Promise.all([import('../engine/index.js'), import('../scan/index.js')])
  const { scan, images, unpinned } = await runScan(config, logger)
  if (config.format === 'ndjson') {
    // tag and digest are always present (null when absent): the ndjson keys are a contract.
    for (const r of scan.refs) io.stdout(toJsonLine({ ...r, tag: r.tag ?? null, digest: r.digest ?? null }))
    for (const u of scan.unscanned) io.stdout(toJsonLine(toUnscannedLine(u)))
  } else {
    io.stdout(renderScanTable(scan.refs))
    if (scan.unscanned.length > 0) io.stdout(`\nNot scanned:\n${renderUnscanned(scan.unscanned)}`)
    io.stdout(`\n${closingLine(scan)}; ${images} unique digests, ${unpinned} unpinned.`)
  }
  return EXIT_OK
}

async function cliVerify(config: Config, io: CliIo, logger: Logger): Promise<number> {
  const { createImageVerifier, createPolicyRun, defaultCacheDir, runVerify, withCacheFromConfig, withPolicyCache } = await import('../engine/index.js')
  const cacheSetup = { dir: config.cacheDir ?? defaultCacheDir(io.env), repository: io.env.GITHUB_REPOSITORY || 'local', logger }
  // With a policy file every image is checked per authority; the cache is keyed by each image's rules.
  const policyRun = config.policy.length > 0 ? await createPolicyRun(config, logger, io.env) : undefined
  const policy = policyRun ? (await withPolicyCache(policyRun.policy, config, cacheSetup)).policy : undefined
  const verifier = policyRun ? policyRun.verifier : (await withCacheFromConfig(await createImageVerifier(config, logger), config, cacheSetup)).verifier
  const progress = io.isTTY
    ? (done: number, total: number) => {
        if (done === total || done % 10 === 0) process.stderr.write(`\rverifying ${done}/${total}${done === total ? '\n' : ''}`)
      }
    : undefined
  const outcome = await runVerify(config, logger, { verifier, env: io.env, onVerdict: progress, policy })
  if (config.format === 'ndjson') {
    for (const r of outcome.records) io.stdout(toJsonLine(r))
    for (const u of outcome.unscanned) io.stdout(toJsonLine({ schema: UNSCANNED_SCHEMA, ...toUnscannedLine(u), finding: config.requireSigned }))
  } else {
    io.stdout(renderVerifyTable(outcome.items, io.isTTY && !io.env.NO_COLOR, outcome.policy))
    io.stdout('')
    io.stdout(renderCounts(outcome.counts))
    const problems = renderProblems(outcome.items)
    if (problems) io.stdout(`\nPolicy: ${describePolicy(outcome.policy).join(' ')}\n\nNot verified:\n${problems}`)
    if (outcome.unscanned.length > 0) io.stdout(`\nNot scanned${config.requireSigned ? ' (findings: require-signed)' : ''}:\n${renderUnscanned(outcome.unscanned)}`)
  }
  for (const u of outcome.unscanned) {
    const where = u.line === undefined ? { file: u.file } : { file: u.file, line: u.line }
    const message = `not scanned (${u.code}): ${u.reason}`
    if (config.requireSigned) logger.error(message, where)
    else logger.warning(message, where)
  }
  if (!outcome.resultsError) io.stderr(`results written to ${outcome.resultsFile}`)
  if (outcome.upload.state !== 'skipped' || config.apiToken) io.stderr(outcome.upload.message)
  return outcome.policyFailed || outcome.uploadFailed || outcome.resultsError ? EXIT_POLICY : EXIT_OK
}
