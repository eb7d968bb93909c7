import type { AttestationLocation, SignatureLocation } from '../../policy/index.js'
import { RegistryError, type RegistryClient, type RepoRef } from '../../registry/index.js'
import {
  ANNOTATION_BUNDLE_PREDICATE_TYPE,
  attTag,
  COSIGN_SIGN_PREDICATE_TYPE,
  DSSE_ENVELOPE_MEDIA_TYPE,
  SIGSTORE_BUNDLE_MEDIA_TYPE_PREFIX
} from '../formats/index.js'
import { checkAttestationArtifact, checkAttestationLayer, type FoundAttestation } from './attestation-check.js'
import type { CheckContext } from './check.js'
import { layersOf, probeError } from './collect.js'

/**
 * At most this many attestations are read per location: anyone who can push to the repository can
 * attach referrers, and each costs two requests. The newest are not preferred; a required one past
 * the cap is reported missing (fail closed), and the probe says the cap was reached.
 */
export const MAX_ATTESTATIONS_PER_LOCATION = 32

export interface AttestationProbe {
  location: AttestationLocation
  answer: string
  error?: RegistryError
}

export interface CollectedAttestations {
  found: FoundAttestation[]
  probes: AttestationProbe[]
}

const stringRecord = (v: unknown): Record<string, string> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, String(x)])) : {}

const capped = (n: number): string => (n > MAX_ATTESTATIONS_PER_LOCATION ? ` (only the first ${MAX_ATTESTATIONS_PER_LOCATION} were read)` : '')

function errorProbe(location: AttestationLocation, e: unknown): AttestationProbe {
  // probeError's wording, for a location the signature lookup does not know.
  const probe = probeError(location === 'att-tag' ? 'sig-tag' : location, e)
  return { ...probe, location }
}

/** cosign's legacy `sha256-<hex>.att`: one DSSE envelope layer per attestation. */
async function collectAttTag(client: RegistryClient, repo: RepoRef, digest: string, ctx: CheckContext, out: CollectedAttestations): Promise<void> {
  const tag = attTag(digest)
  let manifest
  try {
    manifest = await client.getManifest(repo, tag)
  } catch (e) {
    if (e instanceof RegistryError && e.code === 'REGISTRY_NOT_FOUND') out.probes.push({ location: 'att-tag', answer: `no ${tag} tag` })
    else out.probes.push(errorProbe('att-tag', e))
    return
  }
  const layers = layersOf(manifest.json).filter(l => l.mediaType === DSSE_ENVELOPE_MEDIA_TYPE)
  out.probes.push({ location: 'att-tag', answer: `${layers.length} attestation layer(s) in ${tag}${capped(layers.length)}` })
  for (const layer of layers.slice(0, MAX_ATTESTATIONS_PER_LOCATION)) {
    try {
      const payload = await client.getBlob(repo, layer.digest)
      out.found.push(checkAttestationLayer({ digest: layer.digest, payload, annotations: layer.annotations }, digest, ctx))
    } catch (e) {
      if (!(e instanceof RegistryError)) throw e
      out.probes.push(errorProbe('att-tag', e))
    }
  }
}

/**
 * Sigstore bundle referrers other than cosign's own signatures: cosign v3 attestations and GitHub
 * artifact attestations (actions/attest with push-to-registry). The predicate type annotation is
 * unsigned: it only lets signatures be skipped, and must agree with the signed statement.
 */
async function collectReferrers(client: RegistryClient, repo: RepoRef, digest: string, ctx: CheckContext, out: CollectedAttestations): Promise<void> {
  let listed
  try {
    listed = await client.listReferrers(repo, digest)
  } catch (e) {
    out.probes.push(errorProbe('referrers', e))
    return
  }
  const location: SignatureLocation = listed.source
  const bundles = listed.manifests.filter(
    d => (d.artifactType ?? '').startsWith(SIGSTORE_BUNDLE_MEDIA_TYPE_PREFIX) && d.annotations?.[ANNOTATION_BUNDLE_PREDICATE_TYPE] !== COSIGN_SIGN_PREDICATE_TYPE
  )
  out.probes.push({ location, answer: `${bundles.length} attestation bundle referrer(s)${capped(bundles.length)}` })
  for (const descriptor of bundles.slice(0, MAX_ATTESTATIONS_PER_LOCATION)) {
    const base = { format: 'sigstore-bundle' as const, location, source: descriptor.digest }
    try {
      const manifest = await client.getManifest(repo, descriptor.digest)
      const annotatedType = stringRecord((manifest.json as { annotations?: unknown } | null)?.annotations)[ANNOTATION_BUNDLE_PREDICATE_TYPE]
      const layers = layersOf(manifest.json)
      if (layers.length !== 1 || !layers[0].mediaType.startsWith(SIGSTORE_BUNDLE_MEDIA_TYPE_PREFIX)) {
        out.found.push({ ...base, predicateType: annotatedType ?? null, ok: false, failure: 'SIGNATURE_MALFORMED', reason: `expected one ${SIGSTORE_BUNDLE_MEDIA_TYPE_PREFIX}* layer`, tlogIndex: null, signedAt: null })
        continue
      }
      const bytes = await client.getBlob(repo, layers[0].digest)
      const checked = checkAttestationArtifact(base, bytes, digest, ctx, annotatedType)
      // A cosign signature bundle without the annotation: a signature, not an attestation.
      if (checked.predicateType !== COSIGN_SIGN_PREDICATE_TYPE) out.found.push(checked)
    } catch (e) {
      if (!(e instanceof RegistryError)) throw e
      out.probes.push(errorProbe(location, e))
    }
  }
}

/** Reads every attestation of an image from every place cosign and GitHub store them. */
export async function collectAttestations(client: RegistryClient, repo: RepoRef, digest: string, ctx: CheckContext): Promise<CollectedAttestations> {
  const out: CollectedAttestations = { found: [], probes: [] }
  await collectAttTag(client, repo, digest, ctx, out)
  await collectReferrers(client, repo, digest, ctx, out)
  return out
}
