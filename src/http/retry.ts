import type { IncomingHttpHeaders } from 'node:http'

export interface RetryPolicy {
  maxAttempts: number
  baseDelayMs: number
  maxDelayMs: number
  sleep: (ms: number) => Promise<void>
  random: () => number
  now: () => number
  /** No new attempt starts after this long since the first (the request's total deadline). Default: none. */
  deadlineMs?: number
  /** Told before each wait: the attempt that failed, the wait, and why (for debug logs). */
  onRetry?: (attempt: number, delayMs: number, reason: string) => void
}

/** 408, 429 and the 5xx a server or its CDN sends when busy (go-containerregistry's list, plus 429). */
const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504])

export function isRetryableStatus(status: number): boolean {
  return RETRY_STATUSES.has(status)
}

/** A thrown error another attempt may cure: every coded error of ours says so in `temporary`. */
export function isTemporary(e: unknown): boolean {
  return typeof e === 'object' && e !== null && 'temporary' in e && e.temporary === true
}

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3); undefined when absent or unreadable. */
export function retryAfterMs(headers: IncomingHttpHeaders, now: number): number | undefined {
  const raw = headers['retry-after']
  const value = Array.isArray(raw) ? raw[0] : raw
  if (typeof value !== 'string' || value.trim() === '') return undefined
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000
  const at = Date.parse(value)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now)
}

/** Full-jitter exponential backoff: uniform in [0, base·2^(attempt-1)], capped. */
export function backoffMs(attempt: number, policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs' | 'random'>): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1))
  return Math.floor(policy.random() * ceiling)
}

export interface Attempted<R> {
  result: R
  attempts: number
}

/**
 * Runs `attempt` until it gives a final answer: a response whose status is not retryable, an
 * error that is not temporary, the last allowed attempt, or a wait that would pass the deadline.
 * A `Retry-After` longer than `maxDelayMs` ends the loop at once: the caller reports rate limiting
 * rather than stalling a CI job. The one retry loop of the project (registry and upload).
 */
export async function withRetry<R extends { status: number; headers: IncomingHttpHeaders }>(policy: RetryPolicy, attempt: (n: number) => Promise<R>): Promise<Attempted<R>> {
  const started = policy.now()
  const pastDeadline = (delay: number): boolean => policy.deadlineMs !== undefined && policy.now() - started + delay >= policy.deadlineMs
  for (let n = 1; ; n++) {
    let delay: number
    let reason: string
    try {
      const result = await attempt(n)
      if (!isRetryableStatus(result.status) || n >= policy.maxAttempts) return { result, attempts: n }
      const asked = retryAfterMs(result.headers, policy.now())
      if (asked !== undefined && asked > policy.maxDelayMs) return { result, attempts: n }
      delay = asked ?? backoffMs(n, policy)
      if (pastDeadline(delay)) return { result, attempts: n }
      reason = `answered ${result.status}${asked === undefined ? '' : ' with Retry-After'}`
    } catch (e) {
      if (!isTemporary(e) || n >= policy.maxAttempts) throw e
      delay = backoffMs(n, policy)
      if (pastDeadline(delay)) throw e
      reason = `failed (${(e as { code?: string }).code ?? 'error'})`
    }
    policy.onRetry?.(n, delay, reason)
    await policy.sleep(delay)
  }
}
