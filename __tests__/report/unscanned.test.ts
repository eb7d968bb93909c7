import { describe, expect, it } from '@jest/globals'
import { unscannedAnnotations, unscannedSection } from '../../src/report/index.js'

const entries = [
  { file: 'deploy/app.yaml', code: 'FILE_TOO_LARGE', reason: '6000000 bytes, over the limit' },
  { file: 'Dockerfile', line: 42, code: 'VARIABLE_TOO_LONG', reason: 'a | b\nc' }
]
const run = { server_url: 'https://github.com', repository: 'acme/app', sha: 'abc' } as Parameters<typeof unscannedSection>[2]

describe('unscannedAnnotations', () => {
  describe('when signed images are required', () => {
    it('makes each file an error at its line (line 1 when unknown)', () => {
      expect(unscannedAnnotations(entries, true).map(a => `${a.level} ${a.file}:${a.line} ${a.title}`)).toEqual([
        'error deploy/app.yaml:1 File not scanned',
        'error Dockerfile:42 File not scanned'
      ])
    })
  })
  describe('when they are not', () => {
    it('makes each one a warning', () => {
      expect(unscannedAnnotations(entries, false).every(a => a.level === 'warning')).toBe(true)
    })
  })
})

describe('unscannedSection', () => {
  it('is empty when every file was read', () => {
    expect(unscannedSection([], true, run, 'github')).toEqual([])
  })

  it('lists each file with a link, its code and an escaped reason', () => {
    const text = unscannedSection(entries, true, run, 'github').join('\n')
    expect(text).toContain('### Files not scanned')
    expect(text).toContain('[Dockerfile:42](https://github.com/acme/app/blob/abc/Dockerfile#L42) | `VARIABLE_TOO_LONG` |')
    expect(text).not.toContain('a | b')
    expect(text.split('\n').filter(l => l.startsWith('| ')).length).toBe(4)
  })
})
