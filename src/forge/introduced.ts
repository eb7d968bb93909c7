import path from 'node:path'
import type { ChangedLines } from './changed-lines.js'

/** A file's content on the base (repository-relative path); null when absent or unknown. */
export type BaseReader = (repoPath: string) => Promise<string | null>

/** The image keys (imageKey) one file's content references: the scanner's per-file extraction. */
export type ImagesIn = (file: string, content: string) => ReadonlySet<string>

/** What classifyIntroduced needs of a run's changes. */
export interface ChangeView {
  lines: ChangedLines
  /** The scan root inside the repository. */
  prefix: string
  /** Absent when the base's files cannot be read: every image in a changed file is then new. */
  readBase?: BaseReader
}

/** One image of the report: its identity and where the workspace references it. */
export interface Occurrences {
  /** imageKey of the image; null when it has no identity to compare (an `images` input). */
  image: string | null
  sources: readonly { file: string }[]
}

/** Files whose base version is read at most; past it, images in further changed files count as new. */
export const MAX_BASE_FILES = 2000

/** An image's identity for "was it on the base": `name@digest`, or `name:tag` when unpinned. */
export function imageKey(r: { name: string; digest?: string; tag?: string }): string {
  return r.digest ? `${r.name}@${r.digest}` : `${r.name}:${r.tag ?? ''}`
}

// A name the scanner wrote with `\xNN` (not UTF-8) or git's diff could only give with U+FFFD:
// its entry in the changes cannot be trusted to be found, so its absence proves nothing.
const UNMAPPABLE = /\\x[0-9a-f]{2}|\uFFFD/i

/**
 * Whether each image is new in this pull request, by identity (review finding 5): an image is
 * on the base only when every file that references it is unchanged, or its base version
 * already referenced the same `name@digest`. Changing a Dockerfile ARG or a Helm `repository:`
 * line therefore makes the image it produces new, whichever line the reference sits on.
 * Whatever cannot be read counts as new (fail closed). Null when nothing is known.
 */
export async function classifyIntroduced(items: readonly Occurrences[], changes: ChangeView | null | undefined, imagesIn: ImagesIn): Promise<(boolean | null)[]> {
  if (!changes) return items.map(() => null)
  const base = new Map<string, ReadonlySet<string> | null>()
  const onBase = async (file: string): Promise<ReadonlySet<string> | null> => {
    if (base.has(file)) return base.get(file) ?? null
    let images: ReadonlySet<string> | null = null
    if (changes.readBase && base.size < MAX_BASE_FILES) {
      const content = await changes.readBase(changes.prefix ? path.posix.join(changes.prefix, file) : file).catch(() => null)
      try {
        images = content === null ? null : imagesIn(file, content)
      } catch {
        images = null
      }
    }
    base.set(file, images)
    return images
  }
  const out: (boolean | null)[] = []
  for (const item of items) {
    if (item.image === null || item.sources.length === 0) {
      out.push(null)
      continue
    }
    let introduced = false
    for (const s of item.sources) {
      const repoPath = changes.prefix ? path.posix.join(changes.prefix, s.file) : s.file
      if (!changes.lines.has(repoPath) && !UNMAPPABLE.test(repoPath)) continue
      if (!(await onBase(s.file))?.has(item.image)) {
        introduced = true
        break
      }
    }
    out.push(introduced)
  }
  return out
}
