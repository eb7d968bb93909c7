import { describe, expect, it } from '@jest/globals'
import * as core from '../../src/action-core.js'
import { cell, codeCell } from '../../src/report/format.js'
import { renderSignSummary, type SignatureOutput, type SignSummaryInput } from '../../src/report/index.js'
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
