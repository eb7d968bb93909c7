import { RE2JS } from 're2js'
import { AppError } from '../errors.js'

/**
 * cosign evaluates `--certificate-identity-regexp` and `--certificate-oidc-issuer-regexp` with Go's
 * `regexp.MatchString`: RE2 syntax (flags such as `(?i)`, no look-around or back-references),
 * an unanchored search, linear time. re2js is a port of Go's regexp, so a pattern means here
 * what it means to cosign, and no pattern can make a long SAN stall the run (ReDoS).
 */
export interface IdentityPattern {
  readonly source: string
  test(value: string): boolean
}

export class PatternError extends AppError<'PATTERN_INVALID'> {}

/** Compiles a pattern with RE2 semantics; throws PATTERN_INVALID with RE2's reason when it is invalid. */
export function compilePattern(source: string): IdentityPattern {
  let compiled: RE2JS
  try {
    compiled = RE2JS.compile(source)
  } catch (e) {
    throw new PatternError('PATTERN_INVALID', (e as Error).message, { cause: e, details: { pattern: source } })
  }
  return { source, test: value => compiled.test(value) }
}

/** Whether `pattern` (valid RE2) finds a match in `value`, unanchored as Go's MatchString. */
export function searchPattern(pattern: string, value: string): boolean {
  return compilePattern(pattern).test(value)
}
