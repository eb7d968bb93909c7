import { COSIGN_SIGNATURE_TYPE } from './constants.js'
import { parseDigest } from './digest.js'
import { FormatError } from './errors.js'
import { toGoJson, toGoJsonString, type GoJsonValue } from './go-json.js'

/** The "simple signing" document a legacy cosign signature signs (sigstore/sigstore pkg/signature/payload). */
export interface SimpleSigningPayload {
  /** Repository without tag or digest, as go-containerregistry names it (`index.docker.io/library/alpine`). */
  dockerReference: string
  manifestDigest: string
  type: string
  /** `cosign sign -a k=v` annotations; null when none were given. */
  optional: Record<string, GoJsonValue> | null
}

export interface SimpleSigningInput {
  dockerReference: string
  manifestDigest: string
  optional?: Record<string, GoJsonValue> | null
}

/**
 * The exact bytes cosign signs: Go's json.Marshal of SimpleContainerImage, i.e. struct fields in
 * declaration order (critical{identity,image,type}, optional) and `optional` as a sorted map.
 */
export function toSimpleSigningPayload(input: SimpleSigningInput): Buffer {
  parseDigest(input.manifestDigest)
  const optional = input.optional ?? null
  const json =
    `{"critical":{"identity":{"docker-reference":${toGoJsonString(input.dockerReference)}},` +
    `"image":{"docker-manifest-digest":${toGoJsonString(input.manifestDigest)}},` +
    `"type":${toGoJsonString(COSIGN_SIGNATURE_TYPE)}},"optional":${toGoJson(optional)}}`
  return Buffer.from(json, 'utf8')
}

/**
 * cosign's `docker-reference` for a repository: go-containerregistry's Repository.Name(), which
 * spells Docker Hub `index.docker.io` and adds `library/` to official images.
 */
export function toDockerReference(repository: string): string {
  const slash = repository.indexOf('/')
  const first = slash === -1 ? '' : repository.slice(0, slash)
  const hasRegistry = first.includes('.') || first.includes(':') || first === 'localhost'
  if (hasRegistry && first !== 'docker.io' && first !== 'index.docker.io' && first !== 'registry-1.docker.io') return repository
  const path = hasRegistry ? repository.slice(slash + 1) : repository
  return `index.docker.io/${path.includes('/') ? path : `library/${path}`}`
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

function invalid(found: string): FormatError {
  return new FormatError('FORMAT_PAYLOAD_INVALID', `expected a cosign simple-signing payload, found ${found}`)
}

/** Reads a payload blob. Shape errors are FORMAT_PAYLOAD_INVALID; the claims are checked by {@link checkSimpleSigningClaims}. */
export function simpleSigningPayloadFromBytes(bytes: Uint8Array): SimpleSigningPayload {
  let doc: unknown
  try {
    doc = JSON.parse(Buffer.from(bytes).toString('utf8'))
  } catch (cause) {
    throw new FormatError('FORMAT_PAYLOAD_INVALID', 'expected a JSON simple-signing payload, found bytes that are not JSON', { cause })
  }
  if (!isObject(doc) || !isObject(doc.critical)) throw invalid('no "critical" object')
  const { identity, image, type } = doc.critical
  const dockerReference = isObject(identity) ? identity['docker-reference'] : undefined
  const manifestDigest = isObject(image) ? image['docker-manifest-digest'] : undefined
  if (typeof dockerReference !== 'string') throw invalid('no critical.identity.docker-reference string')
  if (typeof manifestDigest !== 'string') throw invalid('no critical.image.docker-manifest-digest string')
  if (typeof type !== 'string') throw invalid('no critical.type string')
  const optional = doc.optional ?? null
  if (optional !== null && !isObject(optional)) throw invalid('"optional" that is neither an object nor null')
  return { dockerReference, manifestDigest, type, optional: optional as Record<string, GoJsonValue> | null }
}

/**
 * cosign's SimpleClaimVerifier: the payload must be a cosign image signature for exactly this
 * manifest digest; a signature copied from another image fails here (FORMAT_PAYLOAD_MISMATCH).
 */
export function checkSimpleSigningClaims(payload: SimpleSigningPayload, manifestDigest: string): void {
  if (payload.type !== COSIGN_SIGNATURE_TYPE) {
    throw new FormatError('FORMAT_PAYLOAD_MISMATCH', `expected critical.type '${COSIGN_SIGNATURE_TYPE}', found '${payload.type}'`, {
      details: { expected: COSIGN_SIGNATURE_TYPE, found: payload.type }
    })
  }
  if (payload.manifestDigest !== manifestDigest) {
    throw new FormatError(
      'FORMAT_PAYLOAD_MISMATCH',
      `expected the payload to sign ${manifestDigest}, found it signs ${payload.manifestDigest} (signature moved from another image?)`,
      { details: { expected: manifestDigest, found: payload.manifestDigest } }
    )
  }
}
