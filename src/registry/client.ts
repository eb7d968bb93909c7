import { getBlob, hasBlob, mountBlob, uploadBlob, type GetBlobOptions, type UploadBlobOptions, type UploadedBlob } from './blobs.js'
import { createCore } from './core.js'
import { getManifest, headManifest, putManifest, type ManifestRequestOptions, type PutManifestOptions } from './manifests.js'
import { resolveOptions, type RegistryClientOptions } from './options.js'
import { createReferrers, type FallbackIndexUpdate, type ListReferrersOptions } from './referrers.js'
import { listTags, type ListTagsOptions } from './tags.js'
import type { RequestStats } from './transport.js'
import type { Descriptor, ManifestHead, ManifestResult, PutManifestResult, ReferrersResult, RepoRef } from './types.js'

export interface RegistryRequestStats extends RequestStats {
  /** Bearer tokens fetched (token-server requests are also in `total`). */
  tokens: number
}

/**
 * An OCI distribution client. Every method takes the registry host and repository explicitly
 * (`docker.io` is mapped to `registry-1.docker.io`) and throws only `RegistryError`.
 */
export interface RegistryClient {
  /** GET a manifest or index by tag or digest; by digest the bytes are checked against it. */
  getManifest(repo: RepoRef, reference: string, options?: ManifestRequestOptions): Promise<ManifestResult>
  headManifest(repo: RepoRef, reference: string, options?: ManifestRequestOptions): Promise<ManifestHead>
  /** PUT the exact bytes under a tag or their digest. */
  putManifest(repo: RepoRef, reference: string, bytes: Buffer, mediaType: string, options?: PutManifestOptions): Promise<PutManifestResult>
  /** GET a blob (≤ `maxBlobBytes`), checked against its digest. */
  getBlob(repo: RepoRef, digest: string, options?: GetBlobOptions): Promise<Buffer>
  hasBlob(repo: RepoRef, digest: string): Promise<boolean>
  uploadBlob(repo: RepoRef, bytes: Buffer, options?: UploadBlobOptions): Promise<UploadedBlob>
  /** Cross-repository mount within one registry; false when the registry declined. */
  mountBlob(repo: RepoRef, digest: string, fromRepository: string): Promise<boolean>
  listTags(repo: RepoRef, options?: ListTagsOptions): Promise<string[]>
  /** Referrers of `subject`, filtered by `artifactType`: the OCI 1.1 API, or the `sha256-<hex>` tag index where it is missing. */
  listReferrers(repo: RepoRef, subject: string, artifactType?: string, options?: ListReferrersOptions): Promise<ReferrersResult>
  /** Adds a referrer to the `sha256-<hex>` tag index (for registries without the referrers API). */
  addReferrerToFallbackIndex(repo: RepoRef, subject: string, descriptor: Descriptor): Promise<FallbackIndexUpdate>
  /** HTTP requests sent by this client so far (every hop: redirects, token fetches, retries). */
  requestCount(): number
  requestStats(): RegistryRequestStats
  /** Releases keep-alive sockets. */
  close(): void
}

export function createRegistryClient(options: RegistryClientOptions): RegistryClient {
  const core = createCore(resolveOptions(options))
  const referrers = createReferrers(core)
  return {
    getManifest: async (repo, reference, o) => getManifest(core, core.repo(repo), reference, o),
    headManifest: async (repo, reference, o) => headManifest(core, core.repo(repo), reference, o),
    putManifest: async (repo, reference, bytes, mediaType, o) => putManifest(core, core.repo(repo), reference, bytes, mediaType, o),
    getBlob: async (repo, digest, o) => getBlob(core, core.repo(repo), digest, o),
    hasBlob: async (repo, digest) => hasBlob(core, core.repo(repo), digest),
    uploadBlob: async (repo, bytes, o) => uploadBlob(core, core.repo(repo), bytes, o),
    mountBlob: async (repo, digest, from) => mountBlob(core, core.repo(repo), digest, from),
    listTags: async (repo, o) => listTags(core, core.repo(repo), o),
    listReferrers: async (repo, subject, artifactType, o) => referrers.list(core.repo(repo), subject, artifactType, o),
    addReferrerToFallbackIndex: async (repo, subject, descriptor) => referrers.addToFallbackIndex(core.repo(repo), subject, descriptor),
    requestCount: () => core.transport.stats().total,
    requestStats: () => ({ ...core.transport.stats(), tokens: core.auth.tokensFetched() }),
    close: () => core.transport.close()
  }
}
