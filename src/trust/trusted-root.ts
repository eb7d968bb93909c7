import { TrustedRoot } from '@sigstore/protobuf-specs'
import { toTrustMaterial, type TrustMaterial } from '@sigstore/verify'
import { TrustError } from './errors.js'

const MEDIA_TYPE_PREFIX = 'application/vnd.dev.sigstore.trustedroot'

/**
 * Parses the text of a `trusted_root.json`. `source` names where it came from (a path, a TUF
 * mirror) for the error message. Only the shape is checked here; {@link toCheckedTrustMaterial}
 * parses the certificates and keys.
 */
export function trustedRootFromJSON(text: string, source: string): TrustedRoot {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch (cause) {
    throw new TrustError('TRUST_ROOT_INVALID', `expected a JSON trusted root in ${source}, found text that is not JSON`, { cause, details: { source } })
  }
  const mediaType = typeof doc === 'object' && doc !== null ? (doc as Record<string, unknown>).mediaType : undefined
  if (typeof mediaType !== 'string' || !mediaType.startsWith(MEDIA_TYPE_PREFIX)) {
    throw new TrustError('TRUST_ROOT_INVALID', `expected mediaType ${MEDIA_TYPE_PREFIX}+json;version=… in ${source}, found ${JSON.stringify(mediaType ?? null)}`, {
      details: { source }
    })
  }
  let root: TrustedRoot
  try {
    root = TrustedRoot.fromJSON(doc)
  } catch (cause) {
    throw new TrustError('TRUST_ROOT_INVALID', `expected a valid trusted root in ${source}: ${(cause as Error).message}`, { cause, details: { source } })
  }
  if (root.certificateAuthorities.length === 0 && root.tlogs.length === 0) {
    throw new TrustError('TRUST_ROOT_INVALID', `expected certificate authorities or transparency logs in ${source}, found neither`, { details: { source } })
  }
  return root
}

/** toTrustMaterial, with unparseable certificates or keys reported as TRUST_ROOT_INVALID. */
export function toCheckedTrustMaterial(root: TrustedRoot, source: string): TrustMaterial {
  try {
    return toTrustMaterial(root)
  } catch (cause) {
    throw new TrustError('TRUST_ROOT_INVALID', `expected parseable certificates and keys in ${source}: ${(cause as Error).message}`, {
      cause,
      details: { source }
    })
  }
}
