import { mkdtemp, realpath, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseList } from '../config/index.js'
import { AppError } from '../errors.js'
import type { Logger } from '../logger.js'
import { TrustError } from '../trust/index.js'
import { isPullRequestEvent, policyOriginFor, type PolicyOrigin } from './policy-base.js'
import { readKeyInput } from './read-key.js'

/** The flat inputs that say whom to trust, and may name a file. */
export type TrustedInput = 'key' | 'trustedRoot' | 'tufRoot'

/** What resolution needs of a configuration (a Config, or a verifier's trust settings). */
export interface TrustedInputSource {
  env: NodeJS.ProcessEnv
  workspace: string
  timeoutMs: number
  key?: string
  trustedRoot?: string
  tufRoot?: string
}

const OPTION: Record<TrustedInput, string> = { key: 'key', trustedRoot: 'trusted-root', tufRoot: 'tuf-root' }
const FILE_NAME: Record<TrustedInput, string> = { key: 'key.pem', trustedRoot: 'trusted_root.json', tufRoot: 'root.json' }
/** As read-key.ts bounds keys; a trusted_root.json or TUF root.json is tens of KiB. */
const MAX_TRUSTED_FILE_BYTES = 1024 * 1024
const REGULAR = new Set(['100644', '100755'])

interface Resolution {
  source: TrustedInputSource
  origin?: Promise<PolicyOrigin>
  dir?: Promise<string>
  values: Map<TrustedInput, Promise<string | undefined>>
}

/** One resolution per run's configuration (and the copies it hands out): one git listing, one warning per file. */
const resolutions = new WeakMap<object, Resolution>()

function inside(root: string, target: string): string | undefined {
  const rel = path.relative(root, target)
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : undefined
}

/** The path inside the workspace a value names (as the readers open it: relative to the cwd), or undefined. */
async function workspacePath(value: string, workspace: string): Promise<string | undefined> {
  const absolute = path.resolve(value)
  const lexical = inside(path.resolve(workspace), absolute)
  if (lexical !== undefined) return lexical
  // A path outside that leads inside through a symbolic link is the workspace's file all the same.
  const real = await realpath(absolute).catch(() => undefined)
  const root = await realpath(workspace).catch(() => undefined)
  return real && root ? inside(root, real) : undefined
}

/**
 * Security review finding B: on pull-request events a `key`, `trusted-root` or `tuf-root` that
 * names a file inside the workspace is read from the pull request's base commit, like policy
 * files (policy-base.ts), never from its working tree: a pull request that replaces the key or
 * adds its own CA must not verify its own image. The base's bytes go to a private file outside
 * the workspace; the returned copy names it. Paths outside the workspace (a key an earlier step
 * wrote to RUNNER_TEMP from a secret) and inline PEM are used as given. Outside pull-request events
 * the source is returned as it is.
 */
export async function resolveTrustedInputs<T extends TrustedInputSource>(source: T, logger: Logger, inputs: readonly TrustedInput[] = ['key', 'trustedRoot', 'tufRoot']): Promise<T> {
  if (!isPullRequestEvent(source.env)) return source
  let run = resolutions.get(source)
  if (!run) resolutions.set(source, (run = { source, values: new Map() }))
  const resolution = run
  const changes: Partial<Record<TrustedInput, string | undefined>> = {}
  for (const input of inputs) {
    if (source[input] === undefined) continue
    let value = resolution.values.get(input)
    if (!value) resolution.values.set(input, (value = resolveInput(resolution, input, logger)))
    changes[input] = await value
  }
  const copy = { ...source, ...changes } as T
  resolutions.set(copy, resolution)
  return copy
}

async function resolveInput(run: Resolution, input: TrustedInput, logger: Logger): Promise<string | undefined> {
  const value = run.source[input]
  if (value === undefined) return undefined
  if (input !== 'key') return resolveFile(run, input, value, 0, logger)
  if (value.includes('-----BEGIN')) return value
  const items = parseList(value)
  return (await Promise.all(items.map((item, i) => resolveFile(run, input, item, i, logger)))).join('\n')
}

async function resolveFile(run: Resolution, input: TrustedInput, value: string, index: number, logger: Logger): Promise<string> {
  const { workspace, env, timeoutMs } = run.source
  const rel = await workspacePath(value, workspace)
  if (rel === undefined) return value
  const option = OPTION[input]
  run.origin ??= policyOriginFor(env, workspace, timeoutMs)
  const origin = await run.origin
  if (origin.kind !== 'base') {
    const reason = origin.kind === 'unavailable' ? origin.reason : 'no base commit'
    throw new AppError('POLICY_BASE_UNAVAILABLE', `option '${option}': names a file in the workspace, which a pull request reads from its base commit, and that commit cannot be read: ${reason}; check out with fetch-depth: 0 (actions/checkout), or give the value inline or as a path outside the workspace`, { details: { option } })
  }
  const short = origin.tree.commit.slice(0, 12)
  const worktree = await readKeyInput(path.resolve(value), timeoutMs).catch(() => undefined)
  // A key value that exists in neither tree may be the secret itself (base64): never name it.
  const named = (): string => (input === 'key' && worktree === undefined ? 'the file' : `'${rel}'`)
  const missing = (why: string): AppError => {
    const message = `option '${option}': ${named()} ${why} in the pull request's base commit ${short}; on a pull request it is read from there, never from its working tree`
    return input === 'key' ? new AppError('INPUT_INVALID', message, { details: { option } }) : new TrustError('TRUST_ROOT_NOT_FOUND', message, { details: { option } })
  }
  const entry = origin.tree.entries.get(rel)
  if (!entry || !REGULAR.has(entry.mode)) {
    if (worktree !== undefined) logger.warning(`${option}: ${rel} added by this pull request is not trusted; the file is ignored`, { file: rel, line: 1 })
    throw missing(entry ? 'is not a regular file (a symbolic link or a submodule)' : 'is not')
  }
  if (entry.size > MAX_TRUSTED_FILE_BYTES) throw missing(`is larger than ${MAX_TRUSTED_FILE_BYTES} bytes`)
  const text = await origin.tree.read(entry, MAX_TRUSTED_FILE_BYTES)
  if (worktree !== text) logger.warning(`${option}: ${rel} changed by this pull request is not trusted; the base branch's version (${short}) is used`, { file: rel, line: 1 })
  run.dir ??= mkdtemp(path.join(env.RUNNER_TEMP || os.tmpdir(), 'fremforge-trusted-'))
  const file = path.join(await run.dir, `${index}-${FILE_NAME[input]}`)
  await writeFile(file, text, { mode: 0o600 })
  return file
}
