import { bundleToJSON, type Bundle } from '@sigstore/bundle'
import { DSSEBundleBuilder, MessageSignatureBundleBuilder, type Witness } from '@sigstore/sign'
import type { Logger } from '../../logger.js'
import type { RegistryClient } from '../../registry/index.js'
import { IN_TOTO_PAYLOAD_TYPE, cosignAnnotationsFromBundle, toCosignSignStatement, toDockerReference, toSimpleSigningPayload } from '../formats/index.js'
import { repoOf, type CheckedSignature } from '../verify/index.js'
import { SignError } from './errors.js'
import { proveArtifact, type MadeArtifact, type SignatureProof } from './prove.js'
import { pushBundleReferrer, pushLegacySignature } from './push.js'
import { toSignError, type IdentitySigner, type SignerIdentity } from './signers.js'
import type { SignTarget } from './targets.js'

export type SignatureFormatOption = 'bundle' | 'legacy' | 'both'

export interface ImageSignerOptions {
  client: RegistryClient
  signer: IdentitySigner
  witnesses: Witness[]
  format: SignatureFormatOption
  /** Signed into the payload (cosign -a): simple-signing `optional`, statement subject annotations. */
  annotations: Record<string, string>
  /** Every signature is proven with this before anything is pushed. */
  proof: SignatureProof
  logger: Logger
  now?: () => Date
  /** For error messages. */
  urls?: { fulcioUrl?: string; rekorUrl?: string; tsaUrl?: string }
}

export interface MadeSignature {
  format: 'bundle' | 'legacy'
  location: 'sig-tag' | 'referrers' | 'referrers-tag'
  reference: string
  tlogIndex: number | null
  /** What was pushed, to prove it again as the registry serves it. */
  artifact: MadeArtifact
}

export type ImageSignResult =
  | { target: SignTarget; ok: true; signatures: MadeSignature[]; identity: SignerIdentity; proven: CheckedSignature[] }
  | { target: SignTarget; ok: false; error: SignError | unknown; signatures: MadeSignature[]; proven?: CheckedSignature[] }

interface Prepared {
  target: SignTarget
  artifacts: MadeArtifact[]
}

const tlogIndexOf = (bundle: Bundle): number | null => {
  const entry = bundle.verificationMaterial.tlogEntries[0]
  return entry ? Number(entry.logIndex) : null
}

async function signOne(target: SignTarget, options: ImageSignerOptions): Promise<MadeArtifact[]> {
  const { signer, witnesses } = options
  const artifacts: MadeArtifact[] = []
  if (options.format !== 'bundle') {
    const optional = Object.keys(options.annotations).length > 0 ? options.annotations : null
    const payload = toSimpleSigningPayload({ dockerReference: toDockerReference(target.name), manifestDigest: target.digest, optional })
    const bundle = await new MessageSignatureBundleBuilder({ signer, witnesses }).create({ data: payload })
    artifacts.push({ format: 'legacy', payload, annotations: cosignAnnotationsFromBundle(bundle), tlogIndex: tlogIndexOf(bundle) })
  }
  if (options.format !== 'legacy') {
    const statement = toCosignSignStatement(target.digest, options.annotations)
    const bundle = await new DSSEBundleBuilder({ signer, witnesses }).create({ data: statement, type: IN_TOTO_PAYLOAD_TYPE })
    artifacts.push({ format: 'bundle', json: Buffer.from(JSON.stringify(bundleToJSON(bundle))), tlogIndex: tlogIndexOf(bundle) })
  }
  return artifacts
}

/**
 * With `both`, the bundle referrer is pushed before the `.sig` layer. The referrer is a manifest of
 * its own, written in one PUT, and the push a registry is likeliest to refuse (OCI 1.1 `subject`,
 * `artifactType`); the `.sig` tag is shared, read-modify-write state that cannot be taken back
 * without DELETE. So a refused bundle leaves no `.sig` behind, and a refused `.sig` leaves only a
 * complete, valid referrer (issue 17: no orphan).
 */
function pushOrder<T extends { format: 'bundle' | 'legacy' }>(artifacts: readonly T[]): T[] {
  return [...artifacts.filter(a => a.format === 'bundle'), ...artifacts.filter(a => a.format !== 'bundle')]
}

/**
 * Signs every target first and pushes only when all signatures exist, so a Fulcio, Rekor or TSA
 * failure leaves the registries untouched. Each image's signatures are then proven (certificate
 * chain, log entry, exact identity) before any of them is pushed: an image whose signature does
 * not prove is pushed nothing. A push failure fails that image alone; whatever was already pushed
 * for it is named in the error, and the image is not reported signed.
 */
export async function signImages(targets: readonly SignTarget[], options: ImageSignerOptions): Promise<ImageSignResult[]> {
  const { signer, logger } = options
  const now = options.now ?? (() => new Date())
  const prepared: Prepared[] = []
  try {
    for (const target of targets) {
      prepared.push({ target, artifacts: await signOne(target, options) })
      logger.debug(`signed ${target.name}@${target.digest} (${options.format})`)
    }
  } catch (e) {
    const error = toSignError(e, options.urls ?? {})
    const failedAt = targets[prepared.length]
    return targets.map(target => ({
      target,
      ok: false as const,
      signatures: [],
      error:
        target === failedAt
          ? error
          : new SignError(error.code, `not signed: signing ${failedAt.name}@${failedAt.digest} failed first (${error.message}), and nothing is pushed unless every image is signed`, { cause: error })
    }))
  }
  const identity = signer.identity()
  if (!identity) {
    const error = new SignError('SIGN_FAILED', 'the signer reported no identity after signing')
    return targets.map(target => ({ target, ok: false as const, signatures: [], error }))
  }

  const results: ImageSignResult[] = []
  for (const p of prepared) {
    const proven = await Promise.all(p.artifacts.map(a => proveArtifact(a, p.target.digest, identity, options.proof)))
    const bad = proven.find(c => !c.ok)
    if (bad) {
      const message = `the ${bad.format} signature made for ${p.target.name}@${p.target.digest} does not verify (${bad.failure ?? 'SIGNATURE_INVALID'}: ${bad.reason}); nothing was pushed for it`
      logger.error(message)
      results.push({ target: p.target, ok: false, signatures: [], proven, error: new SignError('SIGN_NOT_PROVEN', message, { details: { failure: bad.failure } }) })
      continue
    }
    const repo = repoOf(p.target.name)
    const made: MadeSignature[] = []
    try {
      for (const artifact of pushOrder(p.artifacts)) {
        const pushed =
          artifact.format === 'legacy'
            ? await pushLegacySignature(options.client, repo, p.target.digest, artifact.payload, artifact.annotations)
            : await pushBundleReferrer(options.client, repo, { digest: p.target.digest, ...p.target.subject }, artifact.json, now())
        made.push({ format: artifact.format, ...pushed, tlogIndex: artifact.tlogIndex, artifact })
      }
      made.sort((a, b) => p.artifacts.indexOf(a.artifact) - p.artifacts.indexOf(b.artifact))
      results.push({ target: p.target, ok: true, signatures: made, identity, proven })
    } catch (e) {
      const partial = made.length > 0 ? ` (already pushed, and left in the registry: ${made.map(m => m.reference).join(', ')}; the image still counts as not signed)` : ''
      const message = `pushing the signature of ${p.target.name}@${p.target.digest} failed: ${e instanceof Error ? e.message : String(e)}${partial}`
      logger.error(message)
      results.push({ target: p.target, ok: false, signatures: made, error: e instanceof SignError ? e : new SignError('SIGN_PUSH_FAILED', message, { cause: e }) })
    }
  }
  return results
}
