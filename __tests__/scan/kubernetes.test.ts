import { describe, expect, it } from '@jest/globals'
import { extract, matches } from '../../src/scan/kubernetes.js'
import { brief, digest, fixture, problems } from './support.js'

describe('kubernetes.extract', () => {
  describe('when a multi-document file holds pods, cron jobs and a custom resource', () => {
    const result = extract(fixture('k8s/workloads.yaml'), 'k8s/workloads.yaml')

    it('reports containers, initContainers, ephemeralContainers and image volumes wherever the pod spec sits', () => {
      expect(brief(result.refs)).toEqual([
        '11:14 k8s-image ghcr.io/acme/init@sha256:<a>',
        '14:15 k8s-image ghcr.io/acme/app:1.2.3@sha256:<b>',
        '18:14 k8s-image busybox:1.36',
        '22:21 k8s-image registry.example.com/models/llm:v1@sha256:<c>',
        '41:20 k8s-image index.docker.io/acme/report:latest@sha256:<d>',
        '51:18 k8s-image nginx'
      ])
    })

    it('normalizes names and splits tag and digest', () => {
      const report = result.refs.find(r => r.line === 41)
      expect(report).toMatchObject({ name: 'docker.io/acme/report', tag: 'latest', digest: digest('d'), file: 'k8s/workloads.yaml' })
      const nginx = result.refs.find(r => r.line === 51)
      expect(nginx).toEqual({ file: 'k8s/workloads.yaml', line: 51, column: 18, kind: 'k8s-image', ref: 'nginx', name: 'docker.io/library/nginx' })
    })

    it('never reports comments, annotations, args, status image IDs or container IDs', () => {
      expect(result.refs.some(r => r.digest === digest('3'))).toBe(false)
    })

    it('skips Helm templates silently and reports an invalid reference as a problem at its line', () => {
      expect(problems(result.problems)).toEqual(['55 REFERENCE_INVALID'])
    })
  })

  describe('when a Flux HelmRelease carries values', () => {
    it('reads the values as Helm values, anchors and all', () => {
      const result = extract(fixture('k8s/helmrelease.yaml'), 'k8s/helmrelease.yaml')
      expect(brief(result.refs)).toEqual([
        '13:20 helm-tag-digest ghcr.io/acme/media:2.0.1@sha256:<e>',
        '16:16 helm-values-image ghcr.io/acme/exporter:0.9@sha256:<f>'
      ])
    })
  })

  describe('when a document is not a Kubernetes object', () => {
    it('reports nothing from it', () => {
      const result = extract('containers:\n  - image: nginx@' + digest('a') + '\n', 'x.yaml')
      expect(result.refs).toEqual([])
    })
  })
})

describe('kubernetes.matches', () => {
  describe('when given paths', () => {
    it('takes YAML files only', () => {
      expect(matches('deploy/app.yaml')).toBe(true)
      expect(matches('deploy/app.YML')).toBe(true)
      expect(matches('deploy/app.json')).toBe(false)
    })
  })
})
