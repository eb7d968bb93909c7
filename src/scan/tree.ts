/**
 * A YAML document reduced to what the extractors read. Two producers build it: the fast block
 * parser (fast-yaml.ts) and the yaml package (yaml-tree.ts); extractors only see this shape.
 */
export type YNode = YMap | YSeq | YScalar

/** Core-schema type of a scalar; plain `7` is 'number', quoted `"7"` is 'string'. */
export type ScalarType = 'string' | 'number' | 'boolean' | 'null' | 'other'

export interface YScalar {
  readonly type: 'scalar'
  /** The scalar's text as written (without quotes, escapes resolved). */
  readonly text: string
  readonly scalarType: ScalarType
  /** Block scalars (`|`, `>`) keep their text but never count as a one-line value. */
  readonly block: boolean
  /** 1-based position of the first character of the text (after an opening quote). */
  readonly line: number
  readonly column: number
}

export interface YPair {
  readonly key: string
  readonly value: YNode
}

export interface YMap {
  readonly type: 'map'
  readonly pairs: YPair[]
}

export interface YSeq {
  readonly type: 'seq'
  readonly items: YNode[]
}

export interface YDocument {
  readonly root: YNode | undefined
}

export function isMap(node: YNode | undefined): node is YMap {
  return node !== undefined && node.type === 'map'
}

export function isSeq(node: YNode | undefined): node is YSeq {
  return node !== undefined && node.type === 'seq'
}

/** The value of `key`, or undefined. Keys are unique in both producers. */
export function get(node: YNode | undefined, key: string): YNode | undefined {
  if (node === undefined || node.type !== 'map') return undefined
  for (const pair of node.pairs) if (pair.key === key) return pair.value
  return undefined
}

/** A one-line string value (numbers as written, so `tag: 1.10` stays '1.10'); else undefined. */
export function textOf(node: YNode | undefined, options: { numbers?: boolean } = {}): YScalar | undefined {
  if (node === undefined || node.type !== 'scalar' || node.block) return undefined
  if (node.scalarType === 'string') return node.text === '' ? undefined : node
  if (node.scalarType === 'number' && options.numbers === true) return node
  return undefined
}

export function nullScalar(line: number, column: number): YScalar {
  return { type: 'scalar', text: '', scalarType: 'null', block: false, line, column }
}
