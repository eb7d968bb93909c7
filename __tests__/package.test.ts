import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

// README "Install the CLI": npm pack, then npm install -g of the tarball, with no registry.
describe('npm pack → npm install -g ./….tgz', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pack-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('puts fremforge-cosign on PATH, offline', () => {
    execFileSync('npm', ['pack', '--pack-destination', dir], { stdio: 'pipe' })
    const tgz = readdirSync(dir).find(f => f.endsWith('.tgz'))!
    const prefix = path.join(dir, 'prefix')
    // --offline: npm may not reach any registry; every runtime dependency is in the tarball.
    execFileSync('npm', ['install', '-g', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, path.join(dir, tgz)], { stdio: 'pipe' })
    const help = execFileSync(path.join(prefix, 'bin', 'fremforge-cosign'), ['--help'], { encoding: 'utf8', env: { ...process.env, PATH: `${path.dirname(process.execPath)}:${process.env.PATH}` } })
    expect(help).toMatch(/^Usage: fremforge-cosign/)
    const listed = execFileSync('tar', ['tzf', path.join(dir, tgz)], { encoding: 'utf8' }).split('\n')
    expect(listed).toEqual(expect.arrayContaining(['package/dist/cli/index.js', 'package/schema/verification-v1.schema.json', 'package/action.yml']))
    expect(listed.some(f => f.startsWith('package/__tests__/') || f.startsWith('package/src/'))).toBe(false)
  }, 180_000)
})
