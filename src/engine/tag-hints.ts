import type { Verdict } from '../policy/index.js'
import { shortDigest } from '../report/index.js'
import { mapBounded, type Target } from './targets.js'

/** What the lookup needs of the engine's ImageVerifier. */
export interface TagLookup {
  verify(target: Target): Promise<Verdict>
  resolveDigest(name: string, tag: string): Promise<string>
}

/** Extra registry work is bounded: at most this many unsigned images are looked up by tag. */
export const MAX_TAG_LOOKUPS = 20

/**
 * For unsigned images pinned next to a tag (`app:v1@sha256:…`): when the tag now points to
 * another digest that verifies, the signature is "under another tag", and the pin is likely stale.
 */
export async function tagHints(targets: readonly Target[], verdicts: Verdict[], verifier: TagLookup, concurrency: number): Promise<void> {
  const candidates = targets.map((t, i) => ({ t, i })).filter(({ t, i }) => verdicts[i].status === 'unsigned' && t.tags.length > 0).slice(0, MAX_TAG_LOOKUPS)
  await mapBounded(candidates, concurrency, async ({ t, i }) => {
    for (const tag of t.tags.slice(0, 3)) {
      try {
        const current = await verifier.resolveDigest(t.name, tag)
        if (current === t.digest) continue
        const other = await verifier.verify({ ...t, digest: current })
        if (other.status !== 'verified') continue
        const hint = `a signature exists under tag ${tag}, which now points to ${shortDigest(current)}: the pinned digest is probably stale; re-pin to the signed one`
        verdicts[i] = { ...verdicts[i], hints: [...(verdicts[i].hints ?? []), hint] }
        return
      } catch {
        // A hint is best effort: a failed lookup changes nothing about the verdict.
      }
    }
  })
}
