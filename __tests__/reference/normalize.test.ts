import { describe, expect, it } from '@jest/globals'
import {
  InvalidReferenceError,
  familiarName,
  familiarString,
  parseAnyReference,
  parseNormalizedNamed,
  parseReference,
  registryHost
} from '../../src/reference/index.js'
import { codeOf as anyCodeOf } from '../support/error-code.js'

const codeOf = (fn: () => unknown): string | undefined => anyCodeOf(fn, InvalidReferenceError)

const HEX = 'a'.repeat(64)

describe('registryHost', () => {
  describe('when the domain is one of Docker Hub names', () => {
    it('sends docker.io to registry-1.docker.io', () => expect(registryHost('docker.io')).toBe('registry-1.docker.io'))
    it('sends the legacy index.docker.io to registry-1.docker.io', () => expect(registryHost('index.docker.io')).toBe('registry-1.docker.io'))
    it('keeps registry-1.docker.io as it is', () => expect(registryHost('registry-1.docker.io')).toBe('registry-1.docker.io'))
  })

  describe('when the domain is only close to a Docker Hub name', () => {
    it('keeps a port, since that is another endpoint', () => expect(registryHost('docker.io:443')).toBe('docker.io:443'))
    it('keeps another casing, as normalization compares exactly', () => expect(registryHost('DOCKER.IO')).toBe('DOCKER.IO'))
    it('keeps a subdomain', () => expect(registryHost('mirror.docker.io')).toBe('mirror.docker.io'))
  })

  describe('when the domain is any other registry', () => {
    it.each(['ghcr.io', 'localhost:5000', '127.0.0.1:5000', '[::1]:5000', 'quay.io', ''])('returns %j unchanged', (domain) =>
      expect(registryHost(domain)).toBe(domain)
    )
  })

  describe('when given the domain of a normalized familiar name', () => {
    it('resolves a bare Hub image to registry-1.docker.io', () =>
      expect(registryHost(parseNormalizedNamed('nginx').domain)).toBe('registry-1.docker.io'))
    it('resolves a legacy-index image to registry-1.docker.io', () =>
      expect(registryHost(parseNormalizedNamed('index.docker.io/bitnami/redis').domain)).toBe('registry-1.docker.io'))
  })
})

describe('familiarString', () => {
  describe('when the reference is an official Hub image', () => {
    it('drops docker.io and library/', () => expect(familiarString(parseNormalizedNamed('docker.io/library/nginx:1.27'))).toBe('nginx:1.27'))
    it('keeps tag and digest together', () =>
      expect(familiarString(parseNormalizedNamed(`nginx:1.27@sha256:${HEX}`))).toBe(`nginx:1.27@sha256:${HEX}`))
    it('folds the legacy index name too', () => expect(familiarString(parseNormalizedNamed('index.docker.io/library/nginx'))).toBe('nginx'))
  })

  describe('when the library/ path is nested', () => {
    it('keeps library/, as only single-component official names are shortened', () =>
      expect(familiarString(parseNormalizedNamed('library/foo/bar'))).toBe('library/foo/bar'))
  })

  describe('when the image is in a Hub namespace', () => {
    it('drops only docker.io', () => expect(familiarString(parseNormalizedNamed('bitnami/redis:7'))).toBe('bitnami/redis:7'))
    it('keeps a namespace literally called library elsewhere in the path', () =>
      expect(familiarString(parseNormalizedNamed('other/library'))).toBe('other/library'))
  })

  describe('when the registry is not Docker Hub', () => {
    it.each(['ghcr.io/library/nginx:1', 'localhost:5000/app', '[::1]:5000/app:tag', 'registry-1.docker.io/library/nginx'])(
      'returns %j as written',
      (input) => expect(familiarString(parseNormalizedNamed(input))).toBe(input)
    )
  })

  describe('when the reference was parsed without normalization', () => {
    it('still shortens an explicit docker.io/library name', () => expect(familiarString(parseReference('docker.io/library/redis'))).toBe('redis'))
    it('leaves a name without domain alone', () => expect(familiarString(parseReference('library/redis:7'))).toBe('library/redis:7'))
  })

  describe('when the reference is digest-only', () => {
    it('returns the digest', () => expect(familiarString(parseAnyReference(HEX))).toBe(`sha256:${HEX}`))
  })
})

describe('familiarName', () => {
  describe('when the reference has a tag and digest', () => {
    it('returns the familiar name alone', () => expect(familiarName(parseNormalizedNamed(`redis:7@sha256:${HEX}`))).toBe('redis'))
  })
})

describe('parseNormalizedNamed', () => {
  describe('when the input is a bare 64-hex image id', () => {
    it('refuses it as an identifier', () => expect(codeOf(() => parseNormalizedNamed(HEX))).toBe('REFERENCE_NAME_IS_IDENTIFIER'))
  })

  describe('when the repository name has uppercase letters', () => {
    it('says so', () => expect(codeOf(() => parseNormalizedNamed('docker/Docker'))).toBe('REFERENCE_NAME_UPPERCASE'))
  })

  describe('when the normalized form is invalid', () => {
    it('keeps the code and names the original input', () => {
      const error = (() => {
        try {
          parseNormalizedNamed('docker///docker')
        } catch (e) {
          return e
        }
        return undefined
      })()
      expect(error).toBeInstanceOf(InvalidReferenceError)
      expect((error as InvalidReferenceError).code).toBe('REFERENCE_INVALID')
      expect((error as InvalidReferenceError).details.input).toBe('docker///docker')
    })
  })
})
