import os from 'node:os'
import path from 'node:path'
import { actionsCacheSync } from './action-cache.js'
import { dirDigest, keepSealedDir, policyFingerprint, repositoryKey, sealDir, sha256Hex } from './cache/index.js'
import type { Config } from './config/index.js'
import { createImageVerifier, withCacheFromConfig, withPolicyCache, type ImageVerifier, type PolicyEvaluation } from './engine/index.js'
import type { Logger } from './logger.js'
import type { AuthorityCheck, PolicySet } from './policy/index.js'
import { defaultTufCachePath, PUBLIC_GOOD_MIRROR } from './trust/index.js'

export interface ActionVerifier {
  verifier: ImageVerifier
  /** Saves new cached verdicts to the runner's cache (no-op when nothing new or no cache service). */
  finish(): Promise<void>
}

const NOTHING = async (): Promise<void> => undefined

/**
 * The action's verifier. Verdicts (RUNNER_TEMP) and TUF metadata travel between runs through the
 * runner's cache service, but only with `cache-secret`: any job of the repository, a pull
 * request's build step included, can write that cache (on Forgejo runners, often any job on the
 * runner), so an entry is trusted only under an HMAC keyed by a secret such jobs do not hold.
 */
export async function createActionVerifier(config: Config, logger: Logger, env: NodeJS.ProcessEnv): Promise<ActionVerifier> {
  const runId = `${env.GITHUB_RUN_ID ?? Date.now()}-${env.GITHUB_RUN_ATTEMPT ?? 1}`
  const secret = config.cacheTtlMs > 0 && config.cacheSecret !== undefined ? Buffer.from(config.cacheSecret) : undefined
  if (config.cacheTtlMs > 0 && secret === undefined) {
    logger.info('verification cache: off across runs; set cache-secret (a repository secret) to reuse verified verdicts and trust metadata')
  }
  const key = secret && repositoryKey(secret, env.GITHUB_REPOSITORY || 'unknown')
  const tuf = key && !config.offline && !config.trustedRoot ? await restoreTufCache(config, logger, env, runId, key) : NOTHING
  const base = await createImageVerifier(config, logger)
  await tuf()
  if (!secret) return { verifier: base, finish: NOTHING }
  const dir = path.join(env.RUNNER_TEMP || os.tmpdir(), 'fremforge-cosign-verdicts')
  const prefix = `fremforge-cosign-verdicts-v1-${policyFingerprint(base.policy).slice(0, 16)}-${base.trustFingerprint.slice(0, 16)}-`
  const sync = actionsCacheSync({ dir, prefix, runId, logger })
  await sync.restore()
  const { verifier, cache } = await withCacheFromConfig(base, config, { dir, repository: env.GITHUB_REPOSITORY || 'unknown', secret, logger })
  return {
    verifier,
    async finish() {
      if (cache && cache.stats().stored > 0) await sync.save()
    }
  }
}

/**
 * The verification cache with a policy file: the same conditions as createActionVerifier (only
 * with `cache-secret`), entries keyed per image by the rules that decide it (policy-cache.ts).
 */
export async function createActionPolicyCache(
  policy: { set: PolicySet; check: AuthorityCheck },
  config: Config,
  logger: Logger,
  env: NodeJS.ProcessEnv
): Promise<{ policy: PolicyEvaluation; finish(): Promise<void> }> {
  if (config.cacheTtlMs <= 0 || config.cacheSecret === undefined) {
    if (config.cacheTtlMs > 0) logger.info('verification cache: off across runs; set cache-secret (a repository secret) to reuse verified verdicts')
    return { policy, finish: NOTHING }
  }
  const runId = `${env.GITHUB_RUN_ID ?? Date.now()}-${env.GITHUB_RUN_ATTEMPT ?? 1}`
  const dir = path.join(env.RUNNER_TEMP || os.tmpdir(), 'fremforge-cosign-verdicts')
  const sync = actionsCacheSync({ dir, prefix: `fremforge-cosign-verdicts-v1-policy-${sha256Hex(config.policy.join('\n')).slice(0, 16)}-`, runId, logger })
  await sync.restore()
  const { policy: evaluation, cache } = await withPolicyCache(policy, config, { dir, repository: env.GITHUB_REPOSITORY || 'unknown', secret: Buffer.from(config.cacheSecret), logger })
  return {
    policy: evaluation,
    async finish() {
      if (cache && cache.stats().stored > 0) await sync.save()
    }
  }
}

/**
 * Hosted runners start empty, so the TUF metadata travels in the runner's cache too. The TUF
 * client trusts a cached root.json as its anchor, so a restored directory is kept only when its
 * seal holds; otherwise it is emptied and TUF starts from the initial root. Returns the step
 * that seals and saves a changed directory.
 */
async function restoreTufCache(config: Config, logger: Logger, env: NodeJS.ProcessEnv, runId: string, key: Buffer): Promise<() => Promise<void>> {
  const dir = defaultTufCachePath(env, os.homedir())
  const mirror = config.tufMirror ?? PUBLIC_GOOD_MIRROR
  const sync = actionsCacheSync({ dir, prefix: `fremforge-cosign-tuf-v1-${sha256Hex(mirror).slice(0, 16)}-`, runId, logger })
  if (!sync.available) return NOTHING
  const restored = await sync.restore()
  if (restored && !(await keepSealedDir(dir, key))) logger.warning('verification cache: the restored TUF metadata failed its integrity check and was discarded')
  const before = await dirDigest(dir)
  return async () => {
    const after = await dirDigest(dir)
    if (after === '' || after === before) return
    await sealDir(dir, key)
    await sync.save()
  }
}
