import { messageOf } from '../errors.js'
import type { Logger } from '../logger.js'
import type { Counts, Policy } from '../policy/index.js'
import { reasonOf, hintsOf, sortItems, toAnnotations, type Platform, type ReportItem, type RunContext } from '../report/index.js'
import { truncateEnd } from '../text.js'
import type { CheckAnnotation, ForgeClient } from './client.js'
import { commentAction, commentMarker, renderComment } from './comment.js'
import { ForgeError } from './errors.js'
import { mdText } from './markdown.js'
import type { PullRequest } from './pull-request.js'

export interface FeedbackInput {
  items: readonly ReportItem[]
  counts: Counts
  policy: Policy
  policyFailed: boolean
  run: RunContext
  platform: Platform
  pr: PullRequest | null
  /** Null when there is no token or no API URL: nothing is published. */
  client: ForgeClient | null
  prComment: 'auto' | 'always' | 'never'
  workflow: string
  job: string
  /** Commit the check run is attached to outside pull requests. */
  sha: string | null
  prefix: string
  logger: Logger
}

export interface FeedbackResult {
  /** True when a check run carries every annotation: workflow-command annotations are not needed. */
  checkRun: boolean
  comment: 'created' | 'updated' | 'skipped' | 'failed'
  notes: string[]
}

/** Bounds the requests one run makes: 1,000 annotations are 20 requests of 50. */
export const MAX_CHECK_ANNOTATIONS = 1000

const COMMENT_PERMISSION: Record<ForgeClient['platform'], string> = {
  github: '`pull-requests: write` (or `issues: write`)',
  forgejo: 'write access to issues and pull requests (`pull-requests: write`)'
}

function permissionProblem(e: unknown): string {
  if (e instanceof ForgeError && e.status !== undefined) return `HTTP ${e.status}`
  return messageOf(e)
}

export function toCheckAnnotations(items: readonly ReportItem[], policy: Policy, prefix: string): CheckAnnotation[] {
  return toAnnotations(items, policy).map(a => ({
    path: prefix ? `${prefix}/${a.file}` : a.file,
    start_line: a.line,
    end_line: a.line,
    annotation_level: a.level === 'error' ? 'failure' : 'warning',
    title: truncateEnd(a.title, 255),
    message: truncateEnd(a.message, 4000)
  }))
}

function checkSummary(input: FeedbackInput): string {
  const c = input.counts
  const lines = [`**${c.images}** images · ✅ ${c.verified} verified · ❌ ${c.unsigned} unsigned · ⚠️ ${c.failed} failed · 📌 ${c.unpinned} unpinned · 🚩 ${c.findings} findings`, '']
  for (const item of sortItems(input.items, input.policy).filter(i => i.verdict.status !== 'verified').slice(0, 100)) {
    const hint = hintsOf(item.verdict)[0]
    lines.push(`- ${item.introduced === true ? '🆕 ' : ''}${mdText(`${item.registry}/${item.repository}`, 90)} — ${item.verdict.status}: ${mdText(reasonOf(item.verdict), 170)}${hint ? ` (hint: ${mdText(hint, 160)})` : ''}`)
  }
  return lines.join('\n')
}

async function publishCheckRun(input: FeedbackInput, client: ForgeClient, notes: string[]): Promise<boolean> {
  if (!client.createCheckRun || !input.run.repository) return false
  const sha = input.pr?.headSha ?? input.sha
  if (!sha) return false
  if (input.pr?.fork) {
    input.logger.warning('pull request from a fork: its token is read-only, so no check run (needs `checks: write`); annotations fall back to workflow commands (GitHub shows 10 per level)')
    return false
  }
  const [owner, repo] = input.run.repository.split('/')
  const all = toCheckAnnotations(input.items, input.policy, input.prefix)
  const annotations = all.slice(0, MAX_CHECK_ANNOTATIONS)
  if (all.length > annotations.length) notes.push(`Check run: the first ${MAX_CHECK_ANNOTATIONS} of ${all.length} annotations; every result is in the results file.`)
  try {
    const { requests } = await client.createCheckRun(owner, repo, {
      name: `${input.job} · cosign images`,
      headSha: sha,
      conclusion: input.policyFailed ? 'failure' : annotations.length > 0 ? 'neutral' : 'success',
      title: input.policyFailed ? `${input.counts.findings} images break the policy` : annotations.length > 0 ? `${annotations.length} warnings` : 'All images verify',
      summary: checkSummary(input),
      annotations
    })
    notes.push(`Check run: ${annotations.length} annotations in ${requests} request(s).`)
    return true
  } catch (e) {
    input.logger.warning(`could not create a check run (${permissionProblem(e)}): the token needs \`checks: write\`; annotations fall back to workflow commands (GitHub shows 10 per level)`)
    return false
  }
}

async function publishComment(input: FeedbackInput, client: ForgeClient): Promise<FeedbackResult['comment']> {
  const pr = input.pr
  if (!pr || input.prComment === 'never') return 'skipped'
  if (pr.fork) {
    input.logger.warning(`pull request from a fork: its token is read-only, so no pull-request comment (needs ${COMMENT_PERMISSION[client.platform]})`)
    return 'skipped'
  }
  const marker = commentMarker(input.workflow, input.job)
  try {
    // Only a comment that starts with our marker is ours; a marker quoted elsewhere is not.
    const marked = (await client.listComments(pr)).filter(c => c.body.startsWith(marker))
    // Anyone can compute the marker (review finding 10): ours is also written by the token's own identity.
    const me = marked.length > 0 ? (await client.ownLogin().catch(() => null))?.toLowerCase() : undefined
    const existing = me ? marked.filter(c => c.author?.toLowerCase() === me) : []
    const hasProblems = input.items.some(i => i.verdict.status !== 'verified')
    const action = commentAction(input.prComment, hasProblems, existing.length > 0)
    if (action === 'skip') return 'skipped'
    const body = renderComment({ marker, items: input.items, counts: input.counts, policy: input.policy, run: input.run, platform: input.platform, workflow: input.workflow, job: input.job, headSha: pr.headSha, prefix: input.prefix })
    if (action === 'update') {
      try {
        await client.updateComment(pr, existing[existing.length - 1].id, body)
        return 'updated'
      } catch (e) {
        input.logger.warning(`could not update the earlier pull-request comment (${permissionProblem(e)}); writing a new one`)
      }
    }
    await client.createComment(pr, body)
    return 'created'
  } catch (e) {
    input.logger.warning(`could not write the pull-request comment (${permissionProblem(e)}): the token needs ${COMMENT_PERMISSION[client.platform]}`)
    return 'failed'
  }
}

/** Check run (GitHub) and sticky comment (GitHub, Forgejo). Never fails the step: problems are warnings. */
export async function publishFeedback(input: FeedbackInput): Promise<FeedbackResult> {
  const notes: string[] = []
  if (!input.client) return { checkRun: false, comment: 'skipped', notes }
  const checkRun = await publishCheckRun(input, input.client, notes)
  const comment = await publishComment(input, input.client)
  if (comment === 'created' || comment === 'updated') notes.push(`Pull-request comment ${comment}.`)
  return { checkRun, comment, notes }
}
