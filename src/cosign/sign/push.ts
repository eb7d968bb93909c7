import type { Descriptor, RegistryClient, RepoRef } from '../../registry/index.js'
import { ANNOTATION_SIGNATURE, COSIGN_SIGN_PREDICATE_TYPE, SIMPLE_SIGNING_MEDIA_TYPE, digestOf, sigTag } from '../formats/index.js'
import { appendLayerToTag, pushBundleAsReferrer, type LayerJson } from '../oci-push.js'

export interface PushedSignature {
  location: 'sig-tag' | 'referrers' | 'referrers-tag'
  /** Where to find it: `<repo>:sha256-<hex>.sig` or `<repo>@<referrer manifest digest>`. */
  reference: string
}

/**
 * Adds one signature layer to `sha256-<hex>.sig`, keeping the layers already there; an identical
 * layer (same payload and signature) is not added twice.
 */
export async function pushLegacySignature(client: RegistryClient, repo: RepoRef, digest: string, payload: Buffer, annotations: Record<string, string>): Promise<PushedSignature> {
  await client.uploadBlob(repo, payload)
  const layer: LayerJson = { mediaType: SIMPLE_SIGNING_MEDIA_TYPE, size: payload.length, digest: digestOf(payload), annotations }
  const same = (l: LayerJson) => l.digest === layer.digest && l.annotations?.[ANNOTATION_SIGNATURE] === annotations[ANNOTATION_SIGNATURE]
  return { location: 'sig-tag', reference: await appendLayerToTag(client, repo, sigTag(digest), layer, same) }
}

/**
 * Attaches a v0.3 signature bundle as an OCI 1.1 referrer, as cosign v3 does. `subject` is the
 * image as HEAD answered for it when its existence was checked, before signing.
 */
export async function pushBundleReferrer(client: RegistryClient, repo: RepoRef, subject: Descriptor, bundleJson: Buffer, created: Date): Promise<PushedSignature> {
  return pushBundleAsReferrer(client, repo, subject, bundleJson, COSIGN_SIGN_PREDICATE_TYPE, created)
}
