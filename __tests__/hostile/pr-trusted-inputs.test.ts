/**
 * Security review 2, finding B: on pull-request events the flat `key`, `trusted-root` and
 * `tuf-root` inputs naming files inside the workspace were read from the pull request's working
 * tree. A pull request replaced `keys/cosign.pub` (or added its own CA to the trusted root),
 * signed its own image, and that image verified. They now come from the base commit, as policy
 * files do. Real signatures throughout: the loopback registry, two local Sigstore stacks (the
 * organisation's and the attacker's) and the project's own sign mode.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { resolveConfig, type Config, type RawOptions } from '../../src/config/index.js'
import { createImageVerifier } from '../../src/engine/compose.js'
import { createPolicyRun } from '../../src/engine/policy-run.js'
import { runSign } from '../../src/engine/sign-run.js'
import { memoryLogger, silentLogger } from '../../src/logger.js'
import { createRegistryClient, type RegistryClient } from '../../src/registry/index.js'
import { pushTestImage, startRegistry, type StartedRegistry } from '../support/registry-server.js'
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore-stack.js'
import { startTufRepo, type TufRepo } from '../trust/tuf-repo.js'
import { tempDir } from './support.js'

const RETRY = { retries: 2, minTimeout: 5, maxTimeout: 10 }

let registry: StartedRegistry
let client: RegistryClient
let org: SigstoreStack
let attacker: SigstoreStack
let tmp: string

beforeAll(async () => {
  registry = await startRegistry({ auth: 'none' })
  client = createRegistryClient({ logger: silentLogger, insecureRegistries: [registry.host] })
  ;[org, attacker] = await Promise.all([startSigstoreStack(), startSigstoreStack()])
  tmp = await tempDir('pr-trusted-')
}, 60_000)

afterAll(async () => {
  client?.close()
  await Promise.all([registry?.stop(), org?.stop(), attacker?.stop()])
})

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-C', cwd, '-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { encoding: 'utf8' }).trim()
}

async function put(root: string, files: Record<string, string>): Promise<void> {
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true })
    await writeFile(path.join(root, file), text)
  }
}

/** A checkout whose base commit holds `base` and whose pull request commit writes `pr` on top, with the event payload. */
async function pullRequest(base: Record<string, string>, pr: Record<string, string>, payload = true): Promise<{ workspace: string; env: NodeJS.ProcessEnv }> {
  const workspace = await tempDir('pr-trusted-ws-')
  git(workspace, 'init', '-q', '-b', 'main')
  await put(workspace, { 'README.md': 'app\n', ...base })
  git(workspace, 'add', '-A')
  git(workspace, 'commit', '-qm', 'base')
  const baseSha = git(workspace, 'rev-parse', 'HEAD')
  git(workspace, 'checkout', '-qb', 'pr')
  await put(workspace, pr)
  git(workspace, 'add', '-A')
  git(workspace, 'commit', '-q', '--allow-empty', '-m', 'pull request')
  const event = path.join(await tempDir('pr-trusted-event-'), 'event.json')
  const pull = { number: 7, base: { sha: baseSha, repo: { full_name: 'acme/app' } }, head: { sha: git(workspace, 'rev-parse', 'HEAD'), repo: { full_name: 'acme/app' } } }
  await writeFile(event, JSON.stringify(payload ? { number: 7, pull_request: pull } : { number: 7 }))
  return { workspace, env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: 'acme/app', GITHUB_WORKSPACE: workspace, RUNNER_TEMP: tmp } }
}

const configFor = (raw: RawOptions, env: NodeJS.ProcessEnv = {}): Config =>
  resolveConfig({ 'insecure-registries': registry.host, upload: 'false', 'results-file': path.join(tmp, `${Math.random().toString(36).slice(2)}.ndjson`), ...raw }, env)

const keyPair = () => generateKeyPairSync('ec', { namedCurve: 'P-256', publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } })

/** An image signed with a private key (no log), by the project's own sign mode. */
async function signedWithKey(repository: string, privateKey: string): Promise<{ name: string; digest: string }> {
  const img = await pushTestImage(client, registry.host, repository, null, repository)
  const keyFile = path.join(await tempDir('pr-trusted-key-'), 'cosign.key')
  await writeFile(keyFile, privateKey)
  const name = `${registry.host}/${repository}`
  const outcome = await runSign(configFor({ mode: 'sign', images: `${name}@${img.digest}`, key: keyFile, 'tlog-upload': 'false' }), silentLogger, { client, env: {}, retry: RETRY })
  expect(outcome.ok).toBe(true)
  return { name, digest: img.digest }
}

/** An image signed keyless by a stack (its Fulcio, Rekor and TSA), with the identity its token carries. */
async function signedBy(stack: SigstoreStack, repository: string): Promise<{ name: string; digest: string; subject: string; issuer: string }> {
  const img = await pushTestImage(client, registry.host, repository, null, repository)
  const name = `${registry.host}/${repository}`
  const raw = { mode: 'sign', images: `${name}@${img.digest}`, 'fulcio-url': stack.fulcioUrl, 'rekor-url': stack.rekorUrl, 'tsa-url': stack.tsaUrl, 'trusted-root': stack.trustedRootPath }
  const outcome = await runSign(configFor(raw), silentLogger, { client, env: stack.env(), retry: RETRY })
  expect(outcome.ok).toBe(true)
  const identity = outcome.signatures[0].identity
  return { name, digest: img.digest, subject: identity.subject, issuer: identity.issuer ?? '' }
}

/** The organisation's trusted root with the attacker's CA, log and TSA added: what the pull request commits. */
function withAttacker(root: Record<string, unknown>): string {
  const merged = { ...root } as Record<string, unknown[]>
  for (const field of ['certificateAuthorities', 'tlogs', 'ctlogs', 'timestampAuthorities']) merged[field] = [...(merged[field] ?? []), ...((attacker.trustedRoot[field] as unknown[] | undefined) ?? [])]
  return JSON.stringify(merged)
}

const statusOf = async (config: Config, image: { name: string; digest: string }, logger = memoryLogger()) => {
  const verifier = await createImageVerifier(config, logger, client)
  return (await verifier.verify({ name: image.name, digest: image.digest, tags: [], refs: [] })).status
}

async function codeOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p
  } catch (e) {
    return (e as { code?: string }).code
  }
  return undefined
}

const warningsOf = (logger: ReturnType<typeof memoryLogger>): string[] => logger.lines.filter(l => l.level === 'warning').map(l => l.message)

describe('the key input on a pull request event', () => {
  const orgKey = keyPair()
  const evilKey = keyPair()

  describe('when the pull request replaces the key file in the workspace', () => {
    it('verifies with the base commit key: the pull request signed image is not verified, the organisation signed one is', async () => {
      const [ours, theirs] = [await signedWithKey('pr-key/ours', orgKey.privateKey), await signedWithKey('pr-key/theirs', evilKey.privateKey)]
      const { workspace, env } = await pullRequest({ 'keys/cosign.pub': orgKey.publicKey }, { 'keys/cosign.pub': evilKey.publicKey })
      const config = configFor({ mode: 'verify', key: path.join(workspace, 'keys/cosign.pub'), 'insecure-ignore-tlog': 'true', offline: 'true' }, env)
      const logger = memoryLogger()
      expect(await statusOf(config, theirs, logger)).not.toBe('verified')
      expect(warningsOf(logger).filter(w => w.includes('keys/cosign.pub') && w.includes('changed by this pull request'))).toHaveLength(1)
      expect(await statusOf(config, ours)).toBe('verified')
      // The same checkout on a push event reads the working tree, as before.
      const push = configFor({ mode: 'verify', key: path.join(workspace, 'keys/cosign.pub'), 'insecure-ignore-tlog': 'true', offline: 'true' }, { GITHUB_WORKSPACE: workspace })
      expect(await statusOf(push, theirs)).toBe('verified')
    })
  })

  describe('when the key is named relative to the working directory, or through a link from outside the workspace', () => {
    it('still reads the base commit key', async () => {
      const theirs = await signedWithKey('pr-key/relative', evilKey.privateKey)
      const { workspace, env } = await pullRequest({ 'keys/cosign.pub': orgKey.publicKey }, { 'keys/cosign.pub': evilKey.publicKey })
      const link = path.join(await tempDir('pr-trusted-link-'), 'cosign.pub')
      await symlink(path.join(workspace, 'keys/cosign.pub'), link)
      const cwd = process.cwd()
      process.chdir(workspace)
      try {
        for (const key of ['keys/cosign.pub', link]) expect(await statusOf(configFor({ mode: 'verify', key, 'insecure-ignore-tlog': 'true', offline: 'true' }, env), theirs)).not.toBe('verified')
      } finally {
        process.chdir(cwd)
      }
    })
  })

  describe('when the pull request adds the key file the input names', () => {
    it('refuses it with INPUT_INVALID and a warning naming the file', async () => {
      const { workspace, env } = await pullRequest({}, { 'keys/new.pub': evilKey.publicKey })
      const logger = memoryLogger()
      const config = configFor({ mode: 'verify', key: path.join(workspace, 'keys/new.pub'), 'insecure-ignore-tlog': 'true', offline: 'true' }, env)
      expect(await codeOf(createImageVerifier(config, logger, client))).toBe('INPUT_INVALID')
      expect(warningsOf(logger).filter(w => w.includes('keys/new.pub') && w.includes('added by this pull request'))).toHaveLength(1)
    })
  })

  describe('when the key path is a symbolic link in the base commit, or a value that names no file (a secret)', () => {
    it('refuses both with INPUT_INVALID, never repeating the value', async () => {
      const secret = Buffer.from(orgKey.privateKey).toString('base64').slice(0, 120)
      const { workspace, env } = await pullRequest({ 'keys/real.pub': orgKey.publicKey }, {})
      await symlink('real.pub', path.join(workspace, 'keys/cosign.pub'))
      git(workspace, 'add', '-A')
      git(workspace, 'commit', '-qm', 'link')
      const payload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH ?? '', 'utf8')) as { pull_request: { base: { sha: string } } }
      payload.pull_request.base.sha = git(workspace, 'rev-parse', 'HEAD')
      await writeFile(env.GITHUB_EVENT_PATH ?? '', JSON.stringify(payload))
      const cwd = process.cwd()
      process.chdir(workspace)
      try {
        for (const key of [path.join(workspace, 'keys/cosign.pub'), secret]) {
          const logger = memoryLogger()
          const error = await createImageVerifier(configFor({ mode: 'verify', key, 'insecure-ignore-tlog': 'true', offline: 'true' }, env), logger, client).then(
            () => undefined,
            (e: unknown) => e as Error & { code: string }
          )
          expect(error).toMatchObject({ code: 'INPUT_INVALID' })
          expect(JSON.stringify([error?.message, logger.lines])).not.toContain(secret.slice(0, 40))
        }
      } finally {
        process.chdir(cwd)
      }
    })
  })

  describe('when the key is a file outside the workspace (written from a secret) or inline PEM', () => {
    it('uses it as given', async () => {
      const theirs = await signedWithKey('pr-key/outside', evilKey.privateKey)
      const { env } = await pullRequest({}, {})
      const outside = path.join(await tempDir('pr-trusted-runner-temp-'), 'cosign.pub')
      await writeFile(outside, evilKey.publicKey)
      for (const key of [outside, evilKey.publicKey]) expect(await statusOf(configFor({ mode: 'verify', key, 'insecure-ignore-tlog': 'true', offline: 'true' }, env), theirs)).toBe('verified')
    })
  })

  describe('when the base commit cannot be read', () => {
    it('fails closed with POLICY_BASE_UNAVAILABLE', async () => {
      const { workspace, env } = await pullRequest({ 'keys/cosign.pub': orgKey.publicKey }, {}, false)
      const config = configFor({ mode: 'verify', key: path.join(workspace, 'keys/cosign.pub'), 'insecure-ignore-tlog': 'true', offline: 'true' }, env)
      expect(await codeOf(createImageVerifier(config, memoryLogger(), client))).toBe('POLICY_BASE_UNAVAILABLE')
    })
  })
})

describe('the trusted-root input on a pull request event', () => {
  describe('when the pull request adds its own CA to the trusted root in the workspace', () => {
    it('verifies with the base commit root: the image the attacker stack signed is not verified, the organisation signed one is', async () => {
      const [ours, theirs] = [await signedBy(org, 'pr-root/ours'), await signedBy(attacker, 'pr-root/theirs')]
      expect(theirs.subject).toBe(ours.subject)
      const { workspace, env } = await pullRequest({ 'sigstore/trusted_root.json': JSON.stringify(org.trustedRoot) }, { 'sigstore/trusted_root.json': withAttacker(org.trustedRoot) })
      const raw = { mode: 'verify', 'trusted-root': path.join(workspace, 'sigstore/trusted_root.json'), 'certificate-identity': ours.subject, 'certificate-oidc-issuer': ours.issuer }
      const logger = memoryLogger()
      expect(await statusOf(configFor(raw, env), theirs, logger)).not.toBe('verified')
      expect(warningsOf(logger).filter(w => w.includes('sigstore/trusted_root.json') && w.includes('changed by this pull request'))).toHaveLength(1)
      expect(await statusOf(configFor(raw, env), ours)).toBe('verified')
      expect(await statusOf(configFor(raw, { GITHUB_WORKSPACE: workspace }), theirs)).toBe('verified')
    })
  })

  describe('when a keyless authority of the base commit policy has no trustedRoot of its own', () => {
    it('falls back to the base commit root, not the pull request one', async () => {
      const [ours, theirs] = [await signedBy(org, 'pr-policy/ours'), await signedBy(attacker, 'pr-policy/theirs')]
      const policy = `apiVersion: cosign.fremforge.dev/v1alpha1\nkind: ImagePolicy\nmetadata: {name: org}\nspec:\n  images: [{glob: "**"}]\n  authorities:\n  - name: release\n    keyless:\n      identities: [{issuer: "${ours.issuer}", subject: "${ours.subject}"}]\n`
      const { workspace, env } = await pullRequest({ 'deploy/policy.yaml': policy, 'sigstore/trusted_root.json': JSON.stringify(org.trustedRoot) }, { 'sigstore/trusted_root.json': withAttacker(org.trustedRoot) })
      const config = configFor({ mode: 'verify', policy: 'deploy/policy.yaml', 'trusted-root': path.join(workspace, 'sigstore/trusted_root.json') }, env)
      const run = await createPolicyRun(config, memoryLogger(), env)
      const [image] = run.policy.set.policies
      const check = (target: { name: string; digest: string }) => run.policy.check(target, image.authorities[0], image)
      try {
        expect((await check(theirs)).status).not.toBe('verified')
        expect((await check(ours)).status).toBe('verified')
      } finally {
        run.client.close()
      }
    })
  })

  describe('when the pull request adds the trusted root the input names', () => {
    it('refuses it with TRUST_ROOT_NOT_FOUND', async () => {
      const { workspace, env } = await pullRequest({}, { 'sigstore/trusted_root.json': JSON.stringify(attacker.trustedRoot) })
      const config = configFor({ mode: 'verify', 'trusted-root': path.join(workspace, 'sigstore/trusted_root.json') }, env)
      expect(await codeOf(createImageVerifier(config, memoryLogger(), client))).toBe('TRUST_ROOT_NOT_FOUND')
    })
  })
})

describe('the tuf-root input on a pull request event', () => {
  let mirror: TufRepo
  let other: TufRepo
  beforeAll(async () => {
    const rootJson = await readFile(org.trustedRootPath, 'utf8')
    ;[mirror, other] = await Promise.all([startTufRepo(rootJson), startTufRepo(rootJson)])
  })
  afterAll(async () => Promise.all([mirror?.stop(), other?.stop()]))

  describe('when the pull request replaces the initial root.json in the workspace', () => {
    it('starts TUF from the base commit root.json', async () => {
      const ours = await signedBy(org, 'pr-tuf/ours')
      const { workspace, env } = await pullRequest({ 'tuf/root.json': mirror.rootJson }, { 'tuf/root.json': other.rootJson })
      const raw = { mode: 'verify', 'tuf-mirror': mirror.url, 'tuf-root': path.join(workspace, 'tuf/root.json'), 'certificate-identity': ours.subject, 'certificate-oidc-issuer': ours.issuer }
      const logger = memoryLogger()
      expect(await statusOf(configFor(raw, { ...env, RUNNER_TOOL_CACHE: await tempDir('pr-tuf-cache-') }), ours, logger)).toBe('verified')
      expect(warningsOf(logger).filter(w => w.includes('tuf/root.json') && w.includes('changed by this pull request'))).toHaveLength(1)
      // The pull request's root.json does not sign the mirror's metadata: the working tree's would fail.
      expect(await codeOf(statusOf(configFor(raw, { GITHUB_WORKSPACE: workspace, RUNNER_TOOL_CACHE: await tempDir('pr-tuf-cache-') }), ours))).toBe('TRUST_ROOT_UNAVAILABLE')
    })
  })
})

describe('sign-and-verify on a pull request event', () => {
  it('proves what it signed against the base commit trusted root, not the pull request one', async () => {
    const img = await pushTestImage(client, registry.host, 'pr-sign/app', null, 'pr-sign')
    const { workspace, env } = await pullRequest({ 'sigstore/trusted_root.json': JSON.stringify(org.trustedRoot) }, { 'sigstore/trusted_root.json': JSON.stringify(attacker.trustedRoot) })
    const raw = { mode: 'sign-and-verify', images: `${registry.host}/pr-sign/app@${img.digest}`, 'fulcio-url': org.fulcioUrl, 'rekor-url': org.rekorUrl, 'tsa-url': org.tsaUrl, 'trusted-root': path.join(workspace, 'sigstore/trusted_root.json') }
    const outcome = await runSign(configFor(raw, env), memoryLogger(), { client, env: { ...env, ...org.env() }, retry: RETRY })
    expect(outcome.records.map(r => r.status)).toEqual(['verified'])
  })
})
