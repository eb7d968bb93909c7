import * as core from '@actions/core'
import { resolveConfig, OPTIONS, type Config, type RawOptions } from './config/index.js'
import { isAppError, messageOf } from './errors.js'
import type { Logger } from './logger.js'
import { runScan, runVerify, writeResults, type VerifyOutcome } from './engine/index.js'
import { createImageVerifier, runSign } from './engine/compose.js'
import { createPolicyRun } from './engine/policy-run.js'
import { runExplain } from './engine/explain-run.js'
import { renderExplainTable } from './policy/index.js'
import { limitAnnotations, platformFromEnv, renderSummary, runContextFromEnv, toAnnotations, toPlainLines } from './report/index.js'
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

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let config: Config | undefined
  try {
    config = resolveConfig(readInputs(env), env)
    for (const s of [config.registryPassword, config.apiToken, config.keyPassword, config.identityToken]) if (s) core.setSecret(s)
    if (config.mode === 'scan') await actionScan(config)
    else if (config.mode === 'verify') await actionVerify(config, env)
    else if (config.mode === 'explain') await actionExplain(config)
    else await actionSign(config, env)
  } catch (e) {
    if (config && config.mode !== 'scan') {
      await writeResults(config.resultsFile, []).catch(() => undefined)
      core.setOutput('results-file', config.resultsFile)
    }
    core.setFailed(isAppError(e) ? `${messageOf(e)} [${e.code}]` : messageOf(e))
  }
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

async function actionVerify(config: Config, env: NodeJS.ProcessEnv): Promise<void> {
  const policyRun = config.policy.length > 0 ? await createPolicyRun(config, actionLogger) : undefined
  const verifier = policyRun?.verifier ?? (await createImageVerifier(config, actionLogger))
  const outcome = await runVerify(config, actionLogger, { verifier, env, policy: policyRun?.policy })
  await report(outcome, env)
  if (outcome.policyFailed) {
    const rules = [config.requireSigned && 'require-signed', config.requirePinned && 'require-pinned'].filter(Boolean).join(', ')
    const unenforceable = outcome.notEnforceable.length > 0 ? `; ${outcome.notEnforceable.length} policy features are not enforceable` : ''
    core.setFailed(`${outcome.counts.findings} images break the policy (${rules})${unenforceable}; see the job summary`)
  }
  else if (outcome.uploadFailed) core.setFailed(`upload to fremforge failed: ${outcome.upload.message}`)
}

/** `mode: explain`: which policy governs each image, offline; nothing is verified. */
async function actionExplain(config: Config): Promise<void> {
  const lines = await runExplain(config, actionLogger)
  core.info(renderExplainTable(lines))
  core.setOutput('images', lines.length)
  const rows = lines.map(l => [l.image, l.effective, l.no_match ? '(no policy matches)' : l.policies.map(p => `${p.name} [${p.mode}]: ${p.authorities.join(', ')}`).join('; ')])
  await core.summary
    .addHeading('Image policy', 2)
    .addTable([[{ data: 'Image', header: true }, { data: 'If unverified', header: true }, { data: 'Policies', header: true }], ...rows.slice(0, 500)])
    .write()
    .catch(e => core.warning(`could not write the job summary: ${messageOf(e)}`))
}

async function actionSign(config: Config, env: NodeJS.ProcessEnv): Promise<void> {
  const outcome = await runSign(config, actionLogger, { env })
  core.info(outcome.text)
  core.setOutput('signatures', JSON.stringify(outcome.signatures))
  core.setOutput('results-file', outcome.resultsFile)
  core.setOutput('images', outcome.records.length)
  core.setOutput('verified', outcome.records.filter(r => r.status === 'verified').length)
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
  if (!outcome.ok) core.setFailed(config.mode === 'sign-and-verify' ? 'signing or verifying what was signed did not succeed for every image; see the log and the job summary' : 'signing did not succeed for every image; see the log and the job summary')
}

async function report(outcome: VerifyOutcome, env: NodeJS.ProcessEnv): Promise<void> {
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
}
