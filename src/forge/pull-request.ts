import { readFile } from 'node:fs/promises'
import type { Platform } from '../report/index.js'

/** The pull request a run belongs to, read from the event payload the runner wrote. */
export interface PullRequest {
  number: number
  owner: string
  repo: string
  baseSha: string
  headSha: string
  /** The head lives in another repository: the job token is read-only there. */
  fork: boolean
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target'])
const MAX_EVENT_BYTES = 25 * 1024 * 1024

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined)

function repoName(side: unknown): string | undefined {
  if (!isRecord(side) || !isRecord(side.repo)) return undefined
  return str(side.repo.full_name)
}

/** Null when the run is not for a pull request or the payload lacks what is needed. */
export async function pullRequestFromEnv(env: NodeJS.ProcessEnv): Promise<PullRequest | null> {
  const event = env.FORGEJO_EVENT_NAME || env.GITHUB_EVENT_NAME
  const file = env.GITHUB_EVENT_PATH || env.FORGEJO_EVENT_PATH
  if (!event || !PR_EVENTS.has(event) || !file) return null
  let payload: unknown
  try {
    const text = await readFile(file, 'utf8')
    if (text.length > MAX_EVENT_BYTES) return null
    payload = JSON.parse(text)
  } catch {
    return null
  }
  return toPullRequest(payload, env)
}

export function toPullRequest(payload: unknown, env: NodeJS.ProcessEnv = {}): PullRequest | null {
  if (!isRecord(payload) || !isRecord(payload.pull_request)) return null
  const pr = payload.pull_request
  const number = typeof pr.number === 'number' ? pr.number : typeof payload.number === 'number' ? payload.number : undefined
  const base = isRecord(pr.base) ? pr.base : {}
  const head = isRecord(pr.head) ? pr.head : {}
  const full = str(env.GITHUB_REPOSITORY) ?? repoName(base) ?? (isRecord(payload.repository) ? str(payload.repository.full_name) : undefined)
  const baseSha = str(base.sha)
  const headSha = str(head.sha)
  if (number === undefined || !full || !full.includes('/') || !baseSha || !headSha) return null
  const [owner, ...rest] = full.split('/')
  const headRepo = repoName(head)
  const baseRepo = repoName(base) ?? full
  return { number, owner, repo: rest.join('/'), baseSha, headSha, fork: headRepo !== undefined && headRepo !== baseRepo }
}

/** The forge's REST API root: GitHub's `GITHUB_API_URL`, or `<server>/api/v1` on Forgejo. */
export function apiUrlFromEnv(env: NodeJS.ProcessEnv, platform: Platform): string | null {
  if (platform === 'forgejo' || platform === 'gitea') {
    const server = env.FORGEJO_SERVER_URL || env.GITHUB_SERVER_URL
    return server ? `${server.replace(/\/+$/, '')}/api/v1` : null
  }
  return env.GITHUB_API_URL || (platform === 'github' ? 'https://api.github.com' : null)
}
