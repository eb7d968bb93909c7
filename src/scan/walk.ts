import fg from 'fast-glob'
import fs from 'node:fs'
import path from 'node:path'
import { planFor, type Plan } from './extract.js'
import type { ResolvedScanOptions } from './options.js'
import type { SkippedFile } from './types.js'
import { ExactNames } from './exact-names.js'

export interface Candidate {
  /** Relative to the root, forward slashes; a name that is not UTF-8 shows its bytes as `\xNN`. */
  file: string
  /** The exact path to open: a Buffer when some name on the way is not valid UTF-8. */
  abs: string | Buffer
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
  const bytes = new ExactNames()
  let sawSymlink = false
  let firstPass = true
  // fast-glob drops unreadable directories silently; recording them lets us warn. Noting
  // symlinks here spares the common, link-free checkout the heavier second listing below.
  function readdirSync(dir: string, opts: { withFileTypes: true }): fs.Dirent[]
  function readdirSync(dir: string): string[]
  function readdirSync(dir: string, opts?: { withFileTypes: true }): fs.Dirent[] | string[] {
    try {
      if (!opts) return fs.readdirSync(bytes.exact(dir), { encoding: 'buffer' }).map(name => name.toString('utf8'))
      const dirents = bytes.list(dir)
      if (!sawSymlink) sawSymlink = dirents.some(d => d.isSymbolicLink())
      return dirents
    } catch (error) {
      if (firstPass) unreadable.push({ dir, error })
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
  firstPass = false
  for (const { dir, error } of unreadable) {
    const file = path.relative(options.root, dir).split(path.sep).join('/') || '.'
    skipped.push({ file, code: 'FILE_UNREADABLE', reason: `directory not readable: ${error instanceof Error ? error.message : String(error)}` })
  }
  if (sawSymlink) {
    const entries = fg.sync([...options.include], { ...settings, onlyFiles: false, objectMode: true, fs: { readdirSync } })
    const abs = (file: string) => bytes.exact(path.join(options.root, file))
    for (const { path: file, dirent } of entries) if (dirent.isSymbolicLink() && followLink(abs(file), realRoot, file, skipped)) files.push(file)
  }
  const candidates: Candidate[] = []
  for (const file of files) {
    const plan = planFor(file)
    if (plan) candidates.push({ file, abs: bytes.exact(path.join(options.root, file)), plan })
  }
  candidates.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  return { candidates, filesSeen: files.length, skipped }
}

/** True for a link to a file inside the root; a link that leaves it, or is broken, is reported. */
function followLink(abs: string | Buffer, realRoot: string, file: string, skipped: SkippedFile[]): boolean {
  const link = linkTarget(abs, realRoot)
  // Only links that could hide something we read are worth a warning: a directory, or a file
  // some format reads by the link's name or by its target's.
  const relevant = link.kind === 'dir' || planFor(file) !== undefined || (link.kind !== 'broken' && planFor(link.name) !== undefined)
  if (link.kind === 'broken') {
    if (relevant) skipped.push({ file, code: link.missing ? 'SYMLINK_BROKEN' : 'FILE_UNREADABLE', reason: `broken symlink: ${link.reason}` })
    return false
  }
  // Review finding 7: kubectl and friends follow such a link, so the scanner's caller counts it unscanned.
  if (link.outside && relevant) skipped.push({ file, code: 'SYMLINK_OUTSIDE_ROOT', reason: 'symlink points outside the scanned directory, so what it holds was not scanned; exclude the link or scan a directory that holds its target' })
  return link.kind === 'file' && !link.outside
}

type LinkTarget = { kind: 'file' | 'dir' | 'other'; outside: boolean; name: string } | { kind: 'broken'; missing: boolean; reason: string }

/** Where a symlink leads. Directories inside the root are walked at their real path anyway. */
function linkTarget(abs: string | Buffer, realRoot: string): LinkTarget {
  try {
    const target = fs.realpathSync(abs, { encoding: 'buffer' })
    const stat = fs.statSync(target)
    const real = target.toString('utf8')
    return { kind: stat.isFile() ? 'file' : stat.isDirectory() ? 'dir' : 'other', outside: !inside(realRoot, real), name: path.basename(real) }
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT'
    return { kind: 'broken', missing, reason: error instanceof Error ? error.message : String(error) }
  }
}
