/** OCI image-spec and Docker distribution media types the client speaks. */
export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json'
export const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json'
export const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json'
export const OCI_EMPTY = 'application/vnd.oci.empty.v1+json'

/** Everything GET/HEAD manifest accepts by default: image manifests and indexes, OCI and Docker. */
export const MANIFEST_MEDIA_TYPES: readonly string[] = [OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST]

/** Where an image lives: `registry` is a host[:port] (docker.io is accepted and mapped). */
export interface RepoRef {
  registry: string
  repository: string
}

export interface Descriptor {
  mediaType: string
  digest: string
  size: number
  artifactType?: string
  annotations?: Record<string, string>
  platform?: { architecture?: string; os?: string; variant?: string }
}

export interface ManifestResult {
  mediaType: string
  /** Computed from the bytes; equal to the digest asked for (checked). */
  digest: string
  size: number
  bytes: Buffer
  /** The parsed body; shape checks are the caller's. */
  json: unknown
  etag?: string
}

export interface ManifestHead {
  mediaType: string
  digest: string
  size: number
}

export interface PutManifestResult {
  digest: string
  size: number
  mediaType: string
  /** The `OCI-Subject` response header: set when the registry indexed the subject (referrers API). */
  subjectDigest?: string
}

export interface ReferrersResult {
  manifests: Descriptor[]
  /** `referrers`: the OCI 1.1 API answered; `referrers-tag`: the `sha256-<hex>` tag index was read. */
  source: 'referrers' | 'referrers-tag'
}

export interface ImageIndex {
  schemaVersion: 2
  mediaType: string
  manifests: Descriptor[]
  [key: string]: unknown
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Narrows one descriptor of an index or a manifest; drops malformed fields rather than trusting them. */
export function toDescriptor(value: unknown): Descriptor | undefined {
  if (!isRecord(value)) return undefined
  const { mediaType, digest, size, artifactType, annotations, platform } = value
  if (typeof mediaType !== 'string' || typeof digest !== 'string' || typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) {
    return undefined
  }
  const d: Descriptor = { mediaType, digest, size }
  if (typeof artifactType === 'string') d.artifactType = artifactType
  if (isRecord(annotations) && Object.values(annotations).every(v => typeof v === 'string')) {
    d.annotations = annotations as Record<string, string>
  }
  if (isRecord(platform)) d.platform = platform as Descriptor['platform']
  return d
}

/** The `manifests` of an image index (OCI or Docker list); malformed entries are dropped. */
export function toIndexDescriptors(json: unknown): Descriptor[] {
  if (!isRecord(json) || !Array.isArray(json.manifests)) return []
  return json.manifests.map(toDescriptor).filter((d): d is Descriptor => d !== undefined)
}
