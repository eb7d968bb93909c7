import { AppError } from '../errors.js'

/** FORGE_TRUNCATED: the forge's answer stops at its own cap, so it is not the whole list. */
export type ForgeErrorCode = 'FORGE_FORBIDDEN' | 'FORGE_NOT_FOUND' | 'FORGE_HTTP' | 'FORGE_NETWORK' | 'FORGE_TRUNCATED'

/** A forge API call that did not succeed; `status` is the HTTP status when there was one. */
export class ForgeError extends AppError<ForgeErrorCode> {
  readonly status?: number
  constructor(code: ForgeErrorCode, message: string, status?: number, cause?: unknown) {
    super(code, message, { cause, details: status === undefined ? {} : { status } })
    this.name = 'ForgeError'
    this.status = status
  }
}

export function forgeErrorFor(status: number | undefined, what: string, cause?: unknown): ForgeError {
  if (status === 401 || status === 403) return new ForgeError('FORGE_FORBIDDEN', `${what}: HTTP ${status}`, status, cause)
  if (status === 404) return new ForgeError('FORGE_NOT_FOUND', `${what}: HTTP 404`, status, cause)
  if (status === undefined) return new ForgeError('FORGE_NETWORK', `${what}: no answer`, status, cause)
  return new ForgeError('FORGE_HTTP', `${what}: HTTP ${status}`, status, cause)
}
