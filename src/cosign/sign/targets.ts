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
  /** The subject as the registry answered HEAD for it: proof that it exists, and the referrer's `subject`. */
  subject: { mediaType: string; size: number }
}

export interface UnresolvedImage {
  ref: string
  name: string
  /** As written in `images`; the image was not found there, or could not be checked. */
  digest?: string
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
 * Invalid references stop the run before anything is signed. Every subject must exist (HEAD
 * answers with its digest) before it is signed, as cosign checks: a mistyped digest or
 * repository is unresolved (not-found), never signed, logged or pushed (issue 17).
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
    try {
      const head = await client.headManifest(repo, ref.digest ?? ref.tag ?? 'latest')
      const digest = head.digest
      if (!ref.digest) {
        const msg = `${image} has no digest; signing ${ref.name}@${digest}, which ${ref.tag ?? 'latest'} points to now (pass the digest to sign exactly what was built)`
        logger.warning(msg)
        warnings.push(msg)
      }
      // All of an entry's subjects are checked before any is added: an index with a missing child is not signed at all.
      const found: SignTarget[] = [{ name: ref.name, digest, ref: image, tag: ref.tag, subject: { mediaType: head.mediaType, size: head.size } }]
      if (recursive && INDEX_TYPES.has(head.mediaType)) {
        const manifest = await client.getManifest(repo, digest)
        for (const child of toIndexDescriptors(manifest.json).filter(isPlatformImage)) {
          const platform = [child.platform?.os, child.platform?.architecture, child.platform?.variant].filter(Boolean).join('/')
          const childHead = await client.headManifest(repo, child.digest)
          found.push({ name: ref.name, digest: childHead.digest, ref: image, parent: digest, platform: platform || undefined, subject: { mediaType: childHead.mediaType, size: childHead.size } })
        }
      }
      found.forEach(add)
    } catch (error) {
      unresolved.push({ ref: image, name: ref.name, digest: ref.digest, tag: ref.tag, error })
    }
  }
  return { targets, unresolved, warnings }
}

