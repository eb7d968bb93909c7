import { createVerdictCache, directoryStore, normalisePolicy, sha256Hex, stableStringify, type CacheTarget, type VerdictCache } from '../cache/index.js'
import type { Config } from '../config/index.js'
import { messageOf } from '../errors.js'
import { evaluateImage, policyFingerprint, type AuthorityCheck, type ImageName, type PolicySet, type Verdict } from '../policy/index.js'
import { loadTrust, MAX_TRUST_FILE_BYTES } from '../trust/index.js'
import { readUserText } from '../user-file.js'
import { cacheSecret, type CacheSetup } from './cache-setup.js'
import { policyFromConfig } from './policy-config.js'
import { resolveTrustedInputs } from './trusted-inputs.js'

/** The policy side of a run, with how one image is evaluated (through the cache when there is one). */
export interface PolicyEvaluation {
  set: PolicySet
  check: AuthorityCheck
  evaluate?: (image: ImageName & { digest: string }, now: Date) => Promise<Verdict>
}

interface PolicyCacheTarget extends CacheTarget {
  tag?: string
  at: Date
}

/**
 * What was trusted: the run's trust material (trusted-root input or TUF) and every trusted_root.json
 * an authority names (keyless.trustedRoot), by content. Keys are part of the rules themselves.
 */
export async function policyTrustFingerprint(set: PolicySet, given: Config, setup: Pick<CacheSetup, 'logger'>): Promise<string> {
  const config = await resolveTrustedInputs(given, setup.logger, ['trustedRoot', 'tufRoot'])
  const base = await loadTrust({ trustedRoot: config.trustedRoot, tufMirror: config.tufMirror, tufRoot: config.tufRoot, offline: config.offline, logger: setup.logger, timeoutMs: config.timeoutMs })
  const roots = [...new Set(set.policies.flatMap(p => p.authorities.flatMap(a => (a.type === 'keyless' && a.trustedRoot ? [a.trustedRoot] : []))))].sort()
  const contents = await Promise.all(roots.map(async file => `${file}\0${sha256Hex(await readUserText(file, { option: 'trustedRoot', maxBytes: MAX_TRUST_FILE_BYTES, timeoutMs: config.timeoutMs }))}`))
  return sha256Hex([base.fingerprint, ...contents].join('\n'))
}

/**
 * The verification cache under per-image policy: an image's key is the fingerprint of the rules
 * that decide it today (policyFingerprint: matching policies, modes in force, authorities, their
 * attestations and conditions) plus the flat inputs every authority shares, and what was trusted.
 * A hit answers without a registry request; only `verified` verdicts are kept (verdict-cache.ts).
 */
export async function withPolicyCache(policy: { set: PolicySet; check: AuthorityCheck }, config: Config, setup: CacheSetup): Promise<{ policy: PolicyEvaluation; cache?: VerdictCache }> {
  if (config.cacheTtlMs <= 0) return { policy }
  const secret = await cacheSecret(config, setup)
  if (!secret) return { policy }
  let trustFingerprint: string
  try {
    trustFingerprint = await policyTrustFingerprint(policy.set, config, setup)
  } catch (e) {
    setup.logger.warning(`verification cache off: cannot fingerprint the trust material: ${messageOf(e)}`)
    return { policy }
  }
  const shared = normalisePolicy(policyFromConfig(config))
  const cache = createVerdictCache({
    store: directoryStore(setup.dir),
    secret,
    repository: setup.repository,
    ttlMs: config.cacheTtlMs,
    trustFingerprint,
    policyFingerprintOf: t => {
      const { tag, at } = t as PolicyCacheTarget
      return sha256Hex(stableStringify({ rules: policyFingerprint(policy.set, { name: t.name, digest: t.digest, tag }, at), shared }))
    },
    onReject: (t, reason) => setup.logger.debug(`verification cache: ignored the entry for ${t.name}@${t.digest} (${reason})`)
  })
  const evaluate = async (image: ImageName & { digest: string }, now: Date): Promise<Verdict> => {
    const target: PolicyCacheTarget = { name: image.name, digest: image.digest, tag: image.tag, at: now }
    const hit = await cache.lookup(target)
    if (hit) return hit
    const verdict = await evaluateImage(policy.set, image, policy.check, now)
    await cache.remember(target, verdict).catch(e => setup.logger.debug(`verification cache: could not store a verdict: ${messageOf(e)}`))
    return verdict
  }
  return { policy: { ...policy, evaluate }, cache }
}
