import { createHash } from 'node:crypto'
import { isFinding, type Counts, type Policy } from '../policy/index.js'
import { fileUrl, reasonOf, severityIcon, shortDigest, sortItems, type Platform, type ReportItem, type RunContext } from '../report/index.js'
import { mdText, mdUrl } from './markdown.js'

export const MAX_COMMENT_ROWS = 50

/** Hidden marker naming the workflow and job, so each job keeps exactly one comment. */
export function commentMarker(workflow: string, job: string): string {
  const id = createHash('sha256').update(`${workflow}\u0000${job}`).digest('hex').slice(0, 16)
  return `<!-- fremforge-cosign:${id} -->`
}

export interface CommentInput {
  marker: string
  items: readonly ReportItem[]
  counts: Counts
  policy: Policy
  run: RunContext
  platform: Platform
  workflow: string
  job: string
  /** The PR's head commit: links point at the lines as the PR has them. */
  headSha: string
  /** Scan root inside the repository, for links. */
  prefix: string
}

function where(item: ReportItem, input: CommentInput): string {
  const links = item.sources.slice(0, 2).map(s => {
    const file = input.prefix ? `${input.prefix}/${s.file}` : s.file
    const label = mdText(`${file}:${s.line}`, 80)
    const url = fileUrl({ ...input.run, sha: input.headSha }, input.platform, file, s.line)
    const safe = url ? mdUrl(url) : null
    return safe ? `[${label}](${safe})` : label
  })
  if (item.sources.length > 2) links.push(`+${item.sources.length - 2}`)
  return links.join('<br>') || '—'
}

function row(item: ReportItem, input: CommentInput): string {
  const v = item.verdict
  const image = `${item.registry}/${item.repository}${v.digest ? `@${shortDigest(v.digest)}` : item.tags[0] ? `:${item.tags[0]}` : ''}`
  const fresh = item.introduced === true ? '🆕' : ''
  const finding = isFinding(v, input.policy)
  return `| ${fresh} | ${mdText(image, 90)} | ${severityIcon(v.status, finding)} ${v.status}${finding ? ' (finding)' : ''} | ${mdText(reasonOf(v), 170)} | ${where(item, input)} |`
}

/** The sticky comment: new unverified images first, counts, links to file:line at the head. */
export function renderComment(input: CommentInput): string {
  const problems = sortItems(input.items, input.policy).filter(i => i.verdict.status !== 'verified')
  const out = [input.marker, `### Cosign image verification · ${mdText(input.workflow, 80)} / ${mdText(input.job, 60)}`, '']
  if (problems.length === 0) {
    out.push(`✅ All ${input.counts.images} images verify against the policy${input.counts.unpinned ? `; ${input.counts.unpinned} references are unpinned` : ''}.`)
  } else {
    const fresh = problems.filter(i => i.introduced === true).length
    const old = problems.filter(i => i.introduced === false).length
    const parts = [
      `🆕 **${fresh}** new unverified image${fresh === 1 ? '' : 's'} in this pull request`,
      `**${old}** already on the base branch`,
      ...(problems.length - fresh - old > 0 ? [`**${problems.length - fresh - old}** of unknown origin`] : []),
      `✅ **${input.counts.verified}** verified`,
      `🚩 **${input.counts.findings}** findings`
    ]
    out.push(parts.join(' · '), '', '| | Image | Status | Why | Where |', '| --- | --- | --- | --- | --- |')
    for (const item of problems.slice(0, MAX_COMMENT_ROWS)) out.push(row(item, input))
    if (problems.length > MAX_COMMENT_ROWS) out.push('', `${problems.length - MAX_COMMENT_ROWS} more are listed in the job summary and the results file.`)
  }
  out.push('', `<sub>Updated for ${mdText(input.headSha.slice(0, 12), 12)}; full details in the job summary.</sub>`, '')
  return out.join('\n')
}

export type CommentAction = 'create' | 'update' | 'skip'

/** `auto`: only when there is something to say or an earlier comment to correct. */
export function commentAction(mode: 'auto' | 'always' | 'never', hasProblems: boolean, existing: boolean): CommentAction {
  if (mode === 'never') return 'skip'
  if (existing) return 'update'
  if (mode === 'always' || hasProblems) return 'create'
  return 'skip'
}
