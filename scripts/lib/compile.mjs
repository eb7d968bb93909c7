// Scripts (demo, stack, benchmarks) run the TypeScript engine and test support directly:
// compile them once, incrementally, into .tmp/lib (gitignored) and import from there.
import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const OUT = path.join(ROOT, '.tmp/lib')
let compiled = false

export function compileProject() {
  if (compiled) return OUT
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
  execFileSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.scripts.json')], { stdio: 'inherit', cwd: ROOT })
  compiled = true
  return OUT
}

/** Imports a compiled module by its source path, e.g. 'src/scan/index.js' or '__tests__/support/sigstore-stack.js'. */
export async function load(relative) {
  return import(pathToFileURL(path.join(compileProject(), relative)).href)
}
