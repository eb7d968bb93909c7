/**
 * Per-image policy end to end through the engine: a real registry on loopback, the local Sigstore
 * stack, a workspace with three publishers (two keyless identities, one key during a rotation),
 * an exemption, an expired exemption and an image no policy covers.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { generateKeyPairSync, sign as cryptoSign } from 'node:crypto'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { resolveConfig, type RawOptions } from '../../src/config/index.js'
import { ANNOTATION_SIGNATURE, toCosignSignStatement, toSimpleSigningPayload } from '../../src/cosign/index.js'
import { runVerify } from '../../src/engine/index.js'
import { createPolicyRun } from '../../src/engine/policy-run.js'
import { memoryLogger, silentLogger } from '../../src/logger.js'
import { createRegistryClient, type RegistryClient } from '../../src/registry/index.js'
import { codeOfAsync } from '../support/error-code.js'
import { legacyLayerFrom, pushBundleReferrer, pushLegacySignatures, signMessage, signStatement } from '../support/cosign-signing.js'
import { pushTestImage, startRegistry, type StartedRegistry, type TestImage } from '../support/registry-server.js'
import { githubActionsClaims, startSigstoreStack, type OidcClaims, type SigstoreStack } from '../support/sigstore-stack.js'
import { fulcioSubjectOf } from '../support/sigstore-oidc.js'

let registry: StartedRegistry
let stack: SigstoreStack
let client: RegistryClient
let ws: string
const images: Record<string, TestImage> = {}
const ACME = githubActionsClaims({ repository: 'acme/shop' })
const PARTNER = githubActionsClaims({ repository: 'partner/tools', workflowPath: '.github/workflows/publish.yml' })
const keyPair = () => generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
const OLD = keyPair()
const NEW = keyPair()
const STRANGER = keyPair()
const pemOf = (k: ReturnType<typeof keyPair>) => k.publicKey.export({ type: 'spki', format: 'pem' }).toString()

async function signKeyless(img: TestImage, claims: OidcClaims, into = img.repo) {
  const payload = toSimpleSigningPayload({ dockerReference: `${registry.host}/${img.repo.repository}`, manifestDigest: img.digest })
  await pushLegacySignatures(client, into, img.digest, [legacyLayerFrom(payload, await signMessage(stack, payload, claims))])
}

async function signWithKey(img: TestImage, key: ReturnType<typeof keyPair>) {
  const payload = toSimpleSigningPayload({ dockerReference: `${registry.host}/${img.repo.repository}`, manifestDigest: img.digest })
  const signature = cryptoSign('sha256', payload, key.privateKey).toString('base64')
  await pushLegacySignatures(client, img.repo, img.digest, [{ payload, annotations: { [ANNOTATION_SIGNATURE]: signature } }])
}

const policy = (name: string, spec: string) => `apiVersion: cosign.fremforge.dev/v1alpha1\nkind: ImagePolicy\nmetadata: {name: ${name}}\nspec:\n${spec}\n---\n`

beforeAll(async () => {
  ;[registry, stack] = await Promise.all([startRegistry({ auth: 'none' }), startSigstoreStack()])
  client = createRegistryClient({ logger: silentLogger, insecureRegistries: [registry.host] })
  for (const name of ['acme/api', 'acme/legacy', 'partner/tool', 'vendor/db', 'vendor/cache', 'vendor/evil', 'other/old', 'misc/free', 'thirdparty/legacy', 'thirdparty/bundle', 'thirdparty/own']) {
    images[name] = await pushTestImage(client, registry.host, name, 'v1', name)
  }
  await signKeyless(images['acme/api'], ACME)
  await signKeyless(images['partner/tool'], PARTNER)
  await signKeyless(images['misc/free'], ACME)
  await signWithKey(images['vendor/db'], OLD)
  await signWithKey(images['vendor/cache'], NEW)
  await signWithKey(images['vendor/evil'], STRANGER)
  // Signatures kept in another repository (source.oci / COSIGN_REPOSITORY), in both storage formats.
  const store = { registry: registry.host, repository: 'sigstore/thirdparty' }
  await signKeyless(images['thirdparty/legacy'], PARTNER, store)
  const b = images['thirdparty/bundle']
  await pushBundleReferrer(client, store, { digest: b.digest, size: b.manifestBytes.length, mediaType: b.manifest.mediaType }, await signStatement(stack, toCosignSignStatement(b.digest), PARTNER))
  await signKeyless(images['thirdparty/own'], PARTNER)

  ws = await mkdtemp(path.join(os.tmpdir(), 'policy-ws-'))
  await mkdir(path.join(ws, 'deploy'))
  await mkdir(path.join(ws, 'policies/keys'), { recursive: true })
  await writeFile(path.join(ws, 'policies/keys/old.pub'), pemOf(OLD))
  const h = registry.host
  await writeFile(
    path.join(ws, 'deploy/app.yaml'),
    ['apiVersion: v1', 'kind: Pod', 'metadata: {name: shop}', 'spec:', '  containers:', ...Object.entries(images).map(([n, img]) => `    - image: ${h}/${n}:v1@${img.digest}`), ''].join('\n')
  )
  const keyless = (name: string, subject: string) => `    - name: ${name}\n      keyless:\n        identities: [{issuer: https://token.actions.githubusercontent.com, subject: "${subject}"}]`
  await writeFile(
    path.join(ws, 'policies/policy.yaml'),
    policy('acme', `  images: [{glob: "${h}/acme/**"}]\n  authorities:\n${keyless('acme-release', fulcioSubjectOf(ACME))}`) +
      policy('partner', `  images: [{glob: "${h}/partner/**"}]\n  authorities:\n${keyless('partner-publish', fulcioSubjectOf(PARTNER))}`) +
      policy(
        'vendor',
        `  images: [{glob: "${h}/vendor/**"}]\n  authorities:\n    - name: old-key\n      key: {path: keys/old.pub, tlog: false}\n    - name: new-key\n      key:\n        tlog: false\n        data: |\n${pemOf(NEW)
          .trim()
          .split('\n')
          .map(l => `          ${l}`)
          .join('\n')}`
      ) +
      policy('thirdparty', `  images: [{glob: "${h}/thirdparty/**"}]\n  authorities:\n${keyless('partner-publish', fulcioSubjectOf(PARTNER))}\n      source: [{oci: ${h}/sigstore/thirdparty}]`) +
      policy('legacy', `  mode: skip\n  reason: replaced next quarter\n  expires: "2099-01-01"\n  images: [{glob: "${h}/acme/legacy*"}]\n  authorities: []`) +
      policy('old-exemption', `  mode: skip\n  reason: was temporary\n  expires: "2020-01-01"\n  images: [{glob: "${h}/other/**"}]\n  authorities:\n${keyless('acme-release', fulcioSubjectOf(ACME))}`)
  )
}, 120_000)

afterAll(async () => {
  client?.close()
  await Promise.all([registry?.stop(), stack?.stop()])
})

async function verifyWith(raw: RawOptions) {
  const config = resolveConfig(
    { path: '.', 'trusted-root': stack.trustedRootPath, 'insecure-registries': registry.host, upload: 'false', 'require-signed': 'true', 'results-file': path.join(ws, '.out/results.ndjson'), ...raw },
    { GITHUB_WORKSPACE: ws }
  )
  const logger = memoryLogger()
  const run = await createPolicyRun(config, logger)
  const outcome = await runVerify(config, logger, { verifier: run.verifier, env: {}, policy: run.policy })
  const record = (name: string) => outcome.records.find(r => r.repository === name && r.digest)
  return { outcome, record, logger }
}

describe('the flat key input with several keys (no policy)', () => {
  it('verifies with any one of them, from files or inline PEMs', async () => {
    const { createImageVerifier, readKeys } = await import('../../src/engine/compose.js')
    await writeFile(path.join(ws, 'policies/keys/new.pub'), pemOf(NEW))
    expect(await readKeys(`${pemOf(OLD)}${pemOf(NEW)}`)).toHaveLength(2)
    const key = `${path.join(ws, 'policies/keys/old.pub')}\n${path.join(ws, 'policies/keys/new.pub')}`
    const config = resolveConfig({ key, 'insecure-ignore-tlog': 'true', 'trusted-root': stack.trustedRootPath, 'insecure-registries': registry.host }, { GITHUB_WORKSPACE: ws })
    const verifier = await createImageVerifier(config, silentLogger)
    const status = async (name: string) => (await verifier.verify({ name: `${registry.host}/${name}`, digest: images[name].digest, tags: [], refs: [] })).status
    expect(await status('vendor/db')).toBe('verified')
    expect(await status('vendor/cache')).toBe('verified')
    expect(await status('vendor/evil')).toBe('invalid-signature')
    verifier.client.close()
  }, 60_000)
})

describe('runVerify with a policy', () => {
  let result: Awaited<ReturnType<typeof verifyWith>>
  beforeAll(async () => {
    result = await verifyWith({ policy: 'policies/*.yaml' })
  }, 120_000)

  it('verifies each publisher by its own authority', () => {
    expect(result.record('acme/api')).toMatchObject({ status: 'verified', finding: false, signer_subject: fulcioSubjectOf(ACME), policies: [{ name: 'acme', mode: 'enforce', passed: true }] })
    expect(result.record('acme/api')?.verification_details).toContain('authority acme-release verified')
    expect(result.record('partner/tool')).toMatchObject({ status: 'verified', signer_subject: fulcioSubjectOf(PARTNER), policies: [{ name: 'partner' }] })
    // What the failing authority expected, in the details.
    expect(result.record('other/old')?.verification_details).toContain(`expected one of the identities ${fulcioSubjectOf(ACME)} from https://token.actions.githubusercontent.com`)
  })

  it('accepts the old and the new key during a rotation, from a key file beside the policy', () => {
    expect(result.record('vendor/db')).toMatchObject({ status: 'verified', finding: false })
    expect(result.record('vendor/db')?.verification_details).toContain('authority old-key verified')
    expect(result.record('vendor/cache')?.verification_details).toContain('authority new-key verified')
    expect(result.record('vendor/evil')).toMatchObject({ status: 'invalid-signature', finding: true })
    expect(result.record('vendor/evil')?.verification_details).toMatch(/authority old-key: invalid-signature.*authority new-key: invalid-signature/)
  })

  it('looks signatures up in the source.oci repository, in both storage formats, and only there', () => {
    expect(result.record('thirdparty/legacy')).toMatchObject({ status: 'verified', signature_format: 'cosign-legacy', signer_subject: fulcioSubjectOf(PARTNER) })
    expect(result.record('thirdparty/bundle')).toMatchObject({ status: 'verified', signature_format: 'sigstore-bundle' })
    expect(result.record('thirdparty/own')).toMatchObject({ status: 'unsigned', finding: true })
  })

  it('exempts with reason and expiry, and enforces an expired exemption', () => {
    expect(result.record('acme/legacy')).toMatchObject({
      status: 'exempt',
      signed: false,
      finding: false,
      exemption: { policy: 'legacy', reason: 'replaced next quarter', expires: '2099-01-01', expired: false }
    })
    expect(result.record('other/old')).toMatchObject({ status: 'unsigned', finding: true, exemption: { policy: 'old-exemption', expired: true } })
  })

  it('leaves an image no policy covers unverified under no-match warn, and counts it', () => {
    expect(result.record('misc/free')).toMatchObject({ status: 'exempt', no_match: true, finding: false, policies: [] })
    expect(result.outcome.counts).toMatchObject({ images: 11, verified: 6, exempt: 2, findings: 3 })
    expect(result.outcome.policyFailed).toBe(true)
  })

  it('makes the same image a finding under no-match deny, and leaves it alone under allow', async () => {
    const deny = await verifyWith({ policy: 'policies/*.yaml', 'no-match': 'deny' })
    expect(deny.record('misc/free')).toMatchObject({ status: 'untrusted-signer', no_match: true, finding: true })
    const allow = await verifyWith({ policy: 'policies/policy.yaml', 'no-match': 'allow', 'require-signed': 'false' })
    expect(allow.record('misc/free')).toMatchObject({ status: 'exempt', finding: false })
    expect(allow.outcome.policyFailed).toBe(false)
  }, 60_000)

  it('reads each signature location once however many authorities and keys ask', async () => {
    const { memoizeReads } = await import('../../src/engine/memo-client.js')
    const raw = createRegistryClient({ logger: silentLogger, insecureRegistries: [registry.host] })
    const memo = memoizeReads(raw, 2)
    const img = images['vendor/db']
    const before = raw.requestCount()
    await memo.getManifest(img.repo, img.digest)
    const one = raw.requestCount() - before
    await memo.getManifest(img.repo, img.digest)
    expect(raw.requestCount() - before).toBe(one)
    // Bounded: the oldest answer is dropped once more are kept.
    await memo.headManifest(img.repo, img.digest)
    await memo.headManifest(img.repo, 'v1')
    await memo.getManifest(img.repo, img.digest)
    expect(raw.requestCount() - before).toBeGreaterThan(one * 2)
    raw.close()
  })

  it('verifies a keyless authority against its own trustedRoot (a private Sigstore) and fails without it', async () => {
    const { copyFile } = await import('node:fs/promises')
    await copyFile(stack.trustedRootPath, path.join(ws, 'policies/private-root.json'))
    const own = (root: string) =>
      policy('private', `  images: [{glob: "${registry.host}/acme/api*"}]\n  authorities:\n    - name: private-sigstore\n      keyless:\n${root}        identities: [{issuer: https://token.actions.githubusercontent.com, subject: "${fulcioSubjectOf(ACME)}"}]`)
    await writeFile(path.join(ws, 'policies/private.yml'), own('        trustedRoot: private-root.json\n'))
    await writeFile(path.join(ws, 'policies/public.yml'), own(''))
    const run = async (file: string) => {
      const config = resolveConfig({ policy: file, images: `${registry.host}/acme/api@${images['acme/api'].digest}`, offline: 'true', 'insecure-registries': registry.host, upload: 'false', 'results-file': path.join(ws, '.out/private.ndjson') }, { GITHUB_WORKSPACE: ws })
      const r = await createPolicyRun(config, silentLogger)
      return (await runVerify(config, silentLogger, { verifier: r.verifier, env: {}, policy: r.policy })).records[0]
    }
    expect(await run('policies/private.yml')).toMatchObject({ status: 'verified', policies: [{ name: 'private' }] })
    expect((await run('policies/public.yml')).status).toBe('invalid-signature')
  }, 60_000)

  it('enforces a policy-controller ClusterImagePolicy as the admission controller would', async () => {
    const h = registry.host
    await writeFile(
      path.join(ws, 'policies/cluster.yml'),
      `apiVersion: policy.sigstore.dev/v1beta1
kind: ClusterImagePolicy
metadata: {name: acme-and-partner}
spec:
  images: [{glob: "${h}/acme/**"}, {glob: "${h}/partner/**"}]
  authorities:
    - name: acme
      keyless: {identities: [{issuer: https://token.actions.githubusercontent.com, subject: "${fulcioSubjectOf(ACME)}"}]}
    - name: partner
      keyless: {identities: [{issuerRegExp: "^https://token\\\\.actions\\\\.githubusercontent\\\\.com$", subjectRegExp: "^https://github\\\\.com/partner/"}]}
`
    )
    const { record, outcome } = await verifyWith({ policy: 'policies/cluster.yml', 'no-match': 'allow' })
    expect(record('acme/api')).toMatchObject({ status: 'verified', policies: [{ name: 'acme-and-partner', kind: 'ClusterImagePolicy', mode: 'enforce' }] })
    expect(record('acme/api')?.verification_details).toContain('authority acme verified')
    expect(record('partner/tool')?.verification_details).toContain('authority partner verified')
    expect(record('acme/legacy')).toMatchObject({ status: 'unsigned', finding: true })
    expect(record('vendor/db')).toMatchObject({ status: 'exempt', no_match: true, finding: false })
    expect(outcome.counts.findings).toBe(1)
  }, 60_000)

  it('requires every key of a Kyverno entry with several publicKeys', async () => {
    const h = registry.host
    const dual = await pushTestImage(client, h, 'dual/app', 'v1', 'dual/app')
    const payload = toSimpleSigningPayload({ dockerReference: `${h}/dual/app`, manifestDigest: dual.digest })
    const layer = (key: ReturnType<typeof keyPair>) => ({ payload, annotations: { [ANNOTATION_SIGNATURE]: cryptoSign('sha256', payload, key.privateKey).toString('base64') } })
    await pushLegacySignatures(client, dual.repo, dual.digest, [layer(OLD), layer(NEW)])
    const keys = [pemOf(OLD), pemOf(NEW)].join('').trim().split('\n').map(l => `                      ${l}`).join('\n')
    await writeFile(
      path.join(ws, 'policies/kyverno-keys.yml'),
      `apiVersion: kyverno.io/v1
kind: ClusterPolicy
metadata: {name: two-keys}
spec:
  validationFailureAction: Enforce
  rules:
    - name: both
      verifyImages:
        - imageReferences: ["${h}/dual/*", "${h}/vendor/db*"]
          attestors:
            - entries:
                - keys:
                    rekor: {ignoreTlog: true}
                    publicKeys: |
${keys}
`
    )
    const run = async (ref: string) => {
      const config = resolveConfig({ policy: 'policies/kyverno-keys.yml', images: ref, 'trusted-root': stack.trustedRootPath, 'insecure-registries': h, upload: 'false', 'require-signed': 'true', 'results-file': path.join(ws, '.out/keys.ndjson') }, { GITHUB_WORKSPACE: ws })
      const r = await createPolicyRun(config, silentLogger)
      const outcome = await runVerify(config, silentLogger, { verifier: r.verifier, env: {}, policy: r.policy })
      r.client.close()
      return outcome.records[0]
    }
    const both = await run(`${h}/dual/app@${dual.digest}`)
    expect(both).toMatchObject({ status: 'verified', finding: false })
    // Signed by the old key only: verified under "any one key", but here the new one is missing, so the entry fails.
    const one = await run(`${h}/vendor/db@${images['vendor/db'].digest}`)
    expect(one).toMatchObject({ status: 'invalid-signature', finding: true })
    expect(one.verification_details).toContain('key 2 of 2 (all are required)')
  }, 60_000)

  it('accepts, during a rotation, an attestation signed by the other key of the authority', async () => {
    const { attestImages, createKeySigner, createWitnesses, keyId, loadSigningKey } = await import('../../src/cosign/index.js')
    const h = registry.host
    const img = await pushTestImage(client, h, 'vendor/attested', 'v1', 'vendor/attested')
    await signWithKey(img, OLD)
    const signer = createKeySigner(await loadSigningKey(NEW.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), undefined), keyId(pemOf(NEW)))
    const [made] = await attestImages([{ name: `${h}/vendor/attested`, digest: img.digest, ref: `${h}/vendor/attested@${img.digest}`, subject: { mediaType: img.manifest.mediaType, size: img.manifestBytes.length } }], {
      client,
      signer,
      witnesses: createWitnesses({ rekorUrl: stack.rekorUrl, tlogUpload: true, timeoutMs: 10_000 }),
      format: 'legacy',
      predicateType: 'https://slsa.dev/provenance/v0.2',
      predicate: Buffer.from(JSON.stringify({ builder: { id: 'https://builder.example' } })),
      logger: silentLogger
    })
    expect(made.ok).toBe(true)
    const indent = (pem: string) => pem.trim().split('\n').map(l => `          ${l}`).join('\n')
    await writeFile(
      path.join(ws, 'policies/rotation-attested.yml'),
      policy('rotating', `  images: [{glob: "${h}/vendor/**"}]\n  authorities:\n    - name: vendor-keys\n      key:\n        tlog: false\n        path: keys/old.pub\n        data: |\n${indent(pemOf(NEW))}\n      attestations: [{name: provenance, predicateType: slsaprovenance}]`)
    )
    const run = async (name: string, digest: string) => {
      const config = resolveConfig({ policy: 'policies/rotation-attested.yml', images: `${h}/${name}@${digest}`, 'trusted-root': stack.trustedRootPath, 'insecure-registries': h, upload: 'false', 'require-signed': 'true', 'results-file': path.join(ws, '.out/rot.ndjson') }, { GITHUB_WORKSPACE: ws })
      const r = await createPolicyRun(config, silentLogger)
      const outcome = await runVerify(config, silentLogger, { verifier: r.verifier, env: {}, policy: r.policy })
      r.client.close()
      return outcome.records[0]
    }
    const attested = await run('vendor/attested', img.digest)
    expect(attested).toMatchObject({ status: 'verified', finding: false })
    expect(attested.attestations).toEqual([expect.objectContaining({ predicate_type: 'https://slsa.dev/provenance/v0.2', verified: true, signer_subject: keyId(pemOf(NEW)) })])
    // Signed by the old key, no provenance at all: still missing.
    expect(await run('vendor/db', images['vendor/db'].digest)).toMatchObject({ status: 'missing-attestation', finding: true })
  }, 60_000)

  it('refuses a key path that leaves the workspace', async () => {
    const outside = await mkdtemp(path.join(os.tmpdir(), 'policy-outside-'))
    await writeFile(path.join(outside, 'k.pub'), pemOf(OLD))
    await writeFile(path.join(ws, 'policies/escape.yml'), policy('escape', `  images: [{glob: "x/**"}]\n  authorities:\n    - key: {path: ${path.relative(path.join(ws, 'policies'), path.join(outside, 'k.pub'))}}`))
    const config = resolveConfig({ policy: 'policies/escape.yml' }, { GITHUB_WORKSPACE: ws })
    expect(await codeOfAsync(createPolicyRun(config, silentLogger))).toBe('POLICY_FIELD_INVALID')
  })
})
