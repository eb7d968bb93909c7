import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { requestIdToken, uploadToken } from '../../src/forge/index.js'
import { memoryLogger, silentLogger } from '../../src/logger.js'
import { uploadResults } from '../../src/report/index.js'
import { codeOfAsync } from '../support/error-code.js'
import { startFremforgeServer, type FremforgeServer } from '../support/fremforge-server.js'

let server: Server
let url: string
const seen: { audience: string | null; auth: string | undefined; placeholder: string | null }[] = []

beforeAll(async () => {
  server = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x')
    seen.push({ audience: u.searchParams.get('audience'), auth: req.headers.authorization, placeholder: u.searchParams.get('placeholder') })
    if (req.headers.authorization !== 'Bearer request-token') return void res.writeHead(403).end()
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value: `id-token-for:${u.searchParams.get('audience')}` }))
  })
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/token?placeholder=true`
})
afterAll(async () => {
  await new Promise<void>(r => server.close(() => r()))
})

const env = () => ({ ACTIONS_ID_TOKEN_REQUEST_URL: url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token' })

describe('requestIdToken', () => {
  it('asks for the given audience, keeping the endpoint query (Forgejo)', async () => {
    expect(await requestIdToken(env(), 'https://frem.example', 5000)).toBe('id-token-for:https://frem.example')
    expect(seen.at(-1)).toEqual({ audience: 'https://frem.example', auth: 'Bearer request-token', placeholder: 'true' })
  })
  it('fails with a code when the runner offers no token or refuses', async () => {
    expect(await codeOfAsync(requestIdToken({}, 'a', 5000))).toBe('ID_TOKEN_UNAVAILABLE')
    expect(await codeOfAsync(requestIdToken({ ...env(), ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'wrong' }, 'a', 5000))).toBe('ID_TOKEN_FAILED')
  })
})

describe('uploadToken', () => {
  let fremforge: FremforgeServer
  beforeAll(async () => {
    fremforge = await startFremforgeServer()
  })
  afterAll(async () => {
    await fremforge.stop()
  })
  const config = (over = {}) => ({ fremforgeAuth: 'oidc' as const, fremforgeUrl: 'https://frem.example', apiToken: 'long-lived', upload: true, timeoutMs: 5000, ...over })

  it('oidc: the upload carries the ID token for audience fremforge-url as bearer, not the API token', async () => {
    const logger = memoryLogger()
    const token = await uploadToken(config({ fremforgeUrl: fremforge.url }), env(), logger)
    expect(token).toBe(`id-token-for:${fremforge.url}`)
    const run = { server_url: null, repository: 'o/r', sha: null, ref: null, workflow: 'w', run_id: '1', run_attempt: '1' }
    const outcome = await uploadResults(['{"a":1}'], { baseUrl: fremforge.url, token, run, logger: silentLogger, timeoutMs: 5000 })
    expect(outcome.state).toBe('uploaded')
    expect(fremforge.requests[0].headers.authorization).toBe(`Bearer id-token-for:${fremforge.url}`)
  })
  it('token: keeps the API token and asks the runner nothing', async () => {
    const before = seen.length
    expect(await uploadToken(config({ fremforgeAuth: 'token' }), env(), silentLogger)).toBe('long-lived')
    expect(seen.length).toBe(before)
  })
  it('oidc without id-token permission: a warning and no upload token, never the API token', async () => {
    const logger = memoryLogger()
    expect(await uploadToken(config(), {}, logger)).toBeUndefined()
    expect(logger.lines.some(l => l.level === 'warning' && l.message.includes('id-token: write'))).toBe(true)
  })
})
