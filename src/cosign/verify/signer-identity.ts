import { createHash, createPublicKey } from 'node:crypto'
import type { Bundle } from '@sigstore/bundle'
import { RFC3161Timestamp, X509Certificate } from '@sigstore/core'
import type { Signer } from '@sigstore/verify'
import type { SignerIdentity } from '../../policy/index.js'

// Fulcio's deprecated GitHub workflow extensions hold raw strings; cosign's
// --certificate-github-workflow-* flags compare exactly these (pkg/cosign/certextensions.go).
const GITHUB_WORKFLOW_OIDS = {
  trigger: '1.3.6.1.4.1.57264.1.2',
  sha: '1.3.6.1.4.1.57264.1.3',
  name: '1.3.6.1.4.1.57264.1.4',
  repository: '1.3.6.1.4.1.57264.1.5',
  ref: '1.3.6.1.4.1.57264.1.6'
} as const

function leafCertificate(bundle: Bundle): X509Certificate | undefined {
  const content = bundle.verificationMaterial.content
  if (content.$case === 'certificate') return X509Certificate.parse(Buffer.from(content.certificate.rawBytes))
  if (content.$case === 'x509CertificateChain') {
    const leaf = content.x509CertificateChain.certificates[0]
    return leaf ? X509Certificate.parse(Buffer.from(leaf.rawBytes)) : undefined
  }
  return undefined
}

function githubClaims(cert: X509Certificate | undefined): SignerIdentity['githubWorkflow'] {
  const claims: SignerIdentity['githubWorkflow'] = {}
  if (!cert) return claims
  for (const [claim, oid] of Object.entries(GITHUB_WORKFLOW_OIDS)) {
    const ext = cert.extension(oid)
    if (ext) claims[claim as keyof typeof GITHUB_WORKFLOW_OIDS] = ext.value.toString('utf8')
  }
  return claims
}

/** A short, stable id for a public key: sha256 of its SPKI DER, as `sha256:<hex>`. */
export function keyId(pem: string): string {
  const der = createPublicKey(pem).export({ type: 'spki', format: 'der' })
  return `sha256:${createHash('sha256').update(der).digest('hex')}`
}

export function signerIdentityOf(bundle: Bundle, signer: Signer, keyIdentity?: string): SignerIdentity {
  if (keyIdentity !== undefined) return { subject: keyIdentity, issuer: null, githubWorkflow: {}, keyBased: true }
  return {
    subject: signer.identity?.subjectAlternativeName ?? null,
    issuer: signer.identity?.extensions?.issuer ?? null,
    githubWorkflow: githubClaims(leafCertificate(bundle)),
    keyBased: false
  }
}

/** The signing time of the first RFC 3161 timestamp, already verified by @sigstore/verify. */
function timestampTimeOf(bundle: Bundle): string | null {
  const timestamp = bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps[0]
  if (!timestamp) return null
  try {
    return RFC3161Timestamp.parse(Buffer.from(timestamp.signedTimestamp)).signingTime.toISOString()
  } catch {
    return null
  }
}

/**
 * Log index and the time the log (or a timestamp authority) proved, from a verified bundle. Rekor
 * v2 entries carry no integrated time: their time is the RFC 3161 timestamp's.
 */
export function logEvidenceOf(bundle: Bundle): { tlogIndex: number | null; signedAt: string | null } {
  const entry = bundle.verificationMaterial.tlogEntries[0]
  const seconds = Number(entry?.integratedTime)
  return {
    tlogIndex: entry ? Number(entry.logIndex) : null,
    signedAt: Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000).toISOString() : timestampTimeOf(bundle)
  }
}
