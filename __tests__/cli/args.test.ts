import { describe, expect, it } from '@jest/globals'
import { parseArgs, helpText } from '../../src/cli/args.js'
import { OPTIONS } from '../../src/config/index.js'
import { AppError } from '../../src/errors.js'

describe('parseArgs', () => {
  describe('when flags are well formed', () => {
    it('maps the command to the mode and flags to option names', () => {
      const a = parseArgs(['verify', '--path', 'deploy', '--require-signed', '--format=ndjson'])
      expect(a.command).toBe('verify')
      expect(a.raw).toEqual({ mode: 'verify', path: 'deploy', 'require-signed': 'true', format: 'ndjson' })
    })
    it('collects several values for a list flag, repeated or not', () => {
      const a = parseArgs(['verify', '--images', 'a', 'b', '--images', 'c', '--offline'])
      expect(a.raw.images).toBe('a\nb\nc')
      expect(a.raw.offline).toBe('true')
    })
    it('accepts an explicit boolean value', () => {
      expect(parseArgs(['scan', '--upload', 'false']).raw.upload).toBe('false')
    })
  })

  describe('when flags are wrong', () => {
    it.each([[['verify', '--nope']], [['bogus']], [['verify', '--path']], [['verify', '--mode', 'scan']]])('throws an INPUT_ error for %j', argv => {
      let err: unknown
      try {
        parseArgs(argv)
      } catch (e) {
        err = e
      }
      expect(err).toBeInstanceOf(AppError)
      expect((err as AppError).code).toMatch(/^INPUT_/)
    })
  })
})

describe('helpText', () => {
  it('lists every option with its default', () => {
    const text = helpText()
    for (const o of OPTIONS.filter(o => o.name !== 'mode')) {
      expect(text).toContain(`--${o.name}`)
      if (o.default) expect(text).toContain(`(default: ${o.default})`)
    }
  })
})
