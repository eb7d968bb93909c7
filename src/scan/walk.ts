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
  let sawSymlink = false
  // fast-glob drops unreadable directories silently; recording them lets us warn. Noting
  // symlinks here spares the common, link-free checkout the heavier second listing below.
  function readdirSync(dir: string, opts: { withFileTypes: true }): fs.Dirent[]
  function readdirSync(dir: string): string[]
  function readdirSync(dir: string, opts?: { withFileTypes: true }): fs.Dirent[] | string[] {
    try {
      if (!opts) return fs.readdirSync(dir)
      const dirents = fs.readdirSync(dir, opts)
      if (!sawSymlink) sawSymlink = dirents.some(d => d.isSymbolicLink())
      return dirents
    } catch (error) {
      unreadable.push({ dir, error })
      throw error
    }
  }
  const settings = {
    cwd: options.root,
    ignore: [...options.exclude],
    dot: true,
    // Deduplicating costs a Set lookup per entry; only overlapping include patterns need it.
    unique: options.include.length > 1,
    followSymbolicLinks: false,
    suppressErrors: true
  }
  // Regular files only: FIFOs and devices never reach a read, and strings keep the listing small.
  const files = fg.sync([...options.include], { ...settings, onlyFiles: true, fs: { readdirSync } })
  for (const { dir, error } of unreadable) {
    const file = path.relative(options.root, dir).split(path.sep).join('/') || '.'
    skipped.push({ file, code: 'FILE_UNREADABLE', reason: `directory not readable: ${error instanceof Error ? error.message : String(error)}` })
  }
  if (sawSymlink) {
    const entries = fg.sync([...options.include], { ...settings, onlyFiles: false, objectMode: true })
    for (const { path: file, dirent } of entries) if (dirent.isSymbolicLink() && followLink(options.root, realRoot, file, skipped)) files.push(file)
  }
  const candidates: Candidate[] = []
  for (const file of files) {
    const plan = planFor(file)
    if (plan) candidates.push({ file, plan })
  }
  candidates.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  return { candidates, filesSeen: files.length, skipped }
}

/** True for a link to a file inside the root; a link that leaves it, or is broken, is reported. */
function followLink(root: string, realRoot: string, file: string, skipped: SkippedFile[]): boolean {
  const link = linkTarget(root, realRoot, file)
  // Only links that could hide something we read are worth a warning.
  const relevant = link.kind === 'dir' || planFor(file) !== undefined
  if (link.kind === 'broken') {
    if (relevant) skipped.push({ file, code: 'FILE_UNREADABLE', reason: `broken symlink: ${link.reason}` })
    return false
  }
  if (link.outside && relevant) skipped.push({ file, code: 'SYMLINK_OUTSIDE_ROOT', reason: 'symlink points outside the scanned directory; not followed' })
  return link.kind === 'file' && !link.outside
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
