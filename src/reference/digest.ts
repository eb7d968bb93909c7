import { InvalidReferenceError, quote } from './errors.js'

/** A validated `algorithm:hex` digest, as go-digest's Digest. */
export interface Digest {
  readonly algorithm: string
  /** The encoded part; always lowercase hex for the registered algorithms. */
  readonly hex: string
  toString(): string
}

/** Registered algorithm → hex length (go-digest's `Size() * 2`). */
export type DigestAlgorithms = Readonly<Record<string, number>>

/** sha256, sha384 and sha512: what go-digest accepts with all three hashes registered. */
export const DIGEST_ALGORITHMS: DigestAlgorithms = Object.freeze({ sha256: 64, sha384: 96, sha512: 128 })

/**
 * The algorithms accepted inside an image reference. distribution/reference links only
 * crypto/sha256, so `name@sha512:…` is ErrDigestUnsupported there (reference_test.go: "sha512 is
 * valid, but not registered by default"); we keep that, and cosign only ever signs sha256 digests.
 */
export const REFERENCE_DIGEST_ALGORITHMS: DigestAlgorithms = Object.freeze({ sha256: 64 })

// go-digest's DigestRegexpAnchored: only consulted to tell "unsupported" from "malformed".
const wellFormedDigest = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/
const lowerHex = /^[a-f0-9]+$/

/**
 * go-digest's Digest.Validate, in its order: a separator with text after it, then the algorithm
 * (unknown but well formed → unsupported), then the hex length, then lowercase hex.
 */
export function parseDigestWith(input: string, algorithms: DigestAlgorithms): Digest {
  const at = input.indexOf(':')
  if (at < 0 || at + 1 === input.length) {
    throw new InvalidReferenceError('REFERENCE_DIGEST_INVALID', `expected a digest "algorithm:hex", found ${quote(input)}`, { input })
  }
  const algorithm = input.slice(0, at)
  const hex = input.slice(at + 1)
  const size = Object.hasOwn(algorithms, algorithm) ? algorithms[algorithm] : undefined
  if (size === undefined) {
    if (!wellFormedDigest.test(input)) {
      throw new InvalidReferenceError('REFERENCE_DIGEST_INVALID', `expected a digest "algorithm:hex", found ${quote(input)}`, { input })
    }
    const supported = Object.keys(algorithms).join(', ')
    throw new InvalidReferenceError(
      'REFERENCE_DIGEST_UNSUPPORTED',
      `expected a digest algorithm among ${supported}, found ${quote(algorithm)}`,
      { input, algorithm, encoded: hex }
    )
  }
  if (hex.length !== size) {
    throw new InvalidReferenceError(
      'REFERENCE_DIGEST_INVALID_LENGTH',
      `expected ${size} hex characters for ${algorithm}, found ${hex.length} in ${quote(input)}`,
      { input, algorithm, encoded: hex }
    )
  }
  if (!lowerHex.test(hex)) {
    throw new InvalidReferenceError('REFERENCE_DIGEST_INVALID', `expected lowercase hex after "${algorithm}:", found ${quote(hex)}`, {
      input,
      algorithm,
      encoded: hex
    })
  }
  const text = `${algorithm}:${hex}`
  return Object.freeze({ algorithm, hex, toString: () => text })
}

/** go-digest's Parse with sha256, sha384 and sha512 registered. */
export function parseDigest(input: string): Digest {
  return parseDigestWith(input, DIGEST_ALGORITHMS)
}

/** True when {@link parseDigest} would accept the input. */
export function isDigest(input: string): boolean {
  try {
    parseDigest(input)
    return true
  } catch (error) {
    if (error instanceof InvalidReferenceError) return false
    throw error
  }
}
