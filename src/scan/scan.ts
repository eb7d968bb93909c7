import fs from 'node:fs'
import path from 'node:path'
import type { Logger } from '../logger.js'
import { ScanError } from './errors.js'
import { resolveScanOptions, type ResolvedScanOptions } from './options.js'
import { isBinary, readInto, SLOT_SIZE } from './read.js'
import { Sink } from './sink.js'
import type { ImageRef, ScanOptions, ScanResult, SkippedFile } from './types.js'
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
  parsed: number
}

function scanOne(candidate: Candidate, options: ResolvedScanOptions, slot: Buffer, tally: Tally): void {
  const { file, plan } = candidate
  const read = readInto(path.join(options.root, file), slot, options.maxFileSize)
  if (!read.ok) {
    tally.skipped.push({ file, code: read.code, reason: read.reason })
    return
  }
  if (isBinary(read.content)) {
    tally.skipped.push({ file, code: 'FILE_BINARY', reason: 'binary content (a NUL byte); not read' })
    return
  }
  if (!plan.precheck(read.content)) return
  tally.parsed++
  const sink = new Sink(file)
  try {
    plan.run(read.content.toString('utf8'), sink, options.maxAliasCount)
  } catch (error) {
    // A fault in one extractor must cost one file, not the scan.
    tally.skipped.push({ file, code: 'EXTRACT_FAILED', reason: `could not be read: ${error instanceof Error ? error.message : String(error)}` })
    return
  }
  // Not push(...spread): a generated file can hold more references than a call takes arguments.
  const { refs, problems } = sink.result()
  for (const ref of refs) tally.refs.push(ref)
  for (const problem of problems) tally.skipped.push(problem)
}

/** Files read between yields, so timers and I/O callbacks still run during a long scan. */
const YIELD_EVERY = 1024

/** Lets timers and I/O callbacks run between batches of synchronous reads. */
const yieldToLoop = (): Promise<void> => new Promise(resolve => setImmediate(resolve))

/**
 * Finds every image reference under `options.root`. Bad options throw ScanError; everything a
 * single file can go wrong with becomes a `skipped` entry and a warning naming the file and line.
 */
export async function scanWorkspace(options: ScanOptions, logger: Logger): Promise<ScanResult> {
  const resolved = resolveScanOptions(options)
  const listing = listFiles(resolved, realDirectory(resolved.root))
  const tally: Tally = { refs: [], skipped: [...listing.skipped], parsed: 0 }
  const slot = Buffer.allocUnsafe(SLOT_SIZE)
  // One file at a time on purpose: see readInto for why reads are synchronous.
  for (let i = 0; i < listing.candidates.length; i++) {
    scanOne(listing.candidates[i], resolved, slot, tally)
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await yieldToLoop()
  }
  for (const s of tally.skipped) {
    const where = s.line === undefined ? s.file : `${s.file}:${s.line}`
    if (s.code === 'YAML_TEMPLATE') logger.debug(`${where}: ${s.reason}`)
    else logger.warning(`${where}: ${s.reason}`, s.line === undefined ? { file: s.file } : { file: s.file, line: s.line })
  }
  logger.debug(`scan: ${listing.filesSeen} files seen, ${tally.parsed} parsed, ${tally.refs.length} references, ${tally.skipped.length} skipped`)
  return { refs: tally.refs, filesSeen: listing.filesSeen, filesParsed: tally.parsed, skipped: tally.skipped }
}
