import { describe, expect, it } from '@jest/globals'
import {
  InvalidReferenceError,
  isDigest,
  parseAnyReference,
  parseDigest,
  parseDockerRef,
  parseReference,
  trimNamed,
  withDigest,
  withTag
} from '../../src/reference/index.js'
import { codeOf as anyCodeOf } from '../support/error-code.js'

const codeOf = (fn: () => unknown): string | undefined => anyCodeOf(fn, InvalidReferenceError)

const HEX = 'b'.repeat(64)

describe('parseReference', () => {
  describe('when the input is valid', () => {
    it('returns a frozen value', () => {
      const ref = parseReference(`ghcr.io/org/app:v1@sha256:${HEX}`)
      expect(Object.isFrozen(ref)).toBe(true)
      expect(ref).toMatchObject({ domain: 'ghcr.io', path: 'org/app', name: 'ghcr.io/org/app', tag: 'v1', digest: `sha256:${HEX}` })
    })
    it('has no tag or digest keys when absent', () => {
      const ref = parseReference('ghcr.io/org/app')
      expect('tag' in ref).toBe(false)
      expect('digest' in ref).toBe(false)
    })
  })

  describe('when the digest is sha512', () => {
    it('reports it unsupported, as distribution registers only sha256', () =>
      expect(codeOf(() => parseReference(`app@sha512:${'c'.repeat(128)}`))).toBe('REFERENCE_DIGEST_UNSUPPORTED'))
  })

  describe('when the input is pathologically long', () => {
    it('answers without catastrophic backtracking', () => {
      const started = Date.now()
      for (const input of ['a-'.repeat(50_000) + '!', 'a.'.repeat(50_000) + '/', 'a/'.repeat(50_000) + 'A', `${'a'.repeat(100_000)}:`]) {
        expect(codeOf(() => parseReference(input))).toBeDefined()
      }
      expect(Date.now() - started).toBeLessThan(5_000)
    })
  })
})

describe('parseDockerRef', () => {
  describe('when the input has both tag and digest', () => {
    it('keeps only the digest', () => expect(parseDockerRef(`redis:7@sha256:${HEX}`).toString()).toBe(`docker.io/library/redis@sha256:${HEX}`))
  })
})

describe('parseAnyReference', () => {
  describe('when the input is a bare digest', () => {
    it('returns a digest-only reference', () => {
      const ref = parseAnyReference(`sha256:${HEX}`)
      expect(ref).toMatchObject({ domain: '', path: '', name: '', digest: `sha256:${HEX}` })
      expect(ref.toString()).toBe(`sha256:${HEX}`)
    })
  })
})

describe('withTag', () => {
  describe('when the tag is valid', () => {
    it('keeps the digest', () => expect(withTag(parseReference(`a.io/x@sha256:${HEX}`), 'v2').toString()).toBe(`a.io/x:v2@sha256:${HEX}`))
  })
  describe('when the tag is invalid', () => {
    it('refuses it', () => expect(codeOf(() => withTag(parseReference('a.io/x'), '-bad'))).toBe('REFERENCE_TAG_INVALID'))
  })
  describe('when the reference is digest-only', () => {
    it('refuses it', () => expect(codeOf(() => withTag(parseAnyReference(HEX), 'v1'))).toBe('REFERENCE_INVALID'))
  })
})

describe('withDigest', () => {
  describe('when the digest is valid', () => {
    it('pins the reference and keeps the tag', () =>
      expect(withDigest(parseReference('a.io/x:v1'), `sha256:${HEX}`).toString()).toBe(`a.io/x:v1@sha256:${HEX}`))
  })
  describe('when the digest is malformed', () => {
    it('refuses it with the go-digest code', () =>
      expect(codeOf(() => withDigest(parseReference('a.io/x'), 'sha256:abc'))).toBe('REFERENCE_DIGEST_INVALID_LENGTH'))
  })
})

describe('trimNamed', () => {
  describe('when the reference has a tag and digest', () => {
    it('drops both', () => expect(trimNamed(parseReference(`a.io/x:v1@sha256:${HEX}`)).toString()).toBe('a.io/x'))
  })
})

describe('parseDigest', () => {
  describe('when the digest is valid', () => {
    it('splits algorithm and hex', () => expect(parseDigest(`sha512:${'d'.repeat(128)}`)).toMatchObject({ algorithm: 'sha512', hex: 'd'.repeat(128) }))
  })
})

describe('isDigest', () => {
  describe('when given digests and non-digests', () => {
    it('tells them apart', () => {
      expect(isDigest(`sha256:${HEX}`)).toBe(true)
      expect(isDigest(`sha256:${HEX.toUpperCase()}`)).toBe(false)
      expect(isDigest(HEX)).toBe(false)
      expect(isDigest('md5:d41d8cd98f00b204e9800998ecf8427e')).toBe(false)
    })
  })
})
