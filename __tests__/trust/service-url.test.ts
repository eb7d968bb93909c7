import { describe, expect, it } from '@jest/globals'
import { checkSigstoreUrl } from '../../src/trust/index.js'
import { codeOf } from '../support/error-code.js'

describe('checkSigstoreUrl', () => {
  describe('when the URL is https, or http on loopback', () => {
    it.each(['https://fulcio.sigstore.dev', 'http://127.0.0.1:8080', 'http://127.3.4.5', 'http://localhost:3000', 'http://rekor.localhost', 'http://[::1]:9000'])('accepts %s', url => {
      expect(codeOf(() => checkSigstoreUrl('fulcio-url', url))).toBeUndefined()
    })
  })

  describe('when the URL would carry the token in clear text, or names credentials', () => {
    it.each(['http://fulcio.example.com', 'http://10.0.0.1', 'http://127.0.0.1.example.com', 'ftp://127.0.0.1', 'https://user:pw@fulcio.example.com', 'not a url'])('refuses %s with INPUT_INVALID', url => {
      expect(codeOf(() => checkSigstoreUrl('rekor-url', url))).toBe('INPUT_INVALID')
    })

    it('does not repeat the credentials', () => {
      try {
        checkSigstoreUrl('tsa-url', 'http://user:hunter2@tsa.example.com')
      } catch (e) {
        expect((e as Error).message).not.toContain('hunter2')
      }
    })
  })

  describe('when no URL is given', () => {
    it('accepts it', () => {
      expect(codeOf(() => checkSigstoreUrl('tsa-url', undefined))).toBeUndefined()
    })
  })
})
