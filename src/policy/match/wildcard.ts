import type { ImageName } from '../model.js'

/**
 * Kyverno's image wildcards (kyverno ext/wildcard → github.com/IGLOU-EU/go-wildcard v1, the
 * minio matcher): `*` matches any run of characters including `/`, `?` exactly one character,
 * everything else is literal; the pattern must match the whole string.
 */
export function wildcardMatch(pattern: string, text: string): boolean {
  if (pattern === '') return text === ''
  if (pattern === '*') return true
  // Iterative glob with backtracking to the last star: linear in practice, no regex injection.
  let p = 0
  let t = 0
  let star = -1
  let mark = 0
  while (t < text.length) {
    if (p < pattern.length && pattern[p] === '*') {
      star = p++
      mark = t
    } else if (p < pattern.length && (pattern[p] === '?' || pattern[p] === text[t])) {
      p++
      t++
    } else if (star !== -1) {
      p = star + 1
      t = ++mark
    } else return false
  }
  while (p < pattern.length && pattern[p] === '*') p++
  return p === pattern.length
}

/**
 * The string Kyverno matches: ImageInfo.String() of kyverno pkg/utils/image/infos.go, with the
 * default registry `docker.io` (not index.docker.io) and `library/` for one-component paths:
 * `registry/path@digest`, else `registry/path:tag`.
 */
export function kyvernoName(image: ImageName): string {
  return image.digest ? `${image.name}@${image.digest}` : `${image.name}:${image.tag ?? 'latest'}`
}

export function wildcardMatches(pattern: string, image: ImageName): boolean {
  return wildcardMatch(pattern, kyvernoName(image))
}
