/**
 * Kyverno attestation conditions (`all` / `any` of {key, operator, value}) over an in-toto
 * statement. Keys are JMESPath, evaluated by @jmespath-community/jmespath (Kyverno uses the same
 * community dialect), so imported Kyverno rules run unchanged: `{{ builder.id }}` and `builder.id`
 * both read the predicate, as in Kyverno; `predicate.builder.id`, `predicateType` and `subject`
 * read the statement. Values are literals (Kyverno's `{{ }}` substitution in values is not
 * supported and is refused when the policy is loaded).
 */
import { compile, search, type JSONValue } from '@jmespath-community/jmespath'
import { AppError } from '../errors.js'
import { CONDITION_OPERATORS, type Condition, type ConditionBlock } from './attestation-types.js'
import { wildcardMatch } from './match/wildcard.js'

export type ConditionErrorCode = 'CONDITION_INVALID'

export type ConditionOutcome = { ok: true } | { ok: false; failed: string }

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** `{{ builder.id }}` → `builder.id`. */
export function expressionOf(key: string): string {
  const m = /^\s*\{\{\s*([\s\S]*?)\s*\}\}\s*$/.exec(key)
  return (m ? m[1] : key).trim()
}

/** Throws CONDITION_INVALID for an unknown operator, a key that is not JMESPath, or a templated value. */
export function checkCondition(condition: Condition, where: string): void {
  if (!(CONDITION_OPERATORS as readonly string[]).includes(condition.operator)) {
    throw new AppError('CONDITION_INVALID', `${where}: expected an operator among ${CONDITION_OPERATORS.join(', ')}, found '${String(condition.operator)}'`)
  }
  try {
    compile(expressionOf(condition.key))
  } catch (e) {
    throw new AppError('CONDITION_INVALID', `${where}: key '${condition.key}' is not a JMESPath expression (${(e as Error).message})`, { cause: e })
  }
  if (typeof condition.value === 'string' && condition.value.includes('{{')) {
    throw new AppError('CONDITION_INVALID', `${where}: variables in values ('${condition.value}') are not supported; write the literal value`)
  }
}

/** The document keys are evaluated against: the predicate's fields at the root, then the statement's. */
export function conditionContext(statement: { type?: string; subject: unknown; predicateType: string; predicate: unknown }): JSONValue {
  const predicate = isObject(statement.predicate) ? statement.predicate : {}
  return { ...predicate, _type: statement.type ?? null, subject: statement.subject, predicateType: statement.predicateType, predicate: statement.predicate ?? null } as JSONValue
}

/** Kyverno's wildcard match (`*`, `?`) for string values; everything else compares as JSON. */
function matches(pattern: unknown, found: unknown): boolean {
  if (typeof pattern === 'string' && typeof found === 'string') {
    if (!/[*?]/.test(pattern)) return pattern === found
    // Kyverno's wildcard matcher, iterative (no regular expression over a statement the registry served).
    return wildcardMatch(pattern, found)
  }
  if (typeof pattern === 'number' && typeof found === 'string') return String(pattern) === found
  if (typeof pattern === 'string' && typeof found === 'number') return pattern === String(found)
  return JSON.stringify(pattern) === JSON.stringify(found)
}

const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v])
const inValue = (item: unknown, value: unknown): boolean => asList(value).some(p => matches(p, item))

function toNumber(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN
  return Number.isFinite(n) ? n : undefined
}

function compare(found: unknown, value: unknown, test: (a: number, b: number) => boolean): boolean {
  const a = toNumber(found)
  const b = toNumber(value)
  return a !== undefined && b !== undefined && test(a, b)
}

function holds(found: unknown, operator: Condition['operator'], value: unknown): boolean {
  switch (operator) {
    case 'Equals':
      return matches(value, found)
    case 'NotEquals':
      return !matches(value, found)
    case 'In':
    case 'AllIn':
      return asList(found).every(item => inValue(item, value))
    case 'AnyIn':
      return asList(found).some(item => inValue(item, value))
    case 'NotIn':
    case 'AllNotIn':
      return asList(found).every(item => !inValue(item, value))
    case 'AnyNotIn':
      return asList(found).some(item => !inValue(item, value))
    case 'GreaterThan':
      return compare(found, value, (a, b) => a > b)
    case 'GreaterThanOrEquals':
      return compare(found, value, (a, b) => a >= b)
    case 'LessThan':
      return compare(found, value, (a, b) => a < b)
    case 'LessThanOrEquals':
      return compare(found, value, (a, b) => a <= b)
  }
}

function evaluate(condition: Condition, context: JSONValue): { ok: boolean; found: unknown } {
  let found: unknown
  try {
    found = search(context, expressionOf(condition.key))
  } catch {
    return { ok: false, found: '(expression failed)' }
  }
  return { ok: holds(found, condition.operator, condition.value), found }
}

const describe = (c: Condition, found: unknown): string =>
  `${expressionOf(c.key)} ${c.operator} ${JSON.stringify(c.value)} (found ${JSON.stringify(found ?? null)})`

/**
 * Every block must hold; within a block every `all` condition and, when `any` is given, at least
 * one `any` condition (Kyverno's AnyAllConditions).
 */
export function evaluateConditions(blocks: readonly ConditionBlock[], context: JSONValue): ConditionOutcome {
  for (const block of blocks) {
    for (const condition of block.all ?? []) {
      const r = evaluate(condition, context)
      if (!r.ok) return { ok: false, failed: `condition failed: ${describe(condition, r.found)}` }
    }
    const any = block.any ?? []
    if (any.length > 0) {
      const results = any.map(c => ({ c, ...evaluate(c, context) }))
      if (!results.some(r => r.ok)) return { ok: false, failed: `no 'any' condition holds: ${results.map(r => describe(r.c, r.found)).join('; ')}` }
    }
  }
  return { ok: true }
}
