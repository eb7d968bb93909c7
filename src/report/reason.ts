import type { Verdict } from '../policy/index.js'
import { oneLine, truncateEnd } from '../text.js'

export const REASON_MAX = 160

/** The verdict's short reason, or the first sentence of its details for verdicts made elsewhere. */
export function reasonOf(v: Pick<Verdict, 'reason' | 'details' | 'status'>): string {
  if (v.reason) return truncateEnd(oneLine(v.reason), REASON_MAX)
  const first = oneLine(v.details).split(/(?<=[.;:])\s/)[0] ?? ''
  return truncateEnd(first.replace(/[.;:]$/, '') || v.status, REASON_MAX)
}

const AUTH_HINT = 'the registry asked for credentials: log in before this step (docker/login-action) or set registry-username and registry-password'

/** Hints from the verifier, plus those the status alone tells (an auth challenge). */
export function hintsOf(v: Pick<Verdict, 'hints' | 'status'>): string[] {
  const hints = [...(v.hints ?? [])]
  if (v.status === 'auth-error' && !hints.includes(AUTH_HINT)) hints.push(AUTH_HINT)
  return hints
}
