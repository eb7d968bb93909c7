/**
 * Attestations required by policy files (issues 12 and 13 where they meet), end to end through the
 * engine on the real registry and the local Sigstore stack: a policy-controller ClusterImagePolicy
 * whose authority requires provenance and an SBOM, and a Kyverno verifyImages rule whose provenance
 * must come from one builder (a JMESPath condition on builder.id) and be signed by its attestor.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { resolveConfig } from '../../src/config/index.js'
import { attestImages, createKeylessSigner, createWitnesses, toSimpleSigningPayload } from '../../src/cosign/index.js'
import { runVerify } from '../../src/engine/index.js'
import { withPolicyCache } from '../../src/engine/policy-cache.js'
import { createPolicyRun } from '../../src/engine/policy-run.js'
import { silentLogger } from '../../src/logger.js'
import { createRegistryClient, type RegistryClient } from '../../src/registry/index.js'
import { legacyLayerFrom, pushLegacySignatures, signMessage } from '../support/cosign-signing.js'
import { pushTestImage, startRegistry, type StartedRegistry, type TestImage } from '../support/registry-server.js'
import { githubActionsClaims, startSigstoreStack, type OidcClaims, type SigstoreStack } from '../support/sigstore-stack.js'
import { fulcioSubjectOf } from '../support/sigstore-oidc.js'

const SLSA02 = 'https://slsa.dev/provenance/v0.2'
const SPDX = 'https://spdx.dev/Document'
const BUILDER = 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_container_slsa3.yml@refs/tags/v1.9.0'
const ACME = githubActionsClaims({ repository: 'acme/shop' })
const BUILD_SERVICE = githubActionsClaims({ repository: 'acme/builder', workflowPath: '.github/workflows/slsa.yml' })
const PARTNER = githubActionsClaims({ repository: 'partner/tools', workflowPath: '.github/workflows/publish.yml' })
const ISSUER = 'https://token.actions.githubusercontent.com'

let registry: StartedRegistry
let stack: SigstoreStack
let client: RegistryClient
let ws: string
const images: Record<string, TestImage> = {}

const nameOf = (img: TestImage): string => `${registry.host}/${img.repo.repository}`
const provenance = (builder = BUILDER) => Buffer.from(JSON.stringify({ builder: { id: builder }, buildType: 'https://github.com/slsa-framework/slsa-github-generator/container@v1' }))
const sbom = Buffer.from(JSON.stringify({ spdxVersion: 'SPDX-2.3', name: 'app', packages: [{ name: 'a' }, { name: 'b' }] }))

async function sign(img: TestImage, claims: OidcClaims) {
  const payload = toSimpleSigningPayload({ dockerReference: nameOf(img), manifestDigest: img.digest })
  await pushLegacySignatures(client, img.repo, img.digest, [legacyLayerFrom(payload, await signMessage(stack, payload, claims))])
}

async function attest(img: TestImage, predicateType: string, predicate: Buffer, claims: OidcClaims) {
  const signer = createKeylessSigner({ fulcioUrl: stack.fulcioUrl, identityProvider: { getToken: async () => stack.issueToken(claims) }, timeoutMs: 10_000 })
  const [result] = await attestImages([{ name: nameOf(img), digest: img.digest, ref: `${nameOf(img)}@${img.digest}`, subject: { mediaType: img.manifest.mediaType, size: img.manifestBytes.length } }], {
    client,
    signer,
    witnesses: createWitnesses({ rekorUrl: stack.rekorUrl, tlogUpload: true, timeoutMs: 10_000 }),
    format: 'legacy',
    predicateType,
    predicate,
    logger: silentLogger
  })
  expect(result.ok).toBe(true)
}

beforeAll(async () => {
  ;[registry, stack] = await Promise.all([startRegistry({ auth: 'none' }), startSigstoreStack()])
  client = createRegistryClient({ logger: silentLogger, insecureRegistries: [registry.host] })
  for (const name of ['app/complete', 'app/no-sbom', 'app/wrong-builder', 'app/foreign-provenance', 'app/unsigned', 'app/build-service']) {
    images[name] = await pushTestImage(client, registry.host, name, 'v1', name)
  }
  for (const name of ['app/complete', 'app/no-sbom', 'app/wrong-builder', 'app/foreign-provenance', 'app/build-service']) await sign(images[name], ACME)
  await attest(images['app/complete'], SLSA02, provenance(), ACME)
  await attest(images['app/complete'], SPDX, sbom, ACME)
  await attest(images['app/no-sbom'], SLSA02, provenance(), ACME)
  await attest(images['app/wrong-builder'], SLSA02, provenance('https://evil.example/builder@v1'), ACME)
  await attest(images['app/wrong-builder'], SPDX, sbom, ACME)
  // Right builder, but signed by another identity than the attestor the policy names.
  await attest(images['app/foreign-provenance'], SLSA02, provenance(), PARTNER)
  await attest(images['app/foreign-provenance'], SPDX, sbom, ACME)
  // Provenance signed by the build service, not by the image's signer.
  await attest(images['app/build-service'], SLSA02, provenance(), BUILD_SERVICE)
  await attest(images['app/build-service'], SPDX, sbom, ACME)
  await attest(images['app/unsigned'], SLSA02, provenance(), ACME)
  await attest(images['app/unsigned'], SPDX, sbom, ACME)

  ws = await mkdtemp(path.join(os.tmpdir(), 'policy-att-ws-'))
  const h = registry.host
  await writeFile(
    path.join(ws, 'cip.yaml'),
    `apiVersion: policy.sigstore.dev/v1beta1
kind: ClusterImagePolicy
metadata: {name: provenance-and-sbom}
spec:
  images: [{glob: "${h}/app/**"}]
  authorities:
    - name: acme-ci
      keyless:
        identities: [{issuer: ${ISSUER}, subject: "${fulcioSubjectOf(ACME)}"}]
      attestations:
        - name: provenance
          predicateType: slsaprovenance
        - name: sbom
          predicateType: spdxjson
`
  )
  await writeFile(
    path.join(ws, 'kyverno.yaml'),
    `apiVersion: kyverno.io/v1
kind: ClusterPolicy
metadata: {name: slsa}
spec:
  validationFailureAction: Enforce
  rules:
    - name: builder
      match: {any: [{resources: {kinds: [Pod]}}]}
      verifyImages:
        - imageReferences: ["${h}/app/*"]
          attestors:
            - entries:
                - keyless: {subject: "${fulcioSubjectOf(ACME)}", issuer: ${ISSUER}}
          attestations:
            - predicateType: ${SLSA02}
              attestors:
                - entries:
                    - keyless: {subject: "https://github.com/acme/*", issuer: ${ISSUER}}
              conditions:
                - all:
                    - key: "{{ builder.id }}"
                      operator: Equals
                      value: "${BUILDER}"
`
  )
}, 180_000)

afterAll(async () => {
  client?.close()
  await Promise.all([registry?.stop(), stack?.stop()])
})

/** One run as the CLI makes it; with `cacheDir`, through the verification cache. */
async function verifyWith(policy: string, only: string[] = Object.keys(images), cacheDir?: string) {
  const refs = only.map(name => `${nameOf(images[name])}@${images[name].digest}`)
  const config = resolveConfig(
    { policy, images: refs.join('\n'), 'trusted-root': stack.trustedRootPath, 'insecure-registries': registry.host, upload: 'false', 'require-signed': 'true', 'results-file': path.join(ws, '.out/results.ndjson') },
    { GITHUB_WORKSPACE: ws }
  )
  const run = await createPolicyRun(config, silentLogger)
  const evaluation = cacheDir ? (await withPolicyCache(run.policy, config, { dir: cacheDir, repository: 'acme/shop', logger: silentLogger })).policy : run.policy
  const outcome = await runVerify(config, silentLogger, { verifier: run.verifier, env: {}, policy: evaluation })
  const requests = run.client.requestCount()
  run.client.close()
  return { outcome, requests, record: (name: string) => outcome.records.find(r => r.repository === name) }
}

describe('a ClusterImagePolicy authority with attestations', () => {
  let result: Awaited<ReturnType<typeof verifyWith>>
  beforeAll(async () => {
    result = await verifyWith('cip.yaml')
  }, 120_000)

  it('is enforced, not reported as not enforceable', () => {
    expect(result.outcome.records.every(r => !r.verification_details.includes('not enforceable'))).toBe(true)
  })

  it('verifies an image with its signature, provenance and SBOM, and lists them', () => {
    const r = result.record('app/complete')
    expect(r).toMatchObject({ status: 'verified', finding: false, signer_subject: fulcioSubjectOf(ACME) })
    expect(r?.attestations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ predicate_type: SLSA02, verified: true, signer_subject: fulcioSubjectOf(ACME) }),
        expect.objectContaining({ predicate_type: SPDX, verified: true })
      ])
    )
  })

  it('gives missing-attestation to an image without the SBOM', () => {
    const r = result.record('app/no-sbom')
    expect(r).toMatchObject({ status: 'missing-attestation', finding: true, signed: false })
    expect(r?.attestations).toEqual(expect.arrayContaining([expect.objectContaining({ predicate_type: SPDX, verified: false })]))
    expect(r?.verification_details).toContain('authority acme-ci: missing-attestation')
  })

  it('requires the attestations signed by the authority itself', () => {
    expect(result.record('app/build-service')).toMatchObject({ status: 'missing-attestation', finding: true })
  })

  it('still requires the signature: attestations alone do not verify an image', () => {
    expect(result.record('app/unsigned')).toMatchObject({ status: 'unsigned', finding: true })
  })
})

describe('a Kyverno verifyImages rule with attestation conditions and attestors', () => {
  let result: Awaited<ReturnType<typeof verifyWith>>
  beforeAll(async () => {
    result = await verifyWith('kyverno.yaml')
  }, 120_000)

  it('verifies provenance from the pinned builder, signed by its attestor', () => {
    expect(result.record('app/complete')).toMatchObject({ status: 'verified', finding: false })
    expect(result.record('app/no-sbom')).toMatchObject({ status: 'verified' })
    // The attestation's own attestors replace the image attestor's identity for it.
    expect(result.record('app/build-service')).toMatchObject({ status: 'verified' })
    expect(result.record('app/build-service')?.attestations).toEqual(expect.arrayContaining([expect.objectContaining({ predicate_type: SLSA02, verified: true, signer_subject: fulcioSubjectOf(BUILD_SERVICE) })]))
  })

  it('gives missing-attestation to provenance from the wrong builder (a failed condition)', () => {
    const r = result.record('app/wrong-builder')
    expect(r).toMatchObject({ status: 'missing-attestation', finding: true })
    expect(r?.verification_details).toContain('condition failed: builder.id Equals')
    expect(r?.reason).toBe(`policy slsa/builder: signature holds, but attestation ${SLSA02} is missing or fails`)
    expect(r?.verification_details).toContain('https://evil.example/builder@v1')
  })

  it('gives missing-attestation to provenance signed by another identity than the attestor', () => {
    const r = result.record('app/foreign-provenance')
    expect(r).toMatchObject({ status: 'missing-attestation', finding: true })
    expect(r?.attestations).toEqual(expect.arrayContaining([expect.objectContaining({ predicate_type: SLSA02, verified: false, signer_subject: fulcioSubjectOf(PARTNER) })]))
  })

  it('counts the failures as findings and fails the run', () => {
    expect(result.outcome.counts).toMatchObject({ images: 6, verified: 3, findings: 3 })
    expect(result.outcome.policyFailed).toBe(true)
  })
})

describe('a Kyverno rule with attestations only (attestors on the attestation, none on the image)', () => {
  let result: Awaited<ReturnType<typeof verifyWith>>
  beforeAll(async () => {
    await writeFile(
      path.join(ws, 'kyverno-attestations-only.yaml'),
      `apiVersion: kyverno.io/v1
kind: ClusterPolicy
metadata: {name: slsa-only}
spec:
  validationFailureAction: Enforce
  rules:
    - name: provenance
      verifyImages:
        - imageReferences: ["${registry.host}/app/*"]
          attestations:
            - predicateType: ${SLSA02}
              attestors:
                - entries:
                    - keyless: {subject: "${fulcioSubjectOf(ACME)}", issuer: ${ISSUER}}
              conditions:
                - all:
                    - key: "{{ builder.id }}"
                      operator: Equals
                      value: "${BUILDER}"
`
    )
    result = await verifyWith('kyverno-attestations-only.yaml')
  }, 120_000)

  it('is enforced: provenance checked with its condition, the image signed by the attestor', () => {
    expect(result.outcome.records.every(r => !r.verification_details.includes('not enforceable'))).toBe(true)
    expect(result.record('app/complete')).toMatchObject({ status: 'verified', finding: false })
    expect(result.record('app/wrong-builder')).toMatchObject({ status: 'missing-attestation', finding: true })
    expect(result.record('app/foreign-provenance')).toMatchObject({ status: 'missing-attestation', finding: true })
  })

  it('requires the signature as well, unlike Kyverno: an attested but unsigned image is not verified', () => {
    expect(result.record('app/unsigned')).toMatchObject({ status: 'unsigned', finding: true })
  })
})

describe('the verification cache with a policy file', () => {
  const VERIFIED = ['app/complete', 'app/no-sbom', 'app/build-service']

  it("answers verified images on a second run with 0 registry requests, keyed by each image's rules", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'policy-cache-'))
    const first = await verifyWith('kyverno.yaml', VERIFIED, dir)
    expect(first.outcome.records.map(r => r.status)).toEqual(['verified', 'verified', 'verified'])
    expect(first.requests).toBeGreaterThan(0)

    const second = await verifyWith('kyverno.yaml', VERIFIED, dir)
    expect(second.requests).toBe(0)
    expect(second.outcome.records.map(r => r.status)).toEqual(['verified', 'verified', 'verified'])
    expect(second.record('app/complete')?.verification_details).toContain('from the verification cache')
    expect(second.record('app/complete')?.policies).toEqual([expect.objectContaining({ name: 'slsa/builder', passed: true })])

    // Other rules for the same image (another builder pinned): a miss, decided afresh, not the stale verdict.
    await writeFile(path.join(ws, 'kyverno-other.yaml'), (await readFile(path.join(ws, 'kyverno.yaml'), 'utf8')).replace(BUILDER, 'https://other.example/builder@v2'))
    const changed = await verifyWith('kyverno-other.yaml', ['app/complete'], dir)
    expect(changed.requests).toBeGreaterThan(0)
    expect(changed.record('app/complete')).toMatchObject({ status: 'missing-attestation' })
  }, 120_000)

  it('keeps only verified verdicts: a failing image is asked again', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'policy-cache-'))
    await verifyWith('kyverno.yaml', ['app/wrong-builder'], dir)
    const again = await verifyWith('kyverno.yaml', ['app/wrong-builder'], dir)
    expect(again.requests).toBeGreaterThan(0)
    expect(again.record('app/wrong-builder')).toMatchObject({ status: 'missing-attestation' })
  }, 120_000)
})
