/**
 * The reference grammar of distribution/reference (regexp.go), built the same way from the same
 * productions so that JavaScript's backtracking matcher gives the same leftmost-first captures
 * as Go's RE2 (neither uses longest-match here):
 *
 *   reference        := name [ ":" tag ] [ "@" digest ]
 *   name             := [domain '/'] remote-name
 *   domain           := host [':' port-number]
 *   host             := domain-name | '[' IPv6 ']'
 *   domain-component := /([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])/
 *   path-component   := alpha-numeric [separator alpha-numeric]*
 *   alpha-numeric    := /[a-z0-9]+/
 *   separator        := /[_.]|__|[-]+/
 *   tag              := /[\w][\w.-]{0,127}/
 *   digest           := algorithm ":" /[0-9a-fA-F]{32,}/
 *   identifier       := /[a-f0-9]{64}/
 *
 * Every class is ASCII, so UTF-16 lengths equal Go's byte lengths on anything that matches.
 */

const alphanumeric = '[a-z0-9]+'
// One period, one or two underscores, or any run of dashes (runs allow punycode-like names).
const separator = '(?:[._]|__|[-]+)'
const domainNameComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])'
const optionalPort = '(?::[0-9]+)?'
const tag = '[\\w][\\w.-]{0,127}'
const digest = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9A-Fa-f]{32,}'
const identifier = '[a-f0-9]{64}'
// Compressed or full IPv6 only: zone ids (RFC 6874) and IPv4-mapped forms are excluded on purpose.
const ipv6address = '\\[(?:[a-fA-F0-9:]+)\\]'
const domainName = `${domainNameComponent}(?:\\.${domainNameComponent})*`
const host = `(?:${domainName}|${ipv6address})`
const domainAndPort = host + optionalPort
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`
const remoteName = `${pathComponent}(?:/${pathComponent})*`
const namePattern = `(?:${domainAndPort}/)?${remoteName}`

const anchoredDomain = new RegExp(`^${domainAndPort}$`)
const anchoredName = new RegExp(`^(?:(${domainAndPort})/)?(${remoteName})$`)
const anchoredReference = new RegExp(`^(${namePattern})(?::(${tag}))?(?:@(${digest}))?$`)
const anchoredTag = new RegExp(`^${tag}$`)
const anchoredDigest = new RegExp(`^${digest}$`)
const anchoredIdentifier = new RegExp(`^${identifier}$`)

/** The parts of a repository name: `domain` is '' when the first component is not a host. */
export interface NameMatch {
  readonly domain: string
  readonly path: string
}

/** The parts of a whole reference, as the grammar captures them (no digest validation). */
export interface ReferenceMatch {
  readonly name: string
  readonly tag?: string
  readonly digest?: string
}

/** distribution's `^domainAndPort$`: a registry host with an optional numeric port. */
export function isDomain(input: string): boolean {
  return anchoredDomain.test(input)
}

/** distribution's anchoredNameRegexp: splits a name into domain and path, or undefined. */
export function matchName(input: string): NameMatch | undefined {
  const match = anchoredName.exec(input)
  if (match === null) return undefined
  return Object.freeze({ domain: match[1] ?? '', path: match[2] ?? '' })
}

/** distribution's referenceRegexp: the name, tag and digest text, or undefined. */
export function matchReference(input: string): ReferenceMatch | undefined {
  const match = anchoredReference.exec(input)
  if (match === null) return undefined
  const found: { name: string; tag?: string; digest?: string } = { name: match[1] ?? '' }
  if (match[2] !== undefined) found.tag = match[2]
  if (match[3] !== undefined) found.digest = match[3]
  return Object.freeze(found)
}

/** distribution's anchoredTagRegexp. */
export function isTag(input: string): boolean {
  return anchoredTag.test(input)
}

/** distribution's anchoredDigestRegexp: the reference grammar's digest shape, not go-digest's checks. */
export function isDigestShape(input: string): boolean {
  return anchoredDigest.test(input)
}

/** distribution's anchoredIdentifierRegexp: a bare 64-hex sha256 image id. */
export function isIdentifier(input: string): boolean {
  return anchoredIdentifier.test(input)
}
