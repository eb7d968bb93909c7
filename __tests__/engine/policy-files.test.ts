import { describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { resolveConfig } from '../../src/config/index.js'
import { runExplain } from '../../src/engine/explain-run.js'
import { loadPolicyFiles } from '../../src/engine/policy-files.js'
import { memoryLogger } from '../../src/logger.js'
import { codeOfAsync } from '../support/error-code.js'

const D = `sha256:${'c'.repeat(64)}`
const POLICY = `apiVersion: policy.sigstore.dev/v1beta1
kind: ClusterImagePolicy
metadata: {name: team}
spec:
  images: [{glob: "ghcr.io/acme/**"}]
  authorities: [{keyless: {identities: [{issuer: https://i, subject: s}]}}]
`

async function workspace(): Promise<string> {
  const ws = await mkdtemp(path.join(os.tmpdir(), 'policy-files-'))
  await mkdir(path.join(ws, 'k8s/policies'), { recursive: true })
  await mkdir(path.join(ws, 'chart/templates'), { recursive: true })
  await writeFile(path.join(ws, 'k8s/policies/team.yaml'), POLICY)
  await writeFile(path.join(ws, 'k8s/app.yaml'), `apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers:\n    - image: ghcr.io/acme/api@${D}\n    - image: redis:7\n`)
  await writeFile(path.join(ws, 'chart/templates/policy.yaml'), 'apiVersion: kyverno.io/v1\nkind: ClusterPolicy\nmetadata:\n  name: {{ .Values.name }}\n  {{- if .Values.x }}: [\n')
  return ws
}

describe('loadPolicyFiles', () => {
  it('with auto, loads policy documents found in the workspace and reports templates it cannot read', async () => {
    const ws = await workspace()
    const logger = memoryLogger()
    const set = await loadPolicyFiles({ patterns: ['auto'], workspace: ws, noMatch: 'warn', logger })
    expect(set.policies.map(p => [p.name, p.position.file])).toEqual([['team', 'k8s/policies/team.yaml']])
    expect(logger.lines.filter(l => l.level === 'warning').map(l => l.message)).toEqual([expect.stringContaining('chart/templates/policy.yaml')])
  })

  it('takes globs relative to the workspace and refuses paths outside it or matching nothing', async () => {
    const ws = await workspace()
    expect((await loadPolicyFiles({ patterns: ['k8s/**/*.yaml'], workspace: ws, noMatch: 'warn', logger: memoryLogger() })).policies).toHaveLength(1)
    expect(await codeOfAsync(loadPolicyFiles({ patterns: ['../etc/policy.yaml'], workspace: ws, noMatch: 'warn', logger: memoryLogger() }))).toBe('INPUT_INVALID')
    expect(await codeOfAsync(loadPolicyFiles({ patterns: ['nothing/*.yaml'], workspace: ws, noMatch: 'warn', logger: memoryLogger() }))).toBe('INPUT_INVALID')
    expect(await codeOfAsync(loadPolicyFiles({ patterns: ['k8s/app.yaml'], workspace: ws, noMatch: 'warn', logger: memoryLogger() }))).toBe('POLICY_KIND_UNSUPPORTED')
    expect(await codeOfAsync(loadPolicyFiles({ patterns: ['missing.yaml'], workspace: ws, noMatch: 'warn', logger: memoryLogger() }))).toBe('POLICY_FILE_NOT_FOUND')
  })
})

describe('runExplain (mode: explain)', () => {
  it('explains every scanned reference and the images input, offline', async () => {
    const ws = await workspace()
    const config = resolveConfig({ mode: 'explain', policy: 'k8s/policies/team.yaml', path: 'k8s', images: 'quay.io/x/y:1', 'no-match': 'deny' }, { GITHUB_WORKSPACE: ws })
    const lines = await runExplain(config, memoryLogger(), () => new Date('2026-01-01T00:00:00Z'))
    expect(lines.map(l => [l.image, l.effective, l.policies.map(p => p.name)])).toEqual([
      ['quay.io/x/y:1', 'deny', []],
      [`ghcr.io/acme/api@${D}`, 'enforce', ['team']],
      ['redis:7', 'deny', []]
    ])
  })
})
