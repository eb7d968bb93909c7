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

/**
 * Test data that yields neither a reference nor a problem (documentation, manifests of other kinds,
 * values without images): for them the pre-check may answer either way. Listed, so that a file
 * that stops yielding fails here instead of passing without a check.
 */
const YIELDS_NOTHING = new Set([
  '__tests__/fixtures/scan/README.md',
  '__tests__/fixtures/scan/real/SOURCES.md',
  '__tests__/fixtures/corpus/files/argo-cd/resource_customizations/source.toolkit.fluxcd.io/OCIRepository/testdata/healthy.yaml',
  '__tests__/fixtures/corpus/files/argo-cd/resource_customizations/stacks.crossplane.io/ClusterStackInstall/testdata/installed_stack.yaml',
  '__tests__/fixtures/corpus/files/cert-manager/deploy/charts/cert-manager/values.yaml',
  '__tests__/fixtures/corpus/files/cosign/release/cloudbuild.yaml',
  '__tests__/fixtures/corpus/files/fulcio/.github/workflows/verify-k8s.yml',
  '__tests__/fixtures/corpus/files/konflux-ci/operator/upstream-kustomizations/enterprise-contract/core/kustomization.yaml',
  '__tests__/fixtures/corpus/files/pipeline/config/controller.yaml',
  '__tests__/fixtures/corpus/files/policy-controller/examples/policies/release-signed-by-github-actions.yaml',
  '__tests__/fixtures/corpus/files/serving/.github/workflows/kind-e2e.yaml'
])

describe('planFor', () => {
  describe('for every file of the test data', () => {
    // The pre-check may only skip files that cannot yield a reference or a problem.
    const files = [...allFiles(FIXTURES), ...allFiles(CORPUS)]
    it.each(files.map(f => [path.relative(process.cwd(), f)]))('passes the pre-check when it yields anything, else is listed as yielding nothing: %s', relative => {
      const full = path.resolve(process.cwd(), relative)
      const file = relative.split(path.sep).join('/')
      const found = extractFromContent(file, readFileSync(full, 'utf8'))
      const yields = found.refs.length + found.problems.length > 0
      expect(yields).toBe(!YIELDS_NOTHING.has(file))
      if (yields) expect(planFor(file)?.precheck(readFileSync(full))).toBe(true)
    })
  })
})
