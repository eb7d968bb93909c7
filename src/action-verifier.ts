import os from 'node:os'
import path from 'node:path'
import { actionsCacheSync } from './cache/actions-cache.js'
import { dirDigest, policyFingerprint, sha256Hex } from './cache/index.js'
import type { Config } from './config/index.js'
import { createImageVerifier } from './engine/compose.js'
import { withCacheFromConfig } from './engine/cache-setup.js'
import type { ImageVerifier } from './engine/index.js'
import type { Logger } from './logger.js'
import { defaultTufCachePath, PUBLIC_GOOD_MIRROR } from './trust/index.js'

export interface ActionVerifier {
  verifier: ImageVerifier
  /** Saves new cached verdicts to the runner's cache (no-op when nothing new or no cache service). */
  finish(): Promise<void>
}

/**
 * The action's verifier: the verdict cache lives in RUNNER_TEMP and travels between runs through
 * the runner's cache service, keyed by the policy and trust fingerprints (the service already
 * scopes entries by repository and branch).
 */
export async function createActionVerifier(config: Config, logger: Logger, env: NodeJS.ProcessEnv): Promise<ActionVerifier> {
  const runId = `${env.GITHUB_RUN_ID ?? Date.now()}-${env.GITHUB_RUN_ATTEMPT ?? 1}`
  const tuf = config.cacheTtlMs > 0 && !config.offline && !config.trustedRoot ? await restoreTufCache(config, logger, env, runId) : undefined
  const base = await createImageVerifier(config, logger)
  await tuf?.()
  if (config.cacheTtlMs <= 0) return { verifier: base, finish: async () => undefined }
  const dir = path.join(env.RUNNER_TEMP || os.tmpdir(), 'fremforge-cosign-verdicts')
  const prefix = `fremforge-cosign-verdicts-v1-${policyFingerprint(base.policy).slice(0, 16)}-${base.trustFingerprint.slice(0, 16)}-`
  const sync = actionsCacheSync({ dir, prefix, runId, logger })
  await sync.restore()
  const { verifier, cache } = await withCacheFromConfig(base, config, { dir, repository: env.GITHUB_REPOSITORY || 'unknown', logger })
  return {
    verifier,
    async finish() {
      if (cache && cache.stats().stored > 0) await sync.save()
    }
  }
}

/**
 * Hosted runners start empty, so the TUF metadata (and the trusted root it verifies) travels in
 * the runner's cache too. Restored metadata is verified by the TUF client from its root as
 * always; the cache only saves the downloads. Returns the step that saves a changed directory.
 */
async function restoreTufCache(config: Config, logger: Logger, env: NodeJS.ProcessEnv, runId: string): Promise<() => Promise<void>> {
  const dir = defaultTufCachePath(env, os.homedir())
  const mirror = config.tufMirror ?? PUBLIC_GOOD_MIRROR
  const sync = actionsCacheSync({ dir, prefix: `fremforge-cosign-tuf-v1-${sha256Hex(mirror).slice(0, 16)}-`, runId, logger })
  if (!sync.available) return async () => undefined
  await sync.restore()
  const before = await dirDigest(dir)
  return async () => {
    const after = await dirDigest(dir)
    if (after !== '' && after !== before) await sync.save()
  }
}
