import { isIP } from 'node:net'
import { RegistryError, codeForStatus, redactUrl } from './errors.js'
import type { AuthConfig } from './keychain.js'
import { isRetryableStatus, withRetry, type RetryPolicy } from '../http/index.js'
import { statusError, type HttpMethod, type Transport, type TransportRequest, type TransportResponse } from './transport.js'
import { isRecord } from './types.js'

export interface BearerChallenge {
  realm: string
  service?: string
}

export interface Token {
  token: string
  /** Epoch ms after which the token is not used. */
  expiresAt: number
}

export interface TokenFetchContext {
  transport: Transport
  retry: RetryPolicy
  /** The registry host (errors, realm checks). */
  host: string
  /** Whether a host (host[:port]) may be reached over plain HTTP: only those in `insecure-registries`. */
  plainHttp: (host: string) => boolean
  now: () => number
}

const TOKEN_RESPONSE_BYTES = 1024 * 1024
/** Distribution token spec: a token without `expires_in` lives 60 s. Refresh a little early. */
const DEFAULT_EXPIRES_S = 60
const EARLY_REFRESH_MS = 10_000

function isPrivateHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase()
  if (h === 'localhost' || h.endsWith('.localhost')) return true
  if (isIP(h) === 4) {
    const [a, b] = h.split('.').map(Number)
    return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)
  }
  if (isIP(h) === 6) return h === '::1' || h === '::' || /^f[cd]/.test(h) || /^fe[89ab]/.test(h)
  return false
}

/**
 * The realm is chosen by whoever answered the registry request, and credentials go there: refuse
 * a plain-HTTP realm for an HTTPS registry, and a private-network realm for a public registry.
 */
export function checkRealm(realm: string, ctx: Pick<TokenFetchContext, 'host' | 'plainHttp'>): URL {
  let url: URL
  try {
    url = new URL(realm)
  } catch {
    throw new RegistryError('REGISTRY_AUTH', `bearer challenge realm is not a URL`, { host: ctx.host })
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && ctx.plainHttp(ctx.host))) {
    throw new RegistryError('REGISTRY_AUTH', `bearer realm ${redactUrl(url)}: expected https for a registry reached over https`, { host: ctx.host })
  }
  const registryHostname = new URL(`http://${ctx.host}`).hostname
  if (isPrivateHost(url.hostname) && !isPrivateHost(registryHostname)) {
    throw new RegistryError('REGISTRY_AUTH', `bearer realm ${redactUrl(url)}: refused a private-network realm for public registry ${ctx.host}`, { host: ctx.host })
  }
  return url
}

function basic(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`
}

function parseToken(res: TransportResponse, now: number, host: string): Token {
  let parsed: unknown
  try {
    parsed = JSON.parse(res.body.toString('utf8'))
  } catch {
    throw new RegistryError('REGISTRY_AUTH', `token endpoint ${redactUrl(res.url)}: expected a JSON token response`, { host, status: res.status })
  }
  const token = isRecord(parsed) ? (typeof parsed.token === 'string' && parsed.token) || (typeof parsed.access_token === 'string' && parsed.access_token) : ''
  if (!token || !isRecord(parsed)) throw new RegistryError('REGISTRY_AUTH', `token endpoint ${redactUrl(res.url)}: response has no token`, { host, status: res.status })
  const expires = typeof parsed.expires_in === 'number' && parsed.expires_in > 0 ? parsed.expires_in : DEFAULT_EXPIRES_S
  return { token, expiresAt: now + Math.max(expires * 1000 - EARLY_REFRESH_MS, expires * 500) }
}

async function send(ctx: TokenFetchContext, req: TransportRequest): Promise<TransportResponse & { method: HttpMethod }> {
  return { ...(await withRetry(ctx.retry, () => ctx.transport.send(req))).result, method: req.method }
}

/**
 * Gets a bearer token for `scopes` (distribution's token spec): OAuth2 refresh-token grant when an
 * identity token is known (falling back to GET when the realm lacks OAuth2), else GET with Basic
 * credentials, or anonymously.
 */
export async function fetchToken(ctx: TokenFetchContext, challenge: BearerChallenge, scopes: readonly string[], auth: AuthConfig | undefined): Promise<Token> {
  const realm = checkRealm(challenge.realm, ctx)
  // Credentials (Basic, or a refresh token in the form body) cross plain HTTP only to a host named in insecure-registries.
  if (auth && realm.protocol === 'http:' && !ctx.plainHttp(realm.host)) {
    throw new RegistryError('REGISTRY_AUTH', `bearer realm ${redactUrl(realm)}: refused to send credentials over plain HTTP to a host outside insecure-registries`, { host: ctx.host })
  }
  const base = { host: ctx.host, maxBytes: TOKEN_RESPONSE_BYTES, followRedirects: false }
  let res: (TransportResponse & { method: HttpMethod }) | undefined
  if (auth?.identityToken) {
    const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: auth.identityToken, client_id: 'fremforge-cosign-action' })
    if (challenge.service) form.set('service', challenge.service)
    if (scopes.length > 0) form.set('scope', scopes.join(' '))
    res = await send(ctx, {
      ...base,
      method: 'POST',
      url: realm,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: Buffer.from(form.toString())
    })
    if (res.status === 404 || res.status === 405) res = undefined
  }
  if (!res) {
    const url = new URL(realm)
    if (challenge.service) url.searchParams.set('service', challenge.service)
    for (const s of scopes) url.searchParams.append('scope', s)
    const username = auth?.username || (auth?.identityToken ? '<token>' : undefined)
    const password = auth?.password || auth?.identityToken
    if (username) url.searchParams.set('account', username)
    res = await send(ctx, { ...base, method: 'GET', url, authorization: username && password ? basic(username, password) : undefined })
  }
  if (res.status !== 200) {
    // A token endpoint that is missing or refuses is an auth failure; 429 and 5xx keep their own codes.
    const code = codeForStatus(res.status) === 'REGISTRY_NOT_FOUND' ? 'REGISTRY_AUTH' : codeForStatus(res.status)
    const authenticated = code === 'REGISTRY_AUTH' ? auth !== undefined : undefined
    throw statusError(code, 'token request failed', { method: res.method, host: ctx.host }, res, { temporary: isRetryableStatus(res.status), authenticated })
  }
  return parseToken(res, ctx.now(), ctx.host)
}

export { basic as basicAuthorization }
