import type { ImageName, ImagePolicy, PolicySet } from '../model.js'
import { globMatches } from './glob.js'
import { wildcardMatches } from './wildcard.js'

export { compileGlob, ggcrName, globMatches, isValidGlob } from './glob.js'
export { kyvernoName, wildcardMatch, wildcardMatches } from './wildcard.js'

/** Whether a policy governs an image, by its own engine's pattern rules. */
export function policyMatches(policy: ImagePolicy, image: ImageName): boolean {
  if (policy.engine === 'wildcard') return policy.images.some(p => wildcardMatches(p, image)) && !policy.skip.some(p => wildcardMatches(p, image))
  return policy.images.some(g => globMatches(g, image))
}

/** The policies that govern an image, in file order. */
export function matchingPolicies(set: PolicySet, image: ImageName): ImagePolicy[] {
  return set.policies.filter(p => policyMatches(p, image))
}
