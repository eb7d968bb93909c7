import { describe, expect, it } from '@jest/globals'
import { loadPolicySet, policyFingerprint } from '../../src/policy/index.js'

const D = `sha256:${'f'.repeat(64)}`
const NOW = new Date('2026-06-15T00:00:00Z')
const doc = (body: string) => `apiVersion: cosign.fremforge.dev/v1alpha1\nkind: ImagePolicy\nmetadata: {name: p}\nspec:\n${body}`
const BASE = doc(`  images: [{glob: "ghcr.io/acme/**"}]\n  authorities:\n    - name: ci\n      keyless: {identities: [{issuer: https://i, subject: s}]}\n`)
const set = (text: string, noMatch: 'warn' | 'deny' = 'warn') => loadPolicySet([{ file: 'p.yaml', content: text, explicit: true }], noMatch)
const fp = (text: string, image = 'ghcr.io/acme/api', now = NOW, noMatch: 'warn' | 'deny' = 'warn') => policyFingerprint(set(text, noMatch), { name: image, digest: D }, now)

describe('policyFingerprint', () => {
  it('is stable across key order, comments and line positions', () => {
    const reordered = `# moved\n\n${doc(`  authorities:\n    - keyless: {identities: [{subject: s, issuer: https://i}]}\n      name: ci\n  images: [{glob: "ghcr.io/acme/**"}]\n`)}`
    expect(fp(reordered)).toBe(fp(BASE))
    expect(fp(BASE)).toMatch(/^sha256:[0-9a-f]{64}$/)
  })

  it('changes with any rule that decides the image', () => {
    const base = fp(BASE)
    expect(fp(BASE.replace('subject: s', 'subject: t'))).not.toBe(base)
    expect(fp(BASE.replace('  authorities:', '  mode: warn\n  authorities:'))).not.toBe(base)
    expect(fp(BASE, 'quay.io/other/x')).not.toBe(base)
    expect(fp(BASE, 'quay.io/other/x', NOW, 'deny')).not.toBe(fp(BASE, 'quay.io/other/x'))
  })

  it('changes on the day an exemption expires', () => {
    const skip = doc(`  mode: skip\n  reason: r\n  expires: "2026-06-15"\n  images: [{glob: "ghcr.io/acme/**"}]\n  authorities: []\n`)
    expect(fp(skip, 'ghcr.io/acme/api', new Date('2026-06-15T23:00:00Z'))).toBe(fp(skip))
    expect(fp(skip, 'ghcr.io/acme/api', new Date('2026-06-16T00:00:01Z'))).not.toBe(fp(skip))
  })
})
