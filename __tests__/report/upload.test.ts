import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { chunkLines, idempotencyKey, uploadResults, UPLOAD_PATH, type RunContext } from '../../src/report/index.js'
import { memoryLogger } from '../../src/logger.js'

const BASE = 'https://fremforge.test'
const run: RunContext = { server_url: 'https://github.com', repository: 'acme/app', sha: 's', ref: 'r', workflow: 'w', run_id: '1', run_attempt: '1' }
const lines = ['{"a":1}', '{"b":2}']
const noSleep = async () => undefined

beforeAll(() => nock.disableNetConnect())
afterEach(() => nock.cleanAll())
afterAll(() => nock.enableNetConnect())

function options(over = {}) {
  return { baseUrl: BASE, token: 'secret-token', run, logger: memoryLogger(), sleep: noSleep, ...over }
}

describe('uploadResults', () => {
  describe('when the server accepts', () => {
    it('POSTs NDJSON with bearer auth and an idempotency key', async () => {
      const body = '{"a":1}\n{"b":2}\n'
      const reqheaders = { 'content-type': 'application/x-ndjson', authorization: 'Bearer secret-token', 'idempotency-key': idempotencyKey(run, body) }
      const scope = nock(BASE, { reqheaders }).post(UPLOAD_PATH, body).reply(201, '{}')
      const out = await uploadResults(lines, options())
      expect(out.state).toBe('uploaded')
      expect(scope.isDone()).toBe(true)
    })
  })

  describe('when there is no token', () => {
    it('skips without any request', async () => {
      const out = await uploadResults(lines, options({ token: undefined }))
      expect(out.state).toBe('skipped')
      expect(nock.pendingMocks()).toEqual([])
    })
  })

  describe('when the server fails then recovers', () => {
    it('retries 500 with the same idempotency key', async () => {
      const reqheaders = { 'idempotency-key': idempotencyKey(run, '{"a":1}\n{"b":2}\n') }
      const scope = nock(BASE, { reqheaders }).post(UPLOAD_PATH).reply(500, 'boom').post(UPLOAD_PATH).reply(200, 'ok')
      const out = await uploadResults(lines, options())
      expect(out.state).toBe('uploaded')
      expect(scope.isDone()).toBe(true)
    })

    it('honours Retry-After on 429', async () => {
      const waits: number[] = []
      nock(BASE).post(UPLOAD_PATH).reply(429, 'slow down', { 'Retry-After': '3' }).post(UPLOAD_PATH).reply(200, 'ok')
      const out = await uploadResults(lines, options({ sleep: async (ms: number) => void waits.push(ms) }))
      expect(out.state).toBe('uploaded')
      expect(waits).toEqual([3000])
    })
  })

  describe('when the server refuses', () => {
    it.each([400, 401, 403, 404, 422])('does not retry %i and reports what the server said', async status => {
      nock(BASE).post(UPLOAD_PATH).once().reply(status, 'token expired')
      const out = await uploadResults(lines, options())
      expect(out.state).toBe('failed')
      expect(out.message).toContain(String(status))
      expect(out.message).toContain('token expired')
      expect(nock.isDone()).toBe(true)
    })
  })

  describe('when the server is unreachable', () => {
    it('fails after bounded attempts without leaking the token', async () => {
      nock(BASE).post(UPLOAD_PATH).times(3).replyWithError('connect ECONNREFUSED secret-token')
      const out = await uploadResults(lines, options({ maxAttempts: 3 }))
      expect(out.state).toBe('failed')
      expect(out.message).not.toContain('secret-token')
    })
  })

  describe('when there are many records', () => {
    it('sends chunks of at most 1,000 records', async () => {
      const many = Array.from({ length: 2500 }, (_, i) => JSON.stringify({ i }))
      const counts: number[] = []
      nock(BASE)
        .post(UPLOAD_PATH, (body: unknown) => {
          counts.push(String(body).trimEnd().split('\n').length)
          return true
        })
        .times(3)
        .reply(200, 'ok')
      const out = await uploadResults(many, options())
      expect(out).toMatchObject({ state: 'uploaded', chunks: 3, records: 2500 })
      expect(counts).toEqual([1000, 1000, 500])
    })
  })
})

describe('chunkLines', () => {
  it('splits by bytes as well as by count', () => {
    const big = Array.from({ length: 5 }, () => 'x'.repeat(400 * 1024))
    expect(chunkLines(big).map(c => c.length)).toEqual([2, 2, 1])
  })
})
