/**
 * Image reference grammar: distribution/reference (Parse, ParseNormalizedNamed, ParseNamed,
 * ParseDockerRef, ParseAnyReference, WithName, FamiliarString) and go-digest (Parse). Pure, no I/O;
 * every failure is an InvalidReferenceError with a ReferenceErrorCode.
 */
export { InvalidReferenceError, isInvalidReferenceError, type ReferenceErrorCode } from './errors.js'
export { DIGEST_ALGORITHMS, REFERENCE_DIGEST_ALGORITHMS, isDigest, parseDigest, type Digest, type DigestAlgorithms } from './digest.js'
export { isDigestShape, isDomain, isIdentifier, isTag, matchName, matchReference, type NameMatch, type ReferenceMatch } from './grammar.js'
export { NAME_TOTAL_LENGTH_MAX, parseName, parseReference, trimNamed, withDigest, withTag, type Reference } from './reference.js'
export {
  DEFAULT_DOMAIN,
  DEFAULT_TAG,
  DOCKER_HUB_REGISTRY,
  LEGACY_DEFAULT_DOMAIN,
  OFFICIAL_REPO_PREFIX,
  familiarName,
  familiarString,
  parseAnyReference,
  parseDockerRef,
  parseNamed,
  parseNormalizedNamed,
  registryHost,
  splitNormalizedName
} from './normalize.js'
