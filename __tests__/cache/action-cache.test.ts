/**
 * The action's verdict cache travels between runs through the runner's cache service: run 1
 * verifies and saves, run 2 starts with an empty RUNNER_TEMP, restores, and asks the registry
 * nothing about the verified digest. The service is a v1 (Forgejo runner / GHES) one on loopback.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { createActionPolicyCache, createActionVerifier } from '../../src/action-verifier.js'
import { resolveConfig } from '../../src/config/index.js'
import { toSimpleSigningPayload } from '../../src/cosign/index.js'
import { runVerify } from '../../src/engine/index.js'
import { createPolicyRun } from '../../src/engine/policy-run.js'
import { silentLogger } from '../../src/logger.js'
import { createRegistryClient, type RegistryClient } from '../../src/registry/index.js'
import { startActionsCacheServer, type ActionsCacheServer } from '../support/actions-cache-server.js'
import { legacyLayerFrom, pushLegacySignatures, signMessage } from '../support/cosign-signing.js'
import { startLatencyProxy, type LatencyProxy } from '../support/latency-proxy.js'
import { pushTestImage, startRegistry, type StartedRegistry, type TestImage } from '../support/registry-server.js'
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore-stack.js'
import { startTufRepo } from '../trust/tuf-repo.js'

let registry: StartedRegistry
let stack: SigstoreStack
let proxy: LatencyProxy
let cacheServer: ActionsCacheServer
let client: RegistryClient
let signed: TestImage
const savedEnv = { ...process.env }

beforeAll(async () => {
  ;[registry, stack, cacheServer] = await Promise.all([startRegistry({ auth: 'none' }), startSigstoreStack(), startActionsCacheServer()])
  proxy = await startLatencyProxy({ target: registry.url })
  client = createRegistryClient({ logger: silentLogger, insecureRegistries: [proxy.host] })
  signed = await pushTestImage(client, proxy.host, 'action/signed', 'v1', 'signed')
  const payload = toSimpleSigningPayload({ dockerReference: `${proxy.host}/action/signed`, manifestDigest: signed.digest })
  await pushLegacySignatures(client, signed.repo, signed.digest, [legacyLayerFrom(payload, await signMessage(stack, payload))])
}, 120_000)

afterAll(async () => {
  process.env = savedEnv
  client?.close()
  await proxy?.stop()
  await Promise.all([registry?.stop(), stack?.stop(), cacheServer?.stop()])
})

let temp: string

/** Each run starts on an empty RUNNER_TEMP at the same path, as on a fresh hosted runner. */
async function actionRun(runId: string, trust: Record<string, string> = { 'trusted-root': stack.trustedRootPath }, secret: string | null = 'repo-secret', policy?: string) {
  temp ??= await mkdtemp(path.join(os.tmpdir(), 'action-cache-run-'))
  await rm(temp, { recursive: true, force: true })
  await mkdir(temp)
  const env: NodeJS.ProcessEnv = {
    ...savedEnv,
    // A Forgejo runner: not github.com, so @actions/cache speaks v1 to ACTIONS_CACHE_URL.
    GITHUB_SERVER_URL: 'https://codeberg.org',
    FORGEJO_ACTIONS: 'true',
    ACTIONS_CACHE_URL: cacheServer.url,
    ACTIONS_RUNTIME_TOKEN: 'runtime-token',
    ACTIONS_CACHE_SERVICE_V2: '',
    GITHUB_REPOSITORY: 'octo-org/shop',
    GITHUB_RUN_ID: runId,
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKSPACE: temp,
    RUNNER_TEMP: temp,
    RUNNER_TOOL_CACHE: ''
  }
  process.env = env
  if (policy) await writeFile(path.join(temp, 'policy.yaml'), policy)
  const config = resolveConfig(
    { mode: 'verify', images: `${proxy.host}/action/signed@${signed.digest}`, ...trust, 'insecure-registries': proxy.host, upload: 'false', 'cache-secret': secret ?? undefined, ...(policy ? { policy: 'policy.yaml' } : {}) },
    env
  )
  proxy.reset()
  if (policy) {
    const policyRun = await createPolicyRun(config, silentLogger)
    const cached = await createActionPolicyCache(policyRun.policy, config, silentLogger, env)
    const outcome = await runVerify(config, silentLogger, { verifier: policyRun.verifier, env, policy: cached.policy })
    await cached.finish()
    policyRun.client.close()
    return { records: outcome.records, requests: proxy.stats().requests }
  }
  const { verifier, finish } = await createActionVerifier(config, silentLogger, env)
  const outcome = await runVerify(config, silentLogger, { verifier, env })
  await finish()
  return { records: outcome.records, requests: proxy.stats().requests }
}

describe('createActionVerifier', () => {
  describe('when the runner offers a v1 cache service', () => {
    it('saves verified verdicts and answers the next run from them with zero registry requests', async () => {
      const first = await actionRun('101')
      expect(first.records[0]).toMatchObject({ status: 'verified', cached: false })
      expect(first.requests).toBeGreaterThan(0)
      expect(cacheServer.keys()).toEqual([expect.stringMatching(/^fremforge-cosign-verdicts-v1-[0-9a-f]{16}-[0-9a-f]{16}-101-1$/)])

      const second = await actionRun('102')
      expect(second.records[0]).toMatchObject({ status: 'verified', cached: true })
      expect(second.requests).toBe(0)
      // Nothing new was verified, so nothing new is saved.
      expect(cacheServer.keys()).toHaveLength(1)
    }, 120_000)
  })

  describe('with a policy file', () => {
    const policy = (subject: string) => `apiVersion: cosign.fremforge.dev/v1alpha1
kind: ImagePolicy
metadata: {name: octo}
spec:
  images: [{glob: "**"}]
  authorities:
    - keyless:
        identities: [{issuer: https://token.actions.githubusercontent.com, subjectRegExp: '${subject}'}]
`
    it('saves verified verdicts keyed by the rules of each image and answers the next run with zero registry requests', async () => {
      const first = await actionRun('501', undefined, 'repo-secret', policy('^https://github\\.com/octo-org/'))
      expect(first.records[0]).toMatchObject({ status: 'verified', cached: false, policies: [{ name: 'octo' }] })
      expect(first.requests).toBeGreaterThan(0)
      expect(cacheServer.keys().filter(k => k.startsWith('fremforge-cosign-verdicts-v1-policy-'))).toEqual([expect.stringMatching(/-501-1$/)])

      const second = await actionRun('502', undefined, 'repo-secret', policy('^https://github\\.com/octo-org/'))
      expect(second.records[0]).toMatchObject({ status: 'verified', cached: true, policies: [{ name: 'octo' }] })
      expect(second.requests).toBe(0)

      // The policy changed: the entry no longer applies, and the image is decided afresh.
      const changed = await actionRun('503', undefined, 'repo-secret', policy('^https://github\\.com/someone-else/'))
      expect(changed.records[0]).toMatchObject({ status: 'untrusted-signer', cached: false })
      expect(changed.requests).toBeGreaterThan(0)
    }, 120_000)
  })

  describe('when entries were saved by a job without the secret', () => {
    it('ignores them and verifies against the registry', async () => {
      // A pull request's build step can save to the same cache, under the same key prefix.
      await actionRun('301', undefined, 'attacker-guess')
      const victim = await actionRun('302')
      expect(victim.records[0]).toMatchObject({ status: 'verified', cached: false })
      expect(victim.requests).toBeGreaterThan(0)
    }, 120_000)
  })

  describe('when cache-secret is not set', () => {
    it('neither restores nor saves anything', async () => {
      const before = cacheServer.keys().length
      const requestsBefore = cacheServer.requests()
      const run = await actionRun('401', undefined, null)
      expect(run.records[0]).toMatchObject({ status: 'verified', cached: false })
      expect(cacheServer.keys()).toHaveLength(before)
      expect(cacheServer.requests()).toBe(requestsBefore)
    }, 120_000)
  })

  describe('when trust material comes from TUF', () => {
    it('caches the TUF metadata too, so the next run fetches nothing from the mirror', async () => {
      const repo = await startTufRepo(readFileSync(stack.trustedRootPath, 'utf8'))
      try {
        const rootFile = path.join(await mkdtemp(path.join(os.tmpdir(), 'tuf-root-')), 'root.json')
        await writeFile(rootFile, repo.rootJson)
        const trust = { 'tuf-mirror': repo.url, 'tuf-root': rootFile }
        const first = await actionRun('201', trust)
        expect(first.records[0]).toMatchObject({ status: 'verified' })
        const fetched = repo.requests.length
        expect(fetched).toBeGreaterThan(0)
        expect(cacheServer.keys().filter(k => k.startsWith('fremforge-cosign-tuf-v1-'))).toHaveLength(1)

        const second = await actionRun('202', trust)
        expect(second.records[0]).toMatchObject({ status: 'verified', cached: true })
        expect(repo.requests.length).toBe(fetched)

        // Metadata saved by a job without the secret is discarded: TUF starts from the initial root again.
        await actionRun('203', trust, 'attacker-guess')
        const afterAttacker = repo.requests.length
        expect(cacheServer.keys().filter(k => k.startsWith('fremforge-cosign-tuf-v1-')).at(-1)).toMatch(/-203-1$/)
        await actionRun('204', trust)
        expect(repo.requests.length).toBeGreaterThan(afterAttacker)
      } finally {
        await repo.stop()
      }
    }, 120_000)
  })
})
