import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { ImageRef, SkippedFile } from '../../src/scan/index.js'

export const FIXTURES = path.resolve(process.cwd(), '__tests__', 'fixtures', 'scan')

export function fixture(relative: string): string {
  return readFileSync(path.join(FIXTURES, relative), 'utf8')
}

/** The fixtures' made-up digests: `sha256:` and one hex digit 64 times. */
export function digest(hexDigit: string): string {
  return `sha256:${hexDigit.repeat(64)}`
}

const shorten = (text: string) => text.replace(/sha256:([0-9a-f])\1{63}/g, 'sha256:<$1>')

/** `line:column kind ref`, with fixture digests shortened to `sha256:<a>`. */
export function brief(refs: readonly ImageRef[]): string[] {
  return refs.map(r => shorten(`${r.line}:${r.column} ${r.kind} ${r.ref}`))
}

/** `line code` of each problem. */
export function problems(skipped: readonly SkippedFile[]): string[] {
  return skipped.map(s => `${s.line ?? '-'} ${s.code}`)
}
