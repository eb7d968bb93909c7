import type { Config } from '../config/index.js'
import { AppError, messageOf } from '../errors.js'
import type { Logger } from '../logger.js'
import {
  SignError,
  createIdentityProvider,
  createKeySigner,
  createKeylessSigner,
  createWitnesses,
  keyId,
  loadSigningKey,
  resolveSignTargets,
  signImages,
  statusFor,
  type IdentitySigner,
  type RetryOptions,
  type SignTarget,
  type UnresolvedImage
} from '../cosign/index.js'
import { unverifiedVerdict, type Verdict } from '../policy/index.js'
import type { RegistryClient } from '../registry/index.js'
import { runContextFromEnv, toRecord, toReportItem, uploadResults, writeResultsReported, type ReportItem, type SignatureOutput, type ResultRecord, type UploadOutcome } from '../report/index.js'
import { policyFromConfig } from './policy-config.js'
import { keySecrets, readKeyInput } from './read-key.js'
import type { Redactor } from './redact.js'
import { withSigningGuards } from './sign-guard.js'
import { buildProof, verifyPushed } from './sign-proof.js'
import { registriesOf, registryClientFor } from './credentials.js'
import { parseNormalizedNamed } from '../reference/index.js'

/** One entry of the `signatures` output. */
export type { SignatureOutput }

export interface SignOutcome {
  /** Every image signed (and, for sign-and-verify, verified), and no upload failure set to fail. */
  ok: boolean
  text: string
  records: ResultRecord[]
  signatures: SignatureOutput[]
  items: ReportItem[]
  resultsFile: string
  upload: UploadOutcome
  warnings: string[]
  /** The results file could not be written (INPUT_INVALID naming results-file). */
  resultsError?: AppError
}

export interface SignDeps {
  client?: RegistryClient
  /** The runner's environment (OIDC token request, the run context): the shells pass it in. */
  env: NodeJS.ProcessEnv
  fetch?: typeof fetch
  now?: () => Date
  /** Retries of Fulcio, Rekor and the TSA (408, 429, 5xx). */
  retry?: RetryOptions
}

const verdictOf = (target: { name: string; digest?: string }, status: Verdict['status'], details: string): Verdict =>
  unverifiedVerdict(target.name, target.digest, status, details)

const describe = (e: unknown): string => (e instanceof AppError ? `${messageOf(e)} [${e.code}]` : messageOf(e))

export async function buildSigner(config: Config, logger: Logger, deps: SignDeps): Promise<{ signer: IdentitySigner; publicKeyPem?: string }> {
  if (config.key !== undefined) {
    const text = (await readKeyInput(config.key, config.timeoutMs)) ?? ''
    for (const s of keySecrets(config.key, text)) logger.secret(s)
    const key = await loadSigningKey(text, config.keyPassword)
    return { signer: createKeySigner(key, keyId(key.publicKeyPem)), publicKeyPem: key.publicKeyPem }
  }
  if (!config.tlogUpload) {
    throw new SignError('SIGN_INPUT_INVALID', "option 'tlog-upload': keyless signing needs the transparency log (a short-lived certificate proves nothing without a log entry); use a key to sign without it")
  }
  const identityProvider = createIdentityProvider({ identityToken: config.identityToken, fulcioUrl: config.fulcioUrl, env: deps.env, fetch: deps.fetch, logger, timeoutMs: config.timeoutMs })
  return { signer: createKeylessSigner({ fulcioUrl: config.fulcioUrl, identityProvider, timeoutMs: config.timeoutMs, retry: deps.retry, now: deps.now }) }
}

/**
 * `sign` and `sign-and-verify`: resolve the images (each must exist), sign them all, prove each
 * signature against the trust root and the exact identity before pushing it, push, then read
 * back exactly what was pushed and prove it again. Records carry that status, so `verified`
 * means this run's signature verified. In plain `sign` a failed read-back is a warning, in
 * `sign-and-verify` it fails the step; a signature that does not prove is never pushed. Every
 * known secret is cut out of every message, record and upload.
 */
export async function runSign(config: Config, logger: Logger, deps: SignDeps): Promise<SignOutcome> {
  return withSigningGuards(config, logger, (log, redactor) => signAll(config, log, redactor, deps))
}

async function signAll(config: Config, logger: Logger, redactor: Redactor, deps: SignDeps): Promise<SignOutcome> {
  const env = deps.env
  const now = deps.now ?? (() => new Date())
  const client = deps.client ?? registryClientFor(config, logger, registriesOf(config.images.map(i => parseNormalizedNamed(i).name)))
  const strict = config.mode === 'sign-and-verify'
  const { signer, publicKeyPem } = await buildSigner(config, logger, deps)
  const proof = await buildProof(config, logger, publicKeyPem)
  const witnesses = createWitnesses({ rekorUrl: config.rekorUrl, tsaUrl: config.tsaUrl, tlogUpload: config.tlogUpload, timeoutMs: config.timeoutMs, retry: deps.retry })
  const { targets, unresolved, warnings } = await resolveSignTargets(client, config.images, config.recursive, logger)
  const results = await signImages(targets, { client, signer, witnesses, format: config.signatureFormat, annotations: config.annotations, proof, logger, now, urls: config })

  const verdicts: Verdict[] = []
  const signatures: SignatureOutput[] = []
  const lines: string[] = []
  let failed = unresolved.length
  for (const result of results) {
    const { target } = result
    if (!result.ok) {
      failed++
      lines.push(`✗ ${target.name}@${target.digest}: not signed: ${describe(result.error)}`)
      verdicts.push(verdictOf(target, statusFor(result.error), `signing failed: ${describe(result.error)}`))
      continue
    }
    for (const s of result.signatures) {
      signatures.push({ image: `${target.name}@${target.digest}`, digest: target.digest, format: s.format === 'bundle' ? 'sigstore-bundle' : 'cosign-legacy', location: s.reference, storage: s.location, tlogIndex: s.tlogIndex, identity: result.identity })
    }
    const made = result.signatures.map(s => `${s.format} → ${s.reference}${s.tlogIndex === null ? '' : ` (tlog #${s.tlogIndex})`}`).join(', ')
    const verdict = await verifyPushed(client, result, proof)
    const verified = verdict.status === 'verified'
    const details = `Signed by ${result.identity.subject}${result.identity.issuer ? ` (issuer ${result.identity.issuer})` : ''}: ${made}. ${verified ? 'Verified' : 'Not verified'}: ${verdict.details}`
    verdicts.push({ ...verdict, digest: target.digest, details })
    if (!verified) {
      if (strict) failed++
      const msg = `${target.name}@${target.digest} was signed but what was pushed does not verify (${verdict.status}): ${verdict.details}`
      if (strict) logger.error(msg)
      else logger.warning(msg)
    }
    lines.push(`${verified ? '✓' : strict ? '✗' : '⚠'} ${target.name}@${target.digest}${target.platform ? ` [${target.platform}]` : ''}: ${made}; ${verified ? 'verified' : `not verified (${verdict.status})`}`)
  }
  for (const u of unresolved) {
    lines.push(`✗ ${u.ref}: could not resolve: ${describe(u.error)}`)
    verdicts.push(verdictOf(u, statusFor(u.error), `could not resolve ${u.ref} to an existing image, so nothing was signed: ${describe(u.error)}`))
  }

  const policy = policyFromConfig(config)
  const run = runContextFromEnv(env)
  const checkedAt = now()
  const items: ReportItem[] = redactor.redactDeep(verdicts.map(v => toReportItem(v, tagsOf(targets, unresolved, v), [])))
  const records = redactor.redactDeep(items.map(item => toRecord(item, policy, run, checkedAt)))
  const resultsError = await writeResultsReported(config.resultsFile, records, logger)
  const upload = config.upload
    ? await uploadResults(records.map(r => JSON.stringify(r)), { baseUrl: config.fremforgeUrl, token: config.apiToken, run, logger, timeoutMs: config.timeoutMs })
    : { state: 'skipped' as const, chunks: 0, records: 0, message: 'upload is turned off (upload: false)' }
  const uploadFailed = upload.state === 'failed' && config.uploadFailure === 'fail'
  const signed = results.filter(r => r.ok).length
  lines.unshift(`Signed ${signed} of ${results.length + unresolved.length} images (${config.signatureFormat}).`)
  if (resultsError) lines.push(`✗ results file not written: ${resultsError.message}`)
  return redactor.redactDeep({ ok: failed === 0 && !uploadFailed && !resultsError, text: lines.join('\n'), records, signatures, items, resultsFile: config.resultsFile, upload, warnings, ...(resultsError ? { resultsError } : {}) })
}

function tagsOf(targets: readonly SignTarget[], unresolved: readonly UnresolvedImage[], v: Verdict): string[] {
  const t = targets.find(x => x.name === v.name && x.digest === v.digest) ?? unresolved.find(u => u.name === v.name && u.digest === v.digest)
  return t?.tag ? [t.tag] : []
}
