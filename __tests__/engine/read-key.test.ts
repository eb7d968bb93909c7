import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { keySecrets, readKeyInput } from '../../src/engine/read-key.js'
import { codeOfAsync } from '../support/error-code.js'

const dir = mkdtempSync(path.join(os.tmpdir(), 'read-key-'))
const PEM = '-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\nAAAAAAAAAAAAAAAAAAAAAAAA\n-----END PRIVATE KEY-----\n'

describe('readKeyInput', () => {
  describe('when the value is PEM text', () => {
    it('returns it as given', async () => {
      expect(await readKeyInput(PEM, 1000)).toBe(PEM)
    })
  })

  describe('when the value is the path of a regular file', () => {
    it('reads it', async () => {
      const file = path.join(dir, 'cosign.key')
      writeFileSync(file, PEM)
      expect(await readKeyInput(file, 1000)).toBe(PEM)
    })
  })

  describe('when the value is neither', () => {
    it.each([
      ['a missing path', path.join(dir, 'absent.key')],
      ['a long single line', 'A'.repeat(5000)],
      ['text with newlines', 'not\na\nkey']
    ])('refuses %s with INPUT_INVALID, without repeating it', async (_name, value) => {
      let message = ''
      expect(await codeOfAsync(readKeyInput(value, 1000).catch(e => ((message = (e as Error).message), Promise.reject(e))))).toBe('INPUT_INVALID')
      expect(message).not.toContain(value.slice(0, 40))
    })
  })
})

describe('keySecrets', () => {
  it('lists a private key whole and each base64 line, and nothing of a public key', () => {
    expect(keySecrets(PEM, undefined)).toEqual([PEM.trim(), 'MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg', 'AAAAAAAAAAAAAAAAAAAAAAAA'])
    expect(keySecrets('-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----', undefined)).toEqual([])
  })
})
