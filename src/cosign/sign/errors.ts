import { AppError } from '../../errors.js'

/**
 * Why signing stopped. Every code means "nothing was signed" for the image concerned; the
 * engine never reports an image signed unless all its pushes succeeded.
 */
export type SignErrorCode =
  | 'SIGN_INPUT_INVALID'
  | 'SIGN_KEY_INVALID'
  | 'SIGN_KEY_PASSWORD'
  | 'SIGN_TOKEN_MISSING'
  | 'SIGN_TOKEN_FAILED'
  | 'SIGN_FORGEJO_PUBLIC_FULCIO'
  | 'SIGN_FULCIO_FAILED'
  | 'SIGN_REKOR_FAILED'
  | 'SIGN_TSA_FAILED'
  | 'SIGN_FAILED'
  | 'SIGN_PUSH_FAILED'
  /** The Fulcio certificate certifies another key than the one that signed. */
  | 'SIGN_CERTIFICATE_MISMATCH'
  /** The signature does not verify under the signing key itself. */
  | 'SIGN_SIGNATURE_INVALID'
  /** The signature made does not verify against the trust root and the exact identity (chain, log entry). */
  | 'SIGN_NOT_PROVEN'

export class SignError extends AppError<SignErrorCode> {
  constructor(code: SignErrorCode, message: string, options: { cause?: unknown; details?: Record<string, unknown> } = {}) {
    super(code, message, options)
    this.name = 'SignError'
  }
}

export function isSignError(value: unknown, code?: SignErrorCode): value is SignError {
  return value instanceof SignError && (code === undefined || value.code === code)
}
