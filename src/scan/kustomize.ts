import type { Sink } from './sink.js'
import { get, isSeq, textOf, type YDocument } from './tree.js'
import { extractWith } from './yaml-docs.js'

/**
 * kustomization `images:` entries, assembled as kustomize's imagetag updater does
 * (kubernetes-sigs/kustomize api/filters/imagetag/updater.go): `(newName or name)`, then
 * `:newTag` and `@digest` when set. Located at the digest, else at newTag, else at the name.
 */
const KUSTOMIZATION = /(?:^|\/)(?:kustomization\.ya?ml|Kustomization)$/

export const needles = ['newName', 'newTag', 'digest']

export function matches(path: string): boolean {
  return KUSTOMIZATION.test(path)
}

export function fromDocuments(docs: readonly YDocument[], sink: Sink): void {
  for (const { root } of docs) {
    const images = get(root, 'images')
    if (!isSeq(images)) continue
    for (const entry of images.items) {
      const name = textOf(get(entry, 'name'))
      const newName = textOf(get(entry, 'newName'))
      const newTag = textOf(get(entry, 'newTag'), { numbers: true })
      const digest = textOf(get(entry, 'digest'))
      // An entry with only `name` changes nothing in the rendered manifests.
      const base = newName ?? name
      if (!base || (!newName && !newTag && !digest)) continue
      let ref = base.text
      if (newTag) ref += `:${newTag.text}`
      if (digest) ref += `@${digest.text}`
      const at = digest ?? newTag ?? base
      sink.image('kustomize-images', ref, at.line, at.column)
    }
  }
}

export const extract = extractWith(fromDocuments)
