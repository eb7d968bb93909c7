import os from 'node:os'
import path from 'node:path'
import type { Logger } from '../logger.js'
import { registryHost } from '../reference/index.js'
import { RegistryError } from './errors.js'

/** Credentials given as inputs, for the one registry they name (the caller decides which: see the engine's credential scope). */
export interface RegistryCredential {
  registry: string
  username: string
  password: string
  /** Consulted after the Docker config rather than before it (credentials bound to a registry the user did not name). */
  afterDockerConfig?: boolean
}

/** Runs `docker-credential-<helper> get` with `serverUrl` on stdin; resolves its stdout, or undefined when it has none. */
export type CredentialHelperRunner = (helper: string, serverUrl: string, env: Record<string, string | undefined>) => Promise<string | undefined>

export interface RegistryClientOptions {
  logger: Logger
  /** host[:port] reached over plain HTTP; every other host is HTTPS only. Default: none. */
  insecureRegistries?: readonly string[]
  /** Explicit credentials, each sent only to its `registry`, where it wins over the Docker config. Default: none. */
  credentials?: RegistryCredential | readonly RegistryCredential[]
  /** Directory of `config.json`. Default: `$DOCKER_CONFIG`, else `<home>/.docker`. */
  dockerConfigDir?: string
  /** Environment for DOCKER_CONFIG, HOME and credential helpers. Default: `process.env`. Proxies and extra CAs are read by Node and http-client from `process.env`. */
  env?: Record<string, string | undefined>
  /** Connect, response-header and idle-read timeout of one request, in ms. Default 30000. */
  timeoutMs?: number
  /** Deadline of one attempt (redirects and the whole body included), in ms. Default 2 × timeoutMs. */
  readTimeoutMs?: number
  /** Deadline of one request, every attempt and wait included, in ms. Default 4 × timeoutMs. */
  requestTimeoutMs?: number
  /** Attempts per request on 429, 5xx and network errors (1 = no retry). Default 4. */
  maxAttempts?: number
  /** First backoff delay in ms; doubles per attempt, full jitter. Default 250. */
  retryBaseDelayMs?: number
  /** Longest wait between attempts, in ms; a longer `Retry-After` fails at once instead. Default 30000. */
  maxRetryDelayMs?: number
  /** Requests in flight per host. Default 8. */
  maxInFlightPerRegistry?: number
  /** Largest manifest or index accepted. Default 4 MiB (the distribution spec's limit). */
  maxManifestBytes?: number
  /** Largest blob `getBlob` reads (signatures, payloads, bundles). Default 16 MiB. */
  maxBlobBytes?: number
  userAgent?: string
  /** Injected for tests. */
  sleep?: (ms: number) => Promise<void>
  random?: () => number
  now?: () => number
  runCredentialHelper?: CredentialHelperRunner
}

export interface ResolvedOptions {
  logger: Logger
  insecureRegistries: ReadonlySet<string>
  credentials: readonly RegistryCredential[]
  dockerConfigDir: string
  env: Record<string, string | undefined>
  timeoutMs: number
  readTimeoutMs: number
  requestTimeoutMs: number
  maxAttempts: number
  retryBaseDelayMs: number
  maxRetryDelayMs: number
  maxInFlightPerRegistry: number
  maxManifestBytes: number
  maxBlobBytes: number
  userAgent: string
  sleep: (ms: number) => Promise<void>
  random: () => number
  now: () => number
  runCredentialHelper?: CredentialHelperRunner
}

export const DEFAULT_TIMEOUT_MS = 30_000
/** Per attempt and per request, as multiples of the timeout (issue 11, defect 5). */
export const READ_TIMEOUT_FACTOR = 2
export const REQUEST_TIMEOUT_FACTOR = 4
export const DEFAULT_MAX_ATTEMPTS = 4
export const DEFAULT_RETRY_BASE_DELAY_MS = 250
export const DEFAULT_MAX_RETRY_DELAY_MS = 30_000
export const DEFAULT_MAX_IN_FLIGHT_PER_REGISTRY = 8
export const DEFAULT_MAX_MANIFEST_BYTES = 4 * 1024 * 1024
export const DEFAULT_MAX_BLOB_BYTES = 16 * 1024 * 1024
export const DEFAULT_USER_AGENT = 'fremforge-cosign-action'

/** Lower-cased host[:port] with Docker Hub's aliases mapped to the host that serves the API. */
export function canonicalHost(registry: string): string {
  return registryHost(registry.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/.*$/, ''))
}

function positive(name: string, value: number | undefined, fallback: number, min = 1): number {
  if (value === undefined) return fallback
  if (!Number.isFinite(value) || value < min) {
    throw new RegistryError('REGISTRY_INPUT_INVALID', `registry option ${name}: expected a number ≥ ${min}, found ${value}`, { host: '-' })
  }
  return value
}

const sleepFor = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms))

export function resolveOptions(options: RegistryClientOptions): ResolvedOptions {
  const env = options.env ?? process.env
  const credentials = options.credentials === undefined ? [] : Array.isArray(options.credentials) ? options.credentials : [options.credentials as RegistryCredential]
  for (const c of credentials) {
    if (!c.registry) throw new RegistryError('REGISTRY_INPUT_INVALID', 'registry credentials need the registry they are for', { host: '-' })
    if (!c.username || !c.password) throw new RegistryError('REGISTRY_INPUT_INVALID', 'registry credentials need both a user name and a password', { host: c.registry })
    options.logger.secret(c.password)
  }
  const home = env.HOME || env.USERPROFILE || os.homedir()
  const timeoutMs = positive('timeoutMs', options.timeoutMs, DEFAULT_TIMEOUT_MS)
  const readTimeoutMs = positive('readTimeoutMs', options.readTimeoutMs, READ_TIMEOUT_FACTOR * timeoutMs)
  return {
    logger: options.logger,
    insecureRegistries: new Set((options.insecureRegistries ?? []).map(canonicalHost)),
    credentials,
    dockerConfigDir: options.dockerConfigDir ?? env.DOCKER_CONFIG ?? path.join(home, '.docker'),
    env,
    timeoutMs,
    readTimeoutMs,
    requestTimeoutMs: Math.max(readTimeoutMs, positive('requestTimeoutMs', options.requestTimeoutMs, REQUEST_TIMEOUT_FACTOR * timeoutMs)),
    maxAttempts: Math.floor(positive('maxAttempts', options.maxAttempts, DEFAULT_MAX_ATTEMPTS)),
    retryBaseDelayMs: positive('retryBaseDelayMs', options.retryBaseDelayMs, DEFAULT_RETRY_BASE_DELAY_MS, 0),
    maxRetryDelayMs: positive('maxRetryDelayMs', options.maxRetryDelayMs, DEFAULT_MAX_RETRY_DELAY_MS, 0),
    maxInFlightPerRegistry: Math.floor(positive('maxInFlightPerRegistry', options.maxInFlightPerRegistry, DEFAULT_MAX_IN_FLIGHT_PER_REGISTRY)),
    maxManifestBytes: positive('maxManifestBytes', options.maxManifestBytes, DEFAULT_MAX_MANIFEST_BYTES),
    maxBlobBytes: positive('maxBlobBytes', options.maxBlobBytes, DEFAULT_MAX_BLOB_BYTES),
    userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
    sleep: options.sleep ?? sleepFor,
    random: options.random ?? Math.random,
    now: options.now ?? Date.now,
    runCredentialHelper: options.runCredentialHelper
  }
}
