import { parseDigestWith, REFERENCE_DIGEST_ALGORITHMS } from './digest.js'
import { InvalidReferenceError, quote } from './errors.js'
import { isTag, matchName, matchReference } from './grammar.js'

/**
 * An image reference. Values are frozen; `toString()` is `name[:tag][@digest]`, which for a
 * digest-only reference (parseAnyReference of a bare digest) is just the digest, with `domain`,
 * `path` and `name` all ''.
 */
export interface Reference {
  /** Registry host, e.g. 'docker.io', 'ghcr.io', 'localhost:5000'; '' if none (non-normalized parse). */
  readonly domain: string
  /** Repository path, e.g. 'library/nginx'. */
  readonly path: string
  /** domain + '/' + path, or just path when domain is ''. */
  readonly name: string
  readonly tag?: string
  /** 'sha256:<hex>'. */
  readonly digest?: string
  toString(): string
}

/** distribution's RepositoryNameTotalLengthMax; since distribution v3 it bounds the path only. */
export const NAME_TOTAL_LENGTH_MAX = 255

interface Parts {
  readonly domain: string
  readonly path: string
  readonly tag?: string | undefined
  readonly digest?: string | undefined
}

/** Builds the frozen value; callers have validated every part. */
export function makeReference(parts: Parts): Reference {
  const name = parts.domain === '' ? parts.path : `${parts.domain}/${parts.path}`
  let text = name
  if (parts.tag !== undefined) text += `:${parts.tag}`
  if (parts.digest !== undefined) text = name === '' ? parts.digest : `${text}@${parts.digest}`
  const ref: { -readonly [K in keyof Reference]: Reference[K] } = {
    domain: parts.domain,
    path: parts.path,
    name,
    toString: () => text
  }
  if (parts.tag !== undefined) ref.tag = parts.tag
  if (parts.digest !== undefined) ref.digest = parts.digest
  return Object.freeze(ref)
}

function checkPathLength(path: string, input: string): void {
  if (path.length > NAME_TOTAL_LENGTH_MAX) {
    throw new InvalidReferenceError(
      'REFERENCE_NAME_TOO_LONG',
      `expected a repository path of at most ${NAME_TOTAL_LENGTH_MAX} characters, found ${path.length} in ${quote(input)}`,
      { input, length: path.length }
    )
  }
}

// Go's WithTag/WithDigest take a Named; a digest-only reference has no name to carry over.
function requireName(ref: Reference): void {
  if (ref.name === '') {
    throw new InvalidReferenceError('REFERENCE_INVALID', `expected a named reference, found the digest-only ${quote(ref.toString())}`, {
      input: ref.toString()
    })
  }
}

function validDigest(digest: string): string {
  return parseDigestWith(digest, REFERENCE_DIGEST_ALGORITHMS).toString()
}

/**
 * distribution's reference.Parse: the grammar only, no docker.io defaults. The domain is whatever
 * the grammar takes as one, so 'library/ubuntu' has domain 'library'; use parseNormalizedNamed
 * for the Docker meaning.
 */
export function parseReference(input: string): Reference {
  if (input === '') {
    throw new InvalidReferenceError('REFERENCE_EMPTY', 'expected an image reference "name[:tag][@digest]", found an empty string', { input })
  }
  const match = matchReference(input)
  if (match === undefined) {
    const lower = input.toLowerCase()
    if (lower !== input && matchReference(lower) !== undefined) {
      throw new InvalidReferenceError('REFERENCE_NAME_UPPERCASE', `expected a lowercase repository name, found ${quote(input)}`, { input })
    }
    throw new InvalidReferenceError('REFERENCE_INVALID', `expected an image reference "name[:tag][@digest]", found ${quote(input)}`, { input })
  }
  const { domain, path } = matchName(match.name) ?? { domain: '', path: match.name }
  checkPathLength(path, input)
  const digest = match.digest === undefined ? undefined : validDigest(match.digest)
  return makeReference({ domain, path, tag: match.tag, digest })
}

/** distribution's WithName: a bare repository name, no tag or digest allowed. */
export function parseName(input: string): Reference {
  const match = matchName(input)
  if (match === undefined) {
    throw new InvalidReferenceError('REFERENCE_INVALID', `expected a repository name "[domain/]path", found ${quote(input)}`, { input })
  }
  checkPathLength(match.path, input)
  return makeReference(match)
}

/** distribution's WithTag: the same repository (and digest, if any) with this tag. */
export function withTag(ref: Reference, tag: string): Reference {
  requireName(ref)
  if (!isTag(tag)) {
    throw new InvalidReferenceError('REFERENCE_TAG_INVALID', `expected a tag of [A-Za-z0-9_.-], at most 128 characters, found ${quote(tag)}`, {
      tag
    })
  }
  return makeReference({ domain: ref.domain, path: ref.path, tag, digest: ref.digest })
}

/**
 * distribution's WithDigest: the same repository (and tag, if any) pinned to this digest.
 * Stricter than distribution, which checks only the shape: the digest must pass go-digest with
 * the reference algorithms, so every Reference value parses back from its string.
 */
export function withDigest(ref: Reference, digest: string): Reference {
  requireName(ref)
  return makeReference({ domain: ref.domain, path: ref.path, tag: ref.tag, digest: validDigest(digest) })
}

/** distribution's TrimNamed: the repository alone, tag and digest dropped. */
export function trimNamed(ref: Reference): Reference {
  requireName(ref)
  return makeReference({ domain: ref.domain, path: ref.path })
}
