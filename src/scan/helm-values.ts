import { isDigest } from '../reference/index.js'
import { isTemplated, type Sink } from './sink.js'
import { get, isMap, isSeq, textOf, type YDocument, type YMap, type YNode, type YScalar } from './tree.js'
import type { ImageKind } from './types.js'
import { extractWith, kubernetesKind, YAML_FILE } from './yaml-docs.js'

/**
 * Helm values (and any YAML that is not a Kubernetes object): a key ending in `image` holds
 * either a whole reference or a map split into registry / repository (or image) / tag (or
 * version) / digest, assembled the way charts render `registry/repository:tag@digest`.
 */
// The casings a key can end in; the pre-check searches exactly these.
const IMAGE_KEY = /(?:image|Image|IMAGE)$/
const BARE_SHA256 = /^[a-f0-9]{64}$/
// A first path component with a dot, a port or `localhost` is a registry (distribution's rule).
const HAS_DOMAIN = /^(?:[^/]*[.:][^/]*|localhost)\//

export const needles = ['image', 'Image', 'IMAGE']

export function matches(path: string): boolean {
  return YAML_FILE.test(path)
}

interface Context {
  sink: Sink
  /** global.imageRegistry (Bitnami) or global.image.registry (ingress-nginx). */
  globalRegistry: string | undefined
}

const str = (node: YNode | undefined): YScalar | undefined => textOf(node)
const strOrNumber = (node: YNode | undefined): YScalar | undefined => textOf(node, { numbers: true })

/** Reports a split image map; false when `map` has no repository, so it is not one. */
function split(map: YMap, ctx: Context): boolean {
  const explicitRepository = str(get(map, 'repository'))
  const repository = explicitRepository ?? str(get(map, 'image'))
  if (!repository) return false
  const registry = str(get(map, 'registry'))
  const tagNode = strOrNumber(get(map, 'tag')) ?? strOrNumber(get(map, 'version'))
  const digestNode = str(get(map, 'digest'))
  const fields = [repository, registry, tagNode, digestNode]
  if (fields.some(f => f !== undefined && isTemplated(f.text))) return true

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
  if (host === undefined && !(explicitRepository && HAS_DOMAIN.test(repository.text))) host = ctx.globalRegistry
  let ref = host ? `${host.replace(/\/+$/, '')}/${repository.text}` : repository.text
  if (tag) ref += `:${tag}`
  if (digest) ref += `@${digest}`
  ctx.sink.image(kind, ref, at.line, at.column)
  return true
}

function walk(node: YNode, ctx: Context, underImage: boolean): void {
  if (isSeq(node)) {
    for (const item of node.items) walk(item, ctx, false)
    return
  }
  if (!isMap(node)) return
  // A map under an *image key with no repository groups several images (`image: {curl: {...}}`).
  if (underImage && split(node, ctx)) return
  for (const { key, value } of node.pairs) {
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
  walk(root, { sink, globalRegistry: globalRegistry(root) }, false)
}

export function fromDocuments(docs: readonly YDocument[], sink: Sink): void {
  for (const { root } of docs) if (root !== undefined && kubernetesKind(root) === undefined) fromValues(root, sink)
}

export const extract = extractWith(fromDocuments)
