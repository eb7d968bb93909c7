// CLI start-up (issue 15, "Speed"): `fremforge-cosign --help` against `node -e 0`, both best of
// RUNS in the same run. The CLI is bundled from the current sources with ncc, as `npm run build`
// does, into .tmp/bench-cli (dist/ may be older than the sources). Target: ≤ 3× `node -e 0`.
import { execFileSync, spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const RUNS = 15
const MAX_RATIO = 3
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const OUT = path.join(ROOT, '.tmp', 'bench-cli')

function best(args) {
  let min = Infinity
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    const run = spawnSync(process.execPath, args, { encoding: 'utf8' })
    const ms = performance.now() - start
    if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited ${run.status}: ${run.stderr}`)
    min = Math.min(min, ms)
  }
  return min
}

export async function run() {
  rmSync(OUT, { recursive: true, force: true })
  execFileSync('npx', ['ncc', 'build', 'src/cli-entry.ts', '-o', OUT, '-q'], { cwd: ROOT, stdio: 'inherit' })
  const cli = path.join(OUT, 'index.js')
  // One warm-up fills the compile cache, as a second run on a runner would find it.
  spawnSync(process.execPath, [cli, '--help'])
  const bare = best(['-e', '0'])
  const help = best([cli, '--help'])
  const ratio = help / bare
  console.log(`startup: node -e 0 best of ${RUNS}: ${bare.toFixed(0)} ms; fremforge-cosign --help: ${help.toFixed(0)} ms`)
  console.log(`  ratio --help/node: ${ratio.toFixed(2)} (target ≤ ${MAX_RATIO})`)
  return ratio <= MAX_RATIO ? { ok: true, problems: [] } : { ok: false, problems: [`--help is ${ratio.toFixed(2)}× node -e 0`] }
}
