import { describe, expect, it } from '@jest/globals'
import { AppError } from '../../src/errors.js'
import { checkCondition, conditionContext, evaluateConditions, type Condition } from '../../src/policy/index.js'
import { codeOf } from '../support/error-code.js'

// The shape of a SLSA v0.2 provenance as slsa-github-generator writes it.
const statement = {
  type: 'https://in-toto.io/Statement/v0.1',
  subject: [{ name: 'ghcr.io/acme/app', digest: { sha256: 'ab'.repeat(32) } }],
  predicateType: 'https://slsa.dev/provenance/v0.2',
  predicate: {
    builder: { id: 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_container_slsa3.yml@refs/tags/v1.9.0' },
    buildType: 'https://github.com/slsa-framework/slsa-github-generator/container@v1',
    invocation: { configSource: { uri: 'git+https://github.com/acme/app@refs/heads/main' } },
    materials: [{ uri: 'git+https://github.com/acme/app@refs/heads/main' }, { uri: 'pkg:docker/golang' }],
    metadata: { completeness: { parameters: true } },
    count: 3
  }
}
const ctx = conditionContext(statement)
const holds = (c: Condition) => evaluateConditions([{ all: [c] }], ctx).ok

describe('evaluateConditions', () => {
  describe('when keys are written as in Kyverno', () => {
    it('reads the predicate at the root, with or without {{ }}', () => {
      expect(holds({ key: '{{ builder.id }}', operator: 'Equals', value: statement.predicate.builder.id })).toBe(true)
      expect(holds({ key: 'buildType', operator: 'Equals', value: 'https://github.com/slsa-framework/slsa-github-generator/container@v1' })).toBe(true)
      expect(holds({ key: 'builder.id', operator: 'Equals', value: 'https://github.com/evil/builder' })).toBe(false)
    })
    it('reads the statement too', () => {
      expect(holds({ key: 'predicate.invocation.configSource.uri', operator: 'Equals', value: 'git+https://github.com/acme/app@refs/heads/main' })).toBe(true)
      expect(holds({ key: 'predicateType', operator: 'Equals', value: 'https://slsa.dev/provenance/v0.2' })).toBe(true)
    })
  })

  describe('when operators compare', () => {
    it.each([
      [{ key: 'builder.id', operator: 'Equals', value: 'https://github.com/slsa-framework/*' }, true],
      [{ key: 'builder.id', operator: 'NotEquals', value: 'https://github.com/slsa-framework/*' }, false],
      [{ key: 'materials[].uri', operator: 'AnyIn', value: ['pkg:docker/*'] }, true],
      [{ key: 'materials[].uri', operator: 'AllIn', value: ['pkg:docker/*'] }, false],
      [{ key: 'materials[].uri', operator: 'AllNotIn', value: ['git+https://github.com/evil/*'] }, true],
      [{ key: 'materials[].uri', operator: 'AnyNotIn', value: ['pkg:docker/golang'] }, true],
      [{ key: 'metadata.completeness.parameters', operator: 'Equals', value: true }, true],
      [{ key: 'count', operator: 'GreaterThan', value: 2 }, true],
      [{ key: 'count', operator: 'LessThanOrEquals', value: '2' }, false],
      [{ key: 'missing.field', operator: 'Equals', value: 'x' }, false]
    ] as [Condition, boolean][])('%j → %s', (condition, expected) => {
      expect(holds(condition)).toBe(expected)
    })
  })

  describe('when blocks combine', () => {
    it('needs every all and one any', () => {
      const yes = { key: 'buildType', operator: 'Equals', value: statement.predicate.buildType } as Condition
      const no = { key: 'buildType', operator: 'Equals', value: 'other' } as Condition
      expect(evaluateConditions([{ all: [yes], any: [no, yes] }], ctx).ok).toBe(true)
      expect(evaluateConditions([{ any: [no, no] }], ctx).ok).toBe(false)
      expect(evaluateConditions([{ all: [yes] }, { all: [no] }], ctx).ok).toBe(false)
    })
  })
})

describe('checkCondition', () => {
  it('refuses unknown operators, bad JMESPath and templated values with CONDITION_INVALID', () => {
    expect(codeOf(() => checkCondition({ key: 'a', operator: 'Matches' as Condition['operator'], value: 1 }, 'x'), AppError)).toBe('CONDITION_INVALID')
    expect(codeOf(() => checkCondition({ key: 'a[', operator: 'Equals', value: 1 }, 'x'), AppError)).toBe('CONDITION_INVALID')
    expect(codeOf(() => checkCondition({ key: 'a', operator: 'Equals', value: '{{ request.x }}' }, 'x'), AppError)).toBe('CONDITION_INVALID')
    expect(codeOf(() => checkCondition({ key: '{{ builder.id }}', operator: 'Equals', value: 'x' }, 'x'), AppError)).toBeUndefined()
  })
})

describe('wildcard values against a statement from the registry', () => {
  it('match in linear time whatever the pattern: a many-star value against a long field completes', () => {
    // As a regular expression (^.*a.*a…b$) this backtracks polynomially (n^11) over 20,000 characters.
    const statement = { subject: [], predicateType: 'https://slsa.dev/provenance/v1', predicate: { builder: { id: 'a'.repeat(20_000) } } }
    const hostile: Condition = { key: 'builder.id', operator: 'Equals', value: `${'*a'.repeat(11)}*b` }
    expect(evaluateConditions([{ all: [hostile] }], conditionContext(statement)).ok).toBe(false)
    expect(evaluateConditions([{ all: [{ ...hostile, value: `${'*a'.repeat(11)}*` }] }], conditionContext(statement)).ok).toBe(true)
  })
})
