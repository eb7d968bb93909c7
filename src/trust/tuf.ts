import { TrustedRoot } from '@sigstore/protobuf-specs'
import { initTUF, TUFError } from '@sigstore/tuf'
import { access } from 'node:fs/promises'
import path from 'node:path'
import { TrustError } from './errors.js'
import { trustedRootFromJSON } from './trusted-root.js'

const TRUSTED_ROOT_TARGET = 'trusted_root.json'

/**
 * Where TUF metadata is cached between runs: the runner's tool cache survives jobs on self-hosted
 * runners, RUNNER_TEMP at least the job; elsewhere the user cache directory.
 */
export function defaultTufCachePath(env: NodeJS.ProcessEnv, homedir: string): string {
  const base = env.RUNNER_TOOL_CACHE || env.RUNNER_TEMP || env.XDG_CACHE_HOME || path.join(homedir, '.cache')
  return path.join(base, 'fremforge-cosign', 'tuf')
}

export interface TufFetchOptions {
  mirrorURL: string
  /** Initial root.json of a private repository; the public-good one is seeded by @sigstore/tuf. */
  rootPath?: string
  cachePath: string
  timeoutMs?: number
  /** Retries per request. Default 2. */
  retries?: number
}

/**
 * The trusted root from a TUF repository. Cached metadata is used while its timestamp has not
 * expired (tuf-js forceCache), so a warm runner makes no request at all; otherwise the client
 * refreshes, verifying every signature from the cached or initial root.
 */
export async function fetchTrustedRoot(options: TufFetchOptions): Promise<TrustedRoot> {
  if (options.rootPath !== undefined) {
    try {
      await access(options.rootPath)
    } catch (cause) {
      throw new TrustError('TRUST_ROOT_NOT_FOUND', `expected a readable TUF root.json at ${options.rootPath}, found none`, {
        cause,
        details: { path: options.rootPath }
      })
    }
  }
  let text: string
  try {
    const client = await initTUF({
      mirrorURL: options.mirrorURL,
      rootPath: options.rootPath,
      cachePath: options.cachePath,
      forceCache: true,
      retry: { retries: options.retries ?? 2 },
      timeout: options.timeoutMs ?? 10_000
    })
    text = await client.getTarget(TRUSTED_ROOT_TARGET)
  } catch (cause) {
    const tufError = cause instanceof TUFError ? cause.code : cause instanceof Error ? cause.name : undefined
    const reason = cause instanceof Error ? cause.message : String(cause)
    throw new TrustError('TRUST_ROOT_UNAVAILABLE', `expected a verified trusted root from TUF mirror ${options.mirrorURL}, found an error: ${reason}`, {
      cause,
      details: { mirror: options.mirrorURL, tufError }
    })
  }
  return trustedRootFromJSON(text, `${TRUSTED_ROOT_TARGET} from TUF mirror ${options.mirrorURL}`)
}
