import type { VerdictCache } from '../cache/index.js'
import type { ImageVerifier } from './verify-run.js'

/**
 * Consults the cache before the verifier: a hit answers without a single registry request; a
 * fresh `verified` verdict is remembered. A failing cache write never changes the verdict.
 */
export function withVerdictCache(verifier: ImageVerifier, cache: VerdictCache, onError?: (e: unknown) => void): ImageVerifier {
  // Everything else the verifier does (binding credentials to the run's registries, attestations) stays as it is.
  return {
    ...verifier,
    async verify(target) {
      const hit = await cache.lookup(target)
      if (hit) return hit
      const verdict = await verifier.verify(target)
      await cache.remember(target, verdict).catch(e => onError?.(e))
      return verdict
    },
    resolveDigest: (name, tag) => verifier.resolveDigest(name, tag)
  }
}
