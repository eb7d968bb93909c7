/**
 * The one error base of the project. Every layer throws an AppError with a stable,
 * SCREAMING_SNAKE code from its own closed union; messages say expected, found and where.
 */
export class AppError<Code extends string = string> extends Error {
  readonly code: Code
  readonly details: Record<string, unknown>

  constructor(code: Code, message: string, options: { cause?: unknown; details?: Record<string, unknown> } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'AppError'
    this.code = code
    this.details = options.details ?? {}
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError
}

/** A message for any thrown value, without stack noise. */
export function messageOf(value: unknown): string {
  if (value instanceof Error) return value.message
  return String(value)
}
