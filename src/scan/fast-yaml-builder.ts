import type { YDocument, YMap, YNode, YScalar, YSeq } from './tree.js'

/** A value read on a line: a node, or null when it follows on the next lines. */
export type Value = YNode | null

/** Stands for a block scalar (`|`, `>`): extractors never read one as a reference, so no text. */
export const BLOCK: YScalar = Object.freeze({ type: 'scalar', text: '', scalarType: 'string', block: true, line: 0, column: 0 })
const NULL: YScalar = Object.freeze({ type: 'scalar', text: '', scalarType: 'null', block: false, line: 0, column: 0 })

interface Frame {
  node: YMap | YSeq
  indent: number
}

interface MutablePair {
  key: string
  value: YNode
}

/** A key or `- ` whose value starts on a later line. */
interface Pending {
  col: number
  line: number
  /** A map key's value may be a sequence at the key's own indentation. */
  seqAtSame: boolean
  pair: MutablePair | undefined
  items: YNode[] | undefined
  index: number
}

/**
 * Nests the fast parser's tokens by indentation, the way YAML nests block collections. Each
 * method answers false for anything it cannot nest with certainty, and the file goes to the
 * yaml package. Allocation is kept low on purpose: this runs for every line of every manifest.
 */
export class Builder {
  readonly docs: YDocument[] = []
  private stack: Frame[] = []
  private root: YNode | undefined
  private pending: Pending | undefined
  /** Column a block scalar's lines must exceed, set when a token opens one; the caller resets it. */
  blockParent = -1

  endDocument(): void {
    this.pending = undefined
    if (this.root !== undefined) this.docs.push({ root: this.root })
    this.root = undefined
    this.stack = []
  }

  private set(p: Pending, node: YNode): void {
    if (p.pair) p.pair.value = node
    else if (p.items) p.items[p.index] = node
  }

  /** Gives a pending value the collection that `col` nests under it, if it does. */
  private open(col: number, seq: boolean): void {
    const p = this.pending
    if (!p) return
    this.pending = undefined
    if (seq ? col > p.col || (col === p.col && p.seqAtSame) : col > p.col) {
      const node: YMap | YSeq = seq ? { type: 'seq', items: [] } : { type: 'map', pairs: [] }
      this.set(p, node)
      this.stack.push({ node, indent: col })
    }
  }

  /** The collection at exactly `col`, closing deeper ones; creates the root collection. */
  private frameAt(col: number, seq: boolean): Frame | undefined {
    const stack = this.stack
    if (stack.length === 0) {
      if (this.root !== undefined) return undefined
      const node: YMap | YSeq = seq ? { type: 'seq', items: [] } : { type: 'map', pairs: [] }
      this.root = node
      stack.push({ node, indent: col })
    }
    let top = stack[stack.length - 1]
    // A sequence at its parent key's indentation ends at the next key of that indentation.
    while (top && (top.indent > col || (top.indent === col && !seq && top.node.type === 'seq'))) {
      stack.pop()
      top = stack[stack.length - 1]
    }
    return top && top.indent === col ? top : undefined
  }

  item(col: number, line: number): boolean {
    this.open(col, true)
    const node = this.frameAt(col, true)?.node
    if (!node || node.type !== 'seq') return false
    const index = node.items.push(NULL) - 1
    this.pending = { col, line, seqAtSame: false, pair: undefined, items: node.items, index }
    return true
  }

  key(col: number, key: string, value: Value, line: number): boolean {
    this.open(col, false)
    const node = this.frameAt(col, false)?.node
    if (!node || node.type !== 'map') return false
    for (const pair of node.pairs) if (pair.key === key) return false
    const pair: MutablePair = { key, value: value ?? NULL }
    node.pairs.push(pair)
    if (value === null) this.pending = { col, line, seqAtSame: true, pair, items: undefined, index: 0 }
    else if (value === BLOCK) this.blockParent = col
    return true
  }

  /** A value with no key: after `- ` on the same line, or a whole document. */
  value(col: number, value: YNode, line: number): boolean {
    const p = this.pending
    this.pending = undefined
    if (p && p.line === line) {
      this.set(p, value)
      if (value === BLOCK) this.blockParent = p.col
      return true
    }
    // A plain scalar continued on the next line, or a stray value: the yaml package decides.
    if (p || this.stack.length > 0 || this.root !== undefined) return false
    this.root = value
    if (value === BLOCK) this.blockParent = col
    return true
  }
}
