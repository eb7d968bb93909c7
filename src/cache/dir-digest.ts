import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** The seal's own file, left out of the digest it seals. */
export const DIR_MAC_FILE = '.fremforge-cache-mac'

/**
 * What dirDigest gives for a directory holding anything but regular files and directories
 * (a symlink, a FIFO): no content digest covers where a link points, so it is never sealed or kept.
 */
export const UNSEALABLE = 'unsealable'

/** sha256 over every file's relative path and content under `dir` ('' when it does not exist). */
export async function dirDigest(dir: string): Promise<string> {
  let names: string[]
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true })
    if (entries.some(d => !d.isFile() && !d.isDirectory())) return UNSEALABLE
    names = entries
      .filter(d => d.isFile())
      .map(d => path.relative(dir, path.join(d.parentPath, d.name)))
      .filter(name => name !== DIR_MAC_FILE)
  } catch {
    return ''
  }
  const hash = createHash('sha256')
  for (const name of names.sort()) hash.update(`${name}\0`).update(await readFile(path.join(dir, name))).update('\0')
  return hash.digest('hex')
}

const macOf = (key: Buffer, digest: string): string => createHmac('sha256', key).update(`fremforge-cosign/dir/v1\0${digest}`).digest('hex')

/** Writes an HMAC over the directory's current content into it. */
export async function sealDir(dir: string, key: Buffer): Promise<void> {
  const digest = await dirDigest(dir)
  if (digest === UNSEALABLE) return
  await writeFile(path.join(dir, DIR_MAC_FILE), macOf(key, digest), { mode: 0o600 })
}

/**
 * Keeps a restored directory only when its seal holds; otherwise empties it, so nothing
 * unsealed (a poisoned cache entry) is ever read. Returns whether the content was kept.
 */
export async function keepSealedDir(dir: string, key: Buffer): Promise<boolean> {
  const digest = await dirDigest(dir)
  if (digest === '') return false
  if (digest === UNSEALABLE) {
    await rm(dir, { recursive: true, force: true })
    return false
  }
  const given = await readFile(path.join(dir, DIR_MAC_FILE), 'utf8').catch(() => '')
  const expected = macOf(key, digest)
  if (given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected))) return true
  await rm(dir, { recursive: true, force: true })
  return false
}
