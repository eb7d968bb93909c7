import { describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { resolveConfig, parseSize, parseList } from '../../src/config/index.js'
import { AppError } from '../../src/errors.js'
import { codeOf as anyCodeOf } from '../support/error-code.js'

const env = { GITHUB_WORKSPACE: '/ws', RUNNER_TEMP: '/tmp/runner' }

const codeOf = (fn: () => unknown): string | undefined => anyCodeOf(fn, AppError)

describe('resolveConfig', () => {
  describe('when nothing is given', () => {
    it('applies the documented defaults', () => {
      const c = resolveConfig({}, env)
      expect(c.mode).toBe('verify')
      expect(c.path).toBe('/ws')
      expect(c.resultsFile).toBe('/tmp/runner/fremforge-cosign-results.ndjson')
      expect(c.requireSigned).toBe(false)
      expect(c.concurrency).toBe(16)
      expect(c.maxFileSize).toBe(5 * 1024 * 1024)
      expect(c.fremforgeUrl).toBe('https://frem.sh')
      expect(c.signatureFormat).toBe('both')
      expect(c.upload).toBe(true)
    })
  })

  describe('when only images are given', () => {
    it('does not scan the workspace', () => {
      expect(resolveConfig({ images: 'ghcr.io/a/b@sha256:' + 'a'.repeat(64) }, env).path).toBeUndefined()
    })
    it('scans when a path is given too', () => {
      expect(resolveConfig({ images: 'x', path: 'deploy' }, env).path).toBe(path.resolve('/ws/deploy'))
    })
  })

  describe('when values are malformed', () => {
    it.each([
      ['require-signed', 'maybe'],
      ['concurrency', '0'],
      ['concurrency', 'eight'],
      ['mode', 'audit'],
      ['max-file-size', 'big'],
      ['fremforge-url', 'ftp://x'],
      ['certificate-identity-regexp', '(unclosed'],
      ['annotations', 'novalue'],
      ['signature-format', 'zip'],
      ['images', 'Not A Reference!!']
    ])('rejects %s=%s with INPUT_INVALID', (name, value) => {
      expect(codeOf(() => resolveConfig({ [name]: value }, env))).toBe('INPUT_INVALID')
    })
    it('names the option in the error', () => {
      expect(() => resolveConfig({ concurrency: '-1' }, env)).toThrow(expect.objectContaining({ code: 'INPUT_INVALID', details: { option: 'concurrency' } }))
    })
    it('rejects unknown options with INPUT_UNKNOWN', () => {
      expect(codeOf(() => resolveConfig({ 'no-such-option': 'x' }, env))).toBe('INPUT_UNKNOWN')
    })
    it('rejects an exact identity together with a regexp', () => {
      expect(codeOf(() => resolveConfig({ 'certificate-identity': 'a', 'certificate-identity-regexp': 'b' }, env))).toBe('INPUT_INVALID')
    })
    it('requires images to sign', () => {
      expect(codeOf(() => resolveConfig({ mode: 'sign' }, env))).toBe('INPUT_INVALID')
    })
  })

  describe('when secrets come from the environment', () => {
    it('takes the API token and key password from their variables', () => {
      const c = resolveConfig({}, { ...env, FREMFORGE_API_TOKEN: 'tok', COSIGN_PASSWORD: 'pw' })
      expect(c.apiToken).toBe('tok')
      expect(c.keyPassword).toBe('pw')
    })
    it('prefers the inputs', () => {
      expect(resolveConfig({ 'api-token': 'in' }, { ...env, FREMFORGE_API_TOKEN: 'tok' }).apiToken).toBe('in')
    })
  })

  describe('when lists and annotations are given', () => {
    it('splits on newlines and commas and parses key=value pairs', () => {
      const c = resolveConfig({ 'issuer-allowlist': 'https://a\nhttps://b, https://c', annotations: 'repo=x/y\nsha=abc=def' }, env)
      expect(c.issuerAllowlist).toEqual(['https://a', 'https://b', 'https://c'])
      expect(c.annotations).toEqual({ repo: 'x/y', sha: 'abc=def' })
    })
  })
})

describe('parseSize', () => {
  it.each([
    ['1024', 1024],
    ['5MiB', 5 * 1024 * 1024],
    ['2k', 2048],
    ['1.5 MB', 1.5 * 1024 * 1024]
  ])('reads %s', (text, bytes) => expect(parseSize('max-file-size', text)).toBe(bytes))
})

describe('parseList', () => {
  it('drops empty entries and comment lines', () => {
    expect(parseList('a\n\n# note\n b ,c')).toEqual(['a', 'b', 'c'])
  })
})
