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
    const target = /^\+\+\+ (?:b\/)?(.+)$/m.exec(section)
    if (/^Binary files /m.test(section)) {
      const binary = /^Binary files .* and (?:b\/)?(.+) differ$/m.exec(section)
      if (binary && binary[1] !== '/dev/null') out.set(unquote(binary[1]), 'all')
      continue
    }
    if (!target || target[1] === '/dev/null') continue
    const file = unquote(target[1].replace(/\t.*$/, ''))
    const hunks = section.indexOf('\n@@')
    out.set(file, hunks < 0 ? new Set() : addedLinesOfPatch(section.slice(hunks + 1)))
  }
  return out
}

/** git quotes paths with unusual bytes as C strings: "a\tb". */
function unquote(p: string): string {
  if (!p.startsWith('"')) return p
  try {
    return JSON.parse(p) as string
  } catch {
    return p
  }
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
 */
export async function changedLinesFromGit(options: GitDiffOptions): Promise<ChangedLines | null> {
  const timeoutMs = options.timeoutMs ?? 60_000
  if (!/^[0-9a-f]{7,64}$/i.test(options.base)) return null
  const head = options.head ?? 'HEAD'
  if (head.startsWith('-')) return null
  try {
    await git(options.cwd, ['cat-file', '-e', `${options.base}^{commit}`], timeoutMs)
    await git(options.cwd, ['merge-base', options.base, head], timeoutMs)
    const diff = await git(options.cwd, ['-c', 'core.quotePath=true', 'diff', '--no-color', '--no-ext-diff', '--unified=0', `${options.base}...${head}`, '--'], timeoutMs)
    return parseUnifiedDiff(diff)
  } catch {
    return null
  }
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
 * Whether any of an image's references sits on a line the pull request added or changed.
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
