import { describe, expect, it } from '@jest/globals'
import { extract, matches } from '../../src/scan/workflow.js'
import { brief, digest, fixture } from './support.js'

describe('workflow.extract', () => {
  describe('when a GitHub workflow has containers, services and docker actions', () => {
    const file = 'workflows/.github/workflows/ci.yml'
    const result = extract(fixture(file), file)

    it('reports container (string or map), services, docker:// uses without the scheme and pinned `with:` inputs', () => {
      expect(brief(result.refs)).toEqual([
        '6:16 workflow-container node:20@sha256:<a>',
        '9:16 workflow-service postgres:16@sha256:<b>',
        '14:24 workflow-docker-uses ghcr.io/acme/lint:2@sha256:<c>',
        '17:18 workflow-with tonistiigi/binfmt@sha256:<3>',
        '22:14 workflow-container ghcr.io/acme/builder:1'
      ])
    })

    it('leaves other action inputs, run scripts, git SHAs of actions and expressions alone', () => {
      expect(result.refs.some(r => r.digest === digest('9'))).toBe(false)
      expect(result.refs.filter(r => r.digest === digest('3')).map(r => r.line)).toEqual([17])
      expect(result.problems).toEqual([])
    })
  })

  describe('when a Forgejo workflow quotes its values', () => {
    it('reports them without quotes, columns after the quote', () => {
      const file = 'workflows/.forgejo/workflows/release.yaml'
      expect(brief(extract(fixture(file), file).refs)).toEqual([
        '8:15 workflow-container code.forgejo.org/oci/node:20-bookworm@sha256:<d>',
        '10:25 workflow-docker-uses code.forgejo.org/oci/alpine:3.20'
      ])
    })
  })
})

describe('workflow.matches', () => {
  describe('when given paths', () => {
    it('takes workflow files of GitHub, Forgejo and Gitea only', () => {
      expect(matches('.github/workflows/ci.yml')).toBe(true)
      expect(matches('sub/.forgejo/workflows/a.yaml')).toBe(true)
      expect(matches('.gitea/workflows/a.yaml')).toBe(true)
      expect(matches('.github/actions/x/action.yml')).toBe(false)
      expect(matches('.github/workflows/nested/ci.yml')).toBe(false)
    })
  })
})
