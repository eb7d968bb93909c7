import type { Sink } from './sink.js'
import { get, isMap, isSeq, textOf, type YDocument } from './tree.js'
import { extractWith } from './yaml-docs.js'

/**
 * GitHub and Forgejo (and Gitea) workflows: `jobs.*.container` (a string or `.image`),
 * `jobs.*.services.*.image`, `jobs.*.steps[].uses: docker://…`, and step `with:` inputs whose
 * whole value is a digest-pinned reference (`with: {image: tonistiigi/binfmt@sha256:…}`). Other
 * inputs and `run:` scripts are left alone; expressions (`${{ … }}`) are not references yet.
 */
const WORKFLOW = /(?:^|\/)\.(?:github|forgejo|gitea)\/workflows\/[^/]+\.ya?ml$/
const DOCKER_SCHEME = 'docker://'

export const needles = ['image', 'container', 'docker://', '@sha256:']

export function matches(path: string): boolean {
  return WORKFLOW.test(path)
}

export function fromDocuments(docs: readonly YDocument[], sink: Sink): void {
  for (const { root } of docs) {
    const jobs = get(root, 'jobs')
    if (!isMap(jobs)) continue
    for (const { value: job } of jobs.pairs) {
      const container = get(job, 'container')
      const image = textOf(container) ?? textOf(get(container, 'image'))
      if (image) sink.image('workflow-container', image.text, image.line, image.column)
      const services = get(job, 'services')
      if (isMap(services)) {
        for (const { value: service } of services.pairs) {
          const serviceImage = textOf(get(service, 'image'))
          if (serviceImage) sink.image('workflow-service', serviceImage.text, serviceImage.line, serviceImage.column)
        }
      }
      const steps = get(job, 'steps')
      if (!isSeq(steps)) continue
      for (const step of steps.items) {
        const uses = textOf(get(step, 'uses'))
        if (uses?.text.startsWith(DOCKER_SCHEME)) {
          sink.image('workflow-docker-uses', uses.text.slice(DOCKER_SCHEME.length), uses.line, uses.column + DOCKER_SCHEME.length)
        }
        // Action inputs are free text: only a value that is a whole pinned reference counts.
        const inputs = get(step, 'with')
        if (!isMap(inputs)) continue
        for (const { value } of inputs.pairs) {
          const text = textOf(value)
          if (text) sink.imageIfPinned('workflow-with', text.text, text.line, text.column)
        }
      }
    }
  }
}

export const extract = extractWith(fromDocuments)
