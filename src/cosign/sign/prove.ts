import type { Verifier } from '@sigstore/verify'
import type { Policy } from '../../policy/index.js'
import type { RegistryClient, RepoRef } from '../../registry/index.js'
import { digestOf, SIGSTORE_BUNDLE_V03_MEDIA_TYPE, sigTag } from '../formats/index.js'
import { checkBundleArtifact, checkLegacyLayer, failed, type CheckContext, type CheckedSignature } from '../verify/index.js'
import type { SignerIdentity } from './signers.js'

/**
 * What proves a signature just made: the trust material, and the policy naming exactly the
 * identity (or key) that made it. Nothing looser: an older signature on the image proves nothing
 * about this one (issue 17).
 */
export interface SignatureProof {
  verifier: Verifier
  /** Key-based signing: the key's id (certificates are ignored, as cosign --key does). */
  keyIdentity?: string
  policyFor(identity: SignerIdentity): Policy
}

/** A signature as made, before or after pushing. */
export type MadeArtifact =
  | { format: 'legacy'; payload: Buffer; annotations: Record<string, string>; tlogIndex: number | null }
  | { format: 'bundle'; json: Buffer; tlogIndex: number | null }

const contextFor = (proof: SignatureProof, identity: SignerIdentity, imageManifest?: () => Promise<Buffer>): CheckContext => ({
  verifier: proof.verifier,
  policy: proof.policyFor(identity),
  keyIdentity: proof.keyIdentity,
  imageManifest
})

/** The log entry checked must be the one the signing got: a replayed or swapped entry fails here. */
function sameEntry(checked: CheckedSignature, artifact: MadeArtifact): CheckedSignature {
  if (!checked.ok || checked.tlogIndex === artifact.tlogIndex) return checked
  return failed(checked, 'SIGNATURE_INVALID', `expected the log entry made when signing (index ${String(artifact.tlogIndex)}), found index ${String(checked.tlogIndex)}`, checked.identity)
}

/** Cryptography, certificate chain, log entry and identity of one artifact, as bytes in hand. */
export async function proveArtifact(artifact: MadeArtifact, imageDigest: string, identity: SignerIdentity, proof: SignatureProof): Promise<CheckedSignature> {
  const ctx = contextFor(proof, identity)
  if (artifact.format === 'legacy') {
    return sameEntry(checkLegacyLayer({ digest: digestOf(artifact.payload), payload: artifact.payload, annotations: artifact.annotations }, imageDigest, ctx), artifact)
  }
  return sameEntry(await checkBundleArtifact({ digest: digestOf(artifact.json), bytes: artifact.json, location: 'referrers' }, imageDigest, ctx), artifact)
}

const sameAnnotations = (a: Record<string, string>, b: Record<string, string>): boolean =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v)

/**
 * Reads back from the registry the very layer or referrer that was pushed (by its digest, with
 * its annotations), checks that a verifier will find it where it was put, and proves it again
 * from the bytes the registry serves. Registry failures are thrown as they are (their status).
 */
export async function proveFromRegistry(
  client: RegistryClient,
  repo: RepoRef,
  imageDigest: string,
  pushed: { artifact: MadeArtifact; location: 'sig-tag' | 'referrers' | 'referrers-tag'; reference: string },
  identity: SignerIdentity,
  proof: SignatureProof
): Promise<CheckedSignature> {
  const { artifact, location } = pushed
  const base = { format: artifact.format === 'legacy' ? ('cosign-legacy' as const) : ('sigstore-bundle' as const), location, source: pushed.reference }
  {
    if (artifact.format === 'legacy') {
      const layerDigest = digestOf(artifact.payload)
      const manifest = await client.getManifest(repo, sigTag(imageDigest))
      const layers = (manifest.json as { layers?: { digest?: unknown; annotations?: Record<string, string> }[] } | null)?.layers ?? []
      const layer = Array.isArray(layers) ? layers.find(l => l?.digest === layerDigest && sameAnnotations(l.annotations ?? {}, artifact.annotations)) : undefined
      if (!layer) return failed(base, 'SIGNATURE_MALFORMED', `expected the layer just pushed (${layerDigest}) in ${sigTag(imageDigest)}, found it missing`)
      const payload = await client.getBlob(repo, layerDigest)
      return sameEntry(checkLegacyLayer({ digest: layerDigest, payload, annotations: layer.annotations ?? {} }, imageDigest, contextFor(proof, identity)), artifact)
    }
    const manifestDigest = pushed.reference.slice(pushed.reference.lastIndexOf('@') + 1)
    const listed = await client.listReferrers(repo, imageDigest, SIGSTORE_BUNDLE_V03_MEDIA_TYPE)
    if (!listed.manifests.some(d => d.digest === manifestDigest)) {
      return failed(base, 'SIGNATURE_MALFORMED', `expected the referrer just pushed (${manifestDigest}) among the image's referrers (${listed.source}), found it missing`)
    }
    const manifest = await client.getManifest(repo, manifestDigest)
    const json = manifest.json as { subject?: { digest?: unknown }; layers?: { digest?: unknown }[] } | null
    const bundleDigest = digestOf(artifact.json)
    if (json?.subject?.digest !== imageDigest || !Array.isArray(json.layers) || json.layers.length !== 1 || json.layers[0]?.digest !== bundleDigest) {
      return failed(base, 'SIGNATURE_MALFORMED', `expected referrer ${manifestDigest} to hold bundle ${bundleDigest} for ${imageDigest}, found other content`)
    }
    const bytes = await client.getBlob(repo, bundleDigest)
    return sameEntry(await checkBundleArtifact({ digest: manifestDigest, bytes, location: listed.source }, imageDigest, contextFor(proof, identity)), artifact)
  }
}
