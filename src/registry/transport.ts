import { AsyncLocalStorage } from 'node:async_hooks'
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http'
import { HttpClient } from '@actions/http-client'
import { BodyReadError, ExchangeError, drainBody, openResponse, readBody } from '../http/index.js'
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
  /** Epoch ms by which this attempt must be over, whatever `readTimeoutMs` allows (the request's own deadline). */
  deadlineAt?: number
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
  /** Connect, response headers, and silence while reading a body. */
  timeoutMs: number
  /** One attempt, every redirect hop and the whole body included. */
  readTimeoutMs: number
  maxInFlightPerHost: number
  /** Hosts (host[:port]) that may see credentials over plain HTTP: `insecure-registries`. */
  plainHttpHosts: ReadonlySet<string>
}

/**
 * The deadline of the work a request belongs to (one image): once it fires, requests in flight are
 * aborted and new ones fail at once, so abandoned work does not go on in the background. Carried as
 * async context rather than threaded through the cosign layer and every registry call.
 */
const scope = new AsyncLocalStorage<AbortSignal>()

export function withRequestSignal<T>(signal: AbortSignal, work: () => Promise<T>): Promise<T> {
  return scope.run(signal, work)
}

const REDIRECTS = new Set([301, 302, 303, 307, 308])
const MAX_REDIRECTS = 5
const ERROR_BODY_BYTES = 64 * 1024
/** Failures where another attempt cannot help: bad names and TLS trust (set NODE_EXTRA_CA_CERTS). */
const PERMANENT_NETWORK_CODES = /^(ENOTFOUND|ERR_INVALID_URL|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|ERR_TLS_CERT|ERR_SSL_)/

function networkError(e: unknown, req: TransportRequest, url: URL): RegistryError {
  const where = { host: req.host, repository: req.repository, method: req.method, url: redactUrl(url), cause: e }
  const at = `${req.method} ${redactUrl(url)}`
  if (e instanceof BodyReadError) {
    if (e.code === 'BODY_TOO_LARGE') {
      const found = e.declared === undefined ? 'more' : `${e.declared} bytes`
      return new RegistryError('REGISTRY_TOO_LARGE', `${at}: body larger than the ${e.limit}-byte limit (found ${found})`, where)
    }
    if (e.code === 'BODY_TIMEOUT') return new RegistryError('REGISTRY_TIMEOUT', `${at}: ${e.message}`, { ...where, temporary: true })
    return new RegistryError('REGISTRY_UNREACHABLE', `${at}: connection lost while reading the body`, { ...where, temporary: true })
  }
  if (e instanceof ExchangeError && e.code === 'HTTP_TIMEOUT') return new RegistryError('REGISTRY_TIMEOUT', `${at}: ${e.message}`, { ...where, temporary: true })
  if (e instanceof RegistryError) return e
  const code = e instanceof ExchangeError ? e.networkCode : ''
  const permanent = PERMANENT_NETWORK_CODES.test(code)
  const hint = /^(CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|ERR_TLS_CERT)/.test(code) ? ' (TLS: add the CA with NODE_EXTRA_CA_CERTS)' : ''
  return new RegistryError('REGISTRY_UNREACHABLE', `${at}: ${code || 'network error'}${hint}`, { ...where, temporary: !permanent })
}

function headersFor(req: TransportRequest, url: URL, origin: string, userAgent: string): Record<string, string> {
  const headers: Record<string, string> = { 'user-agent': userAgent, ...req.headers }
  if (req.authorization && url.origin === origin) headers.authorization = req.authorization
  if (req.body) headers['content-length'] = String(req.body.length)
  return headers
}

/**
 * One HTTP exchange per hop, through @actions/http-client's agents (proxies, keep-alive), counted and
 * bounded per host. Each attempt has a header deadline (`timeoutMs`) and a total deadline
 * (`readTimeoutMs`) over every hop and the whole body.
 */
export function createTransport(options: TransportOptions): Transport {
  // The socket's idle timeout is only a backstop, set past our own header and body deadlines (also
  // `timeoutMs`): were they equal, a stalled body would end as a lost connection or as a timeout
  // depending on which timer the event loop runs first.
  const requestOptions = { allowRedirects: false, allowRetries: false, socketTimeout: 2 * options.timeoutMs, keepAlive: true }
  // http-client caches one agent per instance, made for the first URL's protocol: one instance per protocol.
  const clients = { 'http:': new HttpClient(options.userAgent, [], requestOptions), 'https:': new HttpClient(options.userAgent, [], requestOptions) }
  const limiter = createKeyedLimiter(options.maxInFlightPerHost)
  const byHost = new Map<string, number>()
  let total = 0

  const exchange = (req: TransportRequest, url: URL, origin: string, deadline: number): Promise<{ message: IncomingMessage; body: Buffer }> =>
    limiter.run(url.host, async () => {
      const cancel = scope.getStore()
      const cancelled = (): RegistryError =>
        new RegistryError('REGISTRY_TIMEOUT', `${req.method} ${redactUrl(url)}: cancelled, the deadline of this image passed`, { host: req.host, repository: req.repository, method: req.method, url: redactUrl(url), cancelled: true })
      if (cancel?.aborted) throw cancelled()
      const headers = headersFor(req, url, origin, options.userAgent)
      // Last line of defence: whatever chose this URL, credentials never cross the network in clear text
      // except to a host the user named in insecure-registries.
      if (headers.authorization && url.protocol === 'http:' && !options.plainHttpHosts.has(url.host)) {
        throw new RegistryError('REGISTRY_AUTH', `${req.method} ${redactUrl(url)}: refused to send credentials over plain HTTP to a host outside insecure-registries`, {
          host: req.host,
          repository: req.repository,
          method: req.method,
          url: redactUrl(url)
        })
      }
      total += 1
      byHost.set(url.host, (byHost.get(url.host) ?? 0) + 1)
      const client = url.protocol === 'https:' ? clients['https:'] : clients['http:']
      const remaining = (): number => Math.max(1, deadline - Date.now())
      let message: IncomingMessage
      try {
        message = await openResponse(client, { method: req.method, url, headers, body: req.body }, Math.min(options.timeoutMs, remaining()), cancel)
      } catch (e) {
        throw cancel?.aborted ? cancelled() : networkError(e, req, url)
      }
      const status = message.statusCode ?? 0
      if (req.method === 'HEAD' || REDIRECTS.has(status)) {
        drainBody(message, { maxBytes: ERROR_BODY_BYTES, timeoutMs: options.timeoutMs })
        return { message, body: Buffer.alloc(0) }
      }
      const ok = status >= 200 && status < 300
      try {
        const limits = { maxBytes: ok ? req.maxBytes : ERROR_BODY_BYTES, idleTimeoutMs: options.timeoutMs, totalTimeoutMs: remaining() }
        return { message, body: await readBody(message, limits, cancel) }
      } catch (e) {
        if (cancel?.aborted) throw cancelled()
        // An oversized error page is only diagnostics: keep the status, drop the body.
        if (!ok && e instanceof BodyReadError && e.code === 'BODY_TOO_LARGE') return { message, body: Buffer.alloc(0) }
        throw networkError(e, req, url)
      }
    })

  return {
    async send(req) {
      const origin = req.url.origin
      const follow = req.followRedirects ?? (req.method === 'GET' || req.method === 'HEAD')
      const deadline = Math.min(Date.now() + options.readTimeoutMs, req.deadlineAt ?? Infinity)
      let url = req.url
      for (let hop = 0; ; hop++) {
        const { message, body } = await exchange(req, url, origin, deadline)
        const status = message.statusCode ?? 0
        const location = message.headers.location
        if (!follow || !REDIRECTS.has(status) || !location) return { status, headers: message.headers, body, url }
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
