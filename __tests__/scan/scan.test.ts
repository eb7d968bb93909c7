import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Logger } from '../../src/logger.js'
import { silentLogger } from '../../src/logger.js'
import { fileMayHold, readInto } from '../../src/scan/read.js'
import { scanWorkspace, type ScanResult } from '../../src/scan/index.js'
import { digest } from './support.js'

const pod = (image: string) => `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: a\n      image: ${image}\n`

function recordingLogger(): Logger & { warnings: { message: string; where?: { file?: string; line?: number } }[] } {
  const warnings: { message: string; where?: { file?: string; line?: number } }[] = []
  return { ...silentLogger, warnings, warning: (message, where) => void warnings.push({ message, where }) }
}

let base: string
let root: string

beforeAll(() => {
  base = mkdtempSync(path.join(os.tmpdir(), 'scan-test-'))
  root = path.join(base, 'repo')
  const outside = path.join(base, 'outside')
  const write = (rel: string, content: string | Buffer) => {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true })
    writeFileSync(path.join(root, rel), content)
  }
  mkdirSync(outside, { recursive: true })
  writeFileSync(path.join(outside, 'secret.yaml'), pod(`ghcr.io/acme/outside@${digest('9')}`))
  write('deploy/app.yaml', pod(`ghcr.io/acme/app@${digest('a')}`))
  write('deploy/big.yaml', `${'# padding\n'.repeat(20000)}${pod(`ghcr.io/acme/big@${digest('b')}`)}`)
  write('.git/hooks/x.yaml', pod(`ghcr.io/acme/git@${digest('9')}`))
  write('web/node_modules/pkg/deploy.yaml', pod(`ghcr.io/acme/dep@${digest('9')}`))
  write('docs/readme.md', `image: ghcr.io/acme/docs@${digest('9')}\n`)
  write('config/settings.yaml', 'retries: 3\n')
  write('bin/blob.yaml', Buffer.from([0x69, 0x6d, 0x61, 0x67, 0x65, 0x00, 0x01]))
  write('broken.yaml', 'apiVersion: v1\nkind: Pod\nspec: [image: nginx\n  : :\n')
  write('chart/templates/deployment.yaml', '{{- if .Values.enabled }}\napiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - image: "{{ .Values.image }}"\n{{- end }}\n')
  write('services/Dockerfile', `FROM golang:1.22@${digest('c')} AS build\nFROM build\n`)
  symlinkSync(path.join(outside, 'secret.yaml'), path.join(root, 'escape.yaml'))
  symlinkSync(outside, path.join(root, 'vendor-link'))
  symlinkSync(path.join(root, 'deploy', 'app.yaml'), path.join(root, 'alias.yaml'))
  symlinkSync(path.join(root, 'missing.yaml'), path.join(root, 'gone.yaml'))
})

afterAll(() => rmSync(base, { recursive: true, force: true }))

describe('scanWorkspace', () => {
  describe('when a workspace mixes formats, noise and hostile files', () => {
    let result: ScanResult
    let logger: ReturnType<typeof recordingLogger>
    beforeAll(async () => {
      logger = recordingLogger()
      result = await scanWorkspace({ root }, logger)
    })

    it('reports every occurrence with its relative, forward-slash path, sorted', () => {
      expect(result.refs.map(r => `${r.file}:${r.line} ${r.ref.replace(/@sha256:.*/, '@…')}`)).toEqual([
        'alias.yaml:6 ghcr.io/acme/app@…',
        'deploy/app.yaml:6 ghcr.io/acme/app@…',
        'deploy/big.yaml:20006 ghcr.io/acme/big@…',
        'services/Dockerfile:1 golang:1.22@…'
      ])
    })

    it('leaves out .git, node_modules and what symlinks reach outside the root', () => {
      expect(result.refs.some(r => r.digest === digest('9'))).toBe(false)
    })

    it('counts files seen and parsed', () => {
      // Seen: the 8 regular files outside .git and node_modules, plus the in-root link to a file.
      expect(result.filesSeen).toBe(9)
      // Not parsed: the Markdown file, settings.yaml (no needle) and the binary one.
      expect(result.filesParsed).toBe(6)
    })

    it('skips what it cannot read, with a reason code', () => {
      expect(result.skipped.map(s => `${s.file}:${s.line ?? '-'} ${s.code}`).sort()).toEqual([
        'bin/blob.yaml:- FILE_BINARY',
        'broken.yaml:4 YAML_INVALID',
        'chart/templates/deployment.yaml:1 YAML_TEMPLATE',
        'escape.yaml:- SYMLINK_OUTSIDE_ROOT',
        'gone.yaml:- SYMLINK_BROKEN',
        'vendor-link:- SYMLINK_OUTSIDE_ROOT'
      ])
    })

    it('lists the binary and the broken YAML file holding needles, and links out of the root, as unscanned, once each', () => {
      expect(result.unscanned.map(u => `${u.file}:${u.line ?? '-'} ${u.code}`).sort()).toEqual([
        'bin/blob.yaml:- FILE_BINARY',
        'broken.yaml:4 YAML_INVALID',
        'escape.yaml:- SYMLINK_OUTSIDE_ROOT',
        'vendor-link:- SYMLINK_OUTSIDE_ROOT'
      ])
    })

    it('warns through the logger once per cause, with the location only in `where`', () => {
      const gone = logger.warnings.find(w => w.where?.file === 'gone.yaml')
      expect(gone?.where).toEqual({ file: 'gone.yaml' })
      // Unscanned files are the caller's to report; chart templates are expected not to parse.
      expect(logger.warnings.map(w => w.where?.file).sort()).toEqual(['gone.yaml'])
    })
  })

  describe('when files exceed maxFileSize', () => {
    it('skips them with FILE_TOO_LARGE', async () => {
      const result = await scanWorkspace({ root, maxFileSize: 100_000, include: ['deploy/**'] }, silentLogger)
      expect(result.refs.map(r => r.file)).toEqual(['deploy/app.yaml'])
      expect(result.skipped).toMatchObject([{ file: 'deploy/big.yaml', code: 'FILE_TOO_LARGE' }])
    })
  })

  describe('when include and exclude globs are given', () => {
    it('scans what include selects minus what exclude drops', async () => {
      const result = await scanWorkspace({ root, include: ['**/*.yaml', 'services/**'], exclude: ['deploy/big.yaml', '**/alias.yaml'] }, silentLogger)
      expect(result.refs.map(r => r.file)).toEqual(['deploy/app.yaml', 'services/Dockerfile'])
    })
  })

  describe('when options are wrong', () => {
    it.each([
      ['an unclosed brace', { include: ['**/*.{yaml,yml'] }],
      ['an unclosed class', { exclude: ['[ab'] }],
      ['a parent segment', { include: ['../**'] }],
      ['an absolute pattern', { exclude: ['/etc/**'] }],
      ['an empty pattern', { include: [''] }],
      ['a fractional size', { maxFileSize: 1.5 }],
      ['a negative size', { maxFileSize: -1 }]
    ])('rejects %s with INPUT_INVALID', async (_name, extra) => {
      await expect(scanWorkspace({ root, ...extra }, silentLogger)).rejects.toMatchObject({ code: 'INPUT_INVALID' })
    })

    it('rejects a relative root with INPUT_INVALID and a missing one with SCAN_ROOT_UNREADABLE', async () => {
      await expect(scanWorkspace({ root: 'repo' }, silentLogger)).rejects.toMatchObject({ code: 'INPUT_INVALID' })
      await expect(scanWorkspace({ root: path.join(base, 'nope') }, silentLogger)).rejects.toMatchObject({ code: 'SCAN_ROOT_UNREADABLE' })
      await expect(scanWorkspace({ root: path.join(root, 'broken.yaml') }, silentLogger)).rejects.toMatchObject({ code: 'SCAN_ROOT_UNREADABLE' })
    })
  })
})

describe('readInto', () => {
  describe('when a path cannot be read', () => {
    it('answers FILE_UNREADABLE instead of throwing', () => {
      const slot = Buffer.alloc(16)
      expect(readInto(path.join(base, 'missing'), slot, 100)).toMatchObject({ ok: false, code: 'FILE_UNREADABLE' })
      expect(readInto(base, slot, 100)).toMatchObject({ ok: false, code: 'FILE_UNREADABLE' })
    })
  })

  describe('when a file is larger than the slot', () => {
    it('reads it whole', () => {
      const file = path.join(base, 'repo', 'deploy', 'big.yaml')
      const read = readInto(file, Buffer.alloc(1024), 1_000_000)
      expect(read.ok && read.content.toString('utf8').endsWith(`big@${digest('b')}\n`)).toBe(true)
    })
  })
})

describe('fileMayHold', () => {
  const test = (chunk: Buffer) => chunk.includes('image')
  it.each([
    ['a needle split across two reads', 1021, true],
    ['a needle at the end of the first read', 1019, true],
    ['no needle at all', -1, false]
  ])('answers for %s', (_name, at, expected) => {
    const content = Buffer.alloc(5000, 'x')
    if (at >= 0) content.write('image', at)
    const file = path.join(base, `may-hold-${at}.bin`)
    writeFileSync(file, content)
    expect(fileMayHold(file, Buffer.alloc(1024), test)).toBe(expected)
  })

  it('fails closed on a file it cannot open', () => {
    expect(fileMayHold(path.join(base, 'missing'), Buffer.alloc(1024), test)).toBe(true)
  })
})
