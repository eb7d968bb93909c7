import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createIdentityProvider } from '../../src/cosign/index.js'
import { silentLogger } from '../../src/logger.js'
import { startFaultServer, type FaultServer } from '../support/registry-fault-server.js'

let server: FaultServer

beforeAll(async () => {
  server = await startFaultServer((req, res) => {
    if (req.headers.authorization !== 'Bearer request-token') return void res.writeHead(401).end()
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value: 'id-token' }))
  })
})
afterAll(async () => server?.stop())

const options = (env: NodeJS.ProcessEnv) => ({ fulcioUrl: 'https://fulcio.example', env, logger: silentLogger, timeoutMs: 5000 })

describe('createIdentityProvider', () => {
  describe('when the runner has a Forgejo-shaped token URL', () => {
    it('appends the sigstore audience to the existing query', async () => {
      const env = { ACTIONS_ID_TOKEN_REQUEST_URL: `${server.url}/api/actions/_apis/idtoken?placeholder=true`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token' }
      expect(await createIdentityProvider(options(env)).getToken()).toBe('id-token')
      expect(server.requests.at(-1)?.path).toBe('/api/actions/_apis/idtoken?placeholder=true&audience=sigstore')
    })
  })

  describe('when the token endpoint refuses', () => {
    it('fails with SIGN_TOKEN_FAILED', async () => {
      const env = { ACTIONS_ID_TOKEN_REQUEST_URL: `${server.url}/token`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'wrong' }
      await expect(createIdentityProvider(options(env)).getToken()).rejects.toMatchObject({ code: 'SIGN_TOKEN_FAILED' })
    })
  })

  describe('when an identity-token is given', () => {
    it('uses it without asking the runner', async () => {
      expect(await createIdentityProvider({ ...options({}), identityToken: 'given' }).getToken()).toBe('given')
    })
  })

  describe('when no token source exists', () => {
    it('fails with SIGN_TOKEN_MISSING', () => {
      expect(() => createIdentityProvider(options({}))).toThrow(expect.objectContaining({ code: 'SIGN_TOKEN_MISSING' }))
    })
  })
})
