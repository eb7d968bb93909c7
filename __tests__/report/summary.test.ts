import { describe, expect, it } from '@jest/globals'
import { renderSummary, toAnnotations, limitAnnotations, toPlainLines, fileUrl, type RunContext } from '../../src/report/index.js'
import { countVerdicts } from '../../src/policy/index.js'
import { item, policy, DIGEST_B } from './fixtures.js'

const run: RunContext = { server_url: 'https://codeberg.org', repository: 'acme/app', sha: 'abc123', ref: null, workflow: null, run_id: null, run_attempt: null }

function summaryOf(items = [item(), item({ status: 'unsigned', digest: DIGEST_B, details: 'no signature in referrers, referrers-tag or sig-tag' })], p = policy()) {
  return renderSummary({ items, counts: countVerdicts(items.map(i => i.verdict), p), policy: p, run, platform: 'forgejo', resultsFile: '/tmp/r.ndjson' })
}

describe('renderSummary', () => {
  describe('when the policy is permissive', () => {
    it('says so plainly and shows the counts', () => {
      const s = summaryOf()
      expect(s).toMatch(/Permissive policy/)
      expect(s).toMatch(/\*\*2\*\* images checked/)
      expect(s).toMatch(/\*\*1\*\* verified/)
    })
  })

  describe('when it reports telemetry', () => {
    it('prints the seed counters with their values', () => {
      const s = summaryOf()
      expect(s).toContain('cicd_images_checked_total{repo="acme/app",workflow=""} 2')
      expect(s).toContain('cicd_unsigned_image_total{repo="acme/app",workflow=""} 1')
    })
  })

  describe('when an image is unsigned', () => {
    it('lists it first and explains why below the table', () => {
      const s = summaryOf()
      const rows = s.split('\n').filter(l => l.startsWith('| ') && !l.startsWith('| Status') && !l.startsWith('| ---'))
      expect(rows[0]).toContain('unsigned')
      expect(s).toContain('no signature in referrers, referrers-tag or sig-tag')
    })
    it('links the reference to the file at the commit on Forgejo', () => {
      expect(summaryOf()).toContain('(https://codeberg.org/acme/app/src/commit/abc123/deploy/app.yaml#L12)')
    })
  })

  describe('when there are more images than the cap', () => {
    it('summarises the rest and points to the results file', () => {
      const items = Array.from({ length: 50 }, (_, i) => item({ digest: `sha256:${i.toString(16).padStart(64, '0')}` }))
      const s = renderSummary({ items, counts: countVerdicts(items.map(i => i.verdict), policy()), policy: policy(), run, platform: 'github', resultsFile: '/tmp/r.ndjson', maxRows: 10 })
      expect(s).toContain('40 more images are not shown here')
      expect(s).toContain('/tmp/r.ndjson')
    })
  })

  describe('when thousands of problems have long details', () => {
    it('stays under the 1 MiB summary limit', () => {
      const items = Array.from({ length: 5000 }, (_, i) => item({ status: 'unsigned', digest: `sha256:${i.toString(16).padStart(64, '0')}`, details: 'x'.repeat(400) }))
      const s = renderSummary({ items, counts: countVerdicts(items.map(i => i.verdict), policy()), policy: policy(), run, platform: 'github', resultsFile: '/tmp/r.ndjson' })
      expect(Buffer.byteLength(s)).toBeLessThan(1024 * 1024)
    })
  })
})

describe('toAnnotations', () => {
  const items = [item(), item({ status: 'unsigned', digest: DIGEST_B, details: 'no signature found' }, [{ file: 'a.yaml', line: 3, kind: 'k8s-image' }, { file: 'b.yaml', line: 9, kind: 'k8s-image' }]), item({ status: 'unpinned', digest: undefined }, [{ file: 'c.yaml', line: 1, kind: 'compose-image' }])]

  describe('when signing is required', () => {
    it('makes errors of findings, one per occurrence, most serious first', () => {
      const a = toAnnotations(items, policy({ requireSigned: true }))
      expect(a.map(x => [x.level, x.file, x.line])).toEqual([
        ['error', 'a.yaml', 3],
        ['error', 'b.yaml', 9],
        ['warning', 'c.yaml', 1]
      ])
      expect(a[0].message).toContain('unsigned')
    })
  })

  describe('when signing is not required', () => {
    it('only warns', () => {
      expect(toAnnotations(items, policy()).every(x => x.level === 'warning')).toBe(true)
    })
  })

  describe('limitAnnotations', () => {
    it('keeps at most the per-level limit and counts the rest', () => {
      const many = Array.from({ length: 25 }, (_, i) => ({ level: 'error' as const, file: 'f', line: i + 1, title: 't', message: 'm' }))
      const { shown, hidden } = limitAnnotations(many)
      expect(shown).toHaveLength(10)
      expect(hidden).toBe(15)
    })
  })

  describe('toPlainLines', () => {
    it('prints path:line: message for runners without annotations', () => {
      expect(toPlainLines(toAnnotations(items, policy()))[0]).toMatch(/^a\.yaml:3: warning: ghcr\.io\/acme\/app@sha256:b+: unsigned: no signature found$/)
    })
  })
})

describe('fileUrl', () => {
  it('uses blob/<sha> on GitHub', () => {
    expect(fileUrl({ ...run, server_url: 'https://github.com' }, 'github', 'k8s/a b.yaml', 4)).toBe('https://github.com/acme/app/blob/abc123/k8s/a%20b.yaml#L4')
  })
  it('gives nothing without a commit', () => {
    expect(fileUrl({ ...run, sha: null }, 'github', 'x', 1)).toBeNull()
  })
})
