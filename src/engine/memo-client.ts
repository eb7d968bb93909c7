import type { RegistryClient } from '../registry/index.js'

/** Entries kept: a few images' worth of signature lookups (the authorities of one image share them). */
export const DEFAULT_MEMO_ENTRIES = 512

/**
 * A registry client that answers repeated reads from memory. With per-image policy every
 * authority (and every key of a rotation) looks at the same signature tag, referrers and blobs of
 * an image; this makes that one lookup. Answers (and failures) are kept as promises, oldest
 * dropped first; writes pass through.
 */
export function memoizeReads(client: RegistryClient, maxEntries = DEFAULT_MEMO_ENTRIES): RegistryClient {
  const memo = new Map<string, Promise<unknown>>()
  function once<T>(key: string, load: () => Promise<T>): Promise<T> {
    const hit = memo.get(key)
    if (hit) return hit as Promise<T>
    const value = load()
    memo.set(key, value)
    if (memo.size > maxEntries) memo.delete(memo.keys().next().value as string)
    return value
  }
  const at = (repo: { registry: string; repository: string }, ref: string, options?: unknown): string => `${repo.registry}/${repo.repository} ${ref} ${options === undefined ? '' : JSON.stringify(options)}`
  const reads: Partial<RegistryClient> = {
    getManifest: (repo, reference, options) => once(`m ${at(repo, reference, options)}`, () => client.getManifest(repo, reference, options)),
    headManifest: (repo, reference, options) => once(`h ${at(repo, reference, options)}`, () => client.headManifest(repo, reference, options)),
    getBlob: (repo, digest, options) => once(`b ${at(repo, digest, options)}`, () => client.getBlob(repo, digest, options)),
    listReferrers: (repo, subject, artifactType) => once(`r ${at(repo, subject, artifactType)}`, () => client.listReferrers(repo, subject, artifactType))
  }
  // Every other method is the client's own. A Proxy, not a spread: the run's client may itself be
  // a Proxy (credentials bound once the scan is done) with no own properties to spread.
  return new Proxy(client, {
    get(target, prop, receiver) {
      if (typeof prop === 'string' && prop in reads) return reads[prop as keyof RegistryClient]
      const value: unknown = Reflect.get(target, prop, receiver)
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value
    }
  })
}
