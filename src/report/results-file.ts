import { randomBytes } from 'node:crypto'
import { lstat, mkdir, open, rename, unlink } from 'node:fs/promises'
import path from 'node:path'
import { AppError, messageOf } from '../errors.js'
import type { Logger } from '../logger.js'
import { toNdjson } from './record.js'

const invalid = (file: string, why: string, cause?: unknown): AppError<'INPUT_INVALID'> =>
  new AppError('INPUT_INVALID', `option 'results-file': expected a writable file path, found '${file}' (${why})`, { cause, details: { option: 'results-file' } })

/**
 * Writes the NDJSON results atomically: a new temporary file beside the destination (O_EXCL, so no
 * existing file or link is opened), then a rename, which replaces a symlink at the destination
 * rather than writing through it (issue 11, defect 7). Readers never see half a file.
 */
export async function writeResultsFile(file: string, records: readonly object[]): Promise<void> {
  const existing = await lstat(file).catch(() => undefined)
  if (existing?.isDirectory()) throw invalid(file, 'it is a directory')
  const dir = path.dirname(file)
  try {
    await mkdir(dir, { recursive: true })
  } catch (e) {
    throw invalid(file, `cannot create its directory: ${(e as NodeJS.ErrnoException).code ?? messageOf(e)}`, e)
  }
  const temp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    const handle = await open(temp, 'wx', 0o644)
    try {
      await handle.writeFile(toNdjson(records))
    } finally {
      await handle.close()
    }
    await rename(temp, file)
  } catch (e) {
    await unlink(temp).catch(() => undefined)
    throw invalid(file, (e as NodeJS.ErrnoException).code ?? messageOf(e), e)
  }
}

/** Writes the results file; a path that cannot be written is reported, and the run still uploads and summarises. */
export async function writeResultsReported(file: string, records: readonly object[], logger: Logger): Promise<AppError | undefined> {
  try {
    await writeResultsFile(file, records)
    return undefined
  } catch (e) {
    const error = e instanceof AppError ? e : new AppError('INPUT_INVALID', messageOf(e), { cause: e, details: { option: 'results-file' } })
    logger.error(`${error.message} [${error.code}]`)
    return error
  }
}
