import { describe, expect, it } from '@jest/globals'
import { checkAnnotations, checkIdentity, policyWarnings, type SignerIdentity } from '../../src/policy/index.js'
import { policy } from '../report/fixtures.js'

const SAN = 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main'
const GH = 'https://token.actions.githubusercontent.com'
const signer = (over: Partial<SignerIdentity> = {}): SignerIdentity => ({
  subject: SAN,
  issuer: GH,
  githubWorkflow: { repository: 'acme/app', ref: 'refs/heads/main', trigger: 'push' },
  keyBased: false,
  ...over
})
const codeOf = (c: ReturnType<typeof checkIdentity>) => (c.ok ? 'OK' : c.code)

describe('checkIdentity', () => {
  describe('when there are no rules', () => {
    it('accepts any signer', () => expect(codeOf(checkIdentity(signer({ subject: 'x', issuer: 'y' }), policy()))).toBe('OK'))
  })

  describe('when the identity is exact', () => {
    it('accepts the same string', () => expect(codeOf(checkIdentity(signer(), policy({ certificateIdentity: SAN })))).toBe('OK'))
    it('rejects a longer identity that contains it (no pattern semantics)', () => {
      expect(codeOf(checkIdentity(signer({ subject: SAN + 'x' }), policy({ certificateIdentity: SAN })))).toBe('IDENTITY_MISMATCH')
      expect(codeOf(checkIdentity(signer({ subject: 'https://github.com/acmeXapp' }), policy({ certificateIdentity: 'https://github.com/acme.app' })))).toBe('IDENTITY_MISMATCH')
    })
  })

  describe('when the identity is a regexp', () => {
    it('searches unanchored like cosign', () => expect(codeOf(checkIdentity(signer(), policy({ certificateIdentityRegexp: 'acme/app' })))).toBe('OK'))
    it('rejects a non-match', () => expect(codeOf(checkIdentity(signer(), policy({ certificateIdentityRegexp: '^https://github.com/evil/' })))).toBe('IDENTITY_MISMATCH'))
  })

  describe('when issuer rules are set', () => {
    it('rejects another issuer', () => expect(codeOf(checkIdentity(signer({ issuer: 'https://accounts.google.com' }), policy({ certificateOidcIssuer: GH })))).toBe('ISSUER_MISMATCH'))
    it('enforces the allowlist exactly', () => {
      expect(codeOf(checkIdentity(signer(), policy({ issuerAllowlist: ['https://idp.fremverk.com'] })))).toBe('ISSUER_NOT_ALLOWED')
      expect(codeOf(checkIdentity(signer({ issuer: 'https://idp.fremverk.com/' }), policy({ issuerAllowlist: ['https://idp.fremverk.com'] })))).toBe('ISSUER_NOT_ALLOWED')
      expect(codeOf(checkIdentity(signer(), policy({ issuerAllowlist: ['https://idp.fremverk.com', GH] })))).toBe('OK')
    })
  })

  describe('when GitHub workflow claims are required', () => {
    it('compares each claim exactly', () => {
      expect(codeOf(checkIdentity(signer(), policy({ githubWorkflow: { repository: 'acme/app', trigger: 'push' } })))).toBe('OK')
      expect(codeOf(checkIdentity(signer(), policy({ githubWorkflow: { ref: 'refs/heads/dev' } })))).toBe('WORKFLOW_CLAIM_MISMATCH')
      expect(codeOf(checkIdentity(signer(), policy({ githubWorkflow: { sha: 'abc' } })))).toBe('WORKFLOW_CLAIM_MISMATCH')
    })
  })
})

describe('checkAnnotations', () => {
  it('requires every pair with the same value', () => {
    const p = policy({ annotations: { repo: 'acme/app' } })
    expect(checkAnnotations({ repo: 'acme/app', x: 1 }, p).ok).toBe(true)
    expect(checkAnnotations({ repo: 'acme/other' }, p).ok).toBe(false)
    expect(checkAnnotations(null, p).ok).toBe(false)
  })
})

describe('policyWarnings', () => {
  it('warns about unanchored and match-everything patterns', () => {
    expect(policyWarnings(policy({ certificateIdentityRegexp: 'acme' }))[0]).toMatch(/unanchored/)
    expect(policyWarnings(policy({ certificateOidcIssuerRegexp: '.*' }))[0]).toMatch(/every value/)
    expect(policyWarnings(policy({ certificateIdentityRegexp: '^https://github\\.com/acme/.*$' }))).toEqual([])
  })
})
