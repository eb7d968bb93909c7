import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { memoryLogger } from '../../src/logger.js'
import { scanWorkspace } from '../../src/scan/index.js'

// Acceptance data: real files from public repositories with their ground truth (see the corpus's
// NOTES.md and SOURCES.md for provenance and licences).
const CORPUS = path.resolve(process.cwd(), '__tests__', 'fixtures', 'corpus')

interface Expected {
  line: number
  digest: string
  optional?: boolean
}

describe('scanWorkspace', () => {
  describe('when scored on the real-world corpus', () => {
    it('is present in the repository', () => {
      expect(existsSync(path.join(CORPUS, 'expected.json'))).toBe(true)
    })

    it('finds every required digest and reports no digest outside the expected list', async () => {
      const expected = JSON.parse(readFileSync(path.join(CORPUS, 'expected.json'), 'utf8')) as Record<string, Expected[]>
      const key = (file: string, line: number, digest: string) => `${file}:${line}:${digest}`
      const required = new Set<string>()
      const allowed = new Set<string>()
      for (const [file, entries] of Object.entries(expected)) {
        for (const e of entries) {
          allowed.add(key(file, e.line, e.digest))
          if (!e.optional) required.add(key(file, e.line, e.digest))
        }
      }

      const result = await scanWorkspace({ root: path.join(CORPUS, 'files') }, memoryLogger())
      const reported = new Set(result.refs.filter(r => r.digest).map(r => key(r.file, r.line, r.digest ?? '')))
      const missing = [...required].filter(k => !reported.has(k))
      const extras = [...reported].filter(k => !allowed.has(k))
      const optional = [...reported].filter(k => allowed.has(k) && !required.has(k)).length
      const found = required.size - missing.length
      const score = ((100 * found) / required.size).toFixed(1)
      console.log(
        `corpus: ${found}/${required.size} required found (${score}%), ${extras.length} extras, ${optional} optional reported; ` +
          `${result.filesSeen} files seen, ${result.filesParsed} parsed, ${result.skipped.length} skipped`
      )

      expect(missing).toEqual([])
      expect(extras).toEqual([])
    })
  })
})
