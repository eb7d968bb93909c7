import { createHash, createPublicKey } from 'node:crypto'
import type { Bundle } from '@sigstore/bundle'
import { X509Certificate } from '@sigstore/core'
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

/** Log index and the time the log (or a timestamp authority) proved, from a verified bundle. */
export function logEvidenceOf(bundle: Bundle): { tlogIndex: number | null; signedAt: string | null } {
  const entry = bundle.verificationMaterial.tlogEntries[0]
  if (!entry) return { tlogIndex: null, signedAt: null }
  const seconds = Number(entry.integratedTime)
  return {
    tlogIndex: Number(entry.logIndex),
    signedAt: Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000).toISOString() : null
  }
}
