import type { RegistryCore, Repo } from './core.js'
import { isVerifiableDigest, referrersTagFor } from './digest.js'
import { RegistryError, isRegistryError, registryCodesOf } from './errors.js'
import { getManifest, putManifest } from './manifests.js'
import { nextLink, pages } from './tags.js'
import type { TransportResponse } from './transport.js'
import { OCI_INDEX, isRecord, toDescriptor, toIndexDescriptors, type Descriptor, type ReferrersResult } from './types.js'

export interface FallbackIndexUpdate {
  /** Digest of the tag index after the call. */
  digest: string
  /** False when the descriptor was already listed (nothing pushed). */
  updated: boolean
}

export interface ListReferrersOptions {
  /** Most referrers accepted (after filtering); more is REGISTRY_LIMIT, and paging stops there. Default: no cap. */
  maxResults?: number
}

export interface Referrers {
  list(repo: Repo, subject: string, artifactType?: string, options?: ListReferrersOptions): Promise<ReferrersResult>
  addToFallbackIndex(repo: Repo, subject: string, descriptor: Descriptor): Promise<FallbackIndexUpdate>
}

/** Answers meaning "this registry has no referrers API" (distribution 2.8 sends a plain-text 404). */
const UNSUPPORTED = new Set([400, 404, 405, 406])
const MAX_INDEX_UPDATE_ATTEMPTS = 3

function checkSubject(repo: Repo, subject: string): void {
  if (!isVerifiableDigest(subject)) throw new RegistryError('REGISTRY_INPUT_INVALID', `expected a subject digest, found '${subject}'`, repo)
}

function parseIndex(repo: Repo, subject: string, res: TransportResponse): Descriptor[] {
  try {
    return toIndexDescriptors(JSON.parse(res.body.toString('utf8')))
  } catch (e) {
    throw new RegistryError('REGISTRY_ERROR', `referrers of ${subject}: expected an image index`, { ...repo, status: res.status, cause: e })
  }
}

function filterBy(manifests: Descriptor[], artifactType: string | undefined): Descriptor[] {
  return artifactType === undefined ? manifests : manifests.filter(d => d.artifactType === artifactType)
}

const stringMap = (value: unknown): Record<string, string> | undefined =>
  isRecord(value) && Object.values(value).every(v => typeof v === 'string') ? (value as Record<string, string>) : undefined

/** A descriptor with only the fields the image-spec defines for index entries, each checked. */
function toIndexEntry(d: Descriptor): Descriptor | undefined {
  if (!isVerifiableDigest(d.digest)) return undefined
  const entry: Descriptor = { mediaType: d.mediaType, digest: d.digest, size: d.size }
  if (d.artifactType !== undefined) entry.artifactType = d.artifactType
  const annotations = stringMap(d.annotations)
  if (annotations) entry.annotations = annotations
  if (isRecord(d.platform) && typeof d.platform.os === 'string' && typeof d.platform.architecture === 'string') {
    const { os, architecture, variant } = d.platform
    entry.platform = { os, architecture, ...(typeof variant === 'string' ? { variant } : {}) }
  }
  return entry
}

/**
 * The referrers tag index to write: only the image-index schema's fields (schemaVersion,
 * mediaType, artifactType, manifests, subject, annotations), each validated. Whatever else the
 * current index holds is another writer's, unchecked, and is not carried over (issue 17).
 */
export function toFallbackIndex(current: Record<string, unknown>, manifests: readonly Descriptor[]): Record<string, unknown> {
  const index: Record<string, unknown> = { schemaVersion: 2, mediaType: OCI_INDEX }
  if (typeof current.artifactType === 'string') index.artifactType = current.artifactType
  index.manifests = manifests.map(toIndexEntry).filter((d): d is Descriptor => d !== undefined)
  const subject = toDescriptor(current.subject)
  if (subject && isVerifiableDigest(subject.digest)) index.subject = { mediaType: subject.mediaType, digest: subject.digest, size: subject.size }
  const annotations = stringMap(current.annotations)
  if (annotations) index.annotations = annotations
  return index
}

/** OCI 1.1 referrers: the API when the registry has it, else the `<alg>-<hex>` tag index; hosts without the API are remembered. */
export function createReferrers(core: RegistryCore): Referrers {
  const withoutApi = new Set<string>()

  const capped = (repo: Repo, subject: string, found: readonly Descriptor[], artifactType: string | undefined, max: number | undefined): Descriptor[] => {
    const kept = filterBy([...found], artifactType)
    if (max !== undefined && kept.length > max) {
      throw new RegistryError('REGISTRY_LIMIT', `referrers of ${subject}: more than ${max} referrers (the limit; raise it with max-signatures)`, repo)
    }
    return kept
  }

  const fromApi = async (repo: Repo, subject: string, artifactType?: string, max?: number): Promise<Descriptor[] | undefined> => {
    const query = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : ''
    const headers = { accept: OCI_INDEX }
    const spec = { repo, method: 'GET' as const, path: `/v2/${repo.repository}/referrers/${subject}${query}`, headers, maxBytes: core.options.maxManifestBytes }
    const probe = await core.call(spec)
    if (UNSUPPORTED.has(probe.status)) {
      // Remember only a bare route miss (distribution 2.8's text 404): an OCI error such as NAME_UNKNOWN
      // may come from a registry that has the API, and skipping it there would hide signatures.
      if (registryCodesOf(probe.body).length === 0) withoutApi.add(repo.host)
      return undefined
    }
    core.expect(spec, probe, `referrers of ${subject}`, [200])
    const found = parseIndex(repo, subject, probe)
    const next = nextLink(probe)
    if (!next) return found
    if (next.origin !== probe.url.origin) throw new RegistryError('REGISTRY_ERROR', `referrers of ${subject}: next page link leaves the registry`, repo)
    for await (const res of pages(core, repo, next, `referrers of ${subject}`, headers)) {
      found.push(...parseIndex(repo, subject, res))
      capped(repo, subject, found, artifactType, max)
    }
    return found
  }

  const readTagIndex = async (repo: Repo, subject: string): Promise<{ json: Record<string, unknown>; etag?: string; digest: string } | undefined> => {
    try {
      const m = await getManifest(core, repo, referrersTagFor(subject), { accept: [OCI_INDEX] })
      return { json: isRecord(m.json) ? m.json : {}, etag: m.etag, digest: m.digest }
    } catch (e) {
      if (isRegistryError(e, 'REGISTRY_NOT_FOUND')) return undefined
      throw e
    }
  }

  return {
    async list(repo, subject, artifactType, options = {}) {
      checkSubject(repo, subject)
      const max = options.maxResults
      if (!withoutApi.has(repo.host)) {
        const viaApi = await fromApi(repo, subject, artifactType, max)
        // Filtering again is harmless when the registry applied it (OCI-Filters-Applied) and needed when it did not.
        if (viaApi) return { manifests: capped(repo, subject, viaApi, artifactType, max), source: 'referrers' }
      }
      const index = await readTagIndex(repo, subject)
      return { manifests: capped(repo, subject, index ? toIndexDescriptors(index.json) : [], artifactType, max), source: 'referrers-tag' }
    },
    async addToFallbackIndex(repo, subject, descriptor) {
      checkSubject(repo, subject)
      const entry = toDescriptor(descriptor)
      if (!entry || !isVerifiableDigest(entry.digest)) throw new RegistryError('REGISTRY_INPUT_INVALID', 'expected a manifest descriptor with a digest', repo)
      for (let attempt = 1; ; attempt++) {
        const current = await readTagIndex(repo, subject)
        const manifests = current ? toIndexDescriptors(current.json) : []
        if (current && manifests.some(d => d.digest === entry.digest)) return { digest: current.digest, updated: false }
        const index = toFallbackIndex(current?.json ?? {}, [...manifests, entry])
        try {
          const put = await putManifest(core, repo, referrersTagFor(subject), Buffer.from(JSON.stringify(index)), OCI_INDEX, { ifMatch: current?.etag })
          return { digest: put.digest, updated: true }
        } catch (e) {
          // 412: someone else updated the index between our read and write; read it again.
          if (!(isRegistryError(e) && e.status === 412) || attempt >= MAX_INDEX_UPDATE_ATTEMPTS) throw e
        }
      }
    }
  }
}
