import { describe, expect, it } from '@jest/globals'
import { resolveConfig } from '../../src/config/index.js'
import { proofPolicy } from '../../src/engine/sign-proof.js'

const config = (raw: Record<string, string>) =>
  resolveConfig(
    {
      mode: 'sign',
      images: `ghcr.io/acme/app@sha256:${'1'.repeat(64)}`,
      'certificate-identity-regexp': '.*',
      'certificate-oidc-issuer-regexp': '.*',
      'issuer-allowlist': 'https://token.actions.githubusercontent.com',
      annotations: 'env=prod',
      ...raw
    },
    {}
  )

describe('proofPolicy', () => {
  describe('when the signature was made keyless', () => {
    it('demands exactly the identity and issuer of the certificate, whatever looser rules the configuration has', () => {
      const policy = proofPolicy(config({}), { subject: 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main', issuer: 'https://token.actions.githubusercontent.com' }, undefined)
      expect(policy).toMatchObject({
        key: undefined,
        certificateIdentity: 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main',
        certificateOidcIssuer: 'https://token.actions.githubusercontent.com',
        certificateIdentityRegexp: undefined,
        certificateOidcIssuerRegexp: undefined,
        issuerAllowlist: [],
        githubWorkflow: {},
        platforms: 'index',
        insecureIgnoreTlog: false,
        annotations: { env: 'prod' }
      })
    })
  })

  describe('when the signature was made with a key', () => {
    it('demands that key, and the log only when the signature went to it', () => {
      const pem = '-----BEGIN PUBLIC KEY-----\nx\n-----END PUBLIC KEY-----\n'
      expect(proofPolicy(config({}), { subject: 'k', issuer: null }, pem)).toMatchObject({ key: pem, certificateIdentity: undefined, certificateOidcIssuer: undefined, insecureIgnoreTlog: false })
      expect(proofPolicy(config({ 'tlog-upload': 'false' }), { subject: 'k', issuer: null }, pem)).toMatchObject({ insecureIgnoreTlog: true })
    })
  })
})
