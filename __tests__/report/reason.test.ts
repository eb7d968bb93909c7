import { describe, expect, it } from '@jest/globals'
import { explain, closeIdentityHint } from '../../src/cosign/verify/reason.js'
import type { CheckedSignature } from '../../src/cosign/verify/checked.js'
import { hintsOf, reasonOf, toAnnotations, renderSummary, REASON_MAX } from '../../src/report/index.js'
import { renderProblems, renderVerifyTable, fitWidths, TABLE_WIDTH } from '../../src/report/index.js'
import { truncateMiddle } from '../../src/text.js'
import { item, policy } from './fixtures.js'

const LONG_REGEXP = '^https://github\\.com/octo-org/octo-repo/\\.github/workflows/release\\.yml@refs/(heads/main|tags/v[0-9]+\\.[0-9]+\\.[0-9]+)$'
const FORK = 'https://github.com/someone-else/fork-of-octo-repo-with-a-very-long-name/.github/workflows/release.yml@refs/heads/feature/some-very-long-branch-name'

function untrusted(subject: string, reason = `expected an identity matching /${LONG_REGEXP}/, found ${subject}`): CheckedSignature {
  return { format: 'sigstore-bundle', location: 'referrers', source: 'sha256:1', ok: false, failure: 'SIGNATURE_UNTRUSTED', reason, identity: { subject, issuer: 'https://token.actions.githubusercontent.com', githubWorkflow: {}, keyBased: false }, tlogIndex: null, signedAt: null }
}

describe('truncateMiddle', () => {
  it('keeps both ends and the length bound', () => {
    const out = truncateMiddle('abcdefghijklmnopqrstuvwxyz', 9)
    expect(out).toBe('abcd…wxyz')
    expect([...out]).toHaveLength(9)
    expect(truncateMiddle('short', 9)).toBe('short')
  })
})

describe('explain', () => {
  describe('when the signer is another workflow', () => {
    it('says who signed and what the policy wants, in at most 160 characters', () => {
      const p = policy({ certificateIdentityRegexp: LONG_REGEXP, certificateOidcIssuer: 'https://token.actions.githubusercontent.com' })
      const found = { checked: [untrusted(FORK), untrusted(FORK)], probes: [{ location: 'referrers' as const, answer: '2 signatures' }] }
      const { reason } = explain('untrusted-signer', found, p)
      expect([...reason].length).toBeLessThanOrEqual(REASON_MAX)
      expect(reason).toMatch(/^signed by https:\/\/github\.com\/someone-else/)
      expect(reason).toContain('policy wants')
      expect(reason.split(LONG_REGEXP.slice(0, 20)).length).toBeLessThanOrEqual(2)
    })
  })
  describe('when a key-signed signature meets a keyless policy', () => {
    it('hints that `key` is missing', () => {
      const sig: CheckedSignature = { format: 'cosign-legacy', location: 'sig-tag', source: 'sha256:2', ok: false, failure: 'SIGNATURE_INVALID', reason: 'x', keySigned: true, tlogIndex: null, signedAt: null }
      const { hints, reason } = explain('invalid-signature', { checked: [sig], probes: [] }, policy())
      expect(hints.some(h => h.includes('`key`'))).toBe(true)
      expect(reason).toContain('key-signed')
    })
  })
  describe('when nothing is found', () => {
    it('names the locations probed', () => {
      const { reason, hints } = explain('unsigned', { checked: [], probes: [{ location: 'referrers', answer: 'none' }, { location: 'sig-tag', answer: 'none' }] }, policy())
      expect(reason).toBe('no signature in referrers, sig-tag')
      expect(hints).toEqual([])
    })
  })
})

describe('closeIdentityHint', () => {
  const exact = 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main'
  it('spots the same workflow at another ref', () => {
    expect(closeIdentityHint('https://github.com/acme/app/.github/workflows/release.yml@refs/heads/dev', policy({ certificateIdentity: exact }))).toContain('another ref')
  })
  it('spots a typo and a case difference', () => {
    expect(closeIdentityHint(exact.replace('acme', 'acne'), policy({ certificateIdentity: exact }))).toContain('typo')
    expect(closeIdentityHint(exact.toUpperCase(), policy({ certificateIdentity: exact }))).toContain('letter case')
    expect(closeIdentityHint(exact.replace('acme', 'ACME'), policy({ certificateIdentityRegexp: '^https://github\\.com/acme/' }))).toContain('letter case')
  })
  it('says nothing about an unrelated identity', () => {
    expect(closeIdentityHint('https://gitlab.com/x/y//.gitlab-ci.yml@refs/heads/main', policy({ certificateIdentity: exact }))).toBeUndefined()
  })
})

describe('reasonOf and hintsOf', () => {
  it('falls back to the first sentence of the details, bounded', () => {
    expect(reasonOf({ status: 'registry-error', details: `verification could not complete: ${'x'.repeat(400)}. More.` }).length).toBeLessThanOrEqual(REASON_MAX)
    expect(reasonOf({ status: 'error', details: 'line one\nline two' })).not.toContain('\n')
  })
  it('hints at credentials on auth errors', () => {
    expect(hintsOf({ status: 'auth-error' })[0]).toContain('registry-username')
    expect(hintsOf({ status: 'unsigned' })).toEqual([])
  })
})

describe('short messages everywhere', () => {
  const long = item({ status: 'untrusted-signer', signerSubject: FORK, details: `No signature satisfies the policy: ${'expected /x/ '.repeat(80)}`, reason: 'signed by someone — policy wants acme' })
  it('annotations carry the reason, not the details', () => {
    const [a] = toAnnotations([long], policy())
    expect(a.message).toContain('signed by someone')
    expect(a.message.length).toBeLessThan(300)
  })
  it('the summary prints the policy once and keeps the details collapsed', () => {
    const p = policy({ certificateIdentity: 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main' })
    const md = renderSummary({ items: [long, { ...long, repository: 'acme/other' }], counts: { images: 2, verified: 0, unsigned: 0, failed: 2, findings: 0, unpinned: 0, exempt: 0 }, policy: p, run: { server_url: null, repository: null, sha: null, ref: null, workflow: null, run_id: null, run_attempt: null }, platform: 'local', resultsFile: 'r.ndjson' })
    expect(md.split('Signer rules:').length).toBe(2)
    const open = md.indexOf('<details><summary>Full details')
    expect(open).toBeGreaterThan(md.indexOf('signed by someone'))
    expect(md.indexOf('expected /x/')).toBeGreaterThan(open)
  })
  it('the CLI problem list has one line per image plus hints', () => {
    const text = renderProblems([long, item({ status: 'auth-error', details: 'denied' })])
    expect(text.split('\n')).toHaveLength(3)
    expect(text).toContain('hint:')
  })
})

describe('severity icons', () => {
  const p = (requireSigned: boolean) => policy({ requireSigned })
  const md = (requireSigned: boolean) =>
    renderSummary({ items: [item({ status: 'unsigned', details: 'none' }), item({ status: 'untrusted-signer', details: 'x' })], counts: { images: 2, verified: 0, unsigned: 1, failed: 1, findings: requireSigned ? 2 : 0, unpinned: 0, exempt: 0 }, policy: p(requireSigned), run: { server_url: null, repository: null, sha: null, ref: null, workflow: null, run_id: null, run_attempt: null }, platform: 'local', resultsFile: 'r' })
  it('a warning-only summary shows no red mark', () => {
    expect(md(false)).not.toMatch(/❌|🚫|⛔/)
    expect(md(true)).toMatch(/❌/)
    expect(md(true)).toMatch(/🚫/)
  })
})

describe('renderVerifyTable', () => {
  const wide = item({ status: 'untrusted-signer', signerSubject: FORK, signerIssuer: 'https://token.actions.githubusercontent.com' }, [{ file: `deploy/${'very-long-directory/'.repeat(5)}app.yaml`, line: 3, kind: 'k8s-image' }])
  it('fits 120 columns by cutting values in the middle', () => {
    const lines = renderVerifyTable([wide, item()], false).split('\n')
    for (const l of lines) expect([...l].length).toBeLessThanOrEqual(TABLE_WIDTH)
    expect(lines.join('\n')).toContain('…')
    expect(lines[2]).toMatch(/^untrusted-signer/)
  })
  it('never squeezes a column below its header', () => {
    expect(fitWidths(['AAAA', 'B'], [['x'.repeat(300), 'y'.repeat(300)]], 20)).toEqual([9, 9])
    expect(fitWidths(['AAAA', 'B', 'C'], [['x'.repeat(300), 'y'.repeat(300), 'z'.repeat(300)]], 50)).toEqual([15, 15, 16])
  })
  it('paints warnings yellow and findings red', () => {
    const warningOnly = renderVerifyTable([wide], true, policy({ requireSigned: false }))
    expect(warningOnly).not.toContain('\x1b[31m')
    expect(warningOnly).toContain('\x1b[33m')
    expect(renderVerifyTable([wide], true, policy({ requireSigned: true }))).toContain('\x1b[31m')
  })
})
