import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { checkIdentity, explainImage, loadPolicySet } from '../../src/policy/index.js'

// Real documents from the engines' repositories and documentation; sources in fixtures/policy/SOURCES.md.
const FIXTURES = '__tests__/fixtures/policy'
const D = `sha256:${'e'.repeat(64)}`
const NOW = new Date('2026-06-15T00:00:00Z')
const load = (file: string) => loadPolicySet([{ file, content: readFileSync(path.join(FIXTURES, file), 'utf8'), explicit: true }], 'warn')

const CASES: [file: string, image: string, policies: string[], unenforceable: string[]][] = [
  ['signed-by-github-actions.yaml', 'nginx', ['image-is-signed-by-github-actions'], []],
  ['custom-key-attestation-sbom-spdxjson.yaml', 'ghcr.io/a/b', ['custom-key-attestation-sbom-spdxjson'], ['spec.authorities[0].attestations[0].policy']],
  ['keyless-attestation-sbom-spdxjson.yaml', 'ghcr.io/a/b', ['keyless-attestation-sbom-spdxjson'], ['spec.authorities[0].attestations[0].policy']],
  ['signed-by-aws-kms-key.yaml', 'ghcr.io/a/b', ['image-is-signed-by-aws-kms-key'], ['spec.authorities[0].key.kms']],
  ['kyverno-verify-image.yaml', 'ghcr.io/kyverno/test-verify-image', ['verify-image/verify-image'], []],
  ['kyverno-check-image-keyless.yaml', 'ghcr.io/kyverno/test-verify-image:signed-keyless', ['check-image-keyless/check-image-keyless'], []]
]

describe('real policy documents', () => {
  it.each(CASES)('%s parses and explains', (file, ref, policies, unenforceable) => {
    const set = load(file)
    const [name, tag] = ref.includes(':') ? ref.split(':') : [ref, undefined]
    const full = name.includes('/') && name.split('/')[0].includes('.') ? name : `docker.io/library/${name}`
    const line = explainImage(set, { name: full, tag, digest: ref.includes(':') ? undefined : D }, ref, NOW)
    expect(line.policies.map(p => p.name)).toEqual(policies)
    expect(line.effective).toBe('enforce')
    expect(set.policies.flatMap(p => p.unenforceable.map(u => u.field))).toEqual(unenforceable)
    for (const u of set.policies.flatMap(p => p.unenforceable)) expect(u.position.line).toBeGreaterThan(1)
  })

  it("reads Kyverno's keyless subject as a Kyverno wildcard ('*@nirmata.com')", () => {
    const [policy] = load('kyverno-check-image-keyless.yaml').policies
    const authority = policy.authorities[0]
    if (authority.type !== 'keyless') throw new Error('expected keyless')
    const base = { requireSigned: true, requirePinned: false, issuerAllowlist: [], githubWorkflow: {}, annotations: {}, platforms: 'index' as const, insecureIgnoreTlog: false, identities: authority.identities }
    const signer = (subject: string) => ({ subject, issuer: 'https://accounts.google.com', githubWorkflow: {}, keyBased: false })
    expect(checkIdentity(signer('jim@nirmata.com'), base).ok).toBe(true)
    expect(checkIdentity(signer('jim@nirmata.com.evil.example'), base).ok).toBe(false)
    expect(checkIdentity(signer('jim@nirmataXcom'), base).ok).toBe(false)
  })

  it('accepts policy-controller keyless without identities, with a note that any signer passes', () => {
    const set = load('keyless-attestation-sbom-spdxjson.yaml')
    expect(set.policies[0].authorities[0]).toMatchObject({ type: 'keyless', identities: [] })
    expect(set.notes.join('\n')).toContain('has no identities')
  })
})
