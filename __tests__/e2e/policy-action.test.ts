/**
 * Per-image policy through the bundles, as a runner and a shell run them: dist/index.js with
 * INPUT_* variables and dist/cli/index.js, against a real registry and the local Sigstore stack.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { generateKeyPairSync, sign as cryptoSign } from 'node:crypto'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { ANNOTATION_SIGNATURE, toCosignSignStatement, toSimpleSigningPayload } from '../../src/cosign/index.js'
import { silentLogger } from '../../src/logger.js'
import { createRegistryClient, type RegistryClient } from '../../src/registry/index.js'
import { legacyLayerFrom, pushBundleReferrer, pushLegacySignatures, signMessage, signStatement } from '../support/cosign-signing.js'
import { pushTestImage, startRegistry, type StartedRegistry, type TestImage } from '../support/registry-server.js'
import { fulcioSubjectOf } from '../support/sigstore-oidc.js'
import { githubActionsClaims, startSigstoreStack, type OidcClaims, type SigstoreStack } from '../support/sigstore-stack.js'

const run = promisify(execFile)
let registry: StartedRegistry
let stack: SigstoreStack
let client: RegistryClient
let ws: string
const images: Record<string, TestImage> = {}
const TEAM = githubActionsClaims({ repository: 'shop/services' })
const PARTNER = githubActionsClaims({ repository: 'partner/tools' })
const keyPair = () => generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
const [OLD, NEW] = [keyPair(), keyPair()]
const pemOf = (k: ReturnType<typeof keyPair>) => k.publicKey.export({ type: 'spki', format: 'pem' }).toString()

async function signKeyless(img: TestImage, claims: OidcClaims, into = img.repo) {
  const payload = toSimpleSigningPayload({ dockerReference: `${registry.host}/${img.repo.repository}`, manifestDigest: img.digest })
  await pushLegacySignatures(client, into, img.digest, [legacyLayerFrom(payload, await signMessage(stack, payload, claims))])
}

async function signWithKey(img: TestImage, key: ReturnType<typeof keyPair>) {
  const payload = toSimpleSigningPayload({ dockerReference: `${registry.host}/${img.repo.repository}`, manifestDigest: img.digest })
  await pushLegacySignatures(client, img.repo, img.digest, [{ payload, annotations: { [ANNOTATION_SIGNATURE]: cryptoSign('sha256', payload, key.privateKey).toString('base64') } }])
}

const doc = (name: string, spec: string) => `apiVersion: cosign.fremforge.dev/v1alpha1\nkind: ImagePolicy\nmetadata: {name: ${name}}\nspec:\n${spec}\n---\n`
const keyless = (name: string, claims: OidcClaims) => `    - name: ${name}\n      keyless:\n        identities: [{issuer: https://token.actions.githubusercontent.com, subject: "${fulcioSubjectOf(claims)}"}]`

beforeAll(async () => {
  ;[registry, stack] = await Promise.all([startRegistry({ auth: 'none' }), startSigstoreStack()])
  client = createRegistryClient({ logger: silentLogger, insecureRegistries: [registry.host] })
  for (const name of ['shop/api', 'shop/impostor', 'partner/tool', 'vendor/db', 'vendor/cache', 'legacy/debug', 'old/batch', 'misc/free']) {
    images[name] = await pushTestImage(client, registry.host, name, 'v1', name)
  }
  await signKeyless(images['shop/api'], TEAM)
  await signKeyless(images['shop/impostor'], PARTNER)
  const store = { registry: registry.host, repository: 'sigstore/partner' }
  const p = images['partner/tool']
  await pushBundleReferrer(client, store, { digest: p.digest, size: p.manifestBytes.length, mediaType: p.manifest.mediaType }, await signStatement(stack, toCosignSignStatement(p.digest), PARTNER))
  await signWithKey(images['vendor/db'], OLD)
  await signWithKey(images['vendor/cache'], NEW)
  await signKeyless(images['misc/free'], TEAM)

  ws = await mkdtemp(path.join(os.tmpdir(), 'e2e-policy-'))
  await mkdir(path.join(ws, 'deploy/keys'), { recursive: true })
  await writeFile(path.join(ws, 'deploy/keys/old.pub'), pemOf(OLD))
  await writeFile(path.join(ws, 'deploy/keys/new.pub'), pemOf(NEW))
  const h = registry.host
  await writeFile(path.join(ws, 'deploy/pod.yaml'), ['apiVersion: v1', 'kind: Pod', 'metadata: {name: all}', 'spec:', '  containers:', ...Object.entries(images).map(([n, i]) => `    - image: ${h}/${n}:v1@${i.digest}`), ''].join('\n'))
  await writeFile(
    path.join(ws, 'deploy/policy.yaml'),
    doc('shop', `  images: [{glob: "${h}/shop/**"}]\n  authorities:\n${keyless('team-release', TEAM)}`) +
      doc('partner', `  images: [{glob: "${h}/partner/**"}]\n  authorities:\n${keyless('partner-release', PARTNER)}\n      source: [{oci: ${h}/sigstore/partner}]`) +
      doc('vendor', `  images: [{glob: "${h}/vendor/**"}]\n  authorities:\n    - name: old-key\n      key: {path: keys/old.pub, tlog: false}\n    - name: new-key\n      key: {path: keys/new.pub, tlog: false}`) +
      doc('legacy', `  mode: skip\n  reason: debug image, gone by spring\n  expires: "2099-03-01"\n  images: [{glob: "${h}/legacy/**"}]\n  authorities: []`) +
      doc('old-batch', `  mode: skip\n  reason: migration\n  expires: "2021-01-01"\n  images: [{glob: "${h}/old/**"}]\n  authorities:\n${keyless('team-release', TEAM)}`)
  )
}, 120_000)

afterAll(async () => {
  client?.close()
  await Promise.all([registry?.stop(), stack?.stop()])
})

const EXPECTED: Record<string, { status: string; finding: boolean }> = {
  'shop/api': { status: 'verified', finding: false },
  'shop/impostor': { status: 'untrusted-signer', finding: true },
  'partner/tool': { status: 'verified', finding: false },
  'vendor/db': { status: 'verified', finding: false },
  'vendor/cache': { status: 'verified', finding: false },
  'legacy/debug': { status: 'exempt', finding: false },
  'old/batch': { status: 'unsigned', finding: true }
}

describe('dist/index.js with a policy', () => {
  let result: { code: number; stdout: string; outputs: Record<string, string>; summary: string; results: Record<string, unknown>[] }
  beforeAll(async () => {
    const tmp = await mkdtemp(path.join(os.tmpdir(), 'e2e-policy-run-'))
    const files = { GITHUB_OUTPUT: path.join(tmp, 'output'), GITHUB_STEP_SUMMARY: path.join(tmp, 'summary.md') }
    await Promise.all(Object.values(files).map(f => writeFile(f, '')))
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: tmp,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: ws,
      RUNNER_TEMP: tmp,
      ...files,
      INPUT_MODE: 'verify',
      INPUT_POLICY: 'deploy/policy.yaml',
      'INPUT_NO-MATCH': 'deny',
      'INPUT_REQUIRE-SIGNED': 'true',
      'INPUT_TRUSTED-ROOT': stack.trustedRootPath,
      'INPUT_INSECURE-REGISTRIES': registry.host,
      INPUT_UPLOAD: 'false',
      INPUT_TIMEOUT: '5'
    }
    let stdout = ''
    let code = 0
    try {
      stdout = (await run(process.execPath, [path.resolve('dist/index.js')], { env, timeout: 90_000 })).stdout
    } catch (e) {
      ;({ stdout, code } = e as { stdout: string; code: number })
    }
    const outputs = Object.fromEntries([...(await readFile(files.GITHUB_OUTPUT, 'utf8')).matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)].map(m => [m[1], m[3]]))
    const results = (await readFile(outputs['results-file'], 'utf8')).trim().split('\n').filter(Boolean).map(l => JSON.parse(l))
    result = { code, stdout, outputs, summary: await readFile(files.GITHUB_STEP_SUMMARY, 'utf8'), results }
  }, 120_000)

  const record = (name: string) => result.results.find(r => r.repository === name)

  it('gives every image the verdict and finding its policy decides', () => {
    for (const [name, want] of Object.entries(EXPECTED)) expect([name, record(name)?.status, record(name)?.finding]).toEqual([name, want.status, want.finding])
    expect(record('misc/free')).toMatchObject({ status: 'untrusted-signer', no_match: true, finding: true })
    expect(record('legacy/debug')).toMatchObject({ exemption: { reason: 'debug image, gone by spring', expires: '2099-03-01', expired: false } })
    expect(record('vendor/cache')?.verification_details).toContain('authority new-key verified')
  })

  it('fails the step and sets the outputs, exempt included', () => {
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/::error::3 images break the policy/)
    expect(result.outputs).toMatchObject({ images: '8', verified: '4', exempt: '1', findings: '3' })
  })

  it('writes the summary by policy with the expired exemption first', () => {
    expect(result.summary).toContain('### Images by policy')
    expect(result.summary).toContain('| vendor | enforce | 2 | 2 | 0 | 0 |')
    expect(result.summary.indexOf('expired on 2021-01-01')).toBeLessThan(result.summary.indexOf('until 2099-03-01'))
  })
})

describe('dist/cli/index.js verify and policy explain', () => {
  it('reaches the same verdicts from the CLI under no-match allow', async () => {
    const cli = path.resolve('dist/cli/index.js')
    const args = ['verify', '--path', ws, '--policy', 'deploy/policy.yaml', '--no-match', 'allow', '--require-signed', '--trusted-root', stack.trustedRootPath, '--insecure-registries', registry.host, '--format', 'ndjson', '--upload', 'false']
    let stdout = ''
    let code = 0
    try {
      stdout = (await run(process.execPath, [cli, ...args], { cwd: ws, env: { PATH: process.env.PATH, HOME: ws, GITHUB_WORKSPACE: ws }, timeout: 90_000 })).stdout
    } catch (e) {
      ;({ stdout, code } = e as { stdout: string; code: number })
    }
    const records = stdout.trim().split('\n').map(l => JSON.parse(l))
    for (const [name, want] of Object.entries(EXPECTED)) {
      const r = records.find(x => x.repository === name)
      expect([name, r?.status, r?.finding]).toEqual([name, want.status, want.finding])
    }
    expect(records.find(x => x.repository === 'misc/free')).toMatchObject({ status: 'exempt', no_match: true, finding: false })
    expect(code).toBe(1)

    const explained = (await run(process.execPath, [cli, 'policy', 'explain', '--policy', path.join(ws, 'deploy/policy.yaml'), '--images', `${registry.host}/old/batch@${images['old/batch'].digest}`, '--format', 'ndjson'])).stdout
    expect(JSON.parse(explained)).toMatchObject({ effective: 'enforce', no_match: false, policies: [{ name: 'old-batch', mode: 'enforce' }] })
  }, 120_000)
})
