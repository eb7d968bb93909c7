import type { Status } from '../policy/index.js'
import { RegistryError, type RegistryErrorCode } from '../registry/index.js'
import { SignError, type SignErrorCode } from './sign/errors.js'

/**
 * STYLE.md's one `statusFor`: how a failure that ended an image's check maps to its status. The
 * tables are total over their codes, so a new code does not compile until it is given a status.
 * Only a completed verification yields `verified`; nothing here does.
 */
const REGISTRY_STATUS: Record<RegistryErrorCode, Status> = {
  REGISTRY_AUTH: 'auth-error',
  REGISTRY_RATE_LIMITED: 'rate-limited',
  REGISTRY_NOT_FOUND: 'not-found',
  REGISTRY_ERROR: 'registry-error',
  REGISTRY_UNREACHABLE: 'registry-error',
  REGISTRY_TIMEOUT: 'registry-error',
  REGISTRY_DIGEST_MISMATCH: 'registry-error',
  REGISTRY_TOO_LARGE: 'registry-error',
  REGISTRY_INPUT_INVALID: 'registry-error',
  REGISTRY_LIMIT: 'registry-error'
}

/** `cause`: the status of the registry failure underneath (a push that failed). */
const SIGN_STATUS: Record<SignErrorCode, Status | 'cause' | 'proof'> = {
  SIGN_INPUT_INVALID: 'error',
  SIGN_KEY_INVALID: 'error',
  SIGN_KEY_PASSWORD: 'error',
  SIGN_TOKEN_MISSING: 'error',
  SIGN_TOKEN_FAILED: 'error',
  SIGN_FORGEJO_PUBLIC_FULCIO: 'error',
  SIGN_FULCIO_FAILED: 'error',
  SIGN_REKOR_FAILED: 'error',
  SIGN_TSA_FAILED: 'error',
  SIGN_FAILED: 'error',
  SIGN_PUSH_FAILED: 'cause',
  SIGN_CERTIFICATE_MISMATCH: 'invalid-signature',
  SIGN_SIGNATURE_INVALID: 'invalid-signature',
  // The signature just made does not verify: against the identity (untrusted) or at all (invalid).
  SIGN_NOT_PROVEN: 'proof'
}

export function statusFor(e: unknown): Status {
  if (e instanceof RegistryError) return REGISTRY_STATUS[e.code]
  if (!(e instanceof SignError)) return 'error'
  const status = SIGN_STATUS[e.code]
  if (status === 'cause') return statusFor(e.cause)
  if (status === 'proof') return e.details.failure === 'SIGNATURE_UNTRUSTED' ? 'untrusted-signer' : 'invalid-signature'
  return status
}
