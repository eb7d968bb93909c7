/**
 * Hostile-input suite, workspace side of the results file (issue 11, defects 7 and 4): the path is
 * chosen by configuration a pull request may touch; the file, the outputs and the summary are always written.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, readFile, readlink, symlink, writeFile, lstat } from 'node:fs/promises'
import path from 'node:path'
import { run } from '../../src/main.js'
import { writeResultsFile } from '../../src/report/index.js'
import { codeOfAsync } from '../support/error-code.js'
import { startFaultServer, type FaultServer } from '../support/registry-fault-server.js'
import { DIGEST, configFor, runAction, scriptedRegistry, tempDir, verifyRun } from './support.js'

let registry: FaultServer
let fremforge: FaultServer

beforeAll(async () => {
  registry = await startFaultServer(scriptedRegistry([]))
  fremforge = await startFaultServer((_req, res) => void res.writeHead(200).end('{}'))
})
afterEach(() => {
  fremforge.requests.length = 0
})
afterAll(async () => {
  await registry.stop()
  await fremforge.stop()
})

describe('defect 7: writeResultsFile', () => {
  describe('when the destination is a symlink', () => {
    it('replaces the link and leaves its target untouched', async () => {
      const dir = await tempDir()
      const victim = path.join(dir, 'victim.txt')
      const link = path.join(dir, 'results.ndjson')
      await writeFile(victim, 'precious\n')
      await symlink(victim, link)
      await writeResultsFile(link, [{ a: 1 }])
      expect(await readFile(victim, 'utf8')).toBe('precious\n')
      expect((await lstat(link)).isSymbolicLink()).toBe(false)
      expect(await readFile(link, 'utf8')).toBe('{"a":1}\n')
    })
  })

  describe('when the destination is a directory or under a file', () => {
    it.each([
      ['a directory', async (dir: string) => (await mkdir(path.join(dir, 'out.ndjson')), path.join(dir, 'out.ndjson'))],
      ['under a regular file', async (dir: string) => (await writeFile(path.join(dir, 'file'), 'x'), path.join(dir, 'file', 'out.ndjson'))]
    ])('fails with INPUT_INVALID for %s', async (_what, make) => {
      const target = await make(await tempDir())
      expect(await codeOfAsync(writeResultsFile(target, []))).toBe('INPUT_INVALID')
    })
  })

  describe('when a verify run cannot write its results file', () => {
    it('reports INPUT_INVALID naming results-file and still uploads', async () => {
      const dir = await tempDir()
      await mkdir(path.join(dir, 'results.ndjson'))
      const config = await configFor(
        { images: `${registry.host}/team/app@${DIGEST}`, 'insecure-registries': registry.host, 'results-file': path.join(dir, 'results.ndjson'), upload: 'true', 'fremforge-url': fremforge.url },
        { FREMFORGE_API_TOKEN: 'tok' }
      )
      const outcome = await verifyRun(config)
      expect(outcome.resultsError?.code).toBe('INPUT_INVALID')
      expect(outcome.resultsError?.details.option).toBe('results-file')
      expect(outcome.upload.state).toBe('uploaded')
      expect(fremforge.requests).toHaveLength(1)
    })
  })
})

describe('defect 4: the action run under a guard', () => {
  describe('when verification cannot even start', () => {
    it('fails the step with the results file, every output and a summary written', async () => {
      const results = path.join(await tempDir(), 'r.ndjson')
      const r = await runAction(run, { images: `${registry.host}/team/app@${DIGEST}`, 'insecure-registries': registry.host, 'trusted-root': '/nonexistent/trusted_root.json', 'results-file': results, upload: 'false' })
      expect(r.failed).toBe(true)
      expect(await readFile(results, 'utf8')).toBe('')
      expect(r.outputs).toMatchObject({ 'results-file': results, verified: '0', images: '0', findings: '0' })
      expect(r.summary).toContain('did not complete')
    })
  })

  describe('when the results file cannot be written', () => {
    it('still writes the summary and outputs, uploads, and fails the step', async () => {
      const dir = await tempDir()
      await mkdir(path.join(dir, 'r.ndjson'))
      const r = await runAction(run, { images: `${registry.host}/team/app@${DIGEST}`, 'insecure-registries': registry.host, offline: 'true', 'results-file': path.join(dir, 'r.ndjson'), 'fremforge-url': fremforge.url, 'api-token': 'tok' })
      expect(r.failed).toBe(true)
      expect(r.outputs).toMatchObject({ unsigned: '1' })
      expect(r.summary.length).toBeGreaterThan(0)
      expect(fremforge.requests).toHaveLength(1)
      expect(await readlink(path.join(dir, 'r.ndjson')).catch(() => 'not a link')).toBe('not a link')
    })
  })
})

