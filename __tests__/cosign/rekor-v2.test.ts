/**
 * Signatures and attestations logged in a Rekor v2 log (hashedrekord / dsse v0.0.2 entries, a
 * checkpoint-signed inclusion proof, no SET) with the time from an RFC 3161 timestamp, read from
 * the real registry with the local Sigstore stack's Fulcio and TSA and a test log
 * (support/rekor-v2-log.ts) in a generated trusted_root.json.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Bundle } from '@sigstore/bundle'
import { DSSEBundleBuilder, FulcioSigner, MessageSignatureBundleBuilder, TSAWitness } from '@sigstore/sign'
import { Verifier } from '@sigstore/verify'
import { generateKeyPairSync } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { createCosignVerifier, IN_TOTO_PAYLOAD_TYPE, toCosignSignStatement } from '../../src/cosign/index.js'
import { silentLogger } from '../../src/logger.js'
import type { Policy } from '../../src/policy/index.js'
import { createRegistryClient, type RegistryClient } from '../../src/registry/index.js'
import { loadTrustMaterial } from '../../src/trust/index.js'
import { policy as policyOf } from '../report/fixtures.js'
import { pushBundleReferrer } from '../support/cosign-signing.js'
import { createTestLogV2, type TestLogV2 } from '../support/rekor-v2-log.js'
import { pushTestImage, startRegistry, type StartedRegistry, type TestImage } from '../support/registry-server.js'
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore-stack.js'

const SLSA1 = 'https://slsa.dev/provenance/v1'

let registry: StartedRegistry
let stack: SigstoreStack
let client: RegistryClient
let log: TestLogV2
let verifier: Verifier

const nameOf = (img: TestImage): string => `${registry.host}/${img.repo.repository}`
const policy = (over: Partial<Policy> = {}): Policy => policyOf({ requireSigned: true, ...over })
const subjectOf = (img: TestImage) => ({ digest: img.digest, size: img.manifestBytes.length, mediaType: img.manifest.mediaType })

function builderOptions(tsa: boolean) {
  const signer = new FulcioSigner({ fulcioBaseURL: stack.fulcioUrl, identityProvider: { getToken: async () => stack.issueToken() } })
  return { signer, witnesses: tsa ? [new TSAWitness({ tsaBaseURL: stack.tsaUrl })] : [] }
}
const signDsse = (statement: Buffer, tsa = true): Promise<Bundle> => new DSSEBundleBuilder(builderOptions(tsa)).create({ data: statement, type: IN_TOTO_PAYLOAD_TYPE })
const statementFor = (img: TestImage, predicateType: string) =>
  Buffer.from(JSON.stringify({ _type: 'https://in-toto.io/Statement/v1', subject: [{ digest: { sha256: img.digest.slice(7) } }], predicateType, predicate: { runDetails: { builder: { id: 'https://github.com/actions/runner/github-hosted' } } } }))

const verify = (img: TestImage, p = policy()) => createCosignVerifier({ client, verifier, policy: p, logger: silentLogger }).verify({ name: nameOf(img), digest: img.digest })

beforeAll(async () => {
  registry = await startRegistry({ auth: 'none' })
  stack = await startSigstoreStack()
  client = createRegistryClient({ logger: silentLogger, insecureRegistries: [registry.host] })
  log = createTestLogV2()
  const root = { ...stack.trustedRoot, tlogs: [log.instanceJson()] }
  const file = path.join(path.dirname(stack.trustedRootPath), 'trusted_root_rekor_v2.json')
  writeFileSync(file, JSON.stringify(root))
  verifier = new Verifier(await loadTrustMaterial({ trustedRoot: file, offline: true, logger: silentLogger }))
}, 60_000)

afterAll(async () => {
  client?.close()
  await Promise.all([registry?.stop(), stack?.stop()])
})

describe('Rekor v2 entries', () => {
  it('verifies a cosign v3 signature bundle (dsse v0.0.2) with the time from the TSA', async () => {
    const img = await pushTestImage(client, registry.host, 'v2/dsse', null, 'dsse')
    await pushBundleReferrer(client, img.repo, subjectOf(img), log.log(await signDsse(toCosignSignStatement(img.digest))))
    const v = await verify(img)
    expect(v).toMatchObject({ status: 'verified', signatureFormat: 'sigstore-bundle', tlogIndex: expect.any(Number) })
    expect(v.signedAt).toMatch(/^\d{4}-\d\d-\d\dT/)
  })

  it('verifies a message signature over the manifest (hashedrekord v0.0.2)', async () => {
    const img = await pushTestImage(client, registry.host, 'v2/hashedrekord', null, 'hashedrekord')
    const bundle = await new MessageSignatureBundleBuilder(builderOptions(true)).create({ data: img.manifestBytes })
    await pushBundleReferrer(client, img.repo, subjectOf(img), log.log(bundle))
    const v = await verify(img)
    expect(v.status).toBe('verified')
  })

  it('verifies a required attestation logged in the v2 log', async () => {
    const img = await pushTestImage(client, registry.host, 'v2/attested', null, 'attested')
    await pushBundleReferrer(client, img.repo, subjectOf(img), log.log(await signDsse(toCosignSignStatement(img.digest))))
    await pushBundleReferrer(client, img.repo, subjectOf(img), log.log(await signDsse(statementFor(img, SLSA1))), SLSA1)
    const v = await verify(img, policy({ attestations: [{ predicateType: SLSA1 }] }))
    expect(v.status).toBe('verified')
    expect(v.attestations?.[0]).toMatchObject({ verified: true, location: 'referrers-tag' })
  })

  describe('when the log evidence does not hold', () => {
    it('rejects a checkpoint signed by another key', async () => {
      const img = await pushTestImage(client, registry.host, 'v2/wrong-key', null, 'wrong-key')
      const other = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey
      await pushBundleReferrer(client, img.repo, subjectOf(img), log.log(await signDsse(toCosignSignStatement(img.digest)), { checkpointKey: other }))
      const v = await verify(img)
      expect(v.status).toBe('invalid-signature')
      expect(v.details).toMatch(/TLOG_INCLUSION_PROOF_ERROR/)
    })

    it('rejects a broken inclusion proof', async () => {
      const img = await pushTestImage(client, registry.host, 'v2/broken-proof', null, 'broken-proof')
      log.log(await signDsse(toCosignSignStatement(img.digest))) // a sibling, so the proof has a hash to break
      const logged = log.log(await signDsse(toCosignSignStatement(img.digest)))
      const proof = logged.verificationMaterial.tlogEntries[0].inclusionProof
      if (!proof || proof.hashes.length === 0) throw new Error('expected a proof with hashes')
      proof.hashes[0] = Buffer.alloc(32, 7)
      await pushBundleReferrer(client, img.repo, subjectOf(img), logged)
      const v = await verify(img)
      expect(v.status).toBe('invalid-signature')
      expect(v.details).toMatch(/TLOG_INCLUSION_PROOF_ERROR/)
    })

    it('rejects an entry without a timestamp (Rekor v2 gives no SET)', async () => {
      const img = await pushTestImage(client, registry.host, 'v2/no-timestamp', null, 'no-timestamp')
      await pushBundleReferrer(client, img.repo, subjectOf(img), log.log(await signDsse(toCosignSignStatement(img.digest), false)))
      const v = await verify(img)
      expect(v.status).toBe('invalid-signature')
      expect(v.details).toMatch(/TIMESTAMP_ERROR/)
    })
  })
})
