/**
 * The hostile workspace (issue 11, defect 3): a pull request controls every file, so a file that
 * could hold an image reference but is not read must fail a `require-signed` run instead of
 * hiding the image it references. Temporary directories only; nothing leaves loopback.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { EXIT_OK, EXIT_POLICY, runCli } from '../../src/cli/run.js'
import { silentLogger } from '../../src/logger.js'
import { scanWorkspace, type ScanResult } from '../../src/scan/index.js'

const DIGEST = `sha256:${'d'.repeat(64)}`
const pod = (image: string) => `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: a\n      image: ${image}\n`
const HIDDEN = `ghcr.io/evil/unsigned@${DIGEST}`
const MAX = 4096

/** A Dockerfile whose global ARGs double 40 times: 2^40 characters unless expansion is bounded. */
function doublingDockerfile(): string {
  const lines = ['ARG A0=x']
  for (let i = 1; i <= 40; i++) lines.push(`ARG A${i}=$A${i - 1}$A${i - 1}`)
  lines.push(`FROM ${HIDDEN.replace('ghcr.io', '${A40}ghcr.io')}`)
  return lines.join('\n') + '\n'
}

/** A compose image whose defaults nest 20,000 levels deep. */
function nestedCompose(): string {
  return `services:\n  app:\n    image: "${'${X:-'.repeat(20_000)}${HIDDEN}${'}'.repeat(20_000)}"\n`
}

let base: string
const dirs: Record<string, string> = {}

/** Writes files under a new root; a Buffer path is taken byte for byte (its directories too). */
function workspace(name: string, files: [string | Buffer, string][]): string {
  const root = path.join(base, name)
  mkdirSync(root, { recursive: true })
  for (const [rel, content] of files) {
    const bytes = Buffer.concat([Buffer.from(root + '/'), typeof rel === 'string' ? Buffer.from(rel) : rel])
    const slash = bytes.lastIndexOf('/')
    mkdirSync(bytes.subarray(0, slash), { recursive: true })
    writeFileSync(bytes, content)
  }
  dirs[name] = root
  return root
}

beforeAll(() => {
  base = mkdtempSync(path.join(os.tmpdir(), 'hostile-ws-'))
  workspace('padded', [
    ['deploy/app.yaml', `${'# padding\n'.repeat(MAX / 10 + 1)}${pod(HIDDEN)}`],
    // As big, but nothing a format looks for: not a finding.
    ['config/settings.yaml', `${'retries: 3\n'.repeat(MAX / 10 + 1)}`]
  ])
  workspace('names', [
    [Buffer.from('bad\xff.yaml', 'latin1'), pod(HIDDEN)],
    [Buffer.from('dir\xfe/inner.yaml', 'latin1'), pod(`ghcr.io/evil/inner@${DIGEST}`)]
  ])
  // Two non-UTF-8 names with the same display form, and a real file named like that display.
  workspace('collide', [
    ['a\\xff.yaml', pod(`ghcr.io/acme/literal@${DIGEST}`)],
    [Buffer.from('a\xff.yaml', 'latin1'), pod(HIDDEN)]
  ])
  workspace('dockerfile', [['Dockerfile', doublingDockerfile()]])
  // kubectl applies JSON manifests as readily as YAML ones.
  workspace('json', [
    ['deploy/app.json', JSON.stringify({ apiVersion: 'v1', kind: 'Pod', spec: { containers: [{ name: 'a', image: HIDDEN }] } }, null, 2)],
    ['package.json', JSON.stringify({ name: 'x', dependencies: { 'image-size': '1.0.0' } })]
  ])
  // A template line makes a manifest unparseable: its pinned images must still count.
  workspace('template', [
    ['deploy/block.yaml', `{{/* not YAML any more */}}\n${pod(HIDDEN)}`],
    ['deploy/flow.yaml', `{{/* not YAML any more */}}\napiVersion: v1\nkind: Pod\nspec: {containers: [{name: a, image: ${HIDDEN}}]}\n`]
  ])
  workspace('compose', [['compose.yaml', nestedCompose()]])
})

afterAll(() => rmSync(base, { recursive: true, force: true }))

const scan = (name: string, maxFileSize?: number): Promise<ScanResult> => scanWorkspace({ root: dirs[name], maxFileSize }, silentLogger)
const unscanned = (r: ScanResult) => r.unscanned.map(u => `${u.file} ${u.code}`)

describe('scanWorkspace on a hostile workspace', () => {
  describe('when a manifest is padded past max-file-size', () => {
    it('lists it as unscanned, and not an oversized file that holds no needle', async () => {
      const result = await scan('padded', MAX)
      expect(unscanned(result)).toEqual(['deploy/app.yaml FILE_TOO_LARGE'])
      expect(result.skipped.map(s => `${s.file} ${s.code}`).sort()).toEqual(['config/settings.yaml FILE_TOO_LARGE', 'deploy/app.yaml FILE_TOO_LARGE'])
    })
  })

  describe('when file and directory names are not valid UTF-8', () => {
    it('opens them by their exact bytes and finds what they reference', async () => {
      const result = await scan('names')
      expect(result.refs.map(r => `${r.file}:${r.line} ${r.ref}`).sort()).toEqual([`bad\\xff.yaml:6 ${HIDDEN}`, `dir\\xfe/inner.yaml:6 ghcr.io/evil/inner@${DIGEST}`])
      expect(result.unscanned).toEqual([])
    })

    it('keeps a name whose display form is already taken apart from the file that has it', async () => {
      const result = await scan('collide')
      expect(result.refs.map(r => `${r.file} ${r.ref}`).sort()).toEqual([`a\\xff.yaml ghcr.io/acme/literal@${DIGEST}`, `a\\xff~2.yaml ${HIDDEN}`])
    })
  })

  describe('when a Dockerfile ARG expansion blows up', () => {
    it('stops at the bound and lists the file as unscanned', async () => {
      const result = await scan('dockerfile')
      expect(unscanned(result)).toEqual(['Dockerfile VARIABLE_TOO_LONG'])
      expect(result.unscanned[0].line).toBe(42)
    })
  })

  describe('when a manifest is written as JSON', () => {
    it('finds its image, and reads no other JSON file as values', async () => {
      const result = await scan('json')
      expect(result.refs.map(r => `${r.file}:${r.line} ${r.ref}`)).toEqual([`deploy/app.json:8 ${HIDDEN}`])
      expect(result.filesParsed).toBe(1)
    })
  })

  describe('when a manifest turns itself into a template', () => {
    it('finds its block-style images by line, and lists it as unscanned when it hides others', async () => {
      const result = await scan('template')
      expect(result.refs.map(r => `${r.file}:${r.line} ${r.kind}`)).toEqual(['deploy/block.yaml:7 helm-template'])
      expect(unscanned(result)).toEqual(['deploy/flow.yaml TEMPLATE_UNREAD'])
    })
  })

  describe('when compose defaults nest without end', () => {
    it('stops at the bound and lists the file as unscanned', async () => {
      const result = await scan('compose')
      expect(unscanned(result)).toEqual(['compose.yaml VARIABLE_TOO_LONG'])
    })
  })
})

async function cli(argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(argv, { stdout: t => void out.push(t), stderr: t => void err.push(t), env: {}, isTTY: false })
  return { code, out, err }
}

describe('fremforge-cosign verify on a hostile workspace', () => {
  const verify = (extra: string[]) => {
    const results = path.join(mkdtempSync(path.join(os.tmpdir(), 'hostile-res-')), 'r.ndjson')
    // Nothing scanned is pinned to a reachable registry: no request is made, offline trust.
    return { results, run: cli(['verify', '--path', dirs.dockerfile, '--offline', '--upload', 'false', '--results-file', results, ...extra]) }
  }

  it('fails the run under --require-signed, naming the file on stderr and in the NDJSON', async () => {
    const { results, run } = verify(['--require-signed', '--format', 'ndjson'])
    const { code, out, err } = await run
    expect(code).toBe(EXIT_POLICY)
    expect(out.map(l => JSON.parse(l) as Record<string, unknown>)).toEqual([
      expect.objectContaining({ schema: 'fremforge.cosign.unscanned/v1', file: 'Dockerfile', kind: 'unscanned', code: 'VARIABLE_TOO_LONG', finding: true })
    ])
    expect(err.some(l => l.startsWith('error: Dockerfile:42: '))).toBe(true)
    expect(readFileSync(results, 'utf8')).toBe('')
  })

  it('passes without require-signed, with a warning', async () => {
    const { run } = verify([])
    const { code, err } = await run
    expect(code).toBe(EXIT_OK)
    expect(err.some(l => l.startsWith('warning: Dockerfile:42: '))).toBe(true)
  })
})

describe('the action (src/main.ts run) on a hostile workspace', () => {
  it('fails the step under require-signed: error annotation on the file, summary section, `unscanned` output', async () => {
    const { run } = await import('../../src/main.js')
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'hostile-action-'))
    const files = { GITHUB_OUTPUT: path.join(tmp, 'output'), GITHUB_STEP_SUMMARY: path.join(tmp, 'summary.md') }
    for (const f of Object.values(files)) writeFileSync(f, '')
    const env: NodeJS.ProcessEnv = {
      ...files,
      GITHUB_WORKSPACE: dirs.padded,
      'INPUT_MODE': 'verify',
      'INPUT_REQUIRE-SIGNED': 'true',
      'INPUT_OFFLINE': 'true',
      'INPUT_UPLOAD': 'false',
      'INPUT_MAX-FILE-SIZE': String(MAX),
      'INPUT_RESULTS-FILE': path.join(tmp, 'results.ndjson')
    }
    const saved = { ...process.env }
    const exitCode = process.exitCode
    const written: string[] = []
    const write = process.stdout.write.bind(process.stdout)
    process.stdout.write = ((chunk: string | Uint8Array) => {
      written.push(String(chunk))
      return true
    }) as typeof process.stdout.write
    try {
      Object.assign(process.env, env)
      await run(env)
      expect(process.exitCode).toBe(1)
    } finally {
      process.stdout.write = write
      for (const key of Object.keys(env)) if (!(key in saved)) delete process.env[key]
      Object.assign(process.env, saved)
      process.exitCode = exitCode
    }
    const log = written.join('')
    expect(log).toMatch(/^::error title=File not scanned,file=deploy\/app\.yaml,line=1::not scanned \(FILE_TOO_LARGE\)/m)
    expect(log).toMatch(/^::error::0 images break the policy \(require-signed\) and 1 files could not be scanned/m)
    expect(readFileSync(files.GITHUB_OUTPUT, 'utf8')).toMatch(/^unscanned<<(.+)\n1\n\1$/m)
    const summary = readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8')
    expect(summary).toContain('### Files not scanned')
    expect(summary).toContain('<code>deploy/app.yaml</code>')
    expect(summary).not.toContain('config/settings.yaml')
  }, 30_000)
})
