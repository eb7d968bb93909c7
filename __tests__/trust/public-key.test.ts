import { describe, expect, it } from '@jest/globals'
import { PublicKeyDetails } from '@sigstore/protobuf-specs'
import { toTrustMaterial } from '@sigstore/verify'
import { createHash, generateKeyPairSync, type KeyObject } from 'node:crypto'
import { embeddedTrustedRoot, keyFinderFromPem, publicKeyFromPem, withPublicKey } from '../../src/trust/index.js'
import { codeOf } from '../support/error-code.js'

const spkiPem = (key: KeyObject): string => key.export({ format: 'pem', type: 'spki' }).toString()
describe('publicKeyFromPem', () => {
  describe('when given a supported public key', () => {
    const cases: [string, KeyObject, PublicKeyDetails, string | null][] = [
      ['ECDSA P-256', generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey, PublicKeyDetails.PKIX_ECDSA_P256_SHA_256, 'sha256'],
      ['ECDSA P-384', generateKeyPairSync('ec', { namedCurve: 'secp384r1' }).publicKey, PublicKeyDetails.PKIX_ECDSA_P384_SHA_384, 'sha384'],
      ['Ed25519', generateKeyPairSync('ed25519').publicKey, PublicKeyDetails.PKIX_ED25519, null],
      ['RSA 2048', generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey, PublicKeyDetails.PKIX_RSA_PKCS1V15_2048_SHA256, 'sha256'],
      ['RSA 3072', generateKeyPairSync('rsa', { modulusLength: 3072 }).publicKey, PublicKeyDetails.PKIX_RSA_PKCS1V15_3072_SHA256, 'sha256']
    ]
    it.each(cases)('reads %s with its Sigstore key details and hint', (_name, key, details, hash) => {
      const material = publicKeyFromPem(spkiPem(key))
      const der = key.export({ format: 'der', type: 'spki' })
      expect(material.publicKey.keyDetails).toBe(details)
      expect(material.publicKey.rawBytes?.equals(der)).toBe(true)
      expect(material.hint).toBe(createHash('sha256').update(der).digest('base64'))
      expect(material.hashAlgorithm).toBe(hash)
    })

    it('reads a PKCS#1 RSA PUBLIC KEY block', () => {
      const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
      const pkcs1 = publicKey.export({ format: 'pem', type: 'pkcs1' }).toString()
      expect(publicKeyFromPem(pkcs1).publicKey.rawBytes?.equals(publicKey.export({ format: 'der', type: 'spki' }))).toBe(true)
    })

    it('gives what toTrustMaterial(root, keys) takes', () => {
      const key = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey
      const { hint, publicKey } = publicKeyFromPem(spkiPem(key))
      const material = toTrustMaterial(embeddedTrustedRoot(), { [hint]: publicKey })
      expect(material.publicKey(hint).publicKey.equals(key)).toBe(true)
    })
  })

  describe('when given something else', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
    const cases: [string, string][] = [
      ['a private key', privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()],
      ['no PEM at all', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI'],
      ['a corrupt PEM body', '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n'],
      ['an RSA key under 2048 bits', spkiPem(generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey)],
      ['a secp256k1 key', spkiPem(generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).publicKey)]
    ]
    it.each(cases)('refuses %s with TRUST_KEY_INVALID', (_name, pem) => {
      expect(codeOf(() => publicKeyFromPem(pem))).toBe('TRUST_KEY_INVALID')
    })
  })
})

describe('keyFinderFromPem', () => {
  describe('when asked for any hint', () => {
    it('answers with the one configured key, valid at any time', () => {
      const key = generateKeyPairSync('ed25519').publicKey
      const found = keyFinderFromPem(spkiPem(key))('')
      expect(found.publicKey.equals(key)).toBe(true)
      expect(found.validFor(new Date(0))).toBe(true)
    })
  })
})

describe('withPublicKey', () => {
  describe('when added to loaded trust material', () => {
    it('keeps the authorities and replaces the key finder', () => {
      const key = generateKeyPairSync('ec', { namedCurve: 'secp384r1' }).publicKey
      const base = toTrustMaterial(embeddedTrustedRoot())
      const material = withPublicKey(base, spkiPem(key))
      expect(material.tlogs).toBe(base.tlogs)
      expect(material.publicKey('anything').publicKey.equals(key)).toBe(true)
    })
  })
})
