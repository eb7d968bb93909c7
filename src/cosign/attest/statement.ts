import { IN_TOTO_STATEMENT_V01, IN_TOTO_STATEMENT_V1, parseDigest, toDockerReference } from '../formats/index.js'

/** cosign's `custom` predicate type, whose predicate wraps the file (pkg/cosign/attestation CosignPredicate). */
export const COSIGN_CUSTOM_PREDICATE_TYPE = 'https://cosign.sigstore.dev/attestation/v1'

export interface StatementInput {
  /** Normalized repository name, e.g. ghcr.io/acme/app. */
  name: string
  digest: string
  predicateType: string
  /** The predicate file's bytes. */
  predicate: Buffer
  /** `v0.1` as cosign v2 attest writes for `.att`; `v1` as cosign v3 writes in bundles. */
  version: 'v0.1' | 'v1'
  now: Date
}

function parsePredicate(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'))
  } catch {
    return undefined
  }
}

/**
 * The statement `cosign attest` signs (pkg/cosign/attestation GenerateStatement): one subject, the
 * repository name and the digest. A JSON predicate is embedded as parsed (other text as a string);
 * `custom` wraps the file's text as `{Data, Timestamp}`. Field order follows cosign's (StatementHeader: _type, predicateType, subject).
 */
export function toAttestationStatement(input: StatementInput): Buffer {
  const { algorithm, hex } = parseDigest(input.digest)
  const parsed = parsePredicate(input.predicate)
  const predicate =
    input.predicateType === COSIGN_CUSTOM_PREDICATE_TYPE
      ? { Data: input.predicate.toString('utf8'), Timestamp: input.now.toISOString().replace(/\.\d{3}Z$/, 'Z') }
      : (parsed ?? input.predicate.toString('utf8'))
  return Buffer.from(
    JSON.stringify({
      _type: input.version === 'v1' ? IN_TOTO_STATEMENT_V1 : IN_TOTO_STATEMENT_V01,
      predicateType: input.predicateType,
      subject: [{ name: toDockerReference(input.name), digest: { [algorithm]: hex } }],
      predicate
    })
  )
}
