/**
 * Hostile-input suite, network side (issue 11): a pull request controls the workspace, so it can add
 * image references to registries it owns, and those registries answer as they like.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { codeOfAsync } from '../support/error-code.js'
import { startFaultServer, type FaultServer } from '../support/registry-fault-server.js'
import { DIGEST, OTHER_DIGEST, configFor, verifyRun } from './support.js'

const BASIC = `Basic ${Buffer.from('robot:hunter2').toString('base64')}`
const creds = { 'registry-username': 'robot', 'registry-password': 'hunter2' }

let trusted: FaultServer
let hostile: FaultServer

/** Answers every request with a Basic challenge: whoever sends the password gets it. */
const challengeBasic: Parameters<FaultServer['handle']>[0] = (req, res) => {
  if (!req.headers.authorization) return void res.writeHead(401, { 'www-authenticate': 'Basic realm="r"' }).end()
  res.writeHead(404).end()
}

beforeAll(async () => {
  trusted = await startFaultServer(challengeBasic)
  // 127.0.0.2 is loopback too, but another host: the registry a pull request adds.
  hostile = await startFaultServer(challengeBasic, '127.0.0.2')
})
afterEach(() => {
  trusted.handle(challengeBasic)
  hostile.handle(challengeBasic)
  trusted.requests.length = 0
  hostile.requests.length = 0
})
afterAll(async () => {
  await trusted.stop()
  await hostile.stop()
})

const authorizations = (s: FaultServer): (string | undefined)[] => s.requests.map(r => r.headers.authorization as string | undefined)

describe('defect 1: explicit registry credentials', () => {
  describe('when no registry is named and the run references two registries', () => {
    it('stops with INPUT_INVALID naming registry before any request', async () => {
      const config = await configFor({ ...creds, images: `${trusted.host}/team/app@${DIGEST}\n${hostile.host}/evil/app@${OTHER_DIGEST}`, 'insecure-registries': `${trusted.host},${hostile.host}` })
      let error: unknown
      const code = await codeOfAsync(verifyRun(config).catch(e => Promise.reject((error = e))))
      expect(code).toBe('INPUT_INVALID')
      expect((error as { details: { option: string } }).details.option).toBe('registry')
      expect(trusted.requests).toHaveLength(0)
      expect(hostile.requests).toHaveLength(0)
    })
  })

  describe('when no registry is named and the run references exactly one registry', () => {
    it('sends the credentials to that registry', async () => {
      const config = await configFor({ ...creds, images: `${trusted.host}/team/app@${DIGEST}`, 'insecure-registries': trusted.host })
      const outcome = await verifyRun(config)
      expect(outcome.items[0].verdict.status).toBe('not-found')
      expect(authorizations(trusted)).toContain(BASIC)
    })
  })

  describe('when the registry is named and a pull request adds another one', () => {
    it('never sends the credentials to the other registry', async () => {
      const config = await configFor({
        ...creds,
        registry: trusted.host,
        images: `${trusted.host}/team/app@${DIGEST}\n${hostile.host}/evil/app@${OTHER_DIGEST}`,
        'insecure-registries': `${trusted.host},${hostile.host}`
      })
      const outcome = await verifyRun(config)
      expect(outcome.items.map(i => i.verdict.status).sort()).toEqual(['auth-error', 'not-found'])
      expect(authorizations(trusted)).toContain(BASIC)
      expect(hostile.requests.length).toBeGreaterThan(0)
      expect(authorizations(hostile).filter(Boolean)).toEqual([])
    })
  })

  describe('when an insecure registry names a plain-HTTP token realm outside insecure-registries', () => {
    it('does not send the credentials to the realm', async () => {
      trusted.handle((_req, res) => void res.writeHead(401, { 'www-authenticate': `Bearer realm="${hostile.url}/token",service="r"` }).end())
      hostile.handle((_req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end('{"token":"t"}'))
      const config = await configFor({ ...creds, registry: trusted.host, images: `${trusted.host}/team/app@${DIGEST}`, 'insecure-registries': trusted.host })
      const outcome = await verifyRun(config)
      expect(outcome.items[0].verdict.status).toBe('auth-error')
      expect(authorizations(hostile).filter(Boolean)).toEqual([])
    })
  })
})
