import { bundleToJSON, type Bundle } from '@sigstore/bundle'
import { DSSEBundleBuilder, type Witness } from '@sigstore/sign'
import type { Logger } from '../../logger.js'
import type { RegistryClient } from '../../registry/index.js'
import { attestationAnnotationsFromBundle, IN_TOTO_PAYLOAD_TYPE, toEnvelopeJson } from '../formats/index.js'
import { SignError, toSignError, type IdentitySigner, type SignatureFormatOption, type SignerIdentity, type SignTarget } from '../sign/index.js'
import { repoOf } from '../verify/index.js'
import { pushAttestationLayer, pushAttestationReferrer, type PushedAttestation } from './push.js'
import { toAttestationStatement } from './statement.js'

export interface ImageAttesterOptions {
  client: RegistryClient
  signer: IdentitySigner
  witnesses: Witness[]
  format: SignatureFormatOption
  predicateType: string
  predicate: Buffer
  logger: Logger
  now?: () => Date
  urls?: { fulcioUrl?: string; rekorUrl?: string; tsaUrl?: string }
}

export interface MadeAttestation extends PushedAttestation {
  format: 'bundle' | 'legacy'
  tlogIndex: number | null
}

export type ImageAttestResult =
  | { target: SignTarget; ok: true; attestations: MadeAttestation[]; identity: SignerIdentity }
  | { target: SignTarget; ok: false; error: SignError | unknown; attestations: MadeAttestation[] }

interface Prepared {
  target: SignTarget
  legacy?: { envelope: Buffer; annotations: Record<string, string>; tlogIndex: number | null }
  bundle?: { json: Buffer; tlogIndex: number | null }
}

const tlogIndexOf = (bundle: Bundle): number | null => {
  const entry = bundle.verificationMaterial.tlogEntries[0]
  return entry ? Number(entry.logIndex) : null
}

async function signStatement(statement: Buffer, options: ImageAttesterOptions): Promise<Bundle> {
  return new DSSEBundleBuilder({ signer: options.signer, witnesses: options.witnesses }).create({ data: statement, type: IN_TOTO_PAYLOAD_TYPE })
}

/**
 * `cosign attest` for every target: signs all statements first and pushes only when every one is
 * signed, so a Fulcio, Rekor or TSA failure leaves the registries untouched (as signImages does).
 * legacy: the DSSE envelope as a layer of `sha256-<hex>.att` (cosign v2); bundle: a v0.3 bundle
 * as an OCI 1.1 referrer (cosign v3 --new-bundle-format, actions/attest).
 */
export async function attestImages(targets: readonly SignTarget[], options: ImageAttesterOptions): Promise<ImageAttestResult[]> {
  const now = options.now ?? (() => new Date())
  const prepared: Prepared[] = []
  try {
    for (const target of targets) {
      const p: Prepared = { target }
      const input = { name: target.name, digest: target.digest, predicateType: options.predicateType, predicate: options.predicate, now: now() }
      if (options.format !== 'bundle') {
        const bundle = await signStatement(toAttestationStatement({ ...input, version: 'v0.1' }), options)
        if (bundle.content.$case !== 'dsseEnvelope') throw new SignError('SIGN_FAILED', 'the signer did not produce a DSSE envelope')
        p.legacy = { envelope: toEnvelopeJson(bundle.content.dsseEnvelope), annotations: attestationAnnotationsFromBundle(bundle, options.predicateType), tlogIndex: tlogIndexOf(bundle) }
      }
      if (options.format !== 'legacy') {
        const bundle = await signStatement(toAttestationStatement({ ...input, version: 'v1' }), options)
        p.bundle = { json: Buffer.from(JSON.stringify(bundleToJSON(bundle))), tlogIndex: tlogIndexOf(bundle) }
      }
      prepared.push(p)
      options.logger.debug(`attested ${target.name}@${target.digest} (${options.predicateType}, ${options.format})`)
    }
  } catch (e) {
    const error = toSignError(e, options.urls ?? {})
    const failedAt = targets[prepared.length]
    return targets.map(target => ({
      target,
      ok: false as const,
      attestations: [],
      error: target === failedAt ? error : new SignError(error.code, `not attested: attesting ${failedAt.name}@${failedAt.digest} failed first (${error.message})`, { cause: error })
    }))
  }

  const results: ImageAttestResult[] = []
  for (const p of prepared) {
    const repo = repoOf(p.target.name)
    const made: MadeAttestation[] = []
    try {
      // The referrer before the `.att` layer, for the reason pushOrder in sign/image-signer.ts gives (no orphan `.att`).
      if (p.bundle) made.push({ format: 'bundle', ...(await pushAttestationReferrer(options.client, repo, p.target.digest, p.bundle.json, options.predicateType, now())), tlogIndex: p.bundle.tlogIndex })
      if (p.legacy) made.unshift({ format: 'legacy', ...(await pushAttestationLayer(options.client, repo, p.target.digest, p.legacy.envelope, p.legacy.annotations)), tlogIndex: p.legacy.tlogIndex })
      const identity = options.signer.identity()
      if (!identity) throw new SignError('SIGN_FAILED', 'the signer reported no identity after signing')
      results.push({ target: p.target, ok: true, attestations: made, identity })
    } catch (e) {
      const partial = made.length > 0 ? ` (already pushed, and left in the registry: ${made.map(m => m.reference).join(', ')})` : ''
      const message = `pushing the attestation of ${p.target.name}@${p.target.digest} failed: ${e instanceof Error ? e.message : String(e)}${partial}`
      options.logger.error(message)
      results.push({ target: p.target, ok: false, attestations: made, error: e instanceof SignError ? e : new SignError('SIGN_PUSH_FAILED', message, { cause: e }) })
    }
  }
  return results
}
