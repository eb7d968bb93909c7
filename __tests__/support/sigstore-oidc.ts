/**
 * A fake OIDC issuer for the local Sigstore stack: ES256 JWTs with the claims GitHub Actions puts
 * in its ID tokens, and the subject Fulcio derives from them.
 */
import { generateKeyPairSync, sign, verify } from 'node:crypto'

export type OidcClaims = Record<string, string | number | boolean>

export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com'

export interface GitHubActionsIdentity {
  /** owner/name. Default octo-org/octo-repo. */
  repository?: string
  /** Default refs/heads/main. */
  ref?: string
  /** Default a fixed 40-hex commit. */
  sha?: string
  /** Default push. */
  eventName?: string
  /** Workflow name. Default Release. */
  workflow?: string
  /** Workflow file path in the repository. Default .github/workflows/release.yml. */
  workflowPath?: string
}

/** Consistent GitHub Actions claims (sub, job_workflow_ref, … agree with repository and ref). */
export function githubActionsClaims(identity: GitHubActionsIdentity = {}): OidcClaims {
  const repository = identity.repository ?? 'octo-org/octo-repo'
  const ref = identity.ref ?? 'refs/heads/main'
  const sha = identity.sha ?? '0123456789abcdef0123456789abcdef01234567'
  const owner = repository.split('/')[0]
  const workflowRef = `${repository}/${identity.workflowPath ?? '.github/workflows/release.yml'}@${ref}`
  return {
    iss: GITHUB_ACTIONS_ISSUER,
    sub: `repo:${repository}:ref:${ref}`,
    repository,
    repository_id: '100001',
    repository_owner: owner,
    repository_owner_id: '200002',
    repository_visibility: 'public',
    ref,
    ref_type: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    sha,
    event_name: identity.eventName ?? 'push',
    workflow: identity.workflow ?? 'Release',
    workflow_ref: workflowRef,
    workflow_sha: sha,
    job_workflow_ref: workflowRef,
    job_workflow_sha: sha,
    runner_environment: 'github-hosted',
    run_id: '4242',
    run_attempt: '1'
  }
}

/**
 * The certificate subject Fulcio gives these claims: GitHub Actions tokens get
 * `https://github.com/<job_workflow_ref>` (Fulcio's GitHub workflow principal), email tokens
 * the email, anything else its `sub`.
 */
export function fulcioSubjectOf(claims: OidcClaims): string {
  if (claims.iss === GITHUB_ACTIONS_ISSUER && typeof claims.job_workflow_ref === 'string') {
    return `https://github.com/${claims.job_workflow_ref}`
  }
  if (typeof claims.email === 'string') return claims.email
  return String(claims.sub ?? '')
}

const b64url = (value: string | Buffer): string => Buffer.from(value).toString('base64url')

export interface TokenIssuer {
  /** A signed token with iat/nbf/exp around now; `claims` win over those defaults. */
  issue(claims: OidcClaims): string
  /** The claims of a token this issuer signed and that has not expired, else undefined. */
  verify(token: string): OidcClaims | undefined
}

export function createTokenIssuer(now: () => Date = () => new Date()): TokenIssuer {
  const { privateKey: key, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
  return {
    issue(claims) {
      const iat = Math.floor(now().getTime() / 1000)
      const header = b64url(JSON.stringify({ alg: 'ES256', typ: 'JWT', kid: 'sigstore-stack' }))
      const body = b64url(JSON.stringify({ iat, nbf: iat, exp: iat + 300, ...claims }))
      const signature = sign('sha256', Buffer.from(`${header}.${body}`), { key, dsaEncoding: 'ieee-p1363' })
      return `${header}.${body}.${b64url(signature)}`
    },
    verify(token) {
      const [header, body, signature] = token.split('.')
      if (!header || !body || !signature) return undefined
      const ok = verify('sha256', Buffer.from(`${header}.${body}`), { key: publicKey, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'))
      if (!ok) return undefined
      const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as OidcClaims
      const exp = typeof claims.exp === 'number' ? claims.exp : 0
      return exp * 1000 > now().getTime() ? claims : undefined
    }
  }
}

/** A token with other claims and no valid signature, for handlers that only decode (the mock Fulcio). */
export function unsignedToken(claims: OidcClaims): string {
  return `${b64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${b64url(JSON.stringify(claims))}.`
}
