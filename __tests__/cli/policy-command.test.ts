import { describe, expect, it } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { runPolicyCommand } from '../../src/cli/policy-command.js'
import { runCli } from '../../src/cli/run.js'

const FIXTURES = '__tests__/fixtures/policy'
const D = `sha256:${'1'.repeat(64)}`
const NOW = () => new Date('2026-06-15T00:00:00Z')

async function cli(argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await runPolicyCommand(argv, { stdout: t => void out.push(t), stderr: t => void err.push(t) }, NOW)
  return { code, out, err }
}

// The microservices-demo situation of issue 12: the team's images keyless from one workflow, a
// partner's from another, registry.k8s.io in warn, Docker Hub's redis key-signed during a
// rotation, busybox exempt, an old exemption expired.
const DEMO = `apiVersion: cosign.fremforge.dev/v1alpha1
kind: ImagePolicy
metadata: {name: our-services}
spec:
  images: [{glob: "us-central1-docker.pkg.dev/acme/microservices-demo/**"}]
  authorities:
    - name: release
      keyless:
        identities:
          - issuer: https://token.actions.githubusercontent.com
            subjectRegExp: ^https://github\\.com/acme/microservices-demo/
---
apiVersion: cosign.fremforge.dev/v1alpha1
kind: ImagePolicy
metadata: {name: kubernetes}
spec:
  mode: warn
  images: [{glob: "registry.k8s.io/**"}]
  authorities:
    - name: k8s-release
      keyless:
        identities: [{issuer: https://accounts.google.com, subject: krel-trust@k8s-releng-prod.iam.gserviceaccount.com}]
---
apiVersion: cosign.fremforge.dev/v1alpha1
kind: ImagePolicy
metadata: {name: redis}
spec:
  images: [{glob: "index.docker.io/library/redis*"}]
  authorities:
    - name: old-key
      key:
        data: |
          -----BEGIN PUBLIC KEY-----
          MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEOc6HkISHzVdUbtUsdjYtPuyPYBeg
          4FCemyVurIM4KEORQk4OAu8ZNwxvGSoY3eAabYaFIPPQ8ROAjrbdPwNdJw==
          -----END PUBLIC KEY-----
    - name: new-key
      key:
        data: |
          -----BEGIN PUBLIC KEY-----
          MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE8nXRh950IZbRj8Ra/N9sbqOPZrfM
          5/KAQN0/KjHcorm/J5yctVd7iEcnessRQjU917hmKO6JWVGHpDguIyakZA==
          -----END PUBLIC KEY-----
---
apiVersion: cosign.fremforge.dev/v1alpha1
kind: ImagePolicy
metadata: {name: busybox-exemption}
spec:
  mode: skip
  reason: debug sidecar, removed in Q3
  expires: "2026-09-30"
  images: [{glob: "index.docker.io/library/busybox*"}]
  authorities: []
`
const IMAGES = [
  `us-central1-docker.pkg.dev/acme/microservices-demo/frontend@${D}`,
  `registry.k8s.io/pause:3.9@${D}`,
  `redis:7@${D}`,
  `busybox@${D}`,
  `quay.io/prometheus/node-exporter@${D}`
]

async function demoFile(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'policy-cli-'))
  const file = path.join(dir, 'policy.yaml')
  await writeFile(file, DEMO)
  return file
}

describe('fremforge-cosign policy explain', () => {
  it('prints one NDJSON line per image in the issue’s shape', async () => {
    const file = await demoFile()
    const { code, out } = await cli(['explain', '--policy', file, '--images', ...IMAGES, '--format', 'ndjson', '--no-match', 'deny'])
    expect(code).toBe(0)
    const lines = out.map(l => JSON.parse(l))
    expect(lines.map(l => [l.image, l.effective, l.no_match, l.policies.map((p: { name: string; mode: string }) => `${p.name}:${p.mode}`)])).toEqual([
      [IMAGES[0], 'enforce', false, ['our-services:enforce']],
      [IMAGES[1], 'warn', false, ['kubernetes:warn']],
      [IMAGES[2], 'enforce', false, ['redis:enforce']],
      [IMAGES[3], 'skip', false, ['busybox-exemption:skip']],
      [IMAGES[4], 'deny', true, []]
    ])
    expect(Object.keys(lines[0])).toEqual(['image', 'policies', 'no_match', 'effective'])
    expect(lines[2].policies[0]).toEqual({ name: 'redis', kind: 'ImagePolicy', file, line: 24, mode: 'enforce', authorities: ['old-key', 'new-key'] })
  })

  it('explains the real policy-controller example for Docker Hub images through globs', async () => {
    const { code, out } = await cli(['explain', '--policy', path.join(FIXTURES, 'signed-by-github-actions.yaml'), path.join(FIXTURES, 'kyverno-verify-image.yaml'), '--images', `nginx@${D}`, `ghcr.io/kyverno/test-verify-image:signed@${D}`, '--format', 'ndjson'])
    expect(code).toBe(0)
    const [nginx, kyverno] = out.map(l => JSON.parse(l))
    expect(nginx.policies.map((p: { name: string }) => p.name)).toEqual(['image-is-signed-by-github-actions'])
    expect(kyverno.policies.map((p: { name: string; kind: string; mode: string }) => [p.name, p.kind, p.mode])).toEqual([
      ['image-is-signed-by-github-actions', 'ClusterImagePolicy', 'enforce'],
      ['verify-image/verify-image', 'ClusterPolicy', 'enforce']
    ])
  })

  it('prints a table and lists not-enforceable features with file and line on stderr', async () => {
    const file = path.join(FIXTURES, 'custom-key-attestation-sbom-spdxjson.yaml')
    const { code, out, err } = await cli(['explain', '--policy', file, '--images', `ghcr.io/a/b@${D}`])
    expect(code).toBe(0)
    expect(out[0]).toMatch(/^IMAGE\s+IF UNVERIFIED\s+POLICIES/)
    expect(out[0]).toContain('custom-key-attestation-sbom-spdxjson [enforce]: custom-key')
    expect(err.join('\n')).toContain(`not enforceable: ${file}:44:`)
  })

  it('exits 2 with the code for bad usage and bad policies', async () => {
    expect((await cli(['explain', '--images', 'x'])).code).toBe(2)
    const broken = path.join(await mkdtemp(path.join(os.tmpdir(), 'policy-cli-')), 'p.yaml')
    await writeFile(broken, 'apiVersion: cosign.fremforge.dev/v1alpha1\nkind: ImagePolicy\nmetadata: {name: x}\nspec:\n  images: []\n')
    const bad = await cli(['explain', '--policy', broken, '--images', 'x'])
    expect(bad.code).toBe(2)
    expect(bad.err[0]).toContain('[POLICY_FIELD_MISSING]')
  })

  it('is reachable from the main CLI as `policy explain`', async () => {
    const out: string[] = []
    const code = await runCli(['policy', 'explain', '--policy', path.join(FIXTURES, 'signed-by-github-actions.yaml'), '--images', 'nginx', '--format', 'ndjson'], { stdout: t => void out.push(t), stderr: () => {}, env: {}, isTTY: false })
    expect(code).toBe(0)
    expect(JSON.parse(out[0])).toMatchObject({ image: 'nginx', effective: 'enforce' })
  })
})

describe('fremforge-cosign policy export', () => {
  const decisions = (lines: string[]) =>
    lines.map(l => JSON.parse(l)).map(l => ({ image: l.image, effective: l.effective, no_match: l.no_match, policies: l.policies.map((p: { name: string; mode: string; authorities: string[] }) => ({ name: p.name, mode: p.mode, authorities: p.authorities })) }))

  it.each(['policy-controller', 'kyverno'])('re-imports from %s to the same decisions for what both can say', async to => {
    const file = await demoFile()
    const exported = await cli(['export', '--policy', file, '--to', to])
    expect(exported.code).toBe(0)
    const text = exported.out.join('\n')
    expect(text).toMatch(/# LOST: .*expires 2026-09-30/)
    const again = path.join(path.dirname(file), `exported-${to}.yaml`)
    await writeFile(again, text)
    const before = await cli(['explain', '--policy', file, '--images', ...IMAGES.filter(i => !i.startsWith('busybox')), '--format', 'ndjson'])
    const after = await cli(['explain', '--policy', again, '--images', ...IMAGES.filter(i => !i.startsWith('busybox')), '--format', 'ndjson'])
    expect(decisions(after.out)).toEqual(decisions(before.out))
  })

  it('writes policy-controller documents that keep identities and keys', async () => {
    const { out } = await cli(['export', '--policy', await demoFile(), '--to', 'policy-controller'])
    const text = out.join('\n')
    expect(text).toContain('apiVersion: policy.sigstore.dev/v1beta1')
    expect(text).toContain('subjectRegExp: ^https://github\\.com/acme/microservices-demo/')
    expect(text).toMatch(/mode: warn/)
    expect(text).toContain('# LOST: mode skip (exemption: debug sidecar, removed in Q3)')
  })
})
