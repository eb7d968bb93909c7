/**
 * A loopback stand-in for the fremforge results endpoint, for tests that run the bundled action
 * as a child process (where nock cannot reach). It stores each chunk once per Idempotency-Key,
 * like the real service, and answers from a script of statuses.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface ReceivedChunk {
  method: string
  path: string
  headers: http.IncomingHttpHeaders
  body: string
}

export interface FremforgeServer {
  url: string
  /** Every request, including retries. */
  requests: ReceivedChunk[]
  /** Distinct chunks stored (deduplicated by Idempotency-Key). */
  stored(): ReceivedChunk[]
  /** Statuses to answer with, in order; after the script runs out every request gets 200. */
  script(replies: { status: number; headers?: Record<string, string>; body?: string }[]): void
  stop(): Promise<void>
}

export async function startFremforgeServer(): Promise<FremforgeServer> {
  const requests: ReceivedChunk[] = []
  const stored = new Map<string, ReceivedChunk>()
  let replies: { status: number; headers?: Record<string, string>; body?: string }[] = []
  const server = http.createServer((req, res) => {
    const parts: Buffer[] = []
    req.on('data', (c: Buffer) => parts.push(c))
    req.on('end', () => {
      const chunk = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: Buffer.concat(parts).toString('utf8') }
      requests.push(chunk)
      const reply = replies.shift() ?? { status: 200 }
      if (reply.status >= 200 && reply.status < 300) stored.set(String(req.headers['idempotency-key'] ?? requests.length), chunk)
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers })
      res.end(reply.body ?? JSON.stringify({ ok: reply.status < 300 }))
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    stored: () => [...stored.values()],
    script: r => void (replies = [...r]),
    stop: () => new Promise<void>(resolve => server.close(() => resolve()))
  }
}
