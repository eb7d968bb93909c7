import type { Config } from '../config/index.js'
import { AppError, messageOf } from '../errors.js'
import type { Logger } from '../logger.js'
import { countVerdicts, evaluateImage, isFinding, unverifiedVerdict, type AuthorityCheck, type Counts, type ImageName, type Policy, type PolicySet, type Unenforceable, type Verdict } from '../policy/index.js'
import { statusFor, type CosignVerifier } from '../cosign/index.js'
import { withRequestSignal } from '../registry/index.js'
import { parseNormalizedNamed } from '../reference/index.js'
import { runContextFromEnv, toRecord, toReportItem, uploadResults, writeResultsReported, type ReportItem, type ResultRecord, type UploadOutcome } from '../report/index.js'
import { closingLine, extractFromContent, scanWorkspace, type ScanResult, type UnscannedFile } from '../scan/index.js'
import { registriesOf } from './credentials.js'
import { policyFromConfig } from './policy-config.js'
import { classifyIntroduced, imageKey, type ChangeView } from '../forge/index.js'
import { groupRefs, mapBounded, type InputRef, type Occurrence, type Target } from './targets.js'
import { tagHints } from './tag-hints.js'

/** What the engine needs to check one image; the cosign layer provides the real one. */
export interface ImageVerifier {
  verify(target: Target): Promise<Verdict>
  /** Resolves a tag to its digest, for `images` given without one. */
  resolveDigest(name: string, tag: string): Promise<string>
  /** Attestations alone (attest-and-verify); absent in verifiers that do not check them. */
  verifyAttestations?: CosignVerifier['verifyAttestations']
  /** Told the run's registries before any request (explicit credentials are bound to them); may throw INPUT_INVALID. */
  bindRegistries?(hosts: readonly string[]): void
}

export interface VerifyDeps {
  verifier: ImageVerifier
  /** The runner's environment (the run context, GITHUB_*): the shells pass it in. */
  env: NodeJS.ProcessEnv
  now?: () => Date
  /** Deadline of one image, every request included. Default: IMAGE_TIMEOUT_FACTOR × the timeout. */
  imageTimeoutMs?: number
  /** Called after each image, for progress output. */
  onVerdict?: (done: number, total: number, verdict: Verdict) => void
  /** Lines the pull request added or changed, and the base's files; `prefix` is the scan root inside the repository. */
  changes?: ChangeView | null
  /** Per-image policy (the `policy` input): each image is decided by the policies that match it. */
  policy?: { set: PolicySet; check: AuthorityCheck; evaluate?: (image: ImageName & { digest: string }, now: Date) => Promise<Verdict> }
}

export interface VerifyOutcome {
  scan?: ScanResult
  refs: Occurrence[]
  items: ReportItem[]
  records: ResultRecord[]
  counts: Counts
  policy: Policy
  resultsFile: string
  upload: UploadOutcome
  /** Files that could hold image references but were not read in full; findings under require-signed. */
  unscanned: UnscannedFile[]
  /** True when the policy fails (findings, or unscanned files under require-signed) — the step fails. */
  policyFailed: boolean
  /** True when the upload failed and upload-failure is `fail`. */
  uploadFailed: boolean
  warnings: string[]
  /** Findings on lines this pull request added or changed (or of unknown origin). */
  newFindings: number
  /** The `policy` input's policies, when given. */
  policySet?: PolicySet
  /** Policy features the action cannot enforce; under require-signed they fail the run. */
  notEnforceable: Unenforceable[]
  /** The results file could not be written (INPUT_INVALID naming results-file): the step fails. */
  resultsError?: AppError
}

async function refsFromImages(images: readonly string[], verifier: ImageVerifier, logger: Logger, warnings: string[]): Promise<{ refs: InputRef[]; broken: Verdict[] }> {
  const refs: InputRef[] = []
  const broken: Verdict[] = []
  for (const [index, image] of images.entries()) {
    // resolveConfig has already rejected references that do not parse.
    const ref = parseNormalizedNamed(image)
    let digest = ref.digest
    if (!digest) {
      const tag = ref.tag ?? 'latest'
      try {
        digest = await verifier.resolveDigest(ref.name, tag)
        const msg = `${image} has no digest; verifying ${ref.name}@${digest}, which ${tag} points to now (pin the digest to make this reproducible)`
        logger.warning(msg)
        warnings.push(msg)
      } catch (e) {
        broken.push(unverifiedVerdict(ref.name, undefined, statusFor(e), `could not resolve tag ${tag} of ${ref.name}: ${messageOf(e)}`))
        continue
      }
    }
    refs.push({ origin: 'input', position: index + 1, ref: image, name: ref.name, tag: ref.tag, digest })
  }
  return { refs, broken }
}

/** One image may take this many `timeout`s, every request and retry included (issue 11, defect 5). */
export const IMAGE_TIMEOUT_FACTOR = 10

/** The image's verdict, or `registry-error` once its deadline passes; then its requests are cancelled. */
async function withImageDeadline(work: (signal: AbortSignal) => Promise<Verdict>, ms: number, target: Target): Promise<Verdict> {
  const controller = new AbortController()
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<Verdict>(resolve => {
    timer = setTimeout(() => {
      controller.abort()
      resolve(unverifiedVerdict(target.name, target.digest, 'registry-error', `verification did not finish within the ${Math.round(ms / 1000)}-second deadline per image (10 × timeout); the registry answered too slowly or sent too much`))
    }, ms)
  })
  try {
    return await Promise.race([work(controller.signal), deadline])
  } finally {
    clearTimeout(timer)
  }
}

/** Where the item is referenced in the workspace; the `images` input is no place in it. */
function sourcesOf(refs: readonly Occurrence[]): ReportItem['sources'] {
  return refs.flatMap(r => (r.origin === 'scan' ? [{ file: r.file, line: r.line, kind: r.kind }] : []))
}

/** The images one file's content references, as the scanner reads it (for the base's version of a file). */
const imagesInFile = (file: string, content: string): ReadonlySet<string> => new Set(extractFromContent(file, content).refs.map(imageKey))

export async function runVerify(config: Config, logger: Logger, deps: VerifyDeps): Promise<VerifyOutcome> {
  const env = deps.env
  const now = deps.now ?? (() => new Date())
  const policy = policyFromConfig(config)
  const warnings: string[] = []
  const refs: Occurrence[] = []
  let scan: ScanResult | undefined
  if (config.path) {
    scan = await scanWorkspace({ root: config.path, include: config.include, exclude: config.exclude, maxFileSize: config.maxFileSize }, logger)
    refs.push(...scan.refs.map(r => ({ ...r, origin: 'scan' as const })))
    logger.info(`scan: ${closingLine(scan)}`)
  }
  deps.verifier.bindRegistries?.(registriesOf([...refs.map(r => r.name), ...config.images.map(i => parseNormalizedNamed(i).name)]))
  const fromImages = await refsFromImages(config.images, deps.verifier, logger, warnings)
  refs.push(...fromImages.refs)

  const { targets, unpinned } = groupRefs(refs)
  const notEnforceable = deps.policy ? reportPolicySet(deps.policy.set, logger, config.requireSigned) : []
  const policyNow = now()
  const perImage = deps.policy
  const evaluate = perImage && (perImage.evaluate ?? ((image: ImageName & { digest: string }, at: Date) => evaluateImage(perImage.set, image, perImage.check, at)))
  const verifyTarget = (target: Target): Promise<Verdict> =>
    evaluate ? evaluate({ name: target.name, digest: target.digest, tag: target.tags[0] }, policyNow) : deps.verifier.verify(target)
  const imageTimeoutMs = deps.imageTimeoutMs ?? IMAGE_TIMEOUT_FACTOR * config.timeoutMs
  let done = 0
  const verdicts = await mapBounded(targets, config.concurrency, async target => {
    let verdict: Verdict
    try {
      verdict = await withImageDeadline(signal => withRequestSignal(signal, () => verifyTarget(target)), imageTimeoutMs, target)
    } catch (e) {
      verdict = unverifiedVerdict(target.name, target.digest, statusFor(e), `verification could not complete: ${messageOf(e)}`)
    }
    deps.onVerdict?.(++done, targets.length, verdict)
    return verdict
  })

  await tagHints(targets, verdicts, deps.verifier, config.concurrency)
  const items: ReportItem[] = [
    ...targets.map((t, i) => toReportItem(verdicts[i], t.tags, sourcesOf(t.refs), t.name)),
    ...unpinned.map(u =>
      toReportItem(
        unverifiedVerdict(u.name, undefined, 'unpinned', `referenced by tag ${u.tag ?? 'latest'} without a digest: what runs can change without a commit; pin it as ${u.name}@sha256:…`),
        u.tag ? [u.tag] : [],
        sourcesOf(u.refs)
      )
    ),
    ...fromImages.broken.map(v => toReportItem(v, [], []))
  ]
  const introduced = await classifyIntroduced(
    items.map(i => ({ image: imageKey({ name: `${i.registry}/${i.repository}`, digest: i.verdict.digest, tag: i.tags[0] }), sources: i.sources })),
    deps.changes,
    imagesInFile
  )
  items.forEach((item, i) => (item.introduced = introduced[i]))
  const run = runContextFromEnv(env)
  const checkedAt = now()
  const records = items.map(item => toRecord(item, policy, run, checkedAt))
  const resultsError = await writeResultsReported(config.resultsFile, records, logger)

  const upload = config.upload
    ? await uploadResults(records.map(r => JSON.stringify(r)), { baseUrl: config.fremforgeUrl, token: config.apiToken, run, logger, timeoutMs: config.timeoutMs })
    : { state: 'skipped' as const, chunks: 0, records: 0, message: 'upload is turned off (upload: false)' }
  const counts = countVerdicts(items.map(i => i.verdict), policy)
  // Unknown origin counts as new: `fail-on: new` must not pass what it could not classify.
  const newFindings = items.filter(i => isFinding(i.verdict, policy) && i.introduced !== false).length
  return {
    scan,
    refs,
    items,
    records,
    counts,
    policy,
    resultsFile: config.resultsFile,
    upload,
    unscanned: scan?.unscanned ?? [],
    policyFailed:
      (config.failOn === 'new' ? newFindings > 0 : counts.findings > 0) ||
      (policy.requireSigned && (scan?.unscanned.length ?? 0) > 0) ||
      (config.requireSigned && notEnforceable.length > 0),
    uploadFailed: upload.state === 'failed' && config.uploadFailure === 'fail',
    warnings,
    newFindings,
    ...(deps.policy ? { policySet: deps.policy.set } : {}),
    notEnforceable,
    ...(resultsError ? { resultsError } : {})
  }
}

/** Logs what the policy set cannot enforce (an error under require-signed) and its notes. */
function reportPolicySet(set: PolicySet, logger: Logger, requireSigned: boolean): Unenforceable[] {
  for (const note of set.notes) logger.info(`policy: ${note}`)
  const out = set.policies.filter(p => p.mode !== 'skip').flatMap(p => p.unenforceable)
  for (const u of out) {
    const message = `policy ${u.policy} is not enforceable: ${u.field}: ${u.reason}`
    if (requireSigned) logger.error(message, { file: u.position.file, line: u.position.line })
    else logger.warning(message, { file: u.position.file, line: u.position.line })
  }
  return out
}
