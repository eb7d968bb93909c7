import { CONDITION_OPERATORS, type AttestationAuthority, type Condition, type ConditionBlock } from '../attestation-types.js'
import { checkCondition } from '../conditions.js'
import { PolicyFileError } from '../errors.js'
import { compilePattern } from '../pattern.js'
import { resolvePredicateType } from '../predicate-types.js'
import type { YamlNode } from './yaml-node.js'

export type Lack = (node: YamlNode, reason: string) => void

/**
 * A regular expression from a policy file (issuerRegExp, subjectRegExp): checked with the RE2
 * engine that evaluates it (pattern.ts), so a pattern means what it means to cosign and the
 * Go-based admission controllers, and no pattern can stall the run.
 */
export function readRegExp(node: YamlNode): string | undefined {
  const v = node.str()
  if (v === undefined) return undefined
  try {
    compilePattern(v)
  } catch (e) {
    throw new PolicyFileError('POLICY_FIELD_INVALID', `${node.path}: expected a valid RE2 regular expression, found '${v}' (${(e as Error).message})`, node.position)
  }
  return v
}

/** A predicate type as written (a cosign short name such as `slsaprovenance`, or a URI) to its URI. */
export function readPredicateType(node: YamlNode): string {
  const written = node.required()
  const uri = resolvePredicateType(written)
  if (uri === undefined) throw node.error('POLICY_FIELD_INVALID', 'a cosign predicate type short name or a URI')
  return uri
}

/**
 * Kyverno `conditions`: a list of AnyAllConditions (`all` / `any` of {key, operator, value}).
 * A key that is not JMESPath is an error; an operator or value the action cannot evaluate
 * (Duration*, `{{ }}` variables in values) makes the policy not enforceable, never ignored.
 */
export function readConditions(node: YamlNode, lack: Lack): ConditionBlock[] {
  return node.items().map(blockNode => {
    const block: ConditionBlock = {}
    for (const key of blockNode.keys()) {
      if (key !== 'all' && key !== 'any') throw new PolicyFileError('POLICY_FIELD_INVALID', `${blockNode.path}.${key}: not a field of conditions (all, any)`, blockNode.get(key).position)
    }
    for (const which of ['all', 'any'] as const) {
      const list = blockNode.get(which)
      if (!list.present) continue
      block[which] = list.items().map(c => {
        const operator = c.get('operator').required()
        const condition: Condition = { key: c.get('key').required(), operator: operator as Condition['operator'], value: c.get('value').value() }
        if (!(CONDITION_OPERATORS as readonly string[]).includes(operator)) {
          lack(c.get('operator'), `condition operator ${operator} is not evaluated (supported: ${CONDITION_OPERATORS.join(', ')})`)
          return condition
        }
        if (typeof condition.value === 'string' && condition.value.includes('{{')) {
          lack(c.get('value'), 'variables in condition values are not evaluated; write the literal value')
          return condition
        }
        try {
          checkCondition(condition, c.path)
        } catch (e) {
          throw new PolicyFileError('POLICY_FIELD_INVALID', (e as Error).message, c.get('key').position)
        }
        return condition
      })
    }
    if (!block.all && !block.any) throw blockNode.error('POLICY_FIELD_MISSING', 'all or any')
    return block
  })
}

/**
 * Kyverno `attestations[].attestors`: who may sign the attestation. Keyless entries become
 * identity rules (wildcards as anchored RE2 patterns, as Kyverno matches them); keys, certificates
 * and nested sets are not enforceable. Returns undefined when none are given (the authority's own
 * signer then signs it: stricter than Kyverno, which would fetch it unverified).
 */
export function readAttestors(node: YamlNode, lack: Lack, wildcardToRegExp: (p: string) => string): AttestationAuthority[] | undefined {
  const sets = node.items()
  if (sets.length === 0) return undefined
  const out: AttestationAuthority[] = []
  for (const set of sets) {
    const entries = set.get('entries').items()
    const count = set.get('count').int()
    if (count !== undefined && count > 1) lack(set.get('count'), 'a count above 1 for attestation attestors is not supported')
    for (const entry of entries) {
      const keyless = entry.get('keyless')
      if (!keyless.present) {
        lack(entry, 'attestation attestors other than keyless are not supported')
        continue
      }
      const rule: AttestationAuthority = {}
      const subject = keyless.get('subject').str()
      const issuer = keyless.get('issuer').str()
      const subjectRe = readRegExp(keyless.get('subjectRegExp'))
      const issuerRe = readRegExp(keyless.get('issuerRegExp'))
      if (subject !== undefined) {
        if (/[*?]/.test(subject)) rule.certificateIdentityRegexp = wildcardToRegExp(subject)
        else rule.certificateIdentity = subject
      }
      if (issuer !== undefined) {
        if (/[*?]/.test(issuer)) rule.certificateOidcIssuerRegexp = wildcardToRegExp(issuer)
        else rule.certificateOidcIssuer = issuer
      }
      if (subjectRe !== undefined) {
        if (rule.certificateIdentityRegexp !== undefined) lack(keyless.get('subjectRegExp'), 'a wildcard subject together with subjectRegExp is not supported')
        rule.certificateIdentityRegexp = subjectRe
      }
      if (issuerRe !== undefined) {
        if (rule.certificateOidcIssuerRegexp !== undefined) lack(keyless.get('issuerRegExp'), 'a wildcard issuer together with issuerRegExp is not supported')
        rule.certificateOidcIssuerRegexp = issuerRe
      }
      if (rule.certificateIdentity === undefined && rule.certificateIdentityRegexp === undefined) lack(keyless, 'an attestation attestor without a subject would accept any signer')
      if (rule.certificateOidcIssuer === undefined && rule.certificateOidcIssuerRegexp === undefined) lack(keyless, 'an attestation attestor without an issuer would accept the subject from any identity provider')
      for (const field of ['roots', 'additionalExtensions']) if (keyless.get(field).present) lack(keyless.get(field), `${field} of attestation attestors are not supported`)
      out.push(rule)
    }
  }
  return out
}
