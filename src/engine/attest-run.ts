import type { Config } from '../config/index.js'
import { AppError, messageOf } from '../errors.js'
import type { Logger } from '../logger.js'
import { readUserFile } from '../user-file.js'
import { attestImages, createWitnesses, resolveSignTargets, statusFor } from '../cosign/index.js'
import { unverifiedVerdict, type Verdict } from '../policy/index.js'
import { runContextFromEnv, toRecord, toReportItem, uploadResults, writeResultsFile, type ReportItem } from '../report/index.js'
import { createVerifier } from './compose.js'
import { registriesOf, registryClientFor } from './credentials.js'
import { parseNormalizedNamed } from '../reference/index.js'
import { policyFromConfig } from './policy-config.js'
import type { Redactor } from './redact.js'
import { withSigningGuards } from './sign-guard.js'
import { proofPolicy } from './sign-proof.js'
import { buildSigner, type SignDeps, type SignOutcome, type SignatureOutput } from './sign-run.js'
import type { ImageVerifier } from './verify-run.js'

/** Predicate files are documents, not images: refuse anything past this. */
export const MAX_PREDICATE_BYTES = 16 * 1024 * 1024

const describe = (e: unknown): string => (e instanceof AppError ? `${messageOf(e)} [${e.code}]` : messageOf(e))

async function readPredicate(file: string, timeoutMs: number): Promise<Buffer> {
  return readUserFile(file, { option: 'predicate', maxBytes: MAX_PREDICATE_BYTES, timeoutMs })
}

/** The verification config for what was just attested: exactly this identity (or this key). */
/**
 * `attest` and `attest-and-verify` (cosign attest, then cosign verify-attestation): sign the
 * predicate for every image, push it in the chosen formats, then read the attestation back through
 * the verifier with the identity the certificate names (or the key). Same outcome as runSign.
 */
export async function runAttest(config: Config, logger: Logger, deps: SignDeps): Promise<SignOutcome> {
  return withSigningGuards(config, logger, (log, redactor) => attestAll(config, log, redactor, deps))
}

async function attestAll(config: Config, logger: Logger, redactor: Redactor, deps: SignDeps): Promise<SignOutcome> {
  const env = deps.env
  const now = deps.now ?? (() => new Date())
  const client = deps.client ?? registryClientFor(config, logger, registriesOf(config.images.map(i => parseNormalizedNamed(i).name)))
  const strict = config.mode === 'attest-and-verify'
  const predicate = await readPredicate(config.predicate ?? '', config.timeoutMs)
  const { signer, publicKeyPem } = await buildSigner(config, logger, deps)
  const witnesses = createWitnesses({ rekorUrl: config.rekorUrl, tsaUrl: config.tsaUrl, tlogUpload: config.tlogUpload, timeoutMs: config.timeoutMs, retry: deps.retry })
  const { targets, unresolved, warnings } = await resolveSignTargets(client, config.images, config.recursive, logger)
  const results = await attestImages(targets, { client, signer, witnesses, format: config.signatureFormat, predicateType: config.predicateType, predicate, logger, now, urls: config })

  const verdicts: Verdict[] = []
  const signatures: SignatureOutput[] = []
  const lines: string[] = []
  let failed = unresolved.length
  let verifier: ImageVerifier | Error | undefined
  for (const result of results) {
    const { target } = result
    if (!result.ok) {
      failed++
      lines.push(`✗ ${target.name}@${target.digest}: not attested: ${describe(result.error)}`)
      verdicts.push(unverifiedVerdict(target.name, target.digest, statusFor(result.error), `attesting failed: ${describe(result.error)}`))
      continue
    }
    for (const a of result.attestations) {
      signatures.push({ image: `${target.name}@${target.digest}`, digest: target.digest, format: a.format === 'bundle' ? 'sigstore-bundle' : 'cosign-legacy', location: a.reference, storage: a.location, tlogIndex: a.tlogIndex, identity: result.identity })
    }
    const made = result.attestations.map(a => `${a.format} → ${a.reference}${a.tlogIndex === null ? '' : ` (tlog #${a.tlogIndex})`}`).join(', ')
    let verdict: Verdict
    try {
      verifier ??= await createVerifier({ policy: proofPolicy(config, result.identity, publicKeyPem), keys: publicKeyPem ? [publicKeyPem] : [], trust: config, maxSignatures: config.maxSignatures }, logger, client).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))))
      if (verifier instanceof Error) throw verifier
      if (!verifier.verifyAttestations) throw new AppError('INPUT_INVALID', 'this verifier cannot check attestations')
      const check = await verifier.verifyAttestations(target, [{ predicateType: config.predicateType }])
      const entry = check.entries[0]
      const status: Verdict['status'] = entry.verified ? 'verified' : check.error ? statusFor(check.error) : 'missing-attestation'
      verdict = {
        ...unverifiedVerdict(target.name, target.digest, status, entry.details),
        signed: entry.verified,
        signerSubject: entry.signerSubject,
        signerIssuer: entry.signerIssuer,
        signatureFormat: entry.format,
        signatureLocation: entry.location,
        tlogIndex: entry.tlogIndex,
        signedAt: entry.signedAt,
        predicateType: config.predicateType,
        attestations: check.entries
      }
    } catch (e) {
      verdict = unverifiedVerdict(target.name, target.digest, 'error', `could not verify: ${describe(e)}`)
    }
    const verified = verdict.status === 'verified'
    verdicts.push({ ...verdict, details: `Attested (${config.predicateType}) by ${result.identity.subject}: ${made}. ${verified ? 'Verified' : 'Not verified'}: ${verdict.details}` })
    if (!verified) {
      if (strict) failed++
      const msg = `${target.name}@${target.digest} was attested but the attestation does not verify (${verdict.status}): ${verdict.details}`
      if (strict) logger.error(msg)
      else logger.warning(msg)
    }
    lines.push(`${verified || !strict ? '✓' : '✗'} ${target.name}@${target.digest}: ${made}; ${verified ? 'verified' : `not verified (${verdict.status})`}`)
  }
  for (const u of unresolved) {
    lines.push(`✗ ${u.ref}: could not resolve: ${describe(u.error)}`)
    verdicts.push(unverifiedVerdict(u.name, undefined, statusFor(u.error), `could not resolve ${u.ref} to a digest: ${describe(u.error)}`))
  }

  const policy = policyFromConfig(config)
  const run = runContextFromEnv(env)
  const checkedAt = now()
  const items: ReportItem[] = redactor.redactDeep(
    verdicts.map(v => {
      const target = targets.find(t => t.name === v.name && t.digest === v.digest)
      return toReportItem(v, target?.tag ? [target.tag] : [], [])
    })
  )
  const records = redactor.redactDeep(items.map(item => toRecord(item, policy, run, checkedAt)))
  await writeResultsFile(config.resultsFile, records)
  const upload = config.upload
    ? await uploadResults(records.map(r => JSON.stringify(r)), { baseUrl: config.fremforgeUrl, token: config.apiToken, run, logger, timeoutMs: config.timeoutMs })
    : { state: 'skipped' as const, chunks: 0, records: 0, message: 'upload is turned off (upload: false)' }
  const uploadFailed = upload.state === 'failed' && config.uploadFailure === 'fail'
  lines.unshift(`Attested ${results.filter(r => r.ok).length} of ${results.length + unresolved.length} images (${config.predicateType}, ${config.signatureFormat}).`)
  return { ok: failed === 0 && !uploadFailed, text: lines.join('\n'), records, signatures, items, resultsFile: config.resultsFile, upload, warnings }
}
