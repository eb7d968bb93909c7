import { PolicyFileError } from '../errors.js'
import type { ImagePolicy, NoMatch, PolicySet } from '../model.js'
import { readCipSpec } from './cip.js'
import { readKyverno } from './kyverno.js'
import { yamlDocuments, type YamlNode } from './yaml-node.js'

export const NATIVE_API_VERSION = 'cosign.fremforge.dev/v1alpha1'
export const POLICY_CONTROLLER_API_VERSIONS = ['policy.sigstore.dev/v1beta1', 'policy.sigstore.dev/v1alpha1']
const KYVERNO_API_VERSIONS = ['kyverno.io/v1', 'kyverno.io/v2beta1']

/** Cheap pre-check (like the scanner's extractors): could this text hold a policy document? */
export function mayHoldPolicy(content: string): boolean {
  return /\bkind:\s*["']?(ImagePolicy|ClusterImagePolicy|ClusterPolicy|Policy|ImageValidatingPolicy)\b/.test(content)
}

function nameOf(doc: YamlNode): string {
  return doc.get('metadata').get('name').required()
}

/** The policies of one document; other Kubernetes documents give none. */
export function readDocument(doc: YamlNode, notes: string[]): ImagePolicy[] {
  if (!doc.isMap) return []
  const apiVersion = doc.get('apiVersion').str() ?? ''
  const kind = doc.get('kind').str() ?? ''
  if (apiVersion === NATIVE_API_VERSION) {
    if (kind !== 'ImagePolicy') throw new PolicyFileError('POLICY_KIND_UNSUPPORTED', `${apiVersion} has no kind '${kind}' (expected ImagePolicy)`, doc.get('kind').position)
    return [readCipSpec({ name: nameOf(doc), kind, dialect: 'native', doc, notes })]
  }
  if (apiVersion.startsWith('policy.sigstore.dev/')) {
    if (kind !== 'ClusterImagePolicy') return []
    if (!POLICY_CONTROLLER_API_VERSIONS.includes(apiVersion)) throw new PolicyFileError('POLICY_KIND_UNSUPPORTED', `unknown ClusterImagePolicy version '${apiVersion}'`, doc.get('apiVersion').position)
    return [readCipSpec({ name: nameOf(doc), kind, dialect: 'policy-controller', doc, notes })]
  }
  if (KYVERNO_API_VERSIONS.includes(apiVersion) && (kind === 'ClusterPolicy' || kind === 'Policy')) {
    const hasVerify = doc.get('spec').get('rules').items().some(r => r.get('verifyImages').present)
    return hasVerify ? readKyverno(doc, nameOf(doc), kind, notes) : []
  }
  if (apiVersion.startsWith('policies.kyverno.io/') && kind === 'ImageValidatingPolicy') return [celPolicy(doc, kind)]
  return []
}

/** Kyverno's CEL ImageValidatingPolicy: matched by its globs, never enforceable here. */
function celPolicy(doc: YamlNode, kind: string): ImagePolicy {
  const name = nameOf(doc)
  const spec = doc.get('spec')
  const images = spec.get('matchImageReferences').items().flatMap(m => m.get('glob').str() ?? [])
  return {
    name,
    kind,
    dialect: 'kyverno',
    position: doc.position,
    engine: 'wildcard',
    images: images.length > 0 ? images : ['*'],
    skip: [],
    authorities: [],
    threshold: 1,
    mode: /^deny$/i.test(spec.get('validationActions').items()[0]?.str() ?? 'Deny') ? 'enforce' : 'warn',
    unenforceable: [{ policy: name, field: 'spec.validations', position: spec.position, reason: 'CEL ImageValidatingPolicy rules are not evaluated' }]
  }
}

export interface PolicyFile {
  /** As shown in reports: relative to the workspace. */
  file: string
  content: string
  /** Given by name (not found by `auto`): a file without any policy document is an error. */
  explicit: boolean
}

/** Policy files are small; a bigger one is refused rather than read (the pull request is the attacker). */
export const MAX_POLICY_FILE_BYTES = 1024 * 1024

/** Every policy of every file; names must be unique across the set. */
export function loadPolicySet(files: readonly PolicyFile[], noMatch: NoMatch): PolicySet {
  const notes: string[] = []
  const policies: ImagePolicy[] = []
  for (const f of files) {
    const before = policies.length
    for (const doc of yamlDocuments(f.content, f.file)) policies.push(...readDocument(doc, notes))
    if (f.explicit && policies.length === before) {
      throw new PolicyFileError('POLICY_KIND_UNSUPPORTED', `no policy document (ImagePolicy, ClusterImagePolicy, or a Kyverno policy with verifyImages) in this file`, { file: f.file, line: 1 })
    }
  }
  const seen = new Map<string, ImagePolicy>()
  for (const p of policies) {
    const other = seen.get(p.name)
    if (other) throw new PolicyFileError('POLICY_NAME_DUPLICATE', `policy name '${p.name}' is also used at ${other.position.file}:${other.position.line}`, p.position)
    seen.set(p.name, p)
  }
  return { policies, noMatch, notes }
}
