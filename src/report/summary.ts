import type { Counts, Policy } from '../policy/index.js'
import { describePolicy, isFinding } from '../policy/index.js'
import { attestationSection } from './attestations-summary.js'
import { cell, codeCell, shortDigest } from './format.js'
import { imageOf, isNewProblem, sortItems } from './order.js'
import { escapeLabelValue, markdownUrl } from './escape.js'
import type { ReportItem } from './record.js'
import { hintsOf, reasonOf } from './reason.js'
import { severityIcon } from './severity.js'
import { policySummaryLines } from './policy-summary.js'
import { fileUrl, type Platform, type RunContext } from './run-context.js'
import { unscannedSection, type UnscannedEntry } from './unscanned.js'

export const DEFAULT_SUMMARY_ROWS = 300
/** GitHub refuses step summaries over 1 MiB; stay well below it. */
export const SUMMARY_BYTE_BUDGET = 900 * 1024

export interface SummaryInput {
  items: readonly ReportItem[]
  counts: Counts
  policy: Policy
  run: RunContext
  platform: Platform
  resultsFile: string
  /** Notes to show above the table (upload outcome, skipped files…). */
  notes?: string[]
  maxRows?: number
  /** Files that could hold image references but were not read in full (issue 11, defect 3). */
  unscanned?: readonly UnscannedEntry[]
}

/** The line that opens the summary on a pull request: the images it brought in, first. */
export function newProblemsLine(sorted: readonly ReportItem[], max = 5): string | undefined {
  const fresh = sorted.filter(isNewProblem)
  if (fresh.length === 0) return undefined
  const names = fresh.slice(0, max).map(i => `${codeCell(imageOf(i))} (${i.verdict.status}${i.sources[0] ? `, ${cell(`${i.sources[0].file}:${i.sources[0].line}`)}` : ''})`)
  const more = fresh.length > max ? ` and ${fresh.length - max} more` : ''
  return `🆕 **This pull request introduces ${fresh.length} unverified image${fresh.length === 1 ? '' : 's'}:** ${names.join(', ')}${more}`
}

function where(item: ReportItem, input: SummaryInput): string {
  const links = item.sources.slice(0, 3).map(s => {
    const url = fileUrl(input.run, input.platform, s.file, s.line)
    const label = `${s.file}:${s.line}`
    return url ? `[${cell(label)}](${markdownUrl(url)})` : codeCell(label)
  })
  if (item.sources.length > 3) links.push(`+${item.sources.length - 3} more`)
  return links.join('<br>')
}

function row(item: ReportItem, input: SummaryInput): string {
  const v = item.verdict
  const image = `${item.registry}/${item.repository}${item.tags.length ? `:${item.tags.join(',')}` : ''}${v.digest ? `@${shortDigest(v.digest)}` : ''}`
  const signer = v.signerSubject ? `${cell(v.signerSubject)}${v.signerIssuer ? `<br><sub>${cell(v.signerIssuer)}</sub>` : ''}` : '—'
  const format = v.signatureFormat ? cell(`${v.signatureFormat}${v.signatureLocation ? ` (${v.signatureLocation})` : ''}`) : '—'
  const finding = `${isFinding(v, input.policy) ? ' **finding**' : ''}${isNewProblem(item) ? ' 🆕' : ''}`
  return `| ${severityIcon(v.status, isFinding(v, input.policy))} ${v.status}${finding} | ${codeCell(image)} | ${signer} | ${format} | ${where(item, input)} |`
}

/** Counters in the shape seed 003's dashboards use, for people who scrape summaries or logs. */
export function telemetryLines(counts: Counts, run: RunContext): string[] {
  const labels = `repo="${escapeLabelValue(run.repository ?? '')}",workflow="${escapeLabelValue(run.workflow ?? '')}"`
  return [
    `cicd_images_checked_total{${labels}} ${counts.images}`,
    `cicd_image_signed_total{${labels},result="verified"} ${counts.verified}`,
    `cicd_signature_verification_failure_total{${labels}} ${counts.failed}`,
    `cicd_unsigned_image_total{${labels}} ${counts.unsigned}`,
    `cicd_unpinned_image_reference_total{${labels}} ${counts.unpinned}`
  ]
}

/** The job summary as Markdown: counts and policy, the table, then details of every problem. */
export function renderSummary(input: SummaryInput): string {
  const { counts } = input
  const maxRows = input.maxRows ?? DEFAULT_SUMMARY_ROWS
  const sorted = sortItems(input.items, input.policy)
  const out: string[] = ['## Cosign image verification', '']
  const fresh = newProblemsLine(sorted)
  if (fresh) out.push(fresh, '')
  out.push(
    `**${counts.images}** images checked · ✅ **${counts.verified}** verified · ${input.policy.requireSigned ? '❌' : '⚠️'} **${counts.unsigned}** unsigned · ` +
      `⚠️ **${counts.failed}** failed · 📌 **${counts.unpinned}** unpinned · 🚩 **${counts.findings}** findings`,
    ''
  )
  const perImage = policySummaryLines(input.items, input.policy.requireSigned)
  if (perImage.length > 0) out.push(`> Per-image policy (the ${codeCell('policy')} input): every image must satisfy each policy that matches it.${counts.exempt ? ` ${counts.exempt} images are exempt.` : ''}`)
  else for (const line of describePolicy(input.policy)) out.push(`> ${cell(line)}`)
  out.push('', ...perImage)
  for (const note of input.notes ?? []) out.push(`- ${cell(note)}`)
  if (input.notes?.length) out.push('')
  out.push(...unscannedSection(input.unscanned ?? [], input.policy.requireSigned, input.run, input.platform))
  if (sorted.length === 0) {
    out.push('No image references were found.')
    return out.join('\n') + '\n'
  }
  out.push('| Status | Image | Signer | Format | Referenced in |', '| --- | --- | --- | --- | --- |')
  let bytes = Buffer.byteLength(out.join('\n'))
  let shown = 0
  for (const item of sorted) {
    const line = row(item, input)
    bytes += Buffer.byteLength(line) + 1
    if (shown >= maxRows || bytes > SUMMARY_BYTE_BUDGET / 2) break
    out.push(line)
    shown++
  }
  if (shown < sorted.length) {
    out.push('', `${sorted.length - shown} more images are not shown here; every result is in ${codeCell(input.resultsFile)}.`)
  }
  out.push(...attestationSection(sorted.slice(0, shown)))
  const problems = sorted.filter(i => i.verdict.status !== 'verified' && !(i.verdict.status === 'exempt' && i.verdict.policy?.exemption))
  if (problems.length > 0) {
    out.push('', '### Why images were not verified', '')
    for (const item of problems) {
      const hints = hintsOf(item.verdict).map(h => `<br>💡 ${cell(h)}`).join('')
      const line = `- **${cell(imageOf(item))}** (${item.verdict.status}): ${cell(reasonOf(item.verdict))}${hints}`
      bytes += Buffer.byteLength(line) + 1
      if (bytes > SUMMARY_BYTE_BUDGET / 1.5) {
        out.push(`- … the remaining images are in ${codeCell(input.resultsFile)}.`)
        break
      }
      out.push(line)
    }
    out.push('', '<details><summary>Full details</summary>', '')
    for (const item of problems) {
      const line = `- **${cell(imageOf(item))}** (${item.verdict.status}): ${cell(item.verdict.details)}`
      bytes += Buffer.byteLength(line) + 1
      if (bytes > SUMMARY_BYTE_BUDGET) {
        out.push(`- … details of the remaining images are in ${codeCell(input.resultsFile)}.`)
        break
      }
      out.push(line)
    }
    out.push('', '</details>')
  }
  out.push('', '<details><summary>Telemetry</summary>', '', '```', ...telemetryLines(counts, input.run), '```', '', '</details>')
  return out.join('\n') + '\n'
}
