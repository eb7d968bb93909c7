import { createHash } from 'node:crypto'
import type { Logger } from '../logger.js'
import { messageOf } from '../errors.js'
import type { RunContext } from './run-context.js'

export const UPLOAD_PATH = '/_app/api/v1/cosign/verifications'
export const MAX_CHUNK_RECORDS = 1000
export const MAX_CHUNK_BYTES = 1024 * 1024

export interface UploadOptions {
  baseUrl: string
  token?: string
  run: RunContext
  logger: Logger
  maxAttempts?: number
  timeoutMs?: number
  /** Injected for tests; defaults to a real timer. */
  sleep?: (ms: number) => Promise<void>
}

export interface UploadOutcome {
  state: 'skipped' | 'uploaded' | 'failed'
  chunks: number
  records: number
  message: string
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

const RETRYABLE = (status: number): boolean => status === 429 || status >= 500

function retryAfterMs(header: string | string[] | undefined, fallback: number): number {
  const value = Array.isArray(header) ? header[0] : header
  if (!value) return fallback
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.min(Math.max(seconds, 0) * 1000, 60_000)
  const at = Date.parse(value)
  return Number.isNaN(at) ? fallback : Math.min(Math.max(at - Date.now(), 0), 60_000)
}

export async function uploadResults(lines: readonly string[], options: UploadOptions): Promise<UploadOutcome> {
  if (!options.token) {
    return { state: 'skipped', chunks: 0, records: 0, message: 'no fremforge API token (api-token input or FREMFORGE_API_TOKEN): results were not uploaded' }
  }
  options.logger.secret(options.token)
  const url = options.baseUrl.replace(/\/+$/, '') + UPLOAD_PATH
  // Loaded here, not at the top: it pulls in undici, which `scan` and `--help` never need.
  const { HttpClient } = await import('@actions/http-client')
  const client = new HttpClient('fremforge-cosign-action', [], {
    allowRedirects: false,
    socketTimeout: options.timeoutMs ?? 30_000,
    keepAlive: true
  })
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>(r => setTimeout(r, ms)))
  const maxAttempts = options.maxAttempts ?? 5
  const chunks = chunkLines(lines)
  let sent = 0
  try {
    for (const [index, chunk] of chunks.entries()) {
      const body = chunk.join('\n') + '\n'
      const headers = {
        'Content-Type': 'application/x-ndjson',
        Authorization: `Bearer ${options.token}`,
        'Idempotency-Key': idempotencyKey(options.run, body)
      }
      for (let attempt = 1; ; attempt++) {
        const backoff = Math.min(500 * 2 ** (attempt - 1), 8000) * (0.5 + Math.random() / 2)
        let status: number
        let answer: string
        let retryAfter: string | string[] | undefined
        try {
          const res = await client.post(url, body, headers)
          status = res.message.statusCode ?? 0
          retryAfter = res.message.headers['retry-after']
          answer = (await res.readBody()).slice(0, 300)
        } catch (e) {
          if (attempt >= maxAttempts) throw new Error(`could not reach ${url}: ${messageOf(e)}`)
          options.logger.debug(`upload chunk ${index + 1}: ${messageOf(e)}; retrying`)
          await sleep(backoff)
          continue
        }
        if (status >= 200 && status < 300) break
        if (!RETRYABLE(status) || attempt >= maxAttempts) {
          throw new Error(`fremforge answered ${status} for chunk ${index + 1}/${chunks.length}: ${answer.trim() || '(empty body)'}`)
        }
        options.logger.debug(`upload chunk ${index + 1}: HTTP ${status}; retrying`)
        await sleep(retryAfterMs(retryAfter, backoff))
      }
      sent += chunk.length
    }
  } catch (e) {
    return { state: 'failed', chunks: chunks.length, records: sent, message: messageOf(e).split(options.token).join('***') }
  } finally {
    client.dispose()
  }
  return { state: 'uploaded', chunks: chunks.length, records: sent, message: `uploaded ${sent} records in ${chunks.length} request(s) to ${url}` }
}
