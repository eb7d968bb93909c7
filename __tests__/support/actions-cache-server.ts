/**
 * A minimal Actions cache service, protocol v1 (`/_apis/artifactcache/…`), the one the Forgejo and
 * Gitea runners' built-in cache server and GHES speak: look up by key or key prefix and version,
 * reserve, upload chunks with Content-Range, commit, download. Enough for @actions/cache's
 * restoreCache/saveCache; kept in memory.
 */
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

interface Entry {
  key: string
  version: string
  chunks: { start: number; data: Buffer }[]
  size?: number
}

export interface ActionsCacheServer {
  /** ACTIONS_CACHE_URL, with the trailing slash the client expects. */
  url: string
  /** Keys of committed entries, oldest first. */
  keys(): string[]
  /** Requests received so far. */
  requests(): number
  stop(): Promise<void>
}

const body = async (req: IncomingMessage): Promise<Buffer> => {
  const chunks: Buffer[] = []
  for await (const c of req) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

export async function startActionsCacheServer(): Promise<ActionsCacheServer> {
  const entries: Entry[] = []
  const archive = (e: Entry): Buffer => {
    const out = Buffer.alloc(e.size ?? 0)
    for (const c of e.chunks) c.data.copy(out, c.start)
    return out
  }
  let requests = 0
  const server = createServer((req, res) => {
    requests++
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://x')
      const json = (status: number, value?: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(value === undefined ? undefined : JSON.stringify(value))
      }
      const m = /^\/_apis\/artifactcache\/caches\/(\d+)$/.exec(url.pathname)
      if (req.method === 'GET' && url.pathname === '/_apis/artifactcache/cache') {
        const version = url.searchParams.get('version')
        const committed = entries.filter(e => e.size !== undefined && e.version === version)
        for (const key of (url.searchParams.get('keys') ?? '').split(',')) {
          const hit = committed.find(e => e.key === key) ?? committed.filter(e => e.key.startsWith(key)).at(-1)
          if (hit) return json(200, { cacheKey: hit.key, scope: 'refs/heads/main', archiveLocation: `http://${req.headers.host}/archive/${entries.indexOf(hit)}` })
        }
        return json(204)
      }
      if (req.method === 'POST' && url.pathname === '/_apis/artifactcache/caches') {
        const { key, version } = JSON.parse((await body(req)).toString()) as { key: string; version: string }
        if (entries.some(e => e.key === key && e.version === version)) return json(409, { message: 'already exists' })
        entries.push({ key, version, chunks: [] })
        // Ids start at 1: the client treats cacheId 0 as no reservation.
        return json(201, { cacheId: entries.length })
      }
      if (m && req.method === 'PATCH') {
        const start = Number(/bytes (\d+)-/.exec(String(req.headers['content-range']))?.[1] ?? 0)
        entries[Number(m[1]) - 1].chunks.push({ start, data: await body(req) })
        return json(204)
      }
      if (m && req.method === 'POST') {
        entries[Number(m[1]) - 1].size = (JSON.parse((await body(req)).toString()) as { size: number }).size
        return json(204)
      }
      const a = /^\/archive\/(\d+)$/.exec(url.pathname)
      if (a && req.method === 'GET') {
        const data = archive(entries[Number(a[1])])
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': data.length })
        return res.end(data)
      }
      json(404, { message: 'not found' })
    })().catch(() => {
      res.writeHead(500)
      res.end()
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    requests: () => requests,
    keys: () => entries.filter(e => e.size !== undefined).map(e => e.key),
    stop: () => new Promise(resolve => server.close(() => resolve()))
  }
}
