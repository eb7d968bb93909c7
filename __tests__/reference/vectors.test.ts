/**
 * Runs every vector of __tests__/fixtures/reference-vectors.json, a copy of
 * /work/shared/testdata/reference-vectors.json: 348 cases transcribed from the Go tests of
 * distribution/reference (reference_test.go, normalize_test.go, regexp_test.go) and
 * opencontainers/go-digest (digest_test.go TestParseDigest); each vector names its `source`.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import {
  InvalidReferenceError,
  familiarString,
  isDomain,
  isIdentifier,
  matchName,
  matchReference,
  parseAnyReference,
  parseDigest,
  parseDockerRef,
  parseName,
  parseNamed,
  parseNormalizedNamed,
  parseReference,
  type Reference,
  type ReferenceErrorCode
} from '../../src/reference/index.js'

interface Vector {
  readonly index: number
  readonly input: string
  readonly valid: boolean
  readonly func: string
  readonly source: string
  readonly fields: Readonly<Record<string, unknown>>
}

function toVector(value: unknown, index: number): Vector {
  if (typeof value !== 'object' || value === null) throw new Error(`vector ${index} is not an object`)
  const fields = value as Record<string, unknown>
  const { input, valid, func, source } = fields
  if (typeof input !== 'string' || typeof valid !== 'boolean' || typeof func !== 'string' || typeof source !== 'string') {
    throw new Error(`vector ${index} lacks input/valid/func/source`)
  }
  return { index, input, valid, func, source, fields }
}

const raw: unknown = JSON.parse(readFileSync(new URL('../fixtures/reference-vectors.json', import.meta.url), 'utf8'))
if (!Array.isArray(raw)) throw new Error('reference-vectors.json is not an array')
const vectors: readonly Vector[] = raw.map((value: unknown, index) => toVector(value, index))

// Go sentinel errors named by the vectors → our codes.
const CODES: Readonly<Record<string, ReferenceErrorCode>> = {
  ErrNameEmpty: 'REFERENCE_EMPTY',
  ErrReferenceInvalidFormat: 'REFERENCE_INVALID',
  ErrNameContainsUppercase: 'REFERENCE_NAME_UPPERCASE',
  ErrNameTooLong: 'REFERENCE_NAME_TOO_LONG',
  ErrNameNotCanonical: 'REFERENCE_NAME_NOT_CANONICAL',
  'digest.ErrDigestInvalidFormat': 'REFERENCE_DIGEST_INVALID',
  'digest.ErrDigestInvalidLength': 'REFERENCE_DIGEST_INVALID_LENGTH',
  'digest.ErrDigestUnsupported': 'REFERENCE_DIGEST_UNSUPPORTED'
}

function caught(fn: () => unknown): unknown {
  try {
    fn()
  } catch (error) {
    return error
  }
  return undefined
}

function expectRejected(v: Vector, fn: () => unknown): void {
  const error = caught(fn)
  expect(error).toBeInstanceOf(InvalidReferenceError)
  const expected = v.fields.error
  if (typeof expected === 'string') {
    expect(CODES[expected]).toBeDefined()
    expect((error as InvalidReferenceError).code).toBe(CODES[expected])
  }
}

function expectReference(v: Vector, ref: Reference): void {
  const f = v.fields
  for (const key of ['domain', 'path', 'name'] as const) {
    if (key in f) expect(ref[key]).toBe(f[key])
  }
  // A vector that states the name or normal form states the whole value: a missing tag or digest means none.
  const complete = 'name' in f || 'normalized' in f
  for (const key of ['tag', 'digest'] as const) {
    if (key in f) expect(ref[key]).toBe(f[key])
    else if (complete) expect(ref[key]).toBeUndefined()
  }
  if ('normalized' in f) expect(ref.toString()).toBe(f.normalized)
  if ('familiar' in f) expect(familiarString(ref)).toBe(f.familiar)
  if (f.digest_only === true) expect(ref.name).toBe('')
  expect(Object.isFrozen(ref)).toBe(true)
}

function referenceRunner(parse: (input: string) => Reference, roundTrips = false): (v: Vector) => void {
  return (v) => {
    if (!v.valid) return expectRejected(v, () => parse(v.input))
    const ref = parse(v.input)
    expectReference(v, ref)
    if (roundTrips) expect(ref.toString()).toBe(v.input)
  }
}

const RUNNERS: Readonly<Record<string, (v: Vector) => void>> = {
  Parse: referenceRunner(parseReference, true),
  WithName: referenceRunner(parseName, true),
  ParseNamed: referenceRunner(parseNamed, true),
  ParseNormalizedNamed: referenceRunner(parseNormalizedNamed),
  ParseAnyReference: referenceRunner(parseAnyReference),
  ParseDockerRef: referenceRunner(parseDockerRef),
  'digest.Parse': (v) => {
    if (!v.valid) {
      expectRejected(v, () => parseDigest(v.input))
      const details = (caught(() => parseDigest(v.input)) as InvalidReferenceError).details
      if ('algorithm' in v.fields) expect(details.algorithm).toBe(v.fields.algorithm)
      if ('encoded' in v.fields) expect(details.encoded).toBe(v.fields.encoded)
      return
    }
    const digest = parseDigest(v.input)
    expect(digest.toString()).toBe(v.fields.digest)
    expect(digest.algorithm).toBe(v.fields.algorithm)
    expect(digest.hex).toBe(v.fields.encoded)
  },
  'regexp:^domainAndPort$': (v) => expect(isDomain(v.input)).toBe(v.valid),
  'regexp:anchoredIdentifierRegexp': (v) => expect(isIdentifier(v.input)).toBe(v.valid),
  'regexp:anchoredNameRegexp': (v) => {
    const match = matchName(v.input)
    if (!v.valid) return expect(match).toBeUndefined()
    expect(match).toBeDefined()
    if ('domain' in v.fields) expect(match?.domain).toBe(v.fields.domain)
    if ('path' in v.fields) expect(match?.path).toBe(v.fields.path)
  },
  'regexp:referenceRegexp': (v) => {
    const match = matchReference(v.input)
    if (!v.valid) return expect(match).toBeUndefined()
    expect(match).toEqual({ name: v.fields.name, tag: v.fields.tag, digest: v.fields.digest })
  }
}

// The Go function each `func` names → ours, for the describe titles.
const OURS: Readonly<Record<string, string>> = {
  Parse: 'parseReference',
  WithName: 'parseName',
  ParseNamed: 'parseNamed',
  ParseNormalizedNamed: 'parseNormalizedNamed',
  ParseAnyReference: 'parseAnyReference',
  ParseDockerRef: 'parseDockerRef',
  'digest.Parse': 'parseDigest',
  'regexp:^domainAndPort$': 'isDomain',
  'regexp:anchoredIdentifierRegexp': 'isIdentifier',
  'regexp:anchoredNameRegexp': 'matchName',
  'regexp:referenceRegexp': 'matchReference'
}

const funcs = [...new Set(vectors.map((v) => v.func))]

describe('reference vectors', () => {
  describe('when the fixture is loaded', () => {
    it('holds all 348 vectors', () => expect(vectors).toHaveLength(348))
    it('has a runner for every func it names', () => expect(funcs.filter((func) => !(func in RUNNERS))).toEqual([]))
  })
})

for (const func of funcs) {
  describe(OURS[func] ?? func, () => {
    describe(`when fed the vectors of ${func}`, () => {
      const cases = vectors.filter((v) => v.func === func)
      it.each(cases.map((v) => [`#${v.index} ${v.valid ? 'accepts' : 'rejects'} ${JSON.stringify(v.input.slice(0, 80))} (${v.source})`, v] as const))(
        '%s',
        (_title, v) => {
          const run = RUNNERS[func]
          if (run === undefined) throw new Error(`no runner for ${func}`)
          run(v)
        }
      )
    })
  })
}
