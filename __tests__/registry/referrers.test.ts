/** The OCI 1.1 referrers API and its tag-schema fallback, on a scripted registry (2.8.2 has no API). */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import type { ServerResponse } from 'node:http'
import { memoryLogger } from '../../src/logger.js'
import { OCI_INDEX, OCI_MANIFEST, createRegistryClient, digestOf, referrersTagFor, type RegistryClient } from '../../src/registry/index.js'
import { sendError, startFaultServer, type FaultServer } from '../support/registry-fault-server.js'

const SUBJECT = `sha256:${'1'.repeat(64)}`
const BUNDLE = 'application/vnd.dev.sigstore.bundle.v0.3+json'
const SBOM = 'application/spdx+json'
const bundleRef = { mediaType: OCI_MANIFEST, digest: `sha256:${'2'.repeat(64)}`, size: 500, artifactType: BUNDLE }
const sbomRef = { mediaType: OCI_MANIFEST, digest: `sha256:${'3'.repeat(64)}`, size: 400, artifactType: SBOM }

let server: FaultServer
let client: RegistryClient

const repo = (): { registry: string; repository: string } => ({ registry: server.host, repository: 'team/app' })
const index = (manifests: object[]): Buffer => Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests }))
const sendIndex = (res: ServerResponse, body: Buffer, headers: Record<string, string> = {}): void =>
  void res.writeHead(200, { 'content-type': OCI_INDEX, ...headers }).end(body)

beforeAll(async () => {
  server = await startFaultServer()
})
afterEach(() => {
  client?.close()
  server.requests.length = 0
})
afterAll(async () => {
  await server.stop()
})

function freshClient(): RegistryClient {
  client = createRegistryClient({ logger: memoryLogger(), insecureRegistries: [server.host], env: { HOME: '/nonexistent' }, maxAttempts: 1 })
  return client
}

describe('listReferrers', () => {
  describe('when the registry has the referrers API', () => {
    it('asks with artifactType, follows Link pages and filters what the registry did not', async () => {
      server.handle((req, res) => {
        if (req.path.includes('page=2')) return sendIndex(res, index([sbomRef]))
        sendIndex(res, index([bundleRef]), { link: `</v2/team/app/referrers/${SUBJECT}?page=2>; rel="next"` })
      })
      const result = await freshClient().listReferrers(repo(), SUBJECT, BUNDLE)
      expect(result).toEqual({ manifests: [bundleRef], source: 'referrers' })
      expect(server.requests[0].path).toBe(`/v2/team/app/referrers/${SUBJECT}?artifactType=${encodeURIComponent(BUNDLE)}`)
      expect(server.requests).toHaveLength(2)
    })

    it('reports a server error instead of falling back', async () => {
      server.handle((_req, res) => sendError(res, 500, 'UNKNOWN'))
      await expect(freshClient().listReferrers(repo(), SUBJECT)).rejects.toMatchObject({ code: 'REGISTRY_ERROR', status: 500 })
    })
  })

  describe('when the registry lacks the API (bare 404)', () => {
    it('reads the sha256-<hex> tag index and remembers the host has no API', async () => {
      server.handle((req, res) => {
        if (req.path.includes('/referrers/')) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('404 page not found')
        sendIndex(res, index([bundleRef, sbomRef]))
      })
      const c = freshClient()
      expect(await c.listReferrers(repo(), SUBJECT, BUNDLE)).toEqual({ manifests: [bundleRef], source: 'referrers-tag' })
      expect(server.requests.map(r => r.path)).toEqual([`/v2/team/app/referrers/${SUBJECT}?artifactType=${encodeURIComponent(BUNDLE)}`, `/v2/team/app/manifests/${referrersTagFor(SUBJECT)}`])
      expect(await c.listReferrers(repo(), SUBJECT)).toEqual({ manifests: [bundleRef, sbomRef], source: 'referrers-tag' })
      expect(server.requests).toHaveLength(3)
    })

    it('answers an empty list when the tag index does not exist either', async () => {
      server.handle((_req, res) => sendError(res, 404, 'MANIFEST_UNKNOWN'))
      expect(await freshClient().listReferrers(repo(), SUBJECT)).toEqual({ manifests: [], source: 'referrers-tag' })
    })
  })

  describe('when the API answers 404 with an OCI error code', () => {
    it('falls back for this call but probes the API again next time', async () => {
      server.handle((_req, res) => sendError(res, 404, 'NAME_UNKNOWN'))
      const c = freshClient()
      await c.listReferrers(repo(), SUBJECT)
      await c.listReferrers(repo(), SUBJECT)
      expect(server.requests.filter(r => r.path.includes('/referrers/'))).toHaveLength(2)
    })
  })
})

describe('addReferrerToFallbackIndex', () => {
  describe('when an index exists with an ETag', () => {
    it('appends the descriptor, keeps the others and sends If-Match', async () => {
      const existing = index([sbomRef])
      server.handle((req, res) => {
        if (req.method === 'GET') return sendIndex(res, existing, { etag: '"v1"' })
        res.writeHead(201, { 'docker-content-digest': digestOf(req.body) }).end()
      })
      const update = await freshClient().addReferrerToFallbackIndex(repo(), SUBJECT, bundleRef)
      const put = server.requests.find(r => r.method === 'PUT')
      expect(put?.headers['if-match']).toBe('"v1"')
      expect(JSON.parse(put?.body.toString() ?? '{}').manifests).toEqual([sbomRef, bundleRef])
      expect(update).toEqual({ digest: digestOf(put?.body ?? Buffer.alloc(0)), updated: true })
    })
  })

  describe('when another writer updates the index first (412)', () => {
    it('reads it again and retries', async () => {
      let puts = 0
      server.handle((req, res) => {
        if (req.method === 'GET') return sendIndex(res, index(puts === 0 ? [] : [sbomRef]), { etag: `"v${puts}"` })
        puts++
        if (puts === 1) return sendError(res, 412, 'PRECONDITION_FAILED')
        res.writeHead(201).end()
      })
      const update = await freshClient().addReferrerToFallbackIndex(repo(), SUBJECT, bundleRef)
      expect(update.updated).toBe(true)
      expect(puts).toBe(2)
      const last = server.requests.filter(r => r.method === 'PUT').at(-1)
      expect(JSON.parse(last?.body.toString() ?? '{}').manifests).toEqual([sbomRef, bundleRef])
    })
  })

  describe('when the subject has no index yet', () => {
    it('creates one', async () => {
      server.handle((req, res) => (req.method === 'GET' ? sendError(res, 404, 'MANIFEST_UNKNOWN') : void res.writeHead(201).end()))
      await freshClient().addReferrerToFallbackIndex(repo(), SUBJECT, bundleRef)
      const put = server.requests.find(r => r.method === 'PUT')
      expect(put?.path).toBe(`/v2/team/app/manifests/${referrersTagFor(SUBJECT)}`)
      expect(JSON.parse(put?.body.toString() ?? '{}')).toEqual({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: [bundleRef] })
      expect(put?.headers['if-match']).toBeUndefined()
    })
  })
})
