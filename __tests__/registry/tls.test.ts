/** HTTPS by default: certificate failures are final, trusted CAs work, no downgrade on redirect. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import tls from 'node:tls'
import { memoryLogger } from '../../src/logger.js'
import { createRegistryClient, digestOf, type RegistryClient } from '../../src/registry/index.js'
import { startFaultServer, type FaultServer } from '../support/registry-fault-server.js'

const MANIFEST = Buffer.from('{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{},"layers":[]}')
const BLOB = Buffer.from('payload')

let dir: string
let cert: string
let secure: FaultServer
let plain: FaultServer
const original = tls.getCACertificates('default')
const clients: RegistryClient[] = []

function clientFor(): RegistryClient {
  // Only the plain storage host is listed: the registry itself must be reached over HTTPS.
  const client = createRegistryClient({ logger: memoryLogger(), insecureRegistries: [plain.host], env: { HOME: '/nonexistent' }, maxAttempts: 3, sleep: async () => undefined })
  clients.push(client)
  return client
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'tls-test-'))
  const key = path.join(dir, 'key.pem')
  const crt = path.join(dir, 'cert.pem')
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', crt, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'pipe' })
  cert = readFileSync(crt, 'utf8')
  secure = await startFaultServer(undefined, '127.0.0.1', { key: readFileSync(key, 'utf8'), cert })
  plain = await startFaultServer((_req, res) => void res.writeHead(200).end(BLOB), '127.0.0.2')
})
afterEach(() => {
  for (const c of clients.splice(0)) c.close()
  tls.setDefaultCACertificates(original)
  secure.requests.length = 0
  plain.requests.length = 0
})
afterAll(async () => {
  await secure.stop()
  await plain.stop()
  rmSync(dir, { recursive: true, force: true })
})

const repo = (): { registry: string; repository: string } => ({ registry: secure.host, repository: 'team/app' })

describe('createRegistryClient', () => {
  describe('when the registry certificate is not trusted', () => {
    it('fails with a final REGISTRY_UNREACHABLE and does not retry', async () => {
      const client = clientFor()
      await expect(client.getManifest(repo(), 'v1')).rejects.toMatchObject({ code: 'REGISTRY_UNREACHABLE', temporary: false })
      expect(client.requestCount()).toBe(1)
      expect(secure.requests).toHaveLength(0)
    })
  })

  describe('when the CA is trusted (as NODE_EXTRA_CA_CERTS does at startup)', () => {
    it('speaks HTTPS to a host not listed as insecure', async () => {
      tls.setDefaultCACertificates([...original, cert])
      secure.handle((_req, res) => void res.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' }).end(MANIFEST))
      expect((await clientFor().getManifest(repo(), 'v1')).digest).toBe(digestOf(MANIFEST))
    })

    it('refuses a redirect from HTTPS to plain HTTP', async () => {
      tls.setDefaultCACertificates([...original, cert])
      secure.handle((_req, res) => void res.writeHead(307, { location: `${plain.url}/blob` }).end())
      await expect(clientFor().getBlob(repo(), digestOf(BLOB))).rejects.toMatchObject({ code: 'REGISTRY_ERROR', status: 307 })
      expect(plain.requests).toHaveLength(0)
    })
  })
})
