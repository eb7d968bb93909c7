import { AppError } from '../errors.js'

/**
 * TRUST_ROOT_INVALID: a trusted root that cannot be parsed or trusts nothing;
 * TRUST_ROOT_NOT_FOUND: a trusted-root or tuf-root path that cannot be read;
 * TRUST_ROOT_UNAVAILABLE: TUF could not deliver a verified root (network, expired or bad metadata);
 * TRUST_KEY_INVALID: a public key that cannot be used; TRUST_OPTIONS_INVALID: options that contradict.
 */
export type TrustErrorCode =
  | 'TRUST_ROOT_INVALID'
  | 'TRUST_ROOT_NOT_FOUND'
  | 'TRUST_ROOT_UNAVAILABLE'
  | 'TRUST_KEY_INVALID'
  | 'TRUST_OPTIONS_INVALID'

export class TrustError extends AppError<TrustErrorCode> {
  constructor(code: TrustErrorCode, message: string, options: { cause?: unknown; details?: Record<string, unknown> } = {}) {
    super(code, message, options)
    this.name = 'TrustError'
  }
}
