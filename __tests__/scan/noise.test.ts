import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { silentLogger, type Logger } from '../../src/logger.js'
import { closingLine, extractFromContent, scanWorkspace } from '../../src/scan/index.js'
import { digest } from './support.js'

// A Kyverno pattern in the shape of kyverno/policies `disallow-latest-tag` (pattern, not references).
const POLICY = [
  'apiVersion: kyverno.io/v1',
  'kind: ClusterPolicy',
  'metadata:',
  '  name: disallow-latest-tag',
  'spec:',
  '  rules:',
  '    - name: validate-image-tag',
  '      validate:',
  '        pattern:',
  '          spec:',
  '            containers:',
  '              - image: "!*:latest"',
  '              - image: "docker.io/library/*:*"',
  '              - image: "ghcr.io/a/* | ghcr.io/b/*"',
  ''
].join('\n')

describe('scanner noise (issue 15)', () => {
  describe('when a policy holds image patterns with wildcards', () => {
    it('neither reports nor warns about them', () => {
      expect(extractFromContent('policies/latest.yaml', POLICY)).toEqual({ refs: [], problems: [] })
    })
  })

  describe('when one cause appears twice and a warning names its place', () => {
    let dir: string
    const warnings: { message: string; where?: { file?: string; line?: number } }[] = []
    const logger: Logger = { ...silentLogger, warning: (message, where) => void warnings.push({ message, where }) }
    beforeAll(async () => {
      dir = mkdtempSync(path.join(os.tmpdir(), 'noise-'))
      writeFileSync(path.join(dir, 'pod.yaml'), `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - image: UPPER/Case@${digest('a')}\n`)
      await scanWorkspace({ root: dir }, logger)
    })
    afterAll(() => rmSync(dir, { recursive: true, force: true }))

    it('warns once, with the location only in `where`', () => {
      expect(warnings).toHaveLength(1)
      expect(warnings[0].where).toEqual({ file: 'pod.yaml', line: 5 })
      expect(warnings[0].message).not.toContain('pod.yaml')
    })
  })

  describe('closingLine', () => {
    it('counts references by kind, most frequent first', () => {
      const ref = (kind: string) => ({ file: 'f', line: 1, column: 1, kind, ref: 'a', name: 'docker.io/library/a' })
      const line = closingLine({ refs: [ref('k8s-image'), ref('dockerfile-from'), ref('k8s-image')], unscanned: [], skipped: [], filesSeen: 4, filesParsed: 2 })
      expect(line).toBe('3 references (k8s-image 2, dockerfile-from 1) in 4 files, 2 parsed; 0 skipped, 0 unscanned')
    })
  })
})
