import type { Sink } from './sink.js'
import { get, isMap, textOf, type YDocument } from './tree.js'
import { interpolate, MAX_EXPANDED_LENGTH, MAX_NESTING } from './variables.js'
import { extractWith } from './yaml-docs.js'

/**
 * docker compose `services.*.image`. Interpolation follows the compose spec with no environment:
 * `${TAG:-1.2}` becomes its default, `$$` a dollar; a variable with no default cannot be known
 * and is reported as a problem, not guessed.
 */
const COMPOSE = /(?:^|\/)(?:docker-)?compose(?:[.-][^/]*)?\.ya?ml$/i

export const needles = ['image']

export function matches(path: string): boolean {
  return COMPOSE.test(path)
}

export function fromDocuments(docs: readonly YDocument[], sink: Sink): void {
  for (const { root } of docs) {
    const services = get(root, 'services')
    if (!isMap(services)) continue
    for (const { value: service } of services.pairs) {
      const image = textOf(get(service, 'image'))
      if (!image) continue
      const { value, unresolved, tooLong } = interpolate(image.text, () => undefined, true)
      if (tooLong) {
        sink.problem('VARIABLE_TOO_LONG', `compose-image: interpolation passes ${MAX_EXPANDED_LENGTH} characters or ${MAX_NESTING} levels`, image.line)
        continue
      }
      if (unresolved.length > 0) {
        sink.problem('VARIABLE_UNRESOLVED', `compose-image ${JSON.stringify(image.text)}: no default for ${unresolved.join(', ')}`, image.line)
        continue
      }
      sink.image('compose-image', value, image.line, image.column)
    }
  }
}

export const extract = extractWith(fromDocuments)
