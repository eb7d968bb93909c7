/**
 * Hostile input from the security review of the merged main (review findings 4, 5, 7, 9-13):
 * each test fails on the code the review read.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { keepSealedDir, sealDir } from '../../src/cache/index.js'
import { changesForRun, classifyIntroduced, commentMarker, createForgejoClient, parseUnifiedDiff, publishFeedback, renderComment, type PullRequest } from '../../src/forge/index.js'
import { createGitHubClient } from '../../src/action-github.js'
import { runVerify, type ImageVerifier } from '../../src/engine/index.js'
import { countVerdicts, unverifiedVerdict } from '../../src/policy/index.js'
import { unscannedSection, type RunContext } from '../../src/report/index.js'
import { scanWorkspace } from '../../src/scan/index.js'
import { memoryLogger, silentLogger } from '../../src/logger.js'
import { codeOfAsync } from '../support/error-code.js'
import { startFakeForge, type FakeForge } from '../support/forge-server.js'
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

/** A repository with a base commit and a pull request commit on top; returns the base's sha. */
async function pullRequestRepo(baseFiles: Record<string, string>, prFiles: Record<string, string>): Promise<{ dir: string; base: string }> {
  const dir = await mkdtemp(path.join(tmp, 'git-'))
  const git = (...args: string[]): string =>
    execFileSync('git', ['-C', dir, '-c', 'user.email=t@e', '-c', 'user.name=t', '-c', 'core.quotePath=true', ...args], { encoding: 'utf8' }).trim()
  git('init', '-q', '-b', 'main')
  const write = async (files: Record<string, string>) => {
    for (const [name, content] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true })
      await writeFile(path.join(dir, name), content)
    }
    git('add', '-A')
  }
  await write(baseFiles)
  git('commit', '-qm', 'base', '--allow-empty')
  const base = git('rev-parse', 'HEAD')
  git('checkout', '-qb', 'pr')
  await write(prFiles)
  git('commit', '-qm', 'pr')
  return { dir, base }
}

const unsignedVerifier: ImageVerifier = {
  verify: async t => unverifiedVerdict(t.name, t.digest, 'unsigned', 'No cosign signature found.'),
  resolveDigest: async () => {
    throw new Error('no registry here')
  }
}

async function newImages(dir: string, base: string, root = dir): Promise<{ introduced: Record<string, boolean | null | undefined>; failed: boolean }> {
  const pr: PullRequest = { number: 1, owner: 'o', repo: 'r', baseSha: base, headSha: '', fork: false }
  const changes = await changesForRun({ pr, workspace: dir, scanRoot: root, logger: silentLogger })
  expect(changes?.source).toBe('git')
  const config = await configFor({ path: root, 'fail-on': 'new', 'require-signed': 'true' }, { GITHUB_WORKSPACE: dir })
  const outcome = await runVerify(config, silentLogger, { verifier: unsignedVerifier, env: {}, changes })
  return { introduced: Object.fromEntries(outcome.items.map(i => [`${i.repository}@${i.verdict.digest?.slice(7, 10) ?? ''}`, i.introduced])), failed: outcome.policyFailed }
}

const H = (c: string): string => `sha256:${c.repeat(64)}`
const pod = (image: string): string => `apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers:\n    - name: a\n      image: ${image}\n`

describe('review 4: fail-on new and a file name git quotes', () => {
  it.each(['déploiement.yaml', 'tab\there.yaml', 'quote"d.yaml', 'back\\slash.yaml', 'nl\nname.yaml'])('counts an image added in %j as new', async name => {
    const { dir, base } = await pullRequestRepo({ 'old.yaml': pod(`ghcr.io/acme/old@${H('a')}`) }, { [name]: pod(`ghcr.io/evil/miner@${H('e')}`) })
    const { introduced, failed } = await newImages(dir, base)
    expect(introduced).toEqual({ 'acme/old@aaa': false, 'evil/miner@eee': true })
    expect(failed).toBe(true)
  })

  it('decodes git C quoting with octal escapes in a diff read from a forge', () => {
    const diff = 'diff --git "a/d\\303\\251p.yaml" "b/d\\303\\251p.yaml"\n--- /dev/null\n+++ "b/d\\303\\251p.yaml"\n@@ -0,0 +1,2 @@\n+a\n+b\n'
    expect([...parseUnifiedDiff(diff).keys()]).toEqual(['dép.yaml'])
  })
})

describe('review 5: fail-on new judges the image, not the line of the reference', () => {
  const dockerfile = (d: string): string => `ARG BASE_DIGEST=${d}\nFROM ghcr.io/acme/base@\${BASE_DIGEST}\nRUN true\n`
  const values = (repo: string): string => `image:\n  repository: ${repo}\n  tag: "1.0"\n  digest: ${H('a')}\n`

  it('counts an image as new when only a Dockerfile ARG line or a Helm repository: line changed', async () => {
    const { dir, base } = await pullRequestRepo(
      { Dockerfile: dockerfile(H('a')), 'values.yaml': values('ghcr.io/acme/api'), 'keep.yaml': pod(`ghcr.io/acme/keep@${H('c')}`) },
      { Dockerfile: dockerfile(H('b')), 'values.yaml': values('ghcr.io/evil/miner') }
    )
    const { introduced, failed } = await newImages(dir, base)
    expect(introduced).toEqual({ 'acme/base@bbb': true, 'evil/miner@aaa': true, 'acme/keep@ccc': false })
    expect(failed).toBe(true)
  })

  it('keeps an image existing when its file changed elsewhere, also in a scan root below the repository', async () => {
    const { dir, base } = await pullRequestRepo(
      { 'k8s/app.yaml': pod(`ghcr.io/acme/app@${H('a')}`) },
      { 'k8s/app.yaml': `# a comment moves every line\n${pod(`ghcr.io/acme/app@${H('a')}`)}` }
    )
    const { introduced, failed } = await newImages(dir, base, path.join(dir, 'k8s'))
    expect(introduced).toEqual({ 'acme/app@aaa': false })
    expect(failed).toBe(false)
  })

  it('counts an image as new when the base version of its changed file cannot be read', async () => {
    const outcome = await classifyIntroduced(
      [{ image: `ghcr.io/acme/app@${H('a')}`, sources: [{ file: 'app.yaml' }] }],
      { lines: new Map([['app.yaml', new Set([3])]]), prefix: '', readBase: async () => null },
      () => new Set([`ghcr.io/acme/app@${H('a')}`])
    )
    expect(outcome).toEqual([true])
    const noReader = await classifyIntroduced([{ image: `ghcr.io/acme/app@${H('a')}`, sources: [{ file: 'app.yaml' }] }], { lines: new Map([['app.yaml', 'all']]), prefix: '' }, () => new Set())
    expect(noReader).toEqual([true])
  })
})

describe('review 9: GitHub lists at most 3000 changed files', () => {
  let forge: FakeForge
  beforeEach(async () => {
    forge = await startFakeForge()
  })
  afterEach(async () => {
    await forge.close()
  })
  const pr: PullRequest = { number: 7, owner: 'acme', repo: 'app', baseSha: 'a'.repeat(40), headSha: 'b'.repeat(40), fork: false }
  const padding = (n: number) => Array.from({ length: n }, (_, i) => ({ filename: `aa/pad-${String(i).padStart(5, '0')}.txt`, status: 'added', patch: '@@ -0,0 +1 @@\n+x' }))

  it('leaves every finding unclassified when the list reaches the cap, and says so once', async () => {
    forge.files = [...padding(3000), { filename: 'zz/deploy.yaml', status: 'added', patch: '@@ -0,0 +1 @@\n+x' }]
    const client = createGitHubClient({ token: 't', baseUrl: forge.url, timeoutMs: 5000 })
    expect(await codeOfAsync(client.changedLines(pr))).toBe('FORGE_TRUNCATED')
    const ws = await mkdtemp(path.join(tmp, 'shallow-'))
    const logger = memoryLogger()
    const changes = await changesForRun({ pr, workspace: ws, logger, fromApi: p => client.changedLines(p) })
    expect(changes).toBeNull()
    expect(logger.lines.filter(l => l.level === 'warning')).toHaveLength(1)
    await writeFile(path.join(ws, 'deploy.yaml'), pod(`ghcr.io/evil/miner@${H('e')}`))
    const config = await configFor({ path: ws, 'fail-on': 'new', 'require-signed': 'true' }, { GITHUB_WORKSPACE: ws })
    const outcome = await runVerify(config, silentLogger, { verifier: unsignedVerifier, env: {}, changes })
    expect(outcome.items.map(i => i.introduced)).toEqual([null])
    expect(outcome.policyFailed).toBe(true)
  })

  it('still reads a list below the cap', async () => {
    forge.files = padding(2999)
    const lines = await createGitHubClient({ token: 't', baseUrl: forge.url, timeoutMs: 5000 }).changedLines(pr)
    expect(lines.size).toBe(2999)
  })
})

describe('review 10: the sticky comment belongs to the token', () => {
  let forge: FakeForge
  beforeEach(async () => {
    forge = await startFakeForge()
  })
  afterEach(async () => {
    await forge.close()
  })
  const pr: PullRequest = { number: 7, owner: 'acme', repo: 'app', baseSha: 'a'.repeat(40), headSha: 'b'.repeat(40), fork: false }
  const bad = { ...item({ status: 'unsigned', digest: H('e'), details: 'No cosign signature found.' }), repository: 'evil/miner', introduced: true }
  const feedback = (platform: 'github' | 'forgejo') => {
    const p = policy({ requireSigned: true })
    const client = platform === 'github' ? createGitHubClient({ token: 't', baseUrl: forge.url, timeoutMs: 5000 }) : createForgejoClient({ token: 't', apiUrl: `${forge.url}/api/v1`, timeoutMs: 5000 })
    return { items: [bad], counts: countVerdicts([bad.verdict], p), policy: p, policyFailed: true, run: RUN, platform, pr, client, prComment: 'auto' as const, workflow: 'ci', job: 'verify', sha: RUN.sha!, prefix: '', logger: memoryLogger() }
  }
  const forged = () => ({ id: 1, body: `${commentMarker('ci', 'verify')}\n✅ All images verify`, user: { login: 'attacker', type: 'User' } })

  it.each([
    ['github', 'GITHUB_TOKEN', null],
    ['github', "a user's token", 'release-bot'],
    ['forgejo', 'a token', null]
  ] as const)('on %s with %s leaves a marked comment by someone else alone and writes its own', async (platform, _token, login) => {
    forge.login.github = login
    forge.comments.push(forged())
    const result = await publishFeedback(feedback(platform))
    expect(result.comment).toBe('created')
    expect(forge.comments).toHaveLength(2)
    expect(forge.comments[0].body).toContain('✅ All images verify')
    expect(forge.comments[1].body).toContain('evil/miner')
    // The next run updates its own comment, not the forged one.
    expect((await publishFeedback(feedback(platform))).comment).toBe('updated')
    expect(forge.comments).toHaveLength(2)
    expect(forge.comments[0].body).toContain('✅ All images verify')
  })
})

describe('review 5 on a shallow checkout: the base files come from the forge', () => {
  let forge: FakeForge
  beforeEach(async () => {
    forge = await startFakeForge()
  })
  afterEach(async () => {
    await forge.close()
  })
  const pr: PullRequest = { number: 7, owner: 'acme', repo: 'app', baseSha: 'a'.repeat(40), headSha: 'b'.repeat(40), fork: false }

  it.each(['github', 'forgejo'] as const)('on %s, tells the image a changed line brought in from the one already on the base', async platform => {
    const ws = await mkdtemp(path.join(tmp, 'shallow-'))
    await mkdir(path.join(ws, 'k8s'))
    const values = (repo: string): string => `image:\n  repository: ${repo}\n  tag: "1.0"\n  digest: ${H('a')}\n`
    await writeFile(path.join(ws, 'k8s/values.yaml'), values('ghcr.io/evil/miner'))
    await writeFile(path.join(ws, 'k8s/app.yaml'), `# moved\n${pod(`ghcr.io/acme/app@${H('b')}`)}`)
    forge.baseFiles.set('k8s/values.yaml', values('ghcr.io/acme/api'))
    forge.baseFiles.set('k8s/app.yaml', pod(`ghcr.io/acme/app@${H('b')}`))
    forge.files = [{ filename: 'k8s/values.yaml', status: 'modified', patch: '@@ -2 +2 @@\n-x\n+y' }, { filename: 'k8s/app.yaml', status: 'modified', patch: '@@ -0,0 +1 @@\n+# moved' }]
    forge.diff = forge.files.map(f => `diff --git a/${f.filename} b/${f.filename}\n--- a/${f.filename}\n+++ b/${f.filename}\n${f.patch}\n`).join('')
    const client = platform === 'github' ? createGitHubClient({ token: 't', baseUrl: forge.url, timeoutMs: 5000 }) : createForgejoClient({ token: 't', apiUrl: `${forge.url}/api/v1`, timeoutMs: 5000 })
    const changes = await changesForRun({ pr, workspace: ws, logger: silentLogger, fromApi: p => client.changedLines(p), baseFromApi: (p, f) => client.baseFile!(p, f) })
    expect(changes?.source).toBe('api')
    const config = await configFor({ path: ws, 'fail-on': 'new', 'require-signed': 'true' }, { GITHUB_WORKSPACE: ws })
    const outcome = await runVerify(config, silentLogger, { verifier: unsignedVerifier, env: {}, changes })
    expect(Object.fromEntries(outcome.items.map(i => [i.repository, i.introduced]))).toEqual({ 'evil/miner': true, 'acme/app': false })
    expect(forge.requests.filter(r => /\/(contents|raw)\//.test(r.path)).every(r => r.path.includes(`ref=${pr.baseSha}`))).toBe(true)
  })
})
