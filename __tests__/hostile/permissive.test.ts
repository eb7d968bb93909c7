import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { runCli } from '../../src/cli/run.js'
import { run } from '../../src/main.js'
import { runnerCommands } from '../support/workflow-commands.js'

const IMAGE = `127.0.0.1:9/acme/app@sha256:${'e'.repeat(64)}`

async function tmpFile(name: string): Promise<string> {
  return path.join(await mkdtemp(path.join(os.tmpdir(), 'permissive-')), name)
}

// issue 11, "Say it when anyone's signature passes": before, only the job summary said so.
describe('when no identity rule and no key is configured', () => {
  afterEach(() => {
    process.exitCode = undefined
  })

  it('the CLI warns on stderr', async () => {
    const err: string[] = []
    const argv = ['verify', '--images', IMAGE, '--offline', '--upload', 'false', '--timeout', '2', '--results-file', await tmpFile('r.ndjson')]
    await runCli(argv, { stdout: () => undefined, stderr: t => void err.push(t), env: {}, isTTY: false })
    expect(err.filter(l => l.startsWith('warning:') && l.includes('certificate-identity'))).toHaveLength(1)
  })

  it('the CLI stays quiet about it when an identity rule is set', async () => {
    const err: string[] = []
    const argv = ['verify', '--images', IMAGE, '--offline', '--upload', 'false', '--timeout', '2', '--results-file', await tmpFile('r.ndjson'), '--certificate-identity', 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main', '--certificate-oidc-issuer', 'https://token.actions.githubusercontent.com']
    await runCli(argv, { stdout: () => undefined, stderr: t => void err.push(t), env: {}, isTTY: false })
    expect(err.filter(l => l.startsWith('warning:') && l.includes('certificate-identity'))).toEqual([])
  })

  it('the action issues a ::warning:: command', async () => {
    const chunks: string[] = []
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => {
      chunks.push(String(c))
      return true
    })
    try {
      await run({ INPUT_MODE: 'verify', INPUT_IMAGES: IMAGE, INPUT_OFFLINE: 'true', INPUT_UPLOAD: 'false', INPUT_TIMEOUT: '2', 'INPUT_RESULTS-FILE': await tmpFile('r.ndjson') })
    } finally {
      spy.mockRestore()
    }
    const warnings = runnerCommands(chunks.join('')).filter(c => c.runner === 'github' && c.name === 'warning' && c.data.includes('certificate-identity'))
    expect(warnings).toHaveLength(1)
  })
})
