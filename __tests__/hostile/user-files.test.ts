/**
 * Files a user names (issue 17 defect 7, generalised): trusted-root, tuf-root, predicate, the
 * policy files and the key files a policy names. A FIFO would block the run for ever (for tuf-root,
 * @sigstore/tuf's copyFileSync would block the whole process), a directory or a device misreads:
 * each is refused at once with a coded error naming the option, and no request is made.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readPolicySet } from '../../src/cli/policy-command.js'
import { resolveConfig } from '../../src/config/index.js'
import { runAttest } from '../../src/engine/attest-run.js'
import { loadPolicyFiles } from '../../src/engine/policy-files.js'
import { memoryLogger, silentLogger } from '../../src/logger.js'
import { loadTrustMaterial, loadTrustedRoot } from '../../src/trust/index.js'

const dir = mkdtempSync(path.join(os.tmpdir(), 'hostile-user-files-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A path of each hostile kind, made fresh under `parent`. */
function hostile(kind: string, parent = dir, name = `${kind}-${Math.random().toString(36).slice(2)}`): string {
  const file = path.join(parent, name)
  if (kind === 'fifo') execFileSync('mkfifo', [file])
  else if (kind === 'directory') mkdirSync(file)
  else return '/dev/zero'
  return file
}

/** The code and the option an error names. */
async function refusal(work: Promise<unknown>): Promise<[string | undefined, unknown]> {
  const e = await work.then(
    () => undefined,
    (err: unknown) => err as { code?: string; details?: Record<string, unknown> }
  )
  return [e?.code, e?.details?.option]
}

const KINDS = ['fifo', 'directory', 'device']

describe('trusted-root', () => {
  it.each(KINDS)('refuses a %s with INPUT_INVALID naming trusted-root', async kind => {
    expect(await refusal(loadTrustMaterial({ trustedRoot: hostile(kind), offline: true, logger: silentLogger, timeoutMs: 2_000 }))).toEqual(['INPUT_INVALID', 'trusted-root'])
  }, 5_000)
})

describe('tuf-root', () => {
  // No mirror answers on port 9: the root is refused before any request.
  it.each(KINDS)('refuses a %s with INPUT_INVALID naming tuf-root', async kind => {
    const options = { tufMirror: 'http://127.0.0.1:9/tuf', tufRoot: hostile(kind), cachePath: mkdtempSync(path.join(dir, 'tuf-cache-')), offline: false, logger: silentLogger, retries: 0, timeoutMs: 2_000 }
    expect(await refusal(loadTrustedRoot(options))).toEqual(['INPUT_INVALID', 'tuf-root'])
  }, 5_000)
})

describe('predicate', () => {
  it.each(KINDS)('refuses a %s with INPUT_INVALID naming predicate, before any request', async kind => {
    const config = resolveConfig(
      {
        mode: 'attest',
        images: `127.0.0.1:9/acme/app@sha256:${'a'.repeat(64)}`,
        predicate: hostile(kind),
        'predicate-type': 'slsaprovenance',
        'fulcio-url': 'http://127.0.0.1:9',
        'rekor-url': 'http://127.0.0.1:9',
        'insecure-registries': '127.0.0.1:9',
        upload: 'false',
        'results-file': path.join(dir, 'results.ndjson')
      },
      {}
    )
    expect(await refusal(runAttest(config, silentLogger, { env: {} }))).toEqual(['INPUT_INVALID', 'predicate'])
  }, 5_000)
})

describe('policy files', () => {
  const POLICY = `apiVersion: cosign.fremforge.dev/v1alpha1
kind: ImagePolicy
metadata: {name: team}
spec:
  images: [{glob: "ghcr.io/acme/**"}]
  authorities:
    - name: release
      key: {path: cosign.pub, tlog: false}
`
  const PUB = '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----\n'
  const workspace = (): string => mkdtempSync(path.join(dir, 'ws-'))

  it.each(['fifo', 'directory'])('refuses a %s named by the policy input with INPUT_INVALID naming policy', async kind => {
    const ws = workspace()
    hostile(kind, ws, 'policy.yaml')
    expect(await refusal(loadPolicyFiles({ patterns: ['policy.yaml'], workspace: ws, noMatch: 'warn', logger: memoryLogger(), timeoutMs: 2_000 }))).toEqual(['INPUT_INVALID', 'policy'])
  }, 5_000)

  it.each(['fifo', 'directory'])('refuses a %s a policy names as its key file, at the field', async kind => {
    const ws = workspace()
    hostile(kind, ws, 'cosign.pub')
    writeFileSync(path.join(ws, 'policy.yaml'), POLICY)
    const e = await loadPolicyFiles({ patterns: ['policy.yaml'], workspace: ws, noMatch: 'warn', logger: memoryLogger(), timeoutMs: 2_000 }).then(
      () => undefined,
      (err: unknown) => err as { code?: string; message?: string; details?: Record<string, unknown> }
    )
    expect([e?.code, e?.details?.file]).toEqual(['POLICY_FIELD_INVALID', 'policy.yaml'])
    expect(e?.message).toContain("key of team/release 'cosign.pub' is not a regular file")
  }, 5_000)

  it('still reads the same policy when its key file is a regular file', async () => {
    const ws = workspace()
    writeFileSync(path.join(ws, 'cosign.pub'), PUB)
    writeFileSync(path.join(ws, 'policy.yaml'), POLICY)
    const set = await loadPolicyFiles({ patterns: ['policy.yaml'], workspace: ws, noMatch: 'warn', logger: memoryLogger(), timeoutMs: 2_000 })
    expect(set.policies[0].authorities[0]).toMatchObject({ type: 'key', keys: [{ data: PUB }] })
  })

  it.each(['fifo', 'directory'])('the policy command refuses a %s given as --policy with INPUT_INVALID', async kind => {
    expect(await refusal(readPolicySet([hostile(kind)], 'warn'))).toEqual(['INPUT_INVALID', 'policy'])
  }, 5_000)
})
