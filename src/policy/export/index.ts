import { stringify } from 'yaml'
import { PolicyFileError } from '../errors.js'
import type { Authority, ImagePolicy, KeylessIdentity, PolicySet } from '../model.js'
import { globToWildcard, wildcardToGlob } from './patterns.js'

export type ExportTarget = 'policy-controller' | 'kyverno'

/** Annotations that carry our names through a Kyverno round trip (Kyverno entries have no names). */
export const NAME_ANNOTATION = 'cosign.fremforge.dev/policy-name'
export const AUTHORITIES_ANNOTATION = 'cosign.fremforge.dev/authorities'

/** Kubernetes object names (RFC 1123 subdomain): what policy-controller and Kyverno accept as `metadata.name`. */
const DNS_1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/

export function isDnsSubdomain(name: string): boolean {
  return name.length <= 253 && DNS_1123_SUBDOMAIN.test(name)
}

// C0, DEL, C1, the Unicode line breaks (NEL is in C1) and the bidi controls: none may reach a comment.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const COMMENT_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/**
 * One comment line whatever the value holds: a policy name, file path or reason comes from the
 * repository, and a line break in a comment would start a YAML document of the author's choosing.
 */
export function yamlComment(text: string): string {
  return text.replace(COMMENT_UNSAFE, ch => `\\u{${ch.charCodeAt(0).toString(16)}}`)
}

const dnsName = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 253) || 'policy'

function identityOut(id: KeylessIdentity): Record<string, string> {
  return Object.fromEntries(Object.entries(id).filter(([, v]) => v !== undefined)) as Record<string, string>
}

function extensionsLost(p: ImagePolicy, lost: string[]): void {
  if (p.mode === 'skip') lost.push(`mode skip (exemption: ${p.reason ?? ''}): written as a static pass authority`)
  if (p.expires) lost.push(`expires ${p.expires}: admission policies have no expiry; remove this policy after that date`)
  for (const u of p.unenforceable) lost.push(`not enforceable here, kept as read: ${u.field}: ${u.reason}`)
}

function toClusterImagePolicy(p: ImagePolicy, lost: string[]): Record<string, unknown> {
  extensionsLost(p, lost)
  const images = p.engine === 'glob' ? p.images : p.images.map(w => { const t = wildcardToGlob(w); if (t.lost) lost.push(t.lost); return t.glob })
  if (p.skip.length > 0) lost.push(`skipImageReferences ${p.skip.join(', ')}: policy-controller globs cannot exclude images`)
  if (p.threshold > 1) lost.push(`threshold ${p.threshold}: policy-controller accepts any one authority`)
  const authorities = p.mode === 'skip' ? [{ name: 'exemption', static: { action: 'pass' } }] : p.authorities.map(a => authorityToCip(a, lost))
  return {
    apiVersion: 'policy.sigstore.dev/v1beta1',
    kind: 'ClusterImagePolicy',
    metadata: { name: dnsName(p.name), ...(dnsName(p.name) !== p.name ? { annotations: { [NAME_ANNOTATION]: p.name } } : {}) },
    spec: { images: images.map(glob => ({ glob })), authorities, ...(p.mode === 'warn' ? { mode: 'warn' } : {}) }
  }
}

/** policy-controller `attestations[]`: name and predicate type; a CUE/Rego policy as read; conditions and attestors are lost. */
function attestationsToCip(a: Authority, lost: string[]): Record<string, unknown> {
  if (a.attestations.length === 0) return {}
  const out = a.attestations.map(att => {
    if (att.conditions?.blocks) lost.push(`authority ${a.name}: conditions of attestation ${att.name}: policy-controller evaluates CUE or Rego, not Kyverno conditions`)
    if (att.attestors) lost.push(`authority ${a.name}: identities of attestation ${att.name}: policy-controller requires the authority itself to sign it`)
    const policy = att.conditions && !att.conditions.blocks ? { policy: { type: att.conditions.type, ...(att.conditions.data !== undefined ? { data: att.conditions.data } : {}) } } : {}
    return { name: att.name, predicateType: att.predicateType, ...policy }
  })
  return { attestations: out }
}

/** Kyverno `attestations[]` of a rule: shared by all its attestor entries. */
function attestationsToKyverno(p: ImagePolicy, lost: string[]): Record<string, unknown> {
  const all = p.authorities.flatMap(a => a.attestations)
  if (all.length === 0) return {}
  const key = (x: (typeof all)[number]): string => JSON.stringify({ t: x.predicateType, c: x.conditions?.blocks, a: x.attestors })
  const distinct = [...new Map(all.map(x => [key(x), x])).values()]
  if (p.authorities.some(a => a.attestations.length !== distinct.length)) lost.push('attestations required by some authorities only: Kyverno requires them of every image the rule matches')
  const attestors = (x: (typeof all)[number]) =>
    x.attestors
      ? {
          attestors: [
            {
              entries: x.attestors.map(r => ({
                keyless: Object.fromEntries(
                  Object.entries({ subject: r.certificateIdentity, subjectRegExp: r.certificateIdentityRegexp, issuer: r.certificateOidcIssuer, issuerRegExp: r.certificateOidcIssuerRegexp }).filter(([, v]) => v !== undefined)
                )
              }))
            }
          ]
        }
      : {}
  return {
    attestations: distinct.map(x => {
      if (x.conditions && !x.conditions.blocks) lost.push(`attestation ${x.name}: a ${x.conditions.type} policy has no Kyverno equivalent`)
      return { name: x.name, predicateType: x.predicateType, ...attestors(x), ...(x.conditions?.blocks ? { conditions: x.conditions.blocks } : {}) }
    })
  }
}

function authorityToCip(a: Authority, lost: string[]): Record<string, unknown> {
  const source = { ...(a.source.length > 0 ? { source: a.source.map(s => ({ oci: s.oci })) } : {}), ...attestationsToCip(a, lost) }
  if (a.type === 'static') return { name: a.name, static: { action: a.action, ...(a.message ? { message: a.message } : {}) }, ...(a.source.length > 0 ? { source: a.source.map(s => ({ oci: s.oci })) } : {}) }
  if (a.type === 'keyless') {
    if (a.trustedRoot) lost.push(`authority ${a.name}: keyless.trustedRoot needs a TrustRoot resource in the cluster (trustRootRef)`)
    return { name: a.name, keyless: { identities: a.identities.map(identityOut) }, ...source }
  }
  if (!a.tlog) lost.push(`authority ${a.name}: tlog: false has no policy-controller equivalent`)
  if (a.keys.length > 1) lost.push(`authority ${a.name}: ${a.keys.length} keys${a.allKeys ? ', all required,' : ''} written as the first; add one authority per key${a.allKeys ? ' and a policy per key' : ''}`)
  const key = a.keys[0]
  return { name: a.name, key: 'data' in key ? { data: key.data } : { data: `# key file ${key.path}` }, ...source }
}

function toKyverno(p: ImagePolicy, lost: string[]): Record<string, unknown> {
  extensionsLost(p, lost)
  const images = p.engine === 'wildcard' ? p.images : p.images.map(g => { const t = globToWildcard(g); if (t.lost) lost.push(t.lost); return t.pattern })
  const entries: Record<string, unknown>[] = []
  const names: string[] = []
  for (const a of p.authorities) {
    if (a.type === 'static') {
      lost.push(`authority ${a.name}: static ${a.action} has no Kyverno attestor`)
      continue
    }
    if (a.source.length > 0) lost.push(`authority ${a.name}: source.oci becomes the rule's repository only when every authority shares it`)
    if (a.type === 'keyless') {
      if (a.identities.length > 1 && p.threshold > 1) lost.push(`authority ${a.name}: several identities under a threshold are written as separate entries`)
      for (const id of a.identities) {
        entries.push({ keyless: identityOut(id) })
        names.push(a.name)
      }
      continue
    }
    const pem = (key: (typeof a.keys)[number]): string => ('data' in key ? key.data : `# key file ${key.path}`)
    // All keys required: one entry holding them all, as Kyverno reads several publicKeys.
    for (const group of a.allKeys ? [a.keys] : a.keys.map(k => [k])) {
      entries.push({ keys: { publicKeys: group.map(k => pem(k).trim()).join('\n'), ...(a.tlog ? {} : { rekor: { ignoreTlog: true } }) } })
      names.push(a.name)
    }
  }
  const verify: Record<string, unknown> = {
    imageReferences: images,
    ...(p.skip.length > 0 ? { skipImageReferences: p.skip } : {}),
    ...(p.mode === 'skip' ? { required: false } : {}),
    attestors: entries.length > 0 ? [{ ...(p.threshold !== entries.length ? { count: p.threshold } : {}), entries }] : [],
    ...attestationsToKyverno(p, lost)
  }
  return {
    apiVersion: 'kyverno.io/v1',
    kind: 'ClusterPolicy',
    metadata: { name: dnsName(p.name), annotations: { [NAME_ANNOTATION]: p.name, [AUTHORITIES_ANNOTATION]: names.join(',') } },
    spec: {
      validationFailureAction: p.mode === 'enforce' ? 'Enforce' : 'Audit',
      background: false,
      rules: [{ name: 'verify-signatures', match: { any: [{ resources: { kinds: ['Pod'] } }] }, verifyImages: [verify] }]
    }
  }
}

const fromLine = (p: ImagePolicy): string => `# from ${yamlComment(`${p.kind} ${p.name} (${p.position.file}:${p.position.line})`)}`

/** Equivalent admission policies as YAML, one document per policy; what cannot be said is a comment. */
export function exportPolicies(set: PolicySet, to: ExportTarget): string {
  const docs: string[] = []
  for (const p of set.policies) {
    if (!isDnsSubdomain(p.name)) throw new PolicyFileError('POLICY_NAME_INVALID', `policy name '${yamlComment(p.name)}' cannot be exported: an admission policy's name is a DNS-1123 subdomain (lower-case letters, digits, '-' and '.', at most 253 characters)`, p.position)
    const lost: string[] = []
    if (to === 'kyverno' && p.mode === 'skip') {
      // Kyverno has no exemption that stands alone: say so rather than write a rule that verifies.
      docs.push(`${fromLine(p)}\n# LOST: ${yamlComment(`mode skip (exemption: ${p.reason ?? ''})${p.expires ? `, expires ${p.expires}` : ''}: not exported; add ${p.images.map(g => globToWildcard(g).pattern).join(', ')} to the other rules' skipImageReferences`)}\n`)
      continue
    }
    const doc = to === 'kyverno' ? toKyverno(p, lost) : toClusterImagePolicy(p, lost)
    const header = [fromLine(p), ...lost.map(l => `# LOST: ${yamlComment(l)}`)]
    docs.push(`${header.join('\n')}\n${stringify(doc, { lineWidth: 0 })}`)
  }
  if (to === 'policy-controller' || set.noMatch !== 'warn') docs.push(`# no-match: ${set.noMatch} (policy-controller: the no-match-policy setting of config-policy-controller)\n`)
  return docs.join('---\n')
}
