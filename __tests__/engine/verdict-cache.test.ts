/**
 * The verification cache end to end: the CLI against the real registry on loopback, behind a
 * counting proxy, with the local Sigstore. A hit must not send a single request for its digest.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { runCli, EXIT_OK } from '../../src/cli/run.js'
import { toSimpleSigningPayload } from '../../src/cosign/index.js'
import { silentLogger } from '../../src/logger.js'
import { createRegistryClient, type RegistryClient } from '../../src/registry/index.js'
import { legacyLayerFrom, pushLegacySignatures, signMessage } from '../support/cosign-signing.js'
import { startLatencyProxy, type LatencyProxy } from '../support/latency-proxy.js'
import { pushTestImage, startRegistry, type StartedRegistry, type TestImage } from '../support/registry-server.js'
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore-stack.js'

let registry: StartedRegistry
let stack: SigstoreStack
let proxy: LatencyProxy
let client: RegistryClient
let signed: TestImage
let unsigned: TestImage

beforeAll(async () => {
  ;[registry, stack] = await Promise.all([startRegistry({ auth: 'none' }), startSigstoreStack()])
  proxy = await startLatencyProxy({ target: registry.url })
  client = createRegistryClient({ logger: silentLogger, insecureRegistries: [proxy.host] })
  signed = await pushTestImage(client, proxy.host, 'cache/signed', 'v1', 'signed')
  unsigned = await pushTestImage(client, proxy.host, 'cache/unsigned', 'v1', 'unsigned')
  const payload = toSimpleSigningPayload({ dockerReference: `${proxy.host}/cache/signed`, manifestDigest: signed.digest })
  await pushLegacySignatures(client, signed.repo, signed.digest, [legacyLayerFrom(payload, await signMessage(stack, payload))])
}, 120_000)

afterAll(async () => {
  client?.close()
  await proxy?.stop()
  await Promise.all([registry?.stop(), stack?.stop()])
})

const ref = (img: TestImage): string => `${proxy.host}/${img.repo.repository}@${img.digest}`
const touching = (img: TestImage): number =>
  [...proxy.stats().paths].filter(([p]) => p.includes(`/${img.repo.repository}/`)).reduce((n, [, c]) => n + c, 0)

async function verify(images: TestImage[], cacheDir: string, extra: string[] = []) {
  const results = path.join(cacheDir, '..', `results-${Math.random().toString(36).slice(2)}.ndjson`)
  const err: string[] = []
  const code = await runCli(
    ['verify', '--images', ...images.map(ref), '--trusted-root', stack.trustedRootPath, '--insecure-registries', proxy.host, '--cache-dir', cacheDir, '--upload', 'false', '--results-file', results, ...extra],
    { stdout: () => undefined, stderr: t => void err.push(t), env: {}, isTTY: false }
  )
  const records = (await readFile(results, 'utf8')).trim().split('\n').map(l => JSON.parse(l))
  return { code, err, records }
}

describe('verify with the verification cache', () => {
  describe('when the same verified digest is verified again', () => {
    it('answers from the cache with zero registry requests for it, and says cached', async () => {
      const dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'vc-')), 'cache')
      proxy.reset()
      const first = await verify([signed, unsigned], dir)
      expect(first.code).toBe(EXIT_OK)
      expect(first.records.map(r => [r.status, r.cached])).toEqual([['verified', false], ['unsigned', false]])
      expect(touching(signed)).toBeGreaterThan(0)

      proxy.reset()
      const second = await verify([signed, unsigned], dir)
      expect(second.records[0]).toMatchObject({ status: 'verified', signed: true, cached: true, signature_format: 'cosign-legacy', signature_location: 'sig-tag' })
      expect(Date.parse(second.records[0].first_verified_at)).toBeLessThanOrEqual(Date.now())
      expect(touching(signed)).toBe(0)
      // The unsigned image is never cached: it is asked about again.
      expect(second.records[1]).toMatchObject({ status: 'unsigned', cached: false })
      expect(touching(unsigned)).toBeGreaterThan(0)

      proxy.reset()
      await verify([signed], dir)
      expect(proxy.stats().requests).toBe(0)
    }, 60_000)
  })

  describe('when the policy changes', () => {
    it('misses and asks the registry again', async () => {
      const dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'vc-')), 'cache')
      await verify([signed], dir)
      proxy.reset()
      const again = await verify([signed], dir, ['--certificate-oidc-issuer', 'https://token.actions.githubusercontent.com'])
      expect(again.records[0]).toMatchObject({ status: 'verified', cached: false })
      expect(touching(signed)).toBeGreaterThan(0)
    }, 60_000)
  })

  describe('when cache-ttl is 0', () => {
    it('neither writes nor reads the cache', async () => {
      const dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'vc-')), 'cache')
      await verify([signed], dir)
      proxy.reset()
      const off = await verify([signed], dir, ['--cache-ttl', '0'])
      expect(off.records[0]).toMatchObject({ status: 'verified', cached: false })
      expect(touching(signed)).toBeGreaterThan(0)
      const fresh = path.join(await mkdtemp(path.join(os.tmpdir(), 'vc-')), 'cache')
      await verify([signed], fresh, ['--cache-ttl', '0'])
      await expect(readdir(fresh)).rejects.toMatchObject({ code: 'ENOENT' })
    }, 60_000)
  })

  describe('when a cached entry was tampered with', () => {
    it('ignores it and verifies against the registry', async () => {
      const dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'vc-')), 'cache')
      await verify([signed], dir)
      const [file] = (await readdir(dir)).filter(f => f.endsWith('.json'))
      const entry = JSON.parse(await readFile(path.join(dir, file), 'utf8'))
      entry.verdict.signerSubject = 'someone-else@example.com'
      await writeFile(path.join(dir, file), JSON.stringify(entry))
      proxy.reset()
      const again = await verify([signed], dir)
      expect(again.records[0]).toMatchObject({ status: 'verified', cached: false })
      expect(again.records[0].signer_subject).not.toBe('someone-else@example.com')
      expect(touching(signed)).toBeGreaterThan(0)
    }, 60_000)
  })
})
