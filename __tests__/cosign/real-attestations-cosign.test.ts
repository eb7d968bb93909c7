/**
 * Two more real cosign attestations from public material (issue 13; sources in
 * __tests__/fixtures/cosign/README.md), stored the way cosign stores them and verified offline:
 * - a key-based attestation (DSSE envelope signed with a cosign key, no transparency log), from
 *   cosign's own verify-blob-attestation tests, as the layer of a `.att` image;
 * - a cosign v3 attestation bundle (`cosign attest --new-bundle-format`, public-good Sigstore,
 *   Rekor dsse v0.0.1), from cosign's own OCI bundle tests, as an OCI 1.1 referrer.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Verifier } from '@sigstore/verify'
import { generateKeyPairSync } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { createCosignVerifier, keyId, pushAttestationLayer } from '../../src/cosign/index.js'
import { silentLogger } from '../../src/logger.js'
import type { AttestationRequirement, Policy } from '../../src/policy/index.js'
import { createRegistryClient, type RegistryClient } from '../../src/registry/index.js'
import { loadTrustMaterial } from '../../src/trust/index.js'
import { policy as policyOf } from '../report/fixtures.js'
import { pushBundleReferrer } from '../support/cosign-signing.js'
import { startRegistry, type StartedRegistry } from '../support/registry-server.js'

const FIXTURES = path.join(process.cwd(), '__tests__', 'fixtures', 'cosign')
const fixture = (...parts: string[]): Buffer => readFileSync(path.join(FIXTURES, ...parts))

let registry: StartedRegistry
let client: RegistryClient

beforeAll(async () => {
  registry = await startRegistry({ auth: 'none' })
  client = createRegistryClient({ logger: silentLogger, insecureRegistries: [registry.host] })
})

afterAll(async () => {
  client?.close()
  await registry?.stop()
})

const check = (verifier: Verifier, name: string, digest: string, policy: Policy, requirement: AttestationRequirement, keyIdentity?: string) =>
  createCosignVerifier({ client, verifier, policy, logger: silentLogger, keyIdentity }).verifyAttestations({ name, digest }, [requirement])

/** The statement inside a DSSE envelope, changed by `edit`, re-encoded with the original signature. */
function tamper<T extends { payload: string }>(envelope: T, edit: (statement: { predicate: Record<string, unknown> }) => void): T {
  const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString()) as { predicate: Record<string, unknown> }
  edit(statement)
  return { ...envelope, payload: Buffer.from(JSON.stringify(statement)).toString('base64') }
}

describe('a real key-based cosign attestation (no transparency log)', () => {
  const ENVELOPE = fixture('cosign-key-attestation-2022', 'envelope.json')
  const PUBLIC_KEY = fixture('cosign-key-attestation-2022', 'cosign.pub').toString()
  // sha256("some-payload"): the blob the statement names; stored here as the subject of a `.att` tag.
  const SUBJECT = 'sha256:658781cd4ed9bca60dacd09f7bb914bb51502e8b5d619f57f39a1d652596cc24'
  const SLSA02: AttestationRequirement = { predicateType: 'https://slsa.dev/provenance/v0.2' }

  async function keyVerifier(pem: string): Promise<Verifier> {
    // cosign verify-attestation --key … --insecure-ignore-tlog: no log, no timestamp, no certificate.
    return new Verifier(await loadTrustMaterial({ offline: true, logger: silentLogger, key: pem }), { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 })
  }
  const policy = (pem: string): Policy => policyOf({ requireSigned: true, key: pem, insecureIgnoreTlog: true, certificateIdentity: undefined })

  /** As `cosign attest --key … --tlog-upload=false` stores it: one DSSE layer, annotated with its predicate type. */
  async function store(repository: string, envelope: Buffer): Promise<string> {
    await pushAttestationLayer(client, { registry: registry.host, repository }, SUBJECT, envelope, { predicateType: SLSA02.predicateType })
    return `${registry.host}/${repository}`
  }

  it('holds the statement cosign signed', () => {
    const envelope = JSON.parse(ENVELOPE.toString()) as { payloadType: string; payload: string }
    expect(envelope.payloadType).toBe('application/vnd.in-toto+json')
    expect(JSON.parse(Buffer.from(envelope.payload, 'base64').toString())).toMatchObject({ predicateType: SLSA02.predicateType, subject: [{ digest: { sha256: SUBJECT.slice(7) } }] })
  })

  it('verifies with its public key', async () => {
    const name = await store('real/key-att', ENVELOPE)
    const { entries, error } = await check(await keyVerifier(PUBLIC_KEY), name, SUBJECT, policy(PUBLIC_KEY), SLSA02, keyId(PUBLIC_KEY))
    expect(error).toBeUndefined()
    expect(entries[0]).toMatchObject({ verified: true, format: 'cosign-legacy', location: 'att-tag', signerSubject: keyId(PUBLIC_KEY), tlogIndex: null })
  })

  it('fails with another key', async () => {
    const other = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey.export({ type: 'spki', format: 'pem' }).toString()
    const name = await store('real/key-att-other', ENVELOPE)
    const { entries } = await check(await keyVerifier(other), name, SUBJECT, policy(other), SLSA02, keyId(other))
    expect(entries[0]).toMatchObject({ verified: false, details: expect.stringMatching(/SIGNATURE_ERROR/) })
  })

  it('fails with a tampered statement under the original signature', async () => {
    const forged = tamper(JSON.parse(ENVELOPE.toString()) as { payload: string }, s => void (s.predicate.builder = { id: 'https://github.com/evil/builder' }))
    const name = await store('real/key-att-tampered', Buffer.from(JSON.stringify(forged)))
    const { entries } = await check(await keyVerifier(PUBLIC_KEY), name, SUBJECT, policy(PUBLIC_KEY), SLSA02, keyId(PUBLIC_KEY))
    expect(entries[0]).toMatchObject({ verified: false, details: expect.stringMatching(/SIGNATURE_ERROR/) })
  })
})

describe('a real cosign v3 attestation bundle (cosign attest --new-bundle-format) as a referrer', () => {
  const BUNDLE = fixture('cosign-oci-attestation-2025', 'oci-attestation.sigstore.json')
  // go-containerregistry's empty.Image, the image cosign's test attested.
  const SUBJECT = 'sha256:732112270d7e59418a8c080b134b24cabd67d250d0d0147a97ed95ba5c280aa4'
  const CUSTOM: AttestationRequirement = { predicateType: 'https://cosign.sigstore.dev/attestation/v1' }
  const SIGNER = 'cody@soyland.com'
  const ISSUER = 'https://github.com/login/oauth'
  let verifier: Verifier
  const policy = (over: Partial<Policy> = {}): Policy => policyOf({ requireSigned: true, certificateIdentity: SIGNER, certificateOidcIssuer: ISSUER, ...over })

  beforeAll(async () => {
    verifier = new Verifier(await loadTrustMaterial({ offline: true, logger: silentLogger }))
  })

  async function attach(repository: string, bundle: Buffer): Promise<string> {
    await pushBundleReferrer(client, { registry: registry.host, repository }, { digest: SUBJECT, size: 1, mediaType: 'application/vnd.oci.image.manifest.v1+json' }, bundle, CUSTOM.predicateType)
    return `${registry.host}/${repository}`
  }

  it('verifies offline against the public-good root, with its signer and log entry', async () => {
    const name = await attach('real/v3', BUNDLE)
    const { entries, error } = await check(verifier, name, SUBJECT, policy(), CUSTOM)
    expect(error).toBeUndefined()
    expect(entries[0]).toMatchObject({ verified: true, format: 'sigstore-bundle', signerSubject: SIGNER, signerIssuer: ISSUER, tlogIndex: 175508996, signedAt: '2025-02-28T19:18:11.000Z' })
  })

  it('fails with another identity', async () => {
    const name = await attach('real/v3-identity', BUNDLE)
    const { entries } = await check(verifier, name, SUBJECT, policy({ certificateIdentity: 'someone@example.com' }), CUSTOM)
    expect(entries[0]).toMatchObject({ verified: false, signerSubject: SIGNER, details: expect.stringMatching(/expected identity/) })
  })

  it('fails with a tampered statement under the original signature and log entry', async () => {
    const bundle = JSON.parse(BUNDLE.toString()) as { dsseEnvelope: { payload: string } }
    bundle.dsseEnvelope = tamper(bundle.dsseEnvelope, s => void (s.predicate.Data = '{"foo": "evil"}\n'))
    const name = await attach('real/v3-tampered', Buffer.from(JSON.stringify(bundle)))
    const { entries } = await check(verifier, name, SUBJECT, policy(), CUSTOM)
    expect(entries[0]).toMatchObject({ verified: false, details: expect.stringMatching(/TLOG_BODY_ERROR|SIGNATURE_ERROR/) })
  })
})
