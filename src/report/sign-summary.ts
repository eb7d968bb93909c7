import type { SignatureFormat } from '../policy/index.js'
import { cell, codeCell } from './format.js'
import { htmlHeading as heading, htmlTable as table } from './html.js'
import type { ReportItem } from './record.js'

/** One signature or attestation a sign or attest run made: the action's `signatures` output, one entry. */
export interface SignatureOutput {
  image: string
  digest: string
  /** The same vocabulary as the results' `signature_format`. */
  format: SignatureFormat
  /** `<repo>:sha256-<hex>.sig` or `<repo>@<referrer manifest digest>`. */
  location: string
  storage: 'sig-tag' | 'att-tag' | 'referrers' | 'referrers-tag'
  tlogIndex: number | null
  identity: { subject: string; issuer: string | null; keyBased: boolean }
}

export interface SignSummaryInput {
  /** The run's text; its first line is the headline. */
  text: string
  signatures: readonly SignatureOutput[]
  items: readonly ReportItem[]
  /** Lines to list at the end (warnings, the upload outcome). */
  notes: readonly string[]
}

/** The job summary of a sign or attest run: what was signed, what was not, and the notes. */
export function renderSignSummary(input: SignSummaryInput): string {
  const rows = input.signatures.map(s => [s.image, s.format, s.location, s.tlogIndex === null ? '—' : String(s.tlogIndex), s.identity.issuer ? `${s.identity.subject} (${s.identity.issuer})` : s.identity.subject])
  const failed = input.items
    .filter(i => i.verdict.status !== 'verified')
    .map(i => `- ${codeCell(`${i.verdict.name}${i.verdict.digest ? `@${i.verdict.digest}` : ''}`)}: ${i.verdict.status}: ${cell(i.verdict.details)}`)
  let out = heading('Signed images', 2) + `${cell(input.text.split('\n')[0])}\n\n`
  if (rows.length > 0) out += table(['Image', 'Format', 'Location', 'Tlog index', 'Identity'], rows)
  if (failed.length > 0) out += `\n**Not signed or not verified:**\n\n${failed.join('\n')}\n`
  out += `\n${input.notes.map(n => `- ${cell(n)}`).join('\n')}\n`
  return out
}
