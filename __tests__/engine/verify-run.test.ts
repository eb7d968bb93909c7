/**
 * runVerify with an in-memory ImageVerifier: grouping of references per digest, bounded
 * concurrency, the `images` input, the policy built from the configuration, and the results file.
 * The real verifier is covered against the real registry elsewhere; here the engine's own logic.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { resolveConfig, type RawOptions } from '../../src/config/index.js'
import { groupRefs, mapBounded, policyFromConfig, runVerify, type ImageVerifier, type Target } from '../../src/engine/index.js'
import { silentLogger } from '../../src/logger.js'
import { unverifiedVerdict, type Verdict } from '../../src/policy/index.js'
import type { ImageRef } from '../../src/scan/index.js'

const D1 = `sha256:${'1'.repeat(64)}`
const D2 = `sha256:${'2'.repeat(64)}`
const D3 = `sha256:${'3'.repeat(64)}`

let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'verify-run-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function verified(target: Target): Verdict {
  return { ...unverifiedVerdict(target.name, target.digest, 'verified', 'ok'), signed: true }
}

/** Records every call and how many were in flight at once. */
function recordingVerifier(decide: (t: Target) => Verdict = verified, delayMs = 5): ImageVerifier & { calls: Target[]; maxInFlight: number } {
  let inFlight = 0
  const v = {
    calls: [] as Target[],
    maxInFlight: 0,
    async verify(target: Target): Promise<Verdict> {
      v.calls.push(target)
      v.maxInFlight = Math.max(v.maxInFlight, ++inFlight)
      await new Promise(r => setTimeout(r, delayMs))
      inFlight--
      return decide(target)
    },
    async resolveDigest(): Promise<string> {
      return D3
    }
  }
  return v
}

function config(over: RawOptions) {
  return resolveConfig({ upload: 'false', 'results-file': path.join(dir, `${Math.random().toString(36).slice(2)}.ndjson`), ...over }, {})
}

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(dir, 'ws-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, name), text)
  return root
}

const ref = (name: string, digest: string | undefined, tag?: string): ImageRef => ({ file: 'a.yaml', line: 1, column: 1, kind: 'k8s', ref: name, name, tag, digest })

describe('groupRefs', () => {
  it('groups references by repository and digest, keeping every occurrence and each tag once', () => {
    const { targets, unpinned } = groupRefs([
      ref('docker.io/library/nginx', D1, '1.27'),
      ref('docker.io/library/nginx', D1, '1.27'),
      ref('docker.io/library/nginx', D1, 'stable'),
      ref('ghcr.io/acme/nginx', D1),
      ref('docker.io/library/redis', undefined, '7'),
      ref('docker.io/library/redis', undefined, '7')
    ])
    expect(targets.map(t => [t.name, t.digest, t.tags, t.refs.length])).toEqual([
      ['docker.io/library/nginx', D1, ['1.27', 'stable'], 3],
      ['ghcr.io/acme/nginx', D1, [], 1]
    ])
    expect(unpinned.map(u => [u.name, u.tag, u.refs.length])).toEqual([['docker.io/library/redis', '7', 2]])
  })
})

describe('mapBounded', () => {
  it('never has more than the limit in flight and keeps the input order', async () => {
    let inFlight = 0
    let max = 0
    const out = await mapBounded([5, 1, 4, 2, 3, 0, 6], 3, async n => {
      max = Math.max(max, ++inFlight)
      await new Promise(r => setTimeout(r, n))
      inFlight--
      return n * 10
    })
    expect(out).toEqual([50, 10, 40, 20, 30, 0, 60])
    expect(max).toBe(3)
  })
})

describe('policyFromConfig', () => {
  it('carries every rule of the configuration', () => {
    const policy = policyFromConfig(
      config({
        'require-signed': 'true',
        'certificate-identity-regexp': '^https://github\\.com/acme/',
        'certificate-oidc-issuer': 'https://token.actions.githubusercontent.com',
        'issuer-allowlist': 'https://token.actions.githubusercontent.com',
        annotations: 'env=prod'
      })
    )
    expect(policy).toMatchObject({
      requireSigned: true,
      requirePinned: false,
      certificateIdentityRegexp: '^https://github\\.com/acme/',
      certificateOidcIssuer: 'https://token.actions.githubusercontent.com',
      issuerAllowlist: ['https://token.actions.githubusercontent.com'],
      annotations: { env: 'prod' }
    })
  })
})

describe('runVerify', () => {
  it('verifies each unique digest once, within the concurrency bound, and reports every occurrence', async () => {
    const pins = Array.from({ length: 6 }, (_, i) => `        - image: ghcr.io/acme/app${i}@${D1}\n`).join('')
    const root = workspace({
      'deploy.yaml': `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - image: ghcr.io/acme/app0@${D1}\n    - image: ghcr.io/acme/app0:v1@${D1}\n`,
      'more.yaml': `apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n${pins}`
    })
    const verifier = recordingVerifier()
    const outcome = await runVerify(config({ path: root, concurrency: '2' }), silentLogger, { env: {}, verifier })
    expect(verifier.calls.map(c => c.name).sort()).toEqual([0, 1, 2, 3, 4, 5].map(i => `ghcr.io/acme/app${i}`))
    expect(verifier.maxInFlight).toBe(2)
    const app0 = outcome.records.find(r => r.repository === 'acme/app0')
    expect(app0?.sources.map(s => `${s.file}:${s.line}`).sort()).toEqual(['deploy.yaml:5', 'deploy.yaml:6', 'more.yaml:7'])
    expect(app0?.tags).toEqual(['v1'])
    expect(outcome.counts.verified).toBe(6)
  })

  it('verifies `images` without a workspace, resolving a tag to its digest, and keeps no file for them', async () => {
    const verifier = recordingVerifier()
    const outcome = await runVerify(config({ images: `ghcr.io/acme/a@${D1}\nghcr.io/acme/b:1.0` }), silentLogger, { env: {}, verifier })
    expect(verifier.calls.map(c => `${c.name}@${c.digest}`)).toEqual([`ghcr.io/acme/a@${D1}`, `ghcr.io/acme/b@${D3}`])
    expect(outcome.records.every(r => r.sources.length === 0)).toBe(true)
    expect(outcome.warnings.some(w => w.includes('ghcr.io/acme/b'))).toBe(true)
  })

  it('groups an `images` entry with the scanned references to the same digest, each occurrence keeping its origin', async () => {
    const root = workspace({ 'pod.yaml': `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - image: ghcr.io/acme/a@${D1}\n` })
    const verifier = recordingVerifier()
    const outcome = await runVerify(config({ path: root, images: `ghcr.io/acme/a:1.0@${D1}` }), silentLogger, { env: {}, verifier })
    expect(verifier.calls.map(c => `${c.name}@${c.digest}`)).toEqual([`ghcr.io/acme/a@${D1}`])
    expect(outcome.refs.map(r => (r.origin === 'scan' ? `scan ${r.file}:${r.line}` : `input #${r.position} ${r.ref}`))).toEqual(['scan pod.yaml:5', `input #1 ghcr.io/acme/a:1.0@${D1}`])
    expect(outcome.records.map(r => [r.registry, r.repository, r.tags, r.sources.map(s => `${s.file}:${s.line}`)])).toEqual([['ghcr.io', 'acme/a', ['1.0'], ['pod.yaml:5']]])
  })

  it('turns a verifier that throws into an error verdict for that image only, and still writes every record', async () => {
    const verifier = recordingVerifier(t => {
      if (t.digest === D2) throw new Error('boom')
      return verified(t)
    })
    const cfg = config({ images: `ghcr.io/acme/a@${D1}\nghcr.io/acme/b@${D2}`, 'require-signed': 'true' })
    const outcome = await runVerify(cfg, silentLogger, { env: {}, verifier })
    expect(outcome.records.map(r => [r.repository, r.status, r.finding])).toEqual([
      ['acme/a', 'verified', false],
      ['acme/b', 'error', true]
    ])
    expect(outcome.policyFailed).toBe(true)
    const written = readFileSync(cfg.resultsFile, 'utf8').trim().split('\n').map(l => JSON.parse(l) as { status: string })
    expect(written.map(r => r.status)).toEqual(['verified', 'error'])
  })

  it('reports an unpinned reference as a finding only under require-pinned', async () => {
    const root = workspace({ 'pod.yaml': 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - image: ghcr.io/acme/loose:1.0\n' })
    const loose = await runVerify(config({ path: root }), silentLogger, { env: {}, verifier: recordingVerifier() })
    expect(loose.records.map(r => [r.status, r.finding])).toEqual([['unpinned', false]])
    const strict = await runVerify(config({ path: root, 'require-pinned': 'true' }), silentLogger, { env: {}, verifier: recordingVerifier() })
    expect(strict.records.map(r => [r.status, r.finding])).toEqual([['unpinned', true]])
    expect(strict.policyFailed).toBe(true)
  })
})
