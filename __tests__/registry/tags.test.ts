import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { memoryLogger } from '../../src/logger.js'
import { createRegistryClient, type RegistryClient } from '../../src/registry/index.js'
import { nextLink } from '../../src/registry/tags.js'
import { startFaultServer, type FaultServer } from '../support/registry-fault-server.js'

let server: FaultServer
let client: RegistryClient

beforeAll(async () => {
  server = await startFaultServer()
  client = createRegistryClient({ logger: memoryLogger(), insecureRegistries: [server.host], env: { HOME: '/nonexistent' }, maxAttempts: 1 })
})
afterEach(() => {
  server.requests.length = 0
})
afterAll(async () => {
  client.close()
  await server.stop()
})

const repo = (): { registry: string; repository: string } => ({ registry: server.host, repository: 'team/app' })

describe('listTags', () => {
  describe('when the registry paginates with Link headers', () => {
    it('follows rel="next" until the last page', async () => {
      const pages: Record<string, { tags: string[] | null; next?: string }> = {
        '': { tags: ['a', 'b'], next: '/v2/team/app/tags/list?n=2&last=b' },
        b: { tags: ['c', 'd'], next: '/v2/team/app/tags/list?n=2&last=d' },
        d: { tags: null }
      }
      server.handle((req, res) => {
        const page = pages[new URL(req.path, 'http://x').searchParams.get('last') ?? '']
        res.writeHead(200, { 'content-type': 'application/json', ...(page.next ? { link: `<${page.next}>; rel="next"` } : {}) })
        res.end(JSON.stringify({ name: 'team/app', tags: page.tags }))
      })
      expect(await client.listTags(repo(), { pageSize: 2 })).toEqual(['a', 'b', 'c', 'd'])
      expect(server.requests.map(r => r.path)).toEqual(['/v2/team/app/tags/list?n=2', '/v2/team/app/tags/list?n=2&last=b', '/v2/team/app/tags/list?n=2&last=d'])
    })
  })

  describe('when the next link points at another host', () => {
    it('fails with REGISTRY_ERROR instead of following it', async () => {
      server.handle((_req, res) => void res.writeHead(200, { link: '<https://elsewhere.example/v2/team/app/tags/list?last=b>; rel="next"' }).end('{"tags":["a"]}'))
      await expect(client.listTags(repo())).rejects.toMatchObject({ code: 'REGISTRY_ERROR' })
      expect(server.requests).toHaveLength(1)
    })
  })
})

describe('nextLink', () => {
  describe('when several links are given', () => {
    it('picks rel=next and resolves it against the request URL', () => {
      const res = { status: 200, body: Buffer.alloc(0), url: new URL('http://r.example/v2/x/tags/list'), headers: { link: '</first>; rel="first", </v2/x/tags/list?last=z>; rel=next' } }
      expect(nextLink(res)?.href).toBe('http://r.example/v2/x/tags/list?last=z')
      expect(nextLink({ ...res, headers: {} })).toBeUndefined()
    })
  })
})
