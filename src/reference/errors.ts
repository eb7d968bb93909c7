import { AppError } from '../errors.js'

/**
 * Stable codes for reference and digest failures. Each one names the distribution/go-digest
 * sentinel it stands for, so callers can branch the way Go callers compare errors.
 */
export type ReferenceErrorCode =
  /** ErrNameEmpty: the input is empty. */
  | 'REFERENCE_EMPTY'
  /** ErrReferenceInvalidFormat: the input is not `name[:tag][@digest]`. */
  | 'REFERENCE_INVALID'
  /** ErrNameContainsUppercase: the repository path has uppercase letters. */
  | 'REFERENCE_NAME_UPPERCASE'
  /** ErrNameTooLong: the repository path is longer than 255 characters. */
  | 'REFERENCE_NAME_TOO_LONG'
  /** ErrNameNotCanonical: the input differs from its normalized form. */
  | 'REFERENCE_NAME_NOT_CANONICAL'
  /** A 64-hex identifier where a name was expected (it would be read as an image id). */
  | 'REFERENCE_NAME_IS_IDENTIFIER'
  /** ErrTagInvalidFormat. */
  | 'REFERENCE_TAG_INVALID'
  /** digest.ErrDigestInvalidFormat. */
  | 'REFERENCE_DIGEST_INVALID'
  /** digest.ErrDigestInvalidLength: the encoded part has the wrong length for its algorithm. */
  | 'REFERENCE_DIGEST_INVALID_LENGTH'
  /** digest.ErrDigestUnsupported: well formed, but the algorithm is not registered. */
  | 'REFERENCE_DIGEST_UNSUPPORTED'

export class InvalidReferenceError extends AppError<ReferenceErrorCode> {
  constructor(code: ReferenceErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(code, message, { details })
    this.name = 'InvalidReferenceError'
  }
}

export function isInvalidReferenceError(value: unknown): value is InvalidReferenceError {
  return value instanceof InvalidReferenceError
}

const QUOTE_LIMIT = 200

/** Quotes untrusted input for a message, cut short so one bad line cannot flood a log. */
export function quote(input: string): string {
  const cut = input.length > QUOTE_LIMIT ? `${input.slice(0, QUOTE_LIMIT)}…` : input
  return JSON.stringify(cut)
}
