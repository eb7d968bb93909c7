import { createHash } from 'node:crypto'
import { FormatError } from './errors.js'

export type DigestAlgorithm = 'sha256' | 'sha512'

export interface ParsedDigest {
  algorithm: DigestAlgorithm
  /** Lower-case hex encoding. */
  hex: string
}

const HEX_LENGTH: Record<DigestAlgorithm, number> = { sha256: 64, sha512: 128 }

/** Splits `sha256:<hex>` (or sha512); anything else is FORMAT_DIGEST_INVALID. */
export function parseDigest(digest: string): ParsedDigest {
  const m = /^(sha256|sha512):([0-9a-f]+)$/.exec(digest)
  const algorithm = m?.[1] as DigestAlgorithm | undefined
  if (!m || !algorithm || m[2].length !== HEX_LENGTH[algorithm]) {
    throw new FormatError('FORMAT_DIGEST_INVALID', `expected a digest like sha256:<64 hex>, found '${digest}'`, {
      details: { digest }
    })
  }
  return { algorithm, hex: m[2] }
}

/** Tag of the legacy signature manifest: `sha256-<hex>.sig` (cosign pkg/oci/remote). */
export function sigTag(digest: string): string {
  const { algorithm, hex } = parseDigest(digest)
  return `${algorithm}-${hex}.sig`
}

/**
 * Tag of the referrers fallback index (OCI distribution-spec 1.1, "referrers tag schema"):
 * `<alg>-<ref>`, the algorithm cut to 32 and the encoded part to 64 characters.
 */
export function fallbackTag(digest: string): string {
  const { algorithm, hex } = parseDigest(digest)
  return `${algorithm.slice(0, 32)}-${hex.slice(0, 64)}`
}

/** `sha256:<hex>` of some bytes, the form registries and cosign payloads use. */
export function digestOf(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`
}
