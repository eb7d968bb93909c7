import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import * as compose from '../../src/scan/compose.js'
import { parseFastYaml } from '../../src/scan/fast-yaml.js'
import * as helmValues from '../../src/scan/helm-values.js'
import * as kubernetes from '../../src/scan/kubernetes.js'
import * as kustomize from '../../src/scan/kustomize.js'
import { Sink } from '../../src/scan/sink.js'
import type { YDocument, YNode } from '../../src/scan/tree.js'
import * as workflow from '../../src/scan/workflow.js'
import { parseWithYaml } from '../../src/scan/yaml-tree.js'
import { FIXTURES } from './support.js'

const CORPUS = path.resolve(process.cwd(), '__tests__', 'fixtures', 'corpus', 'files')

/** The tree without null placeholders (whose positions differ and never matter). */
function shape(node: YNode | undefined): unknown {
  if (node === undefined) return undefined
  if (node.type === 'seq') return node.items.map(shape)
  if (node.type === 'map') return node.pairs.map(p => [p.key, shape(p.value)])
  if (node.scalarType === 'null') return null
  return node.block ? '<block>' : [node.text, node.scalarType, node.line, node.column]
}

const shapes = (docs: readonly YDocument[]) => docs.map(d => shape(d.root)).filter(s => s !== undefined && s !== null)

function extractAll(docs: readonly YDocument[]): unknown {
  const sink = new Sink('f.yaml')
  for (const format of [kubernetes, helmValues, kustomize, compose, workflow]) format.fromDocuments(docs, sink)
  return sink.result()
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) throw new Error(`test data missing: ${dir}`)
  return readdirSync(dir).flatMap(name => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? yamlFiles(full) : /\.ya?ml$/.test(name) ? [full] : []
  })
}

/** Test data the fast parser leaves to the yaml package (anchors, values on the next line, templates…). */
const DECLINED = new Set([
  '__tests__/fixtures/scan/compose/docker-compose.yml',
  '__tests__/fixtures/scan/k8s/helmrelease.yaml',
  '__tests__/fixtures/scan/real/gitlab/.gitlab-ci.yml',
  '__tests__/fixtures/scan/real/helm/templates/mysql-deployment-pinned.yaml',
  '__tests__/fixtures/scan/real/helm/templates/mysql-deployment.yaml',
  '__tests__/fixtures/corpus/files/fulcio/.github/workflows/verify-k8s.yml',
  '__tests__/fixtures/corpus/files/home-ops/kubernetes/apps/actions-runner-system/actions-runner-controller/runners/home-ops/helmrelease.yaml',
  '__tests__/fixtures/corpus/files/home-ops/kubernetes/apps/default/plex/app/helmrelease.yaml'
])

describe('parseFastYaml', () => {
  describe('for every YAML file of the test data: it declines the listed ones, and agrees with the yaml package on the rest', () => {
    const files = [...yamlFiles(FIXTURES), ...yamlFiles(CORPUS)]
    it.each(files.map(f => [path.relative(process.cwd(), f)]))('%s', relative => {
      const content = readFileSync(path.resolve(process.cwd(), relative), 'utf8')
      const fast = parseFastYaml(content)
      const declined = DECLINED.has(relative.split(path.sep).join('/'))
      expect(fast === undefined).toBe(declined)
      const slow = parseWithYaml(content, 1000)
      if (fast === undefined) {
        // The fallback decides what the fast parser declines: documents, or problems (Helm templates).
        expect(slow.docs.length + slow.problems.length).toBeGreaterThan(0)
        return
      }
      expect(slow.problems).toEqual([])
      expect(shapes(fast)).toEqual(shapes(slow.docs))
      expect(extractAll(fast)).toEqual(extractAll(slow.docs))
    })
  })

  describe('when given the block YAML manifests are made of', () => {
    const accepted: [string, string][] = [
      ['nested maps and sequences', 'a:\n  b:\n    - c: 1\n      d: [x, "y", {e: f}]\n  g: "q # not a comment" # comment\n'],
      ['an indentless sequence', 'containers:\n- name: a\n  image: nginx\nnext: 1\n'],
      ['multi-line flow collections with comments', 'args: [\n  "a", # first\n  # between\n  b,\n]\n'],
      ['block scalars', 'script: |\n  image: not-a-key\n  ---\nafter: 1\n'],
      ['escapes and single quotes', 'a: "tab\\there \\u00e9"\nb: \'it\'\'s\'\n'],
      ['several documents', '---\na: 1\n---\n# only a comment\n---\n- b\n...\n'],
      ['CRLF line ends', 'a:\r\n  b: c\r\n'],
      ['typed scalars', 'a: 1.10\nb: ~\nc: true\nd: 0x1F\ne: .inf\nf: "7"\n'],
      ['multi-line quoted scalars', 'a: "one \\"two\\"\n  three\\n\n  four"\nb: \'it\'\'s\n  here\'\n'],
      ['multi-line plain scalars', 'description: one\n  two\n\n  three\nnext:\n  - item\n    continued\n']
    ]
    it.each(accepted)('parses %s like the yaml package', (_name, content) => {
      const fast = parseFastYaml(content)
      expect(fast).toBeDefined()
      expect(shapes(fast ?? [])).toEqual(shapes(parseWithYaml(content, 1000).docs))
    })
  })

  describe('when the file uses YAML it does not handle', () => {
    const refused: [string, string][] = [
      ['anchors', 'a: &x 1\nb: *x\n'],
      ['tags', 'a: !!str 1\n'],
      ['a value on the next line', 'image:\n  nginx\n'],
      ['a comment inside a multi-line plain scalar', 'a: one\n  # two\n  three\n'],
      ['an escaped line break', 'a: "one\\\n  two"\n'],
      ['a quoted scalar continued too far left', 'a:\n  b: \'one\n  two\'\n'],
      ['tabs as indentation', 'a:\n\tb: 1\n'],
      ['a tab in a blank line of a block scalar', 'a: |\n  x\n\t\n  y\n'],
      ['duplicate keys', 'a: 1\na: 2\n'],
      ['a flow continued too far left', 'a:\n  b: [1,\n  2]\n'],
      ['complex keys', '? a\n: b\n'],
      ['directives', '%YAML 1.2\n---\na: 1\n'],
      ['a byte order mark', '\ufeffa: 1\n'],
      ['nested mappings on one line', 'a: b: c\n'],
      ['unbalanced indentation', 'a:\n    b: 1\n  c: 2\n']
    ]
    it.each(refused)('leaves %s to the yaml package', (_name, content) => {
      expect(parseFastYaml(content)).toBeUndefined()
    })
  })

  describe('when fixtures are mutated at random (seeded)', () => {
    it('never accepts what the yaml package rejects, and never disagrees on what both accept', () => {
      const sources = yamlFiles(FIXTURES).map(f => readFileSync(f, 'utf8').split('\n'))
      const pieces = [' ', '- ', ':', ': ', ' #', '"', "'", '[', ']', '{', '}', ',', '|', '>', '&a', '*a', '!', '\t', '---', '?', '%', 'x']
      let seed = 7
      // mulberry32: small, seeded, and exact in doubles.
      const next = (n: number) => {
        seed = (seed + 0x6d2b79f5) >>> 0
        let t = Math.imul(seed ^ (seed >>> 15), seed | 1)
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
        return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n)
      }
      const disagreements: string[] = []
      for (let round = 0; round < 2000; round++) {
        const lines = [...sources[next(sources.length)]]
        const k = next(lines.length)
        const line = lines[k]
        const at = next(line.length + 1)
        const op = next(4)
        lines[k] = op === 0 ? line.slice(0, at) + pieces[next(pieces.length)] + line.slice(at) : op === 1 ? line.slice(0, at) + line.slice(at + 1) : op === 2 ? ` ${line}` : line.replace(/^ /, '')
        const text = lines.join('\n')
        const fast = parseFastYaml(text)
        if (fast === undefined) continue
        const slow = parseWithYaml(text, 1000)
        if (slow.problems.length > 0 || JSON.stringify(shapes(fast)) !== JSON.stringify(shapes(slow.docs))) disagreements.push(text)
      }
      expect(disagreements).toEqual([])
    })
  })
})
