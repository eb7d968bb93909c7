import { describe, expect, it } from '@jest/globals'
import { extract, matches } from '../../src/scan/compose.js'
import { brief, fixture, problems } from './support.js'

describe('compose.extract', () => {
  describe('when services use merge keys and variable defaults', () => {
    const result = extract(fixture('compose/docker-compose.yml'), 'compose/docker-compose.yml')

    it('reports services.*.image with defaults filled in, merged images at their anchor', () => {
      expect(brief(result.refs)).toEqual([
        '3:10 compose-image ghcr.io/acme/base:1.0@sha256:<a>',
        '8:12 compose-image ghcr.io/acme/api:2.1.0@sha256:<b>',
        '12:13 compose-image postgres:16-alpine',
        '17:12 compose-image ghcr.io/acme/cli:3.0'
      ])
    })

    it('reports a variable without a default as a problem instead of guessing', () => {
      expect(problems(result.problems)).toEqual(['15 VARIABLE_UNRESOLVED'])
    })
  })
})

describe('compose.matches', () => {
  describe('when given paths', () => {
    it('takes compose file names only', () => {
      for (const name of ['docker-compose.yml', 'a/docker-compose.override.yaml', 'compose.yaml', 'compose.prod.yml', 'docker-compose-ci.yml']) {
        expect(matches(name)).toBe(true)
      }
      expect(matches('composer.yaml')).toBe(false)
      expect(matches('deploy/app.yaml')).toBe(false)
    })
  })
})
