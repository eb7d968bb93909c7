import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  path: string
  auth: string | undefined
  body: unknown
}

export interface FakeForge {
  url: string
  requests: RecordedRequest[]
  /** `user` is who wrote it: the token's identity for comments made through this fake. */
  comments: { id: number; body: string; user?: { login: string; type: string } }[]
  /**
   * Who the token is: GitHub's GET /user answers 403 when `github` is null (an installation token
   * such as GITHUB_TOKEN, whose comments come from github-actions[bot]); Forgejo's answers `forgejo`.
   */
  login: { github: string | null; forgejo: string }
  /** Paths (regexp source) answered with this status instead of the normal answer. */
  deny: Map<RegExp, number>
  diff: string
  files: { filename: string; status: string; patch?: string }[]
  /** Files at the pull request's base (`ref`): GitHub's contents API and Forgejo's raw endpoint. */
  baseFiles: Map<string, string>
  close(): Promise<void>
}

/**
 * A loopback fake of the GitHub REST API (check runs, issue comments, PR files) and of
 * Forgejo's /api/v1 (issue comments, PR diff), recording every request it receives.
 */
export async function startFakeForge(): Promise<FakeForge> {
  const state: Omit<FakeForge, 'url' | 'close'> = { requests: [], comments: [], deny: new Map(), diff: '', files: [], baseFiles: new Map(), login: { github: null, forgejo: 'ci-bot' } }
  let nextId = 1000
  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/plain' : 'application/json' })
    res.end(typeof body === 'string' ? body : JSON.stringify(body))
  }
  const handle = (req: IncomingMessage, res: ServerResponse, raw: string) => {
    const url = new URL(req.url ?? '/', 'http://x')
    const body = raw ? JSON.parse(raw) : undefined
    state.requests.push({ method: req.method ?? '', path: url.pathname + url.search, auth: req.headers.authorization, body })
    for (const [re, status] of state.deny) if (re.test(url.pathname)) return send(res, status, { message: 'Resource not accessible by integration' })
    const forgejo = url.pathname.startsWith('/api/v1/')
    const p = url.pathname.replace(/^\/api\/v1/, '')
    const me = forgejo ? { login: state.login.forgejo, type: 'User' } : state.login.github ? { login: state.login.github, type: 'User' } : { login: 'github-actions[bot]', type: 'Bot' }
    if (req.method === 'GET' && p === '/user') return forgejo || state.login.github ? send(res, 200, me) : send(res, 403, { message: 'Resource not accessible by integration' })
    const page = Number(url.searchParams.get('page') ?? '1')
    const per = Number(url.searchParams.get('per_page') ?? url.searchParams.get('limit') ?? '30')
    let m
    if (req.method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/check-runs$/.test(p)) return send(res, 201, { id: nextId++ })
    if (req.method === 'PATCH' && /^\/repos\/[^/]+\/[^/]+\/check-runs\/\d+$/.test(p)) return send(res, 200, { id: 1 })
    if (req.method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/.test(p)) return send(res, 200, state.comments.slice((page - 1) * per, page * per))
    if (req.method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/.test(p)) {
      const c = { id: nextId++, body: (body as { body: string }).body, user: me }
      state.comments.push(c)
      return send(res, 201, c)
    }
    if (req.method === 'PATCH' && (m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(p))) {
      const c = state.comments.find(x => x.id === Number(m![1]))
      if (!c) return send(res, 404, { message: 'Not Found' })
      if (c.user?.login !== me.login) return send(res, 403, { message: 'not the author' })
      c.body = (body as { body: string }).body
      return send(res, 200, c)
    }
    if (req.method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/files$/.test(p)) return send(res, 200, state.files.slice((page - 1) * per, page * per))
    if (req.method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\.diff$/.test(p)) return send(res, 200, state.diff)
    if (req.method === 'GET' && (m = /^\/repos\/[^/]+\/[^/]+\/(contents|raw)\/(.+)$/.exec(p))) {
      const content = state.baseFiles.get(decodeURIComponent(m[2]))
      if (content === undefined) return send(res, 404, { message: 'Not Found' })
      return m[1] === 'raw' ? send(res, 200, content) : send(res, 200, { type: 'file', encoding: 'base64', content: Buffer.from(content).toString('base64') })
    }
    send(res, 404, { message: 'Not Found' })
  }
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', c => chunks.push(c))
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>(resolve => server.close(() => resolve()))
  })
}
