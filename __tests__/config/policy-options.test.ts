import { describe, expect, it } from '@jest/globals'
import { resolveConfig } from '../../src/config/index.js'
import { codeOf } from '../support/error-code.js'

const env = { GITHUB_WORKSPACE: '/ws' }

describe('resolveConfig with policy', () => {
  it('reads policy as a list and no-match with its default warn', () => {
    const c = resolveConfig({ policy: 'policies/*.yaml\nauto' }, env)
    expect(c.policy).toEqual(['policies/*.yaml', 'auto'])
    expect(c.noMatch).toBe('warn')
    expect(resolveConfig({ policy: 'p.yaml', 'no-match': 'deny' }, env).noMatch).toBe('deny')
    expect(resolveConfig({}, env).policy).toEqual([])
  })

  it.each([
    ['certificate-identity', 'https://x'],
    ['certificate-oidc-issuer-regexp', '^x$'],
    ['issuer-allowlist', 'https://x'],
    ['key', 'cosign.pub'],
    ['certificate-github-workflow-repository', 'acme/app'],
    ['insecure-ignore-tlog', 'true']
  ])('refuses policy together with the flat input %s', (name, value) => {
    expect(codeOf(() => resolveConfig({ policy: 'p.yaml', [name]: value }, env))).toBe('INPUT_INVALID')
  })

  it('refuses a bad no-match, policy with signing, and explain without policy', () => {
    expect(codeOf(() => resolveConfig({ policy: 'p.yaml', 'no-match': 'block' }, env))).toBe('INPUT_INVALID')
    expect(codeOf(() => resolveConfig({ policy: 'p.yaml', mode: 'sign', images: 'ghcr.io/a/b:1' }, env))).toBe('INPUT_INVALID')
    expect(codeOf(() => resolveConfig({ mode: 'explain' }, env))).toBe('INPUT_INVALID')
    expect(resolveConfig({ mode: 'explain', policy: 'auto' }, env).mode).toBe('explain')
  })
})
