import type { RegistryClient, RepoRef } from '../../registry/index.js'
import { attTag, digestOf, DSSE_ENVELOPE_MEDIA_TYPE } from '../formats/index.js'
import { appendLayerToTag, pushBundleAsReferrer, type LayerJson } from '../oci-push.js'

export interface PushedAttestation {
  location: 'att-tag' | 'referrers' | 'referrers-tag'
  /** `<repo>:sha256-<hex>.att` or `<repo>@<referrer manifest digest>`. */
  reference: string
}

/**
 * Adds one DSSE envelope layer to `sha256-<hex>.att`, keeping the attestations already there, as
 * `cosign attest` does (it appends; cosign attest --replace is not offered). The same envelope is
 * not added twice.
 */
export async function pushAttestationLayer(client: RegistryClient, repo: RepoRef, digest: string, envelope: Buffer, annotations: Record<string, string>): Promise<PushedAttestation> {
  await client.uploadBlob(repo, envelope)
  const layer: LayerJson = { mediaType: DSSE_ENVELOPE_MEDIA_TYPE, size: envelope.length, digest: digestOf(envelope), annotations }
  return { location: 'att-tag', reference: await appendLayerToTag(client, repo, attTag(digest), layer, l => l.digest === layer.digest) }
}

/**
 * Attaches an attestation bundle as an OCI 1.1 referrer the way cosign v3 `attest` and
 * @sigstore/oci (actions/attest) do, the predicate type as its annotation.
 */
export async function pushAttestationReferrer(client: RegistryClient, repo: RepoRef, digest: string, bundleJson: Buffer, predicateType: string, created: Date): Promise<PushedAttestation> {
  const subject = await client.headManifest(repo, digest)
  return pushBundleAsReferrer(client, repo, { ...subject, digest }, bundleJson, predicateType, created)
}
