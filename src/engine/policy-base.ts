import { spawn } from 'node:child_process'
import { pullRequestFromEnv } from '../forge/index.js'

/**
 * Where policy documents come from (security review finding 1). In a pull request the checkout
 * is the attacker's: a policy file it adds or changes could exempt its images or trust its own
 * key. So on pull-request events policies, key files and trusted roots are read from the pull
 * request's base commit (`pull_request.base.sha`), and when that commit is not there the run
 * fails closed. Not from the merge base with HEAD: that is an ancestor the pull request chooses
 * by where it branches off, so an old branch would bring back an old, laxer policy.
 */
export type PolicyOrigin =
  | { kind: 'worktree' }
  | { kind: 'base'; tree: BaseTree }
  | { kind: 'unavailable'; reason: string }

/** One regular file of the base commit, by its path relative to the workspace. */
export interface BaseEntry {
  mode: string
  object: string
  size: number
}

export interface BaseTree {
  commit: string
  /** Every entry under the workspace, symlinks and submodules included (callers refuse them). */
  entries: Map<string, BaseEntry>
  /** At most `max` bytes of a blob, as text. */
  read(entry: BaseEntry, max: number): Promise<string>
}

const MAX_LISTING_BYTES = 256 * 1024 * 1024
const HEX = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/

/**
 * GitHub's and Forgejo's pull request events, `pull_request_review` and friends included: each
 * runs on the pull request's code. Decided by the event name alone, so a payload that cannot be
 * read fails closed rather than turning the run into a push.
 */
export function isPullRequestEvent(env: NodeJS.ProcessEnv): boolean {
  const event = env.FORGEJO_EVENT_NAME || env.GITHUB_EVENT_NAME || env.GITEA_EVENT_NAME || ''
  return /^pull_request/.test(event)
}

/** git's stdout up to `max` bytes (more is an error unless `truncate`), bounded in time. */
function git(cwd: string, args: string[], o: { timeoutMs: number; max: number; truncate?: boolean }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // No stdin and only local objects: git cannot prompt; --no-optional-locks keeps it from writing the index.
    const child = spawn('git', ['--no-optional-locks', '-C', cwd, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    const chunks: Buffer[] = []
    let size = 0
    let stderr = ''
    let done = false
    const finish = (error?: Error): void => {
      if (done) return
      done = true
      clearTimeout(timer)
      if (error) reject(error)
      else resolve(Buffer.concat(chunks))
    }
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      finish(new Error(`git ${args[0]} took longer than ${o.timeoutMs} ms`))
    }, o.timeoutMs)
    child.stdout.on('data', (chunk: Buffer) => {
      if (done) return
      const room = o.max - size
      chunks.push(chunk.subarray(0, Math.max(0, room)))
      size += chunk.length
      if (size > o.max) {
        child.kill('SIGKILL')
        if (o.truncate) finish()
        else finish(new Error(`git ${args[0]} printed more than ${o.max} bytes`))
      }
    })
    child.stderr.on('data', (chunk: Buffer) => void (stderr = (stderr + chunk.toString('utf8')).slice(-2000)))
    child.on('error', e => finish(e))
    child.on('close', code => finish(code === 0 ? undefined : new Error(`git ${args[0]} failed (${code}): ${stderr.trim().split('\n').pop() ?? ''}`)))
  })
}

async function gitText(cwd: string, args: string[], timeoutMs: number): Promise<string> {
  return (await git(cwd, args, { timeoutMs, max: 64 * 1024 })).toString('utf8').trim()
}

/** Parses `git ls-tree -r -l -z --full-name` output, keeping what lies under `prefix`, relative to it. */
export function parseLsTree(out: string, prefix: string): Map<string, BaseEntry> {
  const entries = new Map<string, BaseEntry>()
  for (const record of out.split('\0')) {
    const m = /^(\d{6}) (\w+) ([0-9a-f]+) +(\d+|-)\t([\s\S]+)$/.exec(record)
    if (!m || !m[5].startsWith(prefix)) continue
    entries.set(m[5].slice(prefix.length), { mode: m[1], object: m[3], size: m[4] === '-' ? 0 : Number(m[4]) })
  }
  return entries
}

/**
 * The origin of the policy for a run: the working tree outside pull requests; in a pull request
 * the tree of its base commit, or `unavailable` and why.
 */
export async function policyOriginFor(env: NodeJS.ProcessEnv, workspace: string, timeoutMs = 60_000): Promise<PolicyOrigin> {
  if (!isPullRequestEvent(env)) return { kind: 'worktree' }
  const pr = await pullRequestFromEnv(env)
  if (!pr) return { kind: 'unavailable', reason: 'the pull request event payload (GITHUB_EVENT_PATH) names no base commit' }
  const commit = pr.baseSha.toLowerCase()
  if (!HEX.test(commit)) return { kind: 'unavailable', reason: `the pull request's base '${pr.baseSha.slice(0, 80)}' is not a commit id` }
  let prefix: string
  try {
    await gitText(workspace, ['cat-file', '-e', `${commit}^{commit}`], timeoutMs)
    prefix = await gitText(workspace, ['rev-parse', '--show-prefix'], timeoutMs)
  } catch (e) {
    return { kind: 'unavailable', reason: `the base commit ${commit.slice(0, 12)} is not in the checkout's history (a shallow clone?): ${(e as Error).message}` }
  }
  let listing: string
  try {
    listing = (await git(workspace, ['ls-tree', '-r', '-l', '-z', '--full-name', commit], { timeoutMs, max: MAX_LISTING_BYTES })).toString('utf8')
  } catch (e) {
    return { kind: 'unavailable', reason: `the tree of ${commit.slice(0, 12)} cannot be listed (${(e as Error).message})` }
  }
  const tree: BaseTree = {
    commit,
    entries: parseLsTree(listing, prefix),
    read: async (entry, max) => (await git(workspace, ['cat-file', 'blob', entry.object], { timeoutMs, max, truncate: true })).toString('utf8')
  }
  return { kind: 'base', tree }
}
