import { getOctokit } from '@actions/github'
import { addedLinesOfPatch, forgeErrorFor, type ChangedLines, type CheckRunInput, type ForgeClient, type IssueComment, type PullRequest } from './forge/index.js'

/** The Checks API takes at most 50 annotations per request. */
export const CHECK_ANNOTATIONS_PER_REQUEST = 50
const MAX_PAGES = 30
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
      for (let page = 1; page <= MAX_PAGES; page++) {
        const { data } = await call('list pull request files', () => octokit.rest.pulls.listFiles({ owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100, page, request: request() }))
        for (const f of data) {
          if (f.status === 'removed') continue
          out.set(f.filename, f.patch === undefined ? 'all' : addedLinesOfPatch(f.patch))
        }
        if (data.length < 100) break
      }
      return out
    },
    async listComments(pr) {
      const out: IssueComment[] = []
      for (let page = 1; page <= MAX_PAGES; page++) {
        const { data } = await call('list comments', () => octokit.rest.issues.listComments({ ...where(pr), per_page: 100, page, request: request() }))
        out.push(...data.map(c => ({ id: c.id, body: c.body ?? '' })))
        if (data.length < 100) break
      }
      return out
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
