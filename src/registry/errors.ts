import { AppError } from '../errors.js'

export type RegistryErrorCode =
  | 'REGISTRY_NOT_FOUND'
  | 'REGISTRY_AUTH'
  | 'REGISTRY_RATE_LIMITED'
  | 'REGISTRY_ERROR'
  | 'REGISTRY_UNREACHABLE'
  | 'REGISTRY_TIMEOUT'
  | 'REGISTRY_DIGEST_MISMATCH'
  | 'REGISTRY_TOO_LARGE'
  | 'REGISTRY_INPUT_INVALID'
  /** More entries (referrers, pages) than the caller allows: a registry must not make the client work without end. */
  | 'REGISTRY_LIMIT'

/** Where a registry failure happened: host always, repository and status when known. */
export interface RegistryErrorContext {
  host: string
  repository?: string
  status?: number
  method?: string
  /** Scheme, host and path only: query strings (pre-signed storage URLs) are never kept. */
  url?: string
  cause?: unknown
  /** The registry's own `errors[].code` values (OCI distribution spec), when it sent any. */
  registryCodes?: string[]
  /** True when trying again may succeed (network failures, timeouts, 429, 5xx). */
  temporary?: boolean
  /** For 401/403: whether credentials (or a token got with them) were sent. */
  authenticated?: boolean
  /** The work it belonged to was cancelled (its image's deadline passed), not the registry's own timeout. */
  cancelled?: boolean
}

/** The one error every registry operation throws. Never carries credentials or tokens. */
export class RegistryError extends AppError<RegistryErrorCode> {
  readonly status: number | undefined
  readonly host: string
  readonly repository: string | undefined
  readonly temporary: boolean
  readonly cancelled: boolean

  constructor(code: RegistryErrorCode, message: string, context: RegistryErrorContext) {
    const details: Record<string, unknown> = { host: context.host }
    if (context.repository !== undefined) details.repository = context.repository
    if (context.status !== undefined) details.status = context.status
    if (context.method !== undefined) details.method = context.method
    if (context.url !== undefined) details.url = context.url
    if (context.registryCodes?.length) details.registryCodes = context.registryCodes
    if (context.authenticated !== undefined) details.authenticated = context.authenticated
    super(code, message, { cause: context.cause, details })
    this.name = 'RegistryError'
    this.status = context.status
    this.host = context.host
    this.repository = context.repository
    this.temporary = context.temporary ?? false
    this.cancelled = context.cancelled ?? false
  }
}

export function isRegistryError(value: unknown, code?: RegistryErrorCode): value is RegistryError {
  return value instanceof RegistryError && (code === undefined || value.code === code)
}

/** Drops query and fragment (pre-signed storage URLs carry signatures there) and any userinfo. */
export function redactUrl(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`
}

/** The code a final (non-retried or retries exhausted) HTTP status maps to. */
export function codeForStatus(status: number): RegistryErrorCode {
  if (status === 404) return 'REGISTRY_NOT_FOUND'
  if (status === 401 || status === 403) return 'REGISTRY_AUTH'
  if (status === 429) return 'REGISTRY_RATE_LIMITED'
  return 'REGISTRY_ERROR'
}

/** Reads the `errors[].code` list of an OCI error body, ignoring anything else. */
export function registryCodesOf(body: Buffer | undefined): string[] {
  if (!body || body.length === 0 || body.length > 64 * 1024) return []
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'))
    if (typeof parsed !== 'object' || parsed === null || !('errors' in parsed) || !Array.isArray(parsed.errors)) return []
    return parsed.errors
      .map((e: unknown) => (typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : ''))
      .filter((c: string) => /^[A-Z_]{1,64}$/.test(c))
  } catch {
    return []
  }
}
