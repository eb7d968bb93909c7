import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Node } from 'yaml'
import { PolicyFileError } from '../errors.js'
import type { Position } from '../model.js'

/** Read-only view of a YAML node that knows its file and line, for coded errors and reports. */
export class YamlNode {
  constructor(
    readonly node: Node | null | undefined,
    readonly file: string,
    private readonly lines: LineCounter,
    /** Dotted path of this node in its document, e.g. spec.authorities[0].key. */
    readonly path: string,
    /** Where the key naming this node starts: a mapping value is reported at its key's line. */
    private readonly keyOffset?: number
  ) {}

  get position(): Position {
    const offset = this.keyOffset ?? this.node?.range?.[0]
    return { file: this.file, line: offset === undefined ? 1 : this.lines.linePos(offset).line }
  }

  get present(): boolean {
    return this.node !== null && this.node !== undefined && !(isScalar(this.node) && this.node.value === null)
  }

  get isMap(): boolean {
    return isMap(this.node)
  }

  keys(): string[] {
    if (!isMap(this.node)) return []
    return this.node.items.map(pair => (isScalar(pair.key) ? String(pair.key.value) : '')).filter(Boolean)
  }

  get(key: string): YamlNode {
    const pair = isMap(this.node) ? this.node.items.find(p => isScalar(p.key) && p.key.value === key) : undefined
    const keyOffset = pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined
    return new YamlNode(pair?.value as Node | undefined, this.file, this.lines, this.path ? `${this.path}.${key}` : key, keyOffset)
  }

  items(): YamlNode[] {
    if (!this.present) return []
    if (!isSeq(this.node)) throw this.error('POLICY_FIELD_INVALID', 'a list')
    return this.node.items.map((n, i) => new YamlNode(n as Node, this.file, this.lines, `${this.path}[${i}]`))
  }

  /** A scalar as a string; undefined when absent. */
  str(): string | undefined {
    if (!this.present) return undefined
    if (!isScalar(this.node) || typeof this.node.value === 'object') throw this.error('POLICY_FIELD_INVALID', 'a string')
    return String(this.node.value)
  }

  /** The node as plain data (strings, numbers, lists, mappings); undefined when absent. */
  value(): unknown {
    if (!this.present) return undefined
    return (this.node as { toJSON(): unknown }).toJSON()
  }

  required(): string {
    const v = this.str()
    if (v === undefined || v === '') throw new PolicyFileError('POLICY_FIELD_MISSING', `${this.path} is required`, this.position)
    return v
  }

  bool(): boolean | undefined {
    if (!this.present) return undefined
    if (isScalar(this.node) && typeof this.node.value === 'boolean') return this.node.value
    throw this.error('POLICY_FIELD_INVALID', 'true or false')
  }

  int(): number | undefined {
    if (!this.present) return undefined
    if (isScalar(this.node) && typeof this.node.value === 'number' && Number.isInteger(this.node.value)) return this.node.value
    throw this.error('POLICY_FIELD_INVALID', 'an integer')
  }

  error(code: 'POLICY_FIELD_INVALID' | 'POLICY_FIELD_MISSING', expected: string): PolicyFileError {
    const found = isScalar(this.node) ? `'${String(this.node.value)}'` : isSeq(this.node) ? 'a list' : isMap(this.node) ? 'a mapping' : 'nothing'
    return new PolicyFileError(code, `${this.path}: expected ${expected}, found ${found}`, this.position)
  }
}

/** Every YAML document of a file, as nodes; a syntax error is POLICY_YAML_INVALID with its line. */
export function yamlDocuments(content: string, file: string): YamlNode[] {
  const lines = new LineCounter()
  const out: YamlNode[] = []
  for (const doc of parseAllDocuments(content, { lineCounter: lines, prettyErrors: false, uniqueKeys: true })) {
    const err = doc.errors[0]
    if (err) throw new PolicyFileError('POLICY_YAML_INVALID', `not valid YAML: ${err.message.split('\n')[0]}`, { file, line: lines.linePos(err.pos[0]).line })
    if (doc.contents === null) continue
    out.push(new YamlNode(doc.contents as Node, file, lines, ''))
  }
  return out
}
