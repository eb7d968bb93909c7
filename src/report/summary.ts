import type { Counts, Policy } from '../policy/index.js'
import { describePolicy, isFinding } from '../policy/index.js'
import { STATUS_ICON, STATUS_RANK, cell, shortDigest } from './format.js'
import type { ReportItem } from './record.js'
import { policySummaryLines } from './policy-summary.js'
import { fileUrl, type Platform, type RunContext } from './run-context.js'

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
}

export function sortItems(items: readonly ReportItem[], policy: Policy): ReportItem[] {
  return [...items].sort(
    (a, b) =>
      Number(isFinding(b.verdict, policy)) - Number(isFinding(a.verdict, policy)) ||
      STATUS_RANK[a.verdict.status] - STATUS_RANK[b.verdict.status] ||
      imageOf(a).localeCompare(imageOf(b))
  )
}

function imageOf(item: ReportItem): string {
  const base = `${item.registry}/${item.repository}`
  return item.verdict.digest ? `${base}@${item.verdict.digest}` : `${base}:${item.tags[0] ?? ''}`
}

function where(item: ReportItem, input: SummaryInput): string {
  const links = item.sources.slice(0, 3).map(s => {
    const url = fileUrl(input.run, input.platform, s.file, s.line)
    const label = `${s.file}:${s.line}`
    return url ? `[${cell(label)}](${url})` : `\`${cell(label)}\``
  })
  if (item.sources.length > 3) links.push(`+${item.sources.length - 3} more`)
  return links.join('<br>')
}

function row(item: ReportItem, input: SummaryInput): string {
  const v = item.verdict
  const image = `${item.registry}/${item.repository}${item.tags.length ? `:${item.tags.join(',')}` : ''}${v.digest ? `@${shortDigest(v.digest)}` : ''}`
  const signer = v.signerSubject ? `${cell(v.signerSubject)}${v.signerIssuer ? `<br><sub>${cell(v.signerIssuer)}</sub>` : ''}` : '—'
  const format = v.signatureFormat ? `${v.signatureFormat}${v.signatureLocation ? ` (${v.signatureLocation})` : ''}` : '—'
  const finding = isFinding(v, input.policy) ? ' **finding**' : ''
  return `| ${STATUS_ICON[v.status]} ${v.status}${finding} | \`${cell(image)}\` | ${signer} | ${format} | ${where(item, input)} |`
}

/** Counters in the shape seed 003's dashboards use, for people who scrape summaries or logs. */
export function telemetryLines(counts: Counts, run: RunContext): string[] {
  const labels = `repo="${run.repository ?? ''}",workflow="${run.workflow ?? ''}"`
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
  out.push(
    `**${counts.images}** images checked · ✅ **${counts.verified}** verified · ❌ **${counts.unsigned}** unsigned · ` +
      `⚠️ **${counts.failed}** failed · 📌 **${counts.unpinned}** unpinned · 🚩 **${counts.findings}** findings`,
    ''
  )
  const perImage = policySummaryLines(input.items, input.policy.requireSigned)
  if (perImage.length > 0) out.push(`> Per-image policy (the \`policy\` input): every image must satisfy each policy that matches it.${counts.exempt ? ` ${counts.exempt} images are exempt.` : ''}`)
  else for (const line of describePolicy(input.policy)) out.push(`> ${line}`)
  out.push('', ...perImage)
  for (const note of input.notes ?? []) out.push(`- ${note}`)
  if (input.notes?.length) out.push('')
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
    out.push('', `${sorted.length - shown} more images are not shown here; every result is in \`${input.resultsFile}\`.`)
  }
  const problems = sorted.filter(i => i.verdict.status !== 'verified' && !(i.verdict.status === 'exempt' && i.verdict.policy?.exemption))
  if (problems.length > 0) {
    out.push('', '<details><summary>Why images were not verified</summary>', '')
    for (const item of problems) {
      const line = `- **${imageOf(item)}** (${item.verdict.status}): ${item.verdict.details}`
      bytes += Buffer.byteLength(line) + 1
      if (bytes > SUMMARY_BYTE_BUDGET) {
        out.push(`- … details of the remaining images are in \`${input.resultsFile}\`.`)
        break
      }
      out.push(line)
    }
    out.push('', '</details>')
  }
  out.push('', '<details><summary>Telemetry</summary>', '', '```', ...telemetryLines(counts, input.run), '```', '', '</details>')
  return out.join('\n') + '\n'
}
