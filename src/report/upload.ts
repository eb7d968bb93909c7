import { createHash } from 'node:crypto'
import { isIP } from 'node:net'
import type { HttpClient } from '@actions/http-client'
import type { Logger } from '../logger.js'
import { AppError } from '../errors.js'
import { BodyReadError, ExchangeError, isRetryableStatus, openResponse, readBody, withRetry, type RetryPolicy } from '../http/index.js'
import type { RunContext } from './run-context.js'

export const UPLOAD_PATH = '/_app/api/v1/cosign/verifications'
export const MAX_CHUNK_RECORDS = 1000
export const MAX_CHUNK_BYTES = 1024 * 1024
/** fremforge answers a few bytes of JSON; anything longer is only read for the error message. */
const MAX_ANSWER_BYTES = 64 * 1024
const DEFAULT_TIMEOUT_MS = 30_000

export type UploadErrorCode = 'UPLOAD_INSECURE' | 'UPLOAD_REFUSED' | 'UPLOAD_RATE_LIMITED' | 'UPLOAD_SERVER_ERROR' | 'UPLOAD_UNREACHABLE' | 'UPLOAD_TIMEOUT'

/** Why an upload did not complete; the token never appears in it. */
export class UploadError extends AppError<UploadErrorCode> {
  readonly temporary: boolean
  constructor(code: UploadErrorCode, message: string, options: { status?: number; temporary?: boolean; cause?: unknown } = {}) {
    super(code, message, { cause: options.cause, details: options.status === undefined ? {} : { status: options.status } })
    this.name = 'UploadError'
    this.temporary = options.temporary ?? false
  }
}

export interface UploadOptions {
  baseUrl: string
  token?: string
  run: RunContext
  logger: Logger
  /** Attempts per chunk on 408, 429, 5xx and network failures. Default 5. */
  maxAttempts?: number
  /** Response headers within this; one attempt within twice this; one chunk (attempts and waits) within four times this. Default 30000. */
  timeoutMs?: number
  /** Injected for tests; defaults to a real timer. */
  sleep?: (ms: number) => Promise<void>
  random?: () => number
}

export interface UploadOutcome {
  state: 'skipped' | 'uploaded' | 'failed'
  chunks: number
  records: number
  message: string
  /** Set when the upload failed or was refused. */
  code?: UploadErrorCode
}

/** Splits NDJSON lines into chunks of at most 1,000 records and 1 MiB. */
export function chunkLines(lines: readonly string[], maxRecords = MAX_CHUNK_RECORDS, maxBytes = MAX_CHUNK_BYTES): string[][] {
  const chunks: string[][] = []
  let current: string[] = []
  let bytes = 0
  for (const line of lines) {
    const size = Buffer.byteLength(line) + 1
    if (current.length > 0 && (current.length >= maxRecords || bytes + size > maxBytes)) {
      chunks.push(current)
      current = []
      bytes = 0
    }
    current.push(line)
    bytes += size
  }
  if (current.length > 0) chunks.push(current)
  return chunks
}

/** Same run, attempt and content → same key, so a retried chunk is stored once. */
export function idempotencyKey(run: RunContext, body: string): string {
  return createHash('sha256')
    .update([run.server_url, run.repository, run.run_id, run.run_attempt].join('\n'))
    .update('\n')
    .update(body)
    .digest('hex')
}

/** Loopback only: localhost names, 127.0.0.0/8 and ::1. */
export function isLoopback(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase()
  if (h === 'localhost' || h.endsWith('.localhost')) return true
  if (isIP(h) === 4) return h.startsWith('127.')
  return h === '::1'
}

/** The bearer token crosses the network only encrypted, except to this machine (issue 11, defect 8). */
export function checkUploadUrl(url: URL): void {
  if (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname))) return
  throw new UploadError('UPLOAD_INSECURE', `skipped: refusing to send the API token in clear text to ${url.protocol}//${url.host} (use https; plain http only to a loopback address)`)
}

const redacted = (url: URL): string => `${url.protocol}//${url.host}${url.pathname}`

function failureOf(e: unknown, url: URL): UploadError {
  if (e instanceof UploadError) return e
  if ((e instanceof ExchangeError && e.code === 'HTTP_TIMEOUT') || (e instanceof BodyReadError && e.code === 'BODY_TIMEOUT')) {
    return new UploadError('UPLOAD_TIMEOUT', `${redacted(url)}: ${e.message}`, { temporary: true, cause: e })
  }
  const why = e instanceof ExchangeError ? e.networkCode || 'network error' : e instanceof BodyReadError ? e.message : 'network error'
  return new UploadError('UPLOAD_UNREACHABLE', `could not reach ${redacted(url)}: ${why}`, { temporary: true, cause: e })
}

/** One POST of one chunk: headers within `timeoutMs`, the answer read within twice that, all of it by `until` (epoch ms). */
async function post(client: HttpClient, url: URL, body: Buffer, headers: Record<string, string>, timeoutMs: number, until: number) {
  const end = Math.min(Date.now() + 2 * timeoutMs, until)
  const left = (): number => Math.max(1, end - Date.now())
  try {
    const message = await openResponse(client, { method: 'POST', url, headers: { ...headers, 'content-length': String(body.length) }, body }, Math.min(timeoutMs, left()))
    const answer = await readBody(message, { maxBytes: MAX_ANSWER_BYTES, idleTimeoutMs: timeoutMs, totalTimeoutMs: left() }).catch((e: unknown) => {
      // An oversized answer to a refused chunk is only diagnostics.
      if (e instanceof BodyReadError && e.code === 'BODY_TOO_LARGE' && (message.statusCode ?? 0) >= 300) return Buffer.alloc(0)
      throw e
    })
    return { status: message.statusCode ?? 0, headers: message.headers, answer: answer.toString('utf8') }
  } catch (e) {
    throw failureOf(e, url)
  }
}

function statusFailure(status: number, answer: string, index: number, total: number): UploadError {
  const what = `fremforge answered ${status} for chunk ${index + 1}/${total}: ${answer.trim().slice(0, 300) || '(empty body)'}`
  if (status === 429) return new UploadError('UPLOAD_RATE_LIMITED', what, { status })
  return new UploadError(status >= 500 || isRetryableStatus(status) ? 'UPLOAD_SERVER_ERROR' : 'UPLOAD_REFUSED', what, { status })
}

export async function uploadResults(lines: readonly string[], options: UploadOptions): Promise<UploadOutcome> {
  if (!options.token) {
    return { state: 'skipped', chunks: 0, records: 0, message: 'no fremforge API token (api-token input or FREMFORGE_API_TOKEN): results were not uploaded' }
  }
  const token = options.token
  options.logger.secret(token)
  const url = new URL(options.baseUrl.replace(/\/+$/, '') + UPLOAD_PATH)
  const chunks = chunkLines(lines)
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const retry: RetryPolicy = {
    maxAttempts: options.maxAttempts ?? 5,
    baseDelayMs: 500,
    maxDelayMs: 60_000,
    deadlineMs: 4 * timeoutMs,
    sleep: options.sleep ?? ((ms: number) => new Promise<void>(r => setTimeout(r, ms))),
    random: options.random ?? Math.random,
    now: Date.now
  }
  // Loaded here, not at the top: it pulls in undici, which `scan` and `--help` never need.
  const { HttpClient } = await import('@actions/http-client')
  const client = new HttpClient('fremforge-cosign-action', [], { allowRedirects: false, allowRetries: false, socketTimeout: 2 * timeoutMs, keepAlive: true })
  let sent = 0
  try {
    checkUploadUrl(url)
    for (const [index, chunk] of chunks.entries()) {
      const text = chunk.join('\n') + '\n'
      const body = Buffer.from(text)
      const headers = { 'content-type': 'application/x-ndjson', authorization: `Bearer ${token}`, 'idempotency-key': idempotencyKey(options.run, text), 'user-agent': 'fremforge-cosign-action' }
      const onRetry = (attempt: number, delay: number, reason: string): void => options.logger.debug(`upload chunk ${index + 1}: ${reason}; attempt ${attempt + 1} in ${delay} ms`)
      const until = Date.now() + 4 * timeoutMs
      const { result } = await withRetry({ ...retry, onRetry }, () => post(client, url, body, headers, timeoutMs, until))
      if (result.status < 200 || result.status >= 300) throw statusFailure(result.status, result.answer, index, chunks.length)
      sent += chunk.length
    }
  } catch (e) {
    const failure = failureOf(e, url)
    return { state: 'failed', chunks: chunks.length, records: sent, code: failure.code, message: failure.message.split(token).join('***') }
  } finally {
    client.dispose()
  }
  return { state: 'uploaded', chunks: chunks.length, records: sent, message: `uploaded ${sent} records in ${chunks.length} request(s) to ${redacted(url)}` }
}
