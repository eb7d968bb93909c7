// Plain .mjs scripts (stack, demo, bench) reuse the TypeScript test-support harness instead of a
// second copy in JavaScript: tsc emits the named files and what they import into .tmp/ts
// (gitignored), without type checking (npm run lint does that), and the modules are imported
// from there. Packages still resolve from the project's node_modules.
import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
/** Where the compiled files land, mirroring the project's layout (e.g. .tmp/ts/src/scan/index.js). */
export const outDir = path.join(root, '.tmp', 'ts')

/** Compiles `files` (paths relative to the project root) and imports them, in order. */
export async function importTs(...files) {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
  const args = [
    '--outDir', outDir, '--rootDir', root,
    '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022',
    '--ignoreConfig', '--types', 'node', '--skipLibCheck', '--noCheck', '--resolveJsonModule', '--esModuleInterop',
    ...files.map(f => path.join(root, f))
  ]
  execFileSync(process.execPath, [tsc, ...args], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
  return Promise.all(files.map(f => import(pathToFileURL(path.join(outDir, f.replace(/\.ts$/, '.js'))).href)))
}
