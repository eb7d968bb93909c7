import { describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { runCli, EXIT_OK, EXIT_POLICY, EXIT_USAGE } from '../../src/cli/run.js'

const DIGEST = 'sha256:' + 'c'.repeat(64)

async function cli(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(argv, { stdout: t => void out.push(t), stderr: t => void err.push(t), env, isTTY: false })
  return { code, out, err }
}

async function workspace(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cli-ws-'))
  await writeFile(path.join(dir, 'pod.yaml'), `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: a\n      image: ghcr.io/acme/app@${DIGEST}\n    - name: b\n      image: nginx:1.27\n`)
  await writeFile(path.join(dir, 'broken.yaml'), 'kind: Pod\nspec:\n  containers: [\n    {image: "a\n')
  return dir
}

describe('runCli', () => {
  describe('when scanning with --format ndjson', () => {
    it('prints one object per occurrence with the contract keys, then one per unscanned file, and nothing else on stdout', async () => {
      const { code, out } = await cli(['scan', '--path', await workspace(), '--format', 'ndjson'])
      expect(code).toBe(EXIT_OK)
      const rows = out.map(l => JSON.parse(l) as Record<string, unknown>)
      expect(rows).toHaveLength(3)
      expect(rows[2]).toMatchObject({ file: 'broken.yaml', kind: 'unscanned', code: 'YAML_INVALID', ref: null, digest: null })
      for (const row of rows) expect(Object.keys(row)).toEqual(expect.arrayContaining(['file', 'line', 'column', 'kind', 'ref', 'name', 'tag', 'digest']))
      expect(rows).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ file: 'pod.yaml', line: 6, name: 'ghcr.io/acme/app', digest: DIGEST, tag: null }),
          expect.objectContaining({ file: 'pod.yaml', line: 8, name: 'docker.io/library/nginx', tag: '1.27', digest: null })
        ])
      )
    })
    it('reports the malformed file on stderr', async () => {
      const { err } = await cli(['scan', '--path', await workspace(), '--format', 'ndjson'])
      expect(err.join('\n')).toContain('broken.yaml')
    })
  })

  describe('when the arguments are wrong', () => {
    it.each([[['verify', '--bogus']], [['verify', '--concurrency', '0']], [[]]])('exits 2 for %j', async argv => {
      expect((await cli(argv)).code).toBe(EXIT_USAGE)
    })
  })

  describe('when verification cannot even start', () => {
    it('exits 1 (a trust root that cannot be read is no usage error) and still writes the results file', async () => {
      const results = path.join(await mkdtemp(path.join(os.tmpdir(), 'cli-res-')), 'r.ndjson')
      const { code } = await cli(['verify', '--images', `127.0.0.1:9/x@${DIGEST}`, '--trusted-root', '/nonexistent/trusted_root.json', '--results-file', results, '--upload', 'false'])
      expect(code).toBe(EXIT_POLICY)
      expect(await readFile(results, 'utf8')).toBe('')
    })
  })

  describe('--help', () => {
    it('prints the usage on stdout and exits 0', async () => {
      const { code, out } = await cli(['--help'])
      expect(code).toBe(EXIT_OK)
      expect(out.join('\n')).toContain('Usage: fremforge-cosign')
    })
  })
})
