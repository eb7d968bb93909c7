import { AppError } from '../errors.js'
import type { Config } from '../config/index.js'
import type { Logger } from '../logger.js'
import type { AuthorityCheck, PolicySet } from '../policy/index.js'
import type { RegistryClient } from '../registry/index.js'
import { repoOf } from '../cosign/index.js'
import { createAuthorityCheck } from './authority-check.js'
import { registryClientFor } from './credentials.js'
import { memoizeReads } from './memo-client.js'
import { loadPolicyFiles } from './policy-files.js'
import type { ImageVerifier } from './verify-run.js'

export interface PolicyRun {
  policy: { set: PolicySet; check: AuthorityCheck }
  /** Resolves tags of the `images` input; verification goes through `policy.check`. */
  verifier: ImageVerifier
  client: RegistryClient
}

/**
 * Loads the `policy` input and builds per-authority verification over one registry client. With
 * `env` (the action, the CLI) a pull request's policy is read from its base commit.
 */
export async function createPolicyRun(config: Config, logger: Logger, env?: NodeJS.ProcessEnv): Promise<PolicyRun> {
  const set = await loadPolicyFiles({ patterns: config.policy, workspace: config.workspace, noMatch: config.noMatch, logger, env, requireSigned: config.requireSigned, timeoutMs: config.timeoutMs })
  const scoped = registryClientFor(config, logger)
  const client = memoizeReads(scoped)
  const check = createAuthorityCheck({ config, logger, client })
  const verifier: ImageVerifier = {
    verify: () => Promise.reject(new AppError('POLICY_INTERNAL', 'with a policy, images are verified per authority')),
    resolveDigest: async (name, tag) => (await client.headManifest(repoOf(name), tag)).digest,
    // Explicit credentials go only to the registry they are for, known once the scan has run (issue 11).
    bindRegistries: hosts => scoped.bindRegistries(hosts)
  }
  return { policy: { set, check }, verifier, client }
}
