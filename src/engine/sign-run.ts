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
  type IdentitySigner,
  type ImageSignResult,
  type RetryOptions,
  type SignTarget,
  type UnresolvedImage
} from '../cosign/index.js'
import { unverifiedVerdict, type SignatureFormat, type Verdict } from '../policy/index.js'
import type { RegistryClient } from '../registry/index.js'
import { runContextFromEnv, toRecord, uploadResults, type ReportItem, type ResultRecord, type UploadOutcome } from '../report/index.js'
import { createImageVerifier, readKey, registryClientFor } from './compose.js'
import { registriesOf } from './credentials.js'
import { parseNormalizedNamed } from '../reference/index.js'
import { policyFromConfig } from './policy-config.js'
import { statusOf, writeResultsReported, type ImageVerifier } from './verify-run.js'

/** One entry of the `signatures` output. */
export interface SignatureOutput {
  image: string
  digest: string
  /** The same vocabulary as the results' `signature_format`. */
  format: SignatureFormat
  /** `<repo>:sha256-<hex>.sig` or `<repo>@<referrer manifest digest>`. */
  location: string
  storage: 'sig-tag' | 'referrers' | 'referrers-tag'
  tlogIndex: number | null
  identity: { subject: string; issuer: string | null; keyBased: boolean }
}

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
  env?: NodeJS.ProcessEnv
  fetch?: typeof fetch
  now?: () => Date
  /** Retries of Fulcio, Rekor and the TSA (408, 429, 5xx). */
  retry?: RetryOptions
  /** The verifier for what was signed. Default: createImageVerifier over the same client. */
  createVerifier?: (config: Config, logger: Logger, client: RegistryClient) => Promise<ImageVerifier>
}

const verdictOf = (target: { name: string; digest?: string }, status: Verdict['status'], details: string): Verdict =>
  unverifiedVerdict(target.name, target.digest, status, details)

function statusOfFailure(error: unknown): Verdict['status'] {
  const cause = error instanceof SignError && error.code === 'SIGN_PUSH_FAILED' ? error.cause : error
  return statusOf(cause)
}

const describe = (e: unknown): string => (e instanceof AppError ? `${messageOf(e)} [${e.code}]` : messageOf(e))

async function buildSigner(config: Config, logger: Logger, deps: SignDeps): Promise<{ signer: IdentitySigner; publicKeyPem?: string }> {
  if (config.key !== undefined) {
    const key = await loadSigningKey((await readKey(config.key)) ?? '', config.keyPassword)
    return { signer: createKeySigner(key, keyId(key.publicKeyPem)), publicKeyPem: key.publicKeyPem }
  }
  if (!config.tlogUpload) {
    throw new SignError('SIGN_INPUT_INVALID', "option 'tlog-upload': keyless signing needs the transparency log (a short-lived certificate proves nothing without a log entry); use a key to sign without it")
  }
  const identityProvider = createIdentityProvider({ identityToken: config.identityToken, fulcioUrl: config.fulcioUrl, env: deps.env ?? process.env, fetch: deps.fetch, logger, timeoutMs: config.timeoutMs })
  return { signer: createKeylessSigner({ fulcioUrl: config.fulcioUrl, identityProvider, timeoutMs: config.timeoutMs, retry: deps.retry, now: deps.now }) }
}

/** The verification config for what was just signed: exactly this identity (or this key), nothing looser. */
function verifyConfigFor(config: Config, result: Extract<ImageSignResult, { ok: true }>, publicKeyPem: string | undefined): Config {
  const base: Config = { ...config, mode: 'verify', issuerAllowlist: [], certificateIdentityRegexp: undefined, certificateOidcIssuerRegexp: undefined, githubWorkflow: {}, platforms: 'index' }
  if (publicKeyPem) return { ...base, key: publicKeyPem, certificateIdentity: undefined, certificateOidcIssuer: undefined, insecureIgnoreTlog: !config.tlogUpload }
  return { ...base, key: undefined, certificateIdentity: result.identity.subject, certificateOidcIssuer: result.identity.issuer ?? undefined, insecureIgnoreTlog: false }
}

/**
 * `sign` and `sign-and-verify`: resolve the images, sign them all, push, then read each back
 * through the verifier with the identity the certificate names (or the key). Records carry the
 * verifier's status, so `verified` still means a completed verification; in plain `sign` a
 * failed check is a warning, in `sign-and-verify` it fails the step.
 */
export async function runSign(config: Config, logger: Logger, deps: SignDeps = {}): Promise<SignOutcome> {
  const env = deps.env ?? process.env
  const now = deps.now ?? (() => new Date())
  const client = deps.client ?? registryClientFor(config, logger, registriesOf(config.images.map(i => parseNormalizedNamed(i).name)))
  const strict = config.mode === 'sign-and-verify'
  const { signer, publicKeyPem } = await buildSigner(config, logger, deps)
  const witnesses = createWitnesses({ rekorUrl: config.rekorUrl, tsaUrl: config.tsaUrl, tlogUpload: config.tlogUpload, timeoutMs: config.timeoutMs, retry: deps.retry })
  const { targets, unresolved, warnings } = await resolveSignTargets(client, config.images, config.recursive, logger)
  const results = await signImages(targets, { client, signer, witnesses, format: config.signatureFormat, annotations: config.annotations, logger, now, urls: config })

  const verdicts: Verdict[] = []
  const signatures: SignatureOutput[] = []
  const lines: string[] = []
  let failed = unresolved.length
  let verifier: ImageVerifier | Error | undefined
  for (const result of results) {
    const { target } = result
    if (!result.ok) {
      failed++
      lines.push(`✗ ${target.name}@${target.digest}: not signed: ${describe(result.error)}`)
      verdicts.push(verdictOf(target, statusOfFailure(result.error), `signing failed: ${describe(result.error)}`))
      continue
    }
    for (const s of result.signatures) {
      signatures.push({ image: `${target.name}@${target.digest}`, digest: target.digest, format: s.format === 'bundle' ? 'sigstore-bundle' : 'cosign-legacy', location: s.reference, storage: s.location, tlogIndex: s.tlogIndex, identity: result.identity })
    }
    const made = result.signatures.map(s => `${s.format} → ${s.reference}${s.tlogIndex === null ? '' : ` (tlog #${s.tlogIndex})`}`).join(', ')
    const verifyConfig = verifyConfigFor(config, result, publicKeyPem)
    let verdict: Verdict
    try {
      verifier ??= await (deps.createVerifier ?? createImageVerifier)(verifyConfig, logger, client).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))))
      if (verifier instanceof Error) throw verifier
      // The policy is per identity; a keyless run has one identity, a key run one key.
      verdict = await verifier.verify({ name: target.name, digest: target.digest, tags: target.tag ? [target.tag] : [], refs: [] })
    } catch (e) {
      verdict = verdictOf(target, 'error', `could not verify: ${describe(e)}`)
    }
    const verified = verdict.status === 'verified'
    const details = `Signed by ${result.identity.subject}${result.identity.issuer ? ` (issuer ${result.identity.issuer})` : ''}: ${made}. ${verified ? 'Verified' : 'Not verified'}: ${verdict.details}`
    verdicts.push({ ...verdict, digest: target.digest, details })
    if (!verified) {
      if (strict) failed++
      const msg = `${target.name}@${target.digest} was signed but does not verify (${verdict.status}): ${verdict.details}`
      if (strict) logger.error(msg)
      else logger.warning(msg)
    }
    lines.push(`${verified || !strict ? '✓' : '✗'} ${target.name}@${target.digest}${target.platform ? ` [${target.platform}]` : ''}: ${made}; ${verified ? 'verified' : `not verified (${verdict.status})`}`)
  }
  for (const u of unresolved) {
    lines.push(`✗ ${u.ref}: could not resolve: ${describe(u.error)}`)
    verdicts.push(verdictOf(u, statusOf(u.error), `could not resolve ${u.ref} to a digest: ${describe(u.error)}`))
  }

  const policy = policyFromConfig(config)
  const run = runContextFromEnv(env)
  const checkedAt = now()
  const items: ReportItem[] = verdicts.map(v => ({ verdict: v, ...splitName(v.name), tags: tagsOf(targets, unresolved, v), sources: [] }))
  const records = items.map(item => toRecord(item, policy, run, checkedAt))
  const resultsError = await writeResultsReported(config.resultsFile, records, logger)
  const upload = config.upload
    ? await uploadResults(records.map(r => JSON.stringify(r)), { baseUrl: config.fremforgeUrl, token: config.apiToken, run, logger, timeoutMs: config.timeoutMs })
    : { state: 'skipped' as const, chunks: 0, records: 0, message: 'upload is turned off (upload: false)' }
  const uploadFailed = upload.state === 'failed' && config.uploadFailure === 'fail'
  const signed = results.filter(r => r.ok).length
  lines.unshift(`Signed ${signed} of ${results.length + unresolved.length} images (${config.signatureFormat}).`)
  if (resultsError) lines.push(`✗ results file not written: ${resultsError.message}`)
  return { ok: failed === 0 && !uploadFailed && !resultsError, text: lines.join('\n'), records, signatures, items, resultsFile: config.resultsFile, upload, warnings, ...(resultsError ? { resultsError } : {}) }
}

function splitName(name: string): { registry: string; repository: string } {
  const slash = name.indexOf('/')
  return { registry: name.slice(0, slash), repository: name.slice(slash + 1) }
}

function tagsOf(targets: readonly SignTarget[], unresolved: readonly UnresolvedImage[], v: Verdict): string[] {
  const t = targets.find(x => x.name === v.name && x.digest === v.digest) ?? unresolved.find(u => u.name === v.name && v.digest === undefined)
  return t?.tag ? [t.tag] : []
}
