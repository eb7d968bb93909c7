import { describe, expect, it } from '@jest/globals'
import { get, textOf } from '../../src/scan/tree.js'
import { parseWithYaml } from '../../src/scan/yaml-tree.js'

const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
for (const [name, prev] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e'], ['g', 'f'], ['h', 'g'], ['i', 'h']]) {
  bomb.push(`${name}: &${name} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`)
}

describe('parseWithYaml', () => {
  describe('when aliases expand exponentially (a billion laughs)', () => {
    it('refuses the document with YAML_ALIAS_LIMIT instead of expanding it', () => {
      const started = Date.now()
      const result = parseWithYaml(`${bomb.join('\n')}\nimage: nginx\n`, 1000)
      expect(result.docs).toEqual([])
      expect(result.problems).toMatchObject([{ code: 'YAML_ALIAS_LIMIT', line: 2 }])
      expect(Date.now() - started).toBeLessThan(2000)
    })
  })

  describe('when merge keys and aliases are used within limits', () => {
    it('resolves them, explicit keys winning, positions at the anchor', () => {
      const result = parseWithYaml('base: &base\n  image: one\n  tag: "1"\nsvc:\n  <<: *base\n  tag: "2"\nname: *base\n', 1000)
      const root = result.docs[0].root
      const svc = get(root, 'svc')
      expect(textOf(get(svc, 'image'))).toMatchObject({ text: 'one', line: 2, column: 10 })
      expect(textOf(get(svc, 'tag'))?.text).toBe('2')
      expect(textOf(get(get(root, 'name'), 'image'))?.text).toBe('one')
    })
  })

  describe('when a document is malformed', () => {
    it('reports YAML_INVALID at its line and keeps the other documents', () => {
      const result = parseWithYaml('a: 1\n---\nb: [1, 2\nc: 3\n---\nd: 4\n', 1000)
      expect(result.problems).toMatchObject([{ code: 'YAML_INVALID', line: 4 }])
      expect(result.docs.map(d => textOf(get(d.root, 'a'), { numbers: true })?.text ?? textOf(get(d.root, 'd'), { numbers: true })?.text)).toEqual(['1', '4'])
    })
  })

  describe('when a node aliases itself', () => {
    it('does not recurse forever', () => {
      expect(() => parseWithYaml('a: &a [1, *a]\n', 1000)).not.toThrow()
    })
  })
})
