import type { ImageName, PolicySet } from './model.js'
import { planImage, type Effective } from './plan.js'

/** One line of `policy explain --format ndjson`; the field names are a contract. */
export interface ExplainLine {
  image: string
  policies: { name: string; kind: string; file: string; line: number; mode: string; authorities: string[] }[]
  no_match: boolean
  effective: Effective
}

/** Which policies govern an image and what happens if nothing verifies. Offline: no network, no trust. */
export function explainImage(set: PolicySet, image: ImageName, written: string, now: Date): ExplainLine {
  const plan = planImage(set, image, now)
  return {
    image: written,
    policies: plan.policies.map(p => ({
      name: p.policy.name,
      kind: p.policy.kind,
      file: p.policy.position.file,
      line: p.policy.position.line,
      mode: p.mode,
      authorities: p.policy.authorities.map(a => a.name)
    })),
    no_match: plan.noMatch,
    effective: plan.effective
  }
}

// Names and references come from workspace files: no terminal control sequences in the table.
// eslint-disable-next-line no-control-regex
const plain = (text: string): string => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?')

/** The same lines as a table for people. */
export function renderExplainTable(lines: readonly ExplainLine[]): string {
  const rows = lines.map(l => [l.image, l.effective, l.no_match ? '(no policy matches)' : l.policies.map(p => `${p.name} [${p.mode}]: ${p.authorities.join(', ') || '—'}`).join('; ')].map(plain))
  const header = ['IMAGE', 'IF UNVERIFIED', 'POLICIES (mode: authorities)']
  const widths = header.map((h, c) => Math.min(Math.max(h.length, ...rows.map(r => r[c].length)), 80))
  const fmt = (cells: string[]): string => cells.map((t, c) => (c === cells.length - 1 ? t : t.padEnd(widths[c]))).join('  ').trimEnd()
  return [fmt(header), fmt(widths.map(w => '-'.repeat(w))), ...rows.map(fmt)].join('\n')
}
