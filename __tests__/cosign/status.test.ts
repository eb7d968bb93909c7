import { describe, expect, it } from '@jest/globals'
import { SignError, statusFor } from '../../src/cosign/index.js'
import { RegistryError, type RegistryErrorCode } from '../../src/registry/index.js'
import { AppError } from '../../src/errors.js'

const registry = (code: RegistryErrorCode) => new RegistryError(code, 'x', { host: 'registry.test' })

describe('statusFor', () => {
  describe('when a registry failure ended the check', () => {
    it.each([
      ['REGISTRY_AUTH', 'auth-error'],
      ['REGISTRY_RATE_LIMITED', 'rate-limited'],
      ['REGISTRY_NOT_FOUND', 'not-found'],
      ['REGISTRY_ERROR', 'registry-error'],
      ['REGISTRY_UNREACHABLE', 'registry-error'],
      ['REGISTRY_TIMEOUT', 'registry-error'],
      ['REGISTRY_DIGEST_MISMATCH', 'registry-error'],
      ['REGISTRY_TOO_LARGE', 'registry-error'],
      ['REGISTRY_INPUT_INVALID', 'registry-error'],
      ['REGISTRY_LIMIT', 'registry-error']
    ] as const)('%s is %s', (code, status) => {
      expect(statusFor(registry(code))).toBe(status)
    })
  })

  describe('when signing failed', () => {
    it('a push failure takes the status of the registry failure under it', () => {
      expect(statusFor(new SignError('SIGN_PUSH_FAILED', 'x', { cause: registry('REGISTRY_AUTH') }))).toBe('auth-error')
      expect(statusFor(new SignError('SIGN_PUSH_FAILED', 'x', { cause: new Error('socket') }))).toBe('error')
    })

    it('a signature that does not prove itself is untrusted (identity) or invalid (anything else)', () => {
      expect(statusFor(new SignError('SIGN_NOT_PROVEN', 'x', { details: { failure: 'SIGNATURE_UNTRUSTED' } }))).toBe('untrusted-signer')
      expect(statusFor(new SignError('SIGN_NOT_PROVEN', 'x', { details: { failure: 'TLOG_MISSING' } }))).toBe('invalid-signature')
      expect(statusFor(new SignError('SIGN_CERTIFICATE_MISMATCH', 'x'))).toBe('invalid-signature')
      expect(statusFor(new SignError('SIGN_SIGNATURE_INVALID', 'x'))).toBe('invalid-signature')
    })

    it('a failure before anything was signed is an error', () => {
      expect(statusFor(new SignError('SIGN_FULCIO_FAILED', 'x'))).toBe('error')
    })
  })

  it('anything else is an error, never verified', () => {
    for (const e of [new AppError('TRUST_ROOT_INVALID', 'x'), new Error('x'), 'text', undefined]) expect(statusFor(e)).toBe('error')
  })
})
