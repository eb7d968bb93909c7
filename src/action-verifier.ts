import os from 'node:os'
import path from 'node:path'
import { actionsCacheSync } from './cache/actions-cache.js'
import { policyFingerprint } from './cache/index.js'
import type { Config } from './config/index.js'
import { createImageVerifier } from './engine/compose.js'
import { withCacheFromConfig } from './engine/cache-setup.js'
import type { ImageVerifier } from './engine/index.js'
import type { Logger } from './logger.js'

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
  const base = await createImageVerifier(config, logger)
  if (config.cacheTtlMs <= 0) return { verifier: base, finish: async () => undefined }
  const dir = path.join(env.RUNNER_TEMP || os.tmpdir(), 'fremforge-cosign-verdicts')
  const prefix = `fremforge-cosign-verdicts-v1-${policyFingerprint(base.policy).slice(0, 16)}-${base.trustFingerprint.slice(0, 16)}-`
  const sync = actionsCacheSync({ dir, prefix, runId: `${env.GITHUB_RUN_ID ?? Date.now()}-${env.GITHUB_RUN_ATTEMPT ?? 1}`, logger })
  await sync.restore()
  const { verifier, cache } = await withCacheFromConfig(base, config, { dir, repository: env.GITHUB_REPOSITORY || 'unknown', logger })
  return {
    verifier,
    async finish() {
      if (cache && cache.stats().stored > 0) await sync.save()
    }
  }
}
