// Scanner vs grep on a synthetic monorepo (issue 2, "Speed"): both over the same tree in the same run,
// page cache warm for both, best of 3. Targets: scanner ≤ 2× grep, scanner peak RSS ≤ 250 MB.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateRepo } from './synthetic-repo.mjs'
import { importTs, outDir } from '../scripts/lib/import-ts.mjs'

const RUNS = 3
const MAX_RATIO = 2
const MAX_RSS = 250 * 1024 * 1024
const HERE = path.dirname(fileURLToPath(import.meta.url))

function timeGrep(root) {
  const start = performance.now()
  const out = spawnSync('grep', ['-rlE', 'sha256:[0-9a-f]{64}', root], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const ms = performance.now() - start
  if (out.status !== 0 && out.status !== 1) throw new Error(`grep failed: ${out.stderr}`)
  return { ms, files: out.stdout.split('\n').filter(Boolean).length }
}

export async function run() {
  await importTs('src/scan/index.ts', 'src/logger.ts')
  const lib = path.join(outDir, 'src')
  const root = mkdtempSync(path.join(os.tmpdir(), 'fremforge-scan-bench-'))
  try {
    const files = generateRepo(root)
    timeGrep(root)
    const grepRuns = Array.from({ length: RUNS }, () => timeGrep(root))
    const grep = Math.min(...grepRuns.map(r => r.ms))
    const child = execFileSync(process.execPath, [path.join(HERE, 'scan-child.mjs'), lib, root, String(RUNS)], { encoding: 'utf8' })
    const scan = JSON.parse(child.trim().split('\n').pop())
    const ratio = scan.best / grep
    const mb = bytes => (bytes / 1024 / 1024).toFixed(1)
    console.log(`scan: synthetic monorepo of ${files} files (${scan.filesParsed} parsed by the scanner, ${scan.refs} references, ${scan.pinned} pinned)`)
    console.log(`  grep -rlE 'sha256:[0-9a-f]{64}'  best of ${RUNS}: ${grep.toFixed(0)} ms (${grepRuns[0].files} files listed)`)
    console.log(`  scanWorkspace                  best of ${RUNS}: ${scan.best.toFixed(0)} ms (first run, JIT cold: ${scan.first.toFixed(0)} ms)`)
    console.log(`  ratio scanner/grep: ${ratio.toFixed(2)} (target ≤ ${MAX_RATIO})`)
    console.log(`  scanner peak RSS: ${mb(scan.maxRssBytes)} MB (target ≤ ${mb(MAX_RSS)} MB)`)
    const problems = []
    if (files < 20000) problems.push(`only ${files} files generated`)
    if (scan.pinnedFiles !== grepRuns[0].files) problems.push(`scanner found pins in ${scan.pinnedFiles} files, grep in ${grepRuns[0].files}`)
    if (ratio > MAX_RATIO) problems.push(`scanner is ${ratio.toFixed(2)}× grep`)
    if (scan.maxRssBytes > MAX_RSS) problems.push(`peak RSS ${mb(scan.maxRssBytes)} MB`)
    return { ok: problems.length === 0, problems }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}
