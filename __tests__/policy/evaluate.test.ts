import { describe, expect, it } from '@jest/globals'
import { checkIdentity, evaluateImage, isFinding, loadPolicySet, unverifiedVerdict, type AuthorityCheck, type NoMatch, type Verdict } from '../../src/policy/index.js'

const DIGEST = `sha256:${'d'.repeat(64)}`
const NOW = new Date('2026-06-15T12:00:00Z')

const policyDoc = (name: string, spec: string): string => `apiVersion: cosign.fremforge.dev/v1alpha1
kind: ImagePolicy
metadata: {name: ${name}}
spec:
${spec}
---
`
const keyless = (name: string, subject: string) => `    - name: ${name}
      keyless: {identities: [{issuer: https://issuer.example, subject: ${subject}}]}
`
const setOf = (text: string, noMatch: NoMatch = 'warn') => loadPolicySet([{ file: 'p.yaml', content: text, explicit: true }], noMatch)

/** The authority check the engine would run; here: which authorities the image's signatures satisfy. */
function signedBy(...authorities: string[]): AuthorityCheck & { calls: string[] } {
  const calls: string[] = []
  const check = async (image: { name: string; digest: string }, authority: { name: string }): Promise<Verdict> => {
    calls.push(authority.name)
    if (authorities.includes(authority.name)) {
      return { ...unverifiedVerdict(image.name, image.digest, 'verified', 'ok'), signed: true, signerSubject: `subject-of-${authority.name}`, signatureFormat: 'sigstore-bundle', signatureLocation: 'referrers' }
    }
    return unverifiedVerdict(image.name, image.digest, 'untrusted-signer', `not ${authority.name}`)
  }
  return Object.assign(check, { calls })
}

const image = (name: string) => ({ name, digest: DIGEST })
const REQUIRE = { requireSigned: true, requirePinned: false }

const TEAMS = [
  policyDoc('acme', `  images: [{glob: "ghcr.io/acme/**"}]\n  authorities:\n${keyless('ci', 'ci')}${keyless('release', 'release')}`),
  policyDoc('acme-payments', `  images: [{glob: "ghcr.io/acme/payments/*"}]\n  threshold: 2\n  authorities:\n${keyless('ci', 'ci')}${keyless('security', 'sec')}${keyless('release', 'release')}`),
  policyDoc('k8s', `  mode: warn\n  images: [{glob: "registry.k8s.io/**"}]\n  authorities:\n${keyless('k8s', 'k8s')}`),
  policyDoc('legacy', `  mode: skip\n  reason: vendor image\n  expires: "2026-12-31"\n  images: [{glob: "ghcr.io/acme/legacy*"}]\n  authorities: []`),
  policyDoc('old-exemption', `  mode: skip\n  reason: was temporary\n  expires: "2026-01-31"\n  images: [{glob: "ghcr.io/other/old*"}]\n  authorities:\n${keyless('other', 'other')}`),
  policyDoc('static', `  images: [{glob: "index.docker.io/library/busybox*"}]\n  authorities:\n    - static: {action: pass}`),
  policyDoc('blocked', `  images: [{glob: "index.docker.io/library/redis*"}]\n  authorities:\n    - static: {action: fail, message: use our mirror}`)
].join('')

describe('evaluateImage', () => {
  describe('when one policy matches', () => {
    it('verifies with any one authority (threshold 1) and names it', async () => {
      const v = await evaluateImage(setOf(TEAMS), image('ghcr.io/acme/api'), signedBy('release'), NOW)
      expect(v.status).toBe('verified')
      expect(v.signed).toBe(true)
      expect(v.details).toContain('authority release verified')
      expect(v.policy).toMatchObject({ policies: [{ name: 'acme', mode: 'enforce', passed: true }], effective: 'enforce', enforced: false })
    })

    it('fails as enforce with what each authority expected and found', async () => {
      const v = await evaluateImage(setOf(TEAMS), image('ghcr.io/acme/api'), signedBy('someone-else'), NOW)
      expect(v.status).toBe('untrusted-signer')
      expect(v.details).toContain('authority ci: untrusted-signer: not ci')
      expect(v.details).toContain('authority release: untrusted-signer: not release')
      expect(isFinding(v, REQUIRE)).toBe(true)
    })
  })

  describe('when several policies match', () => {
    it('needs every one of them, each with its threshold of distinct authorities', async () => {
      const set = setOf(TEAMS)
      expect((await evaluateImage(set, image('ghcr.io/acme/payments/api'), signedBy('ci'), NOW)).status).toBe('untrusted-signer')
      const both = await evaluateImage(set, image('ghcr.io/acme/payments/api'), signedBy('ci', 'security'), NOW)
      expect(both.status).toBe('verified')
      expect(both.policy?.policies.map(p => [p.name, p.passed])).toEqual([
        ['acme', true],
        ['acme-payments', true]
      ])
      const one = await evaluateImage(set, image('ghcr.io/acme/payments/api'), signedBy('release'), NOW)
      expect(one.status).toBe('untrusted-signer')
      expect(one.details).toContain('needs 2 of 3 authorities, 1 satisfied')
      expect(one.policy?.policies.map(p => [p.name, p.passed])).toEqual([
        ['acme', true],
        ['acme-payments', false]
      ])
    })

    it('stops asking authorities once the threshold is met', async () => {
      const check = signedBy('ci', 'security', 'release')
      await evaluateImage(setOf(TEAMS), image('ghcr.io/acme/payments/api'), check, NOW)
      expect(check.calls).toEqual(['ci', 'ci', 'security'])
    })
  })

  describe('when a policy is warn', () => {
    it('reports the failure without a finding', async () => {
      const v = await evaluateImage(setOf(TEAMS), image('registry.k8s.io/pause'), signedBy(), NOW)
      expect(v.status).toBe('untrusted-signer')
      expect(v.policy).toMatchObject({ effective: 'warn', enforced: false })
      expect(isFinding(v, REQUIRE)).toBe(false)
    })
  })

  describe('when a skip policy matches', () => {
    it('exempts the image with the reason and expiry, without verifying', async () => {
      const check = signedBy()
      const v = await evaluateImage(setOf(TEAMS), image('ghcr.io/acme/legacy-db'), check, NOW)
      expect(v.status).toBe('exempt')
      expect(v.signed).toBe(false)
      expect(v.policy?.exemption).toEqual({ policy: 'legacy', reason: 'vendor image', expires: '2026-12-31', expired: false })
      expect(check.calls).toEqual([])
      expect(isFinding(v, REQUIRE)).toBe(false)
    })

    it('enforces it after the expiry date and says the exemption expired', async () => {
      const v = await evaluateImage(setOf(TEAMS), image('ghcr.io/other/old'), signedBy(), NOW)
      expect(v.status).toBe('untrusted-signer')
      expect(v.policy).toMatchObject({ effective: 'enforce', enforced: true, exemption: { policy: 'old-exemption', expired: true, expires: '2026-01-31' } })
      expect(isFinding(v, REQUIRE)).toBe(true)
      const dayOf = await evaluateImage(setOf(TEAMS), image('ghcr.io/other/old'), signedBy(), new Date('2026-01-31T23:59:59Z'))
      expect(dayOf.status).toBe('exempt')
    })
  })

  describe('when no policy matches', () => {
    it.each([
      ['deny', 'untrusted-signer', true],
      ['warn', 'exempt', false],
      ['allow', 'exempt', false]
    ] as const)('no-match %s gives %s (finding: %s)', async (noMatch, status, finding) => {
      const check = signedBy()
      const v = await evaluateImage(setOf(TEAMS, noMatch), image('quay.io/other/thing'), check, NOW)
      expect(v.status).toBe(status)
      expect(v.policy).toMatchObject({ noMatch: true, effective: noMatch })
      expect(isFinding(v, REQUIRE)).toBe(finding)
      expect(check.calls).toEqual([])
    })
  })

  describe('when authorities are static', () => {
    it('lets static pass admit without calling it verified, and static fail fail with its message', async () => {
      const pass = await evaluateImage(setOf(TEAMS), image('docker.io/library/busybox'), signedBy(), NOW)
      expect(pass.status).toBe('exempt')
      expect(pass.signed).toBe(false)
      const fail = await evaluateImage(setOf(TEAMS), image('docker.io/library/redis'), signedBy(), NOW)
      expect(fail.status).toBe('untrusted-signer')
      expect(fail.details).toContain('use our mirror')
      expect(isFinding(fail, REQUIRE)).toBe(true)
    })
  })

  describe('when a matching policy is not enforceable', () => {
    it('fails closed with the field and line, as an enforced error', async () => {
      const text = policyDoc('sbom', `  images: [{glob: "**"}]\n  authorities:\n${keyless('ci', 'ci')}      attestations: [{name: sbom, predicateType: https://spdx.dev/Document, policy: {type: cue, data: "x: 1"}}]`)
      const check = signedBy('ci')
      const v = await evaluateImage(setOf(text), image('ghcr.io/acme/api'), check, NOW)
      expect(v.status).toBe('error')
      expect(v.details).toContain('spec.authorities[0].attestations[0].policy (p.yaml:9)')
      expect(isFinding(v, REQUIRE)).toBe(true)
      expect(check.calls).toEqual([])
    })
  })
})

describe('checkIdentity with policy-controller identities', () => {
  const base = { requireSigned: true, requirePinned: false, issuerAllowlist: [], githubWorkflow: {}, annotations: {}, platforms: 'index' as const, insecureIgnoreTlog: false }
  const signer = (subject: string, issuer: string) => ({ subject, issuer, githubWorkflow: {}, keyBased: false })
  const identities = [
    { issuer: 'https://token.actions.githubusercontent.com', subjectRegExp: '^https://github\\.com/acme/' },
    { issuerRegExp: '^https://accounts\\.google\\.com$', subject: 'ops@acme.example' }
  ]

  it('accepts a signer matching any one identity, exact values compared exactly', () => {
    expect(checkIdentity(signer('https://github.com/acme/app/.github/workflows/r.yml@refs/heads/main', 'https://token.actions.githubusercontent.com'), { ...base, identities }).ok).toBe(true)
    expect(checkIdentity(signer('ops@acme.example', 'https://accounts.google.com'), { ...base, identities }).ok).toBe(true)
  })

  it('refuses a subject from the wrong issuer and a near-miss exact subject', () => {
    const wrongIssuer = checkIdentity(signer('ops@acme.example', 'https://token.actions.githubusercontent.com'), { ...base, identities })
    expect(wrongIssuer).toMatchObject({ ok: false, code: 'IDENTITY_MISMATCH' })
    expect(checkIdentity(signer('ops@acme.example.evil', 'https://accounts.google.com'), { ...base, identities })).toMatchObject({ ok: false, code: 'IDENTITY_MISMATCH' })
  })
})

describe('renderExplainTable', () => {
  it('prints no terminal control sequences from policy names', async () => {
    const { renderExplainTable } = await import('../../src/policy/index.js')
    const table = renderExplainTable([{ image: 'x\u001b[31m', policies: [{ name: 'evil\u001b]0;title\u0007', kind: 'ImagePolicy', file: 'p', line: 1, mode: 'enforce', authorities: ['a\r\nb'] }], no_match: false, effective: 'enforce' }])
    // eslint-disable-next-line no-control-regex
    expect(table).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/)
    expect(table).toContain('x?[31m')
  })
})
