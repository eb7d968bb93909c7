import { afterEach, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { actionsCacheSync } from '../../src/action-cache.js'
import { memoryLogger } from '../../src/logger.js'

const KEYS = ['ACTIONS_CACHE_URL', 'ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_SERVICE_V2', 'ACTIONS_RUNTIME_TOKEN', 'GITHUB_SERVER_URL'] as const
const saved = Object.fromEntries(KEYS.map(k => [k, process.env[k]]))
let server: Server | undefined

afterEach(async () => {
  for (const k of KEYS) if (saved[k] === undefined) delete process.env[k]
  else process.env[k] = saved[k]
  await new Promise(resolve => (server ? server.close(resolve) : resolve(undefined)))
  server = undefined
})

function sync() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ac-'))
  writeFileSync(path.join(dir, 'x.json'), '{}')
  return actionsCacheSync({ dir, prefix: 'fremforge-test-', runId: '1-1', logger: memoryLogger() })
}

describe('actionsCacheSync', () => {
  describe('when the runner offers no cache service', () => {
    it('is unavailable and restores and saves nothing, without errors', async () => {
      for (const k of KEYS) delete process.env[k]
      const s = sync()
      expect(s.available).toBe(false)
      expect(await s.restore()).toBe(false)
      await expect(s.save()).resolves.toBeUndefined()
    })
  })

  describe('when a Forgejo runner (v1 protocol) cache server fails', () => {
    it('picks the v1 service on a non-GitHub server and falls back quietly', async () => {
      const seen: string[] = []
      server = createServer((req, res) => {
        seen.push(`${req.method} ${req.url?.split('?')[0]}`)
        res.writeHead(500)
        res.end()
      })
      await new Promise<void>(resolve => server?.listen(0, '127.0.0.1', resolve))
      for (const k of KEYS) delete process.env[k]
      process.env.GITHUB_SERVER_URL = 'https://codeberg.org'
      process.env.ACTIONS_CACHE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
      process.env.ACTIONS_RUNTIME_TOKEN = 'token'
      const s = sync()
      expect(s.available).toBe(true)
      expect(await s.restore()).toBe(false)
      await expect(s.save()).resolves.toBeUndefined()
      expect(seen.some(r => r.includes('/_apis/artifactcache/'))).toBe(true)
    }, 60_000)
  })
})
