/**
 * Hostile-input suite, network side (issue 11): a pull request controls the workspace, so it can add
 * image references to registries it owns, and those registries answer as they like.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { codeOfAsync } from '../support/error-code.js'
import { startFaultServer, type FaultServer } from '../support/registry-fault-server.js'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import tls from 'node:tls'
import { memoryLogger } from '../../src/logger.js'
import { createRegistryClient } from '../../src/registry/index.js'
import { DIGEST, OTHER_DIGEST, configFor, referrersIndex, scriptedRegistry, sigManifest, verifyRun, type Reply } from './support.js'

const BASIC = `Basic ${Buffer.from('robot:hunter2').toString('base64')}`
const creds = { 'registry-username': 'robot', 'registry-password': 'hunter2' }

let trusted: FaultServer
let hostile: FaultServer

/** Answers every request with a Basic challenge: whoever sends the password gets it. */
const challengeBasic: Parameters<FaultServer['handle']>[0] = (req, res) => {
  if (!req.headers.authorization) return void res.writeHead(401, { 'www-authenticate': 'Basic realm="r"' }).end()
  res.writeHead(404).end()
}

beforeAll(async () => {
  trusted = await startFaultServer(challengeBasic)
  // 127.0.0.2 is loopback too, but another host: the registry a pull request adds.
  hostile = await startFaultServer(challengeBasic, '127.0.0.2')
})
afterEach(() => {
  trusted.handle(challengeBasic)
  hostile.handle(challengeBasic)
  trusted.requests.length = 0
  hostile.requests.length = 0
})
afterAll(async () => {
  await trusted.stop()
  await hostile.stop()
})

const authorizations = (s: FaultServer): (string | undefined)[] => s.requests.map(r => r.headers.authorization as string | undefined)

describe('defect 1: explicit registry credentials', () => {
  describe('when no registry is named and the run references two registries', () => {
    it('stops with INPUT_INVALID naming registry before any request', async () => {
      const config = await configFor({ ...creds, images: `${trusted.host}/team/app@${DIGEST}\n${hostile.host}/evil/app@${OTHER_DIGEST}`, 'insecure-registries': `${trusted.host},${hostile.host}` })
      let error: unknown
      const code = await codeOfAsync(verifyRun(config).catch(e => Promise.reject((error = e))))
      expect(code).toBe('INPUT_INVALID')
      expect((error as { details: { option: string } }).details.option).toBe('registry')
      expect(trusted.requests).toHaveLength(0)
      expect(hostile.requests).toHaveLength(0)
    })
  })

  describe('when no registry is named and the workspace (the pull request) references only its own registry', () => {
    it('stops with INPUT_INVALID naming registry: the registry is never inferred from scanned files', async () => {
      hostile.handle((_req, res) => void res.writeHead(401, { 'www-authenticate': `Basic realm="${hostile.host}"` }).end())
      const workspace = mkdtempSync(path.join(os.tmpdir(), 'hostile-ws-'))
      writeFileSync(path.join(workspace, 'pod.yaml'), `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - image: ${hostile.host}/evil/app@${DIGEST}\n`)
      let error: unknown
      const code = await codeOfAsync(
        (async () => verifyRun(await configFor({ ...creds, path: '.', 'insecure-registries': hostile.host }, { GITHUB_WORKSPACE: workspace })))().catch(e => Promise.reject((error = e)))
      )
      rmSync(workspace, { recursive: true, force: true })
      expect(code).toBe('INPUT_INVALID')
      expect((error as { details: { option: string } }).details.option).toBe('registry')
      expect(authorizations(hostile).filter(Boolean)).toEqual([])
      expect(hostile.requests).toHaveLength(0)
    })
  })

  describe('when no registry is named and the run references exactly one registry', () => {
    it('sends the credentials to that registry', async () => {
      const config = await configFor({ ...creds, images: `${trusted.host}/team/app@${DIGEST}`, 'insecure-registries': trusted.host })
      const outcome = await verifyRun(config)
      expect(outcome.items[0].verdict.status).toBe('not-found')
      expect(authorizations(trusted)).toContain(BASIC)
    })
  })

  describe('when the registry is named and a pull request adds another one', () => {
    it('never sends the credentials to the other registry', async () => {
      const config = await configFor({
        ...creds,
        registry: trusted.host,
        images: `${trusted.host}/team/app@${DIGEST}\n${hostile.host}/evil/app@${OTHER_DIGEST}`,
        'insecure-registries': `${trusted.host},${hostile.host}`
      })
      const outcome = await verifyRun(config)
      expect(outcome.items.map(i => i.verdict.status).sort()).toEqual(['auth-error', 'not-found'])
      expect(authorizations(trusted)).toContain(BASIC)
      expect(hostile.requests.length).toBeGreaterThan(0)
      expect(authorizations(hostile).filter(Boolean)).toEqual([])
    })
  })

  describe('when an insecure registry names a plain-HTTP token realm outside insecure-registries', () => {
    it('does not send the credentials to the realm', async () => {
      trusted.handle((_req, res) => void res.writeHead(401, { 'www-authenticate': `Bearer realm="${hostile.url}/token",service="r"` }).end())
      hostile.handle((_req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end('{"token":"t"}'))
      const config = await configFor({ ...creds, registry: trusted.host, images: `${trusted.host}/team/app@${DIGEST}`, 'insecure-registries': trusted.host })
      const outcome = await verifyRun(config)
      expect(outcome.items[0].verdict.status).toBe('auth-error')
      expect(authorizations(hostile).filter(Boolean)).toEqual([])
    })
  })
})

const HEX = DIGEST.slice('sha256:'.length)
const SIG_PATH = new RegExp(`^/v2/team/big/manifests/sha256-${HEX}\\.sig$`)
const statusOf = (outcome: Awaited<ReturnType<typeof verifyRun>>, repository: string): string | undefined =>
  outcome.items.find(i => i.repository === repository)?.verdict.status

/** Two images on one hostile registry: `team/big` gets the routes, `team/small` is plainly unsigned. */
async function runTwo(routes: Parameters<typeof scriptedRegistry>[0], extra: Record<string, string> = {}, deps: Parameters<typeof verifyRun>[1] = {}) {
  trusted.handle(scriptedRegistry(routes))
  const config = await configFor({ images: `${trusted.host}/team/big@${DIGEST}\n${trusted.host}/team/small@${OTHER_DIGEST}`, 'insecure-registries': trusted.host, timeout: '1', ...extra })
  const outcome = await verifyRun(config, deps)
  const lines = (await readFile(config.resultsFile, 'utf8')).trim().split('\n')
  return { outcome, lines }
}

/** Status line, then one header byte at a time, never ending the headers. */
const trickleHeaders: Reply = res => {
  const socket = res.socket
  if (!socket) return
  socket.write('HTTP/1.1 200 OK\r\nX-Slow: ')
  const timer = setInterval(() => socket.write('a'), 100)
  socket.on('close', () => clearInterval(timer))
}

/** Headers at once, then a body that never ends. */
const endlessBody: Reply = res => {
  res.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' })
  const timer = setInterval(() => res.write(' '), 50)
  res.on('close', () => clearInterval(timer))
}

describe('defect 5: a hostile registry cannot stall the run', () => {
  describe('when a .sig manifest lists 14,000 signature layers', () => {
    it('gives that image registry-error without reading them, verifies the other and writes every record', async () => {
      const slowBlob: Reply = res => void setTimeout(() => res.writeHead(404).end(), 50)
      const { outcome, lines } = await runTwo([
        [SIG_PATH, sigManifest(14_000)],
        [/^\/v2\/team\/big\/blobs\//, slowBlob]
      ])
      expect(statusOf(outcome, 'team/big')).toBe('registry-error')
      expect(statusOf(outcome, 'team/small')).toBe('unsigned')
      expect(trusted.requests.filter(r => r.path.includes('/blobs/'))).toHaveLength(0)
      expect(lines).toHaveLength(2)
    }, 20_000)

    it('reads them when max-signatures allows that many', async () => {
      const { outcome } = await runTwo([[SIG_PATH, sigManifest(150)]], { 'max-signatures': '200' })
      expect(trusted.requests.filter(r => r.path.includes('/blobs/'))).toHaveLength(150)
      expect(statusOf(outcome, 'team/big')).not.toBe('verified')
    }, 20_000)
  })

  describe('when the referrers API lists more bundles than the cap', () => {
    it('gives that image registry-error without fetching them', async () => {
      const { outcome, lines } = await runTwo([[new RegExp(`^/v2/team/big/referrers/`), referrersIndex(101)]])
      expect(statusOf(outcome, 'team/big')).toBe('registry-error')
      expect(statusOf(outcome, 'team/small')).toBe('unsigned')
      expect(trusted.requests.filter(r => /\/team\/big\/manifests\/sha256:f/.test(r.path))).toHaveLength(0)
      expect(lines).toHaveLength(2)
    }, 20_000)
  })

  describe('when the registry trickles response headers forever', () => {
    it('abandons the request at the header deadline: registry-error for that image only', async () => {
      const started = Date.now()
      const { outcome, lines } = await runTwo([[SIG_PATH, trickleHeaders]])
      expect(statusOf(outcome, 'team/big')).toBe('registry-error')
      expect(statusOf(outcome, 'team/small')).toBe('unsigned')
      expect(lines).toHaveLength(2)
      // One request with its retries: 4 × timeout, and a little.
      expect(Date.now() - started).toBeLessThan(6_000)
    }, 20_000)
  })

  describe('when the registry sends a body that never ends', () => {
    it('abandons the request at its total deadline: registry-error for that image only', async () => {
      const started = Date.now()
      const { outcome, lines } = await runTwo([[SIG_PATH, endlessBody]])
      expect(statusOf(outcome, 'team/big')).toBe('registry-error')
      expect(statusOf(outcome, 'team/small')).toBe('unsigned')
      expect(lines).toHaveLength(2)
      // One request with its retries: 4 × timeout, and a little.
      expect(Date.now() - started).toBeLessThan(6_000)
    }, 20_000)
  })

  describe('when a registry lets every request time out', () => {
    it('stops asking it after a few timeouts, so its images do not each cost the full deadline', async () => {
      trusted.handle(() => undefined)
      hostile.handle(scriptedRegistry([]))
      const images = [1, 2, 3, 4, 5].map(n => `${trusted.host}/team/app${n}@${DIGEST}`)
      const config = await configFor({ images: [...images, `${hostile.host}/other/app@${DIGEST}`].join('\n'), 'insecure-registries': `${trusted.host},${hostile.host}`, timeout: '1' })
      const started = Date.now()
      const outcome = await verifyRun(config)
      const elapsed = Date.now() - started
      expect(outcome.items.filter(i => i.registry === trusted.host).map(i => i.verdict.status)).toEqual(Array(5).fill('registry-error'))
      expect(outcome.items.find(i => i.registry === hostile.host)?.verdict.status).toBe('unsigned')
      // A few timeouts' worth, not an image deadline (10 × timeout) per wave of images.
      expect(elapsed).toBeLessThan(5_000)
    }, 20_000)
  })

  describe('when a redirect carries a body that never ends', () => {
    it('follows the redirect and cuts that body instead of reading it for the rest of the run', async () => {
      let cut = false
      trusted.handle((req, res) => {
        if (req.path !== '/v2/team/app/manifests/v1') return void res.writeHead(404).end()
        res.writeHead(307, { location: '/v2/team/app/manifests/v2' })
        const timer = setInterval(() => res.write('x'.repeat(1024)), 20)
        res.on('close', () => {
          clearInterval(timer)
          cut = true
        })
      })
      const client = createRegistryClient({ logger: memoryLogger(), insecureRegistries: [trusted.host], env: { HOME: '/nonexistent' }, timeoutMs: 1000, maxAttempts: 1 })
      try {
        expect(await codeOfAsync(client.getManifest({ registry: trusted.host, repository: 'team/app' }, 'v1'))).toBe('REGISTRY_NOT_FOUND')
        await new Promise(resolve => setTimeout(resolve, 1500))
        expect(cut).toBe(true)
      } finally {
        client.close()
      }
    })
  })

  describe('when every request is answered in time but the image takes too long', () => {
    it('gives that image registry-error at the image deadline', async () => {
      const slowBlob: Reply = res => void setTimeout(() => res.writeHead(404).end(), 400)
      const started = Date.now()
      const { outcome, lines } = await runTwo(
        [
          [SIG_PATH, sigManifest(60)],
          [/^\/v2\/team\/big\/blobs\//, slowBlob]
        ],
        {},
        { imageTimeoutMs: 2000 }
      )
      expect(statusOf(outcome, 'team/big')).toBe('registry-error')
      expect(statusOf(outcome, 'team/small')).toBe('unsigned')
      expect(lines).toHaveLength(2)
      expect(Date.now() - started).toBeLessThan(15_000)
      // The abandoned work stops too: no request goes on in the background.
      const blobs = (): number => trusted.requests.filter(r => r.path.includes('/blobs/')).length
      const seen = blobs()
      await new Promise(resolve => setTimeout(resolve, 1500))
      expect(blobs()).toBe(seen)
    }, 20_000)
  })
})

describe('defect 1: no credentials over plain HTTP outside insecure-registries', () => {
  let dir: string
  let secure: FaultServer
  const original = tls.getCACertificates('default')

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'hostile-tls-'))
    const key = path.join(dir, 'key.pem')
    const crt = path.join(dir, 'cert.pem')
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', crt, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'pipe' })
    const cert = readFileSync(crt, 'utf8')
    tls.setDefaultCACertificates([...original, cert])
    secure = await startFaultServer(undefined, '127.0.0.1', { key: readFileSync(key, 'utf8'), cert })
  })
  afterAll(async () => {
    tls.setDefaultCACertificates(original)
    await secure.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  describe('when an HTTPS registry sends the upload to a plain-HTTP URL on its own host', () => {
    it('refuses with REGISTRY_AUTH before sending the credentials', async () => {
      secure.handle((req, res) => {
        if (!req.headers.authorization) return void res.writeHead(401, { 'www-authenticate': 'Basic realm="r"' }).end()
        if (req.method === 'HEAD') return void res.writeHead(404).end()
        if (req.method === 'POST') return void res.writeHead(202, { location: `http://${secure.host}/v2/team/app/blobs/uploads/session` }).end()
        res.writeHead(201).end()
      })
      const client = createRegistryClient({ logger: memoryLogger(), credentials: { registry: secure.host, username: 'robot', password: 'hunter2' }, env: { HOME: '/nonexistent' }, maxAttempts: 1 })
      try {
        expect(await codeOfAsync(client.uploadBlob({ registry: secure.host, repository: 'team/app' }, Buffer.from('layer')))).toBe('REGISTRY_AUTH')
        expect(secure.requests.filter(r => r.method === 'PUT')).toHaveLength(0)
      } finally {
        client.close()
      }
    })
  })
})
