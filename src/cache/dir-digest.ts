import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

/** sha256 over every file's relative path and content under `dir` ('' when it does not exist). */
export async function dirDigest(dir: string): Promise<string> {
  let names: string[]
  try {
    names = (await readdir(dir, { recursive: true, withFileTypes: true })).filter(d => d.isFile()).map(d => path.relative(dir, path.join(d.parentPath, d.name)))
  } catch {
    return ''
  }
  const hash = createHash('sha256')
  for (const name of names.sort()) hash.update(`${name}\0`).update(await readFile(path.join(dir, name))).update('\0')
  return hash.digest('hex')
}
