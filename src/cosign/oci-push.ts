import { isRegistryError, type Descriptor, type RegistryClient, type RepoRef } from '../registry/index.js'
import {
  ANNOTATION_BUNDLE_CONTENT,
  ANNOTATION_BUNDLE_PREDICATE_TYPE,
  ANNOTATION_CREATED,
  OCI_CONFIG_MEDIA_TYPE,
  OCI_EMPTY_MEDIA_TYPE,
  OCI_MANIFEST_MEDIA_TYPE,
  SIGSTORE_BUNDLE_V03_MEDIA_TYPE,
  digestOf
} from './formats/index.js'

/** Pushes shared by signing (`.sig`, signature bundles) and attesting (`.att`, attestation bundles). */

const MAX_TAG_UPDATE_ATTEMPTS = 3

export interface LayerJson {
  mediaType: string
  digest: string
  size: number
  annotations?: Record<string, string>
}

function existingLayers(json: unknown): LayerJson[] {
  const layers = (json as { layers?: unknown } | null)?.layers
  return Array.isArray(layers) ? (layers.filter(l => typeof l === 'object' && l !== null) as LayerJson[]) : []
}

/** The go-containerregistry config cosign writes for its `.sig` and `.att` images. */
function ggcrConfig(layers: LayerJson[]): Buffer {
  return Buffer.from(
    JSON.stringify({
      architecture: '',
      created: '0001-01-01T00:00:00Z',
      history: [{ created: '0001-01-01T00:00:00Z' }],
      os: '',
      rootfs: { type: 'layers', diff_ids: layers.map(l => l.digest) },
      config: {}
    })
  )
}

/**
 * Adds `layer` (its blob already uploaded) to the image at `tag`, keeping the layers already there
 * unless one is `same`. The tag is read-modify-write, retried when the registry reports a concurrent
 * update (412 on If-Match). Returns `<repo>:<tag>`.
 */
export async function appendLayerToTag(client: RegistryClient, repo: RepoRef, tag: string, layer: LayerJson, same: (existing: LayerJson) => boolean): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    let current: { json: unknown; etag?: string } | undefined
    try {
      current = await client.getManifest(repo, tag, { accept: [OCI_MANIFEST_MEDIA_TYPE] })
    } catch (e) {
      if (!isRegistryError(e, 'REGISTRY_NOT_FOUND')) throw e
    }
    const kept = existingLayers(current?.json)
    const layers = kept.some(same) ? kept : [...kept, layer]
    const config = ggcrConfig(layers)
    await client.uploadBlob(repo, config)
    const manifest = { schemaVersion: 2, mediaType: OCI_MANIFEST_MEDIA_TYPE, config: { mediaType: OCI_CONFIG_MEDIA_TYPE, size: config.length, digest: digestOf(config) }, layers }
    try {
      await client.putManifest(repo, tag, Buffer.from(JSON.stringify(manifest)), OCI_MANIFEST_MEDIA_TYPE, current?.etag ? { ifMatch: current.etag } : {})
      return `${repo.registry}/${repo.repository}:${tag}`
    } catch (e) {
      if (!(isRegistryError(e) && e.status === 412) || attempt >= MAX_TAG_UPDATE_ATTEMPTS) throw e
    }
  }
}

/**
 * Attaches a v0.3 bundle as an OCI 1.1 referrer, as cosign v3 and @sigstore/oci do: empty config,
 * the bundle as the only layer, the predicate type as the `dev.sigstore.bundle.predicateType`
 * annotation, the image as subject. Without the referrers API (no OCI-Subject in the answer) the
 * `sha256-<hex>` tag index is updated too.
 */
export async function pushBundleAsReferrer(
  client: RegistryClient,
  repo: RepoRef,
  subject: Descriptor,
  bundleJson: Buffer,
  predicateType: string,
  created: Date
): Promise<{ location: 'referrers' | 'referrers-tag'; reference: string }> {
  const { digest } = subject
  const empty = Buffer.from('{}')
  await client.uploadBlob(repo, empty)
  await client.uploadBlob(repo, bundleJson)
  const annotations = {
    [ANNOTATION_BUNDLE_CONTENT]: 'dsse-envelope',
    [ANNOTATION_BUNDLE_PREDICATE_TYPE]: predicateType,
    [ANNOTATION_CREATED]: created.toISOString().replace(/\.\d{3}Z$/, 'Z')
  }
  const manifest = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST_MEDIA_TYPE,
    artifactType: SIGSTORE_BUNDLE_V03_MEDIA_TYPE,
    config: { mediaType: OCI_EMPTY_MEDIA_TYPE, digest: digestOf(empty), size: empty.length },
    layers: [{ mediaType: SIGSTORE_BUNDLE_V03_MEDIA_TYPE, digest: digestOf(bundleJson), size: bundleJson.length }],
    subject: { mediaType: subject.mediaType, digest, size: subject.size },
    annotations
  }
  const bytes = Buffer.from(JSON.stringify(manifest))
  const manifestDigest = digestOf(bytes)
  const put = await client.putManifest(repo, manifestDigest, bytes, OCI_MANIFEST_MEDIA_TYPE)
  const reference = `${repo.registry}/${repo.repository}@${manifestDigest}`
  if (put.subjectDigest) return { location: 'referrers', reference }
  const descriptor: Descriptor = { mediaType: OCI_MANIFEST_MEDIA_TYPE, digest: manifestDigest, size: bytes.length, artifactType: SIGSTORE_BUNDLE_V03_MEDIA_TYPE, annotations }
  await client.addReferrerToFallbackIndex(repo, digest, descriptor)
  return { location: 'referrers-tag', reference }
}
