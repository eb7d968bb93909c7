import { execFile } from 'node:child_process'
import path from 'node:path'

/**
 * Lines a pull request added or changed, by repository-relative path, numbered in the new
 * version of the file. `all` stands for a file whose diff is unavailable (binary, too large).
 */
export type ChangedLines = Map<string, Set<number> | 'all'>

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/

/** Added lines of one file's hunks (`patch` of the GitHub files API, or a `git diff` section). */
export function addedLinesOfPatch(patch: string): Set<number> {
  const lines = new Set<number>()
  let next = 0
  for (const text of patch.split('\n')) {
    const hunk = HUNK.exec(text)
    if (hunk) {
      next = Number(hunk[1])
      continue
    }
    if (next === 0) continue
    if (text.startsWith('+')) lines.add(next++)
    else if (text.startsWith(' ')) next++
  }
  return lines
}

/** Parses unified diff output (`git diff`, Forgejo's `.diff`) into the lines each file gained. */
export function parseUnifiedDiff(diff: string): ChangedLines {
  const out: ChangedLines = new Map()
  for (const section of diff.split(/^diff --git /m).slice(1)) {
    const target = /^\+\+\+ (.+)$/m.exec(section)
    if (/^Binary files /m.test(section)) {
      const binary = /^Binary files .* and ("(?:[^"\\]|\\.)*"|\S.*) differ$/m.exec(section)
      const file = binary ? newSidePath(binary[1]) : null
      if (file !== null) out.set(file, 'all')
      continue
    }
    const file = target ? newSidePath(target[1]) : null
    if (file === null) continue
    const hunks = section.indexOf('\n@@')
    out.set(file, hunks < 0 ? new Set() : addedLinesOfPatch(section.slice(hunks + 1)))
  }
  return out
}

/** The new side's path of a `+++` or `Binary files` name: C-unquoted, `b/` removed; null for /dev/null. */
function newSidePath(written: string): string | null {
  // git appends a tab to an unquoted name that holds a space (for GNU patch); a quoted one has none.
  const name = written.startsWith('"') ? unquote(written) : written.replace(/\t.*$/, '')
  if (name === '/dev/null') return null
  return name.startsWith('b/') ? name.slice(2) : name
}

const C_ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 }

/**
 * git quotes a path with unusual bytes as a C string, bytes above 0x7f as octal escapes
 * (`"d\303\251ploiement.yaml"`): decoded to bytes, then read as UTF-8 (review finding 4).
 */
export function unquote(p: string): string {
  if (p.length < 2 || !p.startsWith('"') || !p.endsWith('"')) return p
  const parts: Buffer[] = []
  for (const m of p.slice(1, -1).matchAll(/\\([0-7]{1,3}|.)|([^\\]+)/gsu)) {
    if (m[2] !== undefined) parts.push(Buffer.from(m[2], 'utf8'))
    else if (/^[0-7]/.test(m[1])) parts.push(Buffer.from([parseInt(m[1], 8) & 0xff]))
    else parts.push(Buffer.from([C_ESCAPES[m[1]] ?? m[1].charCodeAt(0)]))
  }
  return Buffer.concat(parts).toString('utf8')
}

export interface GitDiffOptions {
  /** Repository directory (the workspace). */
  cwd: string
  /** Base commit of the pull request. */
  base: string
  /** What was checked out; the merge base with `base` is found by `base...head`. */
  head?: string
  timeoutMs?: number
}

const MAX_DIFF_BYTES = 64 * 1024 * 1024

function git(cwd: string, args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', ['-C', cwd, ...args], { timeout: timeoutMs, maxBuffer: MAX_DIFF_BYTES, encoding: 'utf8' }, (error, stdout) => (error ? reject(error) : resolve(stdout)))
  })
}

/**
 * Lines added against the merge base, from local history. Null when the history is not there
 * (shallow clone without the base commit), so the caller can ask the forge API instead.
 * The list of changed files comes from `-z` output (exact names, no quoting); a file the patch
 * parser could not map counts as changed in full (review finding 4: fail closed).
 */
export async function changedLinesFromGit(options: GitDiffOptions): Promise<ChangedLines | null> {
  return (await diffFromGit(options))?.lines ?? null
}

/** What changedLinesFromGit reads, with the merge base the diff was taken against. */
export async function diffFromGit(options: GitDiffOptions): Promise<{ lines: ChangedLines; mergeBase: string } | null> {
  const timeoutMs = options.timeoutMs ?? 60_000
  if (!/^[0-9a-f]{7,64}$/i.test(options.base)) return null
  const head = options.head ?? 'HEAD'
  if (head.startsWith('-')) return null
  try {
    await git(options.cwd, ['cat-file', '-e', `${options.base}^{commit}`], timeoutMs)
    const mergeBase = (await git(options.cwd, ['merge-base', options.base, head], timeoutMs)).trim()
    const range = `${options.base}...${head}`
    const diffArgs = ['diff', '--no-color', '--no-ext-diff', '--no-textconv', '--no-renames']
    const names = await git(options.cwd, [...PLAIN, ...diffArgs, '-z', '--name-only', '--diff-filter=d', range, '--'], timeoutMs)
    const patch = parseUnifiedDiff(await git(options.cwd, [...PLAIN, ...diffArgs, '--unified=0', '--src-prefix=a/', '--dst-prefix=b/', range, '--'], timeoutMs))
    const lines: ChangedLines = new Map()
    for (const name of names.split('\0')) if (name) lines.set(name, patch.get(name) ?? 'all')
    return { lines, mergeBase }
  } catch {
    return null
  }
}

/** Settings that would change what the parsers read, pinned whatever the user's git config says. */
const PLAIN = ['-c', 'core.quotePath=false', '-c', 'diff.noprefix=false', '-c', 'diff.mnemonicPrefix=false', '-c', 'color.ui=false']

/** A file's content at `rev` (repository-relative path); null when absent, unreadable or over `maxBytes`. */
export async function readAtRevision(cwd: string, rev: string, file: string, maxBytes: number, timeoutMs = 60_000): Promise<string | null> {
  return new Promise(resolve => {
    execFile('git', ['-C', cwd, 'cat-file', 'blob', `${rev}:${file}`], { timeout: timeoutMs, maxBuffer: maxBytes, encoding: 'utf8' }, (error, stdout) => resolve(error ? null : stdout))
  })
}

/** The path of the scan root inside the repository, to match scanner paths with diff paths. */
export async function repoPrefix(cwd: string, scanRoot: string, timeoutMs = 10_000): Promise<string> {
  try {
    const top = (await git(cwd, ['rev-parse', '--show-toplevel'], timeoutMs)).trim()
    const rel = path.relative(top, scanRoot)
    return rel.startsWith('..') ? '' : rel.split(path.sep).join('/')
  } catch {
    return ''
  }
}

/**
 * Whether any of an image's references sits on a line the pull request added or changed. A view by
 * position only: what fails a pull request is decided by identity (classifyIntroduced).
 * Null when nothing is known about the change (not a pull request, no history, no API).
 */
export function isIntroduced(sources: readonly { file: string; line: number }[], changes: ChangedLines | null | undefined, prefix = ''): boolean | null {
  if (!changes) return null
  if (sources.length === 0) return null
  return sources.some(s => {
    const lines = changes.get(prefix ? path.posix.join(prefix, s.file) : s.file)
    return lines === 'all' || (lines !== undefined && lines.has(s.line))
  })
}
