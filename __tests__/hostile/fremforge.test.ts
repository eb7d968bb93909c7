/**
 * Hostile-input suite, fremforge side (issue 11, defects 4, 8, 9): an upload endpoint that drops the
 * connection or trickles forever must not hang or kill the step; the token never travels in clear text.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { runCli, EXIT_OK } from '../../src/cli/run.js'
import { resolveConfig } from '../../src/config/index.js'
import { memoryLogger } from '../../src/logger.js'
import { uploadResults, type RunContext } from '../../src/report/index.js'
import { codeOf } from '../support/error-code.js'
import { startFaultServer, type FaultHandler, type FaultServer } from '../support/registry-fault-server.js'
import { DIGEST, configFor, scriptedRegistry, tempDir, verifyRun } from './support.js'

const run: RunContext = { server_url: 'https://github.com', repository: 'acme/app', sha: 's', ref: 'r', workflow: 'w', run_id: '1', run_attempt: '1' }
const TOKEN = 'ff-secret-token'

let fremforge: FaultServer
let registry: FaultServer

/** 200 with a declared body, a few bytes of it, then the connection is cut. */
const cutMidBody: FaultHandler = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' })
  res.write('{"ok":')
  setTimeout(() => res.socket?.destroy(), 20)
}

/** 200, then one byte of body every 50 ms, forever. */
const trickle: FaultHandler = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' })
  const timer = setInterval(() => res.write(' '), 50)
  res.on('close', () => clearInterval(timer))
}

beforeAll(async () => {
  fremforge = await startFaultServer()
  registry = await startFaultServer(scriptedRegistry([]))
})
beforeEach(() => {
  fremforge.requests.length = 0
})
afterAll(async () => {
  await fremforge.stop()
  await registry.stop()
})

const upload = (over: Partial<Parameters<typeof uploadResults>[1]> = {}) =>
  uploadResults(['{"a":1}'], { baseUrl: fremforge.url, token: TOKEN, run, logger: memoryLogger(), sleep: async () => undefined, timeoutMs: 500, ...over })

describe('defect 4: a flaky fremforge', () => {
  describe('when it closes the connection mid-body', () => {
    it('reports a coded failure after bounded attempts instead of hanging', async () => {
      fremforge.handle(cutMidBody)
      const out = await upload({ maxAttempts: 2 })
      expect(out).toMatchObject({ state: 'failed', code: 'UPLOAD_UNREACHABLE' })
      expect(fremforge.requests).toHaveLength(2)
      expect(out.message).not.toContain(TOKEN)
    }, 15_000)
  })

  describe('when it trickles the answer forever', () => {
    it('gives up at the total deadline with UPLOAD_TIMEOUT', async () => {
      fremforge.handle(trickle)
      const out = await upload()
      expect(out).toMatchObject({ state: 'failed', code: 'UPLOAD_TIMEOUT' })
    }, 15_000)
  })

  describe('when it never answers', () => {
    it('gives up at the header deadline with UPLOAD_TIMEOUT', async () => {
      fremforge.handle(() => undefined)
      const out = await upload({ maxAttempts: 1 })
      expect(out).toMatchObject({ state: 'failed', code: 'UPLOAD_TIMEOUT' })
    }, 15_000)
  })

  describe('when the CLI verifies and fremforge cuts the upload', () => {
    it('still writes the results file and exits 0 (upload-failure: warn)', async () => {
      fremforge.handle(cutMidBody)
      const results = path.join(await tempDir(), 'r.ndjson')
      const err: string[] = []
      const code = await runCli(
        ['verify', '--images', `${registry.host}/team/app@${DIGEST}`, '--insecure-registries', registry.host, '--offline', 'true', '--results-file', results, '--fremforge-url', fremforge.url, '--timeout', '1'],
        { stdout: () => undefined, stderr: t => void err.push(t), env: { FREMFORGE_API_TOKEN: TOKEN }, isTTY: false }
      )
      expect(code).toBe(EXIT_OK)
      expect(JSON.parse(await readFile(results, 'utf8'))).toMatchObject({ status: 'unsigned' })
      expect(fremforge.requests.length).toBeGreaterThan(0)
      expect(err.join('\n')).not.toContain(TOKEN)
    }, 20_000)
  })
})

describe('defect 8: the API token over plain HTTP', () => {
  describe('when fremforge-url is http:// to a host that is not loopback', () => {
    it('skips the upload with UPLOAD_INSECURE and sends nothing', async () => {
      const out = await upload({ baseUrl: 'http://192.0.2.1:9' })
      expect(out).toMatchObject({ state: 'failed', code: 'UPLOAD_INSECURE', records: 0 })
    })

    it('lets the rest of the run go on: the results file is written', async () => {
      registry.handle(scriptedRegistry([]))
      const config = await configFor({ images: `${registry.host}/team/app@${DIGEST}`, 'insecure-registries': registry.host, upload: 'true', 'fremforge-url': 'http://192.0.2.1:9' }, { FREMFORGE_API_TOKEN: TOKEN })
      const outcome = await verifyRun(config)
      expect(outcome.upload.code).toBe('UPLOAD_INSECURE')
      expect(JSON.parse(await readFile(config.resultsFile, 'utf8'))).toMatchObject({ status: 'unsigned' })
    })
  })

  describe('when fremforge-url is http:// on loopback', () => {
    it('uploads (local development and tests)', async () => {
      fremforge.handle((_req, res) => void res.writeHead(200).end('{}'))
      expect((await upload()).state).toBe('uploaded')
      expect(fremforge.requests[0].headers.authorization).toBe(`Bearer ${TOKEN}`)
    })
  })
})

describe('defect 9: credentials in fremforge-url', () => {
  it('rejects a URL with user info as INPUT_INVALID without echoing the password', () => {
    let message = ''
    const code = codeOf(() => {
      try {
        resolveConfig({ 'fremforge-url': 'https://robot:s3cr3t@frem.sh' }, {})
      } catch (e) {
        message = (e as Error).message
        throw e
      }
    })
    expect(code).toBe('INPUT_INVALID')
    expect(message).not.toContain('s3cr3t')
  })
})

