import type { ImageRef } from '../scan/index.js'

/** A reference the `images` input gave (its 1-based `position` in the list), parsed once. */
export interface InputRef {
  origin: 'input'
  position: number
  /** As written in the input. */
  ref: string
  name: string
  tag?: string
  digest?: string
}

/** A reference a run checks, with where it came from: a file the scanner read, or the `images` input. */
export type Occurrence = (ImageRef & { origin: 'scan' }) | InputRef

/** What grouping needs of an occurrence: its normalized name, tag and digest. */
type Named = Pick<ImageRef, 'name' | 'tag' | 'digest'>

/** One unique image to verify: a repository and digest, with every occurrence that names it. */
export interface Target<R extends Named = Occurrence> {
  /** Normalized repository, e.g. docker.io/library/nginx. */
  name: string
  digest: string
  tags: string[]
  refs: R[]
}

export interface Grouped<R extends Named = Occurrence> {
  targets: Target<R>[]
  /** References without a digest, grouped by name:tag. */
  unpinned: { name: string; tag?: string; refs: R[] }[]
}

/** Groups occurrences so every digest is verified once, keeping every occurrence. */
export function groupRefs<R extends Named>(refs: readonly R[]): Grouped<R> {
  const targets = new Map<string, Target<R>>()
  const unpinned = new Map<string, { name: string; tag?: string; refs: R[] }>()
  for (const ref of refs) {
    if (ref.digest) {
      const key = `${ref.name}@${ref.digest}`
      let t = targets.get(key)
      if (!t) targets.set(key, (t = { name: ref.name, digest: ref.digest, tags: [], refs: [] }))
      if (ref.tag && !t.tags.includes(ref.tag)) t.tags.push(ref.tag)
      t.refs.push(ref)
    } else {
      const key = `${ref.name}:${ref.tag ?? ''}`
      let u = unpinned.get(key)
      if (!u) unpinned.set(key, (u = { name: ref.name, tag: ref.tag, refs: [] }))
      u.refs.push(ref)
    }
  }
  return { targets: [...targets.values()], unpinned: [...unpinned.values()] }
}

/** Runs `work` over `items` with at most `limit` in flight, keeping the input order in the result. */
export async function mapBounded<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index], index)
    }
  }
  await Promise.all(Array.from({ length: Math.min(Math.max(limit, 1), items.length) }, worker))
  return results
}
