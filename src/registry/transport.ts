import type { IncomingHttpHeaders } from 'node:http'
import { Readable } from 'node:stream'
import { HttpClient, type HttpClientResponse } from '@actions/http-client'
import { BodyReadError, drainBody, readBody } from './body.js'
import { RegistryError, redactUrl, registryCodesOf } from './errors.js'
import { createKeyedLimiter } from './limiter.js'

export type HttpMethod = 'GET' | 'HEAD' | 'PUT' | 'POST' | 'PATCH' | 'DELETE'

export interface TransportRequest {
  method: HttpMethod
  url: URL
  headers?: Record<string, string>
  /** Sent to the request's own origin only; dropped on a redirect to any other origin. */
  authorization?: string
  body?: Buffer
  /** Largest 2xx body accepted. */
  maxBytes: number
  /** Follow 3xx for GET and HEAD (blob storage). Default true for those. */
  followRedirects?: boolean
  /** For errors: the registry host and repository this request is about. */
  host: string
  repository?: string
}

export interface TransportResponse {
  status: number
  headers: IncomingHttpHeaders
  body: Buffer
  /** After redirects. */
  url: URL
}

export interface RequestStats {
  total: number
  byHost: Record<string, number>
}

export interface Transport {
  send(request: TransportRequest): Promise<TransportResponse>
  stats(): RequestStats
  close(): void
}

export interface TransportOptions {
  userAgent: string
  timeoutMs: number
  readTimeoutMs: number
  maxInFlightPerHost: number
}

const REDIRECTS = new Set([301, 302, 303, 307, 308])
const MAX_REDIRECTS = 5
const ERROR_BODY_BYTES = 64 * 1024
/** Failures where another attempt cannot help: bad names and TLS trust (set NODE_EXTRA_CA_CERTS). */
const PERMANENT_NETWORK_CODES = /^(ENOTFOUND|ERR_INVALID_URL|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|ERR_TLS_CERT|ERR_SSL_)/

function errorCode(e: unknown): string {
  return typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : ''
}

function networkError(e: unknown, req: TransportRequest, url: URL): RegistryError {
  const where = { host: req.host, repository: req.repository, method: req.method, url: redactUrl(url), cause: e }
  if (e instanceof BodyReadError) {
    const f = e.failure
    if (f.kind === 'too-large') {
      const found = f.declared === undefined ? 'more' : `${f.declared} bytes`
      return new RegistryError('REGISTRY_TOO_LARGE', `${req.method} ${redactUrl(url)}: body larger than the ${f.limit}-byte limit (found ${found})`, where)
    }
    if (f.kind === 'timeout') return new RegistryError('REGISTRY_TIMEOUT', `${req.method} ${redactUrl(url)}: body not read within ${f.after} ms`, { ...where, temporary: true })
    return new RegistryError('REGISTRY_UNREACHABLE', `${req.method} ${redactUrl(url)}: connection lost while reading the body`, { ...where, cause: f.cause, temporary: true })
  }
  const message = e instanceof Error ? e.message : String(e)
  if (/^Request timeout/.test(message)) {
    return new RegistryError('REGISTRY_TIMEOUT', `${req.method} ${redactUrl(url)}: no answer within the timeout`, { ...where, temporary: true })
  }
  const code = errorCode(e)
  const permanent = PERMANENT_NETWORK_CODES.test(code)
  const hint = /^(CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|ERR_TLS_CERT)/.test(code) ? ' (TLS: add the CA with NODE_EXTRA_CA_CERTS)' : ''
  return new RegistryError('REGISTRY_UNREACHABLE', `${req.method} ${redactUrl(url)}: ${code || 'network error'}${hint}`, { ...where, temporary: !permanent })
}

function headersFor(req: TransportRequest, url: URL, origin: string): Record<string, string> {
  const headers: Record<string, string> = { ...req.headers }
  if (req.authorization && url.origin === origin) headers.authorization = req.authorization
  if (req.body) headers['content-length'] = String(req.body.length)
  return headers
}

/** One HTTP exchange per hop, through @actions/http-client (proxies, keep-alive), counted and bounded per host. */
export function createTransport(options: TransportOptions): Transport {
  const requestOptions = { allowRedirects: false, allowRetries: false, socketTimeout: options.timeoutMs, keepAlive: true }
  // http-client caches one agent per instance, made for the first URL's protocol: one instance per protocol.
  const clients = { 'http:': new HttpClient(options.userAgent, [], requestOptions), 'https:': new HttpClient(options.userAgent, [], requestOptions) }
  const limiter = createKeyedLimiter(options.maxInFlightPerHost)
  const byHost = new Map<string, number>()
  let total = 0

  const exchange = (req: TransportRequest, url: URL, origin: string): Promise<{ response: HttpClientResponse; body: Buffer }> =>
    limiter.run(url.host, async () => {
      total += 1
      byHost.set(url.host, (byHost.get(url.host) ?? 0) + 1)
      const client = url.protocol === 'https:' ? clients['https:'] : clients['http:']
      const data = req.body ? Readable.from([req.body]) : req.method === 'POST' || req.method === 'PUT' || req.method === 'PATCH' ? '' : null
      let response: HttpClientResponse
      try {
        response = await client.request(req.method, url.href, data, headersFor(req, url, origin))
      } catch (e) {
        throw networkError(e, req, url)
      }
      const status = response.message.statusCode ?? 0
      if (req.method === 'HEAD' || REDIRECTS.has(status)) {
        drainBody(response.message)
        return { response, body: Buffer.alloc(0) }
      }
      const ok = status >= 200 && status < 300
      try {
        const limits = { maxBytes: ok ? req.maxBytes : ERROR_BODY_BYTES, idleTimeoutMs: options.timeoutMs, totalTimeoutMs: options.readTimeoutMs }
        return { response, body: await readBody(response.message, limits) }
      } catch (e) {
        // An oversized error page is only diagnostics: keep the status, drop the body.
        if (!ok && e instanceof BodyReadError && e.failure.kind === 'too-large') return { response, body: Buffer.alloc(0) }
        throw networkError(e, req, url)
      }
    })

  return {
    async send(req) {
      const origin = req.url.origin
      const follow = req.followRedirects ?? (req.method === 'GET' || req.method === 'HEAD')
      let url = req.url
      for (let hop = 0; ; hop++) {
        const { response, body } = await exchange(req, url, origin)
        const status = response.message.statusCode ?? 0
        const location = response.message.headers.location
        if (!follow || !REDIRECTS.has(status) || !location) return { status, headers: response.message.headers, body, url }
        const next = new URL(location, url)
        const where = { host: req.host, repository: req.repository, method: req.method, url: redactUrl(next), status }
        if (hop + 1 > MAX_REDIRECTS) throw new RegistryError('REGISTRY_ERROR', `${req.method} ${redactUrl(req.url)}: more than ${MAX_REDIRECTS} redirects`, where)
        if (next.protocol !== 'https:' && next.protocol !== 'http:') throw new RegistryError('REGISTRY_ERROR', `redirect to unsupported scheme ${next.protocol}`, where)
        if (url.protocol === 'https:' && next.protocol === 'http:') {
          throw new RegistryError('REGISTRY_ERROR', `${req.method} ${redactUrl(url)}: refused redirect from HTTPS to plain HTTP (${redactUrl(next)})`, where)
        }
        url = next
      }
    },
    stats: () => ({ total, byHost: Object.fromEntries(byHost) }),
    close() {
      clients['http:'].dispose()
      clients['https:'].dispose()
    }
  }
}

/** The failure for a final non-2xx answer, with the registry's own error codes when it sent them. */
export function statusError(
  code: ConstructorParameters<typeof RegistryError>[0],
  what: string,
  req: Pick<TransportRequest, 'method' | 'host' | 'repository'>,
  res: TransportResponse,
  extra: { temporary?: boolean; authenticated?: boolean } = {}
): RegistryError {
  const hint =
    extra.authenticated === undefined ? '' : extra.authenticated ? ' (credentials were found for it)' : ` (no credentials for ${req.host}: docker login or the registry credentials input)`
  return new RegistryError(code, `${what}: ${req.method} ${redactUrl(res.url)} answered ${res.status}${hint}`, {
    host: req.host,
    repository: req.repository,
    status: res.status,
    method: req.method,
    url: redactUrl(res.url),
    registryCodes: registryCodesOf(res.body),
    ...extra
  })
}
