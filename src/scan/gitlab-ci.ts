import type { Sink } from './sink.js'
import { get, isMap, isSeq, textOf, type YDocument, type YNode } from './tree.js'
import type { ImageKind } from './types.js'
import { extractWith } from './yaml-docs.js'

/**
 * GitLab CI (`.gitlab-ci.yml`, `*.gitlab-ci.yml`, files under `.gitlab/ci/`): `image` and
 * `services` at the top level, under `default`, and in every job (hidden `.template` jobs too,
 * since `extends` uses them), each a string or a map with `name`. `include`d files elsewhere are
 * not followed. Values with CI variables (`$CI_REGISTRY_IMAGE`) are not references until a
 * pipeline runs, and placeholders are common, so a value that does not parse is left out silently.
 */
const GITLAB_CI = /(?:^|\/)(?:[^/]*\.)?gitlab-ci\.ya?ml$|(?:^|\/)\.gitlab\/ci\/(?:[^/]+\/)*[^/]+\.ya?ml$/

export const needles = ['image', 'services']

export function matches(path: string): boolean {
  return GITLAB_CI.test(path)
}

function report(node: YNode | undefined, kind: ImageKind, sink: Sink): void {
  const value = textOf(node) ?? textOf(get(node, 'name'))
  if (!value || value.text.includes('$')) return
  sink.imageIfParses(kind, value.text, value.line, value.column)
}

function fromJob(job: YNode | undefined, sink: Sink): void {
  if (!isMap(job)) return
  report(get(job, 'image'), 'gitlab-ci-image', sink)
  const services = get(job, 'services')
  if (isSeq(services)) for (const service of services.items) report(service, 'gitlab-ci-service', sink)
}

export function fromDocuments(docs: readonly YDocument[], sink: Sink): void {
  for (const { root } of docs) {
    if (!isMap(root)) continue
    // The top level is a job too: global `image`/`services` (deprecated, still honoured).
    fromJob(root, sink)
    for (const { value } of root.pairs) fromJob(value, sink)
  }
}

export const extract = extractWith(fromDocuments)
