/**
 * Hostile input for `sign` and `sign-and-verify` (issue 17), against the real registry on
 * loopback and the local Sigstore stack. Where a real server cannot misbehave on demand, a proxy
 * in front of it records and replays answers (sign-proxies.ts), or a fault server answers.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { resolveConfig, type Config, type RawOptions } from '../../src/config/index.js'
import { fallbackTag, sigTag } from '../../src/cosign/index.js'
import { loadSigningKey } from '../../src/cosign/sign/private-key.js'
import { runAttest } from '../../src/engine/attest-run.js'
import { runSign } from '../../src/engine/sign-run.js'
import { memoryLogger, silentLogger, type Logger } from '../../src/logger.js'
import { createRegistryClient, OCI_INDEX, type RegistryClient } from '../../src/registry/index.js'
import { codeOfAsync } from '../support/error-code.js'
import { startFremforgeServer, type FremforgeServer } from '../support/fremforge-server.js'
import { startFaultServer, type FaultServer } from '../support/registry-fault-server.js'
import { pushTestImage, startRegistry, type StartedRegistry } from '../support/registry-server.js'
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore-stack.js'
import { startTufRepo } from '../trust/tuf-repo.js'
import { forward, send, startReplayProxy, type ReplayProxy } from './sign-proxies.js'

const RETRY = { retries: 0, minTimeout: 5, maxTimeout: 10 }
const fixture = (name: string): string => path.join(path.dirname(new URL(import.meta.url).pathname), '../sign/fixtures', name)
const GHOST = `sha256:${'0123456789abcdef'.repeat(4)}`

let registry: StartedRegistry
let stack: SigstoreStack
let client: RegistryClient
let dir: string

beforeAll(async () => {
  registry = await startRegistry({ auth: 'none' })
  stack = await startSigstoreStack()
  client = createRegistryClient({ logger: silentLogger, insecureRegistries: [registry.host] })
  dir = mkdtempSync(path.join(os.tmpdir(), 'hostile-sign-'))
}, 60_000)

afterAll(async () => {
  client?.close()
  await Promise.all([registry?.stop(), stack?.stop()])
})

function configFor(over: RawOptions): Config {
  return resolveConfig(
    {
      mode: 'sign-and-verify',
      'fulcio-url': stack.fulcioUrl,
      'rekor-url': stack.rekorUrl,
      'trusted-root': stack.trustedRootPath,
      'insecure-registries': registry.host,
      upload: 'false',
      'results-file': path.join(dir, `${Math.random().toString(36).slice(2)}.ndjson`),
      ...over
    },
    {}
  )
}

const repoRef = (repository: string) => ({ registry: registry.host, repository })
function predicateFile(): string {
  const file = path.join(dir, 'predicate.json')
  writeFileSync(file, JSON.stringify({ buildType: 'https://example.com/build' }))
  return file
}

const rekorEntries = (): number => stack.requests.filter(r => r.startsWith('rekor POST')).length

/** A logger that keeps lines and the secrets it was asked to mask. */
function recordingLogger(): Logger & { lines: { level: string; message: string }[]; secrets: string[] } {
  const inner = memoryLogger()
  const secrets: string[] = []
  return { ...inner, lines: inner.lines, secrets, secret: s => void secrets.push(s) }
}

async function tagMissing(repository: string, tag: string): Promise<string | undefined> {
  return codeOfAsync(client.headManifest(repoRef(repository), tag))
}

describe('sign: defect 1, a subject no image has', () => {
  it.each(['legacy', 'bundle', 'both'])('signs nothing, logs nothing and pushes nothing for a missing digest (%s), and reports not-found', async format => {
    await pushTestImage(client, registry.host, `acme/real-${format}`, 'v1', format)
    const before = rekorEntries()
    const images = [`${registry.host}/acme/real-${format}@${GHOST}`, `${registry.host}/acme/ghost-${format}@${GHOST}`]
    const outcome = await runSign(configFor({ images: images.join(','), 'signature-format': format }), silentLogger, { client, env: stack.env(), retry: RETRY })
    expect(outcome.ok).toBe(false)
    expect(outcome.signatures).toEqual([])
    expect(outcome.records.map(r => [r.status, r.signed, r.digest])).toEqual([
      ['not-found', false, GHOST],
      ['not-found', false, GHOST]
    ])
    expect(rekorEntries()).toBe(before)
    for (const repository of [`acme/real-${format}`, `acme/ghost-${format}`]) {
      expect(await tagMissing(repository, sigTag(GHOST))).toBe('REGISTRY_NOT_FOUND')
      expect(await tagMissing(repository, fallbackTag(GHOST))).toBe('REGISTRY_NOT_FOUND')
    }
    const written = readFileSync(outcome.resultsFile, 'utf8').trim().split('\n')
    expect(written.map(l => (JSON.parse(l) as { status: string }).status)).toEqual(['not-found', 'not-found'])
  })
})

describe('sign: defect 2, an older signature must not vouch for the new one', () => {
  let rekor: ReplayProxy
  beforeAll(async () => {
    rekor = await startReplayProxy(stack.rekorUrl, req => req.method === 'POST')
  })
  afterAll(async () => rekor?.stop())

  it('refuses a signature whose Rekor answer was replayed, though the image carries a valid one, and pushes nothing', async () => {
    const img = await pushTestImage(client, registry.host, 'acme/replayed', null, 'replayed')
    const images = `${registry.host}/acme/replayed@${img.digest}`
    rekor.mode = 'record'
    const first = await runSign(configFor({ images, 'signature-format': 'legacy', 'rekor-url': rekor.url }), silentLogger, { client, env: stack.env(), retry: RETRY })
    expect(first.records.map(r => r.status)).toEqual(['verified'])
    const layersBefore = ((await client.getManifest(repoRef('acme/replayed'), sigTag(img.digest))).json as { layers: unknown[] }).layers.length

    rekor.mode = 'replay'
    const second = await runSign(configFor({ images, 'signature-format': 'both', 'rekor-url': rekor.url }), silentLogger, { client, env: stack.env(), retry: RETRY })
    expect(second.ok).toBe(false)
    expect(second.records.map(r => [r.status, r.signed])).toEqual([['invalid-signature', false]])
    expect(second.signatures).toEqual([])
    expect(((await client.getManifest(repoRef('acme/replayed'), sigTag(img.digest))).json as { layers: unknown[] }).layers).toHaveLength(layersBefore)
    expect(await tagMissing('acme/replayed', fallbackTag(img.digest))).toBe('REGISTRY_NOT_FOUND')
  })

  describe('when the registry serves an older .sig manifest instead of what was pushed', () => {
    let proxy: FaultServer
    let stale: { answer?: Awaited<ReturnType<typeof forward>>; serve: boolean }
    beforeAll(async () => {
      stale = { serve: false }
      proxy = await startFaultServer(async (req, res) => {
        const sigGet = req.method === 'GET' && /\/manifests\/sha256-[0-9a-f]{64}\.sig$/.test(req.path)
        if (sigGet && stale.serve && stale.answer) return send(res, stale.answer)
        const answer = await forward(registry.url, req, proxy.host)
        if (sigGet && !stale.serve && answer.status === 200) stale.answer = answer
        send(res, answer)
      })
    })
    afterAll(async () => proxy?.stop())

    it('does not report verified: the layer just pushed is not there', async () => {
      const proxied = createRegistryClient({ logger: silentLogger, insecureRegistries: [proxy.host] })
      const img = await pushTestImage(proxied, proxy.host, 'acme/stale', null, 'stale')
      const images = `${proxy.host}/acme/stale@${img.digest}`
      const first = await runSign(configFor({ images, 'signature-format': 'legacy', 'insecure-registries': proxy.host }), silentLogger, { client: proxied, env: stack.env(), retry: RETRY })
      expect(first.records.map(r => r.status)).toEqual(['verified'])
      // The read-back of the first run saw the one-layer manifest; from now on the proxy serves it.
      stale.serve = true
      const second = await runSign(configFor({ images, 'signature-format': 'legacy', 'insecure-registries': proxy.host }), silentLogger, { client: proxied, env: stack.env(), retry: RETRY })
      proxied.close()
      expect(second.ok).toBe(false)
      expect(second.records[0].status).not.toBe('verified')
      expect(second.records[0].signed).toBe(false)
    })
  })
})

describe('sign: defect 6, a certificate for another key', () => {
  let fulcio: ReplayProxy
  beforeAll(async () => {
    fulcio = await startReplayProxy(stack.fulcioUrl, req => req.method === 'POST')
  })
  afterAll(async () => fulcio?.stop())

  it.each(['sign', 'sign-and-verify'])('pushes nothing, logs nothing and fails in %s mode when Fulcio answers with a certificate for another key', async mode => {
    const img = await pushTestImage(client, registry.host, `acme/certswap-${mode}`, null, `certswap-${mode}`)
    const images = `${registry.host}/acme/certswap-${mode}@${img.digest}`
    fulcio.mode = 'record'
    const other = await pushTestImage(client, registry.host, `acme/certswap-${mode}`, null, `certswap-other-${mode}`)
    await runSign(configFor({ mode, images: `${registry.host}/acme/certswap-${mode}@${other.digest}`, 'fulcio-url': fulcio.url, 'signature-format': 'legacy' }), silentLogger, { client, env: stack.env(), retry: RETRY })
    expect(fulcio.recorded).toBeDefined()

    fulcio.mode = 'replay'
    const before = rekorEntries()
    const outcome = await runSign(configFor({ mode, images, 'fulcio-url': fulcio.url }), silentLogger, { client, env: stack.env(), retry: RETRY })
    expect(outcome.ok).toBe(false)
    expect(outcome.signatures).toEqual([])
    expect(outcome.records.map(r => [r.status, r.signed])).toEqual([['invalid-signature', false]])
    expect(outcome.text).toContain('SIGN_CERTIFICATE_MISMATCH')
    expect(outcome.text).not.toMatch(/^✓/m)
    expect(rekorEntries()).toBe(before)
    expect(await tagMissing(`acme/certswap-${mode}`, sigTag(img.digest))).toBe('REGISTRY_NOT_FOUND')
    expect(await tagMissing(`acme/certswap-${mode}`, fallbackTag(img.digest))).toBe('REGISTRY_NOT_FOUND')
  })
})

describe('sign: defect 3, the key input', () => {
  it('never echoes a base64-encoded private key given as key, and masks it', async () => {
    const encoded = Buffer.from(readFileSync(fixture('generate-key-pair.key'))).toString('base64')
    const logger = recordingLogger()
    let error: (Error & { code?: string }) | undefined
    try {
      await runSign(configFor({ images: `${registry.host}/acme/k@${GHOST}`, key: encoded }), logger, { client, env: {} })
    } catch (e) {
      error = e as Error & { code?: string }
    }
    expect(error).toMatchObject({ code: 'INPUT_INVALID' })
    const said = `${error?.message ?? ''} ${JSON.stringify(logger.lines)}`
    for (let i = 0; i + 16 <= encoded.length; i += 16) expect(said).not.toContain(encoded.slice(i, i + 16))
    expect(logger.secrets).toContain(encoded)
  })

  it('masks the PEM body of a key read from a file, line by line', async () => {
    const img = await pushTestImage(client, registry.host, 'acme/keyfile', null, 'keyfile')
    const logger = recordingLogger()
    const outcome = await runSign(configFor({ images: `${registry.host}/acme/keyfile@${img.digest}`, key: fixture('generate-key-pair.key'), 'tlog-upload': 'false' }), logger, { client, env: {} })
    expect(outcome.ok).toBe(true)
    const body = readFileSync(fixture('generate-key-pair.key'), 'utf8').split('\n').filter(l => l && !l.startsWith('-----'))
    for (const line of body) expect(logger.secrets).toContain(line)
  })
})

describe('sign: defect 4, secrets in Sigstore answers and plain HTTP', () => {
  let fremforge: FremforgeServer
  let fulcio: FaultServer
  beforeAll(async () => {
    fremforge = await startFremforgeServer()
    // A Fulcio that quotes what it was sent, and more, in its error body.
    fulcio = await startFaultServer((req, res) => {
      const sent = JSON.parse(req.body.toString('utf8')) as { credentials?: { oidcIdentityToken?: string } }
      const token = sent.credentials?.oidcIdentityToken ?? ''
      const quoted = [token, token.split('.')[1], 'reg-Pa55word-quoted', 'ff-api-token-0123456789', 'key-pa55phrase-quoted'].join(' | ')
      res.writeHead(400, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ code: 400, message: `error processing the identity token: ${quoted}` }))
    })
  })
  afterAll(async () => Promise.all([fremforge?.stop(), fulcio?.stop()]))

  it.each([
    ['sign-and-verify', 'the identity-token input', true],
    ['sign-and-verify', "the runner's token", false],
    ['attest', 'the identity-token input', true],
    ['attest-and-verify', "the runner's token", false]
  ])('%s keeps %s and every other known secret out of messages, records, the results file and the upload', async (mode, _name, asInput) => {
    const img = await pushTestImage(client, registry.host, 'acme/leak', null, `leak-${String(asInput)}-${mode}`)
    const token = stack.issueToken()
    const logger = memoryLogger()
    const config = configFor({
      images: `${registry.host}/acme/leak@${img.digest}`,
      'fulcio-url': fulcio.url,
      ...(asInput ? { 'identity-token': token } : {}),
      'registry-username': 'someone',
      'registry-password': 'reg-Pa55word-quoted',
      'api-token': 'ff-api-token-0123456789',
      'key-password': 'key-pa55phrase-quoted',
      'fremforge-url': fremforge.url,
      upload: 'true',
      mode,
      ...(mode.startsWith('attest') ? { predicate: predicateFile(), 'predicate-type': 'slsaprovenance' } : {})
    })
    const outcome = await (mode.startsWith('attest') ? runAttest : runSign)(config, logger, { client, env: stack.env(), retry: RETRY })
    expect(outcome.ok).toBe(false)
    expect(outcome.records[0].status).toBe('error')
    const runnerToken = asInput ? token : (fulcio.requests.at(-1)?.body.toString('utf8').match(/"oidcIdentityToken":"([^"]+)"/)?.[1] ?? '')
    expect(runnerToken.length).toBeGreaterThan(20)
    const everything = [JSON.stringify(outcome), readFileSync(config.resultsFile, 'utf8'), JSON.stringify(logger.lines), ...fremforge.requests.map(r => r.body)].join('\n')
    expect(fremforge.requests.length).toBeGreaterThan(0)
    expect(everything).toContain('error processing the identity token')
    for (const secret of [runnerToken, runnerToken.split('.')[1], 'reg-Pa55word-quoted', 'ff-api-token-0123456789', 'key-pa55phrase-quoted']) expect(everything).not.toContain(secret)
  })

  it.each(['fulcio-url', 'rekor-url', 'tsa-url'])('refuses a plain-http %s outside loopback before any request', async option => {
    const error = await codeOfAsync(runSign(configFor({ images: `${registry.host}/acme/http@${GHOST}`, [option]: 'http://sigstore.example.invalid' }), silentLogger, { client, env: stack.env(), retry: RETRY }))
    expect(error).toBe('INPUT_INVALID')
  })

  it.each([
    ['attest', 'fulcio-url'],
    ['attest', 'rekor-url'],
    ['attest-and-verify', 'tsa-url']
  ])('%s also refuses a plain-http %s outside loopback before any request', async (mode, option) => {
    const config = configFor({ mode, images: `${registry.host}/acme/http@${GHOST}`, predicate: predicateFile(), 'predicate-type': 'slsaprovenance', [option]: 'http://sigstore.example.invalid' })
    const before = stack.requests.length
    const error = await codeOfAsync(runAttest(config, silentLogger, { client, env: stack.env(), retry: RETRY }))
    expect(error).toBe('INPUT_INVALID')
    expect(stack.requests.length).toBe(before)
  })
})

describe('sign: defect 5, scrypt parameters', () => {
  const envelope = (params: { N: number; r: number; p: number }): string => {
    const doc = { kdf: { name: 'scrypt', params, salt: Buffer.alloc(32, 1).toString('base64') }, cipher: { name: 'nacl/secretbox', nonce: Buffer.alloc(24, 2).toString('base64') }, ciphertext: Buffer.alloc(160, 3).toString('base64') }
    return `-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n${Buffer.from(JSON.stringify(doc)).toString('base64')}\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n`
  }

  it.each([
    { N: 2 ** 17, r: 8, p: 1 },
    { N: 2 ** 16, r: 16, p: 1 },
    { N: 2 ** 15, r: 8, p: 4 },
    { N: 2 ** 12, r: 8, p: 32 }
  ])('refuses N=$N r=$r p=$p before deriving (more memory or work than cosign keys take)', async params => {
    expect(await codeOfAsync(loadSigningKey(envelope(params), 'pw'))).toBe('SIGN_KEY_INVALID')
  })

  it('still opens the keys cosign writes (N=32768 and, from older versions, N=65536)', async () => {
    expect((await loadSigningKey(readFileSync(fixture('cosign-keys-test-sigstore.key'), 'utf8'), 'hello')).hash).toBe('sha256')
    expect((await loadSigningKey(readFileSync(fixture('generate-key-pair.key'), 'utf8'), undefined)).hash).toBe('sha256')
  })
})

describe('sign: defect 7, a key that is not a regular file', () => {
  it('refuses a FIFO at once instead of waiting for a writer', async () => {
    const fifo = path.join(dir, 'key.fifo')
    execFileSync('mkfifo', [fifo])
    expect(await codeOfAsync(runSign(configFor({ images: `${registry.host}/acme/fifo@${GHOST}`, key: fifo }), silentLogger, { client, env: {} }))).toBe('INPUT_INVALID')
  }, 10_000)

  it('refuses a directory', async () => {
    const keyDir = path.join(dir, 'key.d')
    mkdirSync(keyDir)
    expect(await codeOfAsync(runSign(configFor({ images: `${registry.host}/acme/fifo@${GHOST}`, key: keyDir }), silentLogger, { client, env: {} }))).toBe('INPUT_INVALID')
  })
})

describe('sign: also', () => {
  it('signs with a key and no transparency log without any trust-root or TUF request', async () => {
    // A real TUF repository serving the stack's root: what verification would fetch if it needed a root.
    const tuf = await startTufRepo(JSON.stringify(stack.trustedRoot))
    const root = path.join(dir, 'tuf-root.json')
    writeFileSync(root, tuf.rootJson)
    const img = await pushTestImage(client, registry.host, 'acme/offline-key', null, 'offline-key')
    const config = configFor({ images: `${registry.host}/acme/offline-key@${img.digest}`, key: fixture('generate-key-pair.key'), 'tlog-upload': 'false', 'trusted-root': '', 'tuf-mirror': tuf.url, 'tuf-root': root })
    const outcome = await runSign(config, silentLogger, { client, env: {} })
    await tuf.stop()
    expect(tuf.requests).toEqual([])
    expect(outcome.ok).toBe(true)
    expect(outcome.records.map(r => r.status)).toEqual(['verified'])
  })

  it('keeps only the image-index schema fields of an existing referrers tag index', async () => {
    const img = await pushTestImage(client, registry.host, 'acme/fallback', null, 'fallback')
    const earlier = await pushTestImage(client, registry.host, 'acme/fallback', null, 'fallback-earlier-referrer')
    const hostile = {
      schemaVersion: 2,
      mediaType: OCI_INDEX,
      'x-injected': { script: '<img src=x onerror=alert(1)>' },
      annotations: { note: 'kept', bad: 42 },
      manifests: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: earlier.digest, size: earlier.manifestBytes.length, artifactType: 'application/x-earlier', 'x-extra': 'dropped', urls: ['http://evil.invalid/'] }]
    }
    await client.putManifest(repoRef('acme/fallback'), fallbackTag(img.digest), Buffer.from(JSON.stringify(hostile)), OCI_INDEX)
    const outcome = await runSign(configFor({ images: `${registry.host}/acme/fallback@${img.digest}`, 'signature-format': 'bundle' }), silentLogger, { client, env: stack.env(), retry: RETRY })
    expect(outcome.ok).toBe(true)
    const index = (await client.getManifest(repoRef('acme/fallback'), fallbackTag(img.digest), { accept: [OCI_INDEX] })).json as Record<string, unknown> & { manifests: Record<string, unknown>[] }
    expect(Object.keys(index).sort()).toEqual(['manifests', 'mediaType', 'schemaVersion'])
    expect(index.manifests).toHaveLength(2)
    expect(index.manifests[0]).toEqual({ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: earlier.digest, size: earlier.manifestBytes.length, artifactType: 'application/x-earlier' })
  })
})
