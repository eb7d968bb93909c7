import { createHash } from 'node:crypto'
import type { Authority, ImageName, PolicySet } from './model.js'
import { planImage } from './plan.js'

/** Stable JSON: object keys sorted, so equal rules give equal text whatever the YAML order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined)
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`
  }
  return JSON.stringify(value)
}

// Positions and notes say where a rule was written, not what it requires: left out.
function rulesOf(a: Authority): unknown {
  const { position: _position, ...rest } = a
  return { ...rest, attestations: a.attestations.map(({ position: _p, conditions, ...r }) => ({ ...r, conditions: conditions && { type: conditions.type, data: conditions.data, blocks: conditions.blocks } })) }
}

/**
 * A stable sha256 of the rules that decide an image today: the matching policies with their mode
 * in force (expiry included), threshold, authorities (key data, identities, trusted root) and
 * what they cannot enforce, plus `no-match` when nothing matches. Equal fingerprints mean an
 * earlier verdict under the same evidence still holds (the cache key of issue 16).
 */
export function policyFingerprint(set: PolicySet, image: ImageName, now: Date): string {
  const plan = planImage(set, image, now)
  const rules = {
    effective: plan.effective,
    noMatch: plan.noMatch ? set.noMatch : null,
    policies: plan.policies.map(p => ({
      name: p.policy.name,
      mode: p.mode,
      threshold: p.policy.threshold,
      reason: p.policy.reason,
      expires: p.policy.expires,
      authorities: p.policy.authorities.map(rulesOf),
      unenforceable: p.policy.unenforceable.map(u => `${u.field}: ${u.reason}`)
    }))
  }
  return `sha256:${createHash('sha256').update(canonical(rules)).digest('hex')}`
}
