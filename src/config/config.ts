import path from 'node:path'
import os from 'node:os'
import { AppError, messageOf } from '../errors.js'
import { PREDICATE_TYPE_SHORT_NAMES, resolvePredicateType } from '../policy/index.js'
import { parseNormalizedNamed } from '../reference/index.js'
import { compilePattern } from '../policy/index.js'
import { MODES, OPTIONS, type OptionSpec } from './options.js'

export type Mode = (typeof MODES)[number]

/** The one typed, validated configuration both shells hand to the engine. */
export interface Config {
  mode: Mode
  /**
   * The environment the configuration was resolved from (runner variables, HOME, DOCKER_CONFIG,
   * what credential helpers run with): the layers below the shells read it here, never the process environment.
   */
  env: NodeJS.ProcessEnv
  /** Absolute directory to scan, or undefined when only `images` are checked. */
  path?: string
  workspace: string
  include: string[]
  exclude: string[]
  maxFileSize: number
  images: string[]
  /** `policy` input as given: paths, globs, or `auto`; empty without per-image policy. */
  policy: string[]
  noMatch: 'deny' | 'warn' | 'allow'
  format: 'table' | 'ndjson'
  resultsFile: string
  requireSigned: boolean
  requirePinned: boolean
  issuerAllowlist: string[]
  certificateIdentity?: string
  certificateIdentityRegexp?: string
  certificateOidcIssuer?: string
  certificateOidcIssuerRegexp?: string
  githubWorkflow: { repository?: string; ref?: string; trigger?: string; sha?: string; name?: string }
  key?: string
  keyPassword?: string
  annotations: Record<string, string>
  platforms: 'index' | 'all'
  /** Predicate type URIs accepted as signatures (short names resolved). */
  signaturePredicates: string[]
  /** `attest`: path of the predicate file, relative to the workspace. */
  predicate?: string
  /** `attest`: predicate type URI (short name resolved). */
  predicateType: string
  /** Predicate type URIs every image must carry as verified attestations (short names resolved). */
  attestations: string[]
  trustedRoot?: string
  tufMirror?: string
  tufRoot?: string
  offline: boolean
  insecureIgnoreTlog: boolean
  concurrency: number
  registry?: string
  registryUsername?: string
  registryPassword?: string
  insecureRegistries: string[]
  fremforgeUrl: string
  apiToken?: string
  upload: boolean
  uploadFailure: 'warn' | 'fail'
  identityToken?: string
  fulcioUrl: string
  rekorUrl: string
  tsaUrl?: string
  tlogUpload: boolean
  signatureFormat: 'bundle' | 'legacy' | 'both'
  recursive: boolean
  timeoutMs: number
  failOn: 'all' | 'new'
  /** Forge API token (check runs, comments, PR files); defaults to the job token. */
  githubToken?: string
  prComment: 'auto' | 'always' | 'never'
  fremforgeAuth: 'token' | 'oidc'
  /** 0: the verification cache is off. */
  cacheTtlMs: number
  cacheDir?: string
  cacheSecret?: string
  maxSignatures: number
}

/** Raw option values by option name, as the action inputs or CLI flags gave them. */
export type RawOptions = Record<string, string | undefined>

export type ConfigErrorCode = 'INPUT_INVALID' | 'INPUT_UNKNOWN' | 'INPUT_PLACEHOLDER'

const invalid = (name: string, expected: string, found: string): AppError<ConfigErrorCode> =>
  new AppError('INPUT_INVALID', `option '${name}': expected ${expected}, found '${found}'`, { details: { option: name } })

export function parseBoolean(name: string, value: string): boolean {
  const v = value.trim().toLowerCase()
  if (['true', 'yes', '1', 'on'].includes(v)) return true
  if (['false', 'no', '0', 'off', ''].includes(v)) return false
  throw invalid(name, 'true or false', value)
}

export function parseList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map(s => s.trim())
    .filter(s => s.length > 0 && !s.startsWith('#'))
}

export function parseSize(name: string, value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|kib|k|mb|mib|m|gb|gib|g)?\s*$/i.exec(value)
  if (!m) throw invalid(name, 'a size such as 5MiB or 1048576', value)
  const unit = (m[2] ?? 'b').toLowerCase()
  const factor = unit.startsWith('g') ? 1024 ** 3 : unit.startsWith('m') ? 1024 ** 2 : unit.startsWith('k') ? 1024 : 1
  const bytes = Math.floor(Number(m[1]) * factor)
  if (bytes <= 0) throw invalid(name, 'a positive size', value)
  return bytes
}

function parseInteger(name: string, value: string, min: number, max: number): number {
  if (!/^\s*\d+\s*$/.test(value)) throw invalid(name, `an integer between ${min} and ${max}`, value)
  const n = Number(value)
  if (n < min || n > max) throw invalid(name, `an integer between ${min} and ${max}`, value)
  return n
}

/** `0`, seconds, or a number with an s/m/h/d suffix; at most a year. */
export function parseDuration(name: string, value: string): number {
  const m = /^\s*(\d+)\s*([smhd]?)\s*$/i.exec(value)
  const unit = { '': 1, s: 1, m: 60, h: 3600, d: 86_400 }[(m?.[2] ?? '').toLowerCase() as '' | 's' | 'm' | 'h' | 'd']
  const ms = m ? Number(m[1]) * unit * 1000 : NaN
  if (!(ms >= 0 && ms <= 366 * 86_400_000)) throw invalid(name, 'a duration such as 0, 3600, 12h or 7d (at most 366d)', value)
  return ms
}

function parseAnnotations(name: string, value: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const item of parseList(value)) {
    const eq = item.indexOf('=')
    if (eq <= 0) throw invalid(name, 'key=value pairs', item)
    out[item.slice(0, eq).trim()] = item.slice(eq + 1).trim()
  }
  return out
}

function parsePredicateTypes(name: string, value: string): string[] {
  const out: string[] = []
  for (const item of parseList(value)) {
    const uri = resolvePredicateType(item)
    if (uri === undefined) throw invalid(name, `cosign predicate short names (${Object.keys(PREDICATE_TYPE_SHORT_NAMES).join(', ')}) or URIs`, item)
    if (!out.includes(uri)) out.push(uri)
  }
  return out
}

function checkUrl(name: string, value: string): string {
  let u: URL
  try {
    u = new URL(value)
  } catch {
    throw invalid(name, 'an http(s) URL', value)
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw invalid(name, 'an http(s) URL', value)
  // User info would be printed in the log and the summary (issue 11, defect 9): credentials go in api-token.
  if (u.username || u.password) throw invalid(name, 'a URL without user name or password (put the token in api-token)', `${u.protocol}//***@${u.host}${u.pathname}`)
  return value.replace(/\/+$/, '')
}

function checkRegexp(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  try {
    compilePattern(value)
  } catch (e) {
    throw invalid(name, `a valid RE2 regular expression, as cosign takes (${(e as Error).message})`, value)
  }
  return value
}

/**
 * Turns raw option values into a Config. Unknown names and malformed values stop here
 * with an INPUT_* error naming the option; nothing downstream re-validates.
 */
export function resolveConfig(raw: RawOptions, env: NodeJS.ProcessEnv): Config {
  for (const name of Object.keys(raw)) {
    if (!OPTIONS.some(o => o.name === name)) {
      throw new AppError('INPUT_UNKNOWN', `unknown option '${name}'`, { details: { option: name } })
    }
  }
  for (const [name, v] of Object.entries(raw)) {
    // A workflow installed from templates/ whose placeholders were never filled in.
    const placeholder = v === undefined ? null : /__[A-Z][A-Z0-9_]*__/.exec(v)
    if (placeholder) {
      throw new AppError<ConfigErrorCode>('INPUT_PLACEHOLDER', `option '${name}' still holds the template placeholder ${placeholder[0]}: fill it in (or leave it empty) in the workflow file`, { details: { option: name, placeholder: placeholder[0] } })
    }
  }
  const given = (name: string): string | undefined => {
    const v = raw[name]
    return v === undefined || v.trim() === '' ? undefined : v.trim()
  }
  const value = (name: string): string => given(name) ?? specOf(name).default ?? ''
  const optional = (name: string): string | undefined => given(name) ?? specOf(name).default
  const bool = (name: string): boolean => parseBoolean(name, value(name))
  const choice = <T extends string>(name: string): T => {
    const v = value(name)
    const choices = specOf(name).choices ?? []
    if (!choices.includes(v)) throw invalid(name, `one of ${choices.join(', ')}`, v)
    return v as T
  }

  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd())
  const images = parseList(given('images') ?? '')
  const mode = choice<Mode>('mode')
  // `images` alone means "just these": scan only when a path was asked for explicitly.
  const scanPath = given('path') ?? (images.length > 0 && mode !== 'scan' ? undefined : '.')
  const tempDir = env.RUNNER_TEMP || os.tmpdir()
  const keyPassword = given('key-password') ?? (env.COSIGN_PASSWORD || undefined)
  const apiToken = given('api-token') ?? (env.FREMFORGE_API_TOKEN || undefined)

  const config: Config = {
    mode,
    env,
    path: scanPath === undefined ? undefined : path.resolve(workspace, scanPath),
    workspace,
    include: parseList(given('include') ?? ''),
    exclude: parseList(given('exclude') ?? ''),
    maxFileSize: parseSize('max-file-size', value('max-file-size')),
    images,
    policy: parseList(given('policy') ?? ''),
    noMatch: choice('no-match'),
    format: choice('format'),
    resultsFile: path.resolve(workspace, given('results-file') ?? path.join(tempDir, 'fremforge-cosign-results.ndjson')),
    requireSigned: bool('require-signed'),
    requirePinned: bool('require-pinned'),
    issuerAllowlist: parseList(given('issuer-allowlist') ?? ''),
    certificateIdentity: given('certificate-identity'),
    certificateIdentityRegexp: checkRegexp('certificate-identity-regexp', given('certificate-identity-regexp')),
    certificateOidcIssuer: given('certificate-oidc-issuer'),
    certificateOidcIssuerRegexp: checkRegexp('certificate-oidc-issuer-regexp', given('certificate-oidc-issuer-regexp')),
    githubWorkflow: {
      repository: given('certificate-github-workflow-repository'),
      ref: given('certificate-github-workflow-ref'),
      trigger: given('certificate-github-workflow-trigger'),
      sha: given('certificate-github-workflow-sha'),
      name: given('certificate-github-workflow-name')
    },
    key: given('key'),
    keyPassword,
    annotations: parseAnnotations('annotations', given('annotations') ?? ''),
    platforms: choice('platforms'),
    signaturePredicates: parsePredicateTypes('signature-predicates', given('signature-predicates') ?? ''),
    attestations: parsePredicateTypes('attestations', given('attestations') ?? ''),
    predicate: given('predicate') === undefined ? undefined : path.resolve(workspace, given('predicate') ?? ''),
    predicateType: parsePredicateTypes('predicate-type', value('predicate-type'))[0] ?? '',
    trustedRoot: given('trusted-root'),
    tufMirror: optionalUrl('tuf-mirror', given('tuf-mirror')),
    tufRoot: given('tuf-root'),
    offline: bool('offline'),
    insecureIgnoreTlog: bool('insecure-ignore-tlog'),
    concurrency: parseInteger('concurrency', value('concurrency'), 1, 256),
    registry: given('registry'),
    registryUsername: given('registry-username'),
    registryPassword: given('registry-password'),
    insecureRegistries: parseList(given('insecure-registries') ?? ''),
    fremforgeUrl: checkUrl('fremforge-url', value('fremforge-url')),
    apiToken,
    upload: bool('upload'),
    uploadFailure: choice('upload-failure'),
    identityToken: given('identity-token'),
    fulcioUrl: checkUrl('fulcio-url', value('fulcio-url')),
    rekorUrl: checkUrl('rekor-url', value('rekor-url')),
    tsaUrl: optionalUrl('tsa-url', optional('tsa-url')),
    tlogUpload: bool('tlog-upload'),
    signatureFormat: choice('signature-format'),
    recursive: bool('recursive'),
    timeoutMs: parseInteger('timeout', value('timeout'), 1, 3600) * 1000,
    failOn: choice('fail-on'),
    githubToken: given('github-token') ?? (env.GITHUB_TOKEN || env.FORGEJO_TOKEN || undefined),
    prComment: choice('pr-comment'),
    fremforgeAuth: choice('fremforge-auth'),
    cacheTtlMs: parseDuration('cache-ttl', value('cache-ttl')),
    cacheDir: given('cache-dir') === undefined ? undefined : path.resolve(workspace, given('cache-dir') as string),
    cacheSecret: given('cache-secret'),
    maxSignatures: parseInteger('max-signatures', value('max-signatures'), 1, 100_000)
  }
  checkCombinations(config)
  return config
}

function optionalUrl(name: string, value: string | undefined): string | undefined {
  return value === undefined ? undefined : checkUrl(name, value)
}

function specOf(name: string): OptionSpec {
  const spec = OPTIONS.find(o => o.name === name)
  if (!spec) throw new AppError('INPUT_UNKNOWN', `unknown option '${name}'`)
  return spec
}

/** The flat inputs that make today's one implicit policy; `policy` replaces them all. */
const FLAT_RULES: [string, (c: Config) => boolean][] = [
  ['certificate-identity', c => c.certificateIdentity !== undefined],
  ['certificate-identity-regexp', c => c.certificateIdentityRegexp !== undefined],
  ['certificate-oidc-issuer', c => c.certificateOidcIssuer !== undefined],
  ['certificate-oidc-issuer-regexp', c => c.certificateOidcIssuerRegexp !== undefined],
  ['issuer-allowlist', c => c.issuerAllowlist.length > 0],
  ['key', c => c.key !== undefined],
  ['insecure-ignore-tlog', c => c.insecureIgnoreTlog],
  ...(['repository', 'ref', 'trigger', 'sha', 'name'] as const).map((k): [string, (c: Config) => boolean] => [`certificate-github-workflow-${k}`, c => c.githubWorkflow[k] !== undefined])
]

function checkCombinations(c: Config): void {
  if (c.certificateIdentity && c.certificateIdentityRegexp) {
    throw invalid('certificate-identity-regexp', 'either certificate-identity or certificate-identity-regexp, not both', c.certificateIdentityRegexp)
  }
  if (c.certificateOidcIssuer && c.certificateOidcIssuerRegexp) {
    throw invalid('certificate-oidc-issuer-regexp', 'either certificate-oidc-issuer or certificate-oidc-issuer-regexp, not both', c.certificateOidcIssuerRegexp)
  }
  if ((c.registryPassword === undefined) !== (c.registryUsername === undefined)) {
    throw invalid(c.registryUsername === undefined ? 'registry-username' : 'registry-password', 'registry-username and registry-password together', '')
  }
  // The workspace chooses which registries it references, and a pull request can reference only
  // its own: the credentials' registry is inferred from the `images` input, never from scanned files.
  if (c.registryUsername !== undefined && c.registry === undefined && c.path !== undefined && c.mode === 'verify') {
    throw new AppError(
      'INPUT_INVALID',
      "option 'registry': expected the registry that registry-username and registry-password are for: this run scans the workspace, whose files (a pull request's included) choose the registries it references, so the credentials' registry is not inferred",
      { details: { option: 'registry' } }
    )
  }
  for (const image of c.images) {
    try {
      parseNormalizedNamed(image)
    } catch (e) {
      throw invalid('images', `image references (${messageOf(e)})`, image)
    }
  }
  if (c.policy.length > 0) {
    if (c.mode !== 'verify' && c.mode !== 'explain') throw invalid('policy', 'a policy only with mode verify or explain', c.mode)
    const flat = FLAT_RULES.filter(([, set]) => set(c)).map(([name]) => name)
    if (flat.length > 0) throw invalid(flat[0], `either policy or the flat signer inputs (${flat.join(', ')}), not both`, c.policy.join(', '))
  } else if (c.mode === 'explain') throw invalid('policy', 'policy files to explain', '')
  if (c.tufRoot && !c.tufMirror) throw invalid('tuf-mirror', 'a mirror URL to go with tuf-root', '')
  if ((c.mode === 'sign' || c.mode === 'sign-and-verify') && c.images.length === 0) {
    throw invalid('images', 'at least one image reference to sign', '')
  }
  if (c.mode === 'attest' || c.mode === 'attest-and-verify') {
    if (c.images.length === 0) throw invalid('images', 'at least one image reference to attest', '')
    if (c.predicate === undefined) throw invalid('predicate', 'the path of the predicate file to attest', '')
  }
}
