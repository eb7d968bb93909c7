/**
 * A local Sigstore for tests, the demo and benchmarks: Fulcio (with a CT log), Rekor v1 and an
 * RFC 3161 TSA from @sigstore/mock's transport-agnostic handlers, each on its own real HTTP port
 * on loopback, plus an ID-token endpoint shaped like the GitHub Actions one and the matching
 * trusted_root.json on disk. Rekor v2 is deliberately absent: its mock logs an internal request
 * object with no SET, which nothing can verify (research note §7).
 */
import { fulcioHandler, initializeCA, initializeCTLog, initializeTLog, initializeTSA, rekorHandler, tsaHandler, type HandlerFn } from '@sigstore/mock'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { createHash, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { createTokenIssuer, fulcioSubjectOf, githubActionsClaims, unsignedToken, type OidcClaims } from './sigstore-oidc.js'
import { assembleTrustedRoot } from './sigstore-trusted-root.js'
import { listen, type Reply, type Route, type Service } from './sigstore-http.js'

export { githubActionsClaims, GITHUB_ACTIONS_ISSUER, type OidcClaims, type GitHubActionsIdentity } from './sigstore-oidc.js'

export interface SigstoreStackOptions {
  /** Claims for tokens from the token endpoint, over githubActionsClaims(). Change later with setClaims. */
  claims?: OidcClaims
  /**
   * Clock of every service (certificates, log entries, timestamps, tokens). Default: real time.
   * It must not go before the stack's start: the mock CA and TSA roots are made at real time and
   * are valid for a year.
   */
  now?: () => Date
  /** Directory for trusted_root.json. Default: a fresh temporary directory, removed by stop(). */
  dir?: string
  host?: string
}

export interface SigstoreStack {
  fulcioUrl: string
  rekorUrl: string
  tsaUrl: string
  /** ACTIONS_ID_TOKEN_REQUEST_URL: `<oidc>/token?api-version=2.0`. */
  tokenUrl: string
  /** ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
  requestToken: string
  trustedRootPath: string
  /** trusted_root.json as written. */
  trustedRoot: Record<string, unknown>
  /** Replaces the claim overrides the token endpoint uses (over githubActionsClaims()). */
  setClaims(claims: OidcClaims): void
  /** A signed ID token for githubActionsClaims() + the stack's claims + these. */
  issueToken(claims?: OidcClaims): string
  /** The two Actions variables CIContextProvider and @actions/core read. */
  env(): { ACTIONS_ID_TOKEN_REQUEST_URL: string; ACTIONS_ID_TOKEN_REQUEST_TOKEN: string }
  /** `<service> <METHOD> <path?query>` for every request served, in order. */
  requests: string[]
  /** The Fulcio CA: its root's private key (ECDSA P-256, signs with SHA-384) and name, for tests that forge certificates this trust root accepts. */
  ca: { privateKey: KeyObject; name: string }
  stop(): Promise<void>
}

/** The mock Fulcio takes the certificate subject from this claim, which the front end sets. */
const SUBJECT_CLAIM = 'x-fremforge-fulcio-subject'

const newKeyPair = () => generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
const json = (status: number, body: unknown): Reply => ({ status, body: JSON.stringify(body), contentType: 'application/json' })
const fromMock = async (fn: HandlerFn, body: string): Promise<Reply> => {
  const r = await fn(body)
  return { status: r.statusCode, body: typeof r.response === 'string' ? r.response : new Uint8Array(r.response.buffer, r.response.byteOffset, r.response.byteLength), contentType: r.contentType }
}

export async function startSigstoreStack(options: SigstoreStackOptions = {}): Promise<SigstoreStack> {
  const host = options.host ?? '127.0.0.1'
  const now = options.now ?? (() => new Date())
  const requests: string[] = []
  const requestToken = randomBytes(16).toString('hex')
  const issuer = createTokenIssuer(now)
  let overrides: OidcClaims = { ...options.claims }
  const claimsFor = (extra: OidcClaims = {}): OidcClaims => ({ ...githubActionsClaims(), ...overrides, ...extra })

  // The mocks read Date objects we set before each request. The TSA has its own, nudged so that
  // genTime's milliseconds never end in 0: asn1js then writes 1-2 fraction digits, which
  // @sigstore/core 4.0.1 refuses to parse ("invalid time", ~10% of runs; research note §7). It is
  // separate so that concurrent Fulcio or Rekor requests cannot undo the nudge mid-request.
  const clock = new Date(now().getTime())
  const tsaClock = new Date(now().getTime())
  const tick = (): void => void clock.setTime(now().getTime())
  const tickTsa = (): void => {
    const t = now().getTime()
    tsaClock.setTime(t % 1000 !== 0 && t % 10 === 0 ? t + 1 : t)
  }

  // Handlers are created once the ports are known (the Rekor checkpoint names its host); no
  // request can arrive before, since nobody knows the URLs yet.
  const mocks = {} as Record<'fulcio' | 'rekor' | 'tsa', HandlerFn>
  const services: Service[] = []
  const serve = async (name: string, method: string, routePath: string, handle: Route): Promise<string> => {
    const route: Route = req => (req.method === method && req.path === routePath ? handle(req) : json(404, { message: 'not found' }))
    const service = await listen(name, host, route, requests)
    services.push(service)
    return service.url
  }

  const fulcioUrl = await serve('fulcio', 'POST', '/api/v2/signingCert', req => {
    const body = fulcioRequest(req.body, issuer.verify)
    if (body === undefined) return json(401, { code: 401, message: 'error processing the identity token' })
    tick()
    return fromMock(mocks.fulcio, body)
  })
  const rekorUrl = await serve('rekor', 'POST', '/api/v1/log/entries', req => {
    tick()
    return fromMock(mocks.rekor, canonicalizeProposedEntry(req.body))
  })
  const tsaUrl = await serve('tsa', 'POST', '/api/v1/timestamp', req => {
    tickTsa()
    return fromMock(mocks.tsa, req.body)
  })
  const oidcUrl = await serve('oidc', 'GET', '/token', req => {
    if (req.headers.authorization !== `Bearer ${requestToken}`) return json(401, { message: 'bad request token' })
    const audience = req.query.get('audience') ?? `https://github.com/${String(claimsFor().repository_owner ?? '')}`
    return json(200, { value: issuer.issue(claimsFor({ aud: audience })) })
  })

  const ctlog = await initializeCTLog(newKeyPair(), clock)
  const caKeys = newKeyPair()
  const ca = await initializeCA(caKeys, ctlog, clock)
  const tlog = await initializeTLog(rekorUrl, newKeyPair(), clock)
  const timestampAuthority = await initializeTSA(newKeyPair(), tsaClock)
  mocks.fulcio = fulcioHandler(ca, { strict: true, subjectClaim: SUBJECT_CLAIM }).fn
  mocks.rekor = rekorHandler(tlog, { strict: true }).fn
  mocks.tsa = tsaHandler(timestampAuthority, { strict: true }).fn

  const root = assembleTrustedRoot({
    fulcioUrl,
    rekorUrl,
    tsaUrl,
    caRoot: ca.rootCertificate,
    tlogKey: tlog.publicKey,
    ctlogKey: ctlog.publicKey,
    ctlogId: ctlog.logID,
    // The mock TSA signs with its intermediate certificate; the chain starts with the signer.
    tsaChain: [timestampAuthority.intCertificate, timestampAuthority.rootCertificate],
    validFrom: new Date(now().getTime() - 60 * 60 * 1000)
  })
  const trustedRoot = TrustedRoot.toJSON(root) as Record<string, unknown>
  const ownDir = options.dir === undefined
  const dir = options.dir ?? (await mkdtemp(path.join(os.tmpdir(), 'sigstore-stack-')))
  const trustedRootPath = path.join(dir, 'trusted_root.json')
  await writeFile(trustedRootPath, `${JSON.stringify(trustedRoot, null, 2)}\n`)
  const tokenUrl = `${oidcUrl}/token?api-version=2.0`

  return {
    fulcioUrl,
    rekorUrl,
    tsaUrl,
    tokenUrl,
    requestToken,
    trustedRootPath,
    trustedRoot,
    requests,
    // @sigstore/mock's CA names its root this way.
    ca: { privateKey: caKeys.privateKey, name: 'CN=sigstore,O=sigstore.mock' },
    setClaims: claims => void (overrides = { ...claims }),
    issueToken: claims => issuer.issue(claimsFor({ aud: 'sigstore', ...claims })),
    env: () => ({ ACTIONS_ID_TOKEN_REQUEST_URL: tokenUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken }),
    async stop() {
      await Promise.all(services.map(s => s.close()))
      if (ownDir) await rm(dir, { recursive: true, force: true })
    }
  }
}

/**
 * Fulcio's front door: the token must be one this stack signed, unexpired, for audience
 * `sigstore` (the mock itself only decodes it). The subject is then chosen as Fulcio would and
 * handed to the mock in a claim of its own. Undefined means "refuse", as Fulcio does with 401.
 */
function fulcioRequest(body: string, verify: (token: string) => OidcClaims | undefined): string | undefined {
  try {
    const request = JSON.parse(body) as { credentials?: { oidcIdentityToken?: string } }
    const claims = verify(request.credentials?.oidcIdentityToken ?? '')
    const aud = claims?.aud
    if (!claims || aud !== 'sigstore') return undefined
    const credentials = { oidcIdentityToken: unsignedToken({ ...claims, [SUBJECT_CLAIM]: fulcioSubjectOf(claims) }) }
    return JSON.stringify({ ...request, credentials })
  } catch {
    return undefined
  }
}

interface ProposedDsse {
  apiVersion: string
  kind: 'dsse'
  spec: { proposedContent: { envelope: string; verifiers: string[] } }
}

const sha256 = (bytes: string | Buffer) => ({ algorithm: 'sha256', value: createHash('sha256').update(bytes).digest('hex') })

/**
 * The mock Rekor logs the proposed entry verbatim. Real Rekor turns a proposed dsse entry into
 * {envelopeHash, payloadHash, signatures[{signature, verifier}]}, which @sigstore/verify checks;
 * hashedrekord entries are already canonical. (envelopeHash here hashes the envelope as sent.)
 */
function canonicalizeProposedEntry(body: string): string {
  let entry: ProposedDsse
  try {
    entry = JSON.parse(body) as ProposedDsse
  } catch {
    return body
  }
  if (entry.kind !== 'dsse' || !entry.spec?.proposedContent) return body
  const { envelope, verifiers } = entry.spec.proposedContent
  const parsed = JSON.parse(envelope) as { payload: string; signatures: { sig: string }[] }
  return JSON.stringify({
    apiVersion: entry.apiVersion,
    kind: 'dsse',
    spec: {
      envelopeHash: sha256(envelope),
      payloadHash: sha256(Buffer.from(parsed.payload, 'base64')),
      signatures: parsed.signatures.map((s, i) => ({ signature: s.sig, verifier: verifiers[i] }))
    }
  })
}
