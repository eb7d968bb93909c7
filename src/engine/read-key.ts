import { AppError } from '../errors.js'
import { readUserText, UserFileError } from '../user-file.js'

/** A PEM key is a few KiB; a cosign key under 1 KiB. */
const MAX_KEY_FILE_BYTES = 1024 * 1024

const refuse = (found: string, cause?: unknown): AppError =>
  new AppError('INPUT_INVALID', `option 'key': expected PEM text or the path of a regular file holding it, found ${found}`, { cause, details: { option: 'key' } })

/**
 * The `key` input is the PEM itself or a path to it. The value may be a secret (a private key,
 * perhaps base64-encoded), so no message ever repeats it, not even as a path. The file is read by
 * the one bounded regular-file reader (src/user-file.ts: no FIFO, device or directory, issue 17).
 */
export async function readKeyInput(value: string | undefined, timeoutMs: number): Promise<string | undefined> {
  if (value === undefined) return undefined
  if (value.includes('-----BEGIN')) return value
  if (value.length > 4096 || /[\r\n]/.test(value)) throw refuse(`a ${value.length}-character value that is neither`)
  try {
    return await readUserText(value, { option: 'key', maxBytes: MAX_KEY_FILE_BYTES, timeoutMs, secret: true })
  } catch (e) {
    if (e instanceof UserFileError && e.problem === 'missing') throw refuse('a value that names no readable file', e)
    throw e
  }
}

/**
 * Every form a key's text can take in a log: the whole value, and each base64 line of its PEM
 * body. Short values are file names, not key material: masking them would garble every line.
 */
export function keySecrets(value: string | undefined, text: string | undefined): string[] {
  const out = new Set<string>()
  for (const v of [value, text]) {
    if (!v || v.includes('PUBLIC KEY-----')) continue
    if (v.trim().length >= 16) out.add(v.trim())
    for (const line of v.split(/\r?\n/)) if (line.trim().length >= 16 && !line.startsWith('-----')) out.add(line.trim())
  }
  return [...out]
}
