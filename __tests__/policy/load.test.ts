import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { loadPolicySet, PolicyFileError, type PolicyFile } from '../../src/policy/index.js'
import { codeOf } from '../support/error-code.js'

const FIXTURES = '__tests__/fixtures/policy'
const fixture = (name: string): PolicyFile => ({ file: name, content: readFileSync(path.join(FIXTURES, name), 'utf8'), explicit: true })
const doc = (content: string, file = 'policy.yaml'): PolicyFile => ({ file, content, explicit: true })

const NATIVE = `apiVersion: cosign.fremforge.dev/v1alpha1
kind: ImagePolicy
metadata:
  name: acme-services
spec:
  images:
    - glob: ghcr.io/acme/**
  threshold: 2
  authorities:
    - name: release
      keyless:
        identities:
          - issuer: https://token.actions.githubusercontent.com
            subjectRegExp: ^https://github\\.com/acme/.+/release\\.yml@refs/heads/main$
    - name: rotation
      key:
        path: keys/old.pub
        tlog: false
---
apiVersion: cosign.fremforge.dev/v1alpha1
kind: ImagePolicy
metadata:
  name: legacy
spec:
  images: [{glob: "ghcr.io/acme/legacy*"}]
  mode: skip
  reason: vendor image, signed upstream from Q3
  expires: 2026-12-31
  authorities: []
`

describe('loadPolicySet', () => {
  describe('when reading the native kind', () => {
    it('keeps extensions, authority kinds and file:line positions', () => {
      const set = loadPolicySet([doc(NATIVE)], 'warn')
      expect(set.policies.map(p => [p.name, p.mode, p.threshold, p.position.line])).toEqual([
        ['acme-services', 'enforce', 2, 1],
        ['legacy', 'skip', 1, 20]
      ])
      const [release, rotation] = set.policies[0].authorities
      expect(release).toMatchObject({ type: 'keyless', name: 'release', identities: [{ issuer: 'https://token.actions.githubusercontent.com' }], position: { line: 10 } })
      expect(rotation).toMatchObject({ type: 'key', keys: [{ path: 'keys/old.pub' }], tlog: false })
      expect(set.policies[1]).toMatchObject({ reason: 'vendor image, signed upstream from Q3', expires: '2026-12-31', engine: 'glob' })
    })

    it.each([
      ['skip without reason', NATIVE.replace('  reason: vendor image, signed upstream from Q3\n', ''), 'POLICY_FIELD_MISSING', 26],
      ['a bad date', NATIVE.replace('2026-12-31', '31.12.2026'), 'POLICY_FIELD_INVALID', 28],
      ['threshold above the authorities', NATIVE.replace('threshold: 2', 'threshold: 3'), 'POLICY_FIELD_INVALID', 8],
      ['an unknown spec field', NATIVE.replace('threshold: 2', 'treshold: 2'), 'POLICY_FIELD_INVALID', 8],
      ['an invalid glob', NATIVE.replace('ghcr.io/acme/**', 'ghcr.io/(acme)'), 'POLICY_FIELD_INVALID', 7],
      ['an identity without subject', NATIVE.replace(/\s+subjectRegExp: .+/, ''), 'POLICY_FIELD_MISSING', 13],
      ['a bad regexp', NATIVE.replace('^https', '^(https'), 'POLICY_FIELD_INVALID', 14],
      ['two authority kinds', NATIVE.replace('      key:\n', '      static: {action: pass}\n      key:\n'), 'POLICY_FIELD_INVALID', 15],
      ['broken YAML', NATIVE.replace('  threshold: 2', ' threshold: [2'), 'POLICY_YAML_INVALID', undefined]
    ])('rejects %s with a coded error and the line', (_what, text, code, line) => {
      let error: unknown
      try {
        loadPolicySet([doc(text)], 'warn')
      } catch (e) {
        error = e
      }
      expect(codeOf(() => { throw error }, PolicyFileError)).toBe(code)
      if (line !== undefined) expect((error as PolicyFileError).details.line).toBe(line)
      expect((error as PolicyFileError).details.file).toBe('policy.yaml')
    })

    it('rejects a policy name used twice across files', () => {
      expect(codeOf(() => loadPolicySet([doc(NATIVE, 'a.yaml'), doc(NATIVE, 'b.yaml')], 'warn'), PolicyFileError)).toBe('POLICY_NAME_DUPLICATE')
    })

    it('rejects an explicit file holding no policy document', () => {
      expect(codeOf(() => loadPolicySet([doc('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n')], 'warn'), PolicyFileError)).toBe('POLICY_KIND_UNSUPPORTED')
      expect(loadPolicySet([{ ...doc('apiVersion: v1\nkind: ConfigMap\n'), explicit: false }], 'warn').policies).toEqual([])
    })
  })

  describe('when reading policy-controller ClusterImagePolicy documents', () => {
    it('reads signed-by-github-actions.yaml (policy-controller examples) as one keyless authority', () => {
      const set = loadPolicySet([fixture('signed-by-github-actions.yaml')], 'warn')
      expect(set.policies).toHaveLength(1)
      expect(set.policies[0]).toMatchObject({
        name: 'image-is-signed-by-github-actions',
        dialect: 'policy-controller',
        kind: 'ClusterImagePolicy',
        images: ['**'],
        mode: 'enforce',
        threshold: 1,
        position: { file: 'signed-by-github-actions.yaml', line: 23 },
        unenforceable: []
      })
      expect(set.policies[0].authorities[0]).toMatchObject({ name: 'authority-0', type: 'keyless', identities: [{ issuer: 'https://token.actions.githubusercontent.com' }] })
    })

    it('keeps the attestation requirement of custom-key-attestation-sbom-spdxjson.yaml and reports it not enforceable', () => {
      const set = loadPolicySet([fixture('custom-key-attestation-sbom-spdxjson.yaml')], 'warn')
      const [policy] = set.policies
      expect(policy.authorities[0]).toMatchObject({
        name: 'custom-key',
        type: 'key',
        tlog: true,
        attestations: [{ name: 'must-have-spdxjson', predicateType: 'https://spdx.dev/Document', conditions: { type: 'cue', position: { line: 44 } } }]
      })
      expect(policy.unenforceable).toEqual([
        expect.objectContaining({ policy: 'custom-key-attestation-sbom-spdxjson', field: 'spec.authorities[0].attestations[0].policy', position: { file: 'custom-key-attestation-sbom-spdxjson.yaml', line: 44 } })
      ])
      expect(set.notes.join('\n')).toContain('ctlog')
    })

    it('rejects the native extensions in a ClusterImagePolicy', () => {
      const text = readFileSync(path.join(FIXTURES, 'signed-by-github-actions.yaml'), 'utf8').replace('  images:', '  threshold: 1\n  images:')
      expect(codeOf(() => loadPolicySet([doc(text)], 'warn'), PolicyFileError)).toBe('POLICY_FIELD_INVALID')
      const skip = readFileSync(path.join(FIXTURES, 'signed-by-github-actions.yaml'), 'utf8').replace('  images:', '  mode: skip\n  images:')
      expect(codeOf(() => loadPolicySet([doc(skip)], 'warn'), PolicyFileError)).toBe('POLICY_FIELD_INVALID')
    })

    it('reports a CUE/Rego spec.policy, a secretRef key and a trustRootRef as not enforceable, with their lines', () => {
      const text = `apiVersion: policy.sigstore.dev/v1beta1
kind: ClusterImagePolicy
metadata:
  name: cue
spec:
  images: [{glob: "**"}]
  authorities:
    - key:
        secretRef: {name: k}
    - keyless:
        trustRootRef: private
        identities: [{issuer: i, subject: s}]
  policy:
    type: rego
    data: "package sigstore"
`
      const [policy] = loadPolicySet([doc(text)], 'warn').policies
      expect(policy.unenforceable.map(u => [u.field, u.position.line])).toEqual([
        ['spec.authorities[0].key.secretRef', 9],
        ['spec.authorities[1].keyless.trustRootRef', 11],
        ['spec.policy', 13]
      ])
    })
  })
})
