import { xsalsa20poly1305 } from '@noble/ciphers/salsa.js'

/**
 * NaCl secretbox (XSalsa20-Poly1305), the cipher of cosign's encrypted private keys
 * (go-securesystemslib `encrypted`, `nacl/secretbox`), from the audited @noble/ciphers: Node's
 * crypto has neither Salsa20 nor a raw Poly1305. The box is Go's layout: 16-byte tag, then the
 * ciphertext, which is also noble's.
 */
export const SECRETBOX_KEY_BYTES = 32
export const SECRETBOX_NONCE_BYTES = 24
const SECRETBOX_TAG_BYTES = 16

/** The plaintext, or undefined when the tag does not match (wrong key or tampered box). */
export function openSecretbox(box: Uint8Array, nonce: Uint8Array, key: Uint8Array): Buffer | undefined {
  if (key.length !== SECRETBOX_KEY_BYTES || nonce.length !== SECRETBOX_NONCE_BYTES) throw new RangeError('secretbox: key must be 32 bytes and nonce 24 bytes')
  if (box.length < SECRETBOX_TAG_BYTES) return undefined
  try {
    return Buffer.from(xsalsa20poly1305(key, nonce).decrypt(box))
  } catch {
    // noble throws on an invalid tag; for us that is "does not open"
    return undefined
  }
}
