import { describe, expect, it } from '@jest/globals'
import { createRedactor } from '../../src/engine/redact.js'
import { memoryLogger } from '../../src/logger.js'

const JWT = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJyZXBvOm9jdG8vc2hvcCIsImF1ZCI6InNpZ3N0b3JlIn0.c2lnbmF0dXJlLWJ5dGVzLWhlcmUtMTIzNDU2'

describe('createRedactor', () => {
  describe('when a secret appears whole, JSON-escaped or, for a JWT, by segment', () => {
    it('cuts every form out', () => {
      const r = createRedactor(['pa"ss\\word', JWT])
      const [, claims, signature] = JWT.split('.')
      const text = `a pa"ss\\word b ${JSON.stringify('pa"ss\\word')} c ${JWT} d ${claims} e ${signature}`
      const out = r.redact(text)
      for (const s of ['pa"ss\\word', 'pa\\"ss\\\\word', JWT, claims, signature]) expect(out).not.toContain(s)
      expect(out).toContain('a *** b')
    })
  })

  describe('when given plain data', () => {
    it('redacts every string, deeply, and keeps other values', () => {
      const r = createRedactor(['s3cr3t-value'])
      expect(r.redactDeep({ a: ['x s3cr3t-value y', 1, null], b: { c: 's3cr3t-value', d: true } })).toEqual({ a: ['x *** y', 1, null], b: { c: '***', d: true } })
    })
  })

  describe('when used as a logger', () => {
    it('redacts messages and learns secrets registered later, passing them on', () => {
      const inner = memoryLogger()
      const seen: string[] = []
      const r = createRedactor()
      const log = r.logger({ ...inner, secret: s => void seen.push(s) })
      log.secret('late-secret-1234')
      log.error('failed with late-secret-1234')
      expect(inner.lines).toEqual([{ level: 'error', message: 'failed with ***' }])
      expect(seen).toEqual(['late-secret-1234'])
    })
  })

  describe('when a secret is blank', () => {
    it('ignores it', () => {
      expect(createRedactor(['', '  ', undefined]).redact('text')).toBe('text')
    })
  })
})
