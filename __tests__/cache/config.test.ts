import { describe, expect, it } from '@jest/globals'
import { resolveConfig } from '../../src/config/index.js'
import { codeOf } from '../support/error-code.js'

const ttl = (value?: string): number => resolveConfig(value === undefined ? {} : { 'cache-ttl': value }, { GITHUB_WORKSPACE: '/ws' }).cacheTtlMs

describe('cache-ttl', () => {
  it('defaults to 7 days', () => expect(ttl()).toBe(7 * 86_400_000))
  it.each([['0', 0], ['3600', 3_600_000], ['90s', 90_000], ['30m', 1_800_000], ['12h', 43_200_000], ['2d', 172_800_000]])('reads %s', (value, ms) => expect(ttl(value)).toBe(ms))
  it.each(['-1', '7 days', '1w', '1.5h', '400d'])('rejects %s with INPUT_INVALID', value => expect(codeOf(() => ttl(value))).toBe('INPUT_INVALID'))
})

describe('cache-dir and cache-secret', () => {
  it('resolves the directory against the workspace and keeps the secret', () => {
    const c = resolveConfig({ 'cache-dir': 'c', 'cache-secret': 's' }, { GITHUB_WORKSPACE: '/ws' })
    expect(c.cacheDir).toBe('/ws/c')
    expect(c.cacheSecret).toBe('s')
  })
})
