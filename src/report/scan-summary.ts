import type { ExplainLine } from '../policy/index.js'
import type { ImageRef } from '../scan/index.js'
import { htmlHeading, htmlTable } from './html.js'
import type { Platform, RunContext } from './run-context.js'
import { unscannedSection, type UnscannedEntry } from './unscanned.js'

/** The summary lists this many rows at most; the log and `--format ndjson` have them all. */
export const MAX_SUMMARY_TABLE_ROWS = 500

export interface ScanSummaryInput {
  refs: readonly ImageRef[]
  images: number
  unpinned: number
  filesSeen: number
  unscanned: readonly UnscannedEntry[]
  run: RunContext
  platform: Platform
}

/** The job summary of `mode: scan`: every reference found, then the files not scanned. */
export function renderScanSummary(input: ScanSummaryInput): string {
  const rows = input.refs.map(r => [`${r.file}:${r.line}`, r.kind, r.ref])
  return (
    htmlHeading('Image references', 2) +
    `${input.refs.length} references, ${input.images} unique digests, ${input.unpinned} unpinned, in ${input.filesSeen} files.\n\n` +
    htmlTable(['Location', 'Kind', 'Reference'], rows.slice(0, MAX_SUMMARY_TABLE_ROWS)) +
    unscannedSection(input.unscanned, false, input.run, input.platform).join('\n')
  )
}

/** The job summary of `mode: explain`: which policy governs each image. */
export function renderExplainSummary(lines: readonly ExplainLine[]): string {
  const rows = lines.map(l => [l.image, l.effective, l.no_match ? '(no policy matches)' : l.policies.map(p => `${p.name} [${p.mode}]: ${p.authorities.join(', ')}`).join('; ')])
  return htmlHeading('Image policy', 2) + htmlTable(['Image', 'If unverified', 'Policies'], rows.slice(0, MAX_SUMMARY_TABLE_ROWS))
}
