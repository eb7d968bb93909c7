import { PolicyFileError } from '../errors.js'
import type { AttestationRequirement, Authority, ImagePolicy, KeylessIdentity, KeySource, PolicyDialect, PolicyMode, SignatureSource, Unenforceable } from '../model.js'
import { isValidGlob } from '../match/glob.js'
import type { AttestationAuthority } from '../attestation-types.js'
import { readConditions, readPredicateType, readRegExp } from './attestations.js'
import type { YamlNode } from './yaml-node.js'

/** Extensions the native kind adds to policy-controller's ClusterImagePolicy spec. */
const NATIVE_SPEC = ['threshold', 'reason', 'expires']
const SPEC_FIELDS = ['images', 'authorities', 'mode', 'policy', 'match']
const AUTHORITY_FIELDS = ['name', 'key', 'keyless', 'static', 'source', 'ctlog', 'attestations', 'rfc3161timestamp', 'signatureFormat']
const DATE = /^\d{4}-\d{2}-\d{2}$/

export interface SpecContext {
  name: string
  kind: string
  dialect: Extract<PolicyDialect, 'native' | 'policy-controller'>
  doc: YamlNode
  notes: string[]
}

function checkFields(node: YamlNode, allowed: string[], what: string): void {
  for (const key of node.keys()) {
    if (!allowed.includes(key)) throw new PolicyFileError('POLICY_FIELD_INVALID', `${node.path}.${key}: not a field of ${what}`, node.get(key).position)
  }
}

/** Reads a ClusterImagePolicy `spec` (policy-controller v1alpha1/v1beta1, or the native kind's). */
export function readCipSpec(ctx: SpecContext): ImagePolicy {
  const spec = ctx.doc.get('spec')
  if (!spec.isMap) throw spec.error('POLICY_FIELD_MISSING', 'a spec mapping')
  const native = ctx.dialect === 'native'
  checkFields(spec, native ? [...SPEC_FIELDS, ...NATIVE_SPEC] : SPEC_FIELDS, ctx.kind)
  const unenforceable: Unenforceable[] = []
  const lack = (node: YamlNode, reason: string): void => void unenforceable.push({ policy: ctx.name, field: node.path, position: node.position, reason })

  const images = spec.get('images').items().map(item => {
    const glob = item.get('glob').required()
    if (!isValidGlob(glob)) throw new PolicyFileError('POLICY_FIELD_INVALID', `${item.path}.glob: '${glob}' is not a valid glob (letters, digits, -_:/*. only)`, item.position)
    // policy-controller matches repo@digest for pinned images: a glob without * never matches one.
    if (!glob.includes('*')) ctx.notes.push(`${ctx.name}: glob '${glob}' (${item.file}:${item.position.line}) has no *, so it matches only a tag reference, never a digest-pinned image; end it with * or :**`)
    return glob
  })
  if (images.length === 0) throw spec.get('images').error('POLICY_FIELD_MISSING', 'at least one image glob')

  const modeNode = spec.get('mode')
  const mode = (modeNode.str() ?? 'enforce') as PolicyMode
  if (!(native ? ['enforce', 'warn', 'skip'] : ['enforce', 'warn']).includes(mode)) throw modeNode.error('POLICY_FIELD_INVALID', native ? 'enforce, warn or skip' : 'enforce or warn')
  const reason = spec.get('reason').str()
  if (mode === 'skip' && !reason) throw new PolicyFileError('POLICY_FIELD_MISSING', 'spec.reason is required with mode: skip', modeNode.position)
  const expiresNode = spec.get('expires')
  const expires = expiresNode.str()
  if (expires !== undefined) {
    if (!DATE.test(expires) || Number.isNaN(Date.parse(`${expires}T00:00:00Z`))) throw expiresNode.error('POLICY_FIELD_INVALID', 'a date YYYY-MM-DD')
    if (mode === 'enforce') throw expiresNode.error('POLICY_FIELD_INVALID', 'expires only with mode warn or skip')
  }

  const authoritiesNode = spec.get('authorities')
  const authorities = authoritiesNode.items().map((a, i) => readAuthority(a, i, native, lack, ctx.notes))
  if (authorities.length === 0 && mode !== 'skip') throw authoritiesNode.error('POLICY_FIELD_MISSING', 'at least one authority')
  const names = new Set<string>()
  for (const a of authorities) {
    if (names.has(a.name)) throw new PolicyFileError('POLICY_NAME_DUPLICATE', `authority name '${a.name}' is used twice in ${ctx.name}`, a.position)
    names.add(a.name)
  }
  const thresholdNode = spec.get('threshold')
  const threshold = thresholdNode.int() ?? 1
  if (threshold < 1 || (mode !== 'skip' && threshold > authorities.length)) throw thresholdNode.error('POLICY_FIELD_INVALID', `an integer between 1 and the number of authorities (${authorities.length})`)

  const policyNode = spec.get('policy')
  if (policyNode.present) lack(policyNode, `a ${policyNode.get('type').str() ?? 'CUE or Rego'} policy over the image's signatures and attestations is not evaluated`)
  if (spec.get('match').present) ctx.notes.push(`${ctx.name}: spec.match (${ctx.doc.file}:${spec.get('match').position.line}) selects Kubernetes resources at admission; in CI the policy applies to every image its globs match`)

  return {
    name: ctx.name,
    kind: ctx.kind,
    dialect: ctx.dialect,
    position: ctx.doc.position,
    engine: 'glob',
    images,
    skip: [],
    authorities,
    threshold,
    mode,
    ...(reason !== undefined ? { reason } : {}),
    ...(expires !== undefined ? { expires } : {}),
    unenforceable
  }
}

function readAuthority(a: YamlNode, index: number, native: boolean, lack: (node: YamlNode, reason: string) => void, notes: string[]): Authority {
  checkFields(a, AUTHORITY_FIELDS, 'an authority')
  const name = a.get('name').str() ?? `authority-${index}`
  const base = { name, source: readSources(a.get('source'), lack, notes), attestations: readAttestations(a.get('attestations'), native, lack), position: a.position }
  for (const field of ['ctlog', 'rfc3161timestamp', 'signatureFormat']) {
    if (a.get(field).present) notes.push(`${a.path}.${field} (${a.file}:${a.get(field).position.line}): the action uses its configured trust material and both signature formats`)
  }
  const kinds = ['key', 'keyless', 'static'].filter(k => a.get(k).present)
  if (kinds.length !== 1) throw new PolicyFileError('POLICY_FIELD_INVALID', `${a.path}: expected exactly one of key, keyless, static, found ${kinds.length === 0 ? 'none' : kinds.join(' and ')}`, a.position)
  if (kinds[0] === 'static') {
    const action = a.get('static').get('action')
    const value = action.required()
    if (value !== 'pass' && value !== 'fail') throw action.error('POLICY_FIELD_INVALID', 'pass or fail')
    return { ...base, type: 'static', action: value, ...(a.get('static').get('message').str() ? { message: a.get('static').get('message').str() } : {}) }
  }
  if (kinds[0] === 'key') {
    const key = a.get('key')
    checkFields(key, native ? ['data', 'path', 'tlog', 'secretRef', 'kms', 'hashAlgorithm'] : ['data', 'secretRef', 'kms', 'hashAlgorithm'], 'a key authority')
    const keys: KeySource[] = []
    const data = key.get('data').str()
    const path = key.get('path').str()
    if (data !== undefined) keys.push({ data })
    if (path !== undefined) keys.push({ path })
    for (const field of ['secretRef', 'kms']) if (key.get(field).present) lack(key.get(field), `keys from a Kubernetes secret or a KMS are not available in CI; give the public key as data or path`)
    if (keys.length === 0 && !key.get('secretRef').present && !key.get('kms').present) throw key.error('POLICY_FIELD_MISSING', 'data or path')
    return { ...base, type: 'key', keys, tlog: key.get('tlog').bool() ?? true }
  }
  const keyless = a.get('keyless')
  checkFields(keyless, native ? ['url', 'identities', 'ca-cert', 'trustRootRef', 'insecureIgnoreSCT', 'trustedRoot'] : ['url', 'identities', 'ca-cert', 'trustRootRef', 'insecureIgnoreSCT'], 'a keyless authority')
  const identities = readIdentities(keyless.get('identities'))
  // policy-controller accepts keyless without identities: any signer Fulcio certified.
  if (identities.length === 0) notes.push(`${keyless.path} (${keyless.file}:${keyless.position.line}) has no identities: any signer the trusted Fulcio certified is accepted`)
  if (keyless.get('ca-cert').present) lack(keyless.get('ca-cert'), 'a custom Fulcio CA certificate is not supported; use keyless.trustedRoot (native kind) or the trusted-root input')
  if (keyless.get('trustRootRef').present) lack(keyless.get('trustRootRef'), 'a TrustRoot resource lives in the cluster; use keyless.trustedRoot (native kind) or the trusted-root input')
  const trustedRoot = keyless.get('trustedRoot').str()
  return { ...base, type: 'keyless', identities, ...(trustedRoot ? { trustedRoot } : {}) }
}

/** policy-controller `identities[]`: each needs an issuer and a subject, exact or RE2. */
function readIdentities(node: YamlNode): KeylessIdentity[] {
  return node.items().map(id => {
    checkFields(id, ['issuer', 'subject', 'issuerRegExp', 'subjectRegExp'], 'an identity')
    const out: KeylessIdentity = {}
    for (const field of ['issuer', 'subject', 'issuerRegExp', 'subjectRegExp'] as const) {
      const v = field.endsWith('RegExp') ? readRegExp(id.get(field)) : id.get(field).str()
      if (v !== undefined) out[field] = v
    }
    if (!(out.issuer || out.issuerRegExp) || !(out.subject || out.subjectRegExp)) throw id.error('POLICY_FIELD_MISSING', 'an issuer (or issuerRegExp) and a subject (or subjectRegExp)')
    return out
  })
}

const attestorOf = (id: KeylessIdentity): AttestationAuthority => ({
  certificateIdentity: id.subject,
  certificateIdentityRegexp: id.subjectRegExp,
  certificateOidcIssuer: id.issuer,
  certificateOidcIssuerRegexp: id.issuerRegExp
})

function readSources(node: YamlNode, lack: (node: YamlNode, reason: string) => void, notes: string[]): SignatureSource[] {
  return node.items().map(s => {
    const oci = s.get('oci').required()
    if (!/^[a-z0-9][a-z0-9.:_/-]*$/i.test(oci) || oci.includes('//')) throw s.get('oci').error('POLICY_FIELD_INVALID', 'a repository such as registry.example/org/signatures')
    if (s.get('tagPrefix').present) lack(s.get('tagPrefix'), 'a signature tag prefix is not supported')
    if (s.get('signaturePullSecrets').present) notes.push(`${s.path}.signaturePullSecrets (${s.file}:${s.get('signaturePullSecrets').position.line}): pull secrets live in the cluster; the action reads ${oci} with its own registry credentials`)
    return { oci }
  })
}

/**
 * policy-controller `attestations[]`: each must be present and signed by the authority; its
 * `policy` (CUE or Rego over the predicate) is not evaluated, so an attestation with one makes
 * the policy not enforceable. The native kind adds Kyverno-form `conditions` and `identities`
 * (who may sign the attestation instead of the authority's signer).
 */
function readAttestations(node: YamlNode, native: boolean, lack: (node: YamlNode, reason: string) => void): AttestationRequirement[] {
  return node.items().map((att, i) => {
    checkFields(att, native ? ['name', 'predicateType', 'policy', 'conditions', 'identities'] : ['name', 'predicateType', 'policy'], 'an attestation')
    const predicateType = readPredicateType(att.get('predicateType'))
    const policy = att.get('policy')
    const req: AttestationRequirement = { name: att.get('name').str() ?? `attestation-${i}`, predicateType, position: att.position }
    if (policy.present) {
      const type = policy.get('type').str() ?? 'unknown'
      req.conditions = { type, ...(policy.get('data').str() ? { data: policy.get('data').str() } : {}), position: policy.position }
      lack(policy, `a ${type} policy over the ${predicateType} attestation is not evaluated`)
    }
    const conditions = att.get('conditions')
    if (conditions.present) {
      if (policy.present) throw conditions.error('POLICY_FIELD_INVALID', 'either policy or conditions')
      req.conditions = { type: 'jmespath', blocks: readConditions(conditions, lack), position: conditions.position }
    }
    if (att.get('identities').present) req.attestors = readIdentities(att.get('identities')).map(attestorOf)
    return req
  })
}
