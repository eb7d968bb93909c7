/**
 * The action's run() from source on a pull_request event: a real loopback registry, a git
 * workspace with a base and a PR commit, and a fake GitHub API that records the check run and
 * the comment. (The e2e tests run the bundle; this one covers the source before dist/ is rebuilt.)
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { silentLogger } from '../../src/logger.js'
import { run } from '../../src/main.js'
import { createRegistryClient, type RegistryClient } from '../../src/registry/index.js'
import { startFakeForge, type FakeForge } from '../support/forge-server.js'
import { expectValidRecords } from '../support/record-schema.js'
import { pushTestImage, startRegistry, type StartedRegistry } from '../support/registry-server.js'

let registry: StartedRegistry
let client: RegistryClient
let forge: FakeForge
let ws: string
let tmp: string
let baseSha: string
let headSha: string

const git = (...args: string[]) => execFileSync('git', ['-C', ws, ...args], { encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' } }).trim()
const pod = (image: string) => `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: a\n      image: ${image}\n`

beforeAll(async () => {
  ;[registry, forge] = await Promise.all([startRegistry({ auth: 'none' }), startFakeForge()])
  client = createRegistryClient({ logger: silentLogger, insecureRegistries: [registry.host] })
  const old = await pushTestImage(client, registry.host, 'shop/old', 'v1', 'old')
  const fresh = await pushTestImage(client, registry.host, 'shop/fresh', 'v1', 'fresh')
  ws = await mkdtemp(path.join(os.tmpdir(), 'action-pr-ws-'))
  tmp = await mkdtemp(path.join(os.tmpdir(), 'action-pr-run-'))
  git('init', '-q', '-b', 'main')
  await mkdir(path.join(ws, 'deploy'))
  await writeFile(path.join(ws, 'deploy/old.yaml'), pod(`${registry.host}/shop/old@${old.digest}`))
  git('add', '-A')
  git('commit', '-qm', 'base')
  baseSha = git('rev-parse', 'HEAD')
  await writeFile(path.join(ws, 'deploy/new.yaml'), pod(`${registry.host}/shop/fresh@${fresh.digest}`))
  git('add', '-A')
  git('commit', '-qm', 'pr')
  headSha = git('rev-parse', 'HEAD')
}, 60_000)

afterAll(async () => {
  client?.close()
  await Promise.all([registry?.stop(), forge?.close()])
  await rm(ws, { recursive: true, force: true })
  await rm(tmp, { recursive: true, force: true })
})

async function runAction(inputs: Record<string, string>) {
  const files = { GITHUB_OUTPUT: path.join(tmp, 'output'), GITHUB_STEP_SUMMARY: path.join(tmp, 'summary.md'), GITHUB_EVENT_PATH: path.join(tmp, 'event.json') }
  await writeFile(files.GITHUB_OUTPUT, '')
  await writeFile(files.GITHUB_STEP_SUMMARY, '')
  const repo = { full_name: 'octo-org/shop' }
  await writeFile(files.GITHUB_EVENT_PATH, JSON.stringify({ number: 5, pull_request: { number: 5, base: { sha: baseSha, repo }, head: { sha: headSha, repo } } }))
  const env: NodeJS.ProcessEnv = {
    ...files,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_WORKSPACE: ws,
    RUNNER_TEMP: tmp,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: forge.url,
    GITHUB_REPOSITORY: 'octo-org/shop',
    GITHUB_SHA: headSha,
    GITHUB_WORKFLOW: 'ci',
    GITHUB_JOB: 'images',
    'INPUT_GITHUB-TOKEN': 'ghs_job',
    'INPUT_REQUIRE-SIGNED': 'true',
    INPUT_OFFLINE: 'true',
    INPUT_UPLOAD: 'false',
    'INPUT_INSECURE-REGISTRIES': registry.host,
    INPUT_TIMEOUT: '5',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))
  }
  const saved = { ...process.env }
  const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
  Object.assign(process.env, env)
  process.exitCode = undefined
  try {
    await run(env)
    return { exitCode: process.exitCode, stdout: write.mock.calls.map(c => String(c[0])).join(''), summary: await readFile(files.GITHUB_STEP_SUMMARY, 'utf8'), results: (await readFile(path.join(tmp, 'fremforge-cosign-results.ndjson'), 'utf8')).trim().split('\n').map(l => JSON.parse(l) as Record<string, unknown>) }
  } finally {
    write.mockRestore()
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k]
    Object.assign(process.env, saved)
    process.exitCode = undefined
  }
}

describe('run() on a pull request', () => {
  it('classifies, publishes a check run and a comment that lead with the new image, and fails on it with fail-on: new', async () => {
    const r = await runAction({ 'fail-on': 'new' })
    expectValidRecords(r.results)
    expect(Object.fromEntries(r.results.map(x => [x.repository, x.introduced]))).toEqual({ 'shop/old': false, 'shop/fresh': true })
    expect(r.exitCode).toBe(1)
    const firstLine = r.summary.split('\n').find(l => l.trim() && !l.startsWith('#'))
    expect(firstLine).toContain('shop/fresh')
    const checks = forge.requests.filter(q => q.path.includes('/check-runs'))
    expect(checks).toHaveLength(1)
    const annotations = (checks[0].body as { output: { annotations: { path: string }[] } }).output.annotations
    expect(annotations.map(a => a.path)).toEqual(['deploy/new.yaml', 'deploy/old.yaml'])
    // The check run carries the annotations: no workflow-command copies on stdout.
    expect(r.stdout).not.toMatch(/^::error /m)
    expect(forge.comments).toHaveLength(1)
    expect(forge.comments[0].body.indexOf('shop/fresh')).toBeLessThan(forge.comments[0].body.indexOf('shop/old'))
  }, 60_000)

  it('fail-on: all fails on the old image too; the comment is updated, not duplicated; a 403 on checks falls back to workflow commands', async () => {
    forge.deny.set(/check-runs/, 403)
    const r = await runAction({ 'fail-on': 'all' })
    forge.deny.clear()
    expect(r.exitCode).toBe(1)
    expect(forge.comments).toHaveLength(1)
    expect(forge.requests.filter(q => q.method === 'PATCH' && q.path.includes('/issues/comments/'))).toHaveLength(1)
    expect(r.stdout).toMatch(/^::error .*file=deploy\/new\.yaml/m)
    expect(r.stdout.match(/^::warning::.*checks: write/gm)).toHaveLength(1)
  }, 60_000)
})
