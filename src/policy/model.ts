/** Per-image trust policy, as read from native, policy-controller and Kyverno documents. */
import type { AttestationAuthority, ConditionBlock } from './attestation-types.js'

export type PolicyDialect = 'native' | 'policy-controller' | 'kyverno' | 'implicit'
export type PolicyMode = 'enforce' | 'warn' | 'skip'
export type NoMatch = 'deny' | 'warn' | 'allow'
export const NO_MATCH_CHOICES: readonly NoMatch[] = ['deny', 'warn', 'allow']

/** Where something was written: a file and a 1-based line. */
export interface Position {
  file: string
  line: number
}

/** One acceptable keyless signer (policy-controller `identities[]`): any one identity suffices. */
export interface KeylessIdentity {
  issuer?: string
  subject?: string
  issuerRegExp?: string
  subjectRegExp?: string
}

/** A public key given inline (`data`) or by file (`path`, relative to the policy file). */
export type KeySource = { data: string } | { path: string }

/**
 * An attestation an authority requires (policy-controller `attestations[]`, Kyverno
 * `verifyImages[].attestations[]`): present, bound to the digest, signed by the authority (or by
 * one of `attestors`), logged, and its conditions hold.
 */
export interface AttestationRequirement {
  name: string
  /** Full predicate type URI (cosign short names resolved when read). */
  predicateType: string
  /**
   * A `policy` block (CUE, Rego: not enforceable, reported) or Kyverno `conditions`, whose
   * `blocks` are evaluated over the statement (JMESPath, see conditions.ts).
   */
  conditions?: { type: string; data?: string; blocks?: ConditionBlock[]; position: Position }
  /** Kyverno `attestations[].attestors` (keyless): who may sign it instead of the authority's own identities. */
  attestors?: AttestationAuthority[]
  position: Position
}

/** Signatures kept in another repository (policy-controller `source[].oci`, cosign's COSIGN_REPOSITORY). */
export interface SignatureSource {
  oci: string
}

interface AuthorityBase {
  /** Unique within its policy; policy-controller's default is `authority-<index>`. */
  name: string
  source: SignatureSource[]
  attestations: AttestationRequirement[]
  position: Position
}

export interface KeylessAuthority extends AuthorityBase {
  type: 'keyless'
  identities: KeylessIdentity[]
  /** trusted_root.json for a private Sigstore (native `keyless.trustedRoot`), resolved against the policy file. */
  trustedRoot?: string
}

export interface KeyAuthority extends AuthorityBase {
  type: 'key'
  /** Several keys: any one verifies (rotation), or every one with `allKeys`. */
  keys: KeySource[]
  /** Every key must verify (a Kyverno entry whose publicKeys holds several keys). */
  allKeys?: boolean
  /** false: accept signatures without transparency-log evidence for these keys only. */
  tlog: boolean
}

export interface StaticAuthority extends AuthorityBase {
  type: 'static'
  action: 'pass' | 'fail'
  message?: string
}

export type Authority = KeylessAuthority | KeyAuthority | StaticAuthority

/** A feature the action cannot enforce: reported with the document, the field and the line. */
export interface Unenforceable {
  policy: string
  field: string
  position: Position
  reason: string
}

/** How a policy's image patterns are matched: policy-controller globs or Kyverno wildcards. */
export type PatternEngine = 'glob' | 'wildcard'

export interface ImagePolicy {
  name: string
  /** `ImagePolicy`, `ClusterImagePolicy`, `ClusterPolicy`, `Policy`, or `implicit`. */
  kind: string
  dialect: PolicyDialect
  position: Position
  engine: PatternEngine
  images: string[]
  /** Kyverno `skipImageReferences`. */
  skip: string[]
  authorities: Authority[]
  /** Distinct authorities that must be satisfied (Kyverno `count`); default 1. */
  threshold: number
  mode: PolicyMode
  /** Required for `skip`. */
  reason?: string
  /** YYYY-MM-DD; after that day a `warn` or `skip` policy is enforced. */
  expires?: string
  unenforceable: Unenforceable[]
}

export interface PolicySet {
  policies: ImagePolicy[]
  noMatch: NoMatch
  /** Things read but without effect in CI (admission-only fields), for the log. */
  notes: string[]
}

/** An image as the policy layer sees it: the normalized name (docker.io/library/x) and tag/digest. */
export interface ImageName {
  name: string
  tag?: string
  digest?: string
}
