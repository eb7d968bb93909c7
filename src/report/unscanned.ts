import type { Annotation } from './annotations.js'
import { markdownUrl } from './escape.js'
import { cell, codeCell } from './format.js'
import { fileUrl, type Platform, type RunContext } from './run-context.js'

/** A workspace file that could hold an image reference but was not read in full (scan's UnscannedFile). */
export interface UnscannedEntry {
  file: string
  line?: number
  code: string
  reason: string
}

const TITLE = 'File not scanned'

/** One annotation per unscanned file: an error when signed images are required (fail closed). */
export function unscannedAnnotations(unscanned: readonly UnscannedEntry[], requireSigned: boolean): Annotation[] {
  return unscanned.map(u => ({
    level: requireSigned ? 'error' : 'warning',
    file: u.file,
    line: u.line ?? 1,
    title: TITLE,
    message: `not scanned (${u.code}): ${u.reason}; any image it references was not checked`
  }))
}

/** The summary section listing unscanned files; empty when there are none. */
export function unscannedSection(unscanned: readonly UnscannedEntry[], requireSigned: boolean, run: RunContext, platform: Platform): string[] {
  if (unscanned.length === 0) return []
  const out = [
    '### Files not scanned',
    '',
    requireSigned
      ? `🚩 **${unscanned.length}** files could hold image references but could not be read in full; with \`require-signed\` each one is a finding.`
      : `⚠️ **${unscanned.length}** files could hold image references but could not be read in full; images they reference were not checked.`,
    '',
    '| File | Cause | Details |',
    '| --- | --- | --- |'
  ]
  for (const u of unscanned.slice(0, 100)) {
    const label = `${u.file}${u.line === undefined ? '' : `:${u.line}`}`
    const url = fileUrl(run, platform, u.file, u.line ?? 1)
    out.push(`| ${url ? `[${cell(label)}](${markdownUrl(url)})` : codeCell(label)} | \`${u.code}\` | ${cell(u.reason)} |`)
  }
  if (unscanned.length > 100) out.push('', `${unscanned.length - 100} more are listed in the log.`)
  out.push('')
  return out
}
