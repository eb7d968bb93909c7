import { describe, expect, it } from '@jest/globals'
import { countVerdicts } from '../../src/policy/index.js'
import { renderSummary } from '../../src/report/index.js'
import { DIGEST_A, DIGEST_B, item, policy } from './fixtures.js'

const pol = (name: string, mode: 'enforce' | 'warn' | 'skip', passed: boolean | null) => ({ name, kind: 'ImagePolicy', mode, passed })

describe('renderSummary with per-image policy', () => {
  const items = [
    item({ status: 'verified', policy: { policies: [pol('acme', 'enforce', true)], effective: 'enforce', noMatch: false, enforced: false } }),
    item({ status: 'untrusted-signer', digest: DIGEST_B, policy: { policies: [pol('acme', 'enforce', false)], effective: 'enforce', noMatch: false, enforced: true } }),
    item({ status: 'unsigned', name: 'registry.k8s.io/pause', policy: { policies: [pol('k8s', 'warn', false)], effective: 'warn', noMatch: false, enforced: false } }),
    item({ status: 'exempt', policy: { policies: [pol('legacy|pipe', 'skip', null)], effective: 'skip', noMatch: false, enforced: false, exemption: { policy: 'legacy|pipe', reason: 'vendor\nimage', expires: '2099-01-01', expired: false } } }),
    item({ status: 'unsigned', policy: { policies: [pol('old', 'enforce', false)], effective: 'enforce', noMatch: false, enforced: true, exemption: { policy: 'old', reason: 'temporary', expires: '2020-01-01', expired: true } } }),
    item({ status: 'exempt', digest: DIGEST_A, policy: { policies: [], effective: 'warn', noMatch: true, enforced: false } })
  ]
  const p = policy({ requireSigned: true })
  const md = renderSummary({ items, counts: countVerdicts(items.map(i => i.verdict), p), policy: p, run: {} as never, platform: 'github', resultsFile: 'r.ndjson' })

  it('groups images by policy with verified, findings and warnings', () => {
    expect(md).toContain('### Images by policy')
    expect(md).toContain('| acme | enforce | 2 | 1 | 1 | 0 |')
    expect(md).toContain('| k8s | warn | 1 | 0 | 0 | 1 |')
    expect(md).toContain('| &#40;no policy: no-match warn&#41; | warn | 1 | 0 | 0 | 0 |')
    expect(md).not.toContain('Permissive policy')
  })

  it('lists exemptions, expired ones first, with cells escaped', () => {
    const section = md.slice(md.indexOf('### Exemptions'))
    const expired = section.indexOf('**expired on 2020-01-01**')
    const active = section.indexOf('until 2099-01-01')
    expect(expired).toBeGreaterThan(0)
    expect(active).toBeGreaterThan(expired)
    expect(section).toContain('legacy&#124;pipe')
    expect(section).toContain('vendor<br>image')
  })

  it('keeps exemptions out of the list of images that were not verified', () => {
    const why = md.slice(md.indexOf('Why images were not verified'), md.indexOf('<summary>Full details'))
    // The exemption is listed under Exemptions; the image no policy covers (no-match warn) stays here.
    expect(why.match(/\(exempt\)/g)).toHaveLength(1)
    expect(why).toContain('(untrusted-signer)')
  })

  it('counts exemptions apart and makes only enforced failures findings', () => {
    const c = countVerdicts(items.map(i => i.verdict), p)
    expect(c).toMatchObject({ images: 6, verified: 1, exempt: 2, findings: 2 })
  })
})

describe('toAnnotations with per-image policy', () => {
  it('annotates no-match warn images as warnings but leaves exemptions and no-match allow alone', async () => {
    const { toAnnotations } = await import('../../src/report/index.js')
    const exempt = item({ status: 'exempt', policy: { policies: [pol('legacy', 'skip', null)], effective: 'skip', noMatch: false, enforced: false } })
    const noMatchWarn = item({ status: 'exempt', policy: { policies: [], effective: 'warn', noMatch: true, enforced: false } })
    const noMatchAllow = item({ status: 'exempt', policy: { policies: [], effective: 'allow', noMatch: true, enforced: false } })
    const warnPolicy = item({ status: 'unsigned', policy: { policies: [pol('k8s', 'warn', false)], effective: 'warn', noMatch: false, enforced: false } })
    const levels = (i: ReturnType<typeof item>) => toAnnotations([i], policy({ requireSigned: true })).map(a => a.level)
    expect(levels(exempt)).toEqual([])
    expect(levels(noMatchAllow)).toEqual([])
    expect(levels(noMatchWarn)).toEqual(['warning'])
    expect(levels(warnPolicy)).toEqual(['warning'])
  })
})
