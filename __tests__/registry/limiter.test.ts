import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { memoryLogger } from '../../src/logger.js'
import { createRegistryClient } from '../../src/registry/index.js'
import { createKeyedLimiter } from '../../src/registry/limiter.js'
import { startFaultServer, type FaultServer } from '../support/registry-fault-server.js'

const MANIFEST = Buffer.from('{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{},"layers":[]}')

let server: FaultServer
let active = 0
let peak = 0

beforeAll(async () => {
  server = await startFaultServer((_req, res) => {
    active++
    peak = Math.max(peak, active)
    setTimeout(() => {
      active--
      res.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' }).end(MANIFEST)
    }, 30)
  })
})
afterAll(async () => {
  await server.stop()
})

describe('createRegistryClient', () => {
  describe('when more requests are made than maxInFlightPerRegistry', () => {
    it('keeps at most that many in flight to one registry', async () => {
      const client = createRegistryClient({ logger: memoryLogger(), insecureRegistries: [server.host], env: { HOME: '/nonexistent' }, maxInFlightPerRegistry: 2 })
      try {
        const repo = { registry: server.host, repository: 'team/app' }
        await Promise.all(Array.from({ length: 8 }, (_, i) => client.getManifest(repo, `t${i}`)))
        expect(peak).toBe(2)
        expect(client.requestCount()).toBe(8)
      } finally {
        client.close()
      }
    })
  })
})

describe('createKeyedLimiter', () => {
  describe('when tasks fail', () => {
    it('releases their slots and bounds each key separately', async () => {
      const limiter = createKeyedLimiter(1)
      await expect(limiter.run('a', async () => Promise.reject(new Error('x')))).rejects.toThrow('x')
      expect(limiter.inFlight('a')).toBe(0)
      let release: () => void = () => undefined
      const first = limiter.run('a', () => new Promise<void>(r => (release = r)))
      const order: string[] = []
      const second = limiter.run('a', async () => void order.push('a2'))
      await limiter.run('b', async () => void order.push('b'))
      expect(order).toEqual(['b'])
      release()
      await Promise.all([first, second])
      expect(order).toEqual(['b', 'a2'])
    })
  })
})
