import os from 'node:os'
import path from 'node:path'
import { createVerdictCache, directorySecret, directoryStore, policyFingerprint, type VerdictCache } from '../cache/index.js'
import type { Config } from '../config/index.js'
import { messageOf } from '../errors.js'
import type { Logger } from '../logger.js'
import type { Policy } from '../policy/index.js'
import { withVerdictCache } from './cached-verifier.js'
import type { ImageVerifier } from './verify-run.js'

/** The CLI's default: the user's cache directory (XDG_CACHE_HOME, else ~/.cache). */
export function defaultCacheDir(env: NodeJS.ProcessEnv, homedir = os.homedir()): string {
  return path.join(env.XDG_CACHE_HOME || path.join(homedir, '.cache'), 'fremforge-cosign', 'verdicts')
}

export interface CacheSetup {
  dir: string
  /** Whose entries these are (GITHUB_REPOSITORY on a runner); part of the HMAC key. */
  repository: string
  /** HMAC secret; default: `cache-secret`, else a random one kept in `dir` (see directorySecret). */
  secret?: Buffer
  logger: Logger
}

export interface CachedVerifier {
  verifier: ImageVerifier
  cache?: VerdictCache
}

/** The HMAC secret of the cache, or undefined (with a warning) when the directory cannot hold one. */
export async function cacheSecret(config: Config, setup: CacheSetup): Promise<Buffer | undefined> {
  try {
    return setup.secret ?? (config.cacheSecret !== undefined ? Buffer.from(config.cacheSecret) : await directorySecret(setup.dir))
  } catch (e) {
    setup.logger.warning(`verification cache off: cannot use ${setup.dir}: ${messageOf(e)}`)
    return undefined
  }
}

/**
 * Wraps the run's verifier in the verification cache, unless `cache-ttl` is 0. Today one policy
 * governs every image; with a policy file see policy-cache.ts (the rules for each image).
 */
export async function withCacheFromConfig(
  verifier: ImageVerifier & { policy: Policy; trustFingerprint: string },
  config: Config,
  setup: CacheSetup
): Promise<CachedVerifier> {
  if (config.cacheTtlMs <= 0) return { verifier }
  const secret = await cacheSecret(config, setup)
  if (!secret) return { verifier }
  const fingerprint = policyFingerprint(verifier.policy)
  const cache = createVerdictCache({
    store: directoryStore(setup.dir),
    secret,
    repository: setup.repository,
    ttlMs: config.cacheTtlMs,
    trustFingerprint: verifier.trustFingerprint,
    policyFingerprintOf: () => fingerprint,
    onReject: (t, reason) => setup.logger.debug(`verification cache: ignored the entry for ${t.name}@${t.digest} (${reason})`)
  })
  const onError = (e: unknown): void => setup.logger.debug(`verification cache: could not store a verdict: ${messageOf(e)}`)
  return { verifier: withVerdictCache(verifier, cache, onError), cache }
}
