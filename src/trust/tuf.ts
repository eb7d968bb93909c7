import { TrustedRoot } from '@sigstore/protobuf-specs'
import { initTUF, TUFError } from '@sigstore/tuf'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { readUserFile, UserFileError } from '../user-file.js'
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
  const copy = options.rootPath === undefined ? undefined : await privateRootCopy(options.rootPath, options.timeoutMs ?? 10_000)
  try {
    return await fetchWithRoot(options, copy?.file)
  } finally {
    if (copy) await rm(copy.dir, { recursive: true, force: true })
  }
}

/** tuf-js refuses a root.json longer than this (DEFAULT_ROOT_MAX_LENGTH). */
const MAX_TUF_ROOT_BYTES = 512_000

/**
 * @sigstore/tuf copies `rootPath` with copyFileSync: a FIFO there would block the whole process
 * for ever. So the root is read by the bounded regular-file reader, and the client gets a private
 * copy of what was read.
 */
async function privateRootCopy(rootPath: string, timeoutMs: number): Promise<{ dir: string; file: string }> {
  let bytes: Buffer
  try {
    bytes = await readUserFile(rootPath, { option: 'tuf-root', maxBytes: MAX_TUF_ROOT_BYTES, timeoutMs })
  } catch (cause) {
    if (!(cause instanceof UserFileError) || cause.problem !== 'missing') throw cause
    throw new TrustError('TRUST_ROOT_NOT_FOUND', `expected a readable TUF root.json at ${rootPath}, found none`, { cause, details: { path: rootPath } })
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'fremforge-tuf-root-'))
  const file = path.join(dir, 'root.json')
  await writeFile(file, bytes, { mode: 0o600 })
  return { dir, file }
}

async function fetchWithRoot(options: TufFetchOptions, rootPath: string | undefined): Promise<TrustedRoot> {
  let text: string
  try {
    const client = await initTUF({
      mirrorURL: options.mirrorURL,
      rootPath,
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
