/**
 * A scripted HTTP server on loopback for registry behaviour a real registry will not show on demand:
 * 429 with Retry-After, 5xx, resets, slow bodies, lying digests, oversized bodies, cross-host redirects,
 * the referrers API. Bind it to 127.0.0.2 (still loopback on Linux) to get a second, different host.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http'
import { createServer as createTlsServer } from 'node:https'
import type { AddressInfo, Socket } from 'node:net'

export interface SeenRequest {
  method: string
  path: string
  headers: IncomingHttpHeaders
  body: Buffer
}

export type FaultHandler = (req: SeenRequest, res: ServerResponse, raw: IncomingMessage) => void | Promise<void>

export interface FaultServer {
  host: string
  url: string
  requests: SeenRequest[]
  /** Replaces the handler (per test). */
  handle(handler: FaultHandler): void
  stop(): Promise<void>
}

/** `tls` (PEM key and certificate) makes it an HTTPS server. */
export async function startFaultServer(
  handler: FaultHandler = (_req, res) => void res.writeHead(404).end(),
  address = '127.0.0.1',
  tls?: { key: string; cert: string }
): Promise<FaultServer> {
  let current = handler
  const requests: SeenRequest[] = []
  const sockets = new Set<Socket>()
  const listener: RequestListener = (raw, res) => {
    const chunks: Buffer[] = []
    raw.on('data', (c: Buffer) => chunks.push(c))
    raw.on('end', () => {
      const seen = { method: raw.method ?? '', path: raw.url ?? '/', headers: raw.headers, body: Buffer.concat(chunks) }
      requests.push(seen)
      Promise.resolve(current(seen, res, raw)).catch(e => {
        res.writeHead(599).end(String(e))
      })
    })
  }
  const server = tls ? createTlsServer(tls, listener) : createServer(listener)
  server.on('connection', s => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  await new Promise<void>(resolve => server.listen(0, address, resolve))
  const { port } = server.address() as AddressInfo
  return {
    host: `${address}:${port}`,
    url: `${tls ? 'https' : 'http'}://${address}:${port}`,
    requests,
    handle: h => void (current = h),
    stop: () =>
      new Promise(resolve => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      })
  }
}

/** Writes an OCI-style JSON error. */
export function sendError(res: ServerResponse, status: number, code: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(JSON.stringify({ errors: [{ code, message: code.toLowerCase() }] }))
}
