import type { Status } from '../policy/index.js'
import { escapeMarkdown, markdownCode } from './escape.js'

export const STATUS_ICON: Record<Status, string> = {
  verified: '✅',
  unsigned: '❌',
  'untrusted-signer': '🚫',
  'invalid-signature': '⛔',
  'not-found': '❓',
  'auth-error': '🔒',
  'rate-limited': '⏳',
  'registry-error': '🌐',
  unpinned: '📌',
  error: '💥',
  'missing-attestation': '🧾',
  exempt: '🏳️'
}

/** Lower sorts first: the most serious problems lead every list. */
export const STATUS_RANK: Record<Status, number> = {
  'invalid-signature': 0,
  'untrusted-signer': 1,
  unsigned: 2,
  'not-found': 3,
  'auth-error': 4,
  'rate-limited': 5,
  'registry-error': 6,
  error: 7,
  unpinned: 8,
  exempt: 9,
  verified: 10,
  // Signed, but a required attestation is absent or fails: after unsigned, before lookups that failed.
  'missing-attestation': 2.5
}

export function shortDigest(digest: string | undefined | null): string {
  if (!digest) return ''
  const [alg, hex = ''] = digest.split(':')
  return `${alg}:${hex.slice(0, 12)}`
}

/**
 * Text from outside for a Markdown table cell or a detail line: it renders as exactly these
 * characters (no `|`, HTML, backticks, emphasis, math or line breaks of its own).
 */
export function cell(text: string): string {
  return escapeMarkdown(text)
}

/** The same, shown as code; never put `cell()` output inside backticks (entities stay literal there). */
export function codeCell(text: string): string {
  return markdownCode(text)
}
