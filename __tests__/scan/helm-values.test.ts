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
