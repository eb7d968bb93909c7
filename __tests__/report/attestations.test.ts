import { describe, expect, it } from '@jest/globals'
import { countVerdicts, type AttestationEntry } from '../../src/policy/index.js'
import { renderSummary, toRecord, type RunContext } from '../../src/report/index.js'
import { item, policy } from './fixtures.js'

const run: RunContext = { server_url: 'https://git.example', repository: 'acme/app', sha: 'abc', ref: 'refs/heads/main', workflow: 'ci', run_id: '1', run_attempt: '1' }

const entry = (over: Partial<AttestationEntry>): AttestationEntry => ({
  predicateType: 'https://slsa.dev/provenance/v1',
  verified: true,
  required: true,
  signerSubject: 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main',
  signerIssuer: 'https://token.actions.githubusercontent.com',
  format: 'sigstore-bundle',
  location: 'referrers',
  tlogIndex: 7,
  signedAt: '2026-11-01T00:00:00.000Z',
  details: 'Verified.',
  ...over
})

describe('toRecord attestations', () => {
  it('has exactly the contract fields', () => {
    const record = toRecord(item({ attestations: [entry({ facts: { builder: 'b' } })] }), policy(), run, new Date(0))
    expect(record.attestations).toEqual([
      {
        predicate_type: 'https://slsa.dev/provenance/v1',
        verified: true,
        signer_subject: 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main',
        signer_issuer: 'https://token.actions.githubusercontent.com',
        format: 'sigstore-bundle',
        location: 'referrers',
        tlog_index: 7,
        signed_at: '2026-11-01T00:00:00.000Z',
        details: 'Verified.'
      }
    ])
    expect(toRecord(item(), policy(), run, new Date(0)).attestations).toEqual([])
  })
})

describe('renderSummary attestations', () => {
  it('shows SBOM format and package count, provenance builder and source, and what is missing', () => {
    const items = [
      item({
        status: 'missing-attestation',
        signed: false,
        attestations: [
          entry({ facts: { builder: 'https://github.com/actions/runner/github-hosted', sourceRepository: 'https://github.com/acme/app', sourceRef: 'refs/heads/main' } }),
          entry({ predicateType: 'https://spdx.dev/Document', verified: false, format: null, location: null, details: 'No https://spdx.dev/Document attestation is attached to this image.' })
        ]
      }),
      item({ attestations: [entry({ predicateType: 'https://cyclonedx.org/bom', facts: { sbomFormat: 'CycloneDX 1.5', packageCount: 42 } })] })
    ]
    const s = renderSummary({ items, counts: countVerdicts(items.map(i => i.verdict), policy()), policy: policy(), run, platform: 'github', resultsFile: '/tmp/r.ndjson' })
    expect(s).toContain('### Attestations')
    expect(s).toMatch(/SLSA provenance v1 \| ✅ \| builder https:\/\/github.com\/actions\/runner\/github-hosted; source https:\/\/github.com\/acme\/app @ refs\/heads\/main/)
    expect(s).toMatch(/SPDX SBOM \| ❌ \| No https:\/\/spdx.dev\/Document attestation/)
    expect(s).toMatch(/CycloneDX SBOM \| ✅ \| CycloneDX 1.5, 42 packages/)
    expect(s).toContain('missing-attestation')
  })

  it('keeps a hostile builder id inside its table cell', () => {
    const items = [item({ attestations: [entry({ facts: { builder: 'x | injected |\n## heading' } })] })]
    const s = renderSummary({ items, counts: countVerdicts(items.map(i => i.verdict), policy()), policy: policy(), run, platform: 'github', resultsFile: '/tmp/r.ndjson' })
    const row = s.split('\n').find(l => l.includes('injected')) ?? ''
    expect(row).toContain('x &#124; injected &#124;')
    expect(s).not.toMatch(/^## heading/m)
  })
})
