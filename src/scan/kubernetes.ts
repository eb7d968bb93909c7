import { fromCustomResource } from './crds.js'
import { fromValues } from './helm-values.js'
import type { Sink } from './sink.js'
import { get, isMap, isSeq, textOf, type YDocument, type YNode } from './tree.js'
import { extractWith, kubernetesKind, YAML_FILE } from './yaml-docs.js'

/**
 * Kubernetes objects: every pod spec wherever it sits (workloads, CronJob job templates, custom
 * resources with pod templates), found by its container lists rather than by kind, plus image
 * volumes and the values of Flux HelmReleases and Argo CD Applications; Tekton, Argo Workflows,
 * Knative caching images and ConfigMap image keys in crds.ts.
 */
const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers'])

export const needles = ['image']

export function matches(path: string): boolean {
  return YAML_FILE.test(path)
}

function walk(node: YNode, sink: Sink): void {
  if (isSeq(node)) {
    for (const item of node.items) walk(item, sink)
    return
  }
  if (!isMap(node)) return
  for (const { key, value } of node.pairs) {
    if (CONTAINER_LISTS.has(key) && isSeq(value)) {
      for (const container of value.items) {
        const image = textOf(get(container, 'image'))
        if (image) sink.image('k8s-image', image.text, image.line, image.column)
      }
    } else if (key === 'volumes' && isSeq(value)) {
      // Image volumes (KEP-4639): volumes[].image.reference.
      for (const volume of value.items) {
        const reference = textOf(get(get(volume, 'image'), 'reference'))
        if (reference) sink.image('k8s-image', reference.text, reference.line, reference.column)
      }
    }
    walk(value, sink)
  }
}

/** Helm values carried inside a Kubernetes object. */
function embeddedValues(kind: string, root: YNode): YNode[] {
  const spec = get(root, 'spec')
  if (kind === 'HelmRelease') return [get(spec, 'values')].filter(v => v !== undefined)
  if (kind === 'Application') {
    const sources = get(spec, 'sources')
    const all = [get(spec, 'source'), ...(isSeq(sources) ? sources.items : [])]
    return all.map(source => get(get(source, 'helm'), 'valuesObject')).filter(v => v !== undefined)
  }
  return []
}

export function fromDocuments(docs: readonly YDocument[], sink: Sink): void {
  for (const { root } of docs) {
    const kind = kubernetesKind(root)
    if (kind === undefined || root === undefined) continue
    walk(root, sink)
    fromCustomResource(kind, root, sink)
    for (const values of embeddedValues(kind, root)) fromValues(values, sink)
  }
}

export const extract = extractWith(fromDocuments)
