import { HttpClient } from '@actions/http-client'
import { parseUnifiedDiff } from './changed-lines.js'
import type { ForgeClient, IssueComment } from './client.js'
import { forgeErrorFor } from './errors.js'
import type { PullRequest } from './pull-request.js'

export interface ForgejoClientOptions {
  token: string
  /** `<server>/api/v1`. */
  apiUrl: string
  timeoutMs: number
}

const PAGE = 50
const MAX_PAGES = 40
const MAX_BODY_BYTES = 64 * 1024 * 1024

/** Forgejo's (and Gitea's) REST API: `/api/v1/repos/{owner}/{repo}/issues/{index}/comments`. */
export function createForgejoClient(o: ForgejoClientOptions): ForgeClient {
  // @actions/http-client honours the runner's proxy settings (https_proxy, no_proxy).
  const http = new HttpClient('fremforge-cosign', [], { socketTimeout: o.timeoutMs, allowRetries: false })
  const base = o.apiUrl.replace(/\/+$/, '')
  const headers = { authorization: `token ${o.token}`, accept: 'application/json', 'content-type': 'application/json' }
  const repoPath = (pr: PullRequest) => `${base}/repos/${encodeURIComponent(pr.owner)}/${encodeURIComponent(pr.repo)}`

  async function send(what: string, method: string, url: string, body?: unknown): Promise<string> {
    let res
    try {
      res = await http.request(method, url, body === undefined ? null : JSON.stringify(body), headers)
    } catch (e) {
      throw forgeErrorFor(undefined, what, e)
    }
    const text = await res.readBody()
    const status = res.message.statusCode ?? 0
    if (status < 200 || status >= 300) throw forgeErrorFor(status, what)
    if (text.length > MAX_BODY_BYTES) throw forgeErrorFor(status, `${what}: answer too large`)
    return text
  }
  const json = <T>(text: string): T => JSON.parse(text) as T

  return {
    platform: 'forgejo',
    async changedLines(pr) {
      return parseUnifiedDiff(await send('read the pull request diff', 'GET', `${repoPath(pr)}/pulls/${pr.number}.diff`))
    },
    async baseFile(pr, path) {
      const file = path.split('/').map(encodeURIComponent).join('/')
      return send('read a file at the base', 'GET', `${repoPath(pr)}/raw/${file}?ref=${encodeURIComponent(pr.baseSha)}`).catch(() => null)
    },
    async listComments(pr) {
      const out: IssueComment[] = []
      for (let page = 1; page <= MAX_PAGES; page++) {
        const data = json<{ id: number; body?: string; user?: { login?: string } }[]>(await send('list comments', 'GET', `${repoPath(pr)}/issues/${pr.number}/comments?limit=${PAGE}&page=${page}`))
        out.push(...data.map(c => ({ id: c.id, body: c.body ?? '', ...(typeof c.user?.login === 'string' ? { author: c.user.login } : {}) })))
        if (data.length < PAGE) break
      }
      return out
    },
    async ownLogin() {
      try {
        const login = json<{ login?: unknown }>(await send('read the token user', 'GET', `${base}/user`)).login
        return typeof login === 'string' && login !== '' ? login : null
      } catch {
        return null
      }
    },
    async createComment(pr, body) {
      const data = json<{ id: number; body?: string }>(await send('create comment', 'POST', `${repoPath(pr)}/issues/${pr.number}/comments`, { body }))
      return { id: data.id, body: data.body ?? body }
    },
    async updateComment(pr, id, body) {
      await send('update comment', 'PATCH', `${repoPath(pr)}/issues/comments/${id}`, { body })
    }
  }
}
