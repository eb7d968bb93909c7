import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { chunkLines, idempotencyKey, uploadResults, UPLOAD_PATH, type RunContext } from '../../src/report/index.js'
import { memoryLogger } from '../../src/logger.js'
import { startFremforgeServer, type FremforgeServer } from '../support/fremforge-server.js'

// A loopback server rather than nock: jest shares node:http between test files of one worker,
// so nock's interception depends on test order there.
const run: RunContext = { server_url: 'https://github.com', repository: 'acme/app', sha: 's', ref: 'r', workflow: 'w', run_id: '1', run_attempt: '1' }
const lines = ['{"a":1}', '{"b":2}']
const noSleep = async () => undefined

let server: FremforgeServer
beforeAll(async () => void (server = await startFremforgeServer()))
afterAll(() => server.stop())
beforeEach(() => {
  server.requests.length = 0
  server.script([])
})

function options(over = {}) {
  return { baseUrl: server.url, token: 'secret-token', run, logger: memoryLogger(), sleep: noSleep, ...over }
}

describe('uploadResults', () => {
  describe('when the server accepts', () => {
    it('POSTs NDJSON with bearer auth and an idempotency key', async () => {
      const out = await uploadResults(lines, options())
      expect(out.state).toBe('uploaded')
      expect(server.requests).toHaveLength(1)
      const [req] = server.requests
      expect(req.method).toBe('POST')
      expect(req.path).toBe(UPLOAD_PATH)
      expect(req.headers['content-type']).toBe('application/x-ndjson')
      expect(req.headers.authorization).toBe('Bearer secret-token')
      expect(req.headers['idempotency-key']).toBe(idempotencyKey(run, '{"a":1}\n{"b":2}\n'))
      expect(req.body).toBe('{"a":1}\n{"b":2}\n')
    })
  })

  describe('when there is no token', () => {
    it('skips without any request', async () => {
      const out = await uploadResults(lines, options({ token: undefined }))
      expect(out.state).toBe('skipped')
      expect(server.requests).toHaveLength(0)
    })
  })

  describe('when the server fails then recovers', () => {
    it('retries 500 with the same idempotency key', async () => {
      server.script([{ status: 500, body: 'boom' }])
      const out = await uploadResults(lines, options())
      expect(out.state).toBe('uploaded')
      expect(server.requests.map(r => r.headers['idempotency-key'])).toEqual([idempotencyKey(run, '{"a":1}\n{"b":2}\n'), idempotencyKey(run, '{"a":1}\n{"b":2}\n')])
    })

    it('honours Retry-After on 429', async () => {
      const waits: number[] = []
      server.script([{ status: 429, headers: { 'Retry-After': '3' } }])
      const out = await uploadResults(lines, options({ sleep: async (ms: number) => void waits.push(ms) }))
      expect(out.state).toBe('uploaded')
      expect(waits).toEqual([3000])
    })
  })

  describe('when the server refuses', () => {
    it.each([400, 401, 403, 404, 422])('does not retry %i and reports what the server said', async status => {
      server.script([{ status, body: 'token expired' }])
      const out = await uploadResults(lines, options())
      expect(out).toMatchObject({ state: 'failed', code: 'UPLOAD_REFUSED' })
      expect(server.requests).toHaveLength(1)
    })
  })

  describe('when the server is unreachable', () => {
    it('fails after bounded attempts without leaking the token', async () => {
      const sleeps: number[] = []
      const out = await uploadResults(lines, options({ baseUrl: 'http://127.0.0.1:9', maxAttempts: 3, sleep: async (ms: number) => void sleeps.push(ms) }))
      expect(out).toMatchObject({ state: 'failed', code: 'UPLOAD_UNREACHABLE' })
      expect(sleeps).toHaveLength(2)
      expect(out.message).not.toContain('secret-token')
    })
  })

  describe('when there are many records', () => {
    it('sends chunks of at most 1,000 records', async () => {
      const many = Array.from({ length: 2500 }, (_, i) => JSON.stringify({ i }))
      const out = await uploadResults(many, options())
      expect(out).toMatchObject({ state: 'uploaded', chunks: 3, records: 2500 })
      expect(server.requests.map(r => r.body.trimEnd().split('\n').length)).toEqual([1000, 1000, 500])
      expect(new Set(server.requests.map(r => r.headers['idempotency-key'])).size).toBe(3)
    })
  })
})

describe('chunkLines', () => {
  it('splits by bytes as well as by count', () => {
    const big = Array.from({ length: 5 }, () => 'x'.repeat(400 * 1024))
    expect(chunkLines(big).map(c => c.length)).toEqual([2, 2, 1])
  })
})
