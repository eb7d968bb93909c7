import { describe, expect, it } from '@jest/globals'
import { extract } from '../../src/scan/helm-values.js'
import { brief, digest, fixture } from './support.js'

describe('helmValues.extract', () => {
  describe('when values hold inline and split images', () => {
    const result = extract(fixture('helm/values.yaml'), 'helm/values.yaml')

    it('assembles each image as the chart renders it, located at its digest, else its tag', () => {
      expect(brief(result.refs)).toEqual([
        '12:13 helm-split registry.example.com/acme/controller:v1.4.0@sha256:<a>',
        '20:10 helm-split quay.io/acme/webhook:1.10',
        '27:14 helm-tag-digest ghcr.io/acme/server:v2.0.0@sha256:<b>',
        '34:16 helm-split docker.io/curlimages/curl@sha256:<c>',
        '36:19 helm-split ghcr.io/acme/jq',
        '43:14 helm-split registry.example.com/redis:7@sha256:<d>',
        '45:12 helm-values-image busybox@sha256:<e>',
        '52:13 helm-values-image envoyproxy/envoy:v1.30@sha256:<f>'
      ])
    })

    it('keeps a numeric tag as written (1.10, not 1.1)', () => {
      expect(result.refs.find(r => r.line === 20)?.tag).toBe('1.10')
    })

    it('never reports hashes under unrelated keys, commented digests, or templates', () => {
      expect(result.refs.some(r => r.digest === digest('3'))).toBe(false)
      expect(result.refs.some(r => r.ref.includes('templated'))).toBe(false)
      expect(result.problems).toEqual([])
    })
  })

  describe('when an image map has no registry and its repository names one', () => {
    it('does not prefix the global registry', () => {
      const yaml = 'global:\n  imageRegistry: mirror.example.com\napp:\n  image:\n    repository: ghcr.io/acme/app\n    digest: ' + digest('a') + '\n'
      expect(brief(extract(yaml, 'values.yaml').refs)).toEqual(['6:13 helm-split ghcr.io/acme/app@sha256:<a>'])
    })
  })

  describe('when a document is a Kubernetes object', () => {
    it('leaves it to the Kubernetes extractor', () => {
      const yaml = 'apiVersion: v1\nkind: ConfigMap\ndata:\n  image: nginx@' + digest('a') + '\n'
      expect(extract(yaml, 'values.yaml').refs).toEqual([])
    })
  })
})

describe('helmValues.extract, generic split maps (issue 15)', () => {
  describe('when a pinned split map sits under a key that does not name an image', () => {
    it('reports it (sigstore scaffolding `deployment:`, `cloudsql:`)', () => {
      const yaml = [
        'deployment:',
        '  registry: ghcr.io',
        '  repository: sigstore/scaffolding/server',
        `  version: ${digest('a')}`,
        'cloudsql:',
        '  repository: gcr.io/cloudsql-docker/gce-proxy',
        '  tag: 1.33.2',
        `  digest: ${digest('b')}`,
        '  resources: {}',
        ''
      ].join('\n')
      expect(brief(extract(yaml, 'values.yaml').refs)).toEqual([
        '4:12 helm-split ghcr.io/sigstore/scaffolding/server@sha256:<a>',
        '8:11 helm-split gcr.io/cloudsql-docker/gce-proxy:1.33.2@sha256:<b>'
      ])
    })
  })

  describe('when list items hold image + tag/digest', () => {
    it('assembles each item instead of reporting the bare name', () => {
      const yaml = `extraImages:\n  - image: ghcr.io/acme/a\n    tag: v1\n    digest: ${digest('c')}\n  - image: ghcr.io/acme/b\n    tag: v2\n`
      expect(brief(extract(yaml, 'values.yaml').refs)).toEqual(['4:13 helm-split ghcr.io/acme/a:v1@sha256:<c>', '6:10 helm-split ghcr.io/acme/b:v2'])
    })
  })

  describe('when the digest sits in a *Digest or *SHA sibling', () => {
    it('joins the one such field, and never a prefixed one like digestChroot', () => {
      const yaml = [
        'posix:',
        '  image:',
        '    repository: ghcr.io/acme/posix',
        '    tag: "1.0"',
        `    posixSHA: ${digest('d')}`,
        'controller:',
        '  image:',
        '    repository: ghcr.io/acme/ctl',
        `    digest: ${digest('e')}`,
        `    digestChroot: ${digest('f')}`,
        ''
      ].join('\n')
      expect(brief(extract(yaml, 'values.yaml').refs)).toEqual(['5:15 helm-split ghcr.io/acme/posix:1.0@sha256:<d>', '9:13 helm-split ghcr.io/acme/ctl@sha256:<e>'])
    })
  })

  describe('when maps with a repository are not images', () => {
    it('reports nothing and warns about nothing (precision rule: unpinned maps under other keys do not count)', () => {
      const yaml = [
        'database:',
        '  repository: postgres',
        '  version: 14',
        'backup:',
        '  repository: s3://bucket/backups',
        '  registry: eu-west-1',
        'source:',
        '  repository: https://github.com/acme/app',
        `  digest: ${digest('9')}`,
        // Helm v2 requirements (as in sigstore/helm-charts charts/fulcio/Chart.yaml).
        'dependencies:',
        '  - name: ctlog',
        '    version: 0.2.66',
        '    repository: https://sigstore.github.io/helm-charts',
        '    condition: ctlog.enabled',
        ''
      ].join('\n')
      expect(extract(yaml, 'values.yaml')).toEqual({ refs: [], problems: [] })
    })
  })
})
