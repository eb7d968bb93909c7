/**
 * Regular expressions inside policy files are RE2, as the flat inputs' (pattern.ts): checked with
 * RE2 when the file is read (a coded error with file and line), evaluated in linear time.
 */
import { describe, expect, it } from '@jest/globals'
import { closeIdentityHint } from '../../src/cosign/verify/reason.js'
import { checkIdentity, loadPolicySet, PolicyFileError, type Policy } from '../../src/policy/index.js'
import { policy as policyOf } from '../report/fixtures.js'

const cip = (regexp: string) => `apiVersion: policy.sigstore.dev/v1beta1
kind: ClusterImagePolicy
metadata: {name: p}
spec:
  images: [{glob: "ghcr.io/**"}]
  authorities:
    - keyless:
        identities:
          - issuer: https://token.actions.githubusercontent.com
            subjectRegExp: '${regexp}'
`
const kyverno = (regexp: string) => `apiVersion: kyverno.io/v1
kind: ClusterPolicy
metadata: {name: k}
spec:
  rules:
    - name: r
      verifyImages:
        - imageReferences: ["ghcr.io/*"]
          attestors:
            - entries:
                - keyless:
                    issuer: https://token.actions.githubusercontent.com
                    subjectRegExp: '${regexp}'
`
const load = (content: string, file = 'policies/p.yaml') => loadPolicySet([{ file, content, explicit: true }], 'warn')

function errorOf(fn: () => unknown): PolicyFileError | undefined {
  try {
    fn()
  } catch (e) {
    if (e instanceof PolicyFileError) return e
    throw e
  }
  return undefined
}

const identitiesOf = (content: string): Policy['identities'] => {
  const authority = load(content).policies[0].authorities[0]
  if (authority.type !== 'keyless') throw new Error('expected keyless')
  return authority.identities
}
const signer = (subject: string) => ({ subject, issuer: 'https://token.actions.githubusercontent.com', githubWorkflow: {}, keyBased: false })

describe('regular expressions in policy files', () => {
  it('refuses a pattern RE2 cannot compile (look-ahead), with file and line, in both dialects', () => {
    const e = errorOf(() => load(cip('^https://github\\.com/(?=acme)')))
    expect(e?.code).toBe('POLICY_FIELD_INVALID')
    expect(e?.details).toEqual({ file: 'policies/p.yaml', line: 10 })
    const k = errorOf(() => load(kyverno('(unclosed')))
    expect(k?.code).toBe('POLICY_FIELD_INVALID')
    expect(k?.details).toEqual({ file: 'policies/p.yaml', line: 13 })
  })

  it("accepts RE2 syntax JavaScript lacks ((?i) flags) and means by it what cosign means", () => {
    const identities = identitiesOf(cip('(?i)^https://github\\.com/acme/'))
    expect(checkIdentity(signer('https://github.com/ACME/app/.github/workflows/r.yml@refs/heads/main'), policyOf({ identities })).ok).toBe(true)
    expect(checkIdentity(signer('https://github.com/other/app/.github/workflows/r.yml@refs/heads/main'), policyOf({ identities })).ok).toBe(false)
  })

  it('evaluates a catastrophic pattern from a policy file in linear time', () => {
    // (a+)+$ backtracks exponentially in JavaScript's RegExp: 2^60 steps on this subject.
    const identities = identitiesOf(cip('^(a+)+$'))
    const hostile = `${'a'.repeat(60)}!`
    expect(checkIdentity(signer(hostile), policyOf({ identities })).ok).toBe(false)
    expect(checkIdentity(signer('a'.repeat(60)), policyOf({ identities })).ok).toBe(true)
  })

  it('computes the close-identity hint with RE2 too: a catastrophic identity pattern completes', () => {
    expect(closeIdentityHint(`${'a'.repeat(60)}!`, policyOf({ certificateIdentityRegexp: '^(a+)+$' }))).toBeUndefined()
    expect(closeIdentityHint('https://github.com/ACME/app', policyOf({ certificateIdentityRegexp: '^https://github\\.com/acme/' }))).toContain('letter case')
  })
})
