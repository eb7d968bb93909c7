import { readFile } from 'node:fs/promises'
import { Verifier } from '@sigstore/verify'
import { parseList, type Config } from '../config/index.js'
import { AppError } from '../errors.js'
import type { Logger } from '../logger.js'
import { createCosignVerifier, keyId } from '../cosign/index.js'
import { policyWarnings } from '../policy/index.js'
import { createRegistryClient, type RegistryClient } from '../registry/index.js'
import { loadTrustMaterial } from '../trust/index.js'
import { firstVerified } from './authority-check.js'
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

const PEM_BLOCK = /-----BEGIN [A-Z ]+-----[\s\S]+?-----END [A-Z ]+-----/g

/** The verify `key` input: one or more PEM keys, or paths to files holding them (one per line); any one verifies. */
export async function readKeys(value: string | undefined): Promise<string[]> {
  if (value === undefined) return []
  const texts = value.includes('-----BEGIN') ? [value] : await Promise.all(parseList(value).map(async v => (await readKey(v)) ?? ''))
  return texts.flatMap(t => t.match(PEM_BLOCK) ?? [t])
}

export function registryClientFor(config: Config, logger: Logger): RegistryClient {
  return createRegistryClient({
    logger,
    insecureRegistries: config.insecureRegistries,
    credentials: config.registryUsername && config.registryPassword ? { registry: config.registry, username: config.registryUsername, password: config.registryPassword } : undefined,
    timeoutMs: config.timeoutMs
  })
}

/** Builds the one verifier of a run: registry client, trust material and policy, loaded once. */
export async function createImageVerifier(config: Config, logger: Logger, client = registryClientFor(config, logger)): Promise<ImageVerifier & { client: RegistryClient }> {
  const [key, ...rotation] = await readKeys(config.key)
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
  const cosign = createCosignVerifier({ client, verifier, policy, logger, keyIdentity: key ? keyId(key) : undefined })
  if (rotation.length === 0) return { client, verify: cosign.verify, resolveDigest: cosign.resolveDigest }
  // Several keys (a rotation): one implicit key authority, any key verifies.
  const others = await Promise.all(
    rotation.map(async pem => {
      const trust = await loadTrustMaterial({ trustedRoot: config.trustedRoot, tufMirror: config.tufMirror, tufRoot: config.tufRoot, offline: config.offline, key: pem, logger, timeoutMs: config.timeoutMs })
      const v = new Verifier(trust, { tlogThreshold: config.insecureIgnoreTlog ? 0 : 1, ctlogThreshold: 0, timestampThreshold: config.insecureIgnoreTlog ? 0 : 1 })
      return createCosignVerifier({ client, verifier: v, policy: { ...policy, key: pem }, logger, keyIdentity: keyId(pem) })
    })
  )
  return { client, verify: target => firstVerified([cosign, ...others], target), resolveDigest: cosign.resolveDigest }
}

export { runSign } from './sign-run.js'
export type { SignOutcome, SignDeps, SignatureOutput } from './sign-run.js'
