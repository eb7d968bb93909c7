/**
 * The bundled action (dist/index.js) run as a runner runs it: INPUT_* variables, GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY, workflow commands on stdout, against a real registry, the local Sigstore
 * stack and a loopback fremforge endpoint.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { toCosignSignStatement, toSimpleSigningPayload } from '../../src/cosign/index.js'
import { silentLogger } from '../../src/logger.js'
import { createRegistryClient, type RegistryClient } from '../../src/registry/index.js'
import { legacyLayerFrom, pushBundleReferrer, pushLegacySignatures, signMessage, signStatement } from '../support/cosign-signing.js'
import { startFremforgeServer, type FremforgeServer } from '../support/fremforge-server.js'
import { pushTestImage, startRegistry, type StartedRegistry, type TestImage } from '../support/registry-server.js'
import { githubActionsClaims, startSigstoreStack, type OidcClaims, type SigstoreStack } from '../support/sigstore-stack.js'

const run = promisify(execFile)
const IDENTITY = 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main'
const DOWN_HOST = '127.0.0.1:9' // discard port: nothing listens, connections are refused

let registry: StartedRegistry
let stack: SigstoreStack
let fremforge: FremforgeServer
let client: RegistryClient
let ws: string
const images: Record<string, TestImage> = {}

async function signLegacyImage(img: TestImage, claims?: OidcClaims) {
  const payload = toSimpleSigningPayload({ dockerReference: `${registry.host}/${img.repo.repository}`, manifestDigest: img.digest })
  await pushLegacySignatures(client, img.repo, img.digest, [legacyLayerFrom(payload, await signMessage(stack, payload, claims))])
}

beforeAll(async () => {
  ;[registry, stack, fremforge] = await Promise.all([startRegistry({ auth: 'none' }), startSigstoreStack(), startFremforgeServer()])
  client = createRegistryClient({ logger: silentLogger, insecureRegistries: [registry.host] })
  for (const name of ['legacy', 'bundle', 'unsigned', 'impostor']) images[name] = await pushTestImage(client, registry.host, `shop/${name}`, 'v1', name)
  await signLegacyImage(images.legacy)
  const b = images.bundle
  await pushBundleReferrer(client, b.repo, { digest: b.digest, size: b.manifestBytes.length, mediaType: b.manifest.mediaType }, await signStatement(stack, toCosignSignStatement(b.digest)))
  await signLegacyImage(images.impostor, githubActionsClaims({ repository: 'evil-org/evil-repo' }))

  ws = await mkdtemp(path.join(os.tmpdir(), 'e2e-ws-'))
  const ref = (n: string) => `${registry.host}/shop/${n}:v1@${images[n].digest}`
  await mkdir(path.join(ws, 'deploy'))
  await writeFile(
    path.join(ws, 'deploy/app.yaml'),
    [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: shop}',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      `        - image: ${ref('legacy')}`,
      `        - image: ${ref('bundle')}`,
      `        - image: ${ref('unsigned')}`,
      `        - image: ${ref('impostor')}`,
      `        - image: ${DOWN_HOST}/gone/app@sha256:${'e'.repeat(64)}`,
      ''
    ].join('\n')
  )
  await writeFile(path.join(ws, 'compose.yaml'), `services:\n  web:\n    image: ${registry.host}/shop/legacy:v1\n  again:\n    image: ${ref('legacy')}\n`)
}, 120_000)

afterAll(async () => {
  client?.close()
  await Promise.all([registry?.stop(), stack?.stop(), fremforge?.stop()])
})

async function runAction(inputs: Record<string, string>) {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'e2e-run-'))
  const files = { GITHUB_OUTPUT: path.join(tmp, 'output'), GITHUB_STEP_SUMMARY: path.join(tmp, 'summary.md') }
  await Promise.all(Object.values(files).map(f => writeFile(f, '')))
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: tmp,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: ws,
    RUNNER_TEMP: tmp,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'octo-org/shop',
    GITHUB_SHA: 'c0ffee',
    GITHUB_RUN_ID: '99',
    GITHUB_RUN_ATTEMPT: '1',
    FREMFORGE_API_TOKEN: 'ff-secret-token',
    ...files,
    'INPUT_MODE': 'verify',
    'INPUT_TRUSTED-ROOT': stack.trustedRootPath,
    'INPUT_INSECURE-REGISTRIES': `${registry.host}\n${DOWN_HOST}`,
    'INPUT_FREMFORGE-URL': fremforge.url,
    'INPUT_CERTIFICATE-IDENTITY': IDENTITY,
    'INPUT_TIMEOUT': '5',
    ...Object.fromEntries(
      Object.entries(inputs).map(([k, v]) => (k.startsWith('__ENV__') ? [k.slice('__ENV__'.length), v] : [`INPUT_${k.toUpperCase()}`, v]))
    )
  }
  let stdout = ''
  let code = 0
  try {
    stdout = (await run(process.execPath, [path.resolve('dist/index.js')], { env, timeout: 90_000 })).stdout
  } catch (e) {
    const err = e as { stdout: string; code: number }
    stdout = err.stdout
    code = err.code
  }
  const outputs = Object.fromEntries([...(await readFile(files.GITHUB_OUTPUT, 'utf8')).matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)].map(m => [m[1], m[3]]))
  const results = outputs['results-file'] ? (await readFile(outputs['results-file'], 'utf8')).trim().split('\n').filter(Boolean).map(l => JSON.parse(l)) : []
  return { code, stdout, outputs, summary: await readFile(files.GITHUB_STEP_SUMMARY, 'utf8'), results }
}

describe('dist/index.js in verify mode', () => {
  let result: Awaited<ReturnType<typeof runAction>>
  beforeAll(async () => {
    fremforge.script([{ status: 500 }, { status: 200 }])
    result = await runAction({ 'require-signed': 'true' })
  }, 120_000)

  const byImage = (name: string) => result.results.find(r => r.repository === `shop/${name}` && r.digest)

  it('fails the step because signed images are required', () => {
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/::error::.*break the policy/)
  })

  it('gives every unique image the right status', () => {
    expect(byImage('legacy')).toMatchObject({ status: 'verified', signed: true, signature_format: 'cosign-legacy', signer_subject: IDENTITY, finding: false })
    expect(byImage('bundle')).toMatchObject({ status: 'verified', signature_format: 'sigstore-bundle', signature_location: 'referrers-tag' })
    expect(byImage('unsigned')).toMatchObject({ status: 'unsigned', signed: false, finding: true })
    expect(byImage('impostor')).toMatchObject({ status: 'untrusted-signer', signed: false, finding: true })
    expect(byImage('impostor')?.signer_subject).toContain('evil-org')
    expect(result.results.find(r => r.registry === DOWN_HOST)).toMatchObject({ status: 'registry-error', signed: false })
    expect(result.results.find(r => r.status === 'unpinned')).toMatchObject({ repository: 'shop/legacy', tags: ['v1'] })
  })

  it('keeps every occurrence of a digest in one record', () => {
    const sources = byImage('legacy')?.sources
    expect(sources).toHaveLength(2)
    expect(sources).toEqual(
      expect.arrayContaining([
        { file: 'deploy/app.yaml', line: 8, kind: 'k8s-image' },
        { file: 'compose.yaml', line: 5, kind: 'compose-image' }
      ])
    )
  })

  it('annotates the exact lines of unverified images', () => {
    const errors = result.stdout.split('\n').filter(l => l.startsWith('::error ') && l.includes('file='))
    const at = (line: number) => errors.find(l => l.includes('file=deploy/app.yaml,line=' + line + '::'))
    expect(at(10)).toContain('unsigned')
    expect(at(11)).toContain('untrusted-signer')
    expect(at(12)).toContain('registry-error')
    expect(at(8)).toBeUndefined()
    expect(result.stdout).toMatch(/::warning title=Image unpinned,file=compose.yaml,line=3::/)
  })

  it('sets the outputs', () => {
    expect(result.outputs).toMatchObject({ images: '5', verified: '2', unsigned: '1', failed: '2', findings: '3', unpinned: '1' })
  })

  it('writes a job summary with counts, the policy and links', () => {
    expect(result.summary).toContain('Cosign image verification')
    expect(result.summary).toContain('Signed images are required')
    expect(result.summary).toContain('https://github.com/octo-org/shop/blob/c0ffee/deploy/app.yaml#L10')
  })

  it('uploads every record once despite a 500, with the token masked', () => {
    const stored = fremforge.stored()
    expect(stored).toHaveLength(1)
    expect(stored[0].headers.authorization).toBe('Bearer ff-secret-token')
    expect(stored[0].body.trim().split('\n')).toHaveLength(result.results.length)
    expect(fremforge.requests.length).toBe(2)
    // The only place the token may appear is the command that tells the runner to mask it.
    expect(result.stdout.split('\n').filter(l => l.includes('ff-secret-token') && !l.startsWith('::add-mask::'))).toEqual([])
  })
})

describe('dist/index.js when fremforge refuses', () => {
  it('keeps the results file and fails only with upload-failure: fail', async () => {
    fremforge.script([{ status: 401, body: '{"error":"bad token"}' }])
    const before = fremforge.requests.length
    const r = await runAction({ 'upload-failure': 'fail' })
    expect(r.code).toBe(1)
    expect(fremforge.requests.length - before).toBe(1)
    expect(r.stdout).toMatch(/401/)
    expect(r.results.length).toBeGreaterThan(0)
  }, 120_000)
})

describe('dist/index.js when fremforge is slow or away', () => {
  it('honours Retry-After on 429 and stores the results once', async () => {
    fremforge.script([{ status: 429, headers: { 'Retry-After': '1' } }])
    const before = fremforge.requests.length
    const storedBefore = fremforge.stored().length
    const started = Date.now()
    const r = await runAction({})
    expect(r.code).toBe(0)
    expect(fremforge.requests.length - before).toBe(2)
    expect(fremforge.stored().length - storedBefore).toBe(1)
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000)
  }, 120_000)

  it('still writes every result and passes with upload-failure: warn when it is unreachable', async () => {
    const r = await runAction({ 'fremforge-url': 'http://127.0.0.1:9' })
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/::warning::upload to fremforge failed/)
    expect(r.results).toHaveLength(6)
    expect(r.outputs.images).toBe('5')
  }, 120_000)
})

describe('dist/index.js in sign-and-verify mode', () => {
  it('signs keyless with the runner token endpoint, in both formats, and verifies what it signed', async () => {
    const img = await pushTestImage(client, registry.host, 'shop/fresh', 'v2', 'fresh build')
    const r = await runAction({
      mode: 'sign-and-verify',
      images: `${registry.host}/shop/fresh:v2`,
      'fulcio-url': stack.fulcioUrl,
      'rekor-url': stack.rekorUrl,
      'certificate-identity': '',
      ...Object.fromEntries(Object.entries(stack.env()).map(([k, v]) => [`__ENV__${k}`, v]))
    })
    expect(r.code).toBe(0)
    const signatures = JSON.parse(r.outputs.signatures) as { digest: string; format: string; identity: { subject: string } }[]
    expect(signatures.map(s => s.format).sort()).toEqual(['cosign-legacy', 'sigstore-bundle'])
    expect(signatures.every(s => s.digest === img.digest && s.identity.subject === IDENTITY)).toBe(true)
    expect(r.results).toEqual([expect.objectContaining({ digest: img.digest, status: 'verified', signed: true })])
    expect(r.stdout).toMatch(/::warning::.*no digest/)
    expect(stack.requests.some(q => q.includes('/token'))).toBe(true)
  }, 120_000)

  it('stops with the missing permission named when no token is available', async () => {
    const img = await pushTestImage(client, registry.host, 'shop/notoken', 'v1', 'no token')
    const r = await runAction({ mode: 'sign', images: `${registry.host}/shop/notoken@${img.digest}`, 'fulcio-url': stack.fulcioUrl, 'rekor-url': stack.rekorUrl })
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/id-token: write/)
    expect(r.stdout).toMatch(/enable-openid-connect/)
  }, 120_000)
})

describe('dist/index.js on Forgejo', () => {
  it('also prints plain path:line lines and links files the Forgejo way', async () => {
    const r = await runAction({ __ENV__FORGEJO_ACTIONS: 'true', __ENV__FORGEJO_SERVER_URL: 'https://codeberg.org', upload: 'false' })
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^deploy\/app\.yaml:10: warning: .*: unsigned: /m)
    expect(r.summary).toContain('https://codeberg.org/octo-org/shop/src/commit/c0ffee/deploy/app.yaml#L10')
  }, 120_000)
})

describe('dist/index.js with require-pinned only', () => {
  it('fails on the tag-only reference alone and names the rule', async () => {
    const r = await runAction({ 'require-pinned': 'true', upload: 'false' })
    expect(r.code).toBe(1)
    expect(r.outputs).toMatchObject({ findings: '1', unpinned: '1' })
    expect(r.stdout).toMatch(/::error::1 images break the policy \(require-pinned\)/)
    expect(r.stdout).toMatch(/::error title=Image unpinned,file=compose.yaml,line=3::/)
    expect(r.stdout).toMatch(/::warning title=Image unsigned,file=deploy\/app.yaml,line=10::/)
  }, 120_000)
})
