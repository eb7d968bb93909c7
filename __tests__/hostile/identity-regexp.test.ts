import { describe, expect, it } from '@jest/globals'
import { checkIdentity, compilePattern, policyWarnings, type SignerIdentity } from '../../src/policy/index.js'
import { resolveConfig } from '../../src/config/index.js'
import { AppError } from '../../src/errors.js'
import { policy } from '../report/fixtures.js'
import { codeOf as codeOfThrown } from '../support/error-code.js'

const GH = 'https://token.actions.githubusercontent.com'
const SAN = 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main'
const signer = (subject: string, issuer = GH): SignerIdentity => ({ subject, issuer, githubWorkflow: {}, keyBased: false })
const codeOf = (c: ReturnType<typeof checkIdentity>) => (c.ok ? 'OK' : c.code)

function configError(raw: Record<string, string>): AppError | undefined {
  try {
    resolveConfig({ mode: 'verify', ...raw }, {})
  } catch (e) {
    return e as AppError
  }
  return undefined
}

describe('identity regexps (ReDoS, issue 11 defect 6)', () => {
  describe('when a pattern backtracks catastrophically on a backtracking engine', () => {
    it('still finishes against a long SAN, with RE2 linear-time matching', () => {
      // On JavaScript's RegExp this blocks the event loop for longer than the age of the universe.
      const san = 'https://github.com/' + 'a'.repeat(100_000) + '!'
      expect(codeOf(checkIdentity(signer(san), policy({ certificateIdentityRegexp: '^https://github.com/(a+)+$' })))).toBe('IDENTITY_MISMATCH')
      expect(codeOf(checkIdentity(signer(san, 'x'.repeat(50_000)), policy({ certificateOidcIssuerRegexp: '^(x|x)*y$' })))).toBe('ISSUER_MISMATCH')
    })
  })

  describe('when a pattern uses RE2 syntax that JavaScript rejects', () => {
    it('accepts the (?i) flag as cosign does', () => {
      expect(codeOf(checkIdentity(signer(SAN), policy({ certificateIdentityRegexp: '(?i)^HTTPS://GITHUB\\.COM/ACME/' })))).toBe('OK')
      expect(configError({ 'certificate-identity-regexp': '(?i)^https://github\\.com/acme/.*$' })).toBeUndefined()
    })
    it('takes \\Q…\\E literally', () => {
      expect(compilePattern('\\Qa.b\\E').test('xa.by')).toBe(true)
      expect(compilePattern('\\Qa.b\\E').test('axb')).toBe(false)
    })
  })

  describe('when a pattern is not RE2', () => {
    it.each(['(?=x)', '(a)\\1', '(?<!x)y', '(a'])('%j is INPUT_INVALID naming the input', pattern => {
      for (const name of ['certificate-identity-regexp', 'certificate-oidc-issuer-regexp']) {
        const err = configError({ [name]: pattern })
        expect(err?.code).toBe('INPUT_INVALID')
        expect(err?.details.option).toBe(name)
      }
    })
  })

  describe('when matching', () => {
    it('searches unanchored like Go regexp.MatchString', () => {
      expect(codeOf(checkIdentity(signer(SAN), policy({ certificateIdentityRegexp: 'acme/app' })))).toBe('OK')
      expect(codeOf(checkIdentity(signer(SAN), policy({ certificateIdentityRegexp: '^acme/app' })))).toBe('IDENTITY_MISMATCH')
    })
    it('does not let . cross a line break, as in Go', () => {
      expect(codeOf(checkIdentity(signer('a\nb'), policy({ certificateIdentityRegexp: '^a.b$' })))).toBe('IDENTITY_MISMATCH')
    })
  })

  describe('policyWarnings', () => {
    it('counts a pattern anchored after its flags as anchored', () => {
      expect(policyWarnings(policy({ certificateIdentityRegexp: '(?i)^https://github\\.com/acme/.*$' }))).toEqual([])
    })
  })
})

describe('a permissive policy (issue 11: say it when anyone’s signature passes)', () => {
  it('warns when no identity rule and no key is set', () => {
    expect(policyWarnings(policy())).toHaveLength(1)
    expect(policyWarnings(policy({ certificateOidcIssuer: GH }))).toHaveLength(1)
    expect(policyWarnings(policy({ issuerAllowlist: [GH] }))).toHaveLength(1)
  })
  it('says nothing when an identity, a workflow claim or a key decides who may sign', () => {
    expect(policyWarnings(policy({ certificateIdentity: SAN }))).toEqual([])
    expect(policyWarnings(policy({ githubWorkflow: { repository: 'acme/app' } }))).toEqual([])
    expect(policyWarnings(policy({ key: '-----BEGIN PUBLIC KEY-----' }))).toEqual([])
  })
})

describe('compilePattern', () => {
  it('throws PATTERN_INVALID for what RE2 rejects', () => {
    expect(codeOfThrown(() => compilePattern('(?=x)'))).toBe('PATTERN_INVALID')
  })
})
