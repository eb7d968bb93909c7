import { describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from '../../src/cli/args.js'
import { runCli, EXIT_OK, EXIT_USAGE } from '../../src/cli/run.js'
import { VERSION } from '../../src/version.js'
import { AppError } from '../../src/errors.js'

const PEM = '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----\n'

async function cli(argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(argv, { stdout: t => void out.push(t), stderr: t => void err.push(t), env: {}, isTTY: false })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

function thrown(argv: string[]): AppError {
  try {
    parseArgs(argv)
  } catch (e) {
    return e as AppError
  }
  throw new Error('parseArgs did not throw')
}

async function emptyWorkspace(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cli-args-'))
  await writeFile(path.join(dir, 'README.md'), 'nothing here\n')
  return dir
}

// issue 11 defect 11: each of these misbehaved before parsing moved to node:util parseArgs.
describe('CLI arguments', () => {
  describe('--version', () => {
    it('prints the package version and exits 0', async () => {
      const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { version: string }
      expect(VERSION).toBe(pkg.version)
      const { code, out } = await cli(['--version'])
      expect(code).toBe(EXIT_OK)
      expect(out).toBe(pkg.version)
    })
  })

  describe('when a value starts with dashes (a PEM key)', () => {
    it('takes it as the next argument or after =', () => {
      expect(parseArgs(['verify', '--key', PEM]).raw.key).toBe(PEM)
      expect(parseArgs(['verify', `--key=${PEM}`, '--require-signed']).raw).toEqual({ mode: 'verify', key: PEM, 'require-signed': 'true' })
    })
    it('is not a usage error', async () => {
      expect((await cli(['scan', '--path', await emptyWorkspace(), '--key', PEM])).code).toBe(EXIT_OK)
    })
  })

  describe('--no-<flag>', () => {
    it('negates a boolean option', () => {
      expect(parseArgs(['verify', '--no-upload', '--no-require-signed']).raw).toEqual({ mode: 'verify', upload: 'false', 'require-signed': 'false' })
    })
    it('is refused for an option that is not boolean', () => expect(thrown(['verify', '--no-path']).code).toBe('INPUT_UNKNOWN'))
  })

  describe('boolean values', () => {
    it.each(['yes', '1', 'on', ''])('--require-signed=%j is a usage error (only true or false)', async value => {
      expect(thrown(['verify', `--require-signed=${value}`]).code).toBe('INPUT_INVALID')
      expect((await cli(['verify', `--require-signed=${value}`])).code).toBe(EXIT_USAGE)
    })
    it('accepts true and false, inline or as the next argument', () => {
      expect(parseArgs(['verify', '--require-signed=FALSE', '--upload', 'true']).raw).toEqual({ mode: 'verify', 'require-signed': 'false', upload: 'true' })
    })
  })

  describe('usage errors exit 2', () => {
    it.each([[['verify', '--path']], [['verify', '--images']], [['verfy']], [['verify', '--requre-signed']], [['verify', 'extra']], [['verify', '--require-signed=yes']]])('%j', async argv => {
      expect((await cli(argv)).code).toBe(EXIT_USAGE)
    })
    it('a --path that does not exist', async () => {
      expect((await cli(['scan', '--path', path.join(os.tmpdir(), 'does-not-exist-fremforge')])).code).toBe(EXIT_USAGE)
    })
  })

  describe('per-command help', () => {
    it('prints the usage of that command and exits 0', async () => {
      const { code, out } = await cli(['verify', '--help'])
      expect(code).toBe(EXIT_OK)
      expect(out).toContain('Usage: fremforge-cosign verify [options]')
      expect(out).toContain('--no-require-signed')
    })
  })

  describe('did you mean', () => {
    it('suggests the nearest option and command', () => {
      expect(thrown(['verify', '--requre-signed']).details.suggestion).toBe('require-signed')
      expect(thrown(['verfy']).details.suggestion).toBe('verify')
      expect(thrown(['verify', '--zzzzzz']).details.suggestion).toBeUndefined()
    })
    it('says it on stderr', async () => {
      expect((await cli(['verify', '--certificate-identiy', 'x'])).err).toContain('--certificate-identity')
    })
  })
})
