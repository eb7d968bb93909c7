/** Levenshtein distance, for "did you mean" on a mistyped command or flag. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    previous = current
  }
  return previous[b.length]
}

/** The closest candidate within a third of the typed length (at least 1, at most 3 edits), if any. */
export function suggest(typed: string, candidates: readonly string[]): string | undefined {
  const limit = Math.min(3, Math.max(1, Math.floor(typed.length / 3)))
  let best: { name: string; d: number } | undefined
  for (const name of candidates) {
    const d = distance(typed, name)
    if (d <= limit && (!best || d < best.d)) best = { name, d }
  }
  return best?.name
}
