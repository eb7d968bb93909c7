import { TrustedRoot } from '@sigstore/protobuf-specs'
import type { TrustMaterial } from '@sigstore/verify'
import { createHash } from 'node:crypto'
import os from 'node:os'
import type { Logger } from '../logger.js'
import { readUserText, UserFileError } from '../user-file.js'
import { EMBEDDED_ROOT_SOURCE, PUBLIC_GOOD_MIRROR, embeddedTrustedRoot } from './embedded-root.js'
import { TrustError } from './errors.js'
import { withPublicKey } from './public-key.js'
import { toCheckedTrustMaterial, trustedRootFromJSON } from './trusted-root.js'
import { defaultTufCachePath, fetchTrustedRoot } from './tuf.js'

export interface TrustOptions {
  /** Path to a trusted_root.json (private Sigstore); wins over everything else. */
  trustedRoot?: string
  /** Private TUF repository serving trusted_root.json. */
  tufMirror?: string
  /** Initial root.json of `tufMirror`; needed unless the mirror is the public-good one. */
  tufRoot?: string
  /** No network: `trustedRoot`, else the public-good root embedded in @sigstore/tuf. */
  offline: boolean
  /** TUF cache directory. Default: under RUNNER_TOOL_CACHE, RUNNER_TEMP or ~/.cache (fremforge-cosign/tuf). */
  cachePath?: string
  /** PEM public key for key-based signatures. */
  key?: string
  logger: Logger
  /** Environment for the default cache path. Default: process.env. */
  env?: NodeJS.ProcessEnv
  /** TUF request timeout and retries. Default 10 s, 2 retries. */
  timeoutMs?: number
  retries?: number
}

export type TrustRootSource = 'trusted-root-file' | 'public-good-tuf' | 'private-tuf' | 'embedded-public-good'

export interface LoadedTrustedRoot {
  root: TrustedRoot
  source: TrustRootSource
  /** The path or mirror URL it came from, for messages. */
  location: string
}

function checkOptions(o: TrustOptions): void {
  const invalid = (message: string): TrustError => new TrustError('TRUST_OPTIONS_INVALID', message)
  if (o.tufRoot !== undefined && o.tufMirror === undefined) throw invalid('expected tuf-mirror to go with tuf-root, found tuf-root alone')
  if (o.trustedRoot !== undefined && o.tufMirror !== undefined) {
    throw invalid('expected either trusted-root or tuf-mirror, found both')
  }
  if (o.offline && o.trustedRoot === undefined && o.tufMirror !== undefined) {
    throw invalid('expected trusted-root with offline and a private tuf-mirror (TUF needs the network), found none')
  }
  if (o.tufMirror !== undefined && o.tufRoot === undefined && o.tufMirror.replace(/\/+$/, '') !== PUBLIC_GOOD_MIRROR) {
    throw invalid(`expected tuf-root (the initial root.json) for private TUF mirror ${o.tufMirror}, found none`)
  }
}

/** A trusted_root.json is a few KiB to tens of KiB; anything past this is not one. */
export const MAX_TRUST_FILE_BYTES = 4 * 1024 * 1024
const DEFAULT_READ_TIMEOUT_MS = 10_000

async function readTrustedRootFile(path: string, timeoutMs = DEFAULT_READ_TIMEOUT_MS): Promise<TrustedRoot> {
  let text: string
  try {
    text = await readUserText(path, { option: 'trusted-root', maxBytes: MAX_TRUST_FILE_BYTES, timeoutMs })
  } catch (cause) {
    // A FIFO, a directory or an oversized file is bad input (INPUT_INVALID); a file that is not there keeps its own code.
    if (!(cause instanceof UserFileError) || cause.problem !== 'missing') throw cause
    throw new TrustError('TRUST_ROOT_NOT_FOUND', `expected a readable trusted_root.json at ${path}, found none`, { cause, details: { path } })
  }
  return trustedRootFromJSON(text, path)
}

/** Finds the trusted root the options ask for; only the TUF paths touch the network. */
export async function loadTrustedRoot(options: TrustOptions): Promise<LoadedTrustedRoot> {
  checkOptions(options)
  const { logger } = options
  if (options.trustedRoot !== undefined) {
    logger.debug(`trust: trusted root from file ${options.trustedRoot}`)
    return { root: await readTrustedRootFile(options.trustedRoot, options.timeoutMs), source: 'trusted-root-file', location: options.trustedRoot }
  }
  if (options.offline) {
    logger.debug(`trust: offline, embedded public-good trusted root (${EMBEDDED_ROOT_SOURCE})`)
    return { root: embeddedTrustedRoot(), source: 'embedded-public-good', location: EMBEDDED_ROOT_SOURCE }
  }
  const cachePath = options.cachePath ?? defaultTufCachePath(options.env ?? process.env, os.homedir())
  const mirrorURL = options.tufMirror?.replace(/\/+$/, '') ?? PUBLIC_GOOD_MIRROR
  const source: TrustRootSource = mirrorURL === PUBLIC_GOOD_MIRROR ? 'public-good-tuf' : 'private-tuf'
  logger.debug(`trust: trusted root from TUF ${mirrorURL} (cache ${cachePath})`)
  const root = await fetchTrustedRoot({ mirrorURL, rootPath: options.tufRoot, cachePath, timeoutMs: options.timeoutMs, retries: options.retries })
  return { root, source, location: mirrorURL }
}

/** Trust material for @sigstore/verify's Verifier, loaded once per run. */
export async function loadTrustMaterial(options: TrustOptions): Promise<TrustMaterial> {
  return (await loadTrust(options)).material
}

export interface LoadedTrust {
  material: TrustMaterial
  /** sha256 over the trusted root (canonical protobuf JSON) and the key: changes when trust does. */
  fingerprint: string
}

/** The trust material and its fingerprint, for caches keyed on what was trusted. */
export async function loadTrust(options: TrustOptions): Promise<LoadedTrust> {
  const { root, location } = await loadTrustedRoot(options)
  const material = toCheckedTrustMaterial(root, location)
  const fingerprint = createHash('sha256')
    .update(JSON.stringify(TrustedRoot.toJSON(root)))
    .update('\0')
    .update(options.key ?? '')
    .digest('hex')
  return { material: options.key === undefined ? material : withPublicKey(material, options.key), fingerprint }
}
