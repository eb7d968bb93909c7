import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readUserFile, readUserText, UserFileError } from '../src/user-file.js'

const dir = mkdtempSync(path.join(os.tmpdir(), 'user-file-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const options = { option: 'trusted-root', maxBytes: 64, timeoutMs: 2_000 }

async function refusal(file: string, over: Partial<typeof options> & { secret?: boolean } = {}): Promise<UserFileError> {
  const error = await readUserFile(file, { ...options, ...over }).then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(UserFileError)
  return error as UserFileError
}

describe('readUserFile', () => {
  describe('when the path names a regular file within the bound', () => {
    it('reads it whole', async () => {
      const file = path.join(dir, 'ok.json')
      writeFileSync(file, '{"ok":true}')
      expect(await readUserText(file, options)).toBe('{"ok":true}')
    })
  })

  describe('when the path names something that is not a regular file', () => {
    it('refuses a FIFO at once, without waiting for a writer', async () => {
      const fifo = path.join(dir, 'root.fifo')
      execFileSync('mkfifo', [fifo])
      const e = await refusal(fifo)
      expect([e.code, e.problem, e.details.option]).toEqual(['INPUT_INVALID', 'not-regular', 'trusted-root'])
    }, 5_000)

    it.each([
      ['a directory', () => (mkdirSync(path.join(dir, 'root.d'), { recursive: true }), path.join(dir, 'root.d'))],
      ['a character device that never ends', () => '/dev/zero'],
      ['the null device', () => '/dev/null']
    ])('refuses %s', async (_name, make) => {
      const e = await refusal(make())
      expect([e.code, e.problem]).toEqual(['INPUT_INVALID', 'not-regular'])
    })
  })

  describe('when the file is larger than the bound', () => {
    it('refuses it before reading', async () => {
      const file = path.join(dir, 'big.json')
      writeFileSync(file, 'x'.repeat(65))
      const e = await refusal(file)
      expect([e.code, e.problem]).toEqual(['INPUT_INVALID', 'too-large'])
    })

    it('refuses a file whose size stat does not tell, once the bound is read', async () => {
      // /proc files are regular and report size 0.
      const e = await refusal('/proc/self/maps', { maxBytes: 16 })
      expect(e.problem).toBe('too-large')
    })
  })

  describe('when nothing is there', () => {
    it('says so with its own problem, so a caller may keep a not-found code', async () => {
      const e = await refusal(path.join(dir, 'absent.json'))
      expect([e.code, e.problem]).toEqual(['INPUT_INVALID', 'missing'])
    })
  })

  describe('when the value is a secret', () => {
    it('never repeats the path', async () => {
      const secretish = path.join(dir, 'c2VjcmV0LWtleS1tYXRlcmlhbA')
      const e = await refusal(secretish, { option: 'key', secret: true })
      expect(e.message).not.toContain('c2VjcmV0LWtleS1tYXRlcmlhbA')
    })
  })
})
