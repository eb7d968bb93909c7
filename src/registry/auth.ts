import type { Logger } from '../logger.js'
import { parseChallenges, pickChallenge } from './challenge.js'
import type { Keychain } from './keychain.js'
import { basicAuthorization, fetchToken, type BearerChallenge, type Token, type TokenFetchContext } from './token.js'

/** How a host answered its first 401: remembered so later requests authenticate up front. */
type HostScheme = { kind: 'basic' } | ({ kind: 'bearer' } & BearerChallenge)

export interface Authenticator {
  /** The Authorization header for a request to `host` needing `scopes`, from what is known or cached. */
  authorization(host: string, scopes: readonly string[]): Promise<string | undefined>
  /** Answers a 401's `WWW-Authenticate`; undefined when there is nothing new to try. */
  challenge(host: string, scopes: readonly string[], header: string | string[] | undefined, sent: string | undefined): Promise<string | undefined>
  /** Whether any credentials are known for the host (errors say "refused" or "none"). */
  hasCredentials(host: string): Promise<boolean>
  /** Tokens fetched so far (tests and benches: one per registry and scope). */
  tokensFetched(): number
}

export interface AuthenticatorOptions {
  keychain: Keychain
  logger: Logger
  now: () => number
  tokenContext: (host: string) => TokenFetchContext
}

/** `repository:name:pull,push` → resource and action set. */
function parseScope(scope: string): { resource: string; actions: Set<string> } {
  const last = scope.lastIndexOf(':')
  return { resource: scope.slice(0, last), actions: new Set(scope.slice(last + 1).split(',')) }
}

/** True when a token granted for `held` serves every scope in `needed` (push,pull serves pull). */
function covers(held: readonly string[], needed: readonly string[]): boolean {
  const grants = held.map(parseScope)
  return needed.map(parseScope).every(n => grants.some(g => g.resource === n.resource && [...n.actions].every(a => g.actions.has(a))))
}

function mergeScopes(ours: readonly string[], asked: string | undefined): string[] {
  const all = [...ours]
  for (const s of (asked ?? '').split(' ')) if (s && !all.includes(s) && !covers(all, [s])) all.push(s)
  return all
}

/** Basic or Bearer per host, tokens cached per host and scope set until they expire (go-containerregistry's bearer transport). */
export function createAuthenticator(options: AuthenticatorOptions): Authenticator {
  const schemes = new Map<string, HostScheme>()
  const tokens = new Map<string, { scopes: readonly string[]; token: Token }>()
  const pending = new Map<string, Promise<Token>>()
  let fetched = 0

  const cached = (host: string, scopes: readonly string[]): Token | undefined => {
    const now = options.now()
    for (const [key, entry] of tokens) {
      if (!key.startsWith(`${host} `)) continue
      if (entry.token.expiresAt <= now) tokens.delete(key)
      else if (covers(entry.scopes, scopes)) return entry.token
    }
    return undefined
  }

  const bearer = async (host: string, scheme: BearerChallenge, scopes: readonly string[]): Promise<string> => {
    const key = `${host} ${[...scopes].sort().join(' ')}`
    let p = pending.get(key)
    if (!p) {
      p = (async () => {
        const auth = await options.keychain.resolve(host)
        const token = await fetchToken(options.tokenContext(host), scheme, scopes, auth)
        fetched += 1
        options.logger.secret(token.token)
        tokens.set(key, { scopes: [...scopes], token })
        return token
      })()
      pending.set(key, p)
      p.finally(() => pending.delete(key)).catch(() => undefined)
    }
    return `Bearer ${(await p).token}`
  }

  const basicFor = async (host: string): Promise<string | undefined> => {
    const auth = await options.keychain.resolve(host)
    const password = auth?.password || auth?.identityToken
    const username = auth?.username || (auth?.identityToken ? '<token>' : undefined)
    if (!username || !password) return undefined
    const header = basicAuthorization(username, password)
    options.logger.secret(header.slice('Basic '.length))
    return header
  }

  return {
    async authorization(host, scopes) {
      const auth = await options.keychain.resolve(host)
      if (auth?.registryToken) return `Bearer ${auth.registryToken}`
      const scheme = schemes.get(host)
      if (!scheme) return undefined
      if (scheme.kind === 'basic') return basicFor(host)
      const token = cached(host, scopes)
      return token ? `Bearer ${token.token}` : bearer(host, scheme, scopes)
    },
    async challenge(host, scopes, header, sent) {
      const picked = pickChallenge(parseChallenges(header))
      if (!picked) return undefined
      let next: string | undefined
      if (picked.scheme === 'basic') {
        schemes.set(host, { kind: 'basic' })
        next = await basicFor(host)
      } else {
        const scheme: HostScheme = { kind: 'bearer', realm: picked.params.realm, service: picked.params.service }
        schemes.set(host, scheme)
        const wanted = mergeScopes(scopes, picked.params.scope)
        // A rejected token is dropped so the retry fetches a fresh one.
        for (const [key, entry] of tokens) if (sent === `Bearer ${entry.token.token}`) tokens.delete(key)
        // Concurrent first requests all get a 401: the first one's token serves the others.
        const fresh = cached(host, wanted)
        next = fresh ? `Bearer ${fresh.token}` : await bearer(host, scheme, wanted)
      }
      return next === sent ? undefined : next
    },
    hasCredentials: async host => (await options.keychain.resolve(host)) !== undefined,
    tokensFetched: () => fetched
  }
}
