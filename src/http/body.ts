import type { IncomingMessage } from 'node:http'
import { AppError } from '../errors.js'

export type BodyFailureCode = 'BODY_TOO_LARGE' | 'BODY_TIMEOUT' | 'BODY_NETWORK'

/** Thrown by readBody; callers turn it into their own coded error with host and URL. */
export class BodyReadError extends AppError<BodyFailureCode> {
  constructor(
    code: BodyFailureCode,
    message: string,
    readonly limit?: number,
    readonly declared?: number,
    cause?: unknown
  ) {
    super(code, message, { cause, details: { limit, declared } })
    this.name = 'BodyReadError'
  }
}

export interface ReadBodyLimits {
  maxBytes: number
  /** No byte for this long: give up. */
  idleTimeoutMs: number
  /** The whole body must arrive within this (from the call). */
  totalTimeoutMs: number
}

/**
 * Reads a response body into memory, refusing it as soon as it is declared or turns out larger than
 * `maxBytes`, and destroying the socket on either timeout so a slow peer cannot hold the client.
 */
export function readBody(message: IncomingMessage, limits: ReadBodyLimits, cancel?: AbortSignal): Promise<Buffer> {
  const declared = Number(message.headers['content-length'])
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    message.destroy()
    return Promise.reject(new BodyReadError('BODY_TOO_LARGE', `body declared ${declared} bytes, over the ${limits.maxBytes}-byte limit`, limits.maxBytes, declared))
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let settled = false
    let idle: NodeJS.Timeout | undefined
    const finish = (error?: BodyReadError): void => {
      if (settled) return
      settled = true
      clearTimeout(idle)
      clearTimeout(total)
      cancel?.removeEventListener('abort', onCancel)
      message.off('data', onData)
      if (error) {
        message.destroy()
        reject(error)
      } else {
        resolve(Buffer.concat(chunks, size))
      }
    }
    const timeout = (after: number): BodyReadError => new BodyReadError('BODY_TIMEOUT', `body not read within ${after} ms`)
    const network = (cause: unknown): BodyReadError => new BodyReadError('BODY_NETWORK', 'connection lost while reading the body', undefined, undefined, cause)
    const armIdle = (): void => {
      clearTimeout(idle)
      idle = setTimeout(() => finish(timeout(limits.idleTimeoutMs)), limits.idleTimeoutMs)
    }
    const total = setTimeout(() => finish(timeout(limits.totalTimeoutMs)), Math.max(0, limits.totalTimeoutMs))
    const onData = (chunk: Buffer): void => {
      size += chunk.length
      if (size > limits.maxBytes) return finish(new BodyReadError('BODY_TOO_LARGE', `body larger than the ${limits.maxBytes}-byte limit`, limits.maxBytes))
      chunks.push(chunk)
      armIdle()
    }
    const onCancel = (): void => finish(new BodyReadError('BODY_TIMEOUT', 'cancelled'))
    cancel?.addEventListener('abort', onCancel, { once: true })
    if (cancel?.aborted) return onCancel()
    armIdle()
    message.on('data', onData)
    message.once('end', () => finish())
    message.once('error', cause => finish(network(cause)))
    // A reset mid-body ends the stream as 'aborted' on some Node versions instead of erroring.
    message.once('aborted', () => finish(network(new Error('response aborted'))))
    message.once('close', () => {
      if (!message.complete) finish(network(new Error('connection closed before the body ended')))
    })
  })
}

/**
 * Discards a body we do not need (a redirect's), so the keep-alive socket can be reused; a body
 * that is large or slow is cut instead, so an endless one cannot hold a socket for the rest of the run.
 */
export function drainBody(message: IncomingMessage, limits: { maxBytes: number; timeoutMs: number } = { maxBytes: 64 * 1024, timeoutMs: 5000 }): void {
  let size = 0
  const cut = (): void => {
    clearTimeout(timer)
    message.destroy()
  }
  const timer = setTimeout(cut, limits.timeoutMs)
  timer.unref()
  message.on('data', (chunk: Buffer) => {
    size += chunk.length
    if (size > limits.maxBytes) cut()
  })
  message.once('close', () => clearTimeout(timer))
  message.resume()
}
