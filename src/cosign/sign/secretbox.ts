import { timingSafeEqual } from 'node:crypto'

/**
 * NaCl secretbox (XSalsa20-Poly1305), the cipher of cosign's encrypted private keys
 * (go-securesystemslib `encrypted`, `nacl/secretbox`). Node's crypto has neither Salsa20 nor a
 * raw Poly1305, and the box only ever wraps a few hundred bytes of key, so a plain
 * implementation is enough. The box is Go's layout: 16-byte tag, then the ciphertext.
 */
export const SECRETBOX_KEY_BYTES = 32
export const SECRETBOX_NONCE_BYTES = 24
export const SECRETBOX_TAG_BYTES = 16

const SIGMA = [0x61707865, 0x3320646e, 0x79622d32, 0x6b206574]

const ROUNDS: readonly (readonly [number, number, number, number])[] = [
  [0, 4, 8, 12],
  [5, 9, 13, 1],
  [10, 14, 2, 6],
  [15, 3, 7, 11],
  [0, 1, 2, 3],
  [5, 6, 7, 4],
  [10, 11, 8, 9],
  [15, 12, 13, 14]
]

const rotl = (v: number, n: number): number => (v << n) | (v >>> (32 - n))

function doubleRounds(x: Uint32Array): void {
  const qr = (a: number, b: number, c: number, d: number): void => {
    x[b] ^= rotl((x[a] + x[d]) | 0, 7)
    x[c] ^= rotl((x[b] + x[a]) | 0, 9)
    x[d] ^= rotl((x[c] + x[b]) | 0, 13)
    x[a] ^= rotl((x[d] + x[c]) | 0, 18)
  }
  for (let i = 0; i < 10; i++) {
    // column round, then row round
    for (const [a, b, c, d] of ROUNDS) qr(a, b, c, d)
  }
}

/** The Salsa20 input matrix: constants, key, and 16 bytes of nonce/counter. */
function matrix(key: Uint8Array, input16: Uint8Array): Uint32Array {
  const k = Buffer.from(key)
  const n = Buffer.from(input16)
  const m = new Uint32Array(16)
  m[0] = SIGMA[0]
  m[5] = SIGMA[1]
  m[10] = SIGMA[2]
  m[15] = SIGMA[3]
  for (let i = 0; i < 4; i++) {
    m[1 + i] = k.readUInt32LE(i * 4)
    m[11 + i] = k.readUInt32LE(16 + i * 4)
    m[6 + i] = n.readUInt32LE(i * 4)
  }
  return m
}

function hsalsa20(key: Uint8Array, nonce16: Uint8Array): Buffer {
  const x = matrix(key, nonce16)
  doubleRounds(x)
  const out = Buffer.alloc(32)
  ;[0, 5, 10, 15, 6, 7, 8, 9].forEach((w, i) => out.writeUInt32LE(x[w] >>> 0, i * 4))
  return out
}

function xsalsa20Stream(key: Uint8Array, nonce: Uint8Array, length: number): Buffer {
  const subkey = hsalsa20(key, nonce.subarray(0, 16))
  const out = Buffer.alloc(length)
  const input = Buffer.alloc(16)
  Buffer.from(nonce.subarray(16, 24)).copy(input, 0)
  for (let block = 0, offset = 0; offset < length; block++, offset += 64) {
    input.writeUInt32LE(block >>> 0, 8)
    input.writeUInt32LE(Math.floor(block / 2 ** 32), 12)
    const start = matrix(subkey, input)
    const x = Uint32Array.from(start)
    doubleRounds(x)
    const bytes = Buffer.alloc(64)
    for (let i = 0; i < 16; i++) bytes.writeUInt32LE((x[i] + start[i]) >>> 0, i * 4)
    bytes.copy(out, offset, 0, Math.min(64, length - offset))
  }
  return out
}

const leToBigInt = (bytes: Uint8Array): bigint => {
  let v = 0n
  for (let i = bytes.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[i])
  return v
}

/** Poly1305 one-time authenticator (RFC 8439 §2.5). */
export function poly1305(key: Uint8Array, message: Uint8Array): Buffer {
  const p = (1n << 130n) - 5n
  const r = leToBigInt(key.subarray(0, 16)) & 0x0ffffffc0ffffffc0ffffffc0fffffffn
  const s = leToBigInt(key.subarray(16, 32))
  let acc = 0n
  for (let i = 0; i < message.length; i += 16) {
    const chunk = message.subarray(i, i + 16)
    acc = ((acc + leToBigInt(chunk) + (1n << BigInt(8 * chunk.length))) * r) % p
  }
  let tag = (acc + s) & ((1n << 128n) - 1n)
  const out = Buffer.alloc(16)
  for (let i = 0; i < 16; i++, tag >>= 8n) out[i] = Number(tag & 0xffn)
  return out
}

function checkSizes(key: Uint8Array, nonce: Uint8Array): void {
  if (key.length !== SECRETBOX_KEY_BYTES || nonce.length !== SECRETBOX_NONCE_BYTES) throw new RangeError('secretbox: key must be 32 bytes and nonce 24 bytes')
}

export function secretboxSeal(message: Uint8Array, nonce: Uint8Array, key: Uint8Array): Buffer {
  checkSizes(key, nonce)
  const stream = xsalsa20Stream(key, nonce, message.length + 32)
  const ciphertext = Buffer.alloc(message.length)
  for (let i = 0; i < message.length; i++) ciphertext[i] = message[i] ^ stream[32 + i]
  return Buffer.concat([poly1305(stream.subarray(0, 32), ciphertext), ciphertext])
}

/** The plaintext, or undefined when the tag does not match (wrong key or tampered box). */
export function secretboxOpen(box: Uint8Array, nonce: Uint8Array, key: Uint8Array): Buffer | undefined {
  checkSizes(key, nonce)
  if (box.length < SECRETBOX_TAG_BYTES) return undefined
  const ciphertext = box.subarray(SECRETBOX_TAG_BYTES)
  const stream = xsalsa20Stream(key, nonce, ciphertext.length + 32)
  const expected = poly1305(stream.subarray(0, 32), ciphertext)
  if (!timingSafeEqual(expected, Buffer.from(box.subarray(0, SECRETBOX_TAG_BYTES)))) return undefined
  const plain = Buffer.alloc(ciphertext.length)
  for (let i = 0; i < ciphertext.length; i++) plain[i] = ciphertext[i] ^ stream[32 + i]
  return plain
}
