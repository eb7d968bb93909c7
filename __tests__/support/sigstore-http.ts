/** A minimal real HTTP server on loopback for one fake Sigstore service. */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Request {
  method: string
  path: string
  query: URLSearchParams
  headers: http.IncomingHttpHeaders
  body: string
}

export interface Reply {
  status: number
  body: string | Uint8Array
  contentType?: string
}

export type Route = (request: Request) => Reply | Promise<Reply>

export interface Service {
  url: string
  close(): Promise<void>
}

/** Serves `route` on an ephemeral port; every request is logged as `<name> <METHOD> <path?query>`. */
export async function listen(name: string, host: string, route: Route, log: string[]): Promise<Service> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://stack.invalid')
      log.push(`${name} ${req.method} ${url.pathname}${url.search}`)
      const request: Request = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') }
      Promise.resolve()
        .then(() => route(request))
        .catch((error: unknown): Reply => ({ status: 500, body: String(error) }))
        .then(reply => {
          res.writeHead(reply.status, { 'content-type': reply.contentType ?? 'text/plain' })
          res.end(reply.body)
        })
    })
  })
  await new Promise<void>(resolve => server.listen(0, host, resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
