// `npm run bench`: runs each benchmark in turn. Add a bench by appending to BENCHES a module
// exporting `run()` that resolves to `{ ok, problems }`; benches compile the TypeScript they need
// with scripts/lib/import-ts.mjs. Exits non-zero when any bench misses its target.
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const BENCHES = [
  { name: 'scan', module: './scan.mjs' },
  { name: 'startup', module: './startup.mjs' },
  { name: 'verify', module: './verify.mjs' },
  { name: 'latency', module: './latency.mjs' }
]

const only = process.argv.slice(2)

console.log(`node ${process.version}, ${process.platform}/${process.arch}`)
let failed = false
for (const bench of BENCHES.filter(b => only.length === 0 || only.includes(b.name))) {
  const { run } = await import(pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), bench.module)).href)
  const outcome = await run()
  console.log(`${bench.name}: ${outcome.ok ? 'met its targets' : `MISSED: ${outcome.problems.join('; ')}`}`)
  failed ||= !outcome.ok
}
process.exit(failed ? 1 : 0)
