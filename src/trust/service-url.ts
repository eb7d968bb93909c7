import { AppError } from '../errors.js'

const isLoopback = (hostname: string): boolean =>
  hostname === 'localhost' || hostname.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(hostname) || hostname === '[::1]'

/**
 * A Sigstore service receives the identity token (Fulcio) or what binds a signature to it, so
 * it must be reached over HTTPS; plain HTTP only on loopback (a local stack, tests). The option
 * is named, the URL's credentials are not repeated.
 */
export function checkSigstoreUrl(option: string, url: string | undefined): void {
  if (url === undefined) return
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new AppError('INPUT_INVALID', `option '${option}': expected an https URL, found text that is not a URL`, { details: { option } })
  }
  if (parsed.username || parsed.password) {
    throw new AppError('INPUT_INVALID', `option '${option}': expected a URL without user info, found one with credentials`, { details: { option } })
  }
  if (parsed.protocol === 'https:') return
  if (parsed.protocol === 'http:' && isLoopback(parsed.hostname)) return
  throw new AppError('INPUT_INVALID', `option '${option}': expected an https URL (plain http only on loopback), found ${parsed.protocol}//${parsed.host}`, { details: { option } })
}
