import * as core from './action-core.js'
import { actionLogger } from './action-core.js'
import path from 'node:path'
import { resolveConfig, OPTIONS, OUTPUTS, type Config, type RawOptions } from './config/index.js'
import { isAppError, messageOf } from './errors.js'
import { createPolicyRun, runAttest, runExplain, runScan, runSign, runVerify, type VerifyOutcome } from './engine/index.js'
import { renderExplainTable } from './policy/index.js'
import { limitAnnotations, platformFromEnv, renderExplainSummary, renderScanSummary, renderScanTable, renderSignSummary, renderSummary, runContextFromEnv, toAnnotations, toPlainLines, unscannedAnnotations, writeResultsFile } from './report/index.js'
import { closingLine } from './scan/index.js'
import { cell } from './report/format.js'
import { forgeClientFromEnv } from './action-forge.js'
import { changesForRun, uploadToken, publishFeedback, pullRequestFromEnv, type Changes, type ForgeClient, type PullRequest } from './forge/index.js'
import { createActionPolicyCache, createActionVerifier } from './action-verifier.js'

/** Reads every declared input as the runner passes it (INPUT_<NAME>, hyphens kept). */
export function readInputs(env: NodeJS.ProcessEnv = process.env): RawOptions {
  const raw: RawOptions = {}
  for (const o of OPTIONS) {
    if (o.cliOnly) continue
    const value = env[`INPUT_${o.name.replace(/ /g, '_').toUpperCase()}`]
    if (value !== undefined) raw[o.name] = value
  }
  return raw
}

export { actionLogger }

/** How far a run got, so that whatever fails, what is missing is still written (issue 11, defect 4). */
export interface RunState {
  config?: Config
  resultsWritten: boolean
  outputsWritten: boolean
  summaryWritten: boolean
}

export const newRunState = (): RunState => ({ resultsWritten: false, outputsWritten: false, summaryWritten: false })

export async function run(env: NodeJS.ProcessEnv = process.env, state: RunState = newRunState()): Promise<void> {
  try {
    let config = resolveConfig(readInputs(env), env)
    state.config = config
    for (const s of [config.registryPassword, config.apiToken, config.keyPassword, config.identityToken, config.githubToken, config.cacheSecret]) if (s) core.setSecret(s)
    if (config.mode !== 'scan' && config.fremforgeAuth === 'oidc') config = { ...config, apiToken: await uploadToken(config, env, actionLogger) }
    if (config.mode === 'scan') await actionScan(config, env)
    else if (config.mode === 'verify') await actionVerify(config, env, state)
    else if (config.mode === 'explain') await actionExplain(config, env)
    else await actionSign(config, env, state)
  } catch (e) {
    await reportFailure(state, e)
  }
}

/** The step's failure with everything a later step relies on: the results file, the outputs and a summary. */
export async function reportFailure(state: RunState, e: unknown): Promise<void> {
  const message = isAppError(e) ? `${messageOf(e)} [${e.code}]` : messageOf(e)
  const config = state.config
  const withResults = config !== undefined && config.mode !== 'scan' && config.mode !== 'explain'
  if (withResults && !state.resultsWritten) {
    state.resultsWritten = true
    await writeResultsFile(config.resultsFile, []).catch((err: unknown) => core.error(`${messageOf(err)}`))
  }
  if (!state.outputsWritten) {
    state.outputsWritten = true
    for (const o of OUTPUTS) {
      if (o.name === 'results-file') {
        if (withResults) core.setOutput(o.name, config.resultsFile)
      } else core.setOutput(o.name, o.name === 'signatures' ? '[]' : 0)
    }
  }
  if (!state.summaryWritten) {
    state.summaryWritten = true
    await core.summary
      .addHeading('fremforge cosign: the run did not complete', 2)
      .addRaw(`${cell(message)}\n\nNo image is reported as verified.\n`)
      .write()
      .catch(err => core.warning(`could not write the job summary: ${messageOf(err)}`))
  }
  core.setFailed(message)
}

/**
 * `run` under a guard: an exception nobody awaited, or a run left waiting on something that can
 * never settle (the event loop drains: Node would exit with code 13 and say nothing), still ends
 * with the results file, the outputs, a summary and exit code 1.
 */
export function runGuarded(env: NodeJS.ProcessEnv = process.env, work: (env: NodeJS.ProcessEnv, state: RunState) => Promise<void> = run): Promise<void> {
  const state = newRunState()
  return new Promise(resolve => {
    let settled = false
    const finish = (error?: unknown): void => {
      if (settled) return
      settled = true
      process.off('unhandledRejection', failed)
      process.off('uncaughtException', failed)
      process.off('beforeExit', stalled)
      if (error === undefined) return resolve()
      reportFailure(state, error).then(resolve, resolve)
    }
    const failed = (error: unknown): void => finish(error ?? new Error('the run failed without saying why'))
    const stalled = (): void => failed(new Error('the run stopped before it finished: an operation never completed'))
    process.on('unhandledRejection', failed)
    process.on('uncaughtException', failed)
    process.on('beforeExit', stalled)
    work(env, state).then(() => finish(), failed)
  })
}

async function actionScan(config: Config, env: NodeJS.ProcessEnv): Promise<void> {
  const { scan, images, unpinned } = await runScan(config, actionLogger)
  core.info(renderScanTable(scan.refs))
  core.setOutput('references', scan.refs.length)
  core.setOutput('images', images)
  core.setOutput('unpinned', unpinned)
  core.setOutput('unscanned', scan.unscanned.length)
  core.info(closingLine(scan))
  await core.summary
    .addRaw(renderScanSummary({ refs: scan.refs, images, unpinned, filesSeen: scan.filesSeen, unscanned: scan.unscanned, run: runContextFromEnv(env), platform: platformFromEnv(env) }))
    .write()
}

async function actionVerify(config: Config, env: NodeJS.ProcessEnv, state: RunState): Promise<void> {
  // With a policy file every image is checked per authority; the cache is keyed by each image's rules.
  const policyRun = config.policy.length > 0 ? await createPolicyRun(config, actionLogger, env) : undefined
  const policyCache = policyRun ? await createActionPolicyCache(policyRun.policy, config, actionLogger, env) : undefined
  const cached = policyRun ? undefined : await createActionVerifier(config, actionLogger, env)
  const verifier = policyRun?.verifier ?? cached!.verifier
  const pr = await pullRequestFromEnv(env)
  const client = forgeClientFromEnv(env, platformFromEnv(env), config.githubToken, config.timeoutMs)
  const fromApi = client ? (p: PullRequest) => client.changedLines(p) : undefined
  const baseFromApi = client?.baseFile ? (p: PullRequest, file: string) => client.baseFile!(p, file) : undefined
  const changes = await changesForRun({ pr, workspace: config.workspace, scanRoot: config.path, logger: actionLogger, fromApi, baseFromApi, timeoutMs: config.timeoutMs, maxFileSize: config.maxFileSize })
  const outcome = await runVerify(config, actionLogger, { verifier, env, changes, policy: policyCache?.policy })
  state.resultsWritten = true
  await cached?.finish()
  await policyCache?.finish()
  await report(outcome, env, state, { config, pr, client, changes })
  if (outcome.resultsError) core.setFailed(`${outcome.resultsError.message} [${outcome.resultsError.code}]`)
  if (outcome.policyFailed) {
    const rules = [config.requireSigned && 'require-signed', config.requirePinned && 'require-pinned'].filter(Boolean).join(', ')
    const count = config.failOn === 'new' ? `${outcome.newFindings} images introduced by this pull request` : `${outcome.counts.findings} images`
    const unscanned = config.requireSigned && outcome.unscanned.length > 0 ? ` and ${outcome.unscanned.length} files could not be scanned` : ''
    const unenforceable = outcome.notEnforceable.length > 0 ? `; ${outcome.notEnforceable.length} policy features are not enforceable` : ''
    core.setFailed(`${count} break the policy (${rules})${unscanned}${unenforceable}; see the job summary`)
  }
  else if (outcome.uploadFailed) core.setFailed(`upload to fremforge failed: ${outcome.upload.message}`)
}

/** `mode: explain`: which policy governs each image, offline; nothing is verified. */
async function actionExplain(config: Config, env: NodeJS.ProcessEnv): Promise<void> {
  const lines = await runExplain(config, actionLogger, undefined, env)
  core.info(renderExplainTable(lines))
  core.setOutput('images', lines.length)
  await core.summary
    .addRaw(renderExplainSummary(lines))
    .write()
    .catch(e => core.warning(`could not write the job summary: ${messageOf(e)}`))
}

async function actionSign(config: Config, env: NodeJS.ProcessEnv, state: RunState): Promise<void> {
  const outcome = await (config.mode.startsWith('attest') ? runAttest : runSign)(config, actionLogger, { env })
  state.resultsWritten = true
  core.info(outcome.text)
  core.setOutput('signatures', JSON.stringify(outcome.signatures))
  core.setOutput('results-file', outcome.resultsFile)
  core.setOutput('images', outcome.records.length)
  core.setOutput('verified', outcome.records.filter(r => r.status === 'verified').length)
  state.outputsWritten = true
  if (outcome.upload.state === 'failed') core.warning(`upload to fremforge failed: ${outcome.upload.message}`)
  core.summary.addRaw(renderSignSummary({ ...outcome, notes: [...outcome.warnings, `Upload: ${outcome.upload.message}`] }))
  await core.summary.write().catch(e => core.warning(`could not write the job summary: ${messageOf(e)}`))
  state.summaryWritten = true
  if (!outcome.ok) core.setFailed(config.mode === 'sign-and-verify' ? 'signing or verifying what was signed did not succeed for every image; see the log and the job summary' : 'signing did not succeed for every image; see the log and the job summary')
}

/** The scan root inside the workspace, as forge paths need it. */
function scanPrefix(config: Config): string {
  const rel = config.path ? path.relative(config.workspace, config.path) : ''
  return rel.startsWith('..') ? '' : rel.split(path.sep).join('/')
}

interface ForgeContext {
  config: Config
  pr: PullRequest | null
  client: ForgeClient | null
  changes: Changes | null
}

async function report(outcome: VerifyOutcome, env: NodeJS.ProcessEnv, state: RunState, forge?: ForgeContext): Promise<void> {
  const platform = platformFromEnv(env)
  const feedback = forge
    ? await publishFeedback({
        items: outcome.items,
        counts: outcome.counts,
        policy: outcome.policy,
        policyFailed: outcome.policyFailed,
        run: runContextFromEnv(env),
        platform,
        pr: forge.pr,
        client: forge.client,
        prComment: forge.config.prComment,
        workflow: env.GITHUB_WORKFLOW ?? 'workflow',
        job: env.GITHUB_JOB ?? 'job',
        sha: env.GITHUB_SHA ?? null,
        prefix: forge.changes?.prefix ?? scanPrefix(forge.config),
        logger: actionLogger
      })
    : undefined
  const unscanned = unscannedAnnotations(outcome.unscanned, outcome.policy.requireSigned)
  const all = [...unscanned, ...toAnnotations(outcome.items, outcome.policy)]
  // A check run carries every image annotation; workflow commands would only repeat the first ten.
  const { shown, hidden } = feedback?.checkRun ? { shown: unscanned, hidden: 0 } : limitAnnotations(all)
  for (const a of shown) {
    const props = { file: a.file, startLine: a.line, title: a.title }
    if (a.level === 'error') core.error(a.message, props)
    else core.warning(a.message, props)
  }
  if (hidden > 0) core.notice(`${hidden} more annotations are listed in the job summary and the results file`)
  if (platform === 'forgejo' || platform === 'gitea') for (const line of toPlainLines(all)) core.info(line)
  if (outcome.upload.state === 'failed') core.warning(`upload to fremforge failed: ${outcome.upload.message}`)
  else if (outcome.upload.state === 'skipped') core.notice(outcome.upload.message)
  else core.info(outcome.upload.message)

  const c = outcome.counts
  core.setOutput('results-file', outcome.resultsFile)
  core.setOutput('references', outcome.refs.length)
  core.setOutput('unscanned', outcome.unscanned.length)
  for (const [k, v] of Object.entries(c)) core.setOutput(k, v)
  state.outputsWritten = true
  const summary = renderSummary({
    items: outcome.items,
    counts: c,
    policy: outcome.policy,
    run: runContextFromEnv(env),
    platform,
    resultsFile: outcome.resultsFile,
    unscanned: outcome.unscanned,
    notes: [...outcome.warnings, `Upload: ${outcome.upload.message}`, ...(feedback?.notes ?? [])]
  })
  core.summary.addRaw(summary)
  // A summary is a nicety: a runner without GITHUB_STEP_SUMMARY must not fail the step.
  await core.summary.write().catch(e => core.warning(`could not write the job summary: ${messageOf(e)}`))
  state.summaryWritten = true
}
