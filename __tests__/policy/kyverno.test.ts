import { describe, expect, it } from '@jest/globals'
import { loadPolicySet, planImage, PolicyFileError } from '../../src/policy/index.js'
import { codeOf } from '../support/error-code.js'

const D = `sha256:${'a'.repeat(64)}`
const NOW = new Date('2026-06-15T00:00:00Z')
const load = (text: string) => loadPolicySet([{ file: 'k.yaml', content: text, explicit: true }], 'warn')

// Shaped after the Kyverno documentation's verifyImages examples (kyverno.io/docs/writing-policies/verify-images/sigstore).
const KYVERNO = `apiVersion: kyverno.io/v1
kind: ClusterPolicy
metadata:
  name: check-images
spec:
  validationFailureAction: Audit
  rules:
    - name: not-an-image-rule
      validate: {message: x, pattern: {}}
    - name: team
      verifyImages:
        - imageReferences: ["ghcr.io/acme/*"]
          skipImageReferences: ["ghcr.io/acme/debug*"]
          failureAction: Enforce
          attestors:
            - count: 2
              entries:
                - keyless:
                    subject: https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main
                    issuer: https://token.actions.githubusercontent.com
                - keys:
                    publicKeys: |
                      -----BEGIN PUBLIC KEY-----
                      MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE8nXRh950IZbRj8Ra/N9sbqOPZrfM
                      5/KAQN0/KjHcorm/J5yctVd7iEcnessRQjU917hmKO6JWVGHpDguIyakZA==
                      -----END PUBLIC KEY-----
                    rekor: {ignoreTlog: true}
                - keyless: {subjectRegExp: ".*@acme\\\\.example$", issuer: https://accounts.google.com}
            - entries:
                - keyless: {subject: security@acme.example, issuer: https://accounts.google.com}
    - name: audit-only
      verifyImages:
        - imageReferences: ["docker.io/library/*"]
          required: false
          attestors: [{entries: [{keyless: {subject: s, issuer: i}}]}]
          attestations:
            - predicateType: https://cyclonedx.org/bom
              conditions: [{all: [{key: "{{ components | length(@) }}", operator: GreaterThan, value: 0}]}]
`

describe('Kyverno verifyImages', () => {
  it('makes one policy per attestor set, with count as the threshold (default: all entries)', () => {
    const set = load(KYVERNO)
    expect(set.policies.map(p => [p.name, p.mode, p.threshold, p.authorities.length, p.engine])).toEqual([
      ['check-images/team/attestors[0]', 'enforce', 2, 3, 'wildcard'],
      ['check-images/team/attestors[1]', 'enforce', 1, 1, 'wildcard'],
      ['check-images/audit-only', 'warn', 1, 1, 'wildcard']
    ])
    const [keyless, key] = set.policies[0].authorities
    expect(keyless).toMatchObject({ type: 'keyless', name: 'entries[0]', identities: [{ issuer: 'https://token.actions.githubusercontent.com' }] })
    expect(key).toMatchObject({ type: 'key', tlog: false, keys: [{ data: expect.stringContaining('BEGIN PUBLIC KEY') }] })
  })

  it('matches with Kyverno wildcards and honours skipImageReferences', () => {
    const set = load(KYVERNO)
    const names = (name: string) => planImage(set, { name, digest: D }, NOW).policies.map(p => p.policy.name)
    expect(names('ghcr.io/acme/team/api')).toEqual(['check-images/team/attestors[0]', 'check-images/team/attestors[1]'])
    expect(names('ghcr.io/acme/debug-shell')).toEqual([])
    expect(names('docker.io/library/redis')).toEqual(['check-images/audit-only'])
  })

  it('reads JMESPath attestation conditions to enforce them, and their attestors as identity rules', () => {
    const audit = load(KYVERNO).policies[2]
    expect(audit.unenforceable).toEqual([])
    expect(audit.authorities[0].attestations[0]).toMatchObject({
      predicateType: 'https://cyclonedx.org/bom',
      conditions: { type: 'jmespath', blocks: [{ all: [{ key: '{{ components | length(@) }}', operator: 'GreaterThan', value: 0 }] }] }
    })
    const withAttestors = load(
      KYVERNO.replace(
        '              conditions:',
        '              attestors: [{entries: [{keyless: {subject: "https://github.com/acme/*", issuer: https://token.actions.githubusercontent.com}}]}]\n              conditions:'
      )
    )
    const noIssuer = load(KYVERNO.replace('              conditions:', '              attestors: [{entries: [{keyless: {subject: "https://github.com/acme/*"}}]}]\n              conditions:')).policies[2]
    expect(noIssuer.unenforceable.map(u => u.field)).toEqual(['spec.rules[2].verifyImages[0].attestations[0].attestors[0].entries[0].keyless'])
    expect(withAttestors.policies[2].authorities[0].attestations[0].attestors).toEqual([
      { certificateIdentityRegexp: '^https:\\/\\/github\\.com\\/acme\\/[\\s\\S]*$', certificateOidcIssuer: 'https://token.actions.githubusercontent.com' }
    ])
  })

  it('reads a rule with attestations only: the image signed by one of their attestors, or not enforceable without any', () => {
    const only = (attestors: string) => `apiVersion: kyverno.io/v1
kind: ClusterPolicy
metadata: {name: slsa}
spec:
  rules:
    - name: provenance
      verifyImages:
        - imageReferences: ["ghcr.io/acme/*"]
          attestations:
            - predicateType: https://slsa.dev/provenance/v1
${attestors}`
    const [p] = load(only('              attestors: [{entries: [{keyless: {subject: "https://github.com/acme/*", issuer: https://token.actions.githubusercontent.com}}]}]\n')).policies
    expect(p.unenforceable).toEqual([])
    expect(p.authorities).toEqual([
      expect.objectContaining({ name: 'attestors', type: 'keyless', identities: [{ subjectRegExp: '^https:\\/\\/github\\.com\\/acme\\/[\\s\\S]*$', issuer: 'https://token.actions.githubusercontent.com' }] })
    ])
    expect(load(only('')).policies[0].unenforceable.map(u => u.field)).toEqual(['spec.rules[0].verifyImages[0].attestations'])
  })

  it('reports conditions it cannot evaluate as not enforceable, and rejects a key that is not JMESPath', () => {
    const duration = load(KYVERNO.replace('operator: GreaterThan', 'operator: DurationGreaterThan')).policies[2]
    expect(duration.unenforceable).toEqual([expect.objectContaining({ field: 'spec.rules[2].verifyImages[0].attestations[0].conditions[0].all[0].operator', position: { file: 'k.yaml', line: 38 } })])
    const err = (() => {
      try {
        load(KYVERNO.replace('{{ components | length(@) }}', '{{ components[ }}'))
      } catch (e) {
        return e as PolicyFileError
      }
    })()
    expect(err).toBeInstanceOf(PolicyFileError)
    expect(err?.code).toBe('POLICY_FIELD_INVALID')
    expect(err?.details).toEqual({ file: 'k.yaml', line: 38 })
  })

  it('maps validationFailureAction (default Audit) and rejects a bad count', () => {
    const enforce = load(KYVERNO.replace('validationFailureAction: Audit', 'validationFailureAction: enforce'))
    expect(enforce.policies[2].mode).toBe('warn')
    expect(load(KYVERNO.replace('          failureAction: Enforce\n', '')).policies[0].mode).toBe('warn')
    expect(codeOf(() => load(KYVERNO.replace('count: 2', 'count: 4')), PolicyFileError)).toBe('POLICY_FIELD_INVALID')
  })

  it('reports Notary signatures as not enforceable, and reads several keys in one entry as all required', () => {
    const notary = load(KYVERNO.replace('          failureAction: Enforce\n', '          failureAction: Enforce\n          type: Notary\n'))
    expect(notary.policies[0].unenforceable.map(u => u.field)).toEqual(['spec.rules[1].verifyImages[0].type'])
    const twoKeys = KYVERNO.replace('                      -----END PUBLIC KEY-----\n', '                      -----END PUBLIC KEY-----\n                      -----BEGIN PUBLIC KEY-----\n                      MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE8nXRh950IZbRj8Ra/N9sbqOPZrfM\n                      5/KAQN0/KjHcorm/J5yctVd7iEcnessRQjU917hmKO6JWVGHpDguIyakZA==\n                      -----END PUBLIC KEY-----\n')
    const [both] = load(twoKeys).policies
    expect(both.unenforceable).toEqual([])
    expect(both.authorities[1]).toMatchObject({ type: 'key', allKeys: true, keys: [{ data: expect.stringContaining('8nXRh950') }, { data: expect.stringContaining('8nXRh950') }] })
    expect(load(KYVERNO).policies[0].authorities[1]).not.toHaveProperty('allKeys')
  })

  it('ignores Kyverno policies without verifyImages and reads ImageValidatingPolicy as not enforceable', () => {
    const plain = `apiVersion: kyverno.io/v1\nkind: ClusterPolicy\nmetadata: {name: labels}\nspec:\n  rules: [{name: r, validate: {pattern: {}}}]\n`
    expect(loadPolicySet([{ file: 'a.yaml', content: plain, explicit: false }], 'warn').policies).toEqual([])
    const cel = `apiVersion: policies.kyverno.io/v1alpha1\nkind: ImageValidatingPolicy\nmetadata: {name: cel}\nspec:\n  matchImageReferences: [{glob: "ghcr.io/*"}]\n  validations: [{expression: "true"}]\n`
    const [p] = load(cel).policies
    expect(p).toMatchObject({ kind: 'ImageValidatingPolicy', mode: 'enforce', unenforceable: [expect.objectContaining({ field: 'spec.validations' })] })
  })
})
