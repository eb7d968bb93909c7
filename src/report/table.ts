import type { ImageRef, UnscannedFile } from '../scan/index.js'
import { isFinding, type Counts, type Policy } from '../policy/index.js'
import type { ReportItem } from './record.js'
import { shortDigest, STATUS_RANK } from './format.js'
import { hintsOf, reasonOf } from './reason.js'
import { defuseCommands, escapeControls } from './escape.js'
import { truncateMiddle } from '../text.js'

/** Terminals are assumed 120 columns wide; full values are in `--format ndjson`. */
export const TABLE_WIDTH = 120
const GAP = '  '

const GREEN = '\x1b[32m'
const YELLOW = '\x1b[33m'
const RED = '\x1b[31m'
const RESET = '\x1b[0m'

const width = (text: string): number => [...text].length

function pad(text: string, w: number): string {
  return width(text) >= w ? text : text + ' '.repeat(w - width(text))
}

/** Column widths that fit `max`: the widest columns give way first, never below their header. */
export function fitWidths(header: readonly string[], rows: readonly string[][], max = TABLE_WIDTH): number[] {
  const widths = header.map((h, c) => Math.max(width(h), ...rows.map(r => width(r[c]))))
  const budget = max - GAP.length * (header.length - 1)
  let total = widths.reduce((a, b) => a + b, 0)
  // The last column (signer, reference) is the least read: it gives way first, down to 20.
  const last = widths.length - 1
  while (total > budget && widths[last] > Math.max(20, width(header[last]) + 1)) {
    widths[last]--
    total--
  }
  while (total > budget) {
    let widest = -1
    for (let c = 0; c < widths.length; c++) if (widths[c] > width(header[c]) + 1 && (widest < 0 || widths[c] > widths[widest])) widest = c
    if (widest < 0) break
    widths[widest]--
    total--
  }
  return widths
}

/** Every cell is a value from outside: escaped before it is measured, truncated, padded or painted. */
function table(header: string[], cells: string[][], paint?: (row: number, text: string) => string): string {
  const rows = cells.map(r => r.map(escapeControls))
  const widths = fitWidths(header, rows)
  const line = (cells: string[], row: number): string =>
    cells
      .map((text, c) => {
        const fitted = truncateMiddle(text, widths[c])
        const padded = c === cells.length - 1 ? fitted : pad(fitted, widths[c])
        return c === 0 && paint && row >= 0 ? paint(row, padded) : padded
      })
      .join(GAP)
      .trimEnd()
  return [line(header, -1), line(widths.map(w => '-'.repeat(w)), -1), ...rows.map(line)].map(defuseCommands).join('\n')
}

export function renderScanTable(refs: readonly ImageRef[]): string {
  if (refs.length === 0) return 'No image references found.'
  const rows = refs.map(r => [`${r.file}:${r.line}`, r.kind, r.digest ? 'pinned' : 'unpinned', r.ref])
  return table(['LOCATION', 'KIND', 'PIN', 'REFERENCE'], rows)
}

/** Red only for findings (they fail the run); problems that are warnings are yellow. */
export function severityColor(item: ReportItem, policy: Pick<Policy, 'requireSigned' | 'requirePinned'>): string {
  if (item.verdict.status === 'verified') return GREEN
  return isFinding(item.verdict, policy) ? RED : YELLOW
}

export function renderVerifyTable(items: readonly ReportItem[], color: boolean, policy: Pick<Policy, 'requireSigned' | 'requirePinned'> = { requireSigned: false, requirePinned: false }): string {
  if (items.length === 0) return 'No images to verify.'
  const sorted = [...items].sort((a, b) => STATUS_RANK[a.verdict.status] - STATUS_RANK[b.verdict.status])
  const rows = sorted.map(i => {
    const v = i.verdict
    const image = `${i.registry}/${i.repository}${v.digest ? `@${shortDigest(v.digest)}` : `:${i.tags[0] ?? 'latest'}`}`
    const signer = v.signerSubject ?? '-'
    const where = i.sources[0] ? `${i.sources[0].file}:${i.sources[0].line}${i.sources.length > 1 ? ` +${i.sources.length - 1}` : ''}` : '-'
    return [v.status, image, v.signatureFormat ?? '-', where, signer]
  })
  const paint = color ? (row: number, text: string) => `${severityColor(sorted[row], policy)}${text}${RESET}` : undefined
  return table(['STATUS', 'IMAGE', 'FORMAT', 'REFERENCED IN', 'SIGNER'], rows, paint)
}

export function renderCounts(c: Counts): string {
  return `${c.images} images: ${c.verified} verified, ${c.unsigned} unsigned, ${c.failed} failed; ${c.unpinned} unpinned references; ${c.findings} findings`
}

/** One line per image that is not verified (its short reason), and its hints below it. */
export function renderProblems(items: readonly ReportItem[]): string {
  return items
    .filter(i => i.verdict.status !== 'verified')
    .flatMap(i => [
      `  ${escapeControls(truncateMiddle(`${i.registry}/${i.repository}${i.verdict.digest ? `@${shortDigest(i.verdict.digest)}` : ''}`, 60))}: ${i.verdict.status}: ${escapeControls(reasonOf(i.verdict))}`,
      ...hintsOf(i.verdict).map(h => `    hint: ${escapeControls(h)}`)
    ])
    .join('\n')
}

export function renderUnscanned(unscanned: readonly UnscannedFile[]): string {
  return unscanned.map(u => `  ${escapeControls(`${u.file}${u.line === undefined ? '' : `:${u.line}`}: ${u.code}: ${u.reason}`)}`).join('\n')
}
