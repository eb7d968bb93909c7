/** Bearer challenge, token cache per registry and scope, identity tokens, realm checks, secret masking. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { memoryLogger } from '../../src/logger.js'
import { createRegistryClient, type RegistryClient, type RegistryClientOptions } from '../../src/registry/index.js'
import { parseChallenges } from '../../src/registry/challenge.js'
import { checkRealm } from '../../src/registry/token.js'
import { startFaultServer, type FaultServer } from '../support/registry-fault-server.js'
import { pushTestImage, startRegistry, type StartedRegistry } from '../support/registry-server.js'
import { startTokenServer, type TokenServer } from '../support/token-server.js'

const MANIFEST = Buffer.from('{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{},"layers":[]}')

let dir: string
let tokens: TokenServer
let registry: FaultServer
const clients: RegistryClient[] = []

function grantedScopes(authorization: string | undefined): string[] {
  if (!authorization?.startsWith('Bearer ')) return []
  const claims = JSON.parse(Buffer.from(authorization.slice(7).split('.')[1], 'base64url').toString()) as { access: { name: string; actions: string[] }[] }
  return claims.access.flatMap(a => a.actions.map(action => `${a.name}:${action}`))
}

function clientFor(options: Partial<RegistryClientOptions> = {}): RegistryClient {
  const client = createRegistryClient({
    logger: memoryLogger(),
    // The token server is plain HTTP too: credentials go there only when it is listed (issue 11, defect 1).
    insecureRegistries: [registry.host, new URL(tokens.realm).host],
    credentials: { registry: registry.host, username: 'testuser', password: 'testpass' },
    env: { HOME: '/nonexistent' },
    maxAttempts: 1,
    ...options
  })
  clients.push(client)
  return client
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'auth-test-'))
  tokens = await startTokenServer({ dir, username: 'testuser', password: 'testpass', expiresIn: 300 })
  // A bearer-protected registry: checks the JWT's access claim for the repository in the path.
  registry = await startFaultServer((req, res) => {
    const name = /^\/v2\/(.+?)\/(manifests|blobs|tags)\//.exec(req.path)?.[1] ?? ''
    if (!grantedScopes(req.headers.authorization).includes(`${name}:pull`)) {
      res.writeHead(401, { 'www-authenticate': `Bearer realm="${tokens.realm}",service="test-registry",scope="repository:${name}:pull"` })
      return void res.end()
    }
    res.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' }).end(MANIFEST)
  })
})
afterEach(() => {
  for (const c of clients.splice(0)) c.close()
  tokens.requests.length = 0
  registry.requests.length = 0
})
afterAll(async () => {
  await registry.stop()
  await tokens.stop()
  rmSync(dir, { recursive: true, force: true })
})

describe('createAuthenticator (through the client)', () => {
  describe('when a registry challenges for a bearer token', () => {
    it('fetches one token per repository scope and reuses it', async () => {
      const client = clientFor()
      const a = { registry: registry.host, repository: 'team/a' }
      await client.getManifest(a, 'v1')
      await client.getManifest(a, 'v2')
      await client.getManifest({ registry: registry.host, repository: 'team/b' }, 'v1')
      await client.getManifest(a, 'v3')
      expect(tokens.requests.map(r => r.scopes)).toEqual([['repository:team/a:pull'], ['repository:team/b:pull']])
      // 401 + retry for team/a; then up-front tokens: v2, team/b (token fetched before asking), v3.
      expect(registry.requests).toHaveLength(5)
      expect(client.requestStats()).toMatchObject({ tokens: 2, total: 7 })
    })

    it('fetches a single token for concurrent first requests', async () => {
      const client = clientFor()
      const repo = { registry: registry.host, repository: 'team/many' }
      await Promise.all(['1', '2', '3', '4', '5'].map(t => client.getManifest(repo, t)))
      expect(tokens.requests).toHaveLength(1)
    })

    it('fetches a new token once the cached one expires', async () => {
      let now = 1_000_000
      const client = clientFor({ now: () => now })
      const repo = { registry: registry.host, repository: 'team/clock' }
      await client.getManifest(repo, 'v1')
      now += 299_000
      await client.getManifest(repo, 'v1')
      expect(tokens.requests).toHaveLength(2)
    })

    it('masks the password and the token and never logs them', async () => {
      const secrets: string[] = []
      const logger = { ...memoryLogger(), secret: (s: string) => void secrets.push(s) }
      const client = clientFor({ logger })
      await client.getManifest({ registry: registry.host, repository: 'team/masked' }, 'v1')
      const sent = registry.requests.at(-1)?.headers.authorization ?? ''
      expect(secrets).toEqual(expect.arrayContaining(['testpass', sent.slice('Bearer '.length)]))
      expect(JSON.stringify(logger.lines)).not.toContain('testpass')
    })
  })

  describe('when no credentials are known', () => {
    it('asks for an anonymous token and reports REGISTRY_AUTH when it grants nothing', async () => {
      const client = clientFor({ credentials: undefined })
      await expect(client.getManifest({ registry: registry.host, repository: 'team/a' }, 'v1')).rejects.toMatchObject({ code: 'REGISTRY_AUTH', status: 401 })
      expect(tokens.requests.map(r => r.authorized)).toEqual([false])
    })
  })
})

describe('identity tokens from the Docker config', () => {
  describe('when config.json holds an identitytoken for the registry', () => {
    let real: StartedRegistry
    beforeAll(async () => {
      real = await startRegistry({ auth: 'token', identityToken: 'refresh-token-from-docker-login' })
    })
    afterAll(async () => {
      await real?.stop()
    })

    it('exchanges it with the OAuth2 refresh-token grant and pushes and pulls', async () => {
      const configDir = path.join(dir, 'docker-identity')
      mkdirSync(configDir)
      writeFileSync(path.join(configDir, 'config.json'), JSON.stringify({ auths: { [real.host]: { identitytoken: 'refresh-token-from-docker-login' } } }))
      const client = createRegistryClient({ logger: memoryLogger(), insecureRegistries: [real.host, new URL(real.tokenServer?.realm ?? 'http://x').host], env: { DOCKER_CONFIG: configDir }, maxAttempts: 1 })
      try {
        const image = await pushTestImage(client, real.host, 'team/identity')
        expect((await client.getManifest(image.repo, image.digest)).digest).toBe(image.digest)
        expect(real.tokenServer?.requests.every(r => r.method === 'POST' && r.authorized)).toBe(true)
      } finally {
        client.close()
      }
    })
  })
})

describe('parseChallenges', () => {
  describe('when the header holds several challenges and quoted commas', () => {
    it('splits them and keeps quoted values whole', () => {
      const header = 'Basic realm="basic", Bearer realm="https://auth.example/token",service="registry.example",scope="repository:a/b:pull,push",error="insufficient_scope"'
      expect(parseChallenges(header)).toEqual([
        { scheme: 'basic', params: { realm: 'basic' } },
        { scheme: 'bearer', params: { realm: 'https://auth.example/token', service: 'registry.example', scope: 'repository:a/b:pull,push', error: 'insufficient_scope' } }
      ])
    })
  })
})

describe('checkRealm', () => {
  describe('when the realm could leak credentials', () => {
    it('refuses plain HTTP for an HTTPS registry and private addresses for a public one', () => {
      expect(() => checkRealm('http://auth.example/token', { host: 'registry.example', plainHttp: () => false })).toThrow(expect.objectContaining({ code: 'REGISTRY_AUTH' }))
      expect(() => checkRealm('https://169.254.169.254/token', { host: 'registry.example', plainHttp: () => false })).toThrow(expect.objectContaining({ code: 'REGISTRY_AUTH' }))
      expect(() => checkRealm('https://10.0.0.5/token', { host: 'ghcr.io', plainHttp: () => false })).toThrow(expect.objectContaining({ code: 'REGISTRY_AUTH' }))
      expect(checkRealm('https://auth.docker.io/token', { host: 'registry-1.docker.io', plainHttp: () => false }).host).toBe('auth.docker.io')
      expect(checkRealm('http://127.0.0.1:5001/token', { host: '127.0.0.1:5000', plainHttp: h => h === '127.0.0.1:5000' }).port).toBe('5001')

    })
  })
})
