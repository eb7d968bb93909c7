import { describe, expect, it } from '@jest/globals'
import { resolveConfig } from '../../src/config/index.js'
import { AppError } from '../../src/errors.js'
import { resolvePredicateType } from '../../src/policy/index.js'
import { codeOf } from '../support/error-code.js'

const env = { GITHUB_WORKSPACE: '/ws', RUNNER_TEMP: '/tmp/runner' }

describe('resolvePredicateType', () => {
  describe('when given a cosign --type short name', () => {
    // cosign cmd/cosign/cli/options/predicate.go PredicateTypeMap (v2.2+).
    it.each([
      ['custom', 'https://cosign.sigstore.dev/attestation/v1'],
      ['slsaprovenance', 'https://slsa.dev/provenance/v0.2'],
      ['slsaprovenance02', 'https://slsa.dev/provenance/v0.2'],
      ['slsaprovenance1', 'https://slsa.dev/provenance/v1'],
      ['spdx', 'https://spdx.dev/Document'],
      ['spdxjson', 'https://spdx.dev/Document'],
      ['cyclonedx', 'https://cyclonedx.org/bom'],
      ['link', 'https://in-toto.io/Link/v1'],
      ['vuln', 'https://cosign.sigstore.dev/attestation/vuln/v1'],
      ['openvex', 'https://openvex.dev/ns']
    ])('maps %s to %s', (name, uri) => {
      expect(resolvePredicateType(name)).toBe(uri)
    })
  })

  describe('when given a URI or something else', () => {
    it('keeps URIs as they are and refuses words that are neither', () => {
      expect(resolvePredicateType('https://example.com/p/v1')).toBe('https://example.com/p/v1')
      expect(resolvePredicateType('SLSAProvenance')).toBeUndefined()
      expect(resolvePredicateType('not a uri')).toBeUndefined()
    })
  })
})

describe('resolveConfig attestation inputs', () => {
  it('defaults signature-predicates and attestations to empty', () => {
    const c = resolveConfig({}, env)
    expect(c.signaturePredicates).toEqual([])
    expect(c.attestations).toEqual([])
  })
  it('resolves short names and drops duplicates', () => {
    const c = resolveConfig({ attestations: 'slsaprovenance1, spdxjson\nspdx', 'signature-predicates': 'https://example.com/approved/v1' }, env)
    expect(c.attestations).toEqual(['https://slsa.dev/provenance/v1', 'https://spdx.dev/Document'])
    expect(c.signaturePredicates).toEqual(['https://example.com/approved/v1'])
  })
  it('refuses an unknown short name with INPUT_INVALID', () => {
    expect(codeOf(() => resolveConfig({ attestations: 'sbom' }, env), AppError)).toBe('INPUT_INVALID')
  })
})
