import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { changedLinesFromGit, changesForRun, isIntroduced, parseUnifiedDiff, addedLinesOfPatch, toPullRequest, type PullRequest } from '../../src/forge/index.js'
import { resolveConfig } from '../../src/config/index.js'
import { runVerify, type ImageVerifier } from '../../src/engine/index.js'
import { unverifiedVerdict } from '../../src/policy/index.js'
import { memoryLogger, silentLogger } from '../../src/logger.js'
import { expectValidRecords } from '../support/record-schema.js'
import { renderSummary, runContextFromEnv, sortItems, toAnnotations } from '../../src/report/index.js'

const D = (c: string): string => `sha256:${c.repeat(64)}`
const OLD = `ghcr.io/acme/old@${D('a')}`
const CHANGED_FROM = `ghcr.io/acme/changed@${D('b')}`
const CHANGED_TO = `ghcr.io/acme/changed@${D('c')}`
const ADDED = `ghcr.io/acme/added@${D('d')}`
const NEWFILE = `ghcr.io/acme/newfile@${D('e')}`

let dir: string
let base: string
const git = (...args: string[]): string => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' } }).trim()

const deployment = (...images: string[]): string => ['apiVersion: apps/v1', 'kind: Deployment', 'metadata: {name: x}', 'spec:', '  template:', '    spec:', '      containers:', ...images.map((im, i) => `        - name: c${i}\n          image: ${im}`)].join('\n') + '\n'

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'prfeedback-git-'))
  git('init', '-q', '-b', 'main')
  await mkdir(path.join(dir, 'deploy'))
  await writeFile(path.join(dir, 'deploy/app.yaml'), deployment(OLD, CHANGED_FROM))
  git('add', '-A')
  git('commit', '-qm', 'base')
  base = git('rev-parse', 'HEAD')
  git('checkout', '-qb', 'pr')
  await writeFile(path.join(dir, 'deploy/app.yaml'), deployment(OLD, CHANGED_TO, ADDED))
  await writeFile(path.join(dir, 'deploy/new.yaml'), deployment(NEWFILE))
  git('add', '-A')
  git('commit', '-qm', 'pr')
  // The base branch moves on after the PR branched: its changes are not the PR's.
  git('checkout', '-q', 'main')
  await writeFile(path.join(dir, 'deploy/other.yaml'), deployment(`ghcr.io/acme/mainonly@${D('f')}`))
  git('add', '-A')
  git('commit', '-qm', 'main moves')
  base = git('rev-parse', 'HEAD')
  git('checkout', '-q', 'pr')
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('changedLinesFromGit', () => {
  it('lists lines added or changed against the merge base, not the base branch tip', async () => {
    const lines = await changedLinesFromGit({ cwd: dir, base })
    expect(lines).not.toBeNull()
    const app = lines!.get('deploy/app.yaml') as Set<number>
    // image lines: OLD at 9, changed at 11, added at 13
    expect(app.has(9)).toBe(false)
    expect(app.has(11)).toBe(true)
    expect(app.has(13)).toBe(true)
    expect((lines!.get('deploy/new.yaml') as Set<number>).has(9)).toBe(true)
    expect(lines!.has('deploy/other.yaml')).toBe(false)
  })
  it('is null when the base commit is not in the history (shallow clone)', async () => {
    expect(await changedLinesFromGit({ cwd: dir, base: 'f'.repeat(40) })).toBeNull()
    expect(await changedLinesFromGit({ cwd: dir, base: '--output=/tmp/x' })).toBeNull()
  })
})

describe('parseUnifiedDiff and addedLinesOfPatch', () => {
  it('counts context lines and skips removed ones', () => {
    expect([...addedLinesOfPatch('@@ -1,3 +1,4 @@\n a\n-b\n+c\n+d\n e')]).toEqual([2, 3])
  })
  it('marks binary files as wholly changed and ignores deletions', () => {
    const diff = 'diff --git a/x.bin b/x.bin\nBinary files a/x.bin and b/x.bin differ\ndiff --git a/gone b/gone\n--- a/gone\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n'
    const lines = parseUnifiedDiff(diff)
    expect(lines.get('x.bin')).toBe('all')
    expect(lines.has('gone')).toBe(false)
  })
})

describe('isIntroduced', () => {
  it('is null without change information, and joins the scan root prefix', () => {
    expect(isIntroduced([{ file: 'a.yaml', line: 1 }], null)).toBeNull()
    const lines = new Map([['sub/a.yaml', new Set([1])]])
    expect(isIntroduced([{ file: 'a.yaml', line: 1 }], lines, 'sub')).toBe(true)
    expect(isIntroduced([{ file: 'a.yaml', line: 2 }], lines, 'sub')).toBe(false)
  })
})

describe('toPullRequest', () => {
  it('reads the number, shas and whether the head is a fork', () => {
    const pr = toPullRequest({ number: 7, pull_request: { number: 7, base: { sha: 'a1', repo: { full_name: 'o/r' } }, head: { sha: 'b2', repo: { full_name: 'evil/r' } } } }, { GITHUB_REPOSITORY: 'o/r' })
    expect(pr).toEqual({ number: 7, owner: 'o', repo: 'r', baseSha: 'a1', headSha: 'b2', fork: true })
    expect(toPullRequest({ pull_request: {} })).toBeNull()
  })
})

describe('runVerify on a pull request', () => {
  const pr: PullRequest = { number: 1, owner: 'o', repo: 'r', baseSha: '', headSha: '', fork: false }
  const verifier: ImageVerifier = {
    verify: async t => unverifiedVerdict(t.name, t.digest, 'unsigned', 'No cosign signature found.'),
    resolveDigest: async () => D('0')
  }
  const config = (over: Record<string, string> = {}) =>
    resolveConfig({ 'require-signed': 'true', upload: 'false', 'results-file': path.join(dir, '..', `${path.basename(dir)}-results.ndjson`), ...over }, { GITHUB_WORKSPACE: dir })

  it('marks records introduced true/false and leads with the new ones', async () => {
    const changes = await changesForRun({ pr: { ...pr, baseSha: base }, workspace: dir, scanRoot: dir, logger: silentLogger })
    expect(changes?.source).toBe('git')
    const outcome = await runVerify(config(), silentLogger, { verifier, env: {}, changes })
    expectValidRecords(outcome.records)
    const byName = Object.fromEntries(outcome.records.map(r => [r.repository, r.introduced]))
    expect(byName).toEqual({ 'acme/old': false, 'acme/changed': true, 'acme/added': true, 'acme/newfile': true })
    expect(outcome.newFindings).toBe(3)
    expect(outcome.policyFailed).toBe(true)
    expect(sortItems(outcome.items, outcome.policy).at(-1)?.repository).toBe('acme/old')
    const md = renderSummary({ items: outcome.items, counts: outcome.counts, policy: outcome.policy, run: runContextFromEnv({}), platform: 'local', resultsFile: 'r' })
    const firstLine = md.split('\n').find(l => l.trim() && !l.startsWith('#'))
    expect(firstLine).toContain('introduces 3')
    expect(firstLine).toContain('acme/added')
    expect(firstLine).not.toContain('acme/old')
    expect(toAnnotations(outcome.items, outcome.policy)[0].title).toMatch(/^New: /)
  })
  it('fail-on: new passes when only existing findings remain', async () => {
    const lines = new Map([['deploy/unrelated.yaml', new Set([1])]])
    const outcome = await runVerify(config({ 'fail-on': 'new' }), silentLogger, { verifier, env: {}, changes: { lines, prefix: '' } })
    expect(outcome.counts.findings).toBe(4)
    expect(outcome.newFindings).toBe(0)
    expect(outcome.policyFailed).toBe(false)
    expect((await runVerify(config({ 'fail-on': 'all' }), silentLogger, { verifier, env: {}, changes: { lines, prefix: '' } })).policyFailed).toBe(true)
  })
  it('fail-on: new fails closed when nothing could be classified', async () => {
    const outcome = await runVerify(config({ 'fail-on': 'new' }), silentLogger, { verifier, env: {}, changes: null })
    expectValidRecords(outcome.records)
    expect(outcome.records.every(r => r.introduced === null)).toBe(true)
    expect(outcome.policyFailed).toBe(true)
  })
  it('falls back to the API when the base is missing, and says so when neither answers', async () => {
    const fromApi = async () => new Map([['deploy/app.yaml', new Set([13])]])
    const viaApi = await changesForRun({ pr: { ...pr, baseSha: 'f'.repeat(40) }, workspace: dir, logger: silentLogger, fromApi })
    expect(viaApi?.source).toBe('api')
    const logger = memoryLogger()
    expect(await changesForRun({ pr: { ...pr, baseSha: 'f'.repeat(40) }, workspace: dir, logger })).toBeNull()
    expect(logger.lines.length).toBe(1)
  })
})
