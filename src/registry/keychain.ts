import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Logger } from '../logger.js'
import { runCredentialHelper as defaultRunner } from './cred-helper.js'
import { RegistryError } from './errors.js'
import { canonicalHost, type CredentialHelperRunner, type RegistryCredential } from './options.js'
import { isRecord } from './types.js'

/** What a registry login resolves to (Docker's `types.AuthConfig`, the parts that matter). */
export interface AuthConfig {
  username?: string
  password?: string
  /** OAuth2 refresh token (`identitytoken`): exchanged at the token realm. */
  identityToken?: string
  /** A bearer token to send as is (`registrytoken`). */
  registryToken?: string
}

/** Resolves a registry host to its credentials; undefined means anonymous. */
export interface Keychain {
  resolve(host: string): Promise<AuthConfig | undefined>
}

/** Where `docker login` stores Docker Hub credentials. */
const DOCKER_HUB_SERVER = 'https://index.docker.io/v1/'
const HUB = 'registry-1.docker.io'

interface DockerConfig {
  auths: Record<string, unknown>
  credHelpers: Record<string, string>
  credsStore?: string
}

function stringMap(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {}
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'))
}

async function readDockerConfig(dir: string): Promise<DockerConfig> {
  const file = path.join(dir, 'config.json')
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    return { auths: {}, credHelpers: {} }
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new RegistryError('REGISTRY_AUTH', `Docker config ${file}: expected JSON, found unparsable text`, { host: '-' })
  }
  if (!isRecord(parsed)) throw new RegistryError('REGISTRY_AUTH', `Docker config ${file}: expected an object`, { host: '-' })
  return {
    auths: isRecord(parsed.auths) ? parsed.auths : {},
    credHelpers: stringMap(parsed.credHelpers),
    credsStore: typeof parsed.credsStore === 'string' && parsed.credsStore !== '' ? parsed.credsStore : undefined
  }
}

/** The config key for `host`: an exact key first, then any key naming the same registry (`https://`, paths, Hub aliases). */
function findKey(keys: readonly string[], host: string): string | undefined {
  return keys.find(k => k === host) ?? keys.find(k => canonicalHost(k) === host)
}

function fromAuthsEntry(entry: unknown): AuthConfig | undefined {
  if (!isRecord(entry)) return undefined
  const config: AuthConfig = {}
  if (typeof entry.auth === 'string' && entry.auth !== '') {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8')
    const colon = decoded.indexOf(':')
    if (colon > 0) config.username = decoded.slice(0, colon)
    if (colon > 0 && colon < decoded.length - 1) config.password = decoded.slice(colon + 1)
  }
  if (typeof entry.username === 'string' && entry.username !== '') config.username = entry.username
  if (typeof entry.password === 'string' && entry.password !== '') config.password = entry.password
  if (typeof entry.identitytoken === 'string' && entry.identitytoken !== '') config.identityToken = entry.identitytoken
  if (typeof entry.registrytoken === 'string' && entry.registrytoken !== '') config.registryToken = entry.registrytoken
  return config.password || config.identityToken || config.registryToken ? config : undefined
}

function fromHelperOutput(helper: string, host: string, stdout: string): AuthConfig | undefined {
  let parsed: unknown
  try {
    parsed = JSON.parse(stdout)
  } catch {
    throw new RegistryError('REGISTRY_AUTH', `credential helper '${helper}': expected JSON on stdout`, { host })
  }
  if (!isRecord(parsed) || typeof parsed.Secret !== 'string' || parsed.Secret === '') return undefined
  const username = typeof parsed.Username === 'string' ? parsed.Username : ''
  // Username "<token>" marks an identity (refresh) token, as `docker login` stores it.
  if (username === '<token>') return { identityToken: parsed.Secret }
  return { username, password: parsed.Secret }
}

export interface DockerKeychainOptions {
  dockerConfigDir: string
  env: Record<string, string | undefined>
  logger: Logger
  runCredentialHelper?: CredentialHelperRunner
}

/** The Docker CLI's lookup: `credHelpers[host]`, else `credsStore`, else `auths` (also the fallback when a helper has none). */
export function dockerConfigKeychain(options: DockerKeychainOptions): Keychain {
  const run = options.runCredentialHelper ?? defaultRunner
  let config: Promise<DockerConfig> | undefined
  return {
    async resolve(host) {
      config ??= readDockerConfig(options.dockerConfigDir)
      const c = await config
      const authKey = findKey(Object.keys(c.auths), host)
      const helperKey = findKey(Object.keys(c.credHelpers), host)
      const helper = helperKey !== undefined ? c.credHelpers[helperKey] : c.credsStore
      if (helper) {
        const serverUrl = host === HUB ? DOCKER_HUB_SERVER : (helperKey ?? authKey ?? host)
        let stdout: string | undefined
        try {
          stdout = await run(helper, serverUrl, options.env)
        } catch (e) {
          throw new RegistryError('REGISTRY_AUTH', `credential helper '${helper}' failed for ${host}: ${e instanceof Error ? e.message : 'unknown failure'}`, { host, cause: e })
        }
        const found = stdout === undefined ? undefined : fromHelperOutput(helper, host, stdout)
        if (found) return found
        options.logger.debug(`credential helper '${helper}' has no credentials for ${host}`)
      }
      return authKey === undefined ? undefined : fromAuthsEntry(c.auths[authKey])
    }
  }
}

/** Explicit credentials, each for exactly the registry it names: never a wildcard (issue 11, defect 1). */
export function staticKeychain(credentials: readonly RegistryCredential[]): Keychain {
  return {
    async resolve(host) {
      const c = credentials.find(k => canonicalHost(k.registry) === host)
      return c ? { username: c.username, password: c.password } : undefined
    }
  }
}

/** The first keychain that knows the host wins; results are memoised per host (helpers are processes). */
export function multiKeychain(keychains: readonly Keychain[], logger: Logger): Keychain {
  const memo = new Map<string, Promise<AuthConfig | undefined>>()
  const lookup = async (host: string): Promise<AuthConfig | undefined> => {
    for (const k of keychains) {
      const found = await k.resolve(host)
      if (found) {
        for (const s of [found.password, found.identityToken, found.registryToken]) if (s) logger.secret(s)
        return found
      }
    }
    return undefined
  }
  return {
    resolve(host) {
      let p = memo.get(host)
      if (!p) {
        p = lookup(host)
        memo.set(host, p)
      }
      return p
    }
  }
}
