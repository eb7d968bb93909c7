import * as cache from '@actions/cache'
import type { Logger } from './logger.js'

/**
 * The runner's cache service, through @actions/cache: on github.com it speaks cache service v2
 * (ACTIONS_RESULTS_URL, selected by the runner's ACTIONS_CACHE_SERVICE_V2); on GHES and on
 * Forgejo/Gitea runners (any other server URL) it speaks v1 (ACTIONS_CACHE_URL), which the
 * Forgejo runner's built-in cache server implements. Without either, or on any failure, the run
 * goes on uncached: a cache is an optimisation, never a reason to fail.
 */
export interface ActionsCacheSync {
  /** True when the runner offers a cache service. */
  available: boolean
  /** Restores the newest entry saved under `prefix` into `dir`; returns whether one was found. */
  restore(): Promise<boolean>
  /** Saves `dir` under a new key (Actions cache entries are immutable). */
  save(): Promise<void>
}

export interface ActionsCacheOptions {
  dir: string
  /** Scopes entries: repository scoping is the runner's; we add the policy and trust fingerprints. */
  prefix: string
  /** Unique per run attempt, appended to `prefix` when saving. */
  runId: string
  logger: Logger
  env?: NodeJS.ProcessEnv
}

export function actionsCacheSync(o: ActionsCacheOptions): ActionsCacheSync {
  let available = false
  try {
    available = cache.isFeatureAvailable()
  } catch {
    available = false
  }
  const quiet = (what: string) => (e: unknown) => {
    o.logger.debug(`verification cache: ${what} skipped: ${e instanceof Error ? e.message : String(e)}`)
    return undefined
  }
  return {
    available,
    async restore() {
      if (!available) return false
      const hit = await cache.restoreCache([o.dir], `${o.prefix}${o.runId}`, [o.prefix]).catch(quiet('restore'))
      if (hit) o.logger.debug(`verification cache: restored ${hit}`)
      return hit !== undefined
    },
    async save() {
      if (!available) return
      await cache.saveCache([o.dir], `${o.prefix}${o.runId}`).catch(quiet('save'))
    }
  }
}
