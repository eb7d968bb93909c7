/**
 * Attestation requirements and results (issue 13). Plain data: the flat inputs and the per-image
 * policy documents (issue 12) both produce `AttestationRequirement`s; the cosign layer checks them.
 */
import type { SignatureFormat, SignatureLocation } from './signature-types.js'

/** Kyverno's condition operators (kyverno api/kyverno/v1 ConditionOperator), the ones we enforce. */
export const CONDITION_OPERATORS = [
  'Equals',
  'NotEquals',
  'In',
  'AnyIn',
  'AllIn',
  'NotIn',
  'AnyNotIn',
  'AllNotIn',
  'GreaterThan',
  'GreaterThanOrEquals',
  'LessThan',
  'LessThanOrEquals'
] as const
export type ConditionOperator = (typeof CONDITION_OPERATORS)[number]

/** One Kyverno condition: `key` is a JMESPath expression (optionally wrapped in `{{ }}`). */
export interface Condition {
  key: string
  operator: ConditionOperator
  value: unknown
}

/** Kyverno's AnyAllConditions: every `all` must hold, and at least one `any` when present. */
export interface ConditionBlock {
  all?: Condition[]
  any?: Condition[]
}

/** Who may sign an attestation: the same identity rules as for signatures. */
export interface AttestationAuthority {
  certificateIdentity?: string
  certificateIdentityRegexp?: string
  certificateOidcIssuer?: string
  certificateOidcIssuerRegexp?: string
}

export interface AttestationRequirement {
  /** Full predicate type URI (short names are resolved before this point). */
  predicateType: string
  /** Every block must hold (Kyverno: a list of AnyAllConditions, all of which must pass). */
  conditions?: ConditionBlock[]
  /** When given, the attestation must satisfy one of these instead of the image's signer rules. */
  authorities?: AttestationAuthority[]
}

export type AttestationLocation = SignatureLocation

/** What the summary shows of a predicate: SBOM format and size, provenance builder and source. */
export interface PredicateFacts {
  sbomFormat?: string
  packageCount?: number
  builder?: string
  sourceRepository?: string
  sourceRef?: string
}

/** One required or found attestation of an image. */
export interface AttestationEntry {
  predicateType: string
  /** True when present, bound, signed by a trusted authority, logged, and its conditions hold. */
  verified: boolean
  /** Whether the policy requires this predicate type. */
  required: boolean
  signerSubject: string | null
  signerIssuer: string | null
  format: SignatureFormat | null
  location: AttestationLocation | null
  tlogIndex: number | null
  signedAt: string | null
  details: string
  facts?: PredicateFacts
}
