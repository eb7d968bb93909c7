import { describe, expect, it } from '@jest/globals'
import { parseAllDocuments } from 'yaml'
import { loadPolicySet, PolicyFileError } from '../../src/policy/index.js'
import { exportPolicies, yamlComment } from '../../src/policy/export/index.js'

// Security review finding 6: `policy export` wrote names and paths raw into YAML comments, so a
// policy named "team\n---\n<ClusterImagePolicy>" exported an admission policy of the author's choosing.
const INJECTED = "team\\n---\\napiVersion: policy.sigstore.dev/v1beta1\\nkind: ClusterImagePolicy\\nmetadata: {name: injected}\\nspec: {images: [{glob: '**'}], authorities: [{static: {action: pass}}]}\\n---\\n#"

const policy = (name: string, reason = 'temporary'): string => `apiVersion: cosign.fremforge.dev/v1alpha1
kind: ImagePolicy
metadata:
  name: "${name}"
spec:
  images: [{glob: "ghcr.io/acme/**"}]
  authorities: [{keyless: {identities: [{issuer: https://i, subject: s}]}}]
---
apiVersion: cosign.fremforge.dev/v1alpha1
kind: ImagePolicy
metadata:
  name: debug-exemption
spec:
  mode: skip
  reason: "${reason}"
  images: [{glob: "ghcr.io/acme/debug/**"}]
`

function exportError(fn: () => unknown): unknown {
  try {
    fn()
  } catch (e) {
    return e
  }
  return undefined
}

describe('exportPolicies', () => {
  describe('when a policy name is not a DNS-1123 subdomain', () => {
    it.each(['policy-controller', 'kyverno'] as const)('refuses it with POLICY_NAME_INVALID (%s)', to => {
      const set = loadPolicySet([{ file: 'p.yaml', content: policy(INJECTED), explicit: true }], 'warn')
      const e = exportError(() => exportPolicies(set, to))
      expect(e).toBeInstanceOf(PolicyFileError)
      expect((e as PolicyFileError).code).toBe('POLICY_NAME_INVALID')
      expect((e as PolicyFileError).message).not.toMatch(/[\r\n]/)
    })

    it.each(['Team_A', 'a'.repeat(254), '-team', 'team.', 'tEam'])('refuses name %#', name => {
      const set = loadPolicySet([{ file: 'p.yaml', content: policy(name), explicit: true }], 'warn')
      expect((exportError(() => exportPolicies(set, 'policy-controller')) as PolicyFileError).code).toBe('POLICY_NAME_INVALID')
    })
  })

  describe('when a file name or a reason holds line breaks', () => {
    it.each(['policy-controller', 'kyverno'] as const)('keeps every comment on one line and round-trips to the same documents (%s)', to => {
      const file = 'x\r---\rkind: ClusterImagePolicy\u0085y\u2028z\u2029.yaml'
      const reason = 'temporary\\r---\\rapiVersion: policy.sigstore.dev/v1beta1\\u0085kind: ClusterImagePolicy\\u2028#'
      const set = loadPolicySet([{ file, content: policy('team.acme', reason), explicit: true }], 'warn')
      const text = exportPolicies(set, to)
      for (const line of text.split('\n')) expect(line).not.toMatch(/[\r\u0085\u2028\u2029]/)
      const docs = parseAllDocuments(text).map(d => d.toJS() as { kind?: string; metadata?: { name?: string } } | null).filter(d => d !== null)
      expect(docs.every(d => d.kind === (to === 'kyverno' ? 'ClusterPolicy' : 'ClusterImagePolicy'))).toBe(true)
      const names = docs.map(d => d.metadata?.name)
      expect(names).toEqual(to === 'kyverno' ? ['team.acme'] : ['team.acme', 'debug-exemption'])
      const again = loadPolicySet([{ file: 'exported.yaml', content: text, explicit: true }], 'warn')
      expect(again.policies.map(p => p.name)).toEqual(to === 'kyverno' ? ['team.acme'] : ['team.acme', 'debug-exemption'])
    })
  })
})

describe('yamlComment', () => {
  it('escapes C0, C1, the Unicode line breaks and bidi controls', () => {
    expect(yamlComment('a\nb\rc\u0085d\u2028e\u2029f\u202eg\u0000')).toBe('a\\u{a}b\\u{d}c\\u{85}d\\u{2028}e\\u{2029}f\\u{202e}g\\u{0}')
  })
})
