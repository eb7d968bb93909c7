/** Network faults, size caps, timeouts, scheme and redirects, against scripted loopback servers. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { memoryLogger } from '../../src/logger.js'
import { createRegistryClient, type RegistryClient, type RegistryClientOptions } from '../../src/registry/index.js'
import { startFaultServer, type FaultServer } from '../support/registry-fault-server.js'

const sha256 = (b: Buffer): string => `sha256:${createHash('sha256').update(b).digest('hex')}`
const BLOB = Buffer.from('signature payload')
const BLOB_DIGEST = sha256(BLOB)

let registry: FaultServer
let storage: FaultServer
const clients: RegistryClient[] = []

function clientFor(options: Partial<RegistryClientOptions> = {}): RegistryClient {
  const client = createRegistryClient({
    logger: memoryLogger(),
    insecureRegistries: [registry.host, storage.host],
    env: { HOME: '/nonexistent' },
    sleep: async () => undefined,
    ...options
  })
  clients.push(client)
  return client
}

beforeAll(async () => {
  registry = await startFaultServer()
  // 127.0.0.2 is loopback too, but a different host: a blob storage service.
  storage = await startFaultServer(undefined, '127.0.0.2')
})
afterEach(() => {
  for (const c of clients.splice(0)) c.close()
  registry.requests.length = 0
  storage.requests.length = 0
})
afterAll(async () => {
  await registry.stop()
  await storage.stop()
})

const repo = (): { registry: string; repository: string } => ({ registry: registry.host, repository: 'team/app' })

describe('getBlob', () => {
  describe('when the registry redirects to a storage host', () => {
    it('follows the redirect without sending Authorization to the other host', async () => {
      registry.handle((req, res) => {
        if (!req.headers.authorization) return void res.writeHead(401, { 'www-authenticate': 'Basic realm="r"' }).end()
        res.writeHead(307, { location: `${storage.url}/blobs/abc?X-Amz-Signature=secret-signature` }).end()
      })
      storage.handle((_req, res) => void res.writeHead(200, { 'content-length': String(BLOB.length) }).end(BLOB))
      const client = clientFor({ credentials: { registry: registry.host, username: 'u', password: 'p4ss' } })
      expect((await client.getBlob(repo(), BLOB_DIGEST)).equals(BLOB)).toBe(true)
      expect(registry.requests.at(-1)?.headers.authorization).toMatch(/^Basic /)
      expect(storage.requests).toHaveLength(1)
      expect(storage.requests[0].headers.authorization).toBeUndefined()
    })

    it('keeps the pre-signed query string out of errors', async () => {
      registry.handle((_req, res) => void res.writeHead(302, { location: `${storage.url}/blobs/abc?X-Amz-Signature=secret-signature` }).end())
      storage.handle((_req, res) => void res.writeHead(403).end())
      const failure = await clientFor().getBlob(repo(), BLOB_DIGEST).catch((e: unknown) => e)
      expect(failure).toMatchObject({ code: 'REGISTRY_AUTH', status: 403 })
      expect(JSON.stringify((failure as { details: unknown }).details) + (failure as Error).message).not.toContain('secret-signature')
    })
  })

  describe('when the body is larger than the cap', () => {
    it('refuses a declared oversized body with REGISTRY_TOO_LARGE', async () => {
      registry.handle((_req, res) => void res.writeHead(200, { 'content-length': String(2048) }).end(Buffer.alloc(2048)))
      await expect(clientFor({ maxBlobBytes: 1024 }).getBlob(repo(), BLOB_DIGEST)).rejects.toMatchObject({ code: 'REGISTRY_TOO_LARGE' })
    })

    it('stops reading an undeclared (chunked) oversized body', async () => {
      registry.handle((_req, res) => {
        res.writeHead(200)
        for (let i = 0; i < 64; i++) res.write(Buffer.alloc(1024))
        res.end()
      })
      await expect(clientFor().getBlob(repo(), BLOB_DIGEST, { maxBytes: 4096 })).rejects.toMatchObject({ code: 'REGISTRY_TOO_LARGE' })
    })

    it('refuses manifests over 4 MiB by default', async () => {
      registry.handle((_req, res) => void res.writeHead(200, { 'content-length': String(4 * 1024 * 1024 + 1) }).end())
      await expect(clientFor().getManifest(repo(), 'v1')).rejects.toMatchObject({ code: 'REGISTRY_TOO_LARGE' })
    })
  })
})

describe('getManifest', () => {
  describe('when the body is slow', () => {
    it('gives up with REGISTRY_TIMEOUT when the body stalls', async () => {
      registry.handle((_req, res) => {
        res.writeHead(200, { 'content-length': '1000' })
        res.write('{"schemaVersion":')
      })
      await expect(clientFor({ timeoutMs: 200, maxAttempts: 1 }).getManifest(repo(), 'v1')).rejects.toMatchObject({ code: 'REGISTRY_TIMEOUT' })
    })

    it('gives up with REGISTRY_TIMEOUT when a trickling body misses the read deadline', async () => {
      registry.handle((_req, res) => {
        res.writeHead(200, { 'content-length': '1000' })
        const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write(' ')), 20)
      })
      const client = clientFor({ timeoutMs: 5000, readTimeoutMs: 300, maxAttempts: 1 })
      await expect(client.getManifest(repo(), 'v1')).rejects.toMatchObject({ code: 'REGISTRY_TIMEOUT' })
    })

    it('gives up with REGISTRY_TIMEOUT when no response comes', async () => {
      registry.handle(() => undefined)
      await expect(clientFor({ timeoutMs: 200, maxAttempts: 2 }).getManifest(repo(), 'v1')).rejects.toMatchObject({ code: 'REGISTRY_TIMEOUT' })
      expect(registry.requests).toHaveLength(2)
    })
  })

  describe('when the connection is reset', () => {
    it('retries and succeeds', async () => {
      const body = Buffer.from('{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json"}')
      registry.handle((_req, res, raw) => {
        if (registry.requests.length === 1) return void raw.socket.destroy()
        res.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' }).end(body)
      })
      const client = clientFor({ maxAttempts: 3 })
      expect((await client.getManifest(repo(), sha256(body))).digest).toBe(sha256(body))
      expect(client.requestCount()).toBe(2)
    })

    it('reports REGISTRY_UNREACHABLE once attempts run out', async () => {
      registry.handle((_req, _res, raw) => void raw.socket.destroy())
      const client = clientFor({ maxAttempts: 3 })
      await expect(client.getManifest(repo(), 'v1')).rejects.toMatchObject({ code: 'REGISTRY_UNREACHABLE', host: registry.host, repository: 'team/app' })
      expect(client.requestCount()).toBe(3)
    })
  })

  describe('when the host is not listed in insecureRegistries', () => {
    it('speaks HTTPS only and never sends a plain-HTTP request', async () => {
      const client = createRegistryClient({ logger: memoryLogger(), env: { HOME: '/nonexistent' }, maxAttempts: 1 })
      clients.push(client)
      await expect(client.getManifest(repo(), 'v1')).rejects.toMatchObject({ code: 'REGISTRY_UNREACHABLE' })
      expect(registry.requests).toHaveLength(0)
    })
  })
})

describe('hasBlob', () => {
  describe('when the registry redirects HEAD to storage', () => {
    it('takes the redirect as presence without following it', async () => {
      registry.handle((_req, res) => void res.writeHead(307, { location: `${storage.url}/b` }).end())
      expect(await clientFor().hasBlob(repo(), BLOB_DIGEST)).toBe(true)
      expect(storage.requests).toHaveLength(0)
    })
  })
})

describe('requestStats', () => {
  describe('when requests are redirected', () => {
    it('counts every hop per host', async () => {
      registry.handle((_req, res) => void res.writeHead(307, { location: `${storage.url}/b` }).end())
      storage.handle((_req, res) => void res.writeHead(200).end(BLOB))
      const client = clientFor()
      await client.getBlob(repo(), BLOB_DIGEST)
      expect(client.requestStats()).toMatchObject({ total: 2, byHost: { [registry.host]: 1, [storage.host]: 1 }, tokens: 0 })
    })
  })
})
