import { describe, expect, it } from '@jest/globals'
import { generateKeyPairSync, sign } from 'node:crypto'
import { checkOwnSignature } from '../../src/cosign/sign/signers.js'
import { codeOf } from '../support/error-code.js'

const pair = () => generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
const pem = (k: ReturnType<typeof pair>['publicKey']): string => k.export({ format: 'pem', type: 'spki' }).toString()

describe('checkOwnSignature', () => {
  const data = Buffer.from('payload')

  describe('when the signature is over the data by the key it names', () => {
    it('passes', () => {
      const { privateKey, publicKey } = pair()
      expect(codeOf(() => checkOwnSignature({ signature: sign('sha256', data, privateKey), key: { $case: 'publicKey', publicKey: pem(publicKey) } }, data, privateKey, 'sha256'))).toBeUndefined()
    })
  })

  describe('when the named key is another key', () => {
    it('fails with SIGN_CERTIFICATE_MISMATCH', () => {
      const own = pair()
      const other = pair()
      expect(codeOf(() => checkOwnSignature({ signature: sign('sha256', data, own.privateKey), key: { $case: 'publicKey', publicKey: pem(other.publicKey) } }, data, own.privateKey, 'sha256'))).toBe('SIGN_CERTIFICATE_MISMATCH')
    })
  })

  describe('when the signature is over something else', () => {
    it('fails with SIGN_SIGNATURE_INVALID', () => {
      const { privateKey, publicKey } = pair()
      expect(codeOf(() => checkOwnSignature({ signature: sign('sha256', Buffer.from('other'), privateKey), key: { $case: 'publicKey', publicKey: pem(publicKey) } }, data, privateKey, 'sha256'))).toBe('SIGN_SIGNATURE_INVALID')
    })
  })

  describe('when the certificate does not parse', () => {
    it('fails with SIGN_CERTIFICATE_MISMATCH', () => {
      const { privateKey } = pair()
      expect(codeOf(() => checkOwnSignature({ signature: sign('sha256', data, privateKey), key: { $case: 'x509Certificate', certificate: '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n' } }, data, privateKey, 'sha256'))).toBe('SIGN_CERTIFICATE_MISMATCH')
    })
  })
})
