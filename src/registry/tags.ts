import type { RegistryCore, Repo } from './core.js'
import { RegistryError } from './errors.js'
import type { TransportResponse } from './transport.js'
import { isRecord } from './types.js'

/** Pages followed at most: a registry sending endless `next` links must not hold the client forever. */
export const MAX_PAGES = 1000

/** The `rel="next"` target of a `Link` header (RFC 8288), resolved against the request URL. */
export function nextLink(res: TransportResponse): URL | undefined {
  const raw = res.headers.link
  const header = Array.isArray(raw) ? raw.join(', ') : raw
  if (!header) return undefined
  for (const m of header.matchAll(/<([^>]*)>([^,<]*)/g)) {
    if (/;\s*rel\s*=\s*"?([^";]*\s)?next(\s[^";]*)?"?/i.test(m[2])) return new URL(m[1], res.url)
  }
  return undefined
}

/** Follows `Link: rel="next"` pages; each next page must stay on the registry's origin. */
export async function* pages(core: RegistryCore, repo: Repo, first: string | URL, what: string, headers?: Record<string, string>): AsyncGenerator<TransportResponse> {
  let path: string | URL = first
  let origin: string | undefined = first instanceof URL ? first.origin : undefined
  for (let page = 0; page < MAX_PAGES; page++) {
    const spec = { repo, method: 'GET' as const, path, headers, maxBytes: core.options.maxManifestBytes }
    const res = await core.call(spec)
    core.expect(spec, res, what, [200])
    yield res
    origin ??= res.url.origin
    const next = nextLink(res)
    if (!next) return
    if (next.origin !== origin) throw new RegistryError('REGISTRY_ERROR', `${what}: next page link leaves the registry (${next.origin})`, repo)
    path = next
  }
  throw new RegistryError('REGISTRY_ERROR', `${what}: more than ${MAX_PAGES} pages`, repo)
}

export interface ListTagsOptions {
  /** The `n` page size asked for; the registry may send fewer. Default: the registry's choice. */
  pageSize?: number
}

export async function listTags(core: RegistryCore, repo: Repo, options: ListTagsOptions = {}): Promise<string[]> {
  const query = options.pageSize ? `?n=${Math.max(1, Math.floor(options.pageSize))}` : ''
  const tags: string[] = []
  for await (const res of pages(core, repo, `/v2/${repo.repository}/tags/list${query}`, `tags of ${repo.repository}`)) {
    let json: unknown
    try {
      json = JSON.parse(res.body.toString('utf8'))
    } catch (e) {
      throw new RegistryError('REGISTRY_ERROR', `tags of ${repo.repository}: expected JSON`, { ...repo, status: res.status, cause: e })
    }
    // distribution answers `"tags": null` for a repository without tags.
    const list = isRecord(json) && Array.isArray(json.tags) ? json.tags : []
    tags.push(...list.filter((t): t is string => typeof t === 'string'))
  }
  return tags
}
