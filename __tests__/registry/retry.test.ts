import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { memoryLogger } from '../../src/logger.js'
import { createRegistryClient, type RegistryClient, type RegistryClientOptions } from '../../src/registry/index.js'
import { backoffMs, retryAfterMs } from '../../src/http/index.js'
import { sendError, startFaultServer, type FaultServer } from '../support/registry-fault-server.js'

const MANIFEST = Buffer.from('{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{},"layers":[]}')

let server: FaultServer
let client: RegistryClient | undefined
const slept: number[] = []

function clientFor(options: Partial<RegistryClientOptions> = {}): RegistryClient {
  client = createRegistryClient({
    logger: memoryLogger(),
    insecureRegistries: [server.host],
    env: { HOME: '/nonexistent' },
    sleep: async ms => void slept.push(ms),
    random: () => 0.5,
    ...options
  })
  return client
}

const repo = (): { registry: string; repository: string } => ({ registry: server.host, repository: 'team/app' })
const ok = (res: import('node:http').ServerResponse): void => void res.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' }).end(MANIFEST)

beforeAll(async () => {
  server = await startFaultServer()
})
afterEach(() => {
  client?.close()
  server.requests.length = 0
  slept.length = 0
})
afterAll(async () => {
  await server.stop()
})

describe('withRetry (through getManifest)', () => {
  describe('when the registry answers 429 with Retry-After', () => {
    it('waits the time asked, then succeeds', async () => {
      server.handle((_req, res) => (server.requests.length === 1 ? sendError(res, 429, 'TOOMANYREQUESTS', { 'retry-after': '2' }) : ok(res)))
      const result = await clientFor().getManifest(repo(), 'v1')
      expect(result.size).toBe(MANIFEST.length)
      expect(slept).toEqual([2000])
      expect(server.requests).toHaveLength(2)
    })

    it('fails at once with REGISTRY_RATE_LIMITED when the wait is longer than maxRetryDelayMs', async () => {
      server.handle((_req, res) => sendError(res, 429, 'TOOMANYREQUESTS', { 'retry-after': '3600' }))
      await expect(clientFor({ maxRetryDelayMs: 10_000 }).getManifest(repo(), 'v1')).rejects.toMatchObject({ code: 'REGISTRY_RATE_LIMITED', status: 429 })
      expect(server.requests).toHaveLength(1)
      expect(slept).toEqual([])
    })

    it('gives up with REGISTRY_RATE_LIMITED after maxAttempts', async () => {
      server.handle((_req, res) => sendError(res, 429, 'TOOMANYREQUESTS', { 'retry-after': '1' }))
      const failure = clientFor({ maxAttempts: 3 }).getManifest(repo(), 'v1')
      await expect(failure).rejects.toMatchObject({ code: 'REGISTRY_RATE_LIMITED', status: 429, temporary: true, details: { registryCodes: ['TOOMANYREQUESTS'] } })
      expect(server.requests).toHaveLength(3)
    })
  })

  describe('when the registry answers 500 once', () => {
    it('backs off and succeeds on the next attempt, saying so at debug level', async () => {
      server.handle((_req, res) => (server.requests.length === 1 ? sendError(res, 500, 'UNKNOWN') : ok(res)))
      const logger = memoryLogger()
      await clientFor({ retryBaseDelayMs: 100, logger }).getManifest(repo(), 'v1')
      expect(server.requests).toHaveLength(2)
      expect(slept).toEqual([50])
      expect(logger.lines.filter(l => l.level === 'debug' && l.message.includes('answered 500; attempt 2 of 4'))).toHaveLength(1)
    })
  })

  describe('when the registry keeps failing with 503', () => {
    it('reports REGISTRY_ERROR with the status after a bounded number of attempts', async () => {
      server.handle((_req, res) => sendError(res, 503, 'UNAVAILABLE'))
      await expect(clientFor({ maxAttempts: 4 }).getManifest(repo(), 'v1')).rejects.toMatchObject({ code: 'REGISTRY_ERROR', status: 503 })
      expect(server.requests).toHaveLength(4)
      expect(slept).toHaveLength(3)
    })
  })

  describe('when the answer is final', () => {
    it('does not retry a 404', async () => {
      server.handle((_req, res) => sendError(res, 404, 'MANIFEST_UNKNOWN'))
      await expect(clientFor().getManifest(repo(), 'v1')).rejects.toMatchObject({ code: 'REGISTRY_NOT_FOUND', status: 404 })
      expect(server.requests).toHaveLength(1)
    })
  })
})

describe('backoffMs', () => {
  describe('when attempts grow', () => {
    it('doubles the ceiling each attempt, up to the cap, with full jitter', () => {
      const policy = { baseDelayMs: 100, maxDelayMs: 1000, random: () => 0.999 }
      expect([1, 2, 3, 4, 5].map(n => backoffMs(n, policy))).toEqual([99, 199, 399, 799, 999])
      expect(backoffMs(3, { ...policy, random: () => 0 })).toBe(0)
    })
  })
})

describe('retryAfterMs', () => {
  describe('when the header is a date or seconds', () => {
    it('reads both forms and ignores garbage', () => {
      const now = Date.parse('2026-01-01T00:00:00Z')
      expect(retryAfterMs({ 'retry-after': '7' }, now)).toBe(7000)
      expect(retryAfterMs({ 'retry-after': 'Thu, 01 Jan 2026 00:00:30 GMT' }, now)).toBe(30_000)
      expect(retryAfterMs({ 'retry-after': 'soon' }, now)).toBeUndefined()
      expect(retryAfterMs({}, now)).toBeUndefined()
    })
  })
})
