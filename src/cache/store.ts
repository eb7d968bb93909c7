import { randomBytes } from 'node:crypto'
import { mkdir, open, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { MAX_ENTRY_BYTES } from './entry.js'

/** Where sealed entries live; ids are hex hashes, so they are safe file names. */
export interface CacheStore {
  get(id: string): Promise<string | undefined>
  put(id: string, text: string): Promise<void>
}

const checkId = (id: string): string => {
  if (!/^[0-9a-f]{64}$/.test(id)) throw new Error(`cache: expected a sha256 hex id, found '${id}'`)
  return id
}

/** One file per entry under `dir`, written atomically (temp file + rename). */
export function directoryStore(dir: string): CacheStore {
  const file = (id: string): string => path.join(dir, `${checkId(id)}.json`)
  return {
    async get(id) {
      let handle
      try {
        handle = await open(file(id), 'r')
      } catch {
        return undefined
      }
      try {
        const buffer = Buffer.alloc(MAX_ENTRY_BYTES + 1)
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
        return buffer.subarray(0, bytesRead).toString('utf8')
      } finally {
        await handle.close()
      }
    },
    async put(id, text) {
      await mkdir(dir, { recursive: true, mode: 0o700 })
      const tmp = path.join(dir, `.${id}.${randomBytes(6).toString('hex')}.tmp`)
      await writeFile(tmp, text, { mode: 0o600 })
      await rename(tmp, file(id))
    }
  }
}

/**
 * The CLI's secret for the HMAC: random, created once per cache directory, readable only by the
 * user. Whoever can write the directory can read it too, so this detects corruption and entries
 * copied between directories, not a local user who owns the cache.
 */
export async function directorySecret(dir: string): Promise<Buffer> {
  const file = path.join(dir, 'secret')
  try {
    const text = await readFile(file, 'utf8')
    if (/^[0-9a-f]{64}$/.test(text.trim())) return Buffer.from(text.trim(), 'hex')
  } catch {
    // first use
  }
  await mkdir(dir, { recursive: true, mode: 0o700 })
  const secret = randomBytes(32)
  try {
    await writeFile(file, secret.toString('hex'), { mode: 0o600, flag: 'wx' })
    return secret
  } catch (e) {
    // Another process created it first: use theirs.
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
    return Buffer.from((await readFile(file, 'utf8')).trim(), 'hex')
  }
}
