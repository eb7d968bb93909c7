/**
 * The bundled action (dist/index.js) with required attestations, run as a runner runs it against
 * the real registry and the local Sigstore stack: one image carries everything, one lacks the
 * SBOM, one carries a provenance made by another builder (another workflow identity). Then the same
 * through a policy file whose authority requires the provenance with a condition on its builder.id:
 * a provenance naming another builder is a failed condition.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { attestImages, createKeylessSigner, createWitnesses, toSimpleSigningPayload } from '../../src/cosign/index.js'
import { silentLogger } from '../../src/logger.js'
import { createRegistryClient, type RegistryClient } from '../../src/registry/index.js'
import { legacyLayerFrom, pushLegacySignatures, signMessage } from '../support/cosign-signing.js'
import { pushTestImage, startRegistry, type StartedRegistry, type TestImage } from '../support/registry-server.js'
import { githubActionsClaims, startSigstoreStack, type OidcClaims, type SigstoreStack } from '../support/sigstore-stack.js'

const run = promisify(execFile)
const IDENTITY = 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main'
const SLSA1 = 'https://slsa.dev/provenance/v1'
const SPDX = 'https://spdx.dev/Document'

let registry: StartedRegistry
let stack: SigstoreStack
let client: RegistryClient
let ws: string
const images: Record<string, TestImage> = {}

const provenance = Buffer.from(
  JSON.stringify({
    buildDefinition: { buildType: 'https://actions.github.io/buildtypes/workflow/v1', externalParameters: { workflow: { ref: 'refs/heads/main', repository: 'https://github.com/octo-org/octo-repo', path: '.github/workflows/release.yml' } } },
    runDetails: { builder: { id: 'https://github.com/actions/runner/github-hosted' } }
  })
)
const sbom = Buffer.from(JSON.stringify({ spdxVersion: 'SPDX-2.3', name: 'shop', packages: [{ name: 'musl' }, { name: 'busybox' }] }))

async function attest(img: TestImage, predicateType: string, predicate: Buffer, claims?: OidcClaims) {
  const signer = createKeylessSigner({ fulcioUrl: stack.fulcioUrl, identityProvider: { getToken: async () => stack.issueToken(claims) }, timeoutMs: 10_000 })
  const name = `${registry.host}/${img.repo.repository}`
  const [r] = await attestImages([{ name, digest: img.digest, ref: `${name}@${img.digest}`, subject: { mediaType: img.manifest.mediaType, size: img.manifestBytes.length } }], {
    client,
    signer,
    witnesses: createWitnesses({ rekorUrl: stack.rekorUrl, tlogUpload: true, timeoutMs: 10_000 }),
    format: 'bundle',
    predicateType,
    predicate,
    logger: silentLogger
  })
  expect(r.ok).toBe(true)
}

beforeAll(async () => {
  ;[registry, stack] = await Promise.all([startRegistry({ auth: 'none' }), startSigstoreStack()])
  client = createRegistryClient({ logger: silentLogger, insecureRegistries: [registry.host] })
  for (const name of ['complete', 'nosbom', 'foreign', 'wrongbuilder']) {
    const img = await pushTestImage(client, registry.host, `att/${name}`, 'v1', name)
    images[name] = img
    const payload = toSimpleSigningPayload({ dockerReference: `${registry.host}/att/${name}`, manifestDigest: img.digest })
    await pushLegacySignatures(client, img.repo, img.digest, [legacyLayerFrom(payload, await signMessage(stack, payload))])
  }
  await attest(images.complete, SLSA1, provenance)
  await attest(images.complete, SPDX, sbom)
  await attest(images.nosbom, SLSA1, provenance)
  await attest(images.foreign, SLSA1, provenance, githubActionsClaims({ repository: 'evil-org/builder' }))
  await attest(images.foreign, SPDX, sbom)
  // Signed by the right identity, but the provenance names another builder.
  await attest(images.wrongbuilder, SLSA1, Buffer.from(provenance.toString().replace('https://github.com/actions/runner/github-hosted', 'https://evil.example/self-hosted')))
  await attest(images.wrongbuilder, SPDX, sbom)
  ws = await mkdtemp(path.join(os.tmpdir(), 'e2e-att-'))
  const lines = ['services:', ...Object.keys(images).flatMap(n => [`  ${n}:`, `    image: ${registry.host}/att/${n}:v1@${images[n].digest}`]), '']
  await writeFile(path.join(ws, 'compose.yaml'), lines.join('\n'))
}, 120_000)

afterAll(async () => {
  client?.close()
  await Promise.all([registry?.stop(), stack?.stop()])
})

/** Runs dist/index.js as a runner does, with these inputs; returns exit code, stdout, summary and records. */
async function runAction(inputs: NodeJS.ProcessEnv) {
  let code = 0
  let stdout = ''
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'e2e-att-run-'))
  const files = { GITHUB_OUTPUT: path.join(tmp, 'output'), GITHUB_STEP_SUMMARY: path.join(tmp, 'summary.md') }
  await Promise.all(Object.values(files).map(f => writeFile(f, '')))
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: tmp, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: ws, RUNNER_TEMP: tmp, ...files, ...inputs }
  try {
    stdout = (await run(process.execPath, [path.resolve('dist/index.js')], { env, timeout: 90_000 })).stdout
  } catch (e) {
    ;({ stdout, code } = e as { stdout: string; code: number })
  }
  const summary = await readFile(files.GITHUB_STEP_SUMMARY, 'utf8')
  const results = (await readFile(path.join(tmp, 'fremforge-cosign-results.ndjson'), 'utf8'))
    .trim()
    .split('\n')
    .map(l => JSON.parse(l) as Record<string, unknown>)
  return { code, stdout, summary, results }
}

describe('dist/index.js with a policy file requiring attestations with a condition', () => {
  let out: Awaited<ReturnType<typeof runAction>>
  beforeAll(async () => {
    await writeFile(
      path.join(ws, 'release-policy.yaml'),
      `apiVersion: cosign.fremforge.dev/v1alpha1
kind: ImagePolicy
metadata: {name: release}
spec:
  images: [{glob: "${registry.host}/att/**"}]
  authorities:
    - name: octo-release
      keyless:
        identities: [{issuer: https://token.actions.githubusercontent.com, subject: "${IDENTITY}"}]
      attestations:
        - name: provenance
          predicateType: slsaprovenance1
          conditions:
            - all:
                - key: "{{ runDetails.builder.id }}"
                  operator: Equals
                  value: https://github.com/actions/runner/github-hosted
        - name: sbom
          predicateType: spdxjson
`
    )
    out = await runAction({ INPUT_MODE: 'verify', INPUT_POLICY: 'release-policy.yaml', 'INPUT_TRUSTED-ROOT': stack.trustedRootPath, 'INPUT_INSECURE-REGISTRIES': registry.host, 'INPUT_REQUIRE-SIGNED': 'true', INPUT_UPLOAD: 'false', INPUT_TIMEOUT: '5' })
  }, 120_000)
  const byImage = (name: string) => out.results.find(r => r.repository === `att/${name}`)

  it('verifies the image whose provenance comes from the pinned builder', () => {
    expect(byImage('complete')).toMatchObject({ status: 'verified', signed: true, policies: [{ name: 'release', passed: true }] })
  })

  it('reports missing-attestation for provenance from the wrong builder (a failed condition)', () => {
    expect(byImage('wrongbuilder')).toMatchObject({ status: 'missing-attestation', signed: false, finding: true })
    expect(byImage('wrongbuilder')?.verification_details).toContain('condition failed: runDetails.builder.id Equals')
    const slsa = (byImage('wrongbuilder')?.attestations as { predicate_type: string; verified: boolean }[]).find(a => a.predicate_type === SLSA1)
    expect(slsa).toMatchObject({ verified: false })
  })

  it('reports missing-attestation for the image without an SBOM and fails the step', () => {
    expect(byImage('nosbom')).toMatchObject({ status: 'missing-attestation', finding: true })
    expect(out.code).toBe(1)
    expect(out.stdout).not.toMatch(/not enforceable/)
  })

  it('shows the attestations of policy verdicts in the summary', () => {
    expect(out.summary).toContain('### Attestations')
    expect(out.summary).toMatch(/att\/complete:v1 \| SLSA provenance v1 \| ✅ \| builder https:\/\/github.com\/actions\/runner\/github-hosted/)
    expect(out.summary).toMatch(/att\/wrongbuilder:v1 \| SLSA provenance v1 \| ❌/)
  })
})

describe('dist/index.js with required attestations', () => {
  let code = 0
  let stdout = ''
  let summary = ''
  let results: Record<string, unknown>[] = []

  beforeAll(async () => {
    ;({ code, stdout, summary, results } = await runAction({
      INPUT_MODE: 'verify',
      'INPUT_TRUSTED-ROOT': stack.trustedRootPath,
      'INPUT_INSECURE-REGISTRIES': registry.host,
      'INPUT_CERTIFICATE-IDENTITY': IDENTITY,
      'INPUT_REQUIRE-SIGNED': 'true',
      INPUT_ATTESTATIONS: 'slsaprovenance1\nspdxjson',
      INPUT_UPLOAD: 'false',
      INPUT_TIMEOUT: '5'
    }))
  }, 120_000)

  const byImage = (name: string) => results.find(r => r.repository === `att/${name}`)

  it('verifies the image with both attestations and fails the step for the others', () => {
    expect(code).toBe(1)
    expect(stdout).toMatch(/::error::/)
    expect(byImage('complete')).toMatchObject({ status: 'verified', signed: true })
    expect(byImage('complete')?.attestations).toEqual([
      expect.objectContaining({ predicate_type: SLSA1, verified: true, signer_subject: IDENTITY, format: 'sigstore-bundle', location: 'referrers-tag' }),
      expect.objectContaining({ predicate_type: SPDX, verified: true })
    ])
  })

  it('reports missing-attestation for the image without an SBOM', () => {
    expect(byImage('nosbom')).toMatchObject({ status: 'missing-attestation', signed: false, finding: true })
    expect(byImage('nosbom')?.attestations).toEqual([expect.objectContaining({ predicate_type: SLSA1, verified: true }), expect.objectContaining({ predicate_type: SPDX, verified: false, location: null })])
  })

  it('reports missing-attestation for the provenance made by another builder', () => {
    expect(byImage('foreign')).toMatchObject({ status: 'missing-attestation', signed: false })
    const slsa = (byImage('foreign')?.attestations as { predicate_type: string; verified: boolean; signer_subject: string }[]).find(a => a.predicate_type === SLSA1)
    expect(slsa).toMatchObject({ verified: false })
    expect(slsa?.signer_subject).toContain('evil-org/builder')
  })

  it('shows which attestations each image has in the summary', () => {
    expect(summary).toContain('### Attestations')
    expect(summary).toMatch(/att\/complete:v1 \| SPDX SBOM \| ✅ \| SPDX-2.3, 2 packages/)
    expect(summary).toMatch(/att\/complete:v1 \| SLSA provenance v1 \| ✅ \| builder https:\/\/github.com\/actions\/runner\/github-hosted; source https:\/\/github.com\/octo-org\/octo-repo @ refs\/heads\/main/)
    expect(summary).toMatch(/att\/nosbom:v1 \| SPDX SBOM \| ❌/)
    expect(summary).toContain('missing-attestation')
  })
})
