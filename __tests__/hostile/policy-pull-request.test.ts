import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { loadPolicyFiles, type PolicyLoadOptions } from '../../src/engine/policy-files.js'
import { isPullRequestEvent } from '../../src/engine/policy-base.js'
import { memoryLogger } from '../../src/logger.js'
import { run } from '../../src/main.js'
import { runExplain } from '../../src/engine/explain-run.js'
import { resolveConfig } from '../../src/config/index.js'
import type { Authority } from '../../src/policy/index.js'
import { runnerCommands } from '../support/workflow-commands.js'
import { tempDir } from './support.js'

// Security review finding 1: with `policy: auto` (or any policy file in the checkout) a pull
// request wrote its own policy: a `mode: skip` for `**`, its own key, or its own trusted root.
// On pull-request events the policy now comes from the merge base, never from the PR's tree.

const doc = (name: string, spec: string): string => `apiVersion: cosign.fremforge.dev/v1alpha1\nkind: ImagePolicy\nmetadata: {name: ${name}}\nspec:\n${spec}\n---\n`
const ORG = doc('org', `  images: [{glob: "**"}]\n  authorities:\n  - name: release\n    keyless:\n      identities: [{issuer: "https://token.actions.githubusercontent.com", subject: "https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main"}]`)
const VENDOR = doc('vendor', `  images: [{glob: "ghcr.io/vendor/**"}]\n  authorities:\n  - name: vendor-key\n    key: {path: ../keys/vendor.pub}\n  - name: private\n    keyless:\n      trustedRoot: ../keys/root.json\n      identities: [{issuer: "https://issuer.example", subject: "release@example.com"}]`)
const SKIP_ALL = doc('harmless', `  mode: skip\n  reason: temporary\n  images: [{glob: "**"}]\n  authorities: []`)
const OWN_KEY = doc('mine', `  images: [{glob: "ghcr.io/evil/**"}]\n  authorities:\n  - name: mine\n    key: {path: attacker.pub, tlog: false}`)
const BASE_KEY = '-----BEGIN PUBLIC KEY-----\nBASEKEY\n-----END PUBLIC KEY-----\n'
const EVIL_KEY = '-----BEGIN PUBLIC KEY-----\nEVILKEY\n-----END PUBLIC KEY-----\n'
const IMAGE = `127.0.0.1:9/acme/app@sha256:${'e'.repeat(64)}`

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-C', cwd, '-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { encoding: 'utf8' }).trim()
}

async function put(root: string, files: Record<string, string>): Promise<void> {
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true })
    await writeFile(path.join(root, file), text)
  }
}

/** A repository whose base commit holds the org's policy and a pull request commit on top of it. */
async function pullRequestRepo(pr: Record<string, string>): Promise<{ workspace: string; env: NodeJS.ProcessEnv; baseSha: string }> {
  const workspace = await tempDir('policy-pr-')
  git(workspace, 'init', '-q', '-b', 'main')
  await put(workspace, { 'deploy/policies/org.yaml': ORG, 'deploy/policies/vendor.yaml': VENDOR, 'deploy/keys/vendor.pub': BASE_KEY, 'deploy/keys/root.json': '{"base":true}', 'k8s/app.yaml': `image: ${IMAGE}\n` })
  git(workspace, 'add', '-A')
  git(workspace, 'commit', '-qm', 'base')
  const baseSha = git(workspace, 'rev-parse', 'HEAD')
  git(workspace, 'checkout', '-qb', 'pr')
  await put(workspace, pr)
  git(workspace, 'add', '-A')
  git(workspace, 'commit', '-q', '--allow-empty', '-m', 'pull request')
  const headSha = git(workspace, 'rev-parse', 'HEAD')
  const event = path.join(await tempDir('policy-pr-event-'), 'event.json')
  await writeFile(event, JSON.stringify({ number: 7, pull_request: { number: 7, base: { sha: baseSha, repo: { full_name: 'acme/app' } }, head: { sha: headSha, repo: { full_name: 'acme/app' } } } }))
  return { workspace, baseSha, env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: 'acme/app' } }
}

async function load(workspace: string, env: NodeJS.ProcessEnv | undefined, over: Partial<PolicyLoadOptions> = {}) {
  const logger = memoryLogger()
  const set = await loadPolicyFiles({ patterns: ['auto'], workspace, noMatch: 'warn', logger, env, ...over })
  return { set, logger, warnings: logger.lines.filter(l => l.level === 'warning').map(l => l.message) }
}

const keyData = (a: Authority | undefined): string[] => (a?.type === 'key' ? a.keys.map(k => ('data' in k ? k.data : k.path)) : [])

async function codeOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p
  } catch (e) {
    return (e as { code?: string }).code
  }
  return undefined
}

describe('loadPolicyFiles on a pull request event', () => {
  describe('when the pull request adds a policy file anywhere', () => {
    it('does not load it with auto, and names it in a warning', async () => {
      const { workspace, env } = await pullRequestRepo({ 'test/fixtures/x.yml': SKIP_ALL, 'docs/mine.yaml': OWN_KEY, 'docs/attacker.pub': EVIL_KEY })
      const { set, warnings } = await load(workspace, env)
      expect(set.policies.map(p => [p.name, p.mode])).toEqual([['org', 'enforce'], ['vendor', 'enforce']])
      expect(warnings.filter(w => w.includes('test/fixtures/x.yml') && w.includes('added by this pull request is not trusted'))).toHaveLength(1)
      expect(warnings.filter(w => w.includes('docs/mine.yaml') && w.includes('is ignored'))).toHaveLength(1)
    })

    it('does not load a new file a glob matches', async () => {
      const { workspace, env } = await pullRequestRepo({ 'deploy/policies/zz.yaml': SKIP_ALL })
      const { set, warnings } = await load(workspace, env, { patterns: ['deploy/policies/*.yaml'] })
      expect(set.policies.map(p => p.name)).toEqual(['org', 'vendor'])
      expect(warnings.some(w => w.includes('deploy/policies/zz.yaml'))).toBe(true)
    })
  })

  describe('when the pull request changes the org policy, its key file and its trusted root', () => {
    it("uses the base branch's versions and warns about each", async () => {
      const { workspace, env } = await pullRequestRepo({
        'deploy/policies/org.yaml': SKIP_ALL.replace('harmless', 'org'),
        'deploy/keys/vendor.pub': EVIL_KEY,
        'deploy/keys/root.json': '{"evil":true}'
      })
      const { set, warnings } = await load(workspace, env, { patterns: ['deploy/policies/org.yaml', 'deploy/policies/vendor.yaml'] })
      expect(set.policies.map(p => [p.name, p.mode])).toEqual([['org', 'enforce'], ['vendor', 'enforce']])
      const vendor = set.policies.find(p => p.name === 'vendor')
      expect(keyData(vendor?.authorities.find(a => a.name === 'vendor-key'))).toEqual([BASE_KEY])
      const keyless = vendor?.authorities.find(a => a.name === 'private')
      expect(keyless?.type === 'keyless' && keyless.trustedRoot ? JSON.parse(await readFile(keyless.trustedRoot, 'utf8')) : undefined).toEqual({ base: true })
      for (const file of ['deploy/policies/org.yaml', 'deploy/keys/vendor.pub', 'deploy/keys/root.json']) {
        expect(warnings.filter(w => w.includes(file) && w.includes("changed by this pull request is not trusted; the base branch's version is used"))).toHaveLength(1)
      }
    })

    it('ignores uncommitted changes in the checkout too', async () => {
      const { workspace, env } = await pullRequestRepo({})
      await writeFile(path.join(workspace, 'deploy/policies/org.yaml'), SKIP_ALL.replace('harmless', 'org'))
      const { set } = await load(workspace, env)
      expect(set.policies.find(p => p.name === 'org')?.mode).toBe('enforce')
    })
  })

  describe('when the base commit is not in the checkout (shallow clone)', () => {
    async function shallow(): Promise<{ workspace: string; env: NodeJS.ProcessEnv }> {
      const { workspace, env } = await pullRequestRepo({ 'test/fixtures/x.yml': SKIP_ALL })
      const event = JSON.parse(await readFile(env.GITHUB_EVENT_PATH as string, 'utf8')) as { pull_request: { base: { sha: string } } }
      event.pull_request.base.sha = 'f'.repeat(40)
      await writeFile(env.GITHUB_EVENT_PATH as string, JSON.stringify(event))
      return { workspace, env }
    }

    it('fails closed with POLICY_BASE_UNAVAILABLE under require-signed', async () => {
      const { workspace, env } = await shallow()
      expect(await codeOf(load(workspace, env, { requireSigned: true }))).toBe('POLICY_BASE_UNAVAILABLE')
    })

    it("warns with the code and uses none of the pull request's files without require-signed", async () => {
      const { workspace, env } = await shallow()
      const { set, warnings } = await load(workspace, env)
      expect(set.policies).toEqual([])
      expect(warnings.filter(w => w.includes('POLICY_BASE_UNAVAILABLE') && w.includes('fetch-depth: 0'))).toHaveLength(1)
    })

    it('fails closed when the event payload cannot be read', async () => {
      const { workspace } = await pullRequestRepo({})
      expect(await codeOf(load(workspace, { GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_EVENT_PATH: path.join(workspace, 'nope.json') }, { requireSigned: true }))).toBe('POLICY_BASE_UNAVAILABLE')
    })

    it('fails closed when the workspace is no git checkout', async () => {
      const { env } = await pullRequestRepo({})
      const plain = await tempDir('policy-pr-plain-')
      await put(plain, { 'p.yaml': ORG })
      expect(await codeOf(load(plain, env, { requireSigned: true }))).toBe('POLICY_BASE_UNAVAILABLE')
    })
  })

  describe('outside pull request events', () => {
    it('reads the working tree as before (push)', async () => {
      const { workspace, env } = await pullRequestRepo({ 'test/fixtures/x.yml': SKIP_ALL })
      const { set } = await load(workspace, { ...env, GITHUB_EVENT_NAME: 'push' })
      expect(set.policies.map(p => p.name)).toContain('harmless')
    })

    it('knows the pull request events of GitHub and Forgejo', () => {
      for (const event of ['pull_request', 'pull_request_target', 'pull_request_review']) expect(isPullRequestEvent({ GITHUB_EVENT_NAME: event })).toBe(true)
      expect(isPullRequestEvent({ FORGEJO_EVENT_NAME: 'pull_request', GITHUB_EVENT_NAME: 'push' })).toBe(true)
      for (const event of ['push', 'workflow_dispatch', '']) expect(isPullRequestEvent({ GITHUB_EVENT_NAME: event })).toBe(false)
    })
  })
})

describe('loadPolicyFiles with auto under require-signed', () => {
  it('fails closed on a policy file it cannot parse (POLICY_FILE_SKIPPED)', async () => {
    const workspace = await tempDir('policy-skip-')
    await put(workspace, { 'p.yaml': ORG, 'helm/templates/cip.yaml': 'apiVersion: policy.sigstore.dev/v1beta1\nkind: ClusterImagePolicy\nmetadata:\n  name: {{ .Values.name }}\nspec: {images: [{glob: "**"}], authorities: [{static: {action: fail}}]}\n  - : [\n' })
    expect(await codeOf(load(workspace, undefined, { requireSigned: true }))).toBe('POLICY_FILE_SKIPPED')
    const { warnings } = await load(workspace, undefined)
    expect(warnings.some(w => w.includes('helm/templates/cip.yaml'))).toBe(true)
  })

  it('fails closed on a policy file too large to read (POLICY_FILE_SKIPPED)', async () => {
    const workspace = await tempDir('policy-skip-')
    await put(workspace, { 'p.yaml': ORG, 'big.yaml': ORG.replace(/name: org/, 'name: big') + `# ${'x'.repeat(1024 * 1024)}\n` })
    expect(await codeOf(load(workspace, undefined, { requireSigned: true }))).toBe('POLICY_FILE_SKIPPED')
    const { warnings } = await load(workspace, undefined)
    expect(warnings.some(w => w.includes('big.yaml'))).toBe(true)
  })
})

describe('the action on a pull request with policy: auto and require-signed', () => {
  afterEach(() => {
    process.exitCode = undefined
  })

  async function action(env: NodeJS.ProcessEnv, workspace: string): Promise<{ failed: string[]; results: string }> {
    const chunks: string[] = []
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => {
      chunks.push(String(c))
      return true
    })
    const results = path.join(await tempDir('policy-pr-out-'), 'r.ndjson')
    try {
      await run({ ...env, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: path.dirname(results), INPUT_MODE: 'verify', INPUT_IMAGES: IMAGE, INPUT_POLICY: 'auto', 'INPUT_REQUIRE-SIGNED': 'true', INPUT_OFFLINE: 'true', INPUT_UPLOAD: 'false', INPUT_TIMEOUT: '2', 'INPUT_RESULTS-FILE': results })
    } finally {
      spy.mockRestore()
    }
    const failed = runnerCommands(chunks.join('')).filter(c => c.name === 'error').map(c => c.data)
    return { failed, results: await readFile(results, 'utf8').catch(() => '') }
  }

  it('does not let a skip policy the pull request adds exempt its image', async () => {
    const { workspace, env } = await pullRequestRepo({ 'test/fixtures/x.yml': SKIP_ALL })
    const { failed, results } = await action(env, workspace)
    expect(results).not.toContain('"exempt"')
    expect(failed.length).toBeGreaterThan(0)
  })

  it('fails the step with POLICY_BASE_UNAVAILABLE when the base commit is missing', async () => {
    const { workspace, env } = await pullRequestRepo({ 'test/fixtures/x.yml': SKIP_ALL })
    await writeFile(env.GITHUB_EVENT_PATH as string, JSON.stringify({ pull_request: { number: 7, base: { sha: 'f'.repeat(40) }, head: { sha: 'e'.repeat(40) } }, repository: { full_name: 'acme/app' } }))
    const { failed, results } = await action(env, workspace)
    expect(failed.some(f => f.includes('POLICY_BASE_UNAVAILABLE'))).toBe(true)
    expect(results).toBe('')
  })
})

describe('loadPolicyFiles with paths written with ./', () => {
  it('reads the same base file and reports no change when there is none', async () => {
    const { workspace, env } = await pullRequestRepo({ 'deploy/policies/zz.yaml': SKIP_ALL })
    const { set, warnings } = await load(workspace, env, { patterns: ['./deploy/policies/org.yaml', './deploy/policies/*.yaml'] })
    expect(set.policies.map(p => p.name)).toEqual(['org', 'vendor'])
    expect(warnings.filter(w => w.includes('org.yaml'))).toEqual([])
    expect(warnings.filter(w => w.includes('zz.yaml'))).toHaveLength(1)
  })
})

describe('loadPolicyFiles when the pull request branched off before the policy was tightened', () => {
  it("reads the base branch's current policy, not the one of the commit it branched from", async () => {
    const { workspace, env, baseSha } = await pullRequestRepo({ 'k8s/app.yaml': `image: ${IMAGE}\n# changed\n` })
    // The base branch moves on after the pull request branched: an old exemption is removed.
    git(workspace, 'checkout', '-q', baseSha)
    await put(workspace, { 'deploy/policies/legacy.yaml': SKIP_ALL.replace('harmless', 'legacy') })
    git(workspace, 'add', '-A')
    git(workspace, 'commit', '-qm', 'old exemption')
    const old = git(workspace, 'rev-parse', 'HEAD')
    git(workspace, 'rm', '-q', 'deploy/policies/legacy.yaml')
    git(workspace, 'commit', '-qm', 'exemption removed')
    const tip = git(workspace, 'rev-parse', 'HEAD')
    // The pull request starts from the old commit that still had the exemption.
    git(workspace, 'checkout', '-qb', 'sneaky', old)
    await put(workspace, { 'k8s/app.yaml': `image: ${IMAGE}\n# sneaky\n` })
    git(workspace, 'commit', '-qam', 'pull request')
    const event = JSON.parse(await readFile(env.GITHUB_EVENT_PATH as string, 'utf8')) as { pull_request: { base: { sha: string } } }
    event.pull_request.base.sha = tip
    await writeFile(env.GITHUB_EVENT_PATH as string, JSON.stringify(event))
    const { set, warnings } = await load(workspace, env)
    expect(set.policies.map(p => p.name)).toEqual(['org', 'vendor'])
    expect(warnings.filter(w => w.includes('deploy/policies/legacy.yaml') && w.includes('is ignored'))).toHaveLength(1)
  })
})

describe('loadPolicyFiles with a policy path the pull request adds', () => {
  it('ignores the new file with a warning and refuses a path that exists nowhere', async () => {
    const { workspace, env } = await pullRequestRepo({ 'deploy/policies/new.yaml': SKIP_ALL })
    const { set, warnings } = await load(workspace, env, { patterns: ['deploy/policies/org.yaml', 'deploy/policies/new.yaml'] })
    expect(set.policies.map(p => p.name)).toEqual(['org'])
    expect(warnings.filter(w => w.includes('deploy/policies/new.yaml') && w.includes('is ignored'))).toHaveLength(1)
    expect(await codeOf(load(workspace, env, { patterns: ['deploy/policies/none.yaml'] }))).toBe('POLICY_FILE_NOT_FOUND')
  })

  it('refuses a key path that leaves the workspace in the base commit', async () => {
    const { workspace, env } = await pullRequestRepo({})
    git(workspace, 'checkout', '-q', 'main')
    await put(workspace, { 'deploy/policies/vendor.yaml': VENDOR.replace('../keys/vendor.pub', '../../../etc/passwd') })
    git(workspace, 'commit', '-qam', 'bad key path')
    const event = JSON.parse(await readFile(env.GITHUB_EVENT_PATH as string, 'utf8')) as { pull_request: { base: { sha: string } } }
    event.pull_request.base.sha = git(workspace, 'rev-parse', 'HEAD')
    await writeFile(env.GITHUB_EVENT_PATH as string, JSON.stringify(event))
    expect(await codeOf(load(workspace, env))).toBe('POLICY_FIELD_INVALID')
  })
})

describe('runExplain on a pull request event', () => {
  it("explains the base commit's policy, as verify applies it", async () => {
    const { workspace, env } = await pullRequestRepo({ 'test/fixtures/x.yml': SKIP_ALL })
    const config = resolveConfig({ mode: 'explain', images: IMAGE, policy: 'auto' }, { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: workspace })
    const [line] = await runExplain(config, memoryLogger(), undefined, env)
    expect(line.effective).toBe('enforce')
    expect(line.policies.map(p => p.name)).toEqual(['org'])
  })
})
