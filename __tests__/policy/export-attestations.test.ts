import { describe, expect, it } from '@jest/globals'
import { exportPolicies } from '../../src/policy/export/index.js'
import { loadPolicySet } from '../../src/policy/index.js'

const BUILDER = 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_container_slsa3.yml@refs/tags/v1.9.0'
const NATIVE = `apiVersion: cosign.fremforge.dev/v1alpha1
kind: ImagePolicy
metadata: {name: provenance}
spec:
  images: [{glob: "ghcr.io/acme/**"}]
  authorities:
    - name: release
      keyless:
        identities: [{issuer: https://token.actions.githubusercontent.com, subject: "https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main"}]
      attestations:
        - name: slsa
          predicateType: slsaprovenance
          identities: [{issuer: https://token.actions.githubusercontent.com, subjectRegExp: "^https://github\\\\.com/slsa-framework/"}]
          conditions:
            - all:
                - {key: "{{ builder.id }}", operator: Equals, value: "${BUILDER}"}
        - name: sbom
          predicateType: spdxjson
`
const load = (content: string, file = 'p.yaml') => loadPolicySet([{ file, content, explicit: true }], 'warn')

describe('attestations in policy files', () => {
  it('reads native conditions and identities for an attestation, enforceable', () => {
    const [p] = load(NATIVE).policies
    expect(p.unenforceable).toEqual([])
    expect(p.authorities[0].attestations).toEqual([
      expect.objectContaining({
        name: 'slsa',
        predicateType: 'https://slsa.dev/provenance/v0.2',
        conditions: expect.objectContaining({ type: 'jmespath', blocks: [{ all: [{ key: '{{ builder.id }}', operator: 'Equals', value: BUILDER }] }] }),
        attestors: [expect.objectContaining({ certificateIdentityRegexp: '^https://github\\.com/slsa-framework/', certificateOidcIssuer: 'https://token.actions.githubusercontent.com' })]
      }),
      expect.objectContaining({ name: 'sbom', predicateType: 'https://spdx.dev/Document' })
    ])
  })

  it('exports them to Kyverno and re-imports the same requirements', () => {
    const exported = exportPolicies(load(NATIVE), 'kyverno')
    const [back] = load(exported, 'k.yaml').policies
    const strip = (ps: ReturnType<typeof load>['policies']) => ps[0].authorities[0].attestations.map(({ predicateType, conditions, attestors }) => ({ predicateType, blocks: conditions?.blocks, attestors }))
    expect(strip([back])).toEqual(strip(load(NATIVE).policies))
    expect(back.unenforceable).toEqual([])
  })

  it('exports them to policy-controller by name and type, saying what is lost', () => {
    const exported = exportPolicies(load(NATIVE), 'policy-controller')
    expect(exported).toMatch(/# LOST: authority release: conditions of attestation slsa/)
    const [back] = load(exported, 'c.yaml').policies
    expect(back.authorities[0].attestations.map(a => [a.name, a.predicateType])).toEqual([
      ['slsa', 'https://slsa.dev/provenance/v0.2'],
      ['sbom', 'https://spdx.dev/Document']
    ])
  })

  it('refuses an unknown predicate type short name, with the line', () => {
    expect(() => load(NATIVE.replace('predicateType: spdxjson', 'predicateType: not a type'))).toThrow(expect.objectContaining({ code: 'POLICY_FIELD_INVALID', details: { file: 'p.yaml', line: 18 } }))
  })
})
