import { checkReference, type RegistryCore, type Repo } from './core.js'
import { checkDigest, digestOf, isVerifiableDigest } from './digest.js'
import { RegistryError } from './errors.js'
import type { TransportResponse } from './transport.js'
import { MANIFEST_MEDIA_TYPES, isRecord, type ManifestHead, type ManifestResult, type PutManifestResult } from './types.js'

export interface ManifestRequestOptions {
  /** Accepted media types, most preferred first. Default: OCI and Docker manifests and indexes. */
  accept?: readonly string[]
}

function header(res: TransportResponse, name: string): string | undefined {
  const v = res.headers[name]
  return typeof v === 'string' ? v : undefined
}

function contentType(res: TransportResponse): string | undefined {
  const v = header(res, 'content-type')?.split(';')[0].trim()
  // Some registries answer generic JSON; the body's own mediaType says more then.
  return v && v !== 'application/json' && v !== 'text/plain' && v !== 'application/octet-stream' ? v : undefined
}

function path(repo: Repo, reference: string): string {
  return `/v2/${repo.repository}/manifests/${reference}`
}

/** GET and HEAD ask the same question; only the method and the body cap differ. */
async function requestManifest(core: RegistryCore, repo: Repo, reference: string, method: 'GET' | 'HEAD', options: ManifestRequestOptions) {
  checkReference(repo, reference)
  const spec = {
    repo,
    method,
    path: path(repo, reference),
    headers: { accept: (options.accept ?? MANIFEST_MEDIA_TYPES).join(', ') },
    maxBytes: method === 'GET' ? core.options.maxManifestBytes : 0
  }
  const res = await core.call(spec)
  core.expect(spec, res, `manifest ${repo.repository}:${reference}`, [200])
  return res
}

export async function getManifest(core: RegistryCore, repo: Repo, reference: string, options: ManifestRequestOptions = {}): Promise<ManifestResult> {
  const res = await requestManifest(core, repo, reference, 'GET', options)
  const what = `manifest ${repo.host}/${repo.repository}@${reference}`
  const where = { host: repo.host, repository: repo.repository, what }
  let digest: string
  if (isVerifiableDigest(reference)) {
    digest = checkDigest(reference, res.body, where)
  } else {
    digest = digestOf(res.body)
    // By tag the bytes are unchecked content, but the registry's own claim must at least match them.
    const claimed = header(res, 'docker-content-digest')
    if (claimed && isVerifiableDigest(claimed)) checkDigest(claimed, res.body, where)
  }
  let json: unknown
  try {
    json = JSON.parse(res.body.toString('utf8'))
  } catch (e) {
    throw new RegistryError('REGISTRY_ERROR', `${what}: expected JSON, found ${res.body.length} unparsable bytes`, { ...where, status: res.status, cause: e })
  }
  const declared = isRecord(json) && typeof json.mediaType === 'string' ? json.mediaType : undefined
  const mediaType = contentType(res) ?? declared ?? 'application/octet-stream'
  const etag = header(res, 'etag')
  return { mediaType, digest, size: res.body.length, bytes: res.body, json, ...(etag ? { etag } : {}) }
}

/** HEAD by tag or digest; falls back to GET when a registry omits `Docker-Content-Digest` on a tag. */
export async function headManifest(core: RegistryCore, repo: Repo, reference: string, options: ManifestRequestOptions = {}): Promise<ManifestHead> {
  const res = await requestManifest(core, repo, reference, 'HEAD', options)
  const claimed = header(res, 'docker-content-digest')
  const size = Number(header(res, 'content-length'))
  const mediaType = contentType(res)
  if (isVerifiableDigest(reference)) {
    if (claimed && claimed !== reference) {
      throw new RegistryError('REGISTRY_DIGEST_MISMATCH', `HEAD manifest ${repo.repository}@${reference}: registry answered for ${claimed}`, repo)
    }
    if (mediaType && Number.isSafeInteger(size)) return { mediaType, digest: reference, size }
  } else if (claimed && isVerifiableDigest(claimed) && mediaType && Number.isSafeInteger(size)) {
    return { mediaType, digest: claimed, size }
  }
  const full = await getManifest(core, repo, reference, options)
  return { mediaType: full.mediaType, digest: full.digest, size: full.size }
}

export interface PutManifestOptions {
  /** Optimistic concurrency for read-modify-write (the referrers tag index). */
  ifMatch?: string
}

/** PUT by tag or by digest (which must be the bytes' digest). The bytes are sent exactly as given. */
export async function putManifest(
  core: RegistryCore,
  repo: Repo,
  reference: string,
  bytes: Buffer,
  mediaType: string,
  options: PutManifestOptions = {}
): Promise<PutManifestResult> {
  checkReference(repo, reference)
  if (bytes.length > core.options.maxManifestBytes) {
    throw new RegistryError('REGISTRY_TOO_LARGE', `manifest of ${bytes.length} bytes is over the ${core.options.maxManifestBytes}-byte limit`, repo)
  }
  const digest = isVerifiableDigest(reference) ? checkDigest(reference, bytes, { ...repo, what: 'manifest to push' }) : digestOf(bytes)
  const headers: Record<string, string> = { 'content-type': mediaType }
  if (options.ifMatch) headers['if-match'] = options.ifMatch
  const spec = { repo, method: 'PUT' as const, path: path(repo, reference), headers, body: bytes, maxBytes: 64 * 1024, access: 'push' as const }
  const res = await core.call(spec)
  core.expect(spec, res, `push manifest ${repo.repository}:${reference}`)
  const stored = header(res, 'docker-content-digest')
  if (stored && isVerifiableDigest(stored) && stored.split(':')[0] === digest.split(':')[0] && stored !== digest) {
    throw new RegistryError('REGISTRY_DIGEST_MISMATCH', `push manifest ${repo.repository}:${reference}: sent ${digest}, registry stored ${stored}`, repo)
  }
  const subject = header(res, 'oci-subject')
  return { digest, size: bytes.length, mediaType, ...(subject ? { subjectDigest: subject } : {}) }
}
