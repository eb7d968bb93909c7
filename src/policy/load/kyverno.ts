import { PolicyFileError } from '../errors.js'
import type { AttestationAuthority } from '../attestation-types.js'
import type { AttestationRequirement, Authority, ImagePolicy, KeylessIdentity, PolicyMode, Unenforceable } from '../model.js'
import { readAttestors, readConditions, readPredicateType, readRegExp } from './attestations.js'
import type { YamlNode } from './yaml-node.js'

/** A Kyverno wildcard as an anchored regular expression: `*` any run, `?` one character, the rest literal. */
export function wildcardToRegExp(pattern: string): string {
  return `^${[...pattern].map(c => (c === '*' ? '[\\s\\S]*' : c === '?' ? '[\\s\\S]' : c.replace(/[.+^${}()|[\]\\/-]/g, '\\$&'))).join('')}$`
}

const PEM = /-----BEGIN [A-Z ]*PUBLIC KEY-----[\s\S]*?-----END [A-Z ]*PUBLIC KEY-----/g

/** Kyverno `Enforce` → enforce, `Audit` → warn (both spellings); its default is Audit. */
function modeOf(node: YamlNode, fallback: PolicyMode): PolicyMode {
  const v = node.str()
  if (v === undefined) return fallback
  if (/^enforce$/i.test(v)) return 'enforce'
  if (/^audit$/i.test(v)) return 'warn'
  throw node.error('POLICY_FIELD_INVALID', 'Enforce or Audit')
}

/**
 * Kyverno ClusterPolicy / Policy (kyverno.io/v1) `verifyImages` rules. Each attestor set becomes one
 * policy over the rule's image references: Kyverno requires every attestor set, and `count` entries
 * of a set (default all of them) — the threshold.
 */
export function readKyverno(doc: YamlNode, name: string, kind: string, notes: string[]): ImagePolicy[] {
  const spec = doc.get('spec')
  // Written by `policy export --to kyverno`: our policy and authority names, which Kyverno has no field for.
  const annotations = doc.get('metadata').get('annotations')
  const exportedName = annotations.get('cosign.fremforge.dev/policy-name').str()
  const exportedAuthorities = annotations.get('cosign.fremforge.dev/authorities').str()?.split(',')
  const specMode = modeOf(spec.get('validationFailureAction'), 'warn')
  const out: ImagePolicy[] = []
  for (const rule of spec.get('rules').items()) {
    const ruleName = rule.get('name').str() ?? rule.path
    for (const [vi, verify] of rule.get('verifyImages').items().entries()) {
      const base = exportedName ?? `${name}/${ruleName}${vi > 0 ? `[${vi}]` : ''}`
      const unenforceable: Unenforceable[] = []
      const lack = (node: YamlNode, reason: string): void => void unenforceable.push({ policy: base, field: node.path, position: node.position, reason })
      const images = verify.get('imageReferences').items().map(i => i.required())
      const single = verify.get('image').str()
      if (single) images.push(single)
      if (images.length === 0) throw verify.get('imageReferences').error('POLICY_FIELD_MISSING', 'at least one image reference')
      const skip = verify.get('skipImageReferences').items().map(i => i.required())
      let mode = modeOf(verify.get('failureAction'), specMode)
      if (verify.get('required').bool() === false) mode = 'warn'
      const type = verify.get('type').str() ?? 'Cosign'
      if (type !== 'Cosign' && type !== 'SigstoreBundle') lack(verify.get('type'), `${type} signatures are not verified`)
      const repository = verify.get('repository').str()
      const source = repository ? [{ oci: repository }] : []
      const attestations: AttestationRequirement[] = verify.get('attestations').items().map((att, i) => {
        const predicateType = readPredicateType(att.get('predicateType').present ? att.get('predicateType') : att.get('type'))
        const conditions = att.get('conditions')
        const attestors = readAttestors(att.get('attestors'), lack, wildcardToRegExp)
        return {
          name: att.get('name').str() ?? `attestation-${i}`,
          predicateType,
          position: att.position,
          ...(conditions.present ? { conditions: { type: 'jmespath', blocks: readConditions(conditions, lack), position: conditions.position } } : {}),
          ...(attestors ? { attestors } : {})
        }
      })
      const sets = verify.get('attestors').items()
      const legacyKey = verify.get('key').str()
      const policyOf = (suffix: string, authorities: Authority[], threshold: number, position = verify.position): ImagePolicy => ({
        name: `${base}${suffix}`,
        kind,
        dialect: 'kyverno',
        position,
        engine: 'wildcard',
        images,
        skip,
        authorities,
        threshold,
        mode,
        unenforceable
      })
      if (sets.length === 0) {
        const authorities: Authority[] = legacyKey ? [{ name: 'key', type: 'key', keys: [{ data: legacyKey }], tlog: true, source: [], attestations, position: verify.get('key').position }] : []
        if (authorities.length === 0 && attestations.length === 0) throw verify.error('POLICY_FIELD_MISSING', 'attestors or attestations')
        if (authorities.length === 0) {
          // Kyverno then checks the attestations alone, each by its own attestors. Here a signature is
          // always required too (an attestation is never a signature): from one of those attestors.
          const signers = attestations.every(a => (a.attestors ?? []).length > 0) ? attestations.flatMap(a => a.attestors ?? []) : []
          if (signers.length > 0) {
            notes.push(`${base} (${verify.file}:${verify.position.line}): no image attestors; the image must also be signed by one of its attestations' attestors (Kyverno checks the attestations alone)`)
            authorities.push({ name: 'attestors', type: 'keyless', identities: uniqueIdentities(signers), source, attestations, position: verify.position })
          } else {
            lack(verify.get('attestations'), 'attestations without image attestors and without attestors of their own are not supported; add attestors')
            authorities.push({ name: 'attestations', type: 'static', action: 'fail', message: 'attestations only', source: [], attestations, position: verify.position })
          }
        }
        out.push(policyOf('', authorities, 1))
        continue
      }
      for (const [si, set] of sets.entries()) {
        const entries = set.get('entries').items()
        const named = exportedAuthorities?.length === entries.length ? exportedAuthorities : undefined
        const authorities = entries.map((entry, ei) => ({ ...readEntry(entry, named?.[ei] ?? `entries[${ei}]`, attestations, lack, notes), source }))
        if (authorities.length === 0) throw set.get('entries').error('POLICY_FIELD_MISSING', 'at least one attestor entry')
        const countNode = set.get('count')
        const count = countNode.int() ?? authorities.length
        if (count < 1 || count > authorities.length) throw countNode.error('POLICY_FIELD_INVALID', `a count between 1 and ${authorities.length}`)
        out.push(policyOf(sets.length > 1 ? `/attestors[${si}]` : '', authorities, count, set.position))
      }
    }
  }
  return out
}

/** Attestation attestors as keyless identities (any one), duplicates dropped. */
function uniqueIdentities(signers: AttestationAuthority[]): KeylessIdentity[] {
  const out = new Map<string, KeylessIdentity>()
  for (const r of signers) {
    const id: KeylessIdentity = {}
    if (r.certificateIdentity !== undefined) id.subject = r.certificateIdentity
    if (r.certificateIdentityRegexp !== undefined) id.subjectRegExp = r.certificateIdentityRegexp
    if (r.certificateOidcIssuer !== undefined) id.issuer = r.certificateOidcIssuer
    if (r.certificateOidcIssuerRegexp !== undefined) id.issuerRegExp = r.certificateOidcIssuerRegexp
    out.set(JSON.stringify(id), id)
  }
  return [...out.values()]
}

function readEntry(entry: YamlNode, name: string, attestations: AttestationRequirement[], lack: (node: YamlNode, reason: string) => void, notes: string[]): Authority {
  const base = { name, source: [], attestations, position: entry.position }
  const keys = entry.get('keys')
  if (keys.present) {
    const text = keys.get('publicKeys').str()
    const pems = text?.match(PEM) ?? []
    for (const field of ['kms', 'secret']) if (keys.get(field).present) lack(keys.get(field), 'keys from a KMS or a Kubernetes secret are not available in CI; give publicKeys')
    if (text !== undefined && pems.length === 0) throw keys.get('publicKeys').error('POLICY_FIELD_INVALID', 'PEM public keys')
    const ignoreTlog = keys.get('rekor').get('ignoreTlog').bool() ?? false
    // Several keys in one entry must all verify: Kyverno expands them into a nested attestor set with count = all.
    return { ...base, type: 'key', keys: pems.map(data => ({ data })), tlog: !ignoreTlog, ...(pems.length > 1 ? { allKeys: true } : {}) }
  }
  const keyless = entry.get('keyless')
  if (keyless.present) {
    const id: KeylessIdentity = {}
    for (const field of ['issuer', 'subject', 'issuerRegExp', 'subjectRegExp'] as const) {
      const v = field.endsWith('RegExp') ? readRegExp(keyless.get(field)) : keyless.get(field).str()
      if (v !== undefined) id[field] = v
    }
    // Kyverno compares subject and issuer with its wildcards (pkg/cosign: wildcard.Match): "*@acme.example".
    for (const [exact, regexp] of [['subject', 'subjectRegExp'], ['issuer', 'issuerRegExp']] as const) {
      const pattern = id[exact]
      if (pattern === undefined || !/[*?]/.test(pattern)) continue
      if (id[regexp] !== undefined) {
        lack(keyless.get(exact), `a wildcard ${exact} together with ${regexp} is not supported`)
        continue
      }
      delete id[exact]
      id[regexp] = wildcardToRegExp(pattern)
    }
    if (keyless.get('roots').present) lack(keyless.get('roots'), 'custom Fulcio roots are not supported; use the trusted-root input')
    if (keyless.get('additionalExtensions').present) lack(keyless.get('additionalExtensions'), 'additional certificate extensions are not checked')
    if (keyless.get('rekor').get('ignoreTlog').bool()) notes.push(`${keyless.path}.rekor.ignoreTlog (${keyless.file}:${keyless.position.line}): keyless signatures always need transparency-log evidence here`)
    return { ...base, type: 'keyless', identities: [id] }
  }
  for (const field of ['certificates', 'attestor']) {
    if (entry.get(field).present) {
      lack(entry.get(field), field === 'attestor' ? 'nested attestor sets are not supported' : 'certificate attestors are not supported')
      return { ...base, type: 'static', action: 'fail', message: `${field} attestor not supported` }
    }
  }
  throw new PolicyFileError('POLICY_FIELD_MISSING', `${entry.path}: expected keys, keyless, certificates or attestor`, entry.position)
}
