import type { Policy } from '../policy/index.js'
import { isFinding } from '../policy/index.js'
import type { ReportItem } from './record.js'
import { sortItems } from './order.js'
import { toLogLine } from './escape.js'
import { hintsOf, reasonOf } from './reason.js'

export interface Annotation {
  level: 'error' | 'warning'
  file: string
  line: number
  title: string
  message: string
}

/** GitHub shows at most 10 errors and 10 warnings per step; the rest are only in the summary. */
export const ANNOTATION_LIMIT_PER_LEVEL = 10

/** One annotation per occurrence of every image that is not verified, most serious first. */
export function toAnnotations(items: readonly ReportItem[], policy: Policy): Annotation[] {
  const out: Annotation[] = []
  for (const item of sortItems(items, policy)) {
    const v = item.verdict
    if (v.status === 'verified') continue
    // Exempt by decision: only an image no policy covers under no-match warn is worth a warning.
    if (v.status === 'exempt' && !(v.policy?.noMatch && v.policy.effective === 'warn')) continue
    const level = isFinding(v, policy) ? 'error' : 'warning'
    const image = `${item.registry}/${item.repository}${v.digest ? `@${v.digest}` : item.tags[0] ? `:${item.tags[0]}` : ''}`
    const hint = hintsOf(v)[0]
    const reason = `${reasonOf(v)}${hint ? ` (hint: ${hint})` : ''}`
    for (const s of item.sources) {
      out.push({ level, file: s.file, line: s.line, title: `${item.introduced === true ? 'New: ' : ''}Image ${v.status}`, message: `${image}: ${v.status}: ${reason}` })
    }
  }
  return out
}

/** Splits annotations into those the platform will show and how many it would drop. */
export function limitAnnotations(all: readonly Annotation[], limit = ANNOTATION_LIMIT_PER_LEVEL): { shown: Annotation[]; hidden: number } {
  const used = { error: 0, warning: 0 }
  const shown: Annotation[] = []
  for (const a of all) {
    if (used[a.level] < limit) {
      used[a.level]++
      shown.push(a)
    }
  }
  return { shown, hidden: all.length - shown.length }
}

/**
 * Plain `path:line: message` lines, for runners that do not render annotations (Forgejo, Gitea).
 * Each is one escaped log line: the path leads the line, and a path is the pull request's to choose.
 */
export function toPlainLines(all: readonly Annotation[]): string[] {
  return all.map(a => toLogLine(`${a.file}:${a.line}: ${a.level}: ${a.message}`))
}
