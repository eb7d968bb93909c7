import { isDigest, parseNormalizedNamed } from '../reference/index.js'
import { isTemplated, type Sink } from './sink.js'
import { get, isMap, isSeq, textOf, type YDocument, type YMap, type YNode, type YScalar } from './tree.js'
import type { ImageKind } from './types.js'
import { extractWith, kubernetesKind, YAML_FILE } from './yaml-docs.js'

/**
 * Helm values (and any YAML that is not a Kubernetes object). Three shapes hold an image:
 * - a key ending in `image` with a whole reference, or with a map split into registry /
 *   repository (or image) / tag (or version) / digest, assembled the way charts render
 *   `registry/repository:tag@digest`;
 * - under any other key, a map with `repository` plus a registry, tag, version or digest field,
 *   or an `image` beside `tag`/`digest` (list items of extra images);
 * - helm-unittest `set:` maps with dotted keys (`controller.image.digest`), read as the values
 *   they set.
 *
 * Precision rule for maps under keys that do not name an image (issue 15): `repository` +
 * `version` is as often a database, a chart or a git repository as an image, so such a map counts
 * only when it is pinned: a digest-valued field (`digest`, `*Digest`, `*SHA`, a digest in `tag` or
 * `version`) and the whole assembles into a valid reference. A content digest beside a repository
 * names an OCI artifact; anything that does not parse is dropped without a warning. A map with
 * `image` + `tag`/`digest` names its image by its key, so it counts pinned or not.
 */
// The casings a key can end in; the pre-check searches exactly these.
const IMAGE_KEY = /(?:image|Image|IMAGE)$/
const BARE_SHA256 = /^[a-f0-9]{64}$/
const SHA256 = /^sha256:[a-f0-9]{64}$/
// `postgresDigest`, `posixSHA`: chart-specific digest fields of the same image. `digestChroot`
// (a prefix) names another image and is not one of them.
const DIGEST_KEY = /^[A-Za-z0-9_]+(?:Digest|SHA|Sha)$/
// A first path component with a dot, a port or `localhost` is a registry (distribution's rule).
const HAS_DOMAIN = /^(?:[^/]*[.:][^/]*|localhost)\//
const SPLIT_FIELDS = new Set(['registry', 'repository', 'image', 'tag', 'version', 'digest'])

export const needles = ['image', 'Image', 'IMAGE', 'repository']

export function matches(path: string): boolean {
  return YAML_FILE.test(path)
}

interface Context {
  sink: Sink
  /** global.imageRegistry (Bitnami) or global.image.registry (ingress-nginx). */
  globalRegistry: string | undefined
  /**
   * helm-unittest `set:` values override the chart's own: a split map there with no registry of
   * its own would render with the chart's default registry, which is not known here, so it is left out.
   */
  overrides: boolean
}

interface Assembled {
  ref: string
  at: YScalar
  kind: ImageKind
  pinned: boolean
}

const str = (node: YNode | undefined): YScalar | undefined => textOf(node)
const strOrNumber = (node: YNode | undefined): YScalar | undefined => textOf(node, { numbers: true })

/** The one `*Digest`/`*SHA` field holding a sha256 digest, when `digest` itself is absent. */
function digestField(map: YMap): YScalar | undefined {
  const direct = str(get(map, 'digest'))
  if (direct) return direct
  const found = map.pairs.filter(p => DIGEST_KEY.test(p.key) && SHA256.test(str(p.value)?.text ?? ''))
  return found.length === 1 ? str(found[0].value) : undefined
}

/**
 * The reference a split map renders; 'templated' when it cannot be known here (a field is a
 * template, or a helm-unittest override lacks its registry); undefined when it is no split map.
 */
function assemble(map: YMap, ctx: Context): Assembled | 'templated' | undefined {
  const explicitRepository = str(get(map, 'repository'))
  const repository = explicitRepository ?? str(get(map, 'image'))
  if (!repository) return undefined
  const registry = str(get(map, 'registry'))
  const tagNode = strOrNumber(get(map, 'tag')) ?? strOrNumber(get(map, 'version'))
  const digestNode = digestField(map)
  const fields = [repository, registry, tagNode, digestNode]
  if (fields.some(f => f !== undefined && isTemplated(f.text))) return 'templated'

  let tag = tagNode?.text
  let digest: string | undefined
  let at = tagNode ?? repository
  let kind: ImageKind = 'helm-split'
  if (tag !== undefined && tag.includes('@')) {
    ;[tag, digest] = [tag.slice(0, tag.indexOf('@')), tag.slice(tag.indexOf('@') + 1)]
    kind = 'helm-tag-digest'
  } else if (tag?.includes(':') && isDigest(tag)) {
    // sigstore charts render registry/repository@version when version is a digest.
    ;[tag, digest] = [undefined, tag]
  }
  if (digestNode) {
    // Charts that template `@sha256:{{ .digest }}` keep only the hex.
    digest = BARE_SHA256.test(digestNode.text) ? `sha256:${digestNode.text}` : digestNode.text
    at = digestNode
    kind = 'helm-split'
  }
  let host = registry?.text
  const named = HAS_DOMAIN.test(repository.text)
  if (host === undefined && !(explicitRepository && named)) host = ctx.globalRegistry
  if (ctx.overrides && host === undefined && !named) return 'templated'
  let ref = host ? `${host.replace(/\/+$/, '')}/${repository.text}` : repository.text
  if (tag) ref += `:${tag}`
  if (digest) ref += `@${digest}`
  return { ref, at, kind, pinned: digest !== undefined }
}

/** Reports a split image map under an image key; false when `map` has no repository, so it is not one. */
function split(map: YMap, ctx: Context): boolean {
  const found = assemble(map, ctx)
  if (found === undefined) return false
  if (found !== 'templated') ctx.sink.image(found.kind, found.ref, found.at.line, found.at.column)
  return true
}

function parses(ref: string): boolean {
  try {
    parseNormalizedNamed(ref)
    return true
  } catch {
    return false
  }
}

/**
 * A split map under a key that names no image (see the precision rule above); true when it was
 * reported, so its fields are not read again.
 */
function looseSplit(map: YMap, ctx: Context): boolean {
  const repository = str(get(map, 'repository'))
  const image = repository ? undefined : str(get(map, 'image'))
  if (!repository && !image) return false
  const hasTagOrDigest = get(map, 'tag') !== undefined || digestField(map) !== undefined
  const hasField = hasTagOrDigest || get(map, 'registry') !== undefined || get(map, 'version') !== undefined
  if (image ? !hasTagOrDigest : !hasField) return false
  const found = assemble(map, ctx)
  if (found === undefined || found === 'templated') return found === 'templated'
  if (repository && !found.pinned) return false
  if (!parses(found.ref)) return false
  ctx.sink.image(found.kind, found.ref, found.at.line, found.at.column)
  return true
}

/** helm-unittest `set:` — `{a.b.c: v}` read as `{a: {b: {c: v}}}`. */
function undot(map: YMap): YMap {
  const root: YMap = { type: 'map', pairs: [] }
  for (const { key, value } of map.pairs) {
    const parts = key.split('.')
    let at = root
    for (const part of parts.slice(0, -1)) {
      let next = get(at, part)
      if (!isMap(next)) {
        next = { type: 'map', pairs: [] }
        at.pairs.push({ key: part, value: next })
      }
      at = next
    }
    at.pairs.push({ key: parts[parts.length - 1], value })
  }
  return root
}

function walk(node: YNode, ctx: Context, underImage: boolean): void {
  if (isSeq(node)) {
    for (const item of node.items) walk(item, ctx, false)
    return
  }
  if (!isMap(node)) return
  // A map under an *image key with no repository groups several images (`image: {curl: {...}}`).
  if (underImage && split(node, ctx)) return
  const consumed = !underImage && looseSplit(node, ctx)
  for (const { key, value } of node.pairs) {
    if (consumed && (SPLIT_FIELDS.has(key) || DIGEST_KEY.test(key))) continue
    if (key === 'set' && isMap(value) && value.pairs.some(p => p.key.includes('.'))) {
      const values = undot(value)
      walk(values, { sink: ctx.sink, globalRegistry: globalRegistry(values), overrides: true }, false)
      continue
    }
    const imageKey = IMAGE_KEY.test(key)
    const inline = imageKey ? str(value) : undefined
    if (inline) ctx.sink.image('helm-values-image', inline.text, inline.line, inline.column)
    else walk(value, ctx, imageKey || (underImage && isMap(value)))
  }
}

function globalRegistry(root: YNode): string | undefined {
  const global = get(root, 'global')
  return str(get(global, 'imageRegistry'))?.text ?? str(get(get(global, 'image'), 'registry'))?.text
}

/** Image references in one values tree. */
export function fromValues(root: YNode, sink: Sink): void {
  walk(root, { sink, globalRegistry: globalRegistry(root), overrides: false }, false)
}

export function fromDocuments(docs: readonly YDocument[], sink: Sink): void {
  for (const { root } of docs) if (root !== undefined && kubernetesKind(root) === undefined) fromValues(root, sink)
}

export const extract = extractWith(fromDocuments)
