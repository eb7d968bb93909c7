import type { ImageName } from '../model.js'

/**
 * policy-controller's image globs, as in sigstore/policy-controller pkg/apis/glob/glob.go:
 * `*` matches any run of characters but `/`, `**` any run at all; the glob must match the whole
 * name; `.` is literal; `*` alone means `index.docker.io/library/*` and `*` + `/*` means
 * `index.docker.io/*` + `/*`. Only letters, digits and `-_:/*.` are allowed.
 */
const VALID_GLOB = /^[a-zA-Z0-9\-_:/*.]+$/

export function isValidGlob(glob: string): boolean {
  return VALID_GLOB.test(glob === '*' || glob === '*/*' ? 'x' : glob)
}

export function compileGlob(glob: string): RegExp | undefined {
  let g = glob
  if (g === '*/*') g = 'index.docker.io/*/*'
  if (g === '*') g = 'index.docker.io/library/*'
  if (!VALID_GLOB.test(g)) return undefined
  const source = g.replace(/\./g, '\\.').replace(/\*\*/g, '#').replace(/\*/g, '[^/]*').replace(/#/g, '.*')
  return new RegExp(`^${source}$`)
}

/**
 * The name policy-controller matches: go-containerregistry's `Reference.Name()`, which spells
 * Docker Hub `index.docker.io`, keeps `library/`, and gives `repo@digest`, else `repo:tag`
 * (`latest` when absent). The admission webhook passes exactly this string.
 */
export function ggcrName(image: ImageName): string {
  const name = image.name.startsWith('docker.io/') ? `index.${image.name}` : image.name
  return image.digest ? `${name}@${image.digest}` : `${name}:${image.tag ?? 'latest'}`
}

/**
 * glob.Match: against ggcr's name, and, like policy-controller's deprecated fallback, against
 * the reference as written when one is given and differs. Invalid globs match nothing.
 */
export function globMatches(glob: string, image: ImageName, written?: string): boolean {
  const re = compileGlob(glob)
  if (!re) return false
  const full = ggcrName(image)
  if (re.test(full)) return true
  return written !== undefined && written !== full && re.test(written)
}
