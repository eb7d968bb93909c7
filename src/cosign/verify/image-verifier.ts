import type { TrustMaterial, Verifier } from '@sigstore/verify'
import type { Logger } from '../../logger.js'
import type { AttestationEntry, AttestationRequirement, Policy, Verdict } from '../../policy/index.js'
import { parseNormalizedNamed } from '../../reference/index.js'
import { RegistryError, toIndexDescriptors, type RegistryClient, type RepoRef } from '../../registry/index.js'
import type { CheckContext } from './check.js'
import { collectAttestations } from './attestation-collect.js'
import { evaluateAttestations, withAttestations } from './attestations.js'
import { collectSignatures, createLookupOrder } from './collect.js'
import { decide } from './decide.js'

export interface CosignVerifierOptions {
  client: RegistryClient
  /** @sigstore/verify Verifier over the loaded trust material (one per run). */
  verifier: Verifier
  policy: Policy
  logger: Logger
  /** Key-based verification: the configured key's id. */
  keyIdentity?: string
  /** The trust material behind `verifier`; needed for attestations logged as intoto v0.0.1. */
  trust?: TrustMaterial
  /** Signatures kept in another repository (policy-controller `source.oci`, cosign's COSIGN_REPOSITORY). */
  signatureRepository?: RepoRef
  /** Signatures (sig-tag layers, bundle referrers) read per image at most; more is `registry-error`. Default 100, as cosign. */
  maxSignatures?: number
}

export interface CosignVerifier {
  verify(target: { name: string; digest: string }): Promise<Verdict>
  /** Only the attestations, whatever the image signature says (attest-and-verify, cosign verify-attestation). */
  verifyAttestations(target: { name: string; digest: string }, requirements: AttestationRequirement[]): Promise<AttestationCheck>
  resolveDigest(name: string, tag: string): Promise<string>
}

export interface AttestationCheck {
  entries: AttestationEntry[]
  /** A lookup that failed: the entries are then not conclusive. */
  error?: RegistryError
}

export function repoOf(name: string): RepoRef {
  const ref = parseNormalizedNamed(name)
  return { registry: ref.domain, repository: ref.path }
}

// Platform entries that are not images: BuildKit attestation manifests.
const isPlatformImage = (d: { platform?: { os?: string }; annotations?: Record<string, string> }): boolean =>
  d.platform?.os !== 'unknown' && d.annotations?.['vnd.docker.reference.type'] !== 'attestation-manifest'

export function createCosignVerifier(options: CosignVerifierOptions): CosignVerifier {
  const { client, policy } = options
  const order = createLookupOrder()

  function contextFor(repo: RepoRef, digest: string): CheckContext {
    return { verifier: options.verifier, trust: options.trust, policy, keyIdentity: options.keyIdentity, imageManifest: async () => (await client.getManifest(repo, digest)).bytes }
  }

  /** Required attestations are looked up only for an image whose signature holds, and only when some are required. */
  async function checkAttestations(name: string, digest: string, verdict: Verdict): Promise<Verdict> {
    const requirements = policy.attestations ?? []
    if (verdict.status !== 'verified' || requirements.length === 0) return verdict
    const repo = repoOf(name)
    const collected = await collectAttestations(client, options.signatureRepository ?? repo, digest, contextFor(repo, digest))
    return withAttestations(verdict, evaluateAttestations(requirements, collected, policy), collected)
  }

  async function verifyOne(name: string, digest: string): Promise<Verdict> {
    const repo = repoOf(name)
    const ctx = contextFor(repo, digest)
    const found = await collectSignatures(client, options.signatureRepository ?? repo, digest, ctx, options.maxSignatures, order)
    if (found.checked.some(c => c.failure !== 'NOT_A_SIGNATURE') || found.probes.some(p => p.error)) return decide(name, digest, found, policy)
    // Nothing found anywhere: tell "unsigned" from "no such image" (cosign's missing subject).
    try {
      await client.headManifest(repo, digest)
      return decide(name, digest, found, policy)
    } catch (e) {
      if (!(e instanceof RegistryError)) throw e
      return decide(name, digest, found, policy, e.code === 'REGISTRY_NOT_FOUND' ? 'missing' : e)
    }
  }

  /** `platforms: all`: an index passes only when it and every platform image pass. */
  async function verifyPlatforms(name: string, digest: string, top: Verdict): Promise<Verdict> {
    const manifest = await client.getManifest(repoOf(name), digest)
    const children = toIndexDescriptors(manifest.json).filter(isPlatformImage)
    for (const child of children) {
      const verdict = await verifyOne(name, child.digest)
      if (verdict.status !== 'verified') {
        const platform = [child.platform?.os, child.platform?.architecture, child.platform?.variant].filter(Boolean).join('/')
        return { ...verdict, digest, details: `The index is signed, but its platform image ${platform || child.digest} (${child.digest}) is not: ${verdict.details}` }
      }
    }
    return children.length > 0 ? { ...top, details: `${top.details} All ${children.length} platform images are signed too.` } : top
  }

  return {
    async verify(target) {
      const verdict = await checkAttestations(target.name, target.digest, await verifyOne(target.name, target.digest))
      if (verdict.status !== 'verified' || policy.platforms !== 'all') return verdict
      try {
        return await verifyPlatforms(target.name, target.digest, verdict)
      } catch (e) {
        if (!(e instanceof RegistryError)) throw e
        return { ...verdict, status: 'registry-error', signed: false, details: `The index is signed, but its platform images could not be read: ${e.message}` }
      }
    },
    async verifyAttestations(target, requirements) {
      const repo = repoOf(target.name)
      const collected = await collectAttestations(client, options.signatureRepository ?? repo, target.digest, contextFor(repo, target.digest))
      return { entries: evaluateAttestations(requirements, collected, policy), error: collected.probes.find(p => p.error)?.error }
    },
    async resolveDigest(name, tag) {
      return (await client.headManifest(repoOf(name), tag)).digest
    }
  }
}
