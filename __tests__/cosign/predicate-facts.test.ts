import { describe, expect, it } from '@jest/globals'
import { predicateFactsOf } from '../../src/cosign/index.js'

describe('predicateFactsOf', () => {
  it('reads a SLSA v1 provenance from GitHub (builder, workflow repository and ref)', () => {
    const predicate = {
      buildDefinition: { externalParameters: { workflow: { repository: 'https://github.com/acme/app', ref: 'refs/tags/v1' } } },
      runDetails: { builder: { id: 'https://github.com/actions/runner/github-hosted' } }
    }
    expect(predicateFactsOf('https://slsa.dev/provenance/v1', predicate)).toEqual({ builder: 'https://github.com/actions/runner/github-hosted', sourceRepository: 'https://github.com/acme/app', sourceRef: 'refs/tags/v1' })
  })

  it('falls back to the first resolved dependency for other v1 builders', () => {
    const predicate = { buildDefinition: { resolvedDependencies: [{ uri: 'git+https://gitlab.com/acme/app@refs/heads/main' }] }, runDetails: { builder: { id: 'b' } } }
    expect(predicateFactsOf('https://slsa.dev/provenance/v1', predicate)).toEqual({ builder: 'b', sourceRepository: 'https://gitlab.com/acme/app', sourceRef: 'refs/heads/main' })
  })

  it('reads CycloneDX and SPDX format and package count', () => {
    expect(predicateFactsOf('https://cyclonedx.org/bom', { bomFormat: 'CycloneDX', specVersion: '1.5', components: [{}, {}] })).toEqual({ sbomFormat: 'CycloneDX 1.5', packageCount: 2 })
    expect(predicateFactsOf('https://spdx.dev/Document', { spdxVersion: 'SPDX-2.3', packages: [] })).toEqual({ sbomFormat: 'SPDX-2.3', packageCount: 0 })
  })

  it('says nothing about predicates it does not know', () => {
    expect(predicateFactsOf('https://openvex.dev/ns', { statements: [] })).toBeUndefined()
    expect(predicateFactsOf('https://slsa.dev/provenance/v1', 'text')).toBeUndefined()
  })
})
