import type { Sink } from './sink.js'
import { get, isMap, isSeq, textOf, type YNode } from './tree.js'
import type { ImageKind } from './types.js'

/**
 * Images of custom resources that are not pod specs (issue 15), chosen by API group so that a
 * `steps:` or `container:` key of some other resource is never read as one:
 * - Tekton (tekton.dev, v1 and v1beta1): `steps`, `sidecars` and `stepTemplate` of Tasks,
 *   ClusterTasks, inline `taskSpec`s of Pipelines and runs, wherever they nest;
 * - Argo Workflows (argoproj.io): `container`, `script` and `sidecars` of templates
 *   (`containerSet.containers` are container lists, read as pod specs are);
 * - Knative caching `Image` (caching.internal.knative.dev): `spec.image`;
 * - ConfigMaps: `data` keys ending in `-image` or `Image` (Knative's `queue-sidecar-image`).
 */
interface Shape {
  kind: ImageKind
  /** Keys holding a list of objects with `image`. */
  lists: ReadonlySet<string>
  /** Keys holding one object with `image`. */
  objects: ReadonlySet<string>
}

const TEKTON: Shape = { kind: 'tekton-step', lists: new Set(['steps', 'sidecars']), objects: new Set(['stepTemplate']) }
const ARGO: Shape = { kind: 'argo-template', lists: new Set(['sidecars']), objects: new Set(['container', 'script']) }
const CONFIG_IMAGE_KEY = /(?:-image|Image)$/
// A ConfigMap value is text; only one shaped like a reference (a path, tag or digest, no spaces,
// no URL scheme) is read, and one that does not parse is not a reference (`logoImage: https://…`).
const REFERENCE_LIKE = /^(?![a-z]+:\/\/)[^\s]*[/:@][^\s]*$/

function image(node: YNode | undefined, kind: ImageKind, sink: Sink): void {
  const value = textOf(get(node, 'image'))
  if (value) sink.image(kind, value.text, value.line, value.column)
}

function walk(node: YNode, shape: Shape, sink: Sink): void {
  if (isSeq(node)) {
    for (const item of node.items) walk(item, shape, sink)
    return
  }
  if (!isMap(node)) return
  for (const { key, value } of node.pairs) {
    if (shape.lists.has(key) && isSeq(value)) for (const item of value.items) image(item, shape.kind, sink)
    else if (shape.objects.has(key)) image(value, shape.kind, sink)
    walk(value, shape, sink)
  }
}

function apiGroup(root: YNode): string {
  const apiVersion = textOf(get(root, 'apiVersion'))?.text ?? ''
  return apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : ''
}

/** Images of one Kubernetes object of kind `kind` that pod-spec reading does not see. */
export function fromCustomResource(kind: string, root: YNode, sink: Sink): void {
  const group = apiGroup(root)
  if (group === 'tekton.dev') walk(root, TEKTON, sink)
  else if (group === 'argoproj.io') walk(root, ARGO, sink)
  else if (group === 'caching.internal.knative.dev' && kind === 'Image') image(get(root, 'spec'), 'knative-image', sink)
  else if (group === '' && kind === 'ConfigMap') {
    const data = get(root, 'data')
    if (!isMap(data)) return
    for (const { key, value } of data.pairs) {
      const text = textOf(value)
      if (text && CONFIG_IMAGE_KEY.test(key) && REFERENCE_LIKE.test(text.text)) sink.imageIfParses('configmap-image', text.text, text.line, text.column)
    }
  }
}
