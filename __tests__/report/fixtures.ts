import type { Policy, Verdict } from '../../src/policy/index.js'
import type { ReportItem } from '../../src/report/index.js'

export const DIGEST_A = 'sha256:' + 'a'.repeat(64)
export const DIGEST_B = 'sha256:' + 'b'.repeat(64)

export function policy(over: Partial<Policy> = {}): Policy {
  return { requireSigned: false, requirePinned: false, issuerAllowlist: [], githubWorkflow: {}, annotations: {}, platforms: 'index', insecureIgnoreTlog: false, ...over }
}

export function verdict(over: Partial<Verdict> = {}): Verdict {
  return {
    name: 'ghcr.io/acme/app',
    digest: DIGEST_A,
    status: 'verified',
    signed: over.status === undefined || over.status === 'verified',
    signerSubject: 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main',
    signerIssuer: 'https://token.actions.githubusercontent.com',
    signatureFormat: 'sigstore-bundle',
    signatureLocation: 'referrers-tag',
    tlogIndex: 42,
    signedAt: '2026-11-01T00:00:00.000Z',
    details: 'signature verified',
    ...over
  }
}

export function item(over: Partial<Verdict> = {}, sources = [{ file: 'deploy/app.yaml', line: 12, kind: 'k8s-image' }]): ReportItem {
  return { verdict: verdict(over), registry: 'ghcr.io', repository: 'acme/app', tags: ['v1'], sources }
}
