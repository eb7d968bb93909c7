import { getOctokit } from '@actions/github'
import { addedLinesOfPatch, ForgeError, forgeErrorFor, type ChangedLines, type CheckRunInput, type ForgeClient, type IssueComment, type PullRequest } from './forge/index.js'

/** The Checks API takes at most 50 annotations per request. */
export const CHECK_ANNOTATIONS_PER_REQUEST = 50
const MAX_PAGES = 30
/** The author of what the workflow's GITHUB_TOKEN writes; no user can take a name with brackets. */
const GITHUB_ACTIONS_BOT = 'github-actions[bot]'
/** GitHub refuses check-run summaries over 65,535 characters. */
const MAX_SUMMARY = 60_000

export interface GitHubClientOptions {
  token: string
  /** `GITHUB_API_URL`; Octokit goes through the runner's proxy (@actions/http-client) for it. */
  baseUrl: string
  timeoutMs: number
}

const statusOf = (e: unknown): number | undefined => (typeof e === 'object' && e !== null && 'status' in e && typeof e.status === 'number' ? e.status : undefined)

export function createGitHubClient(o: GitHubClientOptions): ForgeClient {
  const octokit = getOctokit(o.token, { baseUrl: o.baseUrl.replace(/\/+$/, '') })
  const request = () => ({ signal: AbortSignal.timeout(o.timeoutMs) })
  async function call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn()
    } catch (e) {
      throw forgeErrorFor(statusOf(e), what, e)
    }
  }
  const where = (pr: PullRequest) => ({ owner: pr.owner, repo: pr.repo, issue_number: pr.number })

  return {
    platform: 'github',
    async changedLines(pr) {
      const out: ChangedLines = new Map()
      let full = false
      for (let page = 1; page <= MAX_PAGES; page++) {
        const { data } = await call('list pull request files', () => octokit.rest.pulls.listFiles({ owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100, page, request: request() }))
        for (const f of data) {
          if (f.status === 'removed') continue
          out.set(f.filename, f.patch === undefined ? 'all' : addedLinesOfPatch(f.patch))
        }
        full = data.length >= 100
        if (!full) break
      }
      // GitHub lists at most 3000 files (review finding 9): a file past the cap is not "unchanged".
      if (full) throw new ForgeError('FORGE_TRUNCATED', `list pull request files: GitHub lists at most ${MAX_PAGES * 100} files and this pull request reaches that`)
      return out
    },
    async baseFile(pr, path) {
      try {
        const { data } = await octokit.rest.repos.getContent({ owner: pr.owner, repo: pr.repo, path, ref: pr.baseSha, request: request() })
        // Files over 1 MB come without content (encoding `none`): unknown, so their images count as new.
        if (Array.isArray(data) || data.type !== 'file' || !('encoding' in data) || data.encoding !== 'base64') return null
        return Buffer.from(data.content, 'base64').toString('utf8')
      } catch {
        return null
      }
    },
    async listComments(pr) {
      const out: IssueComment[] = []
      for (let page = 1; page <= MAX_PAGES; page++) {
        const { data } = await call('list comments', () => octokit.rest.issues.listComments({ ...where(pr), per_page: 100, page, request: request() }))
        out.push(...data.map(c => ({ id: c.id, body: c.body ?? '', ...(c.user ? { author: c.user.login } : {}) })))
        if (data.length < 100) break
      }
      return out
    },
    async ownLogin() {
      try {
        return (await octokit.rest.users.getAuthenticated({ request: request() })).data.login
      } catch {
        // An installation token (GITHUB_TOKEN) may not read /user; what it writes is by this bot.
        return GITHUB_ACTIONS_BOT
      }
    },
    async createComment(pr, body) {
      const { data } = await call('create comment', () => octokit.rest.issues.createComment({ ...where(pr), body, request: request() }))
      return { id: data.id, body: data.body ?? body }
    },
    async updateComment(pr, id, body) {
      await call('update comment', () => octokit.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: id, body, request: request() }))
    },
    async createCheckRun(owner, repo, run: CheckRunInput) {
      const batches: CheckRunInput['annotations'][] = []
      for (let i = 0; i < run.annotations.length; i += CHECK_ANNOTATIONS_PER_REQUEST) batches.push(run.annotations.slice(i, i + CHECK_ANNOTATIONS_PER_REQUEST))
      const output = (annotations: CheckRunInput['annotations']) => ({ title: run.title, summary: run.summary.slice(0, MAX_SUMMARY), annotations })
      const { data } = await call('create check run', () =>
        octokit.rest.checks.create({ owner, repo, name: run.name, head_sha: run.headSha, status: 'completed', conclusion: run.conclusion, output: output(batches[0] ?? []), request: request() })
      )
      for (const batch of batches.slice(1)) {
        await call('add check run annotations', () => octokit.rest.checks.update({ owner, repo, check_run_id: data.id, output: output(batch), request: request() }))
      }
      return { id: data.id, requests: Math.max(1, batches.length) }
    }
  }
}
