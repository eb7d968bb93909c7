import { parseDigestWith, REFERENCE_DIGEST_ALGORITHMS } from './digest.js'
import { InvalidReferenceError, quote } from './errors.js'
import { isIdentifier } from './grammar.js'
import { makeReference, parseReference, trimNamed, withDigest, withTag, type Reference } from './reference.js'

/** Docker Hub's name in normalized references (distribution's defaultDomain). */
export const DEFAULT_DOMAIN = 'docker.io'
/** The legacy "Docker Index" name, folded into DEFAULT_DOMAIN when normalizing. */
export const LEGACY_DEFAULT_DOMAIN = 'index.docker.io'
/** The host that actually serves Docker Hub's registry API. */
export const DOCKER_HUB_REGISTRY = 'registry-1.docker.io'
/** The namespace of Docker Hub's official images. */
export const OFFICIAL_REPO_PREFIX = 'library/'
/** The tag ParseDockerRef adds to a bare name. */
export const DEFAULT_TAG = 'latest'
const LOCALHOST = 'localhost'

/**
 * distribution's splitDockerDomain. The first component is a registry only if it is
 * 'localhost', contains '.' or ':', or has uppercase letters (namespaces are lowercase);
 * otherwise the name lives on Docker Hub, under 'library/' when it has no namespace.
 */
function splitDockerDomain(input: string): { domain: string; remainder: string } {
  const slash = input.indexOf('/')
  // A single component ("ubuntu", "localhost", "example.com:5000") is always a Hub image name.
  if (slash < 0) return { domain: DEFAULT_DOMAIN, remainder: OFFICIAL_REPO_PREFIX + input }
  const first = input.slice(0, slash)
  const rest = input.slice(slash + 1)
  let domain: string
  let remainder: string
  if (first === LOCALHOST || /[.:]/.test(first) || first.toLowerCase() !== first) {
    domain = first === LEGACY_DEFAULT_DOMAIN ? DEFAULT_DOMAIN : first
    remainder = rest
  } else {
    domain = DEFAULT_DOMAIN
    remainder = input
  }
  if (domain === DEFAULT_DOMAIN && !remainder.includes('/')) remainder = OFFICIAL_REPO_PREFIX + remainder
  return { domain, remainder }
}

/**
 * distribution's ParseNormalizedNamed: a familiar name as Docker reads it, e.g. 'ubuntu' →
 * 'docker.io/library/ubuntu', 'index.docker.io/x/y' → 'docker.io/x/y'. A 64-hex string is
 * refused, since Docker would read it as an image id.
 */
export function parseNormalizedNamed(input: string): Reference {
  if (isIdentifier(input)) {
    throw new InvalidReferenceError(
      'REFERENCE_NAME_IS_IDENTIFIER',
      `expected a repository name, found the 64-hex image id ${quote(input)}; write it as a digest "sha256:<hex>"`,
      { input }
    )
  }
  const { domain, remainder } = splitDockerDomain(input)
  const colon = remainder.indexOf(':')
  const remote = colon < 0 ? remainder : remainder.slice(0, colon)
  if (remote.toLowerCase() !== remote) {
    throw new InvalidReferenceError('REFERENCE_NAME_UPPERCASE', `expected a lowercase repository name, found ${quote(remote)} in ${quote(input)}`, {
      input
    })
  }
  const normalized = `${domain}/${remainder}`
  try {
    return parseReference(normalized)
  } catch (error) {
    if (!(error instanceof InvalidReferenceError)) throw error
    throw new InvalidReferenceError(error.code, `${error.message} (normalized from ${quote(input)})`, { ...error.details, input })
  }
}

/** distribution's ParseNamed: like parseNormalizedNamed, but the input must already be in normal form. */
export function parseNamed(input: string): Reference {
  const ref = parseNormalizedNamed(input)
  if (ref.toString() !== input) {
    throw new InvalidReferenceError('REFERENCE_NAME_NOT_CANONICAL', `expected a fully qualified reference ${quote(ref.toString())}, found ${quote(input)}`, {
      input,
      canonical: ref.toString()
    })
  }
  return ref
}

/**
 * distribution's ParseDockerRef: normalized, then tagged or digested, never both: a digest wins
 * over a tag, and a bare name gets the tag 'latest'.
 */
export function parseDockerRef(input: string): Reference {
  const ref = parseNormalizedNamed(input)
  if (ref.digest !== undefined) return ref.tag === undefined ? ref : withDigest(trimNamed(ref), ref.digest)
  return ref.tag === undefined ? withTag(ref, DEFAULT_TAG) : ref
}

/**
 * distribution's ParseAnyReference: a 64-hex image id (as sha256), a bare digest, or else a
 * familiar name. The first two give a digest-only reference (name '').
 */
export function parseAnyReference(input: string): Reference {
  if (isIdentifier(input)) return makeReference({ domain: '', path: '', digest: `sha256:${input}` })
  let digest: string | undefined
  try {
    digest = parseDigestWith(input, REFERENCE_DIGEST_ALGORITHMS).toString()
  } catch (error) {
    if (!(error instanceof InvalidReferenceError)) throw error
  }
  if (digest !== undefined) return makeReference({ domain: '', path: '', digest })
  return parseNormalizedNamed(input)
}

// distribution's familiarizeName: only a single-component 'library/x' loses its prefix.
function familiarize(ref: Reference): Reference {
  if (ref.domain !== DEFAULT_DOMAIN) return ref
  let path = ref.path
  if (path.startsWith(OFFICIAL_REPO_PREFIX) && !path.slice(OFFICIAL_REPO_PREFIX.length).includes('/')) {
    path = path.slice(OFFICIAL_REPO_PREFIX.length)
  }
  return makeReference({ domain: '', path, tag: ref.tag, digest: ref.digest })
}

/** distribution's FamiliarName: the name as Docker shows it, e.g. 'ubuntu', 'bitnami/redis'. */
export function familiarName(ref: Reference): string {
  return familiarize(ref).name
}

/** distribution's FamiliarString: the reference as Docker shows it, e.g. 'ubuntu:22.04'. */
export function familiarString(ref: Reference): string {
  return familiarize(ref).toString()
}

/**
 * The host to send registry API requests to for a reference's domain: Docker Hub's names
 * ('docker.io', 'index.docker.io') become 'registry-1.docker.io'; anything else, including
 * other casings or ports, is returned unchanged, as normalization compares these names exactly.
 */
export function registryHost(domain: string): string {
  return domain === DEFAULT_DOMAIN || domain === LEGACY_DEFAULT_DOMAIN ? DOCKER_HUB_REGISTRY : domain
}

/**
 * A normalized name (`parseNormalizedNamed(…).name`) as its domain and repository path, without
 * parsing again: the normal form is always `domain/path`, so the domain ends at the first slash.
 */
export function splitNormalizedName(name: string): { domain: string; path: string } {
  const slash = name.indexOf('/')
  return { domain: name.slice(0, slash), path: name.slice(slash + 1) }
}
