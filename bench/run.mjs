// `npm run bench`: compiles src once to .tmp/bench-lib (plain ESM JS, gitignored), then runs each
// benchmark in turn. Add a bench by appending to BENCHES a module exporting `run({ lib })` that
// resolves to `{ ok, problems }`. Exits non-zero when any bench misses its target.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const BENCHES = [
  { name: 'scan', module: './scan.mjs' },
  { name: 'verify', module: './verify.mjs' }
]

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const lib = path.join(repo, '.tmp', 'bench-lib')
const tsc = path.join(repo, 'node_modules', 'typescript', 'bin', 'tsc')
const only = process.argv.slice(2)

const build = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json', '--outDir', lib], { cwd: repo, encoding: 'utf8' })
if (build.status !== 0) {
  // tsc still emits on type errors elsewhere; a bench only needs its own layer to compile.
  console.error(`tsc reported errors (benchmarks use what it emitted):\n${build.stdout}${build.stderr}`)
}
if (!existsSync(path.join(lib, 'scan', 'index.js'))) {
  console.error(`nothing compiled to ${lib}`)
  process.exit(1)
}

console.log(`node ${process.version}, ${process.platform}/${process.arch}`)
let failed = false
for (const bench of BENCHES.filter(b => only.length === 0 || only.includes(b.name))) {
  const { run } = await import(pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), bench.module)).href)
  const outcome = await run({ lib })
  console.log(`${bench.name}: ${outcome.ok ? 'met its targets' : `MISSED: ${outcome.problems.join('; ')}`}`)
  failed ||= !outcome.ok
}
process.exit(failed ? 1 : 0)
