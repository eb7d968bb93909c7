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
import { resolveTrustedInputs } from './trusted-inputs.js'
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

/** Where the trust material comes from: the configuration's trust options, nothing else of it. */
export type TrustSettings = Pick<Config, 'trustedRoot' | 'tufMirror' | 'tufRoot' | 'offline' | 'timeoutMs' | 'env' | 'workspace'>

/** What a verifier is built from: the policy (its `key` the first PEM), every key PEM, the trust settings. */
export interface VerifierSetup {
  policy: Policy
  /** PEM public keys; more than one is a rotation: any one verifies. */
  keys: readonly string[]
  trust: TrustSettings
  maxSignatures?: number
}

/** Builds the one verifier of a run from the configuration: its keys are read here, once. */
export async function createImageVerifier(given: Config, logger: Logger, client: RegistryClient = registryClientFor(given, logger)): Promise<RunVerifier> {
  // On a pull request, key files and trusted roots in the workspace come from its base commit.
  const config = await resolveTrustedInputs(given, logger)
  const keys = await readKeys(config.key, config.timeoutMs)
  return createVerifier({ policy: { ...policyFromConfig(config), key: keys[0] }, keys, trust: config, maxSignatures: config.maxSignatures }, logger, client)
}

/** A verifier for a policy: registry client, trust material and policy, loaded once. */
export async function createVerifier(setup: VerifierSetup, logger: Logger, client: RegistryClient): Promise<RunVerifier> {
  const { policy, maxSignatures } = setup
  const settings = await resolveTrustedInputs(setup.trust, logger, ['trustedRoot', 'tufRoot'])
  const [key, ...rotation] = setup.keys
  for (const warning of policyWarnings(policy)) logger.warning(warning)
  if (policy.insecureIgnoreTlog && !key) throw new AppError('INPUT_INVALID', "option 'insecure-ignore-tlog': only applies to key-based verification (set 'key')")
  const trustOptions = { trustedRoot: settings.trustedRoot, tufMirror: settings.tufMirror, tufRoot: settings.tufRoot, offline: settings.offline, logger, timeoutMs: settings.timeoutMs, env: settings.env }
  const { material: trust, fingerprint: trustFingerprint } = await loadTrust({ ...trustOptions, key })
  const thresholds = { tlogThreshold: policy.insecureIgnoreTlog ? 0 : 1, ctlogThreshold: 0, timestampThreshold: policy.insecureIgnoreTlog ? 0 : 1 }
  const verifier = key ? new Verifier(trust, thresholds) : new Verifier(trust)
  const cosign = createCosignVerifier({ client, verifier, policy, logger, keyIdentity: key ? keyId(key) : undefined, trust, maxSignatures })
  const scoped = (client as Partial<ScopedRegistryClient>).bindRegistries
  const bindRegistries = typeof scoped === 'function' ? (hosts: readonly string[]) => scoped(hosts) : undefined
  const base = { client, resolveDigest: cosign.resolveDigest, verifyAttestations: cosign.verifyAttestations, policy, trustFingerprint, ...(bindRegistries ? { bindRegistries } : {}) }
  if (rotation.length === 0) return { ...base, verify: cosign.verify }
  // Several keys (a rotation): one implicit key authority, any key verifies.
  const others = await Promise.all(
    rotation.map(async pem => {
      const keyTrust = await loadTrustMaterial({ ...trustOptions, key: pem })
      return createCosignVerifier({ client, verifier: new Verifier(keyTrust, thresholds), policy: { ...policy, key: pem }, logger, keyIdentity: keyId(pem), trust: keyTrust, maxSignatures })
    })
  )
  // The cache fingerprints every key of the rotation, not only the first.
  return { ...base, policy: { ...policy, key: [key, ...rotation].join('\n') }, verify: target => firstVerified([cosign, ...others], target) }
}
