import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import { AppError } from '../errors.js'

/** A PEM key is a few KiB; a cosign key under 1 KiB. */
const MAX_KEY_FILE_BYTES = 1024 * 1024

const refuse = (found: string, cause?: unknown): AppError =>
  new AppError('INPUT_INVALID', `option 'key': expected PEM text or the path of a regular file holding it, found ${found}`, { cause, details: { option: 'key' } })

/**
 * The `key` input is the PEM itself or a path to it. The value may be a secret (a private key,
 * perhaps base64-encoded), so no message ever repeats it, not even as a path. Only a regular
 * file is read (a FIFO or a device would block for ever, issue 17), opened without blocking,
 * bounded in size and abandoned after `timeoutMs`.
 */
export async function readKeyInput(value: string | undefined, timeoutMs: number): Promise<string | undefined> {
  if (value === undefined) return undefined
  if (value.includes('-----BEGIN')) return value
  if (value.length > 4096 || /[\r\n]/.test(value)) throw refuse(`a ${value.length}-character value that is neither`)
  let handle
  try {
    handle = await open(value, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY)
  } catch (e) {
    throw refuse(`a value that names no readable file (${(e as NodeJS.ErrnoException).code ?? 'error'})`)
  }
  try {
    const stat = await handle.stat()
    if (!stat.isFile()) throw refuse('a path that is not a regular file')
    if (stat.size > MAX_KEY_FILE_BYTES) throw refuse(`a file of ${stat.size} bytes (at most ${MAX_KEY_FILE_BYTES})`)
    const signal = AbortSignal.timeout(timeoutMs)
    const text = await handle.readFile({ encoding: 'utf8', signal }).catch((e: unknown) => {
      throw signal.aborted ? refuse(`a file that could not be read within ${timeoutMs} ms`) : refuse(`a file that could not be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`)
    })
    if (text.length > MAX_KEY_FILE_BYTES) throw refuse(`a file larger than ${MAX_KEY_FILE_BYTES} bytes`)
    return text
  } finally {
    await handle.close()
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
