import { AppError } from '../../errors.js'

/**
 * Why bytes or annotations could not be read as a cosign signature, or do not bind what they
 * must. Every code means "this signature proves nothing" to the verifier, never "unsigned".
 */
export type FormatErrorCode =
  | 'FORMAT_DIGEST_INVALID'
  | 'FORMAT_PAYLOAD_INVALID'
  | 'FORMAT_PAYLOAD_MISMATCH'
  | 'FORMAT_STATEMENT_INVALID'
  | 'FORMAT_STATEMENT_MISMATCH'
  | 'FORMAT_ANNOTATION_MISSING'
  | 'FORMAT_ANNOTATION_INVALID'
  | 'FORMAT_BUNDLE_UNSUPPORTED'

export class FormatError extends AppError<FormatErrorCode> {
  constructor(code: FormatErrorCode, message: string, options: { cause?: unknown; details?: Record<string, unknown> } = {}) {
    super(code, message, options)
    this.name = 'FormatError'
  }
}
