import type { Logger } from '../../logger.js'
import { parseNormalizedNamed } from '../../reference/index.js'
import { toIndexDescriptors, type RegistryClient } from '../../registry/index.js'
import { repoOf } from '../verify/index.js'
import { SignError } from './errors.js'

export interface SignTarget {
  /** Normalized repository, e.g. ghcr.io/org/app. */
  name: string
  digest: string
  /** The `images` entry it came from, as written. */
  ref: string
  tag?: string
  /** For platform manifests signed with `recursive`: the index digest. */
  parent?: string
  platform?: string
}

export interface UnresolvedImage {
  ref: string
  name: string
  tag?: string
  error: unknown
}

const INDEX_TYPES = new Set(['application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json'])

// BuildKit attestation manifests ride in indexes with platform unknown/unknown; they are not images.
const isPlatformImage = (d: { platform?: { os?: string }; annotations?: Record<string, string> }): boolean =>
  d.platform?.os !== 'unknown' && d.annotations?.['vnd.docker.reference.type'] !== 'attestation-manifest'

/**
 * The digests to sign: each `images` entry, a tag resolved to its digest with a warning (as
 * cosign does), and with `recursive` every platform image of an index. Duplicates count once.
 * Invalid references stop the run before anything is signed.
 */
export async function resolveSignTargets(client: RegistryClient, images: readonly string[], recursive: boolean, logger: Logger): Promise<{ targets: SignTarget[]; unresolved: UnresolvedImage[]; warnings: string[] }> {
  const targets: SignTarget[] = []
  const unresolved: UnresolvedImage[] = []
  const warnings: string[] = []
  const seen = new Set<string>()
  const add = (t: SignTarget): void => {
    const key = `${t.name}@${t.digest}`
    if (seen.has(key)) return
    seen.add(key)
    targets.push(t)
  }
  for (const image of images) {
    let ref
    try {
      ref = parseNormalizedNamed(image)
    } catch (cause) {
      throw new SignError('SIGN_INPUT_INVALID', `option 'images': '${image}' is not a valid image reference: ${(cause as Error).message}`, { cause })
    }
    const repo = repoOf(ref.name)
    let digest = ref.digest
    try {
      if (!digest) {
        const tag = ref.tag ?? 'latest'
        digest = (await client.headManifest(repo, tag)).digest
        const msg = `${image} has no digest; signing ${ref.name}@${digest}, which ${tag} points to now (pass the digest to sign exactly what was built)`
        logger.warning(msg)
        warnings.push(msg)
      }
      add({ name: ref.name, digest, ref: image, tag: ref.tag })
      if (!recursive) continue
      const manifest = await client.getManifest(repo, digest)
      if (!INDEX_TYPES.has(manifest.mediaType)) continue
      for (const child of toIndexDescriptors(manifest.json).filter(isPlatformImage)) {
        const platform = [child.platform?.os, child.platform?.architecture, child.platform?.variant].filter(Boolean).join('/')
        add({ name: ref.name, digest: child.digest, ref: image, parent: digest, platform: platform || undefined })
      }
    } catch (error) {
      unresolved.push({ ref: image, name: ref.name, tag: ref.tag, error })
    }
  }
  return { targets, unresolved, warnings }
}
