import { describe, expect, it } from '@jest/globals'
import * as core from '../../src/action-core.js'
import { cell, codeCell } from '../../src/report/format.js'
import { renderExplainSummary, renderScanSummary, renderSignSummary, runContextFromEnv, unscannedSection, type SignatureOutput, type SignSummaryInput } from '../../src/report/index.js'
import type { ExplainLine } from '../../src/policy/index.js'
import { DIGEST_A, DIGEST_B, item } from './fixtures.js'

const signature = (over: Partial<SignatureOutput> = {}): SignatureOutput => ({
  image: `ghcr.io/acme/app@${DIGEST_A}`,
  digest: DIGEST_A,
  format: 'sigstore-bundle',
  location: `ghcr.io/acme/app@${DIGEST_B}`,
  storage: 'referrers',
  tlogIndex: 7,
  identity: { subject: 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main', issuer: 'https://token.actions.githubusercontent.com', keyBased: false },
  ...over
})

/** The summary as main.ts built it with the runner's summary builder before it moved to report/. */
function builtWithCore(input: SignSummaryInput): string {
  core.summary.emptyBuffer()
  const rows = input.signatures.map(s => [s.image, s.format, s.location, s.tlogIndex === null ? '—' : String(s.tlogIndex), s.identity.issuer ? `${s.identity.subject} (${s.identity.issuer})` : s.identity.subject])
  const failed = input.items.filter(i => i.verdict.status !== 'verified').map(i => `- ${codeCell(`${i.verdict.name}${i.verdict.digest ? `@${i.verdict.digest}` : ''}`)}: ${i.verdict.status}: ${cell(i.verdict.details)}`)
  core.summary.addHeading('Signed images', 2).addRaw(`${cell(input.text.split('\n')[0])}\n\n`)
  if (rows.length > 0) core.summary.addTable([['Image', 'Format', 'Location', 'Tlog index', 'Identity'].map(data => ({ data, header: true })), ...rows])
  if (failed.length > 0) core.summary.addRaw(`\n**Not signed or not verified:**\n\n${failed.join('\n')}\n`)
  core.summary.addRaw(`\n${input.notes.map(n => `- ${cell(n)}`).join('\n')}\n`)
  const out = core.summary.stringify()
  core.summary.emptyBuffer()
  return out
}

describe('renderSignSummary', () => {
  describe('when some images were signed and one was not', () => {
    it('writes what the runner summary builder wrote, every outside value escaped', () => {
      const input: SignSummaryInput = {
        text: 'Signed 1 of 2 images (bundle).\n✓ …',
        signatures: [signature(), signature({ tlogIndex: null, identity: { subject: 'key <b>|x|</b>', issuer: null, keyBased: true } })],
        items: [item(), item({ status: 'auth-error', details: 'denied | <script>' })],
        notes: ['a warning with | pipe', 'Upload: skipped']
      }
      const html = renderSignSummary(input)
      expect(html).toBe(builtWithCore(input))
      expect(html).not.toContain('<script>')
      expect(html).not.toContain('<b>')
    })
  })

  describe('when nothing was signed', () => {
    it('has no table', () => {
      const input: SignSummaryInput = { text: 'Signed 0 of 1 images.', signatures: [], items: [item({ status: 'not-found', details: 'gone' })], notes: [] }
      expect(renderSignSummary(input)).toBe(builtWithCore(input))
      expect(renderSignSummary(input)).not.toContain('<table>')
    })
  })
})

describe('renderScanSummary', () => {
  it('writes what the runner summary builder wrote: heading, counts, at most 500 rows, then the files not scanned', () => {
    const refs = Array.from({ length: 502 }, (_, i) => ({ file: `k8s/<b>${i}|.yaml`, line: i + 1, column: 3, kind: 'k8s-image', ref: `ghcr.io/acme/app${i}@${DIGEST_A}`, name: `ghcr.io/acme/app${i}`, digest: DIGEST_A }))
    const unscanned = [{ file: 'big.yaml', code: 'FILE_TOO_LARGE', reason: 'over 5 MiB' }]
    const run = runContextFromEnv({})
    const input = { refs, images: 502, unpinned: 0, filesSeen: 9, unscanned, run, platform: 'local' as const }
    core.summary.emptyBuffer()
    const expected = core.summary
      .addHeading('Image references', 2)
      .addRaw(`${refs.length} references, 502 unique digests, 0 unpinned, in 9 files.\n\n`)
      .addTable([[{ data: 'Location', header: true }, { data: 'Kind', header: true }, { data: 'Reference', header: true }], ...refs.map(r => [`${r.file}:${r.line}`, r.kind, r.ref]).slice(0, 500)])
      .addRaw(unscannedSection(unscanned, false, run, 'local').join('\n'))
      .stringify()
    core.summary.emptyBuffer()
    const html = renderScanSummary(input)
    expect(html).toBe(expected)
    expect(html).not.toContain('<b>')
    expect(html.match(/<tr>/g)).toHaveLength(501)
  })
})

describe('renderExplainSummary', () => {
  it('writes what the runner summary builder wrote', () => {
    const lines: ExplainLine[] = [
      { image: 'ghcr.io/acme/a', policies: [{ name: 'p|1', kind: 'native', file: 'p.yaml', line: 1, mode: 'enforce', authorities: ['keyless', 'key'] }], no_match: false, effective: 'fail' },
      { image: 'ghcr.io/acme/<i>b</i>', policies: [], no_match: true, effective: 'warn' }
    ] as ExplainLine[]
    core.summary.emptyBuffer()
    const rows = lines.map(l => [l.image, l.effective, l.no_match ? '(no policy matches)' : l.policies.map(p => `${p.name} [${p.mode}]: ${p.authorities.join(', ')}`).join('; ')])
    const expected = core.summary
      .addHeading('Image policy', 2)
      .addTable([[{ data: 'Image', header: true }, { data: 'If unverified', header: true }, { data: 'Policies', header: true }], ...rows])
      .stringify()
    core.summary.emptyBuffer()
    expect(renderExplainSummary(lines)).toBe(expected)
  })
})
