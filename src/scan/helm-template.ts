import { Sink, type Extraction } from './sink.js'

/**
 * Helm chart templates are not YAML until rendered, so they are not parsed: a line-anchored
 * pattern finds `image:` lines whose value is a literal, digest-pinned reference (hard-coded in
 * the template, not `{{ .Values… }}`). Used for `templates/*.tpl` and for every YAML file that
 * turns out to be a template.
 */
const TEMPLATE_FILE = /(?:^|\/)templates\/(?:[^/]+\/)*[^/]+\.tpl$/
const IMAGE_LINE = /^([ \t]*(?:-[ \t]+)?["']?image["']?[ \t]*:[ \t]*)(["']?)([^\s"'#{}]+@sha256:[a-f0-9]{64})\2[ \t]*(?:#.*)?\r?$/gm

export const needles = ['@sha256:']

export function matches(path: string): boolean {
  return TEMPLATE_FILE.test(path)
}

export function extractInto(content: string, sink: Sink): void {
  // Line numbers from one running count: the pattern's matches come in order.
  let line = 1
  let counted = 0
  for (const m of content.matchAll(IMAGE_LINE)) {
    for (let i = content.indexOf('\n', counted); i !== -1 && i < m.index; i = content.indexOf('\n', i + 1)) line++
    counted = m.index
    sink.image('helm-template', m[3], line, m[1].length + m[2].length + 1)
  }
}

export function extract(content: string, file: string): Extraction {
  const sink = new Sink(file)
  extractInto(content, sink)
  return sink.result()
}
