import type { Config } from '../config/index.js'
import { AppError } from '../errors.js'
import type { Logger } from '../logger.js'
import { canonicalHost, createRegistryClient, type RegistryClient, type RegistryCredential } from '../registry/index.js'
import { parseNormalizedNamed } from '../reference/index.js'

type CredentialConfig = Pick<Config, 'registry' | 'registryUsername' | 'registryPassword'>

/** The registry hosts (canonical host[:port]) that image names live on, each once. */
export function registriesOf(names: Iterable<string>): string[] {
  const hosts = new Set<string>()
  for (const name of names) hosts.add(canonicalHost(parseNormalizedNamed(name).domain))
  return [...hosts].sort()
}

/**
 * Which registry the explicit credentials are for (issue 11, defect 1): the one named in `registry`;
 * without it, the only registry the run references. With several, a pull request could add a registry
 * of its own and receive the password: stop before any request instead.
 */
export function credentialsFor(config: CredentialConfig, hosts: readonly string[]): RegistryCredential[] {
  if (!config.registryUsername || !config.registryPassword) return []
  const credential = { username: config.registryUsername, password: config.registryPassword }
  if (config.registry) return [{ registry: config.registry, ...credential }]
  const distinct = [...new Set(hosts.map(canonicalHost))]
  if (distinct.length === 0) return []
  // As before the binding: the Docker config still wins for a registry the user did not name.
  if (distinct.length === 1) return [{ registry: distinct[0], ...credential, afterDockerConfig: true }]
  throw new AppError(
    'INPUT_INVALID',
    `option 'registry': expected the registry that registry-username and registry-password are for, since this run references ${distinct.length} registries (${distinct.join(', ')}); credentials are never sent to a registry not named`,
    { details: { option: 'registry', registries: distinct } }
  )
}

export type ScopedRegistryClient = RegistryClient & {
  /** Names the registries the run references; throws INPUT_INVALID when the credentials' registry is ambiguous. */
  bindRegistries(hosts: readonly string[]): void
}

/**
 * A registry client whose explicit credentials are bound once the run's registries are known
 * (after the scan). Until then only credentials naming their `registry` are used: fail closed.
 */
export function scopedRegistryClient(config: Config, logger: Logger, hosts?: readonly string[]): ScopedRegistryClient {
  let credentials = config.registry || hosts ? credentialsFor(config, hosts ?? []) : []
  let client: RegistryClient | undefined
  const current = (): RegistryClient =>
    (client ??= createRegistryClient({
      logger,
      env: config.env,
      insecureRegistries: config.insecureRegistries,
      credentials,
      timeoutMs: config.timeoutMs,
      // Measured by bench/latency.mjs: at 100 ms RTT a per-host cap below `concurrency` is the bottleneck.
      maxInFlightPerRegistry: config.concurrency
    }))
  const bindRegistries = (bound: readonly string[]): void => {
    credentials = credentialsFor(config, bound)
    client?.close()
    client = undefined
  }
  // Every RegistryClient method, forwarded to the client of the current binding (made on first use).
  return new Proxy({} as ScopedRegistryClient, {
    get(_target, prop) {
      if (prop === 'bindRegistries') return bindRegistries
      if (prop === 'close') return () => client?.close()
      if (typeof prop !== 'string' || prop === 'then') return undefined
      return (...args: unknown[]) => (current()[prop as keyof RegistryClient] as (...a: unknown[]) => unknown)(...args)
    }
  })
}

/** With `hosts` (the run's registries, when known up front) the credentials are bound at once; else at `bindRegistries`. */
export function registryClientFor(config: Config, logger: Logger, hosts?: readonly string[]): ScopedRegistryClient {
  return scopedRegistryClient(config, logger, hosts)
}
