import fs from 'node:fs'
import type { Logger } from '../logger.js'
import { ScanError } from './errors.js'
import { resolveScanOptions, type ResolvedScanOptions } from './options.js'
import { fileMayHold, isBinary, readInto, SLOT_SIZE } from './read.js'
import { Sink } from './sink.js'
import type { ImageRef, ScanOptions, ScanResult, ScanSkipCode, SkippedFile } from './types.js'
import { listFiles, type Candidate } from './walk.js'

function realDirectory(root: string): string {
  try {
    const real = fs.realpathSync(root)
    if (!fs.statSync(real).isDirectory()) throw new Error('not a directory')
    return real
  } catch (cause) {
    throw new ScanError('SCAN_ROOT_UNREADABLE', `root: expected a readable directory, found ${JSON.stringify(root)} (${cause instanceof Error ? cause.message : String(cause)})`, {
      cause,
      details: { root }
    })
  }
}

interface Tally {
  refs: ImageRef[]
  skipped: SkippedFile[]
  unscanned: SkippedFile[]
  parsed: number
}

/** Problems that leave part of a candidate file unread; the file passed its needle pre-check. */
const UNREAD: ReadonlySet<ScanSkipCode> = new Set<ScanSkipCode>(['YAML_INVALID', 'YAML_ALIAS_LIMIT', 'EXTRACT_FAILED', 'VARIABLE_TOO_LONG', 'TEMPLATE_UNREAD'])

function skip(tally: Tally, entry: SkippedFile, unscanned: boolean): void {
  tally.skipped.push(entry)
  if (unscanned) tally.unscanned.push(entry)
}

function scanOne(candidate: Candidate, options: ResolvedScanOptions, slot: Buffer, tally: Tally): void {
  const { file, plan, abs } = candidate
  const read = readInto(abs, slot, options.maxFileSize)
  if (!read.ok) {
    // Fail closed (issue 11, defect 3): an oversized file counts unless its bytes hold no needle.
    const unscanned = read.code !== 'FILE_TOO_LARGE' || fileMayHold(abs, slot, plan.precheck)
    skip(tally, { file, code: read.code, reason: read.reason }, unscanned)
    return
  }
  if (isBinary(read.content)) {
    skip(tally, { file, code: 'FILE_BINARY', reason: 'binary content (a NUL byte); not read' }, plan.precheck(read.content))
    return
  }
  if (!plan.precheck(read.content)) return
  tally.parsed++
  const sink = new Sink(file)
  try {
    plan.run(read.content.toString('utf8'), sink, options.maxAliasCount)
  } catch (error) {
    // A fault in one extractor must cost one file, not the scan.
    skip(tally, { file, code: 'EXTRACT_FAILED', reason: `could not be read: ${error instanceof Error ? error.message : String(error)}` }, true)
    return
  }
  // Not push(...spread): a generated file can hold more references than a call takes arguments.
  const { refs, problems } = sink.result()
  for (const ref of refs) tally.refs.push(ref)
  let unread = false
  for (const problem of problems) {
    tally.skipped.push(problem)
    if (!unread && UNREAD.has(problem.code)) {
      unread = true
      tally.unscanned.push(problem)
    }
  }
}

/** Files read between yields, so timers and I/O callbacks still run during a long scan. */
const YIELD_EVERY = 1024

/** Lets timers and I/O callbacks run between batches of synchronous reads. */
const yieldToLoop = (): Promise<void> => new Promise(resolve => setImmediate(resolve))

/**
 * Finds every image reference under `options.root`. Bad options throw ScanError; everything a
 * single file can go wrong with becomes a `skipped` entry and a warning naming the file and line,
 * and a candidate file left (partly) unread is also `unscanned` (logged at debug only: the caller
 * reports it).
 */
export async function scanWorkspace(options: ScanOptions, logger: Logger): Promise<ScanResult> {
  const resolved = resolveScanOptions(options)
  const listing = listFiles(resolved, realDirectory(resolved.root))
  const tally: Tally = { refs: [], skipped: [], unscanned: [], parsed: 0 }
  // A directory that cannot be listed could hold anything; so could a link out of the root (review finding 7).
  for (const s of listing.skipped) skip(tally, s, s.code === 'FILE_UNREADABLE' || s.code === 'SYMLINK_OUTSIDE_ROOT')
  const slot = Buffer.allocUnsafe(SLOT_SIZE)
  // One file at a time on purpose: see readInto for why reads are synchronous.
  for (let i = 0; i < listing.candidates.length; i++) {
    scanOne(listing.candidates[i], resolved, slot, tally)
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await yieldToLoop()
  }
  logSkipped(tally.skipped, new Set(tally.unscanned), logger)
  const result = { refs: tally.refs, unscanned: tally.unscanned, filesSeen: listing.filesSeen, filesParsed: tally.parsed, skipped: tally.skipped }
  logger.debug(`scan: ${closingLine(result)}`)
  return result
}

/**
 * One warning per cause, its location given once (as `where`, which every logger prints).
 * Unscanned files are left to the caller, which reports them as findings or warnings.
 */
function logSkipped(skipped: readonly SkippedFile[], unscanned: ReadonlySet<SkippedFile>, logger: Logger): void {
  const said = new Set<string>()
  for (const s of skipped) {
    const where = s.line === undefined ? { file: s.file } : { file: s.file, line: s.line }
    if (s.code === 'YAML_TEMPLATE' || unscanned.has(s)) {
      logger.debug(`${s.file}${s.line === undefined ? '' : `:${s.line}`}: ${s.reason}`)
      continue
    }
    const key = `${s.file}\0${s.line ?? ''}\0${s.code}\0${s.reason}`
    if (said.has(key)) continue
    said.add(key)
    logger.warning(s.reason, where)
  }
}

/** `12 references (k8s-image 9, dockerfile-from 3) in 40 files, 31 parsed; 2 skipped, 1 unscanned`. */
export function closingLine(result: ScanResult): string {
  const kinds = new Map<string, number>()
  for (const r of result.refs) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1)
  const byKind = [...kinds].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, n]) => `${k} ${n}`)
  return (
    `${result.refs.length} references${byKind.length > 0 ? ` (${byKind.join(', ')})` : ''} in ${result.filesSeen} files, ${result.filesParsed} parsed; ` +
    `${result.skipped.length} skipped, ${result.unscanned.length} unscanned`
  )
}
