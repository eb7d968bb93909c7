import { describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { poly1305, secretboxOpen, secretboxSeal } from '../../src/cosign/sign/secretbox.js'

describe('poly1305', () => {
  describe('when given the RFC 8439 §2.5.2 test vector', () => {
    it('computes its tag', () => {
      const key = Buffer.from('85d6be7857556d337f4452fe42d506a80103808afb0db2fd4abff6af4149f51b', 'hex')
      expect(poly1305(key, Buffer.from('Cryptographic Forum Research Group')).toString('hex')).toBe('a8061dc1305136c6c22b8baf0c0127a9')
    })
  })
})

describe('secretboxOpen', () => {
  describe('when the box was sealed with the same key', () => {
    it('returns the message, for lengths across block boundaries', () => {
      const key = randomBytes(32)
      const nonce = randomBytes(24)
      for (const n of [0, 1, 31, 32, 63, 64, 65, 200]) {
        const message = randomBytes(n)
        expect(secretboxOpen(secretboxSeal(message, nonce, key), nonce, key)).toEqual(message)
      }
    })
  })

  describe('when the key or the box differs', () => {
    it('returns undefined', () => {
      const key = randomBytes(32)
      const nonce = randomBytes(24)
      const box = secretboxSeal(Buffer.from('secret'), nonce, key)
      expect(secretboxOpen(box, nonce, randomBytes(32))).toBeUndefined()
      box[20] ^= 1
      expect(secretboxOpen(box, nonce, key)).toBeUndefined()
    })
  })
})
