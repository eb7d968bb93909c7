import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { planFor } from '../../src/scan/extract.js'
import { extractFromContent, FORMATS } from '../../src/scan/index.js'
import { brief, digest, FIXTURES } from './support.js'

const CORPUS = path.resolve(process.cwd(), '__tests__', 'fixtures', 'corpus', 'files')

function allFiles(dir: string): string[] {
  if (!existsSync(dir)) throw new Error(`test data missing: ${dir}`)
  return readdirSync(dir).flatMap(name => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? allFiles(full) : [full]
  })
}

describe('extractFromContent', () => {
  describe('when the path decides the format', () => {
    const pod = `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - image: nginx@${digest('a')}\nservices:\n  web:\n    image: httpd@${digest('b')}\n`

    it('reads a manifest as Kubernetes, a compose file as compose, other names not at all', () => {
      expect(brief(extractFromContent('deploy/pod.yaml', pod).refs)).toEqual(['5:14 k8s-image nginx@sha256:<a>'])
      expect(brief(extractFromContent('docker-compose.yml', pod).refs)).toEqual(['8:12 compose-image httpd@sha256:<b>'])
      expect(extractFromContent('notes/pod.md', pod)).toEqual({ refs: [], problems: [] })
    })
  })

  describe('when two rules find the same place', () => {
    it('reports it once', () => {
      const release = `apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nspec:\n  values:\n    template:\n      spec:\n        containers:\n          - image: nginx@${digest('a')}\n`
      expect(brief(extractFromContent('release.yaml', release).refs)).toEqual(['8:20 k8s-image nginx@sha256:<a>'])
    })
  })

  describe('when a file is a Helm template', () => {
    it('reports YAML_TEMPLATE at the first template line instead of a YAML error', () => {
      const template = 'apiVersion: apps/v1\nkind: Deployment\n{{- if .Values.enabled }}\nspec:\n  replicas: {{ .Values.replicas }}\n{{- end }}\n'
      expect(extractFromContent('chart/templates/deployment.yaml', template)).toMatchObject({ refs: [], problems: [{ code: 'YAML_TEMPLATE', line: 3 }] })
    })
  })

  describe('when content is not what its name says', () => {
    const garbage = ['\u0000\u0001binary', '{{{{', ': : :', '- - - -\n  - :', 'a: [' + '['.repeat(5000), '\t\tFROM', 'FROM ' + 'x'.repeat(10000), 'key: "unterminated']
    it.each(FORMATS.flatMap(f => garbage.map(g => [f.id, g] as const)))('%s never throws', (id, content) => {
      const format = FORMATS.find(f => f.id === id)
      expect(() => format?.extract(content, 'x')).not.toThrow()
    })
  })
})

describe('FORMATS', () => {
  describe('when checked against the format contract', () => {
    it.each(FORMATS.map(f => [f.id, f] as const))('%s has matches(), needles and a pure extract()', (_id, format) => {
      expect(typeof format.matches).toBe('function')
      expect(format.needles === undefined || format.needles.length > 0).toBe(true)
      const content = 'FROM alpine\nimage: nginx\n'
      expect(format.extract(content, 'a/b')).toEqual(format.extract(content, 'a/b'))
    })
  })
})

describe('planFor', () => {
  describe('when a file yields anything at all', () => {
    // The pre-check may only skip files that cannot yield a reference or a problem.
    const files = [...allFiles(FIXTURES), ...allFiles(CORPUS)]
    it.each(files.map(f => [path.relative(process.cwd(), f)]))('passes the pre-check: %s', relative => {
      const full = path.resolve(process.cwd(), relative)
      const file = relative.split(path.sep).join('/')
      const plan = planFor(file)
      const found = extractFromContent(file, readFileSync(full, 'utf8'))
      if (found.refs.length + found.problems.length === 0) return
      expect(plan?.precheck(readFileSync(full))).toBe(true)
    })
  })
})
