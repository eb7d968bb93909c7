import type { Status } from '../policy/index.js'

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
  verified: 10
}

export function shortDigest(digest: string | undefined | null): string {
  if (!digest) return ''
  const [alg, hex = ''] = digest.split(':')
  return `${alg}:${hex.slice(0, 12)}`
}

/** Escapes text for a Markdown table cell. */
export function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}
