import { parseFastYaml } from './fast-yaml.js'
import { extractInto as fromTemplate, unplaced } from './helm-template.js'
import { Sink, type Extraction } from './sink.js'
import type { YDocument, YNode } from './tree.js'
import { get, textOf } from './tree.js'
import { parseWithYaml, type ParsedYaml } from './yaml-tree.js'

export const DEFAULT_MAX_ALIAS_COUNT = 1000

// A line that opens with a template action (`{{- if .Values.x }}`): a Helm template, not YAML.
const TEMPLATE_LINE = /^[ \t]*\{\{/m

/** The fast block parser when the file is plain block YAML; the yaml package otherwise. */
export function parseYaml(content: string, maxAliasCount = DEFAULT_MAX_ALIAS_COUNT): ParsedYaml {
  const fast = parseFastYaml(content)
  if (fast) return { docs: fast, problems: [] }
  // The yaml package would only fail on it, slowly (CRDs wrapped in templates run to megabytes).
  const template = TEMPLATE_LINE.exec(content)
  if (template) {
    const line = content.slice(0, template.index).split('\n').length
    return { docs: [], problems: [{ code: 'YAML_TEMPLATE', line, reason: 'a template, not YAML until rendered' }] }
  }
  return parseWithYaml(content, maxAliasCount)
}

/** A Kubernetes object: a map with string `apiVersion` and `kind`. */
export function kubernetesKind(root: YNode | undefined): string | undefined {
  if (textOf(get(root, 'apiVersion')) === undefined) return undefined
  return textOf(get(root, 'kind'))?.text
}

export type { YDocument }

/** Parses once and runs `extractors` over the documents; YAML problems become the file's problems. */
export function extractYaml(
  content: string,
  sink: Sink,
  extractors: readonly ((docs: readonly YDocument[], sink: Sink) => void)[],
  maxAliasCount = DEFAULT_MAX_ALIAS_COUNT
): void {
  try {
    const parsed = parseYaml(content, maxAliasCount)
    // Helm chart templates hold `{{ ... }}` directives; failing to parse them is expected.
    const template = parsed.problems.length > 0 && content.includes('{{')
    for (const problem of parsed.problems) {
      if (template && problem.code === 'YAML_INVALID') sink.problem('YAML_TEMPLATE', `a template, not YAML until rendered (${problem.reason})`, problem.line)
      else sink.problem(problem.code, problem.reason, problem.line)
    }
    // A template is not parsed, but the images it hard-codes with a digest still count.
    if (template || parsed.problems.some(p => p.code === 'YAML_TEMPLATE')) unplaced(fromTemplate(content, sink), sink)
    for (const extract of extractors) extract(parsed.docs, sink)
  } catch (error) {
    // Hostile nesting can exhaust the stack of the yaml package or of a tree walk.
    if (!(error instanceof RangeError)) throw error
    sink.problem('YAML_INVALID', `YAML nested too deeply to read (${error.message})`)
  }
}

/** The pure single-format entry point every YAML extractor exposes. */
export function extractWith(fromDocuments: (docs: readonly YDocument[], sink: Sink) => void): (content: string, file: string) => Extraction {
  return (content, file) => {
    const sink = new Sink(file)
    extractYaml(content, sink, [fromDocuments])
    return sink.result()
  }
}

export const YAML_FILE = /\.ya?ml$/i
