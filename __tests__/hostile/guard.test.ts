/**
 * Hostile-input suite, the run guards (issue 11, defect 4): a run left waiting on something that
 * never settles, or an exception nobody awaited, still ends the step properly. The stall is
 * simulated by emitting the process events Node emits (beforeExit when the event loop drains).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { runCliGuarded } from '../../src/cli/guard.js'
import { EXIT_POLICY, type CliIo, type CliRunState } from '../../src/cli/run.js'
import { resolveConfig } from '../../src/config/index.js'
import { runGuarded, type RunState } from '../../src/main.js'
import { startFaultServer, type FaultServer } from '../support/registry-fault-server.js'
import { DIGEST, runAction, scriptedRegistry, tempDir } from './support.js'

let registry: FaultServer
beforeAll(async () => void (registry = await startFaultServer(scriptedRegistry([]))))
afterAll(() => registry.stop())

describe('defect 4: runGuarded', () => {
  /** A run that resolved its configuration, then waits on something that never settles. */
  const stuck = (env: NodeJS.ProcessEnv, state: RunState): Promise<void> => {
    state.config = resolveConfig({ images: `${registry.host}/team/app@${DIGEST}`, 'results-file': env['INPUT_RESULTS-FILE'] }, env)
    return new Promise(() => undefined)
  }

  describe.each([
    ['the event loop drains while the run waits (Node would exit 13, silently)', 'beforeExit', 0],
    ['an exception nobody awaited', 'unhandledRejection', new Error('socket hang up')]
  ])('when %s', (_what, event, payload) => {
    it('fails the step with the results file, the outputs and a summary', async () => {
      const results = path.join(await tempDir(), 'r.ndjson')
      const r = await runAction(env => {
        const guarded = runGuarded(env, stuck)
        process.emit(event as 'beforeExit', payload as number)
        return guarded
      }, { 'results-file': results })
      expect(r.failed).toBe(true)
      expect(await readFile(results, 'utf8')).toBe('')
      expect(r.outputs).toMatchObject({ 'results-file': results, verified: '0' })
      expect(r.summary).toContain('did not complete')
    })
  })
})

describe('defect 4: runCliGuarded', () => {
  describe.each([
    ['the event loop drains while the run waits (Node would exit 13, silently)', 'beforeExit', 0],
    ['an exception nobody awaited', 'unhandledRejection', new Error('socket hang up')]
  ])('when %s', (_what, event, payload) => {
    it('exits 1 with a message and the results file written', async () => {
      const results = path.join(await tempDir(), 'r.ndjson')
      const err: string[] = []
      const stuck = (_argv: readonly string[], io: CliIo, state: CliRunState): Promise<number> => {
        state.config = resolveConfig({ images: `${registry.host}/team/app@${DIGEST}`, 'results-file': results }, io.env)
        return new Promise(() => undefined)
      }
      const guarded = runCliGuarded(['verify'], { stdout: () => undefined, stderr: t => void err.push(t), env: {}, isTTY: false }, stuck)
      process.emit(event as 'beforeExit', payload as number)
      expect(await guarded).toBe(EXIT_POLICY)
      expect(err.join('\n')).toMatch(/fremforge-cosign: /)
      expect(await readFile(results, 'utf8')).toBe('')
    })
  })
})
