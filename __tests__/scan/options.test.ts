import { describe, expect, it } from '@jest/globals'
import { globProblem } from '../../src/scan/options.js'
import { DEFAULT_EXCLUDE, DEFAULT_MAX_FILE_SIZE, resolveScanOptions } from '../../src/scan/index.js'

describe('resolveScanOptions', () => {
  describe('when only the root is given', () => {
    it('fills the documented defaults', () => {
      expect(resolveScanOptions({ root: '/w' })).toEqual({
        root: '/w',
        include: ['**/*'],
        exclude: [...DEFAULT_EXCLUDE],
        maxFileSize: DEFAULT_MAX_FILE_SIZE,
        maxAliasCount: 1000
      })
      expect(DEFAULT_MAX_FILE_SIZE).toBe(5 * 1024 * 1024)
    })
  })

  describe('when include is empty and exclude is given', () => {
    it('scans everything and adds exclude to the default excludes', () => {
      const resolved = resolveScanOptions({ root: '/w', include: [], exclude: ['vendor/**'] })
      expect(resolved.include).toEqual(['**/*'])
      expect(resolved.exclude).toEqual([...DEFAULT_EXCLUDE, 'vendor/**'])
    })
  })

  describe('when a value is wrong', () => {
    it('throws INPUT_INVALID naming the option', () => {
      expect(() => resolveScanOptions({ root: '/w', exclude: ['ok/**', '{a'] })).toThrow(expect.objectContaining({ code: 'INPUT_INVALID', details: { option: 'exclude[1]', found: '{a' } }))
      expect(() => resolveScanOptions({ root: '/w', maxAliasCount: -1 })).toThrow(expect.objectContaining({ code: 'INPUT_INVALID' }))
    })
  })
})

describe('globProblem', () => {
  describe('when a pattern is well formed', () => {
    it.each(['**/*.yaml', 'charts/*/values{,-*}.yaml', 'a/[bc]/d', '!vendor/**', 'x/\\{literal\\}', '@(a|b)/*.yml'])('accepts %s', pattern => {
      expect(globProblem(pattern)).toBeUndefined()
    })
  })

  describe('when a pattern is broken or escapes the root', () => {
    it.each(['', '  ', '{a,b', 'a]', '[ab', '(a|b', 'a)', 'trailing\\', '../x', 'a/../../b', '/abs/*', 'C:\\x'])('rejects %j', pattern => {
      expect(globProblem(pattern)).toEqual(expect.any(String))
    })
  })
})
