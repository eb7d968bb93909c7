import fg from 'fast-glob'
import fs from 'node:fs'
import path from 'node:path'
import { planFor, type Plan } from './extract.js'
import type { ResolvedScanOptions } from './options.js'
import type { SkippedFile } from './types.js'

export interface Candidate {
  /** Relative to the root, forward slashes. */
  file: string
  plan: Plan
}

export interface Listing {
  /** Files some format reads, sorted by path. */
  candidates: Candidate[]
  /** Files after include/exclude, read or not. */
  filesSeen: number
  skipped: SkippedFile[]
}

function inside(root: string, target: string): boolean {
  const rel = path.relative(root, target)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

/**
 * Lists the workspace with fast-glob without following symlinks: a link is read only when its
 * target is a file inside the root; one that leaves the root is reported, not followed.
 */
export function listFiles(options: ResolvedScanOptions, realRoot: string): Listing {
  const skipped: SkippedFile[] = []
  const unreadable: { dir: string; error: unknown }[] = []
  // fast-glob can only drop unreadable directories silently; recording them lets us warn.
  function readdirSync(dir: string, opts: { withFileTypes: true }): fs.Dirent[]
  function readdirSync(dir: string): string[]
  function readdirSync(dir: string, opts?: { withFileTypes: true }): fs.Dirent[] | string[] {
    try {
      return opts ? fs.readdirSync(dir, opts) : fs.readdirSync(dir)
    } catch (error) {
      unreadable.push({ dir, error })
      throw error
    }
  }
  const entries = fg.sync([...options.include], {
    cwd: options.root,
    ignore: [...options.exclude],
    dot: true,
    // Deduplicating costs a Set lookup per entry; only overlapping include patterns need it.
    unique: options.include.length > 1,
    onlyFiles: false,
    followSymbolicLinks: false,
    objectMode: true,
    suppressErrors: true,
    fs: { readdirSync }
  })
  for (const { dir, error } of unreadable) {
    const file = path.relative(options.root, dir).split(path.sep).join('/') || '.'
    skipped.push({ file, code: 'FILE_UNREADABLE', reason: `directory not readable: ${error instanceof Error ? error.message : String(error)}` })
  }
  const candidates: Candidate[] = []
  let filesSeen = 0
  for (const { path: file, dirent } of entries) {
    if (dirent.isDirectory()) continue
    if (dirent.isSymbolicLink()) {
      const link = linkTarget(options.root, realRoot, file)
      // Only links that could hide something we read are worth a warning.
      const relevant = link.kind === 'dir' || planFor(file) !== undefined
      if (link.kind === 'broken' && relevant) skipped.push({ file, code: 'FILE_UNREADABLE', reason: `broken symlink: ${link.reason}` })
      if (link.kind !== 'broken' && link.outside && relevant) {
        skipped.push({ file, code: 'SYMLINK_OUTSIDE_ROOT', reason: 'symlink points outside the scanned directory; not followed' })
      }
      if (link.kind !== 'file' || link.outside) continue
    } else if (!dirent.isFile()) continue
    filesSeen++
    const plan = planFor(file)
    if (plan) candidates.push({ file, plan })
  }
  candidates.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  return { candidates, filesSeen, skipped }
}

type LinkTarget = { kind: 'file' | 'dir' | 'other'; outside: boolean } | { kind: 'broken'; reason: string }

/** Where a symlink leads. Directories inside the root are walked at their real path anyway. */
function linkTarget(root: string, realRoot: string, file: string): LinkTarget {
  try {
    const target = fs.realpathSync(path.join(root, file))
    const stat = fs.statSync(target)
    return { kind: stat.isFile() ? 'file' : stat.isDirectory() ? 'dir' : 'other', outside: !inside(realRoot, target) }
  } catch (error) {
    return { kind: 'broken', reason: error instanceof Error ? error.message : String(error) }
  }
}
