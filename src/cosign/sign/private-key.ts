import { createHash, createPrivateKey, createPublicKey, scrypt, type KeyObject } from 'node:crypto'
import { promisify } from 'node:util'
import { openSecretbox, SECRETBOX_KEY_BYTES, SECRETBOX_NONCE_BYTES } from './secretbox.js'
import { SignError } from './errors.js'

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, length: number, options: { N: number; r: number; p: number; maxmem: number }) => Promise<Buffer>

/** The PEM labels cosign writes (`cosign generate-key-pair`: SIGSTORE since v2, COSIGN before). */
export const ENCRYPTED_KEY_LABELS = ['ENCRYPTED SIGSTORE PRIVATE KEY', 'ENCRYPTED COSIGN PRIVATE KEY'] as const

/**
 * scrypt costs 128·N·r bytes and N·r·p block mixes: a key file chooses both, so both are bounded
 * by what cosign writes (N=32768, r=8, p=1; before go-securesystemslib v0.5, N=65536) and
 * refused before anything is derived. Per-parameter limits are not enough: N=2^20, r=64 is 8 GiB.
 */
export const MAX_SCRYPT_MEMORY = 128 * 2 ** 16 * 8
export const MAX_SCRYPT_WORK = 2 ** 16 * 8 * 1

export interface SigningKey {
  privateKey: KeyObject
  publicKeyPem: string
  /** base64(sha256(SPKI DER)): the hint a key-based bundle carries. */
  hint: string
  /** Digest signed over; null for Ed25519, which signs the message itself. cosign uses sha256 for EC and RSA keys. */
  hash: 'sha256' | null
}

const invalid = (found: string, cause?: unknown): SignError =>
  new SignError('SIGN_KEY_INVALID', `option 'key': expected a cosign private key (ENCRYPTED SIGSTORE PRIVATE KEY) or a PEM private key (PKCS#8, EC or RSA), found ${found}`, { cause })

function pemBlock(text: string): { label: string; body: Buffer } | undefined {
  const m = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/.exec(text)
  return m ? { label: m[1], body: Buffer.from(m[2].replace(/\s+/g, ''), 'base64') } : undefined
}

interface EncryptedKeyDoc {
  kdf: { name: string; params: { N: number; r: number; p: number }; salt: string }
  cipher: { name: string; nonce: string }
  ciphertext: string
}

function parseEnvelope(body: Buffer): EncryptedKeyDoc {
  let doc: unknown
  try {
    doc = JSON.parse(body.toString('utf8'))
  } catch (cause) {
    throw invalid('an encrypted key block that is not JSON', cause)
  }
  const d = doc as Partial<EncryptedKeyDoc> | null
  const params = d?.kdf?.params
  const ok =
    d?.kdf?.name === 'scrypt' &&
    d.cipher?.name === 'nacl/secretbox' &&
    typeof d.kdf.salt === 'string' &&
    typeof d.cipher.nonce === 'string' &&
    typeof d.ciphertext === 'string' &&
    params !== undefined &&
    [params.N, params.r, params.p].every(n => Number.isSafeInteger(n) && n > 0)
  if (!ok) throw invalid('an encrypted key that is not scrypt + nacl/secretbox')
  const { N, r, p } = params
  if (N < 2 || (N & (N - 1)) !== 0) throw invalid(`scrypt N=${N}, which is not a power of two`)
  if (128 * N * r > MAX_SCRYPT_MEMORY || N * r * p > MAX_SCRYPT_WORK) {
    throw new SignError('SIGN_KEY_INVALID', `option 'key': expected scrypt parameters within what cosign writes (128·N·r ≤ ${MAX_SCRYPT_MEMORY} bytes, N·r·p ≤ ${MAX_SCRYPT_WORK}), found N=${N} r=${r} p=${p}`, { details: { N, r, p } })
  }
  return d as EncryptedKeyDoc
}

/** go-securesystemslib `encrypted.Decrypt`: scrypt(password, salt) → 32-byte key → secretbox. */
export async function decryptCosignKey(body: Buffer, password: string): Promise<Buffer | undefined> {
  const doc = parseEnvelope(body)
  const { N, r, p } = doc.kdf.params
  const nonce = Buffer.from(doc.cipher.nonce, 'base64')
  if (nonce.length !== SECRETBOX_NONCE_BYTES) throw invalid(`a ${nonce.length}-byte secretbox nonce`)
  const key = await scryptAsync(password, Buffer.from(doc.kdf.salt, 'base64'), SECRETBOX_KEY_BYTES, { N, r, p, maxmem: 128 * N * r + 128 * r * p + 1024 * 1024 })
  return openSecretbox(Buffer.from(doc.ciphertext, 'base64'), nonce, key)
}

function keyFromDer(der: Buffer): KeyObject {
  // cosign v2+ encrypts PKCS#8; keys from cosign v1 may hold SEC1 (EC) or PKCS#1 (RSA) DER.
  for (const type of ['pkcs8', 'sec1', 'pkcs1'] as const) {
    try {
      return createPrivateKey({ key: der, format: 'der', type })
    } catch {
      // try the next encoding
    }
  }
  throw invalid('an encrypted key whose content is no private key')
}

function toSigningKey(privateKey: KeyObject): SigningKey {
  const type = privateKey.asymmetricKeyType
  const details = privateKey.asymmetricKeyDetails ?? {}
  if (type === 'ec' && !['prime256v1', 'secp384r1', 'secp521r1'].includes(details.namedCurve ?? '')) throw invalid(`an EC key on curve ${details.namedCurve ?? 'unknown'} (P-256, P-384 or P-521 only)`)
  if (type === 'rsa' && (details.modulusLength ?? 0) < 2048) throw invalid(`a ${details.modulusLength ?? 0}-bit RSA key (2048 bits or more)`)
  if (type !== 'ec' && type !== 'rsa' && type !== 'ed25519') throw invalid(`a ${type ?? 'unknown'} key`)
  const publicKey = createPublicKey(privateKey)
  const der = publicKey.export({ format: 'der', type: 'spki' })
  return {
    privateKey,
    publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    hint: createHash('sha256').update(der).digest('base64'),
    hash: type === 'ed25519' ? null : 'sha256'
  }
}

/**
 * Reads the `key` input for signing. An encrypted cosign key opens with `password`; without one
 * the empty password is tried, as `COSIGN_PASSWORD=""` does. A wrong password is SIGN_KEY_PASSWORD.
 */
export async function loadSigningKey(text: string, password: string | undefined): Promise<SigningKey> {
  const block = pemBlock(text)
  if (!block) throw invalid('no PEM block')
  if (block.label === 'PUBLIC KEY' || block.label === 'RSA PUBLIC KEY') throw invalid('a public key (signing needs the private key; the public key is for verify)')
  if ((ENCRYPTED_KEY_LABELS as readonly string[]).includes(block.label)) {
    const der = await decryptCosignKey(block.body, password ?? '')
    if (!der) {
      throw new SignError(
        'SIGN_KEY_PASSWORD',
        password === undefined
          ? "option 'key': the cosign key is encrypted and does not open with an empty password; set key-password or COSIGN_PASSWORD"
          : "option 'key': the cosign key does not open with the given password (key-password or COSIGN_PASSWORD)"
      )
    }
    return toSigningKey(keyFromDer(der))
  }
  if (!/PRIVATE KEY$/.test(block.label)) throw invalid(`a '${block.label}' block`)
  try {
    return toSigningKey(createPrivateKey({ key: text, format: 'pem', passphrase: password ?? '' }))
  } catch (e) {
    if (e instanceof SignError) throw e
    if (block.label === 'ENCRYPTED PRIVATE KEY') throw new SignError('SIGN_KEY_PASSWORD', "option 'key': the PKCS#8 key does not open with the given password", { cause: e })
    throw invalid(`a '${block.label}' block that does not parse`, e)
  }
}
