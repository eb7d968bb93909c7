/**
 * Attestations end to end on the real registry (docker-registry 2.8.2: no referrers API, so bundles
 * live in the fallback tag index) with the local Sigstore stack: `attest` writes what cosign
 * writes, the verifier reads it back, and the adversarial cases never verify.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { bundleToJSON } from '@sigstore/bundle'
import { toSignedEntity, Verifier } from '@sigstore/verify'
import { generateKeyPairSync } from 'node:crypto'
import {
  attestImages,
  attTag,
  collectAttestations,
  createCosignVerifier,
  MAX_ATTESTATIONS_PER_LOCATION,
  createKeylessSigner,
  createKeySigner,
  createWitnesses,
  DSSE_ENVELOPE_MEDIA_TYPE,
  keyId,
  loadSigningKey,
  pushAttestationLayer,
  pushAttestationReferrer,
  signImages,
  toSimpleSigningPayload,
  type SignatureFormatOption
} from '../../src/cosign/index.js'
import { silentLogger } from '../../src/logger.js'
import type { AttestationRequirement, Policy } from '../../src/policy/index.js'
import { createRegistryClient, type RegistryClient } from '../../src/registry/index.js'
import { loadTrustMaterial } from '../../src/trust/index.js'
import { policy as policyOf } from '../report/fixtures.js'
import { legacyLayerFrom, pushLegacySignatures, signMessage, signStatement } from '../support/cosign-signing.js'
import { pushTestImage, startRegistry, type StartedRegistry, type TestImage } from '../support/registry-server.js'
import { startSigstoreStack, type OidcClaims, type SigstoreStack } from '../support/sigstore-stack.js'

const SLSA02 = 'https://slsa.dev/provenance/v0.2'
const SPDX = 'https://spdx.dev/Document'
const BUILDER = 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_container_slsa3.yml@refs/tags/v1.9.0'

let registry: StartedRegistry
let stack: SigstoreStack
let client: RegistryClient
let trusted: Verifier
let san: string

const nameOf = (img: TestImage): string => `${registry.host}/${img.repo.repository}`
const push = (repo: string, text: string) => pushTestImage(client, registry.host, repo, null, text)
const requirements = (...types: string[]): AttestationRequirement[] => types.map(predicateType => ({ predicateType }))
const basePolicy = (over: Partial<Policy> = {}): Policy => policyOf({ requireSigned: true, certificateIdentity: san, ...over })

const provenance = (builder = BUILDER) =>
  Buffer.from(JSON.stringify({ builder: { id: builder }, buildType: 'https://github.com/slsa-framework/slsa-github-generator/container@v1', invocation: { configSource: { uri: 'git+https://github.com/acme/app@refs/heads/main', entryPoint: '.github/workflows/release.yml' } } }))
const sbom = Buffer.from(JSON.stringify({ spdxVersion: 'SPDX-2.3', name: 'app', packages: [{ name: 'a' }, { name: 'b' }, { name: 'c' }] }))

function keylessSigner(claims?: OidcClaims) {
  return createKeylessSigner({ fulcioUrl: stack.fulcioUrl, identityProvider: { getToken: async () => stack.issueToken(claims) }, timeoutMs: 10_000 })
}

async function attest(img: TestImage, predicateType: string, predicate: Buffer, format: SignatureFormatOption, signer = keylessSigner()) {
  const [result] = await attestImages([{ name: nameOf(img), digest: img.digest, ref: `${nameOf(img)}@${img.digest}`, subject: { mediaType: img.manifest.mediaType, size: img.manifestBytes.length } }], {
    client,
    signer,
    witnesses: createWitnesses({ rekorUrl: stack.rekorUrl, tlogUpload: true, timeoutMs: 10_000 }),
    format,
    predicateType,
    predicate,
    logger: silentLogger
  })
  expect(result.ok).toBe(true)
  return result
}

async function signImage(img: TestImage): Promise<void> {
  const payload = toSimpleSigningPayload({ dockerReference: nameOf(img), manifestDigest: img.digest })
  await pushLegacySignatures(client, img.repo, img.digest, [legacyLayerFrom(payload, await signMessage(stack, payload))])
}

const verify = (img: TestImage, policy: Policy, verifier = trusted, keyIdentity?: string) =>
  createCosignVerifier({ client, verifier, policy, logger: silentLogger, keyIdentity }).verify({ name: nameOf(img), digest: img.digest })

beforeAll(async () => {
  registry = await startRegistry({ auth: 'none' })
  stack = await startSigstoreStack()
  client = createRegistryClient({ logger: silentLogger, insecureRegistries: [registry.host] })
  trusted = new Verifier(await loadTrustMaterial({ trustedRoot: stack.trustedRootPath, offline: true, logger: silentLogger }))
  const probe = await signMessage(stack, Buffer.from('probe'))
  san = trusted.verify(toSignedEntity(probe, Buffer.from('probe'))).identity?.subjectAlternativeName ?? ''
}, 60_000)

afterAll(async () => {
  client?.close()
  await Promise.all([registry?.stop(), stack?.stop()])
})

describe('attestImages then verify (keyless)', () => {
  it.each([
    ['legacy', 'att-tag', 'cosign-legacy'],
    ['bundle', 'referrers-tag', 'sigstore-bundle']
  ] as const)('reads back a %s attestation with its facts', async (format, location, recordFormat) => {
    const img = await push(`rt/keyless-${format}`, `keyless-${format}`)
    await signImage(img)
    await attest(img, SLSA02, provenance(), format)
    await attest(img, SPDX, sbom, format)
    const v = await verify(img, basePolicy({ attestations: requirements(SLSA02, SPDX) }))
    expect(v.status).toBe('verified')
    expect(v.attestations).toEqual([
      expect.objectContaining({ predicateType: SLSA02, verified: true, required: true, format: recordFormat, location, signerSubject: san, facts: { builder: BUILDER, sourceRepository: 'https://github.com/acme/app', sourceRef: 'refs/heads/main' } }),
      expect.objectContaining({ predicateType: SPDX, verified: true, format: recordFormat, location, facts: { sbomFormat: 'SPDX-2.3', packageCount: 3 } })
    ])
    expect(v.attestations?.[0].tlogIndex).toEqual(expect.any(Number))
  })

  it('writes the .att layout cosign attest writes', async () => {
    const img = await push('rt/layout', 'layout')
    await attest(img, SLSA02, provenance(), 'legacy')
    const manifest = (await client.getManifest(img.repo, attTag(img.digest))).json as { layers: { mediaType: string; digest: string; annotations: Record<string, string> }[] }
    // cosign: static.NewAttestation + WithLayerMediaType(types.DssePayloadType), predicateType annotation, empty signature annotation.
    expect(manifest.layers).toHaveLength(1)
    expect(manifest.layers[0].mediaType).toBe(DSSE_ENVELOPE_MEDIA_TYPE)
    expect(manifest.layers[0].annotations).toMatchObject({ predicateType: SLSA02, 'dev.cosignproject.cosign/signature': '' })
    expect(manifest.layers[0].annotations['dev.sigstore.cosign/certificate']).toMatch(/BEGIN CERTIFICATE/)
    expect(JSON.parse(manifest.layers[0].annotations['dev.sigstore.cosign/bundle'])).toHaveProperty('SignedEntryTimestamp')
    const envelope = JSON.parse((await client.getBlob(img.repo, manifest.layers[0].digest)).toString()) as { payloadType: string; payload: string; signatures: unknown[] }
    expect(Object.keys(envelope)).toEqual(['payloadType', 'payload', 'signatures'])
    expect(envelope.payloadType).toBe('application/vnd.in-toto+json')
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString()) as Record<string, unknown>
    // cosign v2 attest: in-toto Statement v0.1, subject = repository name + digest.
    expect(statement).toMatchObject({ _type: 'https://in-toto.io/Statement/v0.1', predicateType: SLSA02, subject: [{ name: nameOf(img), digest: { sha256: img.digest.slice(7) } }] })
  })
})

describe('attestImages then verify (key-based)', () => {
  it.each(['legacy', 'bundle'] as const)('reads back a %s attestation signed with a key', async format => {
    const pair = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
    const publicPem = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString()
    const key = await loadSigningKey(pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), undefined)
    const img = await push(`rt/key-${format}`, `key-${format}`)
    await attest(img, SLSA02, provenance(), format, createKeySigner(key, keyId(publicPem)))
    const keyVerifier = new Verifier(await loadTrustMaterial({ trustedRoot: stack.trustedRootPath, offline: true, logger: silentLogger, key: publicPem }), { ctlogThreshold: 0 })
    const policy = basePolicy({ key: publicPem, certificateIdentity: undefined, attestations: requirements(SLSA02) })
    // Attestations are checked once the image signature holds: sign it with the same key.
    expect(await signWithKey(img, key, publicPem)).toEqual([true])
    const v = await verify(img, policy, keyVerifier, keyId(publicPem))
    expect(v.status).toBe('verified')
    expect(v.attestations?.[0]).toMatchObject({ verified: true, signerSubject: keyId(publicPem) })
    const other = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey.export({ type: 'spki', format: 'pem' }).toString()
    const otherVerifier = new Verifier(await loadTrustMaterial({ trustedRoot: stack.trustedRootPath, offline: true, logger: silentLogger, key: other }), { ctlogThreshold: 0 })
    expect((await verify(img, { ...policy, key: other }, otherVerifier, keyId(other))).status).not.toBe('verified')
  })
})

/** A key-based legacy image signature through the production signer. */
async function signWithKey(img: TestImage, key: Awaited<ReturnType<typeof loadSigningKey>>, publicPem: string): Promise<boolean[]> {
  const results = await signImages([{ name: nameOf(img), digest: img.digest, ref: `${nameOf(img)}@${img.digest}`, subject: { mediaType: img.manifest.mediaType, size: img.manifestBytes.length } }], {
    client,
    signer: createKeySigner(key, keyId(publicPem)),
    witnesses: createWitnesses({ rekorUrl: stack.rekorUrl, tlogUpload: true, timeoutMs: 10_000 }),
    format: 'legacy',
    annotations: {},
    logger: silentLogger,
    proof: {
      verifier: new Verifier(await loadTrustMaterial({ trustedRoot: stack.trustedRootPath, offline: true, logger: silentLogger, key: publicPem }), { ctlogThreshold: 0 }),
      keyIdentity: keyId(publicPem),
      policyFor: () => basePolicy({ key: publicPem, certificateIdentity: undefined })
    }
  })
  return results.map(r => r.ok)
}

describe('required attestations that do not hold', () => {
  it('is missing-attestation when the SBOM is absent', async () => {
    const img = await push('adv/no-sbom', 'no-sbom')
    await signImage(img)
    await attest(img, SLSA02, provenance(), 'bundle')
    const v = await verify(img, basePolicy({ attestations: requirements(SLSA02, SPDX) }))
    expect(v).toMatchObject({ status: 'missing-attestation', signed: false })
    expect(v.attestations?.find(a => a.predicateType === SPDX)).toMatchObject({ verified: false, required: true, format: null, location: null })
  })

  it('rejects a statement for another digest', async () => {
    const img = await push('adv/other-digest', 'other-digest')
    const elsewhere = await push('adv/other-digest', 'elsewhere')
    await signImage(img)
    const statement = Buffer.from(JSON.stringify({ _type: 'https://in-toto.io/Statement/v1', subject: [{ name: 'x', digest: { sha256: elsewhere.digest.slice(7) } }], predicateType: SLSA02, predicate: JSON.parse(provenance().toString()) }))
    const bundle = await signStatement(stack, statement)
    await pushAttestationReferrer(client, img.repo, img.digest, Buffer.from(JSON.stringify(bundleToJSON(bundle))), SLSA02, new Date())
    const v = await verify(img, basePolicy({ attestations: requirements(SLSA02) }))
    expect(v.status).toBe('missing-attestation')
    expect(v.attestations?.[0].details).toMatch(/statement subject/)
  })

  it('rejects a predicate type that differs from the annotation', async () => {
    const img = await push('adv/relabelled', 'relabelled')
    await signImage(img)
    const statement = Buffer.from(JSON.stringify({ _type: 'https://in-toto.io/Statement/v1', subject: [{ digest: { sha256: img.digest.slice(7) } }], predicateType: 'https://cosign.sigstore.dev/attestation/vuln/v1', predicate: {} }))
    const bundle = await signStatement(stack, statement)
    await pushAttestationReferrer(client, img.repo, img.digest, Buffer.from(JSON.stringify(bundleToJSON(bundle))), SLSA02, new Date())
    const v = await verify(img, basePolicy({ attestations: requirements(SLSA02) }))
    expect(v.status).toBe('missing-attestation')
    expect(v.attestations?.[0]).toMatchObject({ verified: false, predicateType: SLSA02 })
    expect(v.attestations?.[0].details).toMatch(/labels it/)
  })

  it('rejects an attestation signed by another identity, and accepts it under a per-attestation authority', async () => {
    const img = await push('adv/other-identity', 'other-identity')
    await signImage(img)
    await attest(img, SLSA02, provenance(), 'legacy', keylessSigner({ job_workflow_ref: 'evil/repo/.github/workflows/x.yml@refs/heads/main' }))
    const v = await verify(img, basePolicy({ attestations: requirements(SLSA02) }))
    expect(v.status).toBe('missing-attestation')
    expect(v.attestations?.[0]).toMatchObject({ verified: false, signerSubject: expect.stringContaining('evil/repo') })
    const authority = { predicateType: SLSA02, authorities: [{ certificateIdentityRegexp: '^https://github.com/evil/repo/' }] }
    expect((await verify(img, basePolicy({ attestations: [authority] }))).status).toBe('verified')
  })

  it('rejects a tampered statement in the .att tag', async () => {
    const img = await push('adv/tampered', 'tampered')
    await signImage(img)
    await attest(img, SLSA02, provenance(), 'legacy')
    const manifest = (await client.getManifest(img.repo, attTag(img.digest))).json as { layers: { digest: string; annotations: Record<string, string> }[] }
    const envelope = JSON.parse((await client.getBlob(img.repo, manifest.layers[0].digest)).toString()) as { payload: string }
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString()) as { predicate: { builder: { id: string } } }
    statement.predicate.builder.id = 'https://evil.example/builder'
    const forged = Buffer.from(JSON.stringify({ ...envelope, payload: Buffer.from(JSON.stringify(statement)).toString('base64') }))
    await client.putManifest(img.repo, attTag(img.digest), Buffer.from(JSON.stringify({ ...manifest, layers: [] })), 'application/vnd.oci.image.manifest.v1+json')
    await pushAttestationLayer(client, img.repo, img.digest, forged, manifest.layers[0].annotations)
    const v = await verify(img, basePolicy({ attestations: requirements(SLSA02) }))
    expect(v.status).toBe('missing-attestation')
    expect(v.attestations?.[0].details).toMatch(/cosign-legacy in att-tag: (TLOG_BODY_ERROR|SIGNATURE_FAILED): /)
  })

  it('applies Kyverno conditions to the predicate', async () => {
    const img = await push('adv/conditions', 'conditions')
    await signImage(img)
    await attest(img, SLSA02, provenance('https://github.com/evil/builder'), 'bundle')
    const pinned = (value: string): AttestationRequirement => ({ predicateType: SLSA02, conditions: [{ all: [{ key: '{{ builder.id }}', operator: 'Equals', value }] }] })
    const v = await verify(img, basePolicy({ attestations: [pinned(BUILDER)] }))
    expect(v.status).toBe('missing-attestation')
    expect(v.attestations?.[0].details).toMatch(/condition failed/)
    expect((await verify(img, basePolicy({ attestations: [pinned('https://github.com/evil/*')] }))).status).toBe('verified')
  })
})

describe('collectAttestations bounds', () => {
  it(`reads at most ${MAX_ATTESTATIONS_PER_LOCATION} attestations from one location`, async () => {
    const img = await push('adv/flood', 'flood')
    const statement = Buffer.from(JSON.stringify({ _type: 'https://in-toto.io/Statement/v1', subject: [{ digest: { sha256: img.digest.slice(7) } }], predicateType: SPDX, predicate: {} }))
    const bundle = Buffer.from(JSON.stringify(bundleToJSON(await signStatement(stack, statement))))
    for (let i = 0; i <= MAX_ATTESTATIONS_PER_LOCATION; i++) await pushAttestationReferrer(client, img.repo, img.digest, bundle, SPDX, new Date(Date.UTC(2026, 0, 1, 0, 0, i)))
    const before = client.requestCount()
    const collected = await collectAttestations(client, img.repo, img.digest, { verifier: trusted, policy: basePolicy() })
    expect(collected.found).toHaveLength(MAX_ATTESTATIONS_PER_LOCATION)
    expect(collected.probes.find(p => p.location === 'referrers-tag')?.answer).toMatch(/only the first/)
    expect(client.requestCount() - before).toBeLessThanOrEqual(2 + 2 * MAX_ATTESTATIONS_PER_LOCATION + 2)
  }, 60_000)
})

describe('cosign 0.x envelopes (predicate type as the DSSE payloadType)', () => {
  it('are refused: nothing in them says they hold an in-toto statement', async () => {
    const img = await push('adv/old-payload-type', 'old-payload-type')
    await signImage(img)
    const statement = Buffer.from(JSON.stringify({ _type: 'https://in-toto.io/Statement/v0.1', predicateType: SLSA02, subject: [{ name: nameOf(img), digest: { sha256: img.digest.slice(7) } }], predicate: JSON.parse(provenance().toString()) }))
    const { DSSEBundleBuilder, FulcioSigner, RekorWitness } = await import('@sigstore/sign')
    const signer = new FulcioSigner({ fulcioBaseURL: stack.fulcioUrl, identityProvider: { getToken: async () => stack.issueToken() } })
    const bundle = await new DSSEBundleBuilder({ signer, witnesses: [new RekorWitness({ rekorBaseURL: stack.rekorUrl })] }).create({ data: statement, type: SLSA02 })
    await pushAttestationReferrer(client, img.repo, img.digest, Buffer.from(JSON.stringify(bundleToJSON(bundle))), SLSA02, new Date())
    const v = await verify(img, basePolicy({ attestations: requirements(SLSA02) }))
    expect(v.status).toBe('missing-attestation')
    expect(v.attestations?.[0].details).toMatch(/payloadType/)
  })
})
