export { createRegistryClient, type RegistryClient, type RegistryRequestStats } from './client.js'
export {
  DEFAULT_MAX_BLOB_BYTES,
  DEFAULT_MAX_MANIFEST_BYTES,
  DEFAULT_TIMEOUT_MS,
  canonicalHost,
  type CredentialHelperRunner,
  type RegistryClientOptions,
  type RegistryCredential
} from './options.js'
export { RegistryError, isRegistryError, type RegistryErrorCode } from './errors.js'
export { withRequestSignal } from './transport.js'
export { digestOf, referrersTagFor } from './digest.js'
export type { GetBlobOptions, UploadBlobOptions, UploadedBlob } from './blobs.js'
export type { ManifestRequestOptions, PutManifestOptions } from './manifests.js'
export type { FallbackIndexUpdate, ListReferrersOptions } from './referrers.js'
export type { ListTagsOptions } from './tags.js'
export {
  DOCKER_MANIFEST,
  DOCKER_MANIFEST_LIST,
  MANIFEST_MEDIA_TYPES,
  OCI_EMPTY,
  OCI_INDEX,
  OCI_MANIFEST,
  toDescriptor,
  toIndexDescriptors,
  type Descriptor,
  type ImageIndex,
  type ManifestHead,
  type ManifestResult,
  type PutManifestResult,
  type ReferrersResult,
  type RepoRef
} from './types.js'
