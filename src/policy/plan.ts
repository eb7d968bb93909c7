import type { ImageName, ImagePolicy, PolicyMode, PolicySet } from './model.js'
import { matchingPolicies } from './match/index.js'

/** What happens to an image that nothing verifies: a policy mode, or the no-match choice. */
export type Effective = 'enforce' | 'warn' | 'skip' | 'deny' | 'allow'

export interface PlannedPolicy {
  policy: ImagePolicy
  /** The mode in force today: a `warn` or `skip` policy past its `expires` date is enforced. */
  mode: PolicyMode
  expired: boolean
}

export interface Plan {
  policies: PlannedPolicy[]
  noMatch: boolean
  effective: Effective
  /** The active (unexpired) skip policy that exempts the image, if any. */
  exemptBy?: PlannedPolicy
}

/** YYYY-MM-DD of `now` in UTC; a policy expires the day after its `expires` date. */
export function isExpired(policy: Pick<ImagePolicy, 'expires'>, now: Date): boolean {
  return policy.expires !== undefined && now.toISOString().slice(0, 10) > policy.expires
}

export function modeToday(policy: ImagePolicy, now: Date): PlannedPolicy {
  const expired = isExpired(policy, now)
  return { policy, mode: expired ? 'enforce' : policy.mode, expired }
}

/**
 * Which policies govern an image and what failing them means. Every matching policy must pass,
 * except that an unexpired `skip` policy exempts the image (an exemption is explicit, has a
 * reason, and is listed in the summary). No match falls to `no-match`.
 */
export function planImage(set: PolicySet, image: ImageName, now: Date): Plan {
  const policies = matchingPolicies(set, image).map(p => modeToday(p, now))
  if (policies.length === 0) return { policies, noMatch: true, effective: set.noMatch === 'deny' ? 'deny' : set.noMatch === 'allow' ? 'allow' : 'warn' }
  const exemptBy = policies.find(p => p.mode === 'skip')
  if (exemptBy) return { policies, noMatch: false, effective: 'skip', exemptBy }
  return { policies, noMatch: false, effective: policies.some(p => p.mode === 'enforce') ? 'enforce' : 'warn' }
}
