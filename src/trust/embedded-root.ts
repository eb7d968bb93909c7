import { TrustedRoot } from '@sigstore/protobuf-specs'
import seeds from '@sigstore/tuf/seeds.json' with { type: 'json' }
import { TrustError } from './errors.js'
import { trustedRootFromJSON } from './trusted-root.js'

/** The public-good TUF repository whose seed ships with @sigstore/tuf (and, bundled, with the action). */
export const PUBLIC_GOOD_MIRROR = 'https://tuf-repo-cdn.sigstore.dev'
export const EMBEDDED_ROOT_SOURCE = '@sigstore/tuf/seeds.json (embedded public-good trusted_root.json)'

type Seeds = Record<string, { 'root.json'?: string; targets?: Record<string, string> }>

/**
 * The public-good trusted root embedded in @sigstore/tuf's seeds.json: per mirror URL,
 * `root.json` and `targets` hold base64 file contents, among them `trusted_root.json`. It is as
 * fresh as the installed @sigstore/tuf and was not verified through TUF at run time.
 */
export function embeddedTrustedRoot(): TrustedRoot {
  const encoded = (seeds as Seeds)[PUBLIC_GOOD_MIRROR]?.targets?.['trusted_root.json']
  if (encoded === undefined) {
    throw new TrustError('TRUST_ROOT_UNAVAILABLE', `expected trusted_root.json for ${PUBLIC_GOOD_MIRROR} in ${EMBEDDED_ROOT_SOURCE}, found none`)
  }
  return trustedRootFromJSON(Buffer.from(encoded, 'base64').toString('utf8'), EMBEDDED_ROOT_SOURCE)
}
