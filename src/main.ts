import * as core from '@actions/core'
import { resolveConfig, OPTIONS, OUTPUTS, type Config, type RawOptions } from './config/index.js'
import { isAppError, messageOf } from './errors.js'
import type { Logger } from './logger.js'
import { runScan, runVerify, type VerifyOutcome } from './engine/index.js'
import { createImageVerifier, runSign } from './engine/compose.js'
import { limitAnnotations, platformFromEnv, renderSummary, runContextFromEnv, toAnnotations, toPlainLines, writeResultsFile } from './report/index.js'
import { cell } from './report/format.js'
import { renderScanTable } from './cli/table.js'

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

export const actionLogger: Logger = {
  debug: m => core.debug(m),
  info: m => core.info(m),
  warning: (m, w) => core.warning(m, w?.file ? { file: w.file, startLine: w.line } : undefined),
  error: (m, w) => core.error(m, w?.file ? { file: w.file, startLine: w.line } : undefined),
  secret: s => core.setSecret(s)
}

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
    const config = resolveConfig(readInputs(env), env)
    state.config = config
    for (const s of [config.registryPassword, config.apiToken, config.keyPassword, config.identityToken]) if (s) core.setSecret(s)
    if (config.mode === 'scan') await actionScan(config)
    else if (config.mode === 'verify') await actionVerify(config, env, state)
    else await actionSign(config, env, state)
  } catch (e) {
    await reportFailure(state, e)
  }
}

/** The step's failure with everything a later step relies on: the results file, the outputs and a summary. */
export async function reportFailure(state: RunState, e: unknown): Promise<void> {
  const message = isAppError(e) ? `${messageOf(e)} [${e.code}]` : messageOf(e)
  const config = state.config
  const withResults = config !== undefined && config.mode !== 'scan'
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
    const text = cell(message).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    await core.summary
      .addHeading('fremforge cosign: the run did not complete', 2)
      .addRaw(`${text}\n\nNo image is reported as verified.\n`)
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

async function actionScan(config: Config): Promise<void> {
  const { scan, images, unpinned } = await runScan(config, actionLogger)
  core.info(renderScanTable(scan.refs))
  core.setOutput('references', scan.refs.length)
  core.setOutput('images', images)
  core.setOutput('unpinned', unpinned)
  const rows = scan.refs.map(r => [`${r.file}:${r.line}`, r.kind, r.ref])
  await core.summary
    .addHeading('Image references', 2)
    .addRaw(`${scan.refs.length} references, ${images} unique digests, ${unpinned} unpinned, in ${scan.filesSeen} files.\n\n`)
    .addTable([[{ data: 'Location', header: true }, { data: 'Kind', header: true }, { data: 'Reference', header: true }], ...rows.slice(0, 500)])
    .write()
}

async function actionVerify(config: Config, env: NodeJS.ProcessEnv, state: RunState): Promise<void> {
  const verifier = await createImageVerifier(config, actionLogger)
  const outcome = await runVerify(config, actionLogger, { verifier, env })
  state.resultsWritten = true
  await report(outcome, env, state)
  if (outcome.resultsError) core.setFailed(`${outcome.resultsError.message} [${outcome.resultsError.code}]`)
  if (outcome.policyFailed) {
    const rules = [config.requireSigned && 'require-signed', config.requirePinned && 'require-pinned'].filter(Boolean).join(', ')
    core.setFailed(`${outcome.counts.findings} images break the policy (${rules}); see the job summary`)
  }
  if (outcome.uploadFailed) core.setFailed(`upload to fremforge failed: ${outcome.upload.message}`)
}

async function actionSign(config: Config, env: NodeJS.ProcessEnv, state: RunState): Promise<void> {
  const outcome = await runSign(config, actionLogger, { env })
  state.resultsWritten = true
  core.info(outcome.text)
  core.setOutput('signatures', JSON.stringify(outcome.signatures))
  core.setOutput('results-file', outcome.resultsFile)
  core.setOutput('images', outcome.records.length)
  core.setOutput('verified', outcome.records.filter(r => r.status === 'verified').length)
  state.outputsWritten = true
  if (outcome.upload.state === 'failed') core.warning(`upload to fremforge failed: ${outcome.upload.message}`)
  const rows = outcome.signatures.map(s => [s.image, s.format, s.location, s.tlogIndex === null ? '—' : String(s.tlogIndex), s.identity.issuer ? `${s.identity.subject} (${s.identity.issuer})` : s.identity.subject])
  const failed = outcome.items.filter(i => i.verdict.status !== 'verified').map(i => `- \`${i.verdict.name}${i.verdict.digest ? `@${i.verdict.digest}` : ''}\`: ${i.verdict.status}: ${i.verdict.details}`)
  core.summary.addHeading('Signed images', 2).addRaw(`${outcome.text.split('\n')[0]}\n\n`)
  if (rows.length > 0) {
    const head = ['Image', 'Format', 'Location', 'Tlog index', 'Identity'].map(data => ({ data, header: true }))
    core.summary.addTable([head, ...rows])
  }
  if (failed.length > 0) core.summary.addRaw(`\n**Not signed or not verified:**\n\n${failed.join('\n')}\n`)
  core.summary.addRaw(`\n${[...outcome.warnings, `Upload: ${outcome.upload.message}`].map(n => `- ${n}`).join('\n')}\n`)
  await core.summary.write().catch(e => core.warning(`could not write the job summary: ${messageOf(e)}`))
  state.summaryWritten = true
  if (!outcome.ok) core.setFailed(config.mode === 'sign-and-verify' ? 'signing or verifying what was signed did not succeed for every image; see the log and the job summary' : 'signing did not succeed for every image; see the log and the job summary')
}

async function report(outcome: VerifyOutcome, env: NodeJS.ProcessEnv, state: RunState): Promise<void> {
  const platform = platformFromEnv(env)
  const all = toAnnotations(outcome.items, outcome.policy)
  const { shown, hidden } = limitAnnotations(all)
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
  for (const [k, v] of Object.entries(c)) core.setOutput(k, v)
  state.outputsWritten = true
  const summary = renderSummary({
    items: outcome.items,
    counts: c,
    policy: outcome.policy,
    run: runContextFromEnv(env),
    platform,
    resultsFile: outcome.resultsFile,
    notes: [...outcome.warnings, `Upload: ${outcome.upload.message}`]
  })
  core.summary.addRaw(summary)
  // A summary is a nicety: a runner without GITHUB_STEP_SUMMARY must not fail the step.
  await core.summary.write().catch(e => core.warning(`could not write the job summary: ${messageOf(e)}`))
  state.summaryWritten = true
}
