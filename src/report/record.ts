import type { Policy, Verdict } from '../policy/index.js'
import { isFinding } from '../policy/index.js'
import type { RunContext } from './run-context.js'

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
  predicate_type: string | null
  finding: boolean
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
    predicate_type: v.predicateType ?? null,
    finding: isFinding(v, policy),
    policy: toPolicyRecord(policy),
    policies: v.policy?.policies ?? [],
    no_match: v.policy?.noMatch ?? false,
    exemption: v.policy?.exemption ?? null,
    sources: item.sources,
    run,
    checked_at: checkedAt.toISOString()
  }
}

export function toNdjson(records: readonly object[]): string {
  return records.map(r => JSON.stringify(r)).join('\n') + (records.length > 0 ? '\n' : '')
}
