import type { RegistryCore, Repo } from './core.js'
import { checkDigest, digestOf, isVerifiableDigest } from './digest.js'
import { RegistryError } from './errors.js'
import type { TransportResponse } from './transport.js'

export interface GetBlobOptions {
  /** Largest blob accepted. Default: the client's `maxBlobBytes` (16 MiB). */
  maxBytes?: number
}

export interface UploadBlobOptions {
  /** Try a cross-repository mount from this repository (same registry) first. */
  mountFrom?: string
  /** Skip the HEAD existence check (and re-upload). Default false. */
  force?: boolean
}

export interface UploadedBlob {
  digest: string
  size: number
  /** How the blob got there: already present, mounted from another repository, or uploaded. */
  via: 'exists' | 'mounted' | 'uploaded'
}

function checkBlobDigest(repo: Repo, digest: string): void {
  if (!isVerifiableDigest(digest)) throw new RegistryError('REGISTRY_INPUT_INVALID', `expected a sha256 or sha512 blob digest, found '${digest}'`, repo)
}

/** GET a blob, following redirects to storage (Authorization is not forwarded off the registry's origin), checked against its digest. */
export async function getBlob(core: RegistryCore, repo: Repo, digest: string, options: GetBlobOptions = {}): Promise<Buffer> {
  checkBlobDigest(repo, digest)
  const spec = { repo, method: 'GET' as const, path: `/v2/${repo.repository}/blobs/${digest}`, maxBytes: options.maxBytes ?? core.options.maxBlobBytes }
  const res = await core.call(spec)
  core.expect(spec, res, `blob ${repo.repository}@${digest}`, [200])
  checkDigest(digest, res.body, { ...repo, what: `blob ${repo.host}/${repo.repository}@${digest}` })
  return res.body
}

export async function hasBlob(core: RegistryCore, repo: Repo, digest: string): Promise<boolean> {
  checkBlobDigest(repo, digest)
  // Not followed: a storage host may refuse HEAD on a URL signed for GET; the redirect itself says the blob exists.
  const spec = { repo, method: 'HEAD' as const, path: `/v2/${repo.repository}/blobs/${digest}`, maxBytes: 0, followRedirects: false }
  const res = await core.call(spec)
  if (res.status === 404) return false
  core.expect(spec, res, `blob ${repo.repository}@${digest}`, [200, 302, 303, 307, 308])
  return true
}

function location(repo: Repo, res: TransportResponse): URL {
  const value = res.headers.location
  if (typeof value !== 'string' || value === '') {
    throw new RegistryError('REGISTRY_ERROR', `upload session for ${repo.repository}: no Location header`, { ...repo, status: res.status })
  }
  return new URL(value, res.url)
}

/** POST /blobs/uploads/ (optionally as a mount): 201 means mounted, 202 gives the session URL. */
async function startUpload(core: RegistryCore, repo: Repo, mount?: { digest: string; from: string }): Promise<URL | 'mounted'> {
  const query = mount ? `?mount=${encodeURIComponent(mount.digest)}&from=${encodeURIComponent(mount.from)}` : ''
  const spec = {
    repo,
    method: 'POST' as const,
    path: `/v2/${repo.repository}/blobs/uploads/${query}`,
    maxBytes: 64 * 1024,
    access: 'push' as const,
    alsoPull: mount ? [mount.from] : []
  }
  const res = await core.call(spec)
  core.expect(spec, res, `start upload to ${repo.repository}`, mount ? [201, 202] : [202])
  return res.status === 201 ? 'mounted' : location(repo, res)
}

/** Monolithic upload (POST then PUT with the whole body), after an existence check or a mount attempt. */
export async function uploadBlob(core: RegistryCore, repo: Repo, bytes: Buffer, options: UploadBlobOptions = {}): Promise<UploadedBlob> {
  const digest = digestOf(bytes)
  const size = bytes.length
  if (!options.force && !options.mountFrom && (await hasBlob(core, repo, digest))) return { digest, size, via: 'exists' }
  const session = await startUpload(core, repo, options.mountFrom ? { digest, from: core.repo({ registry: repo.host, repository: options.mountFrom }).repository } : undefined)
  if (session === 'mounted') return { digest, size, via: 'mounted' }
  session.searchParams.set('digest', digest)
  const spec = {
    repo,
    method: 'PUT' as const,
    path: session,
    headers: { 'content-type': 'application/octet-stream' },
    body: bytes,
    maxBytes: 64 * 1024,
    access: 'push' as const
  }
  const res = await core.call(spec)
  core.expect(spec, res, `upload blob ${digest} to ${repo.repository}`)
  return { digest, size, via: 'uploaded' }
}

/** Cross-repository mount; false when the registry would not mount (the session it opened then expires unused). */
export async function mountBlob(core: RegistryCore, repo: Repo, digest: string, fromRepository: string): Promise<boolean> {
  checkBlobDigest(repo, digest)
  const from = core.repo({ registry: repo.host, repository: fromRepository }).repository
  return (await startUpload(core, repo, { digest, from })) === 'mounted'
}
