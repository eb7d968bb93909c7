import { describe, expect, it } from '@jest/globals'
import { extract, matches } from '../../src/scan/kustomize.js'
import { brief, fixture } from './support.js'

describe('kustomize.extract', () => {
  describe('when images: overrides name, tag and digest', () => {
    const result = extract(fixture('kustomize/kustomization.yaml'), 'kustomize/kustomization.yaml')

    it('assembles (newName or name):newTag@digest as kustomize does, at the digest or newTag line', () => {
      expect(brief(result.refs)).toEqual([
        '8:13 kustomize-images ghcr.io/acme/api:v3@sha256:<a>',
        '9:13 kustomize-images registry.example.com/acme/worker@sha256:<b>',
        '13:13 kustomize-images ghcr.io/acme/ui:latest@sha256:<c>',
        '15:14 kustomize-images public.ecr.aws/docker/library/redis'
      ])
    })

    it('skips entries that change nothing and configMapGenerator literals', () => {
      expect(result.refs.some(r => r.ref.includes('untouched') || r.ref.includes('bundle'))).toBe(false)
    })
  })
})

describe('kustomize.matches', () => {
  describe('when given paths', () => {
    it('takes kustomization files only', () => {
      expect(matches('overlays/prod/kustomization.yaml')).toBe(true)
      expect(matches('kustomization.yml')).toBe(true)
      expect(matches('base/Kustomization')).toBe(true)
      expect(matches('base/my-kustomization.yaml')).toBe(false)
    })
  })
})
