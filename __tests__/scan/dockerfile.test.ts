import { describe, expect, it } from '@jest/globals'
import { extract, matches } from '../../src/scan/dockerfile.js'
import { brief, fixture, problems } from './support.js'

describe('dockerfile.extract', () => {
  describe('when stages use flags, aliases, ARG defaults, continuations and heredocs', () => {
    const result = extract(fixture('dockerfile/Dockerfile'), 'dockerfile/Dockerfile')

    it('reports each FROM image, a lone $ARG at the ARG default that holds it', () => {
      expect(brief(result.refs)).toEqual([
        '2:10 dockerfile-from docker.io/library/debian:12@sha256:<a>',
        '6:32 dockerfile-from golang:1.22@sha256:<b>',
        '14:5 dockerfile-from gcr.io/distroless/static:nonroot@sha256:<c>',
        '21:6 dockerfile-from alpine'
      ])
    })

    it('skips stage names, scratch, heredoc bodies and comments', () => {
      expect(result.refs.map(r => r.ref)).not.toContain('build')
      expect(result.refs.some(r => r.ref.includes('scratch') || r.ref.includes('commented'))).toBe(false)
    })

    it('reports a FROM whose variable has no default', () => {
      expect(problems(result.problems)).toEqual(['19 VARIABLE_UNRESOLVED'])
    })
  })

  describe('when the escape directive changes the continuation character', () => {
    it('joins lines on that character', () => {
      const result = extract('# escape=`\nFROM `\n  alpine:3.20\n', 'Dockerfile')
      expect(brief(result.refs)).toEqual(['3:3 dockerfile-from alpine:3.20'])
    })
  })
})

describe('dockerfile.matches', () => {
  describe('when given paths', () => {
    it('takes Dockerfile and Containerfile names', () => {
      for (const name of ['Dockerfile', 'build/Dockerfile.release', 'api.Dockerfile', 'Containerfile', 'x/y.containerfile']) expect(matches(name)).toBe(true)
      expect(matches('Dockerfile-notes.md')).toBe(false)
      expect(matches('build/Dockerfile-ci')).toBe(true)
      expect(matches('docs/dockerfile.md')).toBe(false)
    })
  })
})
