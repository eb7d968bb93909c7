import { X509Certificate } from '@sigstore/core'
import { FulcioSigner, RekorWitness, TSAWitness, type IdentityProvider, type Signature, type Signer, type Witness } from '@sigstore/sign'
import { createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto'
import { SignError } from './errors.js'
import type { SigningKey } from './private-key.js'

/** promise-retry options as @sigstore/sign takes them; 408, 429 and 5xx are retried. */
export interface RetryOptions {
  retries: number
  factor?: number
  minTimeout?: number
  maxTimeout?: number
}

export const DEFAULT_RETRY: RetryOptions = { retries: 3, factor: 2, minTimeout: 1000, maxTimeout: 8000 }
/** A cached certificate is not used this close to its end: the log entry must fall inside it. */
const CERTIFICATE_MARGIN_MS = 60_000

export interface SignerIdentity {
  /** Certificate SAN, or the key id (sha256 of the SPKI) for key-based signatures. */
  subject: string
  /** OIDC issuer in the certificate; null for keys. */
  issuer: string | null
  keyBased: boolean
}

export interface IdentitySigner extends Signer {
  /** Who the signatures name, known after the first signature. */
  identity(): SignerIdentity | undefined
}

export interface KeylessSignerOptions {
  fulcioUrl: string
  identityProvider: IdentityProvider
  timeoutMs: number
  retry?: RetryOptions
  now?: () => Date
}

function derUtf8(value: Buffer): string {
  // Fulcio's 1.3.6.1.4.1.57264.1.8+ extensions hold a DER UTF8String; 1.1.1 holds the raw string.
  if (value[0] !== 0x0c) return value.toString('utf8')
  const first = value[1]
  const lengthBytes = first & 0x80 ? first & 0x7f : 0
  return value.subarray(2 + lengthBytes).toString('utf8')
}

export function certificateIdentity(pem: string): SignerIdentity {
  const cert = X509Certificate.parse(pem)
  const issuerExt = cert.extension('1.3.6.1.4.1.57264.1.8') ?? cert.extension('1.3.6.1.4.1.57264.1.1')
  return { subject: cert.subjectAltName ?? '', issuer: issuerExt ? derUtf8(issuerExt.value) : null, keyBased: false }
}

const spki = (key: KeyObject): Buffer => key.export({ format: 'der', type: 'spki' })

/**
 * Before a signature leaves the process (Rekor, TSA, registry): the key it names (the Fulcio
 * certificate's, or the public key) must be the key that signed, and the signature must verify
 * under it over exactly `data`. A Fulcio that certifies another key, or a broken signature,
 * stops the run with nothing pushed (issue 17).
 */
export function checkOwnSignature(signature: Signature, data: Buffer, signingKey: KeyObject, hash: 'sha256' | null): void {
  let named: KeyObject
  if (signature.key.$case === 'x509Certificate') {
    let cert: X509Certificate
    try {
      cert = X509Certificate.parse(signature.key.certificate)
    } catch (cause) {
      throw new SignError('SIGN_CERTIFICATE_MISMATCH', 'Fulcio returned a certificate that does not parse', { cause })
    }
    named = createPublicKey({ key: cert.publicKey, format: 'der', type: 'spki' })
  } else {
    named = createPublicKey(signature.key.publicKey)
  }
  const own = createPublicKey(signingKey)
  if (!spki(named).equals(spki(own))) {
    throw new SignError('SIGN_CERTIFICATE_MISMATCH', `expected the ${signature.key.$case === 'x509Certificate' ? 'certificate' : 'public key'} to hold the signing key, found another key; nothing was logged or pushed`)
  }
  if (!verify(hash, data, named, signature.signature)) {
    throw new SignError('SIGN_SIGNATURE_INVALID', 'expected the signature to verify under the signing key, found one that does not; nothing was logged or pushed')
  }
}

/**
 * Keyless signer: one ephemeral P-256 key and one Fulcio certificate for the whole run (cosign
 * gets one per invocation too), renewed only when it nears its end.
 */
export function createKeylessSigner(options: KeylessSignerOptions): IdentitySigner {
  const now = options.now ?? (() => new Date())
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
  const publicKeyPem = publicKey.export({ format: 'pem', type: 'spki' }).toString()
  const keyHolder: Signer = { sign: async data => ({ signature: sign('sha256', data, privateKey), key: { $case: 'publicKey', publicKey: publicKeyPem } }) }
  const fulcio = new FulcioSigner({ fulcioBaseURL: options.fulcioUrl, identityProvider: options.identityProvider, keyHolder, timeout: options.timeoutMs, retry: options.retry ?? DEFAULT_RETRY })
  let cached: { pem: string; notAfter: number; identity: SignerIdentity } | undefined
  return {
    identity: () => cached?.identity,
    async sign(data) {
      if (cached && cached.notAfter - CERTIFICATE_MARGIN_MS > now().getTime()) {
        const again: Signature = { signature: sign('sha256', data, privateKey), key: { $case: 'x509Certificate', certificate: cached.pem } }
        checkOwnSignature(again, data, privateKey, 'sha256')
        return again
      }
      const signature: Signature = await fulcio.sign(data)
      if (signature.key.$case !== 'x509Certificate') throw new SignError('SIGN_FULCIO_FAILED', 'Fulcio returned no certificate')
      checkOwnSignature(signature, data, privateKey, 'sha256')
      cached = { pem: signature.key.certificate, notAfter: X509Certificate.parse(signature.key.certificate).notAfter.getTime(), identity: certificateIdentity(signature.key.certificate) }
      return signature
    }
  }
}

/** Key-based signer (cosign `--key`): the public key goes to Rekor and, as a hint, into the bundle. */
export function createKeySigner(key: SigningKey, keyIdentity: string): IdentitySigner {
  const privateKey: KeyObject = key.privateKey
  return {
    identity: () => ({ subject: keyIdentity, issuer: null, keyBased: true }),
    sign: async data => {
      const signature: Signature = { signature: sign(key.hash, data, privateKey), key: { $case: 'publicKey', publicKey: key.publicKeyPem, hint: key.hint } }
      checkOwnSignature(signature, data, privateKey, key.hash)
      return signature
    }
  }
}

export interface WitnessOptions {
  rekorUrl: string
  tsaUrl?: string
  tlogUpload: boolean
  timeoutMs: number
  retry?: RetryOptions
}

/** Rekor v1 on purpose: only its entries carry the SET the legacy `.sig` format needs. */
export function createWitnesses(options: WitnessOptions): Witness[] {
  const retry = options.retry ?? DEFAULT_RETRY
  const witnesses: Witness[] = []
  if (options.tlogUpload) witnesses.push(new RekorWitness({ rekorBaseURL: options.rekorUrl, majorApiVersion: 1, fetchOnConflict: true, timeout: options.timeoutMs, retry }))
  if (options.tsaUrl) witnesses.push(new TSAWitness({ tsaBaseURL: options.tsaUrl, timeout: options.timeoutMs, retry }))
  return witnesses
}

interface CodedError {
  code?: unknown
  message?: unknown
  cause?: unknown
}

/**
 * @sigstore/sign's InternalErrors as SignErrors. Their messages are not passed on wholesale:
 * IDENTITY_TOKEN_PARSE_ERROR's message contains the token itself.
 */
export function toSignError(e: unknown, urls: { fulcioUrl?: string; rekorUrl?: string; tsaUrl?: string }): SignError {
  if (e instanceof SignError) return e
  const err = (e ?? {}) as CodedError
  const cause = (err.cause ?? {}) as CodedError
  if (cause instanceof SignError) return cause
  const http = typeof cause.message === 'string' ? `: ${cause.message}` : ''
  switch (err.code) {
    case 'IDENTITY_TOKEN_READ_ERROR':
      return new SignError('SIGN_TOKEN_FAILED', `could not get an OIDC token${http}`, { cause: e })
    case 'IDENTITY_TOKEN_PARSE_ERROR':
      return new SignError('SIGN_TOKEN_FAILED', 'the OIDC token is not a JWT with a subject (sub or verified email)')
    case 'CA_CREATE_SIGNING_CERTIFICATE_ERROR':
      return new SignError('SIGN_FULCIO_FAILED', `Fulcio at ${urls.fulcioUrl ?? '?'} did not issue a signing certificate${http}`, { cause: e })
    case 'TLOG_CREATE_ENTRY_ERROR':
    case 'TLOG_FETCH_ENTRY_ERROR':
      return new SignError('SIGN_REKOR_FAILED', `Rekor at ${urls.rekorUrl ?? '?'} did not log the signature${http}`, { cause: e })
    case 'TSA_CREATE_TIMESTAMP_ERROR':
      return new SignError('SIGN_TSA_FAILED', `the timestamp authority at ${urls.tsaUrl ?? '?'} did not timestamp the signature${http}`, { cause: e })
    default:
      return new SignError('SIGN_FAILED', `signing failed: ${e instanceof Error ? e.message : String(e)}`, { cause: e })
  }
}
