import { describe, expect, it } from '@jest/globals'
import { interpolate } from '../../src/scan/variables.js'

const env: Record<string, string> = { SET: 'v', EMPTY: '' }
const lookup = (name: string) => env[name]

describe('interpolate', () => {
  describe('when variables carry defaults', () => {
    it.each([
      ['${UNSET:-1.2}', '1.2'],
      ['${UNSET-1.2}', '1.2'],
      ['${EMPTY:-d}', 'd'],
      ['${EMPTY-d}', ''],
      ['${SET:-d}', 'v'],
      ['${SET:+alt}', 'alt'],
      ['${UNSET:+alt}', ''],
      ['${UNSET:-${OTHER:-nested}}', 'nested'],
      ['$SET/x', 'v/x'],
      ['a$$b', 'a$b'],
      ['plain', 'plain']
    ])('expands %s to %j', (text, value) => {
      expect(interpolate(text, lookup, true)).toEqual({ value, unresolved: [] })
    })
  })

  describe('when a variable has no value and no default', () => {
    it.each([
      ['${REGISTRY}/app', ['REGISTRY']],
      ['$TAG', ['TAG']],
      ['${X:?required}', ['X']],
      ['${X/pattern}', ['X/pattern']],
      ['${open', ['${open']]
    ])('keeps %s unresolved', (text, names) => {
      expect(interpolate(text, lookup, true).unresolved).toEqual(names)
    })
  })

  describe('when `$$` is not an escape (Dockerfiles)', () => {
    it('reads it as a dollar before a variable', () => {
      expect(interpolate('a$$b', lookup, false).value).toBe('a$$b')
    })
  })
})
