/**
 * cosign's `--type` short names, exactly as cosign maps them (cmd/cosign/cli/options/predicate.go,
 * PredicateTypeMap, cosign v2.2+). Lives in the policy layer because both the flat inputs and the
 * policy documents name predicate types, and this layer imports nothing.
 */
export const PREDICATE_TYPE_SHORT_NAMES: Readonly<Record<string, string>> = {
  custom: 'https://cosign.sigstore.dev/attestation/v1',
  slsaprovenance: 'https://slsa.dev/provenance/v0.2',
  slsaprovenance02: 'https://slsa.dev/provenance/v0.2',
  slsaprovenance1: 'https://slsa.dev/provenance/v1',
  spdx: 'https://spdx.dev/Document',
  spdxjson: 'https://spdx.dev/Document',
  cyclonedx: 'https://cyclonedx.org/bom',
  link: 'https://in-toto.io/Link/v1',
  vuln: 'https://cosign.sigstore.dev/attestation/vuln/v1',
  openvex: 'https://openvex.dev/ns'
}

/**
 * A short name or a URI to the predicate type URI, or undefined when it is neither. cosign's
 * ParsePredicateType accepts anything url.ParseRequestURI accepts: an absolute URI (a scheme)
 * or an absolute path.
 */
export function resolvePredicateType(value: string): string | undefined {
  const known = PREDICATE_TYPE_SHORT_NAMES[value]
  if (known !== undefined) return known
  if (/\s/.test(value)) return undefined
  if (value.startsWith('/')) return value
  try {
    new URL(value)
    return value
  } catch {
    return undefined
  }
}
