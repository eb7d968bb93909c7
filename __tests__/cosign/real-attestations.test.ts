/**
 * A real cosign attestation from public-good Sigstore: the `.att` image slsa-github-generator wrote
 * in August 2022 (cosign 1.x, Rekor intoto v0.0.1 entry), saved in OCI layout by slsa-verifier's
 * test data (source in __tests__/fixtures/cosign/README.md). Stored in a local registry the way
 * cosign stored it and checked offline against the public-good root shipped with the action.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { TrustMaterial } from '@sigstore/verify'
import { Verifier } from '@sigstore/verify'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { attTag, createCosignVerifier, digestOf } from '../../src/cosign/index.js'
import { silentLogger } from '../../src/logger.js'
import type { AttestationRequirement, Policy } from '../../src/policy/index.js'
import { createRegistryClient, type RegistryClient } from '../../src/registry/index.js'
import { loadTrustMaterial } from '../../src/trust/index.js'
import { policy as policyOf } from '../report/fixtures.js'
import { pushBundleReferrer } from '../support/cosign-signing.js'
import { startRegistry, type StartedRegistry } from '../support/registry-server.js'

const DIR = path.join(process.cwd(), '__tests__', 'fixtures', 'cosign', 'slsa-github-generator-container-2022')
const blob = (hex: string): Buffer => readFileSync(path.join(DIR, hex))
const IMAGE_DIGEST = 'sha256:2bc8d7da45cdfb2902cef3292a3211351079b15b0f14f0ae9d5f9eea98b8b2d2'
const ATT_MANIFEST = blob('b7773d35be754aa50e484d9cac8cfc3696e8dfa937be9783c7f7cd21872816ee')
const ENVELOPE = blob('a2ece3a040c3cc7a511e60ef56bc2bfac79118e207e6297aaeaf9aa8fec5c015')
const CONFIG = blob('f9b849875a33c0a9f8a6b471d32146a96e252e8932c0391de0ef90c567d4d550')
const SIGNER = 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_container_slsa3.yml@refs/heads/main'
const ISSUER = 'https://token.actions.githubusercontent.com'
const SLSA02: AttestationRequirement = { predicateType: 'https://slsa.dev/provenance/v0.2' }

let registry: StartedRegistry
let client: RegistryClient
let trust: TrustMaterial
let verifier: Verifier

const policy = (over: Partial<Policy> = {}): Policy => policyOf({ requireSigned: true, certificateIdentity: SIGNER, certificateOidcIssuer: ISSUER, ...over })

async function store(repository: string, envelope: Buffer, digest = IMAGE_DIGEST): Promise<string> {
  const repo = { registry: registry.host, repository }
  await client.uploadBlob(repo, CONFIG)
  await client.uploadBlob(repo, envelope)
  const manifest = envelope === ENVELOPE ? ATT_MANIFEST : Buffer.from(ATT_MANIFEST.toString().replace(digestOf(ENVELOPE), digestOf(envelope)).replace('"size":12108', `"size":${envelope.length}`))
  await client.putManifest(repo, attTag(digest), manifest, 'application/vnd.oci.image.manifest.v1+json')
  return `${registry.host}/${repository}`
}

const check = (name: string, p: Policy, requirement = SLSA02, digest = IMAGE_DIGEST) =>
  createCosignVerifier({ client, verifier, policy: p, logger: silentLogger, trust }).verifyAttestations({ name, digest }, [requirement])

beforeAll(async () => {
  registry = await startRegistry({ auth: 'none' })
  client = createRegistryClient({ logger: silentLogger, insecureRegistries: [registry.host] })
  trust = await loadTrustMaterial({ offline: true, logger: silentLogger })
  verifier = new Verifier(trust)
})

afterAll(async () => {
  client?.close()
  await registry?.stop()
})

describe('a real cosign .att attestation logged as Rekor intoto v0.0.1', () => {
  it('holds the exact bytes cosign wrote', () => {
    expect(digestOf(ATT_MANIFEST)).toBe('sha256:b7773d35be754aa50e484d9cac8cfc3696e8dfa937be9783c7f7cd21872816ee')
    expect(digestOf(ENVELOPE)).toBe('sha256:a2ece3a040c3cc7a511e60ef56bc2bfac79118e207e6297aaeaf9aa8fec5c015')
  })

  it('verifies offline with the signer identity, log index and provenance facts', async () => {
    const name = await store('real/att', ENVELOPE)
    const { entries, error } = await check(name, policy())
    expect(error).toBeUndefined()
    expect(entries[0]).toMatchObject({
      verified: true,
      format: 'cosign-legacy',
      location: 'att-tag',
      signerSubject: SIGNER,
      signerIssuer: ISSUER,
      tlogIndex: 3116401,
      signedAt: '2022-08-05T03:47:44.000Z',
      facts: { builder: SIGNER, sourceRepository: 'https://github.com/slsa-framework/example-package', sourceRef: 'refs/heads/main' }
    })
  })

  it('holds a Kyverno condition on the builder and fails one that pins another', async () => {
    const name = await store('real/att-conditions', ENVELOPE)
    const pin = (value: string): AttestationRequirement => ({ ...SLSA02, conditions: [{ all: [{ key: '{{ builder.id }}', operator: 'Equals', value }] }] })
    expect((await check(name, policy(), pin('https://github.com/slsa-framework/slsa-github-generator/*'))).entries[0].verified).toBe(true)
    expect((await check(name, policy(), pin('https://github.com/other/builder@v1'))).entries[0]).toMatchObject({ verified: false, details: expect.stringMatching(/condition failed/) })
  })

  it('fails with another identity', async () => {
    const name = await store('real/att-identity', ENVELOPE)
    const { entries } = await check(name, policy({ certificateIdentity: 'https://github.com/someone/else/.github/workflows/x.yml@refs/heads/main' }))
    expect(entries[0]).toMatchObject({ verified: false, signerSubject: SIGNER, details: expect.stringMatching(/expected identity/) })
  })

  it('fails with a tampered statement, even with the original signature and log entry', async () => {
    const envelope = JSON.parse(ENVELOPE.toString()) as { payload: string }
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString()) as { predicate: { builder: { id: string } } }
    statement.predicate.builder.id = 'https://github.com/evil/builder'
    const forged = Buffer.from(JSON.stringify({ ...envelope, payload: Buffer.from(JSON.stringify(statement)).toString('base64') }))
    const name = await store('real/att-tampered', forged)
    const { entries } = await check(name, policy())
    expect(entries[0]).toMatchObject({ verified: false, details: expect.stringMatching(/log entry records envelope/) })
  })

  it('fails when stored for another image digest', async () => {
    const other = `sha256:${'ab'.repeat(32)}`
    const name = await store('real/att-moved', ENVELOPE, other)
    const { entries } = await check(name, policy(), SLSA02, other)
    expect(entries[0]).toMatchObject({ verified: false, details: expect.stringMatching(/statement subject/) })
  })
})

describe('a real GitHub artifact attestation (actions/attest-build-provenance) as a referrer', () => {
  const GITHUB = path.join(process.cwd(), '__tests__', 'fixtures', 'cosign', 'github-attestation-2024', 'reusable-workflow-attestation.sigstore.json')
  const SUBJECT = 'sha256:49a3aa6075e0f49f82843e74b5baa614ad2a588e6675612bf108a0a008c5ac25'
  const SLSA1: AttestationRequirement = { predicateType: 'https://slsa.dev/provenance/v1' }
  // The reusable workflow that signed (the certificate SAN), not the caller named in the predicate.
  const WORKFLOW = 'https://github.com/github/artifact-attestations-workflows/.github/workflows/attest.yml@09b495c3f12c7881b3cc17209a327792065c1a1d'

  async function attach(repository: string, bundle: Buffer, label = SLSA1.predicateType): Promise<string> {
    const repo = { registry: registry.host, repository }
    await pushBundleReferrer(client, repo, { digest: SUBJECT, size: 1, mediaType: 'application/vnd.oci.image.manifest.v1+json' }, bundle, label)
    return `${registry.host}/${repository}`
  }

  it('verifies from the referrers tag with GitHub\'s workflow identity and facts', async () => {
    const name = await attach('real/gh', readFileSync(GITHUB))
    const { entries } = await check(name, policy({ certificateIdentity: WORKFLOW }), SLSA1, SUBJECT)
    expect(entries[0]).toMatchObject({
      verified: true,
      format: 'sigstore-bundle',
      location: 'referrers-tag',
      signerSubject: WORKFLOW,
      signerIssuer: ISSUER,
      tlogIndex: 96764485,
      facts: { builder: 'https://github.com/actions/runner/github-hosted', sourceRepository: 'https://github.com/malancas/attest-demo', sourceRef: 'refs/heads/main' }
    })
  })

  it('fails with another identity, a tampered statement or another label', async () => {
    const name = await attach('real/gh-adversarial', readFileSync(GITHUB))
    expect((await check(name, policy({ certificateIdentity: 'https://github.com/someone/else/.github/workflows/x.yml@refs/heads/main' }), SLSA1, SUBJECT)).entries[0].verified).toBe(false)
    const bundle = JSON.parse(readFileSync(GITHUB, 'utf8')) as { dsseEnvelope: { payload: string } }
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString()) as { predicate: { runDetails: { builder: { id: string } } } }
    statement.predicate.runDetails.builder.id = 'https://github.com/evil/builder'
    bundle.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64')
    const tampered = await attach('real/gh-tampered', Buffer.from(JSON.stringify(bundle)))
    expect((await check(tampered, policy({ certificateIdentity: WORKFLOW }), SLSA1, SUBJECT)).entries[0]).toMatchObject({ verified: false, details: expect.stringMatching(/TLOG_BODY_ERROR|SIGNATURE_ERROR/) })
    const relabelled = await attach('real/gh-relabelled', readFileSync(GITHUB), 'https://spdx.dev/Document')
    expect((await check(relabelled, policy({ certificateIdentity: WORKFLOW }), { predicateType: 'https://spdx.dev/Document' }, SUBJECT)).entries[0]).toMatchObject({ verified: false, details: expect.stringMatching(/labels it/) })
  })
})
