import fs from 'node:fs'
import path from 'node:path'

/**
 * File names that are not valid UTF-8 (issue 11, defect 3): Node decodes them lossily, so a file
 * listed by its string name cannot be opened again and a pull request could hide a manifest
 * behind such a name. Directories holding one are listed by their bytes; each such name gets a
 * display form (`\xNN` for every byte outside printable ASCII) that is unique in its directory,
 * and the display path maps back to the exact bytes for every later open.
 */
export class ExactNames {
  /** Absolute display path → exact path bytes, only for paths with a non-UTF-8 name. */
  private readonly raw = new Map<string, Buffer>()

  /** The path to hand to `fs` for a display path. */
  exact(display: string): string | Buffer {
    return this.raw.get(path.posix.normalize(display)) ?? display
  }

  /** The entries of `dir` (a display path) with string names fast-glob can carry. */
  list(dir: string): fs.Dirent[] {
    dir = path.posix.normalize(dir)
    const at = this.raw.get(dir)
    if (at === undefined) {
      const dirents = fs.readdirSync(dir, { withFileTypes: true })
      // U+FFFD is what a lossy decode leaves; only then is the byte listing worth its cost.
      if (!dirents.some(d => d.name.includes('\uFFFD'))) return dirents
    }
    const base = at ?? Buffer.from(dir)
    const entries = fs.readdirSync(base, { withFileTypes: true, encoding: 'buffer' })
    const taken = new Set<string>()
    const valid: string[] = []
    for (const d of entries) {
      const text = d.name.toString('utf8')
      if (Buffer.from(text).equals(d.name)) valid.push(text)
    }
    for (const name of valid) taken.add(name)
    return entries.map(d => {
      const bytes = d.name
      const text = bytes.toString('utf8')
      let shown = text
      if (!Buffer.from(text).equals(bytes)) {
        shown = displayName(bytes)
        for (let n = 2; taken.has(shown); n++) shown = displayName(bytes, n)
        taken.add(shown)
        this.raw.set(path.posix.join(dir, shown), Buffer.concat([base, Buffer.from('/'), bytes]))
      } else if (at !== undefined) {
        this.raw.set(path.posix.join(dir, shown), Buffer.concat([base, Buffer.from('/'), bytes]))
      }
      return Object.assign(d, { name: shown }) as unknown as fs.Dirent
    })
  }
}

/**
 * Printable ASCII as is (but `\`), every other byte as `\xNN`. A name whose form is taken gets
 * `~n` after its first non-ASCII byte, where the name's pattern (`*.yaml`, `Dockerfile.*`) allows it.
 */
export function displayName(bytes: Buffer, n?: number): string {
  let out = ''
  let marked = n === undefined
  for (const b of bytes) {
    out += b >= 0x20 && b < 0x7f && b !== 0x5c ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`
    if (!marked && b >= 0x80) {
      out += `~${n}`
      marked = true
    }
  }
  return out
}
