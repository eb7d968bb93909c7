import type { Verdict } from '../policy/index.js'
import { isFinding } from '../policy/index.js'
import { cell, codeCell, shortDigest } from './format.js'
import type { ReportItem } from './record.js'

const imageOf = (item: ReportItem): string => `${item.registry}/${item.repository}${item.verdict.digest ? `@${shortDigest(item.verdict.digest)}` : ''}`

interface Group {
  mode: string
  images: number
  verified: number
  findings: number
  warnings: number
}

/**
 * The per-image policy part of the job summary: images grouped by the policies that decided
 * them, then every exemption, expired ones first. Empty without the `policy` input.
 */
export function policySummaryLines(items: readonly ReportItem[], requireSigned: boolean): string[] {
  const decided = items.filter((i): i is ReportItem & { verdict: Verdict & { policy: NonNullable<Verdict['policy']> } } => i.verdict.policy !== undefined)
  if (decided.length === 0) return []
  const groups = new Map<string, Group>()
  const add = (name: string, mode: string, item: ReportItem): void => {
    const g = groups.get(name) ?? { mode, images: 0, verified: 0, findings: 0, warnings: 0 }
    g.images++
    if (item.verdict.status === 'verified') g.verified++
    else if (isFinding(item.verdict, { requireSigned, requirePinned: false })) g.findings++
    else if (item.verdict.status !== 'exempt') g.warnings++
    groups.set(name, g)
  }
  for (const item of decided) {
    const p = item.verdict.policy
    if (p.noMatch) add(`(no policy: no-match ${p.effective})`, p.effective, item)
    for (const policy of p.policies) add(policy.name, policy.mode, item)
  }
  const out = ['### Images by policy', '', '| Policy | Mode | Images | Verified | Findings | Warnings |', '| --- | --- | --- | --- | --- | --- |']
  for (const [name, g] of groups) out.push(`| ${cell(name)} | ${g.mode} | ${g.images} | ${g.verified} | ${g.findings} | ${g.warnings} |`)
  const exemptions = decided
    .filter(i => i.verdict.policy.exemption)
    .sort((a, b) => Number(b.verdict.policy.exemption?.expired) - Number(a.verdict.policy.exemption?.expired) || imageOf(a).localeCompare(imageOf(b)))
  if (exemptions.length > 0) {
    out.push('', '### Exemptions', '')
    for (const item of exemptions) {
      const e = item.verdict.policy.exemption!
      const when = e.expired ? `**expired on ${cell(e.expires ?? '')}**, now enforced` : e.expires ? `until ${cell(e.expires)}` : 'no expiry'
      out.push(`- ${codeCell(imageOf(item))}: ${cell(e.policy)}, ${when}: ${cell(e.reason)}`)
    }
  }
  out.push('')
  return out
}
