import http, { type IncomingMessage } from 'node:http'
import https from 'node:https'
import { Readable } from 'node:stream'
import type { HttpClient } from '@actions/http-client'
import { AppError } from '../errors.js'

export type ExchangeErrorCode = 'HTTP_TIMEOUT' | 'HTTP_NETWORK' | 'HTTP_CANCELLED'

/** No response headers in time (`HTTP_TIMEOUT`) or no connection (`HTTP_NETWORK`, with the socket's code). */
export class ExchangeError extends AppError<ExchangeErrorCode> {
  constructor(
    code: ExchangeErrorCode,
    message: string,
    readonly networkCode: string,
    cause?: unknown
  ) {
    super(code, message, { cause, details: { networkCode } })
    this.name = 'ExchangeError'
  }
}

export interface ExchangeRequest {
  method: string
  url: URL
  /** Sent as given (the caller sets content-length for a body). */
  headers: Record<string, string>
  body?: Buffer
}

function errorCode(e: unknown): string {
  return typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : ''
}

/**
 * Sends one request through `client`'s agent (keep-alive, proxies) and resolves once the response
 * headers arrived. Node's client has no deadline for headers: a peer that accepts and then trickles
 * or says nothing would hold the run, so the request is aborted after `headerTimeoutMs`.
 */
export function openResponse(client: HttpClient, req: ExchangeRequest, headerTimeoutMs: number, cancel?: AbortSignal): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), Math.max(1, headerTimeoutMs))
    const onCancel = (): void => controller.abort()
    cancel?.addEventListener('abort', onCancel, { once: true })
    if (cancel?.aborted) controller.abort()
    const url = req.url
    const info = {
      parsedUrl: url,
      httpModule: url.protocol === 'https:' ? https : http,
      options: {
        protocol: url.protocol,
        hostname: url.hostname.replace(/^\[|\]$/g, ''),
        port: url.port || (url.protocol === 'https:' ? 443 : 80),
        path: `${url.pathname}${url.search}`,
        method: req.method,
        headers: { ...req.headers },
        agent: client.getAgent(url.href),
        signal: controller.signal
      }
    }
    const data = req.body ? Readable.from([req.body]) : req.method === 'POST' || req.method === 'PUT' || req.method === 'PATCH' ? '' : null
    client.requestRawWithCallback(info, data, (err, res) => {
      clearTimeout(timer)
      cancel?.removeEventListener('abort', onCancel)
      if (res) return resolve(res.message)
      if (cancel?.aborted) return reject(new ExchangeError('HTTP_CANCELLED', 'cancelled', 'CANCELLED', err))
      if (controller.signal.aborted || /^Request timeout/.test(err?.message ?? '')) {
        return reject(new ExchangeError('HTTP_TIMEOUT', `no response headers within ${headerTimeoutMs} ms`, 'TIMEOUT', err))
      }
      const code = errorCode(err)
      reject(new ExchangeError('HTTP_NETWORK', code || 'network error', code, err))
    })
  })
}
