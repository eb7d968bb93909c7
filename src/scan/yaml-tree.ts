import { isAlias, isMap, isScalar, isSeq, LineCounter, parseAllDocuments, Scalar, visit, type Alias, type Document, type Node } from 'yaml'
import { nullScalar, type ScalarType, type YDocument, type YNode, type YPair } from './tree.js'

export interface YamlProblem {
  line?: number
  code: 'YAML_INVALID' | 'YAML_ALIAS_LIMIT' | 'YAML_TEMPLATE'
  reason: string
}

export interface ParsedYaml {
  docs: YDocument[]
  problems: YamlProblem[]
}

const MERGE_KEY = '<<'

function scalarTypeOf(value: unknown): ScalarType {
  if (value === null || value === undefined) return 'null'
  if (typeof value === 'string') return 'string'
  if (typeof value === 'number' || typeof value === 'bigint') return 'number'
  if (typeof value === 'boolean') return 'boolean'
  return 'other'
}

function keyText(key: Scalar): string {
  return typeof key.source === 'string' ? key.source : String(key.value)
}

/** For each alias, the node it names: the nearest anchor of that name before it. */
function aliasTargets(doc: Document): Map<Alias, Node> {
  const latest = new Map<string, Node>()
  const targets = new Map<Alias, Node>()
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) {
        const target = latest.get(node.source)
        if (target) targets.set(node, target)
      } else if (node.anchor) latest.set(node.anchor, node)
    }
  })
  return targets
}

class Converter {
  private readonly memo = new Map<Node, YNode>()
  private readonly active = new Set<Node>()

  constructor(
    private readonly lines: LineCounter,
    private readonly targets: Map<Alias, Node>
  ) {}

  node(n: unknown): YNode {
    if (isAlias(n)) {
      const target = this.targets.get(n)
      // A node that aliases itself has no finite value.
      return target && !this.active.has(target) ? this.node(target) : nullScalar(0, 0)
    }
    if (!isScalar(n) && !isMap(n) && !isSeq(n)) return nullScalar(0, 0)
    const known = this.memo.get(n)
    if (known) return known
    this.active.add(n)
    const converted = isScalar(n) ? this.scalar(n) : isMap(n) ? this.map(n.items) : { type: 'seq' as const, items: n.items.map(item => this.node(item)) }
    this.active.delete(n)
    if (n.anchor) this.memo.set(n, converted)
    return converted
  }

  private scalar(n: Scalar): YNode {
    const at = this.lines.linePos(n.range?.[0] ?? 0)
    const quoted = n.type === Scalar.QUOTE_DOUBLE || n.type === Scalar.QUOTE_SINGLE
    const block = n.type === Scalar.BLOCK_LITERAL || n.type === Scalar.BLOCK_FOLDED
    const text = typeof n.source === 'string' ? n.source : String(n.value ?? '')
    return { type: 'scalar', text, scalarType: scalarTypeOf(n.value), block, line: at.line, column: at.col + (quoted ? 1 : 0) }
  }

  private map(items: readonly { key: unknown; value: unknown }[]): YNode {
    const pairs: YPair[] = []
    const merges: unknown[] = []
    for (const item of items) {
      if (!isScalar(item.key)) continue
      const key = keyText(item.key)
      if (key === MERGE_KEY && item.key.type === Scalar.PLAIN) merges.push(item.value)
      else pairs.push({ key, value: this.node(item.value) })
    }
    // YAML 1.1 merge keys: explicit keys win, then earlier merged maps (yaml.org/type/merge.html).
    for (const merge of merges) {
      const sources = isSeq(merge) ? merge.items : [merge]
      for (const source of sources) {
        const merged = this.node(source)
        if (merged.type !== 'map') continue
        for (const pair of merged.pairs) if (!pairs.some(p => p.key === pair.key)) pairs.push(pair)
      }
    }
    return { type: 'map', pairs }
  }
}

/**
 * Documents through the yaml package, positions from its LineCounter. A document with errors, or
 * whose aliases expand past `maxAliasCount` (the yaml package's own guard), becomes a problem.
 */
export function parseWithYaml(content: string, maxAliasCount: number): ParsedYaml {
  const lines = new LineCounter()
  const docs: YDocument[] = []
  const problems: YamlProblem[] = []
  for (const doc of parseAllDocuments(content, { lineCounter: lines, prettyErrors: false })) {
    const error = doc.errors[0]
    if (error) {
      problems.push({ line: lines.linePos(error.pos[0]).line, code: 'YAML_INVALID', reason: `invalid YAML: ${error.message}` })
      continue
    }
    const targets = aliasTargets(doc)
    if (targets.size > 0) {
      try {
        doc.toJS({ maxAliasCount })
      } catch (cause) {
        const first = targets.keys().next().value
        const line = first?.range ? lines.linePos(first.range[0]).line : undefined
        const reason = `YAML aliases expand past ${maxAliasCount} nodes (${cause instanceof Error ? cause.message : String(cause)})`
        problems.push({ line, code: 'YAML_ALIAS_LIMIT', reason })
        continue
      }
    }
    const root = doc.contents === null ? undefined : new Converter(lines, targets).node(doc.contents)
    docs.push({ root })
  }
  return { docs, problems }
}
