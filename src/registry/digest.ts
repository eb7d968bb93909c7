import { createHash } from 'node:crypto'
import { RegistryError } from './errors.js'

/** Digests this client can recompute, and therefore the only ones it will fetch by. */
const VERIFIABLE = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/

export function isVerifiableDigest(value: string): boolean {
  return VERIFIABLE.test(value)
}

export function digestOf(bytes: Buffer, algorithm: 'sha256' | 'sha512' = 'sha256'): string {
  return `${algorithm}:${createHash(algorithm).update(bytes).digest('hex')}`
}

export interface DigestContext {
  host: string
  repository: string
  what: string
}

/** Recomputes the digest of fetched bytes; a registry's word is never taken for it. */
export function checkDigest(expected: string, bytes: Buffer, ctx: DigestContext): string {
  if (!isVerifiableDigest(expected)) {
    throw new RegistryError('REGISTRY_INPUT_INVALID', `${ctx.what}: expected a sha256 or sha512 digest, found '${expected}'`, ctx)
  }
  const algorithm = expected.startsWith('sha512:') ? 'sha512' : 'sha256'
  const found = digestOf(bytes, algorithm)
  if (found !== expected) {
    throw new RegistryError('REGISTRY_DIGEST_MISMATCH', `${ctx.what}: expected ${expected}, the ${bytes.length} bytes received hash to ${found}`, ctx)
  }
  return found
}

/** OCI distribution spec's referrers tag schema: `<alg>-<hex>`, alg ≤ 32 and hex ≤ 64 characters. */
export function referrersTagFor(digest: string): string {
  const [alg, hex] = digest.split(':')
  return `${alg.slice(0, 32)}-${hex.slice(0, 64)}`
}
