import { Verifier } from '@sigstore/verify'
import { parseList, type Config } from '../config/index.js'
import { AppError } from '../errors.js'
import type { Logger } from '../logger.js'
import { createCosignVerifier, keyId } from '../cosign/index.js'
import { policyWarnings } from '../policy/index.js'
import type { RegistryClient } from '../registry/index.js'
import { loadTrust, loadTrustMaterial } from '../trust/index.js'
import type { Policy } from '../policy/index.js'
import { firstVerified } from './authority-check.js'
import { registryClientFor, type ScopedRegistryClient } from './credentials.js'
import { policyFromConfig } from './policy-config.js'
import { readKeyInput } from './read-key.js'
import type { ImageVerifier } from './verify-run.js'

/** A `key` input is the PEM itself or a path to a regular file holding it; never echoed (issue 17). */
export async function readKey(value: string | undefined, timeoutMs = 30_000): Promise<string | undefined> {
  return readKeyInput(value, timeoutMs)
}

const PEM_BLOCK = /-----BEGIN [A-Z ]+-----[\s\S]+?-----END [A-Z ]+-----/g

/** The verify `key` input: one or more PEM keys, or paths to files holding them (one per line); any one verifies. */
export async function readKeys(value: string | undefined, timeoutMs = 30_000): Promise<string[]> {
  if (value === undefined) return []
  const texts = value.includes('-----BEGIN') ? [value] : await Promise.all(parseList(value).map(async v => (await readKey(v, timeoutMs)) ?? ''))
  return texts.flatMap(t => t.match(PEM_BLOCK) ?? [t])
}

export interface RunVerifier extends ImageVerifier {
  client: RegistryClient
  /** The effective policy (with the key's PEM) and the trust material's fingerprint, for the verdict cache. */
  policy: Policy
  trustFingerprint: string
}

/** Builds the one verifier of a run: registry client, trust material and policy, loaded once. */
export async function createImageVerifier(config: Config, logger: Logger, client: RegistryClient = registryClientFor(config, logger)): Promise<RunVerifier> {
  const [key, ...rotation] = await readKeys(config.key, config.timeoutMs)
  const policy = { ...policyFromConfig(config), key }
  for (const warning of policyWarnings(policy)) logger.warning(warning)
  if (config.insecureIgnoreTlog && !key) throw new AppError('INPUT_INVALID', "option 'insecure-ignore-tlog': only applies to key-based verification (set 'key')")
  const { material: trust, fingerprint: trustFingerprint } = await loadTrust({
    trustedRoot: config.trustedRoot,
    tufMirror: config.tufMirror,
    tufRoot: config.tufRoot,
    offline: config.offline,
    key,
    logger,
    timeoutMs: config.timeoutMs,
    env: config.env
  })
  const verifier = key
    ? new Verifier(trust, { tlogThreshold: config.insecureIgnoreTlog ? 0 : 1, ctlogThreshold: 0, timestampThreshold: config.insecureIgnoreTlog ? 0 : 1 })
    : new Verifier(trust)
  const cosign = createCosignVerifier({ client, verifier, policy, logger, keyIdentity: key ? keyId(key) : undefined, trust, maxSignatures: config.maxSignatures })
  const scoped = (client as Partial<ScopedRegistryClient>).bindRegistries
  const bindRegistries = typeof scoped === 'function' ? (hosts: readonly string[]) => scoped(hosts) : undefined
  const base = { client, resolveDigest: cosign.resolveDigest, verifyAttestations: cosign.verifyAttestations, policy, trustFingerprint, ...(bindRegistries ? { bindRegistries } : {}) }
  if (rotation.length === 0) return { ...base, verify: cosign.verify }
  // Several keys (a rotation): one implicit key authority, any key verifies.
  const others = await Promise.all(
    rotation.map(async pem => {
      const keyTrust = await loadTrustMaterial({ trustedRoot: config.trustedRoot, tufMirror: config.tufMirror, tufRoot: config.tufRoot, offline: config.offline, key: pem, logger, timeoutMs: config.timeoutMs, env: config.env })
      const v = new Verifier(keyTrust, { tlogThreshold: config.insecureIgnoreTlog ? 0 : 1, ctlogThreshold: 0, timestampThreshold: config.insecureIgnoreTlog ? 0 : 1 })
      return createCosignVerifier({ client, verifier: v, policy: { ...policy, key: pem }, logger, keyIdentity: keyId(pem), trust: keyTrust, maxSignatures: config.maxSignatures })
    })
  )
  // The cache fingerprints every key of the rotation, not only the first.
  return { ...base, policy: { ...policy, key: [key, ...rotation].join('\n') }, verify: target => firstVerified([cosign, ...others], target) }
}
