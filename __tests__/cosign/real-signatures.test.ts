/**
 * Real signatures made by cosign on public-good Sigstore (sources in __tests__/fixtures/cosign/README.md),
 * stored in a local registry the way cosign stored them, and checked through the whole verifier
 * offline, against the public-good root shipped with the action.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Verifier } from '@sigstore/verify'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { createCosignVerifier } from '../../src/cosign/index.js'
import { silentLogger } from '../../src/logger.js'
import type { Policy } from '../../src/policy/index.js'
import { policy as policyOf } from '../report/fixtures.js'
import { createRegistryClient, type RegistryClient } from '../../src/registry/index.js'
import { loadTrustMaterial } from '../../src/trust/index.js'
import { pushLegacySignatures } from '../support/cosign-signing.js'
import { startRegistry, type StartedRegistry } from '../support/registry-server.js'

const FIXTURES = path.join(process.cwd(), '__tests__', 'fixtures', 'cosign')
const fixtures = ['go-bazel-github-workflow-v0.0.30', 'cosign-bazel-cloud-build-2022'].map(name => {
  const dir = path.join(FIXTURES, name)
  const meta = JSON.parse(readFileSync(path.join(dir, 'fixture.json'), 'utf8')) as { signer: { subject: string; issuer: string }; image: { digest: string }; layerIndex: number }
  const manifest = JSON.parse(readFileSync(path.join(dir, 'sig-manifest.json'), 'utf8')) as { layers: { annotations: Record<string, string> }[] }
  return { name, ...meta, payload: readFileSync(path.join(dir, 'payload.json')), annotations: manifest.layers[meta.layerIndex].annotations }
})

const policy = (over: Partial<Policy> = {}): Policy => policyOf({ requireSigned: true, ...over })

let registry: StartedRegistry
let client: RegistryClient
let verifier: Verifier
beforeAll(async () => {
  registry = await startRegistry({ auth: 'none' })
  client = createRegistryClient({ logger: silentLogger, insecureRegistries: [registry.host] })
  verifier = new Verifier(await loadTrustMaterial({ offline: true, logger: silentLogger }))
})
afterAll(async () => {
  client?.close()
  await registry?.stop()
})

describe.each(fixtures)('a real cosign signature ($name)', f => {
  const name = () => `${registry.host}/real/${f.name}`
  beforeAll(async () => {
    await pushLegacySignatures(client, { registry: registry.host, repository: `real/${f.name}` }, f.image.digest, [{ payload: f.payload, annotations: f.annotations }])
  })

  it('verifies offline with the signer identity cosign printed', async () => {
    const v = await createCosignVerifier({ client, verifier, policy: policy({ certificateIdentity: f.signer.subject, certificateOidcIssuer: f.signer.issuer }), logger: silentLogger }).verify({ name: name(), digest: f.image.digest })
    expect(v).toMatchObject({ status: 'verified', signatureFormat: 'cosign-legacy', signerSubject: f.signer.subject, signerIssuer: f.signer.issuer })
    expect(v.tlogIndex).toEqual(expect.any(Number))
  })

  it('is an untrusted signer under another identity', async () => {
    const v = await createCosignVerifier({ client, verifier, policy: policy({ certificateIdentity: 'https://github.com/someone/else' }), logger: silentLogger }).verify({ name: name(), digest: f.image.digest })
    expect(v.status).toBe('untrusted-signer')
  })
})
