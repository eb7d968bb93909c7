/**
 * Rekor `intoto` v0.0.1 entries: how cosign logged attestations until 2023. @sigstore/verify only
 * knows intoto v0.0.2, so the entry's binding is checked here, as cosign does
 * (pkg/cosign/tlog.go, rekor pkg/types/intoto/v0.0.1): the logged envelope hash is the hash of the
 * envelope bytes the registry holds, the logged payload hash is the hash of the statement, and the
 * logged public key is the signing certificate (or key). The SET and the certificate chain are
 * still verified by @sigstore/verify; only its body comparison is replaced.
 */
import type { Bundle, TransparencyLogEntry } from '@sigstore/bundle'
import { toSignedEntity, Verifier, type Signer, type TrustMaterial } from '@sigstore/verify'
// Not on the package index: the SET and inclusion check alone, without the body comparison that
// rejects v0.0.1. The package declares no "exports", so this path is part of its published files.
import { verifyTLogInclusion } from '@sigstore/verify/dist/tlog/index.js'
import { createHash, createPublicKey } from 'node:crypto'
import { certificatesFromPem } from '../formats/index.js'
import { keyId } from './signer-identity.js'

export class IntotoV001Error extends Error {
  readonly code = 'TLOG_INTOTO_V001_MISMATCH'
}

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex')

export function isIntotoV001(entry: TransparencyLogEntry | undefined): boolean {
  return entry?.kindVersion?.kind === 'intoto' && entry.kindVersion.version === '0.0.1'
}

interface IntotoV001Body {
  spec?: { content?: { hash?: { value?: unknown }; payloadHash?: { value?: unknown } }; publicKey?: unknown }
}

function leafDer(bundle: Bundle): Buffer | undefined {
  const content = bundle.verificationMaterial.content
  if (content.$case === 'x509CertificateChain') return Buffer.from(content.x509CertificateChain.certificates[0]?.rawBytes ?? [])
  if (content.$case === 'certificate') return Buffer.from(content.certificate.rawBytes)
  return undefined
}

/** Throws IntotoV001Error unless the entry logs exactly these envelope bytes, this statement and this signer. */
export function checkIntotoV001Binding(entry: TransparencyLogEntry, envelopeBytes: Buffer, bundle: Bundle, keyIdentity?: string): void {
  let body: IntotoV001Body
  try {
    body = JSON.parse(Buffer.from(entry.canonicalizedBody).toString('utf8')) as IntotoV001Body
  } catch {
    throw new IntotoV001Error('the intoto v0.0.1 entry body is not JSON')
  }
  if (bundle.content.$case !== 'dsseEnvelope') throw new IntotoV001Error('an intoto entry logs a DSSE envelope, not a message signature')
  const logged = body.spec?.content
  if (logged?.hash?.value !== sha256(envelopeBytes)) throw new IntotoV001Error(`the log entry records envelope sha256:${String(logged?.hash?.value)}, the registry holds sha256:${sha256(envelopeBytes)}`)
  if (logged?.payloadHash?.value !== sha256(bundle.content.dsseEnvelope.payload)) throw new IntotoV001Error('the log entry records another statement')
  if (typeof body.spec?.publicKey !== 'string') throw new IntotoV001Error('the log entry records no public key')
  const pem = Buffer.from(body.spec.publicKey, 'base64').toString('utf8')
  if (keyIdentity !== undefined) {
    let logged: string
    try {
      logged = keyId(createPublicKey(pem).export({ type: 'spki', format: 'pem' }).toString())
    } catch {
      throw new IntotoV001Error('the log entry records a public key that does not parse')
    }
    if (logged !== keyIdentity) throw new IntotoV001Error(`the log entry records key ${logged}, expected ${keyIdentity}`)
    return
  }
  const leaf = leafDer(bundle)
  let loggedDer: Buffer | undefined
  try {
    loggedDer = certificatesFromPem(pem, 'intoto publicKey')[0]
  } catch {
    loggedDer = undefined
  }
  if (!leaf || !loggedDer || !leaf.equals(loggedDer)) throw new IntotoV001Error('the log entry records another signing certificate')
}

/**
 * Verifies a DSSE bundle whose only log evidence is an intoto v0.0.1 entry: the binding above,
 * then the SET against the trusted logs, then certificate chain, SCTs and signature through
 * @sigstore/verify with the (already verified) entry as the time source.
 */
export function verifyIntotoV001(bundle: Bundle, envelopeBytes: Buffer, trust: TrustMaterial, keyIdentity?: string): Signer {
  const entries = bundle.verificationMaterial.tlogEntries
  if (entries.length === 0 || !entries.every(isIntotoV001)) throw new IntotoV001Error('expected intoto v0.0.1 log entries only')
  for (const entry of entries) {
    checkIntotoV001Binding(entry, envelopeBytes, bundle, keyIdentity)
    verifyTLogInclusion(entry, trust.tlogs)
  }
  const verifier = new Verifier(trust, { tlogThreshold: 0, ctlogThreshold: keyIdentity === undefined ? 1 : 0, timestampThreshold: 1 })
  return verifier.verify({ ...toSignedEntity(bundle), tlogEntries: [] })
}
