import { readFile } from 'node:fs/promises'
import { Verifier } from '@sigstore/verify'
import type { Config } from '../config/index.js'
import { AppError } from '../errors.js'
import type { Logger } from '../logger.js'
import { createCosignVerifier, keyId } from '../cosign/index.js'
import { policyWarnings } from '../policy/index.js'
import type { RegistryClient } from '../registry/index.js'
import { loadTrustMaterial } from '../trust/index.js'
import { scopedRegistryClient, type ScopedRegistryClient } from './credentials.js'
import { policyFromConfig } from './policy-config.js'
import type { ImageVerifier } from './verify-run.js'

/** A `key` input is the PEM itself or a path to it. */
export async function readKey(value: string | undefined): Promise<string | undefined> {
  if (value === undefined) return undefined
  if (value.includes('-----BEGIN')) return value
  try {
    return await readFile(value, 'utf8')
  } catch (e) {
    throw new AppError('INPUT_INVALID', `option 'key': expected a PEM key or a readable file, found '${value}' (${(e as Error).message})`)
  }
}

/** With `hosts` (the run's registries, when known up front) the credentials are bound at once; else at `bindRegistries`. */
export function registryClientFor(config: Config, logger: Logger, hosts?: readonly string[]): ScopedRegistryClient {
  return scopedRegistryClient(config, logger, hosts)
}

/** Builds the one verifier of a run: registry client, trust material and policy, loaded once. */
export async function createImageVerifier(config: Config, logger: Logger, client: RegistryClient = registryClientFor(config, logger)): Promise<ImageVerifier & { client: RegistryClient }> {
  const key = await readKey(config.key)
  const policy = { ...policyFromConfig(config), key }
  for (const warning of policyWarnings(policy)) logger.warning(warning)
  if (config.insecureIgnoreTlog && !key) throw new AppError('INPUT_INVALID', "option 'insecure-ignore-tlog': only applies to key-based verification (set 'key')")
  const trust = await loadTrustMaterial({
    trustedRoot: config.trustedRoot,
    tufMirror: config.tufMirror,
    tufRoot: config.tufRoot,
    offline: config.offline,
    key,
    logger,
    timeoutMs: config.timeoutMs
  })
  const verifier = key
    ? new Verifier(trust, { tlogThreshold: config.insecureIgnoreTlog ? 0 : 1, ctlogThreshold: 0, timestampThreshold: config.insecureIgnoreTlog ? 0 : 1 })
    : new Verifier(trust)
  const cosign = createCosignVerifier({ client, verifier, policy, logger, keyIdentity: key ? keyId(key) : undefined, maxSignatures: config.maxSignatures })
  const scoped = (client as Partial<ScopedRegistryClient>).bindRegistries
  const bindRegistries = typeof scoped === 'function' ? (hosts: readonly string[]) => scoped(hosts) : undefined
  return { client, verify: cosign.verify, resolveDigest: cosign.resolveDigest, ...(bindRegistries ? { bindRegistries } : {}) }
}

export { runSign } from './sign-run.js'
export type { SignOutcome, SignDeps, SignatureOutput } from './sign-run.js'
