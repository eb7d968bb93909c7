/**
 * Known answers for the secretbox that opens cosign keys (@noble/ciphers underneath): the
 * crypto_secretbox vector of NaCl's tests (tests/secretbox.c, from "Cryptography in NaCl" §10),
 * and keys cosign itself wrote (see fixtures/README.md), opened through scrypt + secretbox.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { decryptCosignKey } from '../../src/cosign/sign/private-key.js'
import { openSecretbox } from '../../src/cosign/sign/secretbox.js'
import * as signApi from '../../src/cosign/sign/index.js'

const hex = (s: string): Buffer => Buffer.from(s, 'hex')
const NACL = {
  key: hex('1b27556473e985d462cd51197a9a46c76009549eac6474f206c4ee0844f68389'),
  nonce: hex('69696ee955b62b73cd62bda875fc73d68219e0036b7a0b37'),
  message: hex(
    'be075fc53c81f2d5cf141316ebeb0c7b5228c52a4c62cbd44b66849b64244ffce5ecbaaf33bd751a1ac728d45e6c61296cdc3c01233561f41db66cce314adb310e3be8250c46f06dceea3a7fa1348057e2f6556ad6b1318a024a838f21af1fde048977eb48f59ffd4924ca1c60902e52f0a089bc76897040e082f937763848645e0705'
  ),
  box: hex(
    'f3ffc7703f9400e52a7dfb4b3d3305d98e993b9f48681273c29650ba32fc76ce48332ea7164d96a4476fb8c531a1186ac0dfc17c98dce87b4da7f011ec48c97271d2c20f9b928fe2270d6fb863d51738b48eeee314a7cc8ab932164548e526ae90224368517acfeabd6bb3732bc0e9da99832b61ca01b6de56244a9e88d5f9b37973f622a43d14a6599b1f654cb45a74e355a5'
  )
}

const pemBody = (name: string): Buffer => {
  const text = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')
  return Buffer.from(text.split('\n').filter(l => l && !l.startsWith('-----')).join(''), 'base64')
}

describe('openSecretbox', () => {
  describe("when given NaCl's crypto_secretbox test vector", () => {
    it('opens the box to the message', () => {
      expect(openSecretbox(NACL.box, NACL.nonce, NACL.key)).toEqual(NACL.message)
    })
  })

  describe('when one bit of the box, the key or the nonce differs', () => {
    it('returns undefined', () => {
      for (const i of [0, 15, 16, NACL.box.length - 1]) {
        const box = Buffer.from(NACL.box)
        box[i] ^= 1
        expect(openSecretbox(box, NACL.nonce, NACL.key)).toBeUndefined()
      }
      expect(openSecretbox(NACL.box, NACL.nonce, Buffer.from(NACL.key).fill(1, 0, 1))).toBeUndefined()
      expect(openSecretbox(NACL.box, Buffer.from(NACL.nonce).fill(1, 23), NACL.key)).toBeUndefined()
      expect(openSecretbox(NACL.box.subarray(0, 15), NACL.nonce, NACL.key)).toBeUndefined()
    })
  })

  it('is not part of the signing API: the primitives stay private', () => {
    expect(Object.keys(signApi).filter(k => /secretbox|poly1305|salsa/i.test(k))).toEqual([])
  })
})

describe('decryptCosignKey', () => {
  describe('when given keys cosign wrote', () => {
    it('opens cosign keys_test.go pemsigstorekey with its password to PKCS#8 DER', async () => {
      const der = await decryptCosignKey(pemBody('cosign-keys-test-sigstore.key'), 'hello')
      // PKCS#8 PrivateKeyInfo: SEQUENCE, version 0, id-ecPublicKey
      expect(der?.subarray(0, 1).toString('hex')).toBe('30')
      expect(der?.includes(hex('2a8648ce3d0201'))).toBe(true)
    })

    it('opens a generate-key-pair key with the empty password', async () => {
      expect((await decryptCosignKey(pemBody('generate-key-pair.key'), ''))?.includes(hex('2a8648ce3d0201'))).toBe(true)
    })

    it('does not open them with a wrong password', async () => {
      expect(await decryptCosignKey(pemBody('cosign-keys-test-sigstore.key'), 'hell0')).toBeUndefined()
    })
  })
})
