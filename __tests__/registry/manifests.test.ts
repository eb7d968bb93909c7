import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { memoryLogger } from '../../src/logger.js'
import {
  DOCKER_MANIFEST_LIST,
  MANIFEST_MEDIA_TYPES,
  createRegistryClient,
  digestOf,
  type RegistryClient
} from '../../src/registry/index.js'
import { startFaultServer, type FaultServer } from '../support/registry-fault-server.js'

const MANIFEST = Buffer.from('{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{},"layers":[]}')
const OTHER = Buffer.from('{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{},"layers":[],"x":1}')

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

describe('getManifest', () => {
  describe('when the bytes do not match the digest asked for', () => {
    it('fails with REGISTRY_DIGEST_MISMATCH', async () => {
      server.handle((_req, res) => void res.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' }).end(OTHER))
      await expect(client.getManifest(repo(), digestOf(MANIFEST))).rejects.toMatchObject({ code: 'REGISTRY_DIGEST_MISMATCH', host: server.host, repository: 'team/app' })
    })
  })

  describe('when a tag answer carries a Docker-Content-Digest that the bytes contradict', () => {
    it('fails with REGISTRY_DIGEST_MISMATCH', async () => {
      server.handle((_req, res) => void res.writeHead(200, { 'docker-content-digest': digestOf(MANIFEST) }).end(OTHER))
      await expect(client.getManifest(repo(), 'v1')).rejects.toMatchObject({ code: 'REGISTRY_DIGEST_MISMATCH' })
    })
  })

  describe('when the registry serves a Docker manifest list', () => {
    it('asks for OCI and Docker types and returns the served media type and computed digest', async () => {
      const list = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: DOCKER_MANIFEST_LIST, manifests: [] }))
      server.handle((_req, res) => void res.writeHead(200, { 'content-type': DOCKER_MANIFEST_LIST }).end(list))
      const result = await client.getManifest(repo(), 'latest')
      expect(result).toMatchObject({ mediaType: DOCKER_MANIFEST_LIST, digest: digestOf(list), size: list.length })
      expect(String(server.requests[0].headers.accept).split(', ')).toEqual([...MANIFEST_MEDIA_TYPES])
    })
  })

  describe('when the content type is generic JSON', () => {
    it('takes the media type from the body', async () => {
      server.handle((_req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end(MANIFEST))
      expect((await client.getManifest(repo(), 'v1')).mediaType).toBe('application/vnd.oci.image.manifest.v1+json')
    })
  })

  describe('when the reference is not a tag or a verifiable digest', () => {
    it('fails with REGISTRY_INPUT_INVALID before any request', async () => {
      await expect(client.getManifest(repo(), '../../etc')).rejects.toMatchObject({ code: 'REGISTRY_INPUT_INVALID' })
      await expect(client.getManifest({ registry: server.host, repository: 'Team/App' }, 'v1')).rejects.toMatchObject({ code: 'REGISTRY_INPUT_INVALID' })
      await expect(client.getManifest(repo(), 'md5:abcd')).rejects.toMatchObject({ code: 'REGISTRY_INPUT_INVALID' })
      expect(server.requests).toHaveLength(0)
    })
  })
})

describe('headManifest', () => {
  describe('when a tag HEAD lacks Docker-Content-Digest', () => {
    it('falls back to GET and computes the digest', async () => {
      server.handle((req, res) => {
        res.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json', 'content-length': String(MANIFEST.length) })
        res.end(req.method === 'HEAD' ? undefined : MANIFEST)
      })
      expect(await client.headManifest(repo(), 'v1')).toEqual({ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: digestOf(MANIFEST), size: MANIFEST.length })
      expect(server.requests.map(r => r.method)).toEqual(['HEAD', 'GET'])
    })
  })
})

describe('getBlob', () => {
  describe('when the bytes do not match the digest', () => {
    it('fails with REGISTRY_DIGEST_MISMATCH', async () => {
      server.handle((_req, res) => void res.writeHead(200).end('tampered'))
      await expect(client.getBlob(repo(), digestOf(Buffer.from('original')))).rejects.toMatchObject({ code: 'REGISTRY_DIGEST_MISMATCH' })
    })
  })
})

describe('putManifest', () => {
  describe('when the registry stores different bytes than were sent', () => {
    it('fails with REGISTRY_DIGEST_MISMATCH', async () => {
      server.handle((_req, res) => void res.writeHead(201, { 'docker-content-digest': digestOf(OTHER) }).end())
      await expect(client.putManifest(repo(), 'v1', MANIFEST, 'application/vnd.oci.image.manifest.v1+json')).rejects.toMatchObject({
        code: 'REGISTRY_DIGEST_MISMATCH'
      })
    })
  })

  describe('when the registry indexes the subject', () => {
    it('returns the OCI-Subject header and sends the exact bytes with their media type', async () => {
      server.handle((_req, res) => void res.writeHead(201, { 'docker-content-digest': digestOf(MANIFEST), 'oci-subject': 'sha256:' + 'a'.repeat(64) }).end())
      const put = await client.putManifest(repo(), digestOf(MANIFEST), MANIFEST, 'application/vnd.oci.image.manifest.v1+json')
      expect(put).toEqual({ digest: digestOf(MANIFEST), size: MANIFEST.length, mediaType: 'application/vnd.oci.image.manifest.v1+json', subjectDigest: 'sha256:' + 'a'.repeat(64) })
      expect(server.requests[0].body.equals(MANIFEST)).toBe(true)
      expect(server.requests[0].headers['content-type']).toBe('application/vnd.oci.image.manifest.v1+json')
    })
  })

  describe('when the digest reference does not match the bytes', () => {
    it('fails with REGISTRY_DIGEST_MISMATCH without sending', async () => {
      await expect(client.putManifest(repo(), digestOf(OTHER), MANIFEST, 'application/vnd.oci.image.manifest.v1+json')).rejects.toMatchObject({ code: 'REGISTRY_DIGEST_MISMATCH' })
      expect(server.requests).toHaveLength(0)
    })
  })
})
