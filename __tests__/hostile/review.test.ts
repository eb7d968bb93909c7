/**
 * Hostile input from the security review of the merged main (review findings 4, 5, 7, 9-13):
 * each test fails on the code the review read.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { keepSealedDir, sealDir } from '../../src/cache/index.js'
import { commentMarker, renderComment } from '../../src/forge/index.js'
import { countVerdicts } from '../../src/policy/index.js'
import { unscannedSection, type RunContext } from '../../src/report/index.js'
import { scanWorkspace } from '../../src/scan/index.js'
import { silentLogger } from '../../src/logger.js'
import { item, policy } from '../report/fixtures.js'
import { configFor, verifyRun } from './support.js'

let tmp: string
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'hostile-review-'))
})
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true })
})

const RUN: RunContext = { server_url: 'https://github.com', repository: 'acme/app', sha: 'a'.repeat(40), ref: 'refs/pull/1/merge', workflow: 'ci', run_id: '1', run_attempt: '1' }

describe('review 11: the unscanned table link', () => {
  it('keeps a file name with ")" inside the link target, so nothing after it becomes Markdown', () => {
    const lines = unscannedSection([{ file: "k8s/x)**BOLD**_ok_('.yaml", code: 'FILE_TOO_LARGE', reason: 'r' }], true, RUN, 'github')
    const row = lines.find(l => l.startsWith('| ['))!
    const target = /\]\(([^)]*)\)/.exec(row)![1]
    expect(target).toMatch(/^https:\/\/github\.com\/acme\/app\/blob\/a{40}\/k8s\/x%29/)
    // The link closes at the end of its target: what follows is the next cell, not the file name.
    expect(row.slice(row.indexOf(target) + target.length)).toMatch(/^\) \| `FILE_TOO_LARGE` \|/)
  })
})

describe('review 12: bidi controls in the PR comment', () => {
  it.each([
    ['RLO', '\u202e'],
    ['LRI', '\u2066'],
    ['RLM', '\u200f'],
    ['ALM', '\u061c']
  ])('shows %s in a file name, repository and reason as an escape, never raw', (_name, ch) => {
    const hostile = { ...item({ status: 'unsigned', details: `no signature ${ch}gpj.exe` }, [{ file: `deploy/a${ch}lmay.yaml`, line: 3, kind: 'k8s-image' }]), repository: `acme/x${ch}y`, introduced: true }
    const body = renderComment({ marker: commentMarker('ci', 'verify'), items: [hostile], counts: countVerdicts([hostile.verdict], policy()), policy: policy(), run: RUN, platform: 'github', workflow: `ci${ch}`, job: 'verify', headSha: 'b'.repeat(40), prefix: '' })
    expect(body).not.toContain(ch)
    // `\u{202e}` as Markdown-inert entities: visible, and not a control.
    expect(body).toContain(`&#92;u&#123;${ch.codePointAt(0)!.toString(16)}&#125;`)
  })
})

describe('review 13: the sealed TUF cache directory', () => {
  it('discards a sealed directory to which a symlink was added', async () => {
    const dir = path.join(tmp, 'tuf')
    await mkdir(dir)
    await writeFile(path.join(dir, 'root.json'), '{"legit":1}')
    const key = Buffer.from('k')
    await sealDir(dir, key)
    await writeFile(path.join(tmp, 'evil.json'), '{"evil":1}')
    await symlink(path.join(tmp, 'evil.json'), path.join(dir, 'timestamp.json'))
    expect(await keepSealedDir(dir, key)).toBe(false)
    expect(await readdir(dir).catch(() => [])).not.toContain('timestamp.json')
  })

  it('never seals a directory holding a symlink, and still keeps a plain sealed one', async () => {
    const dir = path.join(tmp, 'tuf2')
    await mkdir(path.join(dir, 'targets'), { recursive: true })
    await writeFile(path.join(dir, 'targets/trusted_root.json'), '{}')
    const key = Buffer.from('k')
    await sealDir(dir, key)
    expect(await keepSealedDir(dir, key)).toBe(true)
    await symlink('/etc/hostname', path.join(dir, 'targets/link'))
    await sealDir(dir, key)
    expect(await keepSealedDir(dir, key)).toBe(false)
    expect(await readFile(path.join(dir, 'targets/trusted_root.json'), 'utf8').catch(() => 'gone')).toBe('gone')
  })
})

describe('review 7: a symlink out of the scan root', () => {
  it.each([
    ['a file link', 'evil.yaml', '../vendor/evil.yaml'],
    ['a file link under a name no format reads', 'notes', '../vendor/evil.yaml'],
    ['a directory link', 'extra', '../vendor']
  ])('counts %s as unscanned, so require-signed fails', async (_name, link, target) => {
    const ws = await mkdtemp(path.join(tmp, 'ws-'))
    await mkdir(path.join(ws, 'k8s'))
    await mkdir(path.join(ws, 'vendor'))
    await writeFile(path.join(ws, 'vendor/evil.yaml'), `apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers:\n    - image: ghcr.io/evil/miner@sha256:${'e'.repeat(64)}\n`)
    await symlink(target, path.join(ws, 'k8s', link))
    const scan = await scanWorkspace({ root: path.join(ws, 'k8s') }, silentLogger)
    expect(scan.refs).toHaveLength(0)
    expect(scan.unscanned.map(u => `${u.file} ${u.code}`)).toEqual([`${link} SYMLINK_OUTSIDE_ROOT`])
    const config = await configFor({ path: path.join(ws, 'k8s'), 'require-signed': 'true' }, { GITHUB_WORKSPACE: ws })
    const outcome = await verifyRun(config)
    expect(outcome.unscanned).toHaveLength(1)
    expect(outcome.policyFailed).toBe(true)
  })

  it('still ignores a link out of the root to a file no format reads', async () => {
    const ws = await mkdtemp(path.join(tmp, 'ws-'))
    await writeFile(path.join(ws, 'README.md'), 'hello')
    await mkdir(path.join(ws, 'k8s'))
    await symlink('../README.md', path.join(ws, 'k8s', 'README.md'))
    const scan = await scanWorkspace({ root: path.join(ws, 'k8s') }, silentLogger)
    expect(scan.unscanned).toEqual([])
  })
})
