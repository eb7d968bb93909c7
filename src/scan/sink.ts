import { isInvalidReferenceError, parseNormalizedNamed } from '../reference/index.js'
import type { ImageKind, ImageRef, ScanSkipCode, SkippedFile } from './types.js'

export interface Extraction {
  refs: ImageRef[]
  problems: SkippedFile[]
}

// Values a tool fills in later (Helm, Actions expressions, Tekton params, ko); not references yet.
const TEMPLATE = /\{\{|\$\{|\$\(|^ko:\/\//

// Image patterns of policy documents (Kyverno `docker.io/library/*:*`, `!*:latest`, `a | b`,
// Gatekeeper and ClusterImagePolicy globs): no reference holds these characters.
const PATTERN = /[*?|]|^!/

/** True when a value is an image pattern of a policy, not a reference. */
export function isImagePattern(text: string): boolean {
  return PATTERN.test(text)
}

/** True when a value is a template that only its tool can turn into a reference. */
export function isTemplated(text: string): boolean {
  return TEMPLATE.test(text)
}

/**
 * A copy of `text` that does not keep its source alive: V8 substrings point into their parent,
 * so a reference sliced from a file would hold the whole file's text for as long as it lives.
 */
function detach(text: string): string {
  return (' ' + text).slice(1)
}

/**
 * Collects what the extractors of one file find: each candidate is parsed once with the
 * reference grammar; one that does not parse becomes a problem at its line, never a crash.
 */
export class Sink {
  private readonly refs: ImageRef[] = []
  private readonly problems: SkippedFile[] = []
  private readonly seen = new Set<string>()

  constructor(readonly file: string) {}

  image(kind: ImageKind, written: string, line: number, column: number): void {
    if (isTemplated(written) || isImagePattern(written)) return
    const ref = detach(written)
    // Two rules may reach one place (a pod template inside Helm values): the first one wins.
    const key = `${line}:${column}:${ref}`
    if (this.seen.has(key)) return
    this.seen.add(key)
    try {
      const parsed = parseNormalizedNamed(ref)
      const found: ImageRef = { file: this.file, line, column, kind, ref, name: parsed.name }
      if (parsed.tag !== undefined) found.tag = parsed.tag
      if (parsed.digest !== undefined) found.digest = parsed.digest
      this.refs.push(found)
    } catch (error) {
      if (!isInvalidReferenceError(error)) throw error
      this.problem('REFERENCE_INVALID', `${kind}: ${error.message}`, line)
    }
  }

  /**
   * For fields that only sometimes hold an image (action inputs, CI variables): reports `written`
   * when it parses as a digest-pinned reference, and says nothing otherwise.
   */
  imageIfPinned(kind: ImageKind, written: string, line: number, column: number): void {
    if (!written.includes('@') || isTemplated(written) || isImagePattern(written)) return
    try {
      if (parseNormalizedNamed(written).digest === undefined) return
    } catch (error) {
      if (!isInvalidReferenceError(error)) throw error
      return
    }
    this.image(kind, written, line, column)
  }

  /** Reports `written` when it parses as a reference; says nothing otherwise. */
  imageIfParses(kind: ImageKind, written: string, line: number, column: number): void {
    if (isTemplated(written) || isImagePattern(written)) return
    try {
      parseNormalizedNamed(written)
    } catch (error) {
      if (!isInvalidReferenceError(error)) throw error
      return
    }
    this.image(kind, written, line, column)
  }

  problem(code: ScanSkipCode, reason: string, line?: number): void {
    const problem: SkippedFile = { file: this.file, code, reason }
    if (line !== undefined) problem.line = line
    this.problems.push(problem)
  }

  result(): Extraction {
    const refs = [...this.refs].sort((a, b) => a.line - b.line || a.column - b.column)
    return { refs, problems: this.problems }
  }
}
