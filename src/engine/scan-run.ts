import type { Config } from '../config/index.js'
import type { Logger } from '../logger.js'
import { scanWorkspace, type ScanResult } from '../scan/index.js'
import { groupRefs } from './targets.js'

export interface ScanOutcome {
  scan: ScanResult
  /** Unique digests among the references. */
  images: number
  unpinned: number
}

export async function runScan(config: Config, logger: Logger): Promise<ScanOutcome> {
  const root = config.path ?? config.workspace
  const scan = await scanWorkspace({ root, include: config.include, exclude: config.exclude, maxFileSize: config.maxFileSize }, logger)
  for (const u of scan.unscanned) logger.warning(`not scanned (${u.code}): ${u.reason}; any image it references is not listed`, u.line === undefined ? { file: u.file } : { file: u.file, line: u.line })
  const grouped = groupRefs(scan.refs)
  return { scan, images: grouped.targets.length, unpinned: scan.refs.filter(r => !r.digest).length }
}
