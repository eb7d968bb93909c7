import { constants } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'
import { AppError } from './errors.js'

/** Why a user-named file was refused: `missing` lets a caller keep its own "not found" code. */
export type UserFileProblem = 'missing' | 'not-regular' | 'too-large' | 'timeout' | 'unreadable'

export interface UserFileOptions {
  /** The input (or field) that named the file, for the message: `trusted-root`, `predicate`. */
  option: string
  maxBytes: number
  /** The run's `timeout`: a read still going after it is abandoned. */
  timeoutMs: number
  /** The value may be a secret (`key`): the message never repeats the path. */
  secret?: boolean
}

/** INPUT_INVALID naming the option; `details.problem` says which check failed. */
export class UserFileError extends AppError<'INPUT_INVALID'> {
  readonly problem: UserFileProblem

  constructor(problem: UserFileProblem, option: string, found: string, cause?: unknown) {
    super('INPUT_INVALID', `option '${option}': expected the path of a regular file, found ${found}`, { cause, details: { option, problem } })
    this.problem = problem
  }
}

/**
 * The one reader for files a user names (key, trusted-root, tuf-root, predicate, policy files and
 * the key files they name). Only a regular file is read: a FIFO, a device or a directory would
 * block for ever or read without end (issue 17). It is opened without blocking, checked on the
 * open descriptor (no race between the check and the read), bounded in size while reading, and
 * abandoned after `timeoutMs`.
 */
export async function readUserFile(file: string, options: UserFileOptions): Promise<Buffer> {
  const { option, maxBytes, timeoutMs } = options
  const named = options.secret ? 'a value' : `'${file}'`
  let handle
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error'
    throw new UserFileError(code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable', option, `${named} that names no readable file (${code})`, e)
  }
  let stuck = false
  try {
    const info = await handle.stat()
    if (!info.isFile()) throw new UserFileError('not-regular', option, `${named}, which is not a regular file`)
    if (info.size > maxBytes) throw new UserFileError('too-large', option, `${named} of ${info.size} bytes (at most ${maxBytes})`)
    const bytes = await withTimeout(readAtMost(handle, maxBytes + 1), timeoutMs, () => new UserFileError('timeout', option, `${named}, which could not be read within ${timeoutMs} ms`)).catch((e: unknown) => {
      stuck = e instanceof UserFileError && e.problem === 'timeout'
      throw e instanceof UserFileError ? e : new UserFileError('unreadable', option, `${named}, which could not be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`, e)
    })
    // A file that grew since stat, or one whose size stat does not tell (/proc).
    if (bytes.length > maxBytes) throw new UserFileError('too-large', option, `${named} larger than ${maxBytes} bytes`)
    return bytes
  } finally {
    // close() waits for the read in flight: after a timeout, let it close whenever that ends.
    const closing = handle.close().catch(() => undefined)
    if (!stuck) await closing
  }
}

/** Reads until end of file or `limit` bytes, whichever comes first. */
async function readAtMost(handle: FileHandle, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let total = 0
  while (total < limit) {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(Math.min(64 * 1024, limit - total)), 0, Math.min(64 * 1024, limit - total), null)
    if (bytesRead === 0) break
    chunks.push(buffer.subarray(0, bytesRead))
    total += bytesRead
  }
  return Buffer.concat(chunks)
}

function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms)
  })
  return Promise.race([work, expired]).finally(() => clearTimeout(timer))
}

/** readUserFile as UTF-8 text. */
export async function readUserText(file: string, options: UserFileOptions): Promise<string> {
  return (await readUserFile(file, options)).toString('utf8')
}
