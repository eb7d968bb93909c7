import type { Policy, Verdict } from '../policy/index.js'
import { isFinding } from '../policy/index.js'
import { splitNormalizedName } from '../reference/index.js'
import type { RunContext } from './run-context.js'
import { hintsOf, reasonOf } from './reason.js'

export const RECORD_SCHEMA = 'fremforge.cosign.verification/v1'

export interface Source {
  file: string
  line: number
  kind: string
}

/** One image as the report layer sees it: its verdict and everywhere it is referenced. */
export interface ReportItem {
  verdict: Verdict
  registry: string
  repository: string
  tags: string[]
  sources: Source[]
  /** On pull requests: some reference is on a line the PR added or changed; null when unknown. */
  introduced?: boolean | null
}

/** The item of a verdict: registry and repository come from its normalized name, the one split there is. */
export function toReportItem(verdict: Verdict, tags: string[], sources: Source[], name = verdict.name): ReportItem {
  const { domain, path } = splitNormalizedName(name)
  return { verdict, registry: domain, repository: path, tags, sources }
}

/** One NDJSON line sent to fremforge; field names are a contract. */
export interface ResultRecord {
  schema: typeof RECORD_SCHEMA
  image: string
  registry: string
  repository: string
  digest: string | null
  tags: string[]
  signed: boolean
  status: Verdict['status']
  signer_subject: string | null
  signer_issuer: string | null
  signature_format: Verdict['signatureFormat']
  signature_location: Verdict['signatureLocation']
  tlog_index: number | null
  signed_at: string | null
  verification_details: string
  /** One short line: what was expected, what was found (null when verified). */
  reason: string | null
  hints: string[]
  predicate_type: string | null
  /** Required or found attestations (issue 13); empty when none were required. */
  attestations: AttestationRecord[]
  finding: boolean
  /** A file this pull request changed brought the image (name@digest) in; null outside pull requests or when unknown. */
  introduced: boolean | null
  policy: PolicyRecord
  /** Per-image policy: the policies that decided, with their modes (empty without the `policy` input). */
  policies: { name: string; kind: string; mode: string; passed: boolean | null }[]
  /** True when no policy matched and `no-match` decided. */
  no_match: boolean
  /** For `exempt` (and an expired exemption): the policy, its reason and expiry. */
  exemption: { policy: string; reason: string; expires: string | null; expired: boolean } | null
  sources: Source[]
  run: RunContext
  checked_at: string
  /** True when the verdict came from the verification cache; then first_verified_at says when it was reached. */
  cached: boolean
  first_verified_at: string | null
}

/** One attestation of an image; field names are a contract (issue 13). */
export interface AttestationRecord {
  predicate_type: string
  verified: boolean
  signer_subject: string | null
  signer_issuer: string | null
  format: string | null
  location: string | null
  tlog_index: number | null
  signed_at: string | null
  details: string
}

export function toAttestationRecords(v: Verdict): AttestationRecord[] {
  return (v.attestations ?? []).map(a => ({
    predicate_type: a.predicateType,
    verified: a.verified,
    signer_subject: a.signerSubject,
    signer_issuer: a.signerIssuer,
    format: a.format,
    location: a.location,
    tlog_index: a.tlogIndex,
    signed_at: a.signedAt,
    details: a.details
  }))
}

export interface PolicyRecord {
  require_signed: boolean
  require_pinned: boolean
  issuer_allowlist: string[]
  certificate_identity: string | null
  certificate_identity_regexp: string | null
  certificate_oidc_issuer: string | null
  certificate_oidc_issuer_regexp: string | null
  github_workflow: Policy['githubWorkflow']
  key: boolean
  annotations: Record<string, string>
  platforms: Policy['platforms']
}

export function toPolicyRecord(policy: Policy): PolicyRecord {
  return {
    require_signed: policy.requireSigned,
    require_pinned: policy.requirePinned,
    issuer_allowlist: policy.issuerAllowlist,
    certificate_identity: policy.certificateIdentity ?? null,
    certificate_identity_regexp: policy.certificateIdentityRegexp ?? null,
    certificate_oidc_issuer: policy.certificateOidcIssuer ?? null,
    certificate_oidc_issuer_regexp: policy.certificateOidcIssuerRegexp ?? null,
    github_workflow: policy.githubWorkflow,
    key: Boolean(policy.key),
    annotations: policy.annotations,
    platforms: policy.platforms
  }
}

export function toRecord(item: ReportItem, policy: Policy, run: RunContext, checkedAt: Date): ResultRecord {
  const v = item.verdict
  const name = `${item.registry}/${item.repository}`
  return {
    schema: RECORD_SCHEMA,
    image: v.digest ? `${name}@${v.digest}` : item.tags.length > 0 ? `${name}:${item.tags[0]}` : name,
    registry: item.registry,
    repository: item.repository,
    digest: v.digest ?? null,
    tags: item.tags,
    signed: v.status === 'verified',
    status: v.status,
    signer_subject: v.signerSubject,
    signer_issuer: v.signerIssuer,
    signature_format: v.signatureFormat,
    signature_location: v.signatureLocation,
    tlog_index: v.tlogIndex,
    signed_at: v.signedAt,
    verification_details: v.details,
    reason: v.status === 'verified' ? null : reasonOf(v),
    hints: v.status === 'verified' ? [] : hintsOf(v),
    predicate_type: v.predicateType ?? null,
    attestations: toAttestationRecords(v),
    finding: isFinding(v, policy),
    introduced: item.introduced ?? null,
    policy: toPolicyRecord(policy),
    policies: v.policy?.policies ?? [],
    no_match: v.policy?.noMatch ?? false,
    exemption: v.policy?.exemption ?? null,
    sources: item.sources,
    run,
    checked_at: checkedAt.toISOString(),
    cached: v.cached === true,
    first_verified_at: v.firstVerifiedAt ?? null
  }
}

export function toNdjson(records: readonly object[]): string {
  return records.map(r => JSON.stringify(r)).join('\n') + (records.length > 0 ? '\n' : '')
}
