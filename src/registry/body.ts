import type { IncomingMessage } from 'node:http'

export type BodyFailure = { kind: 'too-large'; limit: number; declared?: number } | { kind: 'timeout'; after: number } | { kind: 'network'; cause: unknown }

/** Thrown by readBody; the transport turns it into a RegistryError with host and URL. */
export class BodyReadError extends Error {
  constructor(readonly failure: BodyFailure) {
    super(failure.kind)
    this.name = 'BodyReadError'
  }
}

export interface ReadBodyLimits {
  maxBytes: number
  /** No byte for this long: give up. */
  idleTimeoutMs: number
  /** The whole body must arrive within this. */
  totalTimeoutMs: number
}

/**
 * Reads a response body into memory, refusing it as soon as it is declared or turns out larger than
 * `maxBytes`, and destroying the socket on either timeout so a slow peer cannot hold the client.
 */
export function readBody(message: IncomingMessage, limits: ReadBodyLimits): Promise<Buffer> {
  const declared = Number(message.headers['content-length'])
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    message.destroy()
    return Promise.reject(new BodyReadError({ kind: 'too-large', limit: limits.maxBytes, declared }))
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
      message.off('data', onData)
      if (error) {
        message.destroy()
        reject(error)
      } else {
        resolve(Buffer.concat(chunks, size))
      }
    }
    const armIdle = (): void => {
      clearTimeout(idle)
      idle = setTimeout(() => finish(new BodyReadError({ kind: 'timeout', after: limits.idleTimeoutMs })), limits.idleTimeoutMs)
    }
    const total = setTimeout(() => finish(new BodyReadError({ kind: 'timeout', after: limits.totalTimeoutMs })), limits.totalTimeoutMs)
    const onData = (chunk: Buffer): void => {
      size += chunk.length
      if (size > limits.maxBytes) return finish(new BodyReadError({ kind: 'too-large', limit: limits.maxBytes }))
      chunks.push(chunk)
      armIdle()
    }
    armIdle()
    message.on('data', onData)
    message.once('end', () => finish())
    message.once('error', cause => finish(new BodyReadError({ kind: 'network', cause })))
    // A reset mid-body ends the stream as 'aborted' on some Node versions instead of erroring.
    message.once('aborted', () => finish(new BodyReadError({ kind: 'network', cause: new Error('response aborted') })))
    message.once('close', () => {
      if (!message.complete) finish(new BodyReadError({ kind: 'network', cause: new Error('connection closed before the body ended') }))
    })
  })
}

/** Discards a body we do not need, so the keep-alive socket can be reused. */
export function drainBody(message: IncomingMessage): void {
  message.resume()
}
