import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { CIContextProvider, DSSEBundleBuilder, MessageSignatureBundleBuilder } from '@sigstore/sign'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify'
import { readFileSync } from 'node:fs'
import { stackSigner, stackWitnesses } from './sigstore-signing.js'
import { unsignedToken } from './sigstore-oidc.js'
import { githubActionsClaims, startSigstoreStack, type SigstoreStack } from './sigstore-stack.js'

const claimsOf = (jwt: string): Record<string, unknown> => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8'))

let stack: SigstoreStack
beforeAll(async () => {
  stack = await startSigstoreStack()
})
afterAll(async () => stack.stop())
afterEach(() => stack.setClaims({}))

const trustOf = (s: SigstoreStack) => toTrustMaterial(TrustedRoot.fromJSON(JSON.parse(readFileSync(s.trustedRootPath, 'utf8'))))

describe('startSigstoreStack', () => {
  describe('when a job asks the token endpoint the way Actions does', () => {
    it('answers CIContextProvider with a GitHub-shaped token for audience sigstore', async () => {
      const saved = { ...process.env }
      Object.assign(process.env, stack.env())
      delete process.env.SIGSTORE_ID_TOKEN
      try {
        const claims = claimsOf(await new CIContextProvider('sigstore').getToken())
        expect(claims).toMatchObject({ ...githubActionsClaims(), aud: 'sigstore' })
      } finally {
        process.env = saved
      }
      expect(stack.requests).toContain('oidc GET /token?api-version=2.0&audience=sigstore')
    })

    it('refuses a request without the request token', async () => {
      const response = await fetch(`${stack.tokenUrl}&audience=sigstore`)
      expect(response.status).toBe(401)
    })

    it('uses the claims set for the test', async () => {
      stack.setClaims({ repository: 'acme/app', event_name: 'release' })
      const response = await fetch(`${stack.tokenUrl}&audience=sigstore`, { headers: { Authorization: `Bearer ${stack.requestToken}` } })
      const { value } = (await response.json()) as { value: string }
      expect(claimsOf(value)).toMatchObject({ repository: 'acme/app', event_name: 'release' })
    })
  })

  describe('when Fulcio is asked for a certificate', () => {
    it('refuses a token the stack did not sign', async () => {
      const body = JSON.stringify({ credentials: { oidcIdentityToken: unsignedToken({ ...githubActionsClaims(), aud: 'sigstore' }) } })
      const response = await fetch(`${stack.fulcioUrl}/api/v2/signingCert`, { method: 'POST', body, headers: { 'content-type': 'application/json' } })
      expect(response.status).toBe(401)
    })

    it('certifies a GitHub workflow as https://github.com/<job_workflow_ref> and a Forgejo token by its sub', async () => {
      const payload = Buffer.from('hello')
      const github = await new MessageSignatureBundleBuilder({ signer: stackSigner(stack), witnesses: stackWitnesses(stack) }).create({ data: payload })
      const signer = new Verifier(trustOf(stack)).verify(toSignedEntity(github, payload))
      expect(signer.identity?.subjectAlternativeName).toBe(`https://github.com/${String(githubActionsClaims().job_workflow_ref)}`)

      stack.setClaims({ iss: 'https://codeberg.org/api/actions', sub: 'repo:acme/app:ref:refs/heads/main' })
      const forgejo = await new MessageSignatureBundleBuilder({ signer: stackSigner(stack), witnesses: stackWitnesses(stack) }).create({ data: payload })
      const identity = new Verifier(trustOf(stack)).verify(toSignedEntity(forgejo, payload)).identity
      expect(identity).toMatchObject({ subjectAlternativeName: 'repo:acme/app:ref:refs/heads/main', extensions: { issuer: 'https://codeberg.org/api/actions' } })
    })
  })

  describe('when many signatures are timestamped at once', () => {
    it('gives timestamps @sigstore/core can parse every time (TSA clock nudge) and canonical dsse entries', async () => {
      const builder = new DSSEBundleBuilder({ signer: stackSigner(stack), witnesses: stackWitnesses(stack) })
      const verifier = new Verifier(trustOf(stack))
      const bundles = await Promise.all(Array.from({ length: 25 }, (_, i) => builder.create({ data: Buffer.from(`{"n":${i}}`), type: 'application/json' })))
      for (const bundle of bundles) expect(() => verifier.verify(toSignedEntity(bundle))).not.toThrow()
    })
  })

  describe('when the clock is set a day ahead', () => {
    it('logs and certifies at that time', async () => {
      const tomorrow = Date.now() + 24 * 60 * 60 * 1000
      const later = await startSigstoreStack({ now: () => new Date(tomorrow) })
      try {
        const payload = Buffer.from('tomorrow')
        const bundle = await new MessageSignatureBundleBuilder({ signer: stackSigner(later), witnesses: stackWitnesses(later) }).create({ data: payload })
        expect(Number(bundle.verificationMaterial.tlogEntries[0].integratedTime)).toBe(Math.floor(tomorrow / 1000))
        expect(() => new Verifier(trustOf(later)).verify(toSignedEntity(bundle, payload))).not.toThrow()
      } finally {
        await later.stop()
      }
    })
  })
})
