/**
 * An HTTP proxy on loopback in front of a real server (the registry, its token server), for
 * counting what a client really sends and for adding network latency:
 * - every request waits `rttMs` before it is forwarded (one round trip per request/response);
 * - the first request on a new client connection waits one more `rttMs` (the TCP handshake).
 * `rewrite` may change response headers, e.g. point a token realm at another proxy.
 *
 *   const proxy = await startLatencyProxy({ target: registry.url, rttMs: 20 })
 *   … client talks to proxy.host …
 *   proxy.stats() // { requests, connections, paths }
 */
import { createServer, request, Agent, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

export interface ProxyStats {
  requests: number
  connections: number
  /** Request count per path without query, e.g. `/v2/app/manifests/sha256:…`. */
  paths: Map<string, number>
  /** Requests answered 401: the auth handshake (one per registry and scope), not lookups. */
  challenges: number
}

export interface LatencyProxy {
  host: string
  url: string
  rttMs: number
  stats(): ProxyStats
  reset(): void
  stop(): Promise<void>
}

export interface LatencyProxyOptions {
  /** http://host:port of the real server. */
  target: string
  rttMs?: number
  rewrite?: (headers: IncomingHttpHeaders) => IncomingHttpHeaders
}

const sleep = (ms: number): Promise<void> => (ms > 0 ? new Promise(resolve => setTimeout(resolve, ms)) : Promise.resolve())

export async function startLatencyProxy(options: LatencyProxyOptions): Promise<LatencyProxy> {
  const target = new URL(options.target)
  const agent = new Agent({ keepAlive: true, maxSockets: 64 })
  const fresh = new WeakSet<Socket>()
  const sockets = new Set<Socket>()
  let stats: ProxyStats = { requests: 0, connections: 0, paths: new Map(), challenges: 0 }
  const proxy: LatencyProxy = { host: '', url: '', rttMs: options.rttMs ?? 0, stats: () => stats, reset: () => void (stats = { requests: 0, connections: 0, paths: new Map(), challenges: 0 }), stop }

  const server = createServer((req, res) => {
    stats.requests++
    const p = (req.url ?? '/').split('?')[0]
    stats.paths.set(p, (stats.paths.get(p) ?? 0) + 1)
    const handshake = fresh.has(req.socket)
    fresh.delete(req.socket)
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      void sleep(proxy.rttMs * (handshake ? 2 : 1)).then(() => {
        const headers = { ...req.headers, host: target.host }
        const upstream = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers, agent }, up => {
          const out = options.rewrite ? options.rewrite(up.headers) : up.headers
          if (up.statusCode === 401) stats.challenges++
          res.writeHead(up.statusCode ?? 502, out)
          up.pipe(res)
        })
        upstream.on('error', () => {
          res.writeHead(502)
          res.end()
        })
        upstream.end(Buffer.concat(chunks))
      })
    })
  })
  server.on('connection', (socket: Socket) => {
    stats.connections++
    fresh.add(socket)
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  proxy.host = `127.0.0.1:${port}`
  proxy.url = `http://127.0.0.1:${port}`

  async function stop(): Promise<void> {
    for (const s of sockets) s.destroy()
    agent.destroy()
    await new Promise<void>(resolve => server.close(() => resolve()))
  }
  return proxy
}
