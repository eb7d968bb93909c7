import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { extractFromContent } from '../../src/scan/index.js'
import { matches as gitlabMatches } from '../../src/scan/gitlab-ci.js'
import { brief, digest, FIXTURES } from './support.js'

// Real files (issue 15): see __tests__/fixtures/scan/real/SOURCES.md and the corpus's SOURCES.md.
const CORPUS = path.resolve(process.cwd(), '__tests__', 'fixtures', 'corpus', 'files')

/** Extracts a fixture as the scanner would at `as` (the path decides the format). */
function scan(file: string, as = file, root = path.join(FIXTURES, 'real')) {
  return extractFromContent(as, readFileSync(path.join(root, file), 'utf8'))
}
const short = (refs: ReturnType<typeof scan>['refs']) => brief(refs).map(r => r.replace(/@sha256:([0-9a-f]{8})[0-9a-f]{56}/, '@sha256:$1…'))

describe('extractFromContent on real files of the new formats', () => {
  describe('when a Tekton v1beta1 Task pins its steps', () => {
    it('reports each step at its line, ignoring the trailing comment', () => {
      const result = scan('tekton/ansible-runner.yaml')
      expect(short(result.refs)).toEqual([
        '42:14 tekton-step docker.io/ansible/ansible-runner:1.4.6@sha256:bd09ef40…',
        '63:14 tekton-step docker.io/ansible/ansible-runner:1.4.6@sha256:bd09ef40…'
      ])
      expect(result.problems).toEqual([])
    })
  })

  describe('when a Tekton Task has sidecars and a parameterised step', () => {
    it('reports the sidecar and leaves $(params.image) alone', () => {
      expect(scan('tekton/kind.yaml')).toEqual({ refs: [expect.objectContaining({ line: 55, kind: 'tekton-step', ref: 'docker:18.05-dind' })], problems: [] })
    })
  })

  describe('when a Tekton v1 PipelineRun has an inline taskSpec', () => {
    it('reports its steps', () => {
      expect(short(scan('tekton/buildah-run.yaml').refs)).toEqual(['51:20 tekton-step alpine'])
    })
  })

  describe('when Argo Workflows use container, script, containerSet and sidecars', () => {
    it('reports every template image', () => {
      expect(short(scan('argo/scripts-bash.yaml').refs)).toEqual(['28:14 argo-template alpine:3.23', '38:14 argo-template alpine:3.23'])
      expect(short(scan('argo/sidecar-nginx.yaml').refs)).toEqual(['10:14 argo-template curlimages/curl:latest', '15:14 argo-template nginx:1.13'])
      expect(scan('argo/graph-workflow.yaml').refs.map(r => `${r.line} ${r.ref}`)).toEqual(['16 argoproj/argosay:v2', '18 argoproj/argosay:v2', '21 argoproj/argosay:v2', '24 argoproj/argosay:v2'])
    })
  })

  describe('when Knative caches an image and configures the queue sidecar', () => {
    it('reports the Image resource and the ConfigMap key', () => {
      expect(short(scan('knative/serving-core-excerpt.yaml').refs)).toEqual([
        '11:10 knative-image gcr.io/knative-releases/knative.dev/serving/cmd/queue@sha256:40957d3c…',
        '25:24 configmap-image gcr.io/knative-releases/knative.dev/serving/cmd/queue@sha256:40957d3c…'
      ])
    })
  })

  describe('when a GitLab CI file names images as strings, `name:` maps and services', () => {
    const result = scan('gitlab/.gitlab-ci.yml')
    it('reports each one, hidden template jobs included', () => {
      expect(short(result.refs)).toEqual([
        '17:10 gitlab-ci-image docker',
        '19:7 gitlab-ci-service docker:dind',
        '30:10 gitlab-ci-image sdesbure/yamllint',
        '50:11 gitlab-ci-image 06kellyjac/markdownlint-cli',
        '56:11 gitlab-ci-image registry.gitlab.com/06kellyjac/docker_markdownlint-cli',
        '63:10 gitlab-ci-image node:alpine',
        '75:10 gitlab-ci-image alpine'
      ])
    })
    it('leaves the `_` placeholder out without a warning', () => {
      expect(result.problems).toEqual([])
    })
    it('takes .gitlab-ci.yml, *.gitlab-ci.yml and .gitlab/ci/ files only', () => {
      expect(['.gitlab-ci.yml', 'a/deploy.gitlab-ci.yaml', '.gitlab/ci/jobs/build.yml'].every(gitlabMatches)).toBe(true)
      expect(['gitlab.yml', 'ci/.gitlab-ci.yml.bak', 'docs/gitlab-ci.md'].some(gitlabMatches)).toBe(false)
    })
  })

  describe('when a Chart.yaml lists artifacthub.io/images', () => {
    it('reports each image inside the block scalar at its own line', () => {
      const result = scan('helm-charts/charts/fulcio/Chart.yaml', undefined, CORPUS)
      expect(result.refs.map(r => `${r.line}:${r.column} ${r.kind} ${r.name}`)).toEqual([
        '30:14 chart-annotation ghcr.io/sigstore/fulcio',
        '32:14 chart-annotation ghcr.io/sigstore/scaffolding/createcerts',
        '34:14 chart-annotation docker.io/curlimages/curl'
      ])
    })
  })

  describe('when a Helm template hard-codes an image', () => {
    it('reports a pinned one with kind helm-template, and nothing for a tag', () => {
      expect(short(scan('helm/templates/mysql-deployment-pinned.yaml').refs)).toEqual([`31:16 helm-template mysql:8.3@sha256:<7>`])
      expect(scan('helm/templates/mysql-deployment.yaml').refs).toEqual([])
    })
    it('reads templates/*.tpl helpers too', () => {
      const tpl = `{{- define "x.sidecar" -}}\n- name: proxy\n  image: "ghcr.io/acme/proxy@${digest('a')}"\n{{- end }}\n`
      expect(short(extractFromContent('chart/templates/_helpers.tpl', tpl).refs)).toEqual(['3:11 helm-template ghcr.io/acme/proxy@sha256:<a>'])
    })
  })

  describe('when a workflow step passes an image as an input', () => {
    it('reports the pinned `with:` value, not the block scalar of driver-opts', () => {
      const result = scan('argo-cd/.github/workflows/image-reuse.yaml', undefined, CORPUS)
      expect(result.refs.filter(r => r.kind === 'workflow-with').map(r => `${r.line}:${r.column} ${r.ref.slice(0, 30)}`)).toEqual(['95:18 tonistiigi/binfmt@sha256:d3b96'])
    })
  })

  describe('when a helm-unittest file sets values with dotted keys', () => {
    it('reads `set:` as values, but not split images whose registry the chart supplies', () => {
      const result = scan('ingress-nginx/charts/ingress-nginx/tests/controller-deployment_test.yaml', undefined, CORPUS)
      expect(result.refs.map(r => `${r.line} ${r.ref}`)).toEqual(['126 busybox'])
      const own = `tests:\n  - it: pins\n    set:\n      controller.image.registry: ghcr.io\n      controller.image.repository: acme/ctl\n      controller.image.digest: ${digest('b')}\n`
      expect(short(extractFromContent('tests/deployment_test.yaml', own).refs)).toEqual(['6:32 helm-split ghcr.io/acme/ctl@sha256:<b>'])
    })
  })
})

describe('extractFromContent on ConfigMaps', () => {
  describe('when image-named keys hold URLs, words or unparseable text', () => {
    it('reports only the reference, and warns about nothing', () => {
      const yaml = [
        'apiVersion: v1',
        'kind: ConfigMap',
        'data:',
        '  logoImage: https://example.com/logo.png',
        '  enable-image: "true"',
        '  bad-image: UPPER/Case:1',
        `  queue-sidecar-image: gcr.io/acme/queue@${digest('a')}`,
        ''
      ].join('\n')
      expect(extractFromContent('config.yaml', yaml)).toEqual({ refs: [expect.objectContaining({ line: 7, kind: 'configmap-image' })], problems: [] })
    })
  })
})
