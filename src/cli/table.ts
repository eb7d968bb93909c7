import type { ImageRef, UnscannedFile } from '../scan/index.js'
import type { Counts, Status } from '../policy/index.js'
import type { ReportItem } from '../report/index.js'
import { shortDigest, STATUS_RANK } from '../report/index.js'

const COLORS: Partial<Record<Status, string>> = {
  verified: '\x1b[32m',
  unsigned: '\x1b[31m',
  'untrusted-signer': '\x1b[31m',
  'invalid-signature': '\x1b[31m',
  unpinned: '\x1b[33m'
}
const DEFAULT_COLOR = '\x1b[35m'
const RESET = '\x1b[0m'

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length)
}

function table(header: string[], rows: string[][], paint?: (row: number, col: number, text: string) => string): string {
  const widths = header.map((h, c) => Math.min(Math.max(h.length, ...rows.map(r => r[c].length)), 80))
  const line = (cells: string[], row: number): string =>
    cells.map((text, c) => (c === cells.length - 1 ? text : pad(text, widths[c]))).map((text, c) => (paint && row >= 0 ? paint(row, c, text) : text)).join('  ').trimEnd()
  return [line(header, -1), line(widths.map(w => '-'.repeat(w)), -1), ...rows.map(line)].join('\n')
}

export function renderScanTable(refs: readonly ImageRef[]): string {
  if (refs.length === 0) return 'No image references found.'
  const rows = refs.map(r => [`${r.file}:${r.line}`, r.kind, r.digest ? 'pinned' : 'unpinned', r.ref])
  return table(['LOCATION', 'KIND', 'PIN', 'REFERENCE'], rows)
}

export function renderVerifyTable(items: readonly ReportItem[], color: boolean): string {
  if (items.length === 0) return 'No images to verify.'
  const sorted = [...items].sort((a, b) => STATUS_RANK[a.verdict.status] - STATUS_RANK[b.verdict.status])
  const rows = sorted.map(i => {
    const v = i.verdict
    const image = `${i.registry}/${i.repository}${v.digest ? `@${shortDigest(v.digest)}` : `:${i.tags[0] ?? 'latest'}`}`
    const signer = v.signerSubject ? `${v.signerSubject}${v.signerIssuer ? ` (${v.signerIssuer})` : ''}` : '-'
    const where = i.sources[0] ? `${i.sources[0].file}:${i.sources[0].line}${i.sources.length > 1 ? ` +${i.sources.length - 1}` : ''}` : '-'
    return [v.status, image, v.signatureFormat ?? '-', where, signer]
  })
  const paint = color
    ? (row: number, col: number, text: string) => (col === 0 ? `${COLORS[sorted[row].verdict.status] ?? DEFAULT_COLOR}${text}${RESET}` : text)
    : undefined
  return table(['STATUS', 'IMAGE', 'FORMAT', 'REFERENCED IN', 'SIGNER'], rows, paint)
}

export function renderCounts(c: Counts): string {
  return `${c.images} images: ${c.verified} verified, ${c.unsigned} unsigned, ${c.failed} failed; ${c.unpinned} unpinned references; ${c.findings} findings`
}

export function renderProblems(items: readonly ReportItem[]): string {
  return items
    .filter(i => i.verdict.status !== 'verified')
    .map(i => `  ${i.registry}/${i.repository}${i.verdict.digest ? `@${i.verdict.digest}` : ''}: ${i.verdict.status}: ${i.verdict.details}`)
    .join('\n')
}

export function renderUnscanned(unscanned: readonly UnscannedFile[]): string {
  return unscanned.map(u => `  ${u.file}${u.line === undefined ? '' : `:${u.line}`}: ${u.code}: ${u.reason}`).join('\n')
}
