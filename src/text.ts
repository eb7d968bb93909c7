/** Plain-text helpers shared by every layer (no imports). */

/** Collapses whitespace, CR/LF included, to single spaces: a reason is one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * Shortens text to at most `max` characters by cutting its middle, so both the start (registry,
 * scheme) and the end (repository, ref) of a long identity stay readable.
 */
export function truncateMiddle(text: string, max: number): string {
  const chars = [...text]
  if (chars.length <= max) return text
  if (max <= 1) return chars.slice(0, max).join('')
  const keep = max - 1
  const head = Math.ceil(keep / 2)
  return chars.slice(0, head).join('') + '…' + chars.slice(chars.length - (keep - head)).join('')
}

/** Shortens text to at most `max` characters by cutting its end. */
export function truncateEnd(text: string, max: number): string {
  const chars = [...text]
  return chars.length <= max ? text : chars.slice(0, Math.max(0, max - 1)).join('') + '…'
}
