import { RegistryError, type RegistryClient, type RepoRef } from '../../registry/index.js'
import type { SignatureLocation } from '../../policy/index.js'
import { sigTag, SIGSTORE_BUNDLE_MEDIA_TYPE_PREFIX, SIGSTORE_BUNDLE_V03_MEDIA_TYPE, SIMPLE_SIGNING_MEDIA_TYPE } from '../formats/index.js'
import { checkBundleArtifact, checkLegacyLayer, type CheckContext } from './check.js'
import { failed, type CheckedSignature } from './checked.js'

/** What one storage location answered, for the verdict's explanation. */
export interface Probe {
  location: SignatureLocation
  /** Human summary: "2 signatures", "none (404)", "auth error (401)". */
  answer: string
  error?: RegistryError
}

/** cosign's cap on signatures and attestations per image since CVE-2023-46737 (`maxAllowedSigsOrAtts`). */
export const DEFAULT_MAX_SIGNATURES = 100

export interface Collected {
  checked: CheckedSignature[]
  probes: Probe[]
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

export const layersOf = (json: unknown): { mediaType: string; digest: string; annotations: Record<string, string> }[] => {
  if (!isRecord(json) || !Array.isArray(json.layers)) return []
  return json.layers.filter(isRecord).map(l => ({
    mediaType: String(l.mediaType ?? ''),
    digest: String(l.digest ?? ''),
    annotations: isRecord(l.annotations) ? (Object.fromEntries(Object.entries(l.annotations).map(([k, v]) => [k, String(v)])) as Record<string, string>) : {}
  }))
}

export function probeError(location: SignatureLocation, e: unknown): Probe {
  if (!(e instanceof RegistryError)) throw e
  return { location, answer: `${e.code.replace('REGISTRY_', '').toLowerCase().replace(/_/g, ' ')}${e.status ? ` (HTTP ${e.status})` : ''}: ${e.message}`, error: e }
}

/** Legacy `sha256-<hex>.sig`: one simple-signing layer per signature. */
async function collectLegacy(client: RegistryClient, repo: RepoRef, digest: string, ctx: CheckContext, out: Collected, max: number): Promise<void> {
  let manifest
  try {
    manifest = await client.getManifest(repo, sigTag(digest))
  } catch (e) {
    if (e instanceof RegistryError && e.code === 'REGISTRY_NOT_FOUND') out.probes.push({ location: 'sig-tag', answer: `no ${sigTag(digest)} tag` })
    else out.probes.push(probeError('sig-tag', e))
    return
  }
  const layers = layersOf(manifest.json).filter(l => l.mediaType === SIMPLE_SIGNING_MEDIA_TYPE)
  if (layers.length > max) {
    const e = new RegistryError('REGISTRY_LIMIT', `${sigTag(digest)} lists ${layers.length} signatures, more than the limit of ${max} (raise it with max-signatures)`, { host: repo.registry, repository: repo.repository })
    out.probes.push(probeError('sig-tag', e))
    return
  }
  out.probes.push({ location: 'sig-tag', answer: `${layers.length} signature layer(s) in ${sigTag(digest)}` })
  for (const layer of layers) {
    try {
      const payload = await client.getBlob(repo, layer.digest)
      out.checked.push(checkLegacyLayer({ digest: layer.digest, payload, annotations: layer.annotations }, digest, ctx))
    } catch (e) {
      if (!(e instanceof RegistryError)) throw e
      out.probes.push(probeError('sig-tag', e))
    }
    if (out.checked.some(c => c.ok)) return
  }
}

/** Sigstore bundles: the referrers API, or the `sha256-<hex>` fallback index where it is missing. */
async function collectBundles(client: RegistryClient, repo: RepoRef, digest: string, ctx: CheckContext, out: Collected, max: number): Promise<void> {
  let listed
  try {
    listed = await client.listReferrers(repo, digest, SIGSTORE_BUNDLE_V03_MEDIA_TYPE, { maxResults: max })
  } catch (e) {
    out.probes.push(probeError('referrers', e))
    return
  }
  const location: SignatureLocation = listed.source
  const bundles = listed.manifests.filter(d => (d.artifactType ?? '').startsWith(SIGSTORE_BUNDLE_MEDIA_TYPE_PREFIX))
  out.probes.push({ location, answer: `${bundles.length} Sigstore bundle referrer(s)` })
  for (const descriptor of bundles) {
    const base = { format: 'sigstore-bundle' as const, location, source: descriptor.digest }
    try {
      const manifest = await client.getManifest(repo, descriptor.digest)
      const layers = layersOf(manifest.json)
      // cosign's Bundle(): exactly one layer holding the bundle.
      if (layers.length !== 1 || !layers[0].mediaType.startsWith(SIGSTORE_BUNDLE_MEDIA_TYPE_PREFIX)) {
        out.checked.push(failed(base, 'SIGNATURE_MALFORMED', `expected one ${SIGSTORE_BUNDLE_MEDIA_TYPE_PREFIX}* layer, found ${layers.map(l => l.mediaType).join(', ') || 'none'}`))
        continue
      }
      const bytes = await client.getBlob(repo, layers[0].digest)
      out.checked.push(await checkBundleArtifact({ digest: descriptor.digest, bytes, location }, digest, ctx))
    } catch (e) {
      if (!(e instanceof RegistryError)) throw e
      out.probes.push(probeError(location, e))
    }
    if (out.checked.some(c => c.ok)) return
  }
}

type Format = 'legacy' | 'bundle'

/**
 * Which storage to read first. Both are read unless the first already holds a signature that
 * satisfies the policy (cosign: any one valid signature suffices), so the order changes how many
 * requests a verdict takes, not the verdict: `verified` still needs one fully verified signature.
 * (One corner: a store over the signature cap, next to one that verifies, gives `registry-error`
 * when read first and is never read when second; both are safe.) Repositories are signed by one
 * pipeline, so the run remembers the format that last verified per repository (then per
 * registry): a bundle-signed repository then costs the referrers lookup alone, not a `.sig` miss first.
 */
export interface LookupOrder {
  first(repo: RepoRef): Format
  verifiedBy(repo: RepoRef, format: Format): void
}

export function createLookupOrder(): LookupOrder {
  const seen = new Map<string, Format>()
  const keys = (repo: RepoRef): [string, string] => [`${repo.registry}/${repo.repository}`, repo.registry]
  return {
    first: repo => keys(repo).map(k => seen.get(k)).find(f => f !== undefined) ?? 'legacy',
    verifiedBy: (repo, format) => keys(repo).forEach(k => seen.set(k, format))
  }
}

const collectors: Record<Format, typeof collectLegacy> = { legacy: collectLegacy, bundle: collectBundles }

/**
 * Looks for signatures in every place cosign writes them and checks each, stopping at the first
 * that satisfies the policy. Without an order (or before it has learned one) the legacy tag is read
 * first: it is the cheapest (2 requests). Whatever the order, the result lists legacy findings
 * before bundle findings, so a verdict that reads both reads the same.
 */
export async function collectSignatures(client: RegistryClient, repo: RepoRef, digest: string, ctx: CheckContext, maxSignatures = DEFAULT_MAX_SIGNATURES, order?: LookupOrder): Promise<Collected> {
  const first = order?.first(repo) ?? 'legacy'
  const formats: Format[] = first === 'legacy' ? ['legacy', 'bundle'] : ['bundle', 'legacy']
  const parts: Partial<Record<Format, Collected>> = {}
  for (const format of formats) {
    const part: Collected = { checked: [], probes: [] }
    parts[format] = part
    await collectors[format](client, repo, digest, ctx, part, maxSignatures)
    if (part.checked.some(c => c.ok)) {
      order?.verifiedBy(repo, format)
      break
    }
    if (hitLimit(part)) break
  }
  const found = [parts.legacy, parts.bundle].filter(p => p !== undefined)
  return { checked: found.flatMap(p => p.checked), probes: found.flatMap(p => p.probes) }
}

/** A cap was hit: the image is a registry error, whatever else was found (issue 11, defect 5). */
export function hitLimit(found: Collected): RegistryError | undefined {
  return found.probes.find(p => p.error?.code === 'REGISTRY_LIMIT')?.error
}
