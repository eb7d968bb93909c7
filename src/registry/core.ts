import { createAuthenticator, type Authenticator } from './auth.js'
import { isVerifiableDigest } from './digest.js'
import { RegistryError, codeForStatus, isRegistryError, redactUrl, type RegistryErrorCode } from './errors.js'
import { dockerConfigKeychain, multiKeychain, staticKeychain } from './keychain.js'
import { canonicalHost, type ResolvedOptions } from './options.js'
import { isRetryableStatus, withRetry, type RetryPolicy } from '../http/index.js'
import { createTransport, statusError, type HttpMethod, type Transport, type TransportRequest, type TransportResponse } from './transport.js'
import type { RepoRef } from './types.js'

/** A repository with its host canonicalised (docker.io → registry-1.docker.io) and validated. */
export interface Repo {
  host: string
  repository: string
}

export interface CallSpec {
  repo: Repo
  method: HttpMethod
  /** Path under the registry origin (`/v2/...`), or a full URL a previous answer gave (upload Location, Link). */
  path: string | URL
  headers?: Record<string, string>
  body?: Buffer
  maxBytes: number
  /** `pull` (default) or `push` access to repo; `alsoPull` adds pull on other repositories (cross-repo mount). */
  access?: 'pull' | 'push'
  alsoPull?: readonly string[]
  /** Default: follow for GET and HEAD. */
  followRedirects?: boolean
}

export interface CallResponse extends TransportResponse {
  /** For a final 401/403: whether credentials for the host were known (else false). */
  authenticated: boolean
}

export interface RegistryCore {
  options: ResolvedOptions
  transport: Transport
  auth: Authenticator
  repo(ref: RepoRef): Repo
  call(spec: CallSpec): Promise<CallResponse>
  /** Throws the RegistryError for a non-2xx (or not `expected`) answer. */
  expect(spec: Pick<CallSpec, 'repo' | 'method'>, res: CallResponse, what: string, expected?: readonly number[]): void
}

/** Repository path components (distribution's reference grammar), checked again here since it becomes a URL path. */
const REPOSITORY = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/
const TAG = /^[\w][\w.-]{0,127}$/

export function checkReference(repo: Repo, reference: string): void {
  if (!TAG.test(reference) && !isVerifiableDigest(reference)) {
    throw new RegistryError('REGISTRY_INPUT_INVALID', `expected a tag or a sha256/sha512 digest, found '${reference}'`, repo)
  }
}

/** Attempts to one host that timed out, in a row, after which the host is not asked again in this run. */
export const MAX_HOST_TIMEOUTS = 4

export function createCore(options: ResolvedOptions): RegistryCore {
  const transport = createTransport({
    userAgent: options.userAgent,
    timeoutMs: options.timeoutMs,
    readTimeoutMs: options.readTimeoutMs,
    maxInFlightPerHost: options.maxInFlightPerRegistry,
    plainHttpHosts: options.insecureRegistries
  })
  const retry: RetryPolicy = {
    maxAttempts: options.maxAttempts,
    baseDelayMs: options.retryBaseDelayMs,
    maxDelayMs: options.maxRetryDelayMs,
    sleep: options.sleep,
    random: options.random,
    now: options.now,
    deadlineMs: options.requestTimeoutMs
  }
  const keychain = multiKeychain(
    [
      staticKeychain(options.credentials.filter(c => !c.afterDockerConfig)),
      dockerConfigKeychain({ dockerConfigDir: options.dockerConfigDir, env: options.env, logger: options.logger, runCredentialHelper: options.runCredentialHelper }),
      staticKeychain(options.credentials.filter(c => c.afterDockerConfig))
    ],
    options.logger
  )
  const insecure = (host: string): boolean => options.insecureRegistries.has(host)
  const auth = createAuthenticator({
    keychain,
    logger: options.logger,
    now: options.now,
    tokenContext: host => ({ transport, retry, host, plainHttp: insecure, now: options.now })
  })

  // A registry that lets attempts time out again and again would cost every image it serves the
  // full deadline: after MAX_HOST_TIMEOUTS timed-out attempts in a row, its requests fail at once.
  const timeouts = new Map<string, number>()
  const attemptOnce = async (req: TransportRequest): Promise<TransportResponse> => {
    if ((timeouts.get(req.host) ?? 0) >= MAX_HOST_TIMEOUTS) {
      throw new RegistryError('REGISTRY_TIMEOUT', `${req.host} timed out ${MAX_HOST_TIMEOUTS} times in a row in this run; not asked again`, { host: req.host, repository: req.repository, method: req.method })
    }
    try {
      const res = await transport.send(req)
      timeouts.delete(req.host)
      return res
    } catch (e) {
      if (isRegistryError(e, 'REGISTRY_TIMEOUT') && !e.cancelled) timeouts.set(req.host, (timeouts.get(req.host) ?? 0) + 1)
      throw e
    }
  }
  const send = async (spec: CallSpec, url: URL, authorization: string | undefined): Promise<TransportResponse> => {
    const onRetry = (attempt: number, delayMs: number, reason: string): void =>
      options.logger.debug(`registry: ${spec.method} ${redactUrl(url)} ${reason}; attempt ${attempt + 1} of ${retry.maxAttempts} in ${delayMs} ms`)
    // Every attempt ends by the request's deadline, so "4 × timeout" holds for the request as a whole.
    const deadlineAt = Date.now() + options.requestTimeoutMs
    const { result } = await withRetry({ ...retry, onRetry }, () =>
      attemptOnce({
        deadlineAt,
        method: spec.method,
        url,
        headers: spec.headers,
        authorization,
        body: spec.body,
        maxBytes: spec.maxBytes,
        followRedirects: spec.followRedirects,
        host: spec.repo.host,
        repository: spec.repo.repository
      })
    )
    return result
  }
  const final = async (host: string, res: TransportResponse): Promise<CallResponse> => ({
    ...res,
    authenticated: res.status === 401 || res.status === 403 ? await auth.hasCredentials(host) : false
  })

  return {
    options,
    transport,
    auth,
    repo(ref) {
      const host = canonicalHost(ref.registry)
      if (!host || !/^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:]+\](:\d{1,5})?$/.test(host)) {
        throw new RegistryError('REGISTRY_INPUT_INVALID', `expected a registry host[:port], found '${ref.registry}'`, { host: ref.registry })
      }
      if (!REPOSITORY.test(ref.repository)) {
        throw new RegistryError('REGISTRY_INPUT_INVALID', `expected a repository path, found '${ref.repository}'`, { host, repository: ref.repository })
      }
      return { host, repository: ref.repository }
    },
    async call(spec) {
      const { host, repository } = spec.repo
      const url = spec.path instanceof URL ? spec.path : new URL(`${insecure(host) ? 'http' : 'https'}://${host}${spec.path}`)
      const scopes = [`repository:${repository}:${spec.access === 'push' ? 'pull,push' : 'pull'}`, ...(spec.alsoPull ?? []).map(r => `repository:${r}:pull`)]
      const sent = url.host === host ? await auth.authorization(host, scopes) : undefined
      const res = await send(spec, url, sent)
      // Only the registry's own 401 starts the challenge dance; a storage host's 401 is final.
      if (res.status !== 401 || res.url.host !== host) return final(host, res)
      const next = await auth.challenge(host, scopes, res.headers['www-authenticate'], sent)
      return final(host, next === undefined ? res : await send(spec, url, next))
    },
    expect(spec, res, what, expected) {
      const ok = expected ? expected.includes(res.status) : res.status >= 200 && res.status < 300
      if (ok) return
      const code: RegistryErrorCode = res.status >= 200 && res.status < 400 ? 'REGISTRY_ERROR' : codeForStatus(res.status)
      const authenticated = res.status === 401 || res.status === 403 ? res.authenticated : undefined
      throw statusError(code, what, { method: spec.method, host: spec.repo.host, repository: spec.repo.repository }, res, { temporary: isRetryableStatus(res.status), authenticated })
    }
  }
}
