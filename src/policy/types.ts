import type { AttestationEntry, AttestationRequirement } from './attestation-types.js'

/** Stable statuses; users script on these strings. Only `verified` means signed. */
export const STATUSES = [
  'verified',
  'unsigned',
  'untrusted-signer',
  'invalid-signature',
  'not-found',
  'auth-error',
  'rate-limited',
  'registry-error',
  'unpinned',
  'error',
  'missing-attestation',
  'exempt'
] as const

export type Status = (typeof STATUSES)[number]

export type { SignatureFormat, SignatureLocation } from './signature-types.js'
import type { SignatureFormat, SignatureLocation } from './signature-types.js'

/** The decision for one unique image digest (or one unpinned reference). */
export interface Verdict {
  /** Normalized repository, e.g. ghcr.io/org/app. */
  name: string
  /** sha256:… ; absent only for `unpinned`. */
  digest?: string
  status: Status
  /** True only when status is `verified`. */
  signed: boolean
  signerSubject: string | null
  signerIssuer: string | null
  signatureFormat: SignatureFormat | null
  signatureLocation: SignatureLocation | null
  tlogIndex: number | null
  /** ISO-8601 time proven by the log or a timestamp authority, when known. */
  signedAt: string | null
  /** One sentence a person can act on: expected, found, what was probed. */
  details: string
  /** Predicate type for bundle signatures that are attestations rather than cosign signatures. */
  predicateType?: string
  /** One entry per required or found attestation (issue 13). */
  attestations?: AttestationEntry[]
  /** One line (<= ~160 chars) a person reads in five seconds: what was expected, what was found. */
  reason?: string
  /** Likely causes worth checking first (key-signed without `key`, identity close to the expected one…). */
  hints?: string[]
  /** True when this verdict came from the verification cache instead of the registry. */
  cached?: boolean
  /** ISO-8601: when a cached verdict was first reached. */
  firstVerifiedAt?: string
  /** Per-image policy: which policies decided; absent without the `policy` input. */
  policy?: VerdictPolicy
}

/** The policy side of a verdict: which policies decided, in which mode, and whether failing counts. */
export interface VerdictPolicy {
  policies: { name: string; kind: string; mode: 'enforce' | 'warn' | 'skip'; passed: boolean | null }[]
  /** What failing means for this image: a policy mode, or the no-match choice. */
  effective: 'enforce' | 'warn' | 'skip' | 'deny' | 'allow'
  noMatch: boolean
  /** A failing policy is enforced (or no-match is deny): a finding under require-signed. */
  enforced: boolean
  exemption?: { policy: string; reason: string; expires: string | null; expired: boolean }
}

/** The rules a signature must satisfy, as configured. */
export interface Policy {
  requireSigned: boolean
  requirePinned: boolean
  issuerAllowlist: string[]
  certificateIdentity?: string
  certificateIdentityRegexp?: string
  certificateOidcIssuer?: string
  certificateOidcIssuerRegexp?: string
  githubWorkflow: { repository?: string; ref?: string; trigger?: string; sha?: string; name?: string }
  /** PEM public key for key-based verification. */
  key?: string
  annotations: Record<string, string>
  platforms: 'index' | 'all'
  insecureIgnoreTlog: boolean
  /** In-toto predicate types accepted as signatures besides cosign's own sign predicate (default none). */
  signaturePredicates?: string[]
  /** Attestations every image must carry (issue 13); see attestation-types.ts. */
  attestations?: AttestationRequirement[]
  /** Per-image policy (a keyless authority): the signer must match one of these. */
  identities?: { issuer?: string; subject?: string; issuerRegExp?: string; subjectRegExp?: string }[]
}
