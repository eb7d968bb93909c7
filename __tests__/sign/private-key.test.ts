import { describe, expect, it } from '@jest/globals'
import { createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { loadSigningKey } from '../../src/cosign/sign/private-key.js'

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')

describe('loadSigningKey', () => {
  describe('when the key is cosign test data', () => {
    it('opens the ENCRYPTED SIGSTORE key from cosign keys_test.go with its password', async () => {
      const key = await loadSigningKey(fixture('cosign-keys-test-sigstore.key'), 'hello')
      expect(key.privateKey.asymmetricKeyType).toBe('ec')
      expect(key.publicKeyPem).toContain('BEGIN PUBLIC KEY')
    })

    it('opens a generate-key-pair key with an empty password, and its signature checks against the .pub written beside it', async () => {
      const key = await loadSigningKey(fixture('generate-key-pair.key'), undefined)
      const data = Buffer.from('{"critical":{}}')
      const signature = sign(key.hash, data, key.privateKey)
      expect(verify('sha256', data, createPublicKey(fixture('generate-key-pair.pub')), signature)).toBe(true)
      expect(createPublicKey(key.publicKeyPem).export({ format: 'der', type: 'spki' })).toEqual(createPublicKey(fixture('generate-key-pair.pub')).export({ format: 'der', type: 'spki' }))
    })
  })

  describe('when the password is wrong', () => {
    it('fails with SIGN_KEY_PASSWORD', async () => {
      await expect(loadSigningKey(fixture('cosign-keys-test-sigstore.key'), 'wrong')).rejects.toMatchObject({ code: 'SIGN_KEY_PASSWORD' })
    })

    it('fails with SIGN_KEY_PASSWORD when none was given and the empty one does not open it', async () => {
      await expect(loadSigningKey(fixture('cosign-keys-test-sigstore.key'), undefined)).rejects.toMatchObject({ code: 'SIGN_KEY_PASSWORD' })
    })
  })

  describe('when the key is plain PEM', () => {
    it('reads PKCS#8', async () => {
      const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
      const key = await loadSigningKey(privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(), undefined)
      expect(key.hash).toBe('sha256')
    })

    it('refuses a public key with SIGN_KEY_INVALID', async () => {
      await expect(loadSigningKey(fixture('generate-key-pair.pub'), undefined)).rejects.toMatchObject({ code: 'SIGN_KEY_INVALID' })
    })

    it('refuses text without a PEM block with SIGN_KEY_INVALID', async () => {
      await expect(loadSigningKey('not a key', undefined)).rejects.toMatchObject({ code: 'SIGN_KEY_INVALID' })
    })

    it('refuses a small RSA key with SIGN_KEY_INVALID', async () => {
      const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 })
      await expect(loadSigningKey(privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(), undefined)).rejects.toMatchObject({ code: 'SIGN_KEY_INVALID' })
    })
  })
})
