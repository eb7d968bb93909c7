import { describe, expect, it } from '@jest/globals'
import { tagHints, MAX_TAG_LOOKUPS } from '../../src/engine/tag-hints.js'
import type { Target } from '../../src/engine/targets.js'
import { unverifiedVerdict, type Verdict } from '../../src/policy/index.js'

const D = (c: string) => `sha256:${c.repeat(64)}`
const target = (name: string, digest: string, tags: string[]): Target => ({ name, digest, tags, refs: [] })
const verified = (name: string, digest: string): Verdict => ({ ...unverifiedVerdict(name, digest, 'verified', 'ok'), signed: true })

describe('tagHints', () => {
  it('hints when the tag now points to a signed digest', async () => {
    const targets = [target('r/app', D('a'), ['v1']), target('r/same', D('b'), ['v1']), target('r/notag', D('c'), [])]
    const verdicts = targets.map(t => unverifiedVerdict(t.name, t.digest, 'unsigned', 'none'))
    const asked: string[] = []
    await tagHints(targets, verdicts, {
      resolveDigest: async (name, tag) => (asked.push(`${name}:${tag}`), name === 'r/app' ? D('f') : D('b')),
      verify: async t => (t.digest === D('f') ? verified(t.name, t.digest) : unverifiedVerdict(t.name, t.digest, 'unsigned', 'none'))
    }, 2)
    expect(verdicts[0].hints?.[0]).toContain('under tag v1')
    expect(verdicts[1].hints).toBeUndefined()
    expect(verdicts[2].hints).toBeUndefined()
    expect(asked.sort()).toEqual(['r/app:v1', 'r/same:v1'])
  })
  it('gives no hint when the other digest is unsigned too or the lookup fails, and stays bounded', async () => {
    const targets = Array.from({ length: MAX_TAG_LOOKUPS + 5 }, (_, i) => target(`r/${i}`, D('a'), ['v1']))
    const verdicts = targets.map(t => unverifiedVerdict(t.name, t.digest, 'unsigned', 'none'))
    let lookups = 0
    await tagHints(targets, verdicts, {
      resolveDigest: async name => {
        lookups++
        if (name === 'r/0') throw new Error('down')
        return D('e')
      },
      verify: async t => unverifiedVerdict(t.name, t.digest, 'unsigned', 'none')
    }, 4)
    expect(lookups).toBe(MAX_TAG_LOOKUPS)
    expect(verdicts.every(v => v.hints === undefined)).toBe(true)
  })
})
