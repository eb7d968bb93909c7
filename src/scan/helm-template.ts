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

/** Fail closed (issue 11, defect 3): a template hiding digests where the pattern cannot see them. */
export function unplaced(count: number, sink: Sink): void {
  if (count > 0) sink.problem('TEMPLATE_UNREAD', `a template holding ${count} digest-pinned references outside plain \`image:\` lines, which cannot be read without rendering it`)
}

export function matches(path: string): boolean {
  return TEMPLATE_FILE.test(path)
}

const PINNED = /@sha256:[a-f0-9]{64}/g

/**
 * Reports the pinned `image:` lines; returns how many digests (`@sha256:<hex>`) the file holds
 * that no such line accounts for (a flow map, a list, a comment), for the caller to fail closed on.
 */
export function extractInto(content: string, sink: Sink): number {
  // Line numbers from one running count: the pattern's matches come in order.
  let line = 1
  let counted = 0
  let found = 0
  for (const m of content.matchAll(IMAGE_LINE)) {
    for (let i = content.indexOf('\n', counted); i !== -1 && i < m.index; i = content.indexOf('\n', i + 1)) line++
    counted = m.index
    found++
    sink.image('helm-template', m[3], line, m[1].length + m[2].length + 1)
  }
  return (content.match(PINNED)?.length ?? 0) - found
}

export function extract(content: string, file: string): Extraction {
  const sink = new Sink(file)
  unplaced(extractInto(content, sink), sink)
  return sink.result()
}
