/**
 * runSign against the real registry (docker-registry 2.8.2: no referrers API, so bundles go to
 * the fallback tag index) and the local Sigstore stack; what it signs is read back through this
 * project's verifier. Faults (Fulcio/Rekor errors, a registry refusing pushes) come from real
 * loopback servers too.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync } from 'node:fs'
import { request } from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { resolveConfig, type Config, type RawOptions } from '../../src/config/index.js'
import { sigTag, fallbackTag } from '../../src/cosign/index.js'
import { createImageVerifier } from '../../src/engine/compose.js'
import { runSign } from '../../src/engine/sign-run.js'
import { memoryLogger, silentLogger } from '../../src/logger.js'
import { createRegistryClient, OCI_INDEX, type RegistryClient } from '../../src/registry/index.js'
import { startFaultServer, sendError, type FaultServer } from '../support/registry-fault-server.js'
import { pushTestImage, startRegistry, type StartedRegistry } from '../support/registry-server.js'
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore-stack.js'
import { expectValidRecords } from '../support/record-schema.js'

const RETRY = { retries: 2, minTimeout: 5, maxTimeout: 10 }
const fixture = (name: string): string => path.join(path.dirname(new URL(import.meta.url).pathname), '../sign/fixtures', name)

let registry: StartedRegistry
let stack: SigstoreStack
let client: RegistryClient
let dir: string

beforeAll(async () => {
  registry = await startRegistry({ auth: 'none' })
  stack = await startSigstoreStack()
  client = createRegistryClient({ logger: silentLogger, insecureRegistries: [registry.host] })
  dir = mkdtempSync(path.join(os.tmpdir(), 'sign-run-'))
}, 60_000)

afterAll(async () => {
  client?.close()
  await Promise.all([registry?.stop(), stack?.stop()])
})

function configFor(over: RawOptions, host = registry.host): Config {
  return resolveConfig(
    {
      mode: 'sign-and-verify',
      'fulcio-url': stack.fulcioUrl,
      'rekor-url': stack.rekorUrl,
      'tsa-url': stack.tsaUrl,
      'trusted-root': stack.trustedRootPath,
      'insecure-registries': host,
      upload: 'false',
      'results-file': path.join(dir, `${Math.random().toString(36).slice(2)}.ndjson`),
      ...over
    },
    {}
  )
}

const nameOf = (repo: string, host = registry.host): string => `${host}/${repo}`

async function verifyAs(config: Config, name: string, digest: string): Promise<string> {
  const verifier = await createImageVerifier({ ...config, mode: 'verify' }, silentLogger, client)
  return (await verifier.verify({ name, digest, tags: [], refs: [] })).status
}

describe('runSign', () => {
  describe('when keyless with the runner token endpoint', () => {
    it('signs in both formats, and the verifier accepts each with the certificate identity', async () => {
      const img = await pushTestImage(client, registry.host, 'sign/both', null, 'both')
      const config = configFor({ images: `${nameOf('sign/both')}@${img.digest}`, annotations: 'commit=abc' })
      const outcome = await runSign(config, silentLogger, { client, env: stack.env(), retry: RETRY })
      expectValidRecords(outcome.records)
      expect(outcome.ok).toBe(true)
      expect(outcome.records.map(r => r.status)).toEqual(['verified'])
      expect(outcome.signatures.map(s => [s.format, s.storage]).sort()).toEqual([
        ['cosign-legacy', 'sig-tag'],
        ['sigstore-bundle', 'referrers-tag']
      ])
      const identity = outcome.signatures[0].identity
      expect(identity.issuer).toBe('https://token.actions.githubusercontent.com')
      expect(stack.requests.some(r => r.includes('audience=sigstore'))).toBe(true)
      const exact = configFor({ mode: 'verify', 'certificate-identity': identity.subject, 'certificate-oidc-issuer': identity.issuer ?? '', annotations: 'commit=abc' })
      expect(await verifyAs(exact, nameOf('sign/both'), img.digest)).toBe('verified')
      expect(await verifyAs(configFor({ mode: 'verify', 'certificate-identity': 'https://github.com/someone/else' }), nameOf('sign/both'), img.digest)).toBe('untrusted-signer')
      await client.headManifest({ registry: registry.host, repository: 'sign/both' }, sigTag(img.digest))
      const index = await client.getManifest({ registry: registry.host, repository: 'sign/both' }, fallbackTag(img.digest), { accept: [OCI_INDEX] })
      expect((index.json as { manifests: unknown[] }).manifests).toHaveLength(1)
      expect(readFileSync(config.resultsFile, 'utf8').trim().split('\n')).toHaveLength(1)
    })

    it('signs the legacy format alone (verified), and appends to an existing .sig manifest instead of replacing it', async () => {
      const img = await pushTestImage(client, registry.host, 'sign/append', null, 'append')
      const config = configFor({ images: `${nameOf('sign/append')}@${img.digest}`, 'signature-format': 'legacy' })
      expect((await runSign(config, silentLogger, { client, env: stack.env(), retry: RETRY })).ok).toBe(true)
      expect((await runSign(config, silentLogger, { client, env: stack.env(), retry: RETRY })).ok).toBe(true)
      const sig = await client.getManifest({ registry: registry.host, repository: 'sign/append' }, sigTag(img.digest))
      expect((sig.json as { layers: unknown[] }).layers).toHaveLength(2)
    })

    it('resolves a tag to its digest with a warning and signs that digest in the bundle format alone (verified)', async () => {
      const img = await pushTestImage(client, registry.host, 'sign/tagged', 'v1', 'tagged')
      const logger = memoryLogger()
      const outcome = await runSign(configFor({ images: `${nameOf('sign/tagged')}:v1`, 'signature-format': 'bundle' }), logger, { client, env: stack.env(), retry: RETRY })
      expectValidRecords(outcome.records)
      expect(outcome.ok).toBe(true)
      expect(outcome.signatures[0].digest).toBe(img.digest)
      expect(outcome.warnings).toHaveLength(1)
      expect(logger.lines.some(l => l.level === 'warning')).toBe(true)
    })

    it('signs every platform image of an index with recursive', async () => {
      const repo = { registry: registry.host, repository: 'sign/multi' }
      const amd = await pushTestImage(client, registry.host, 'sign/multi', null, 'amd64')
      const arm = await pushTestImage(client, registry.host, 'sign/multi', null, 'arm64')
      const index = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: OCI_INDEX,
          manifests: [
            { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: amd.digest, size: amd.manifestBytes.length, platform: { os: 'linux', architecture: 'amd64' } },
            { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: arm.digest, size: arm.manifestBytes.length, platform: { os: 'linux', architecture: 'arm64' } }
          ]
        })
      )
      const put = await client.putManifest(repo, 'multi', index, OCI_INDEX)
      const outcome = await runSign(configFor({ images: `${nameOf('sign/multi')}@${put.digest}`, recursive: 'true', 'signature-format': 'legacy' }), silentLogger, { client, env: stack.env(), retry: RETRY })
      expectValidRecords(outcome.records)
      expect(outcome.ok).toBe(true)
      expect(outcome.records.map(r => [r.digest, r.status])).toEqual([
        [put.digest, 'verified'],
        [amd.digest, 'verified'],
        [arm.digest, 'verified']
      ])
    })
  })

  describe('when signing with a cosign key', () => {
    it('signs with a generate-key-pair key, and the .pub written beside it verifies the image', async () => {
      const img = await pushTestImage(client, registry.host, 'sign/key', null, 'key')
      const config = configFor({ images: `${nameOf('sign/key')}@${img.digest}`, key: fixture('generate-key-pair.key') })
      const outcome = await runSign(config, silentLogger, { client, env: {}, retry: RETRY })
      expectValidRecords(outcome.records)
      expect(outcome.ok).toBe(true)
      expect(outcome.records[0].status).toBe('verified')
      expect(outcome.signatures[0].identity.keyBased).toBe(true)
      expect(await verifyAs(configFor({ mode: 'verify', key: fixture('generate-key-pair.pub') }), nameOf('sign/key'), img.digest)).toBe('verified')
    })

    it('stops with SIGN_KEY_PASSWORD on a wrong password', async () => {
      const config = configFor({ images: `${nameOf('sign/key')}:latest`, key: fixture('generate-key-pair.key'), 'key-password': 'wrong' })
      await expect(runSign(config, silentLogger, { client, env: {}, retry: RETRY })).rejects.toMatchObject({ code: 'SIGN_KEY_PASSWORD' })
    })
  })

  describe('when no token is available', () => {
    it('stops before signing with SIGN_TOKEN_MISSING, naming both platforms', async () => {
      const config = configFor({ images: `${nameOf('sign/none')}:latest` })
      const error = await runSign(config, silentLogger, { client, env: {} }).catch((e: unknown) => e)
      expect(error).toMatchObject({ code: 'SIGN_TOKEN_MISSING' })
      expect((error as Error).message).toMatch(/id-token: write/)
      expect((error as Error).message).toMatch(/enable-openid-connect: true/)
    })

    it('stops with SIGN_FORGEJO_PUBLIC_FULCIO on Forgejo with the public-good Fulcio', async () => {
      const config = configFor({ images: `${nameOf('sign/none')}:latest`, 'fulcio-url': 'https://fulcio.sigstore.dev' })
      await expect(runSign(config, silentLogger, { client, env: { FORGEJO_ACTIONS: 'true', ...stack.env() } })).rejects.toMatchObject({ code: 'SIGN_FORGEJO_PUBLIC_FULCIO' })
    })
  })

  describe('when a Sigstore service keeps failing', () => {
    let fault: FaultServer
    beforeAll(async () => {
      fault = await startFaultServer((_req, res) => sendError(res, 503, 'UNAVAILABLE'))
    })
    afterAll(async () => fault?.stop())

    it.each([
      ['fulcio-url', 'SIGN_FULCIO_FAILED'],
      ['rekor-url', 'SIGN_REKOR_FAILED']
    ])('retries %s, then reports every image failed and pushes nothing', async (option, code) => {
      const img = await pushTestImage(client, registry.host, `sign/fault-${option}`, null, option)
      const before = fault.requests.length
      const logger = memoryLogger()
      const outcome = await runSign(configFor({ images: `${nameOf(`sign/fault-${option}`)}@${img.digest}`, [option]: fault.url }), logger, { client, env: stack.env(), retry: RETRY })
      expectValidRecords(outcome.records)
      expect(outcome.ok).toBe(false)
      expect(fault.requests.length - before).toBe(RETRY.retries + 1)
      expect(outcome.signatures).toEqual([])
      expect(outcome.records.map(r => [r.status, r.signed])).toEqual([['error', false]])
      expect(outcome.text).toContain(code)
      await expect(client.headManifest({ registry: registry.host, repository: `sign/fault-${option}` }, sigTag(img.digest))).rejects.toMatchObject({ code: 'REGISTRY_NOT_FOUND' })
    })
  })

  describe('when the registry refuses the push', () => {
    let proxy: FaultServer
    beforeAll(async () => {
      // Reads pass through to the real registry; manifest pushes are denied.
      proxy = await startFaultServer((req, res) => {
        if (req.method === 'PUT' && req.path.includes('/manifests/')) return sendError(res, 403, 'DENIED')
        return new Promise<void>(resolve => {
          const upstream = request(`${registry.url}${req.path}`, { method: req.method, headers: { ...req.headers, host: proxy.host } }, up => {
            res.writeHead(up.statusCode ?? 502, up.headers)
            up.pipe(res).on('finish', () => resolve())
          })
          upstream.end(req.body)
        })
      })
    })
    afterAll(async () => proxy?.stop())

    it('reports the image as not signed, with the registry status', async () => {
      const img = await pushTestImage(client, registry.host, 'sign/refused', null, 'refused')
      const proxied = createRegistryClient({ logger: silentLogger, insecureRegistries: [proxy.host] })
      const outcome = await runSign(configFor({ images: `${nameOf('sign/refused', proxy.host)}@${img.digest}` }, proxy.host), silentLogger, { client: proxied, env: stack.env(), retry: RETRY })
      expectValidRecords(outcome.records)
      proxied.close()
      expect(outcome.ok).toBe(false)
      expect(outcome.signatures).toEqual([])
      expect(outcome.records.map(r => [r.status, r.signed])).toEqual([['auth-error', false]])
    })
  })
})
