import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { importCycles, readModuleGraph, specifiersOf, toModuleGraph, type ModuleGraph } from './support/module-graph.js'

// ARCHITECTURE.md's layer table: a lower layer never imports a higher one.
const ALLOWED: Record<string, string[]> = {
  reference: [],
  http: [],
  scan: ['reference'],
  registry: ['reference', 'http'],
  trust: [],
  policy: [],
  cosign: ['registry', 'trust', 'reference', 'policy'],
  report: ['policy', 'http', 'scan', 'reference'],
  forge: ['report', 'policy'],
  cache: ['policy'],
  config: ['policy', 'reference'],
  engine: ['reference', 'http', 'scan', 'registry', 'trust', 'policy', 'cosign', 'report', 'forge', 'cache', 'config'],
  // The shells: the CLI and the action both sit on the engine; neither imports the other.
  cli: ['engine', 'config', 'report', 'policy', 'scan', 'forge', 'reference']
}
// Shared, dependency-free modules every layer may use.
const SHARED = new Set(['errors.ts', 'logger.ts', 'text.ts', 'user-file.ts', 'version.ts'])
/** The action shell: src/main.ts, src/action-*.ts, src/index.ts. The CLI's entry: src/cli-entry.ts. */
const isActionShell = (m: string): boolean => m === 'main.ts' || m === 'index.ts' || /^action-[a-z-]+\.ts$/.test(m)
const isCliShell = (m: string): boolean => m === 'cli-entry.ts' || m.startsWith('cli/')
const isShell = (m: string): boolean => isActionShell(m) || isCliShell(m)
const folderOf = (m: string): string | undefined => (m.includes('/') ? m.split('/')[0] : undefined)

/**
 * Packages of the runner's toolkit: only the action shell loads them (the engine and the layers
 * below run the same in the CLI). The one exception is `@actions/http-client`, a plain HTTP client
 * with the runner's proxy handling and no runner state: the transport of the layers that speak HTTP.
 */
const RUNNER_PACKAGE = /^@actions\//
const HTTP_CLIENT = '@actions/http-client'
const HTTP_LAYERS = new Set(['http', 'registry', 'report', 'forge'])

/** Every broken rule of the graph, one line each: empty when the layers hold. */
function layerViolations(graph: ModuleGraph): string[] {
  const bad: string[] = []
  for (const [file, { local, packages }] of graph.modules) {
    const layer = folderOf(file)
    for (const target of local) {
      const top = folderOf(target)
      if (SHARED.has(target)) continue
      if (isShell(target) && !isShell(file)) bad.push(`${file} → ${target} (below the shells)`)
      else if (isActionShell(file) && isCliShell(target)) bad.push(`${file} → ${target} (the action shell may not import the CLI)`)
      else if (isCliShell(file) && isActionShell(target)) bad.push(`${file} → ${target} (the CLI may not import the action shell)`)
      else if (isShell(file) && top === 'engine' && target !== 'engine/index.ts') bad.push(`${file} → ${target} (the shells reach the engine through engine/index.ts)`)
      else if (layer !== undefined && top !== layer && !isShell(file)) {
        if (top === undefined || !ALLOWED[layer]?.includes(top)) bad.push(`${file} → ${target}`)
        else if (target !== `${top}/index.ts`) bad.push(`${file} → ${target} (import the layer's index.ts)`)
      }
    }
    for (const pkg of packages.filter(p => RUNNER_PACKAGE.test(p))) {
      if (pkg === '@actions/core' && file === 'action-core.ts') continue
      if (pkg !== '@actions/core' && isActionShell(file)) continue
      if (pkg === HTTP_CLIENT && layer !== undefined && HTTP_LAYERS.has(layer)) continue
      bad.push(`${file} → ${pkg}`)
    }
  }
  return bad.sort()
}

describe('layer imports', () => {
  const graph = readModuleGraph('src')

  it('every folder of src/ has a rule', () => {
    const folders = readdirSync('src', { withFileTypes: true }).filter(d => d.isDirectory()).map(d => d.name)
    expect(folders.filter(f => !(f in ALLOWED)).sort()).toEqual([])
  })

  it('every module of src/ is in the graph, shells included', () => {
    for (const m of ['main.ts', 'index.ts', 'cli-entry.ts', 'action-core.ts', 'engine/index.ts', 'cli/run.ts', 'config/index.ts']) expect(graph.modules.has(m)).toBe(true)
  })

  it('follow the layer table, the shells and the runner-package rules', () => {
    expect(layerViolations(graph)).toEqual([])
  })

  it('read process.env only in the shells (the registry and trust options default to it when a caller passes no env)', () => {
    const readers = [...graph.modules.keys()].filter(m => !isShell(m) && readFileSync(path.join('src', m), 'utf8').includes('process.env'))
    expect(readers.sort()).toEqual(['registry/options.ts', 'trust/load.ts'])
  })

  it('contain no import cycle', () => {
    expect(importCycles(graph)).toEqual([])
  })

  it('load exactly the runtime dependencies of package.json (a package only tests load is a dev dependency)', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> }
    const packageOf = (spec: string): string => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/')
    const loaded = new Set([...graph.modules.values()].flatMap(m => m.packages.map(packageOf)))
    expect([...loaded].sort()).toEqual(Object.keys(pkg.dependencies).sort())
  })
})

describe('layerViolations', () => {
  const graphOf = (sources: Record<string, string>) => toModuleGraph(sources)

  it('flags the engine importing a shell, the action shell importing the CLI or an engine module, and a layer importing a higher one', () => {
    const bad = layerViolations(
      graphOf({
        'engine/run.ts': "import { run } from '../main.js'",
        'main.ts': "import { table } from './cli/table.js'\nimport { createPolicyRun } from './engine/policy-run.js'",
        'cli/table.ts': '',
        'engine/policy-run.ts': '',
        'scan/scan.ts': "import type { Verdict } from '../policy/index.js'",
        'policy/index.ts': ''
      })
    )
    expect(bad).toEqual([
      'engine/run.ts → main.ts (below the shells)',
      'main.ts → cli/table.ts (the action shell may not import the CLI)',
      'main.ts → engine/policy-run.ts (the shells reach the engine through engine/index.ts)',
      'scan/scan.ts → policy/index.ts'
    ])
  })

  it('flags runner packages below the shells and @actions/core outside action-core.ts', () => {
    const bad = layerViolations(
      graphOf({
        'cache/store.ts': "import * as cache from '@actions/cache'",
        'forge/github.ts': "import { getOctokit } from '@actions/github'",
        'main.ts': "import * as core from '@actions/core'",
        'action-core.ts': "import * as core from '@actions/core'",
        'action-github.ts': "import { getOctokit } from '@actions/github'",
        'registry/transport.ts': "import { HttpClient } from '@actions/http-client'",
        'scan/read.ts': "import { HttpClient } from '@actions/http-client'"
      })
    )
    expect(bad).toEqual(['cache/store.ts → @actions/cache', 'forge/github.ts → @actions/github', 'main.ts → @actions/core', 'scan/read.ts → @actions/http-client'])
  })
})

describe('importCycles', () => {
  it('finds a loop of two modules, however they import each other', () => {
    const graph = toModuleGraph({
      'engine/compose.ts': "export { runSign } from './sign-run.js'",
      'engine/sign-run.ts': "import {\n  registryClientFor\n} from './compose.js'",
      'engine/index.ts': "export * from './sign-run.js'"
    })
    expect(importCycles(graph)).toEqual([['engine/compose.ts', 'engine/sign-run.ts', 'engine/compose.ts']])
  })

  it('finds a longer loop through a type-only import and a dynamic one', () => {
    const graph = toModuleGraph({
      'a.ts': "import type { B } from './b.js'",
      'b.ts': "const c = await import('./c.js')",
      'c.ts': "export { a } from './a.js'"
    })
    expect(importCycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']])
  })

  it('finds a module importing itself and nothing in a graph without a loop', () => {
    expect(importCycles(toModuleGraph({ 'a.ts': "import './a.js'" }))).toEqual([['a.ts', 'a.ts']])
    expect(importCycles(toModuleGraph({ 'a.ts': "import { b } from './b.js'", 'b.ts': "import { c } from './c.js'", 'c.ts': '' }))).toEqual([])
  })

  it('ignores imports in comments and reads multi-line import lists', () => {
    expect(specifiersOf("// import { x } from './x.js'\n/* import './y.js' */\nimport {\n  a,\n  b\n} from './z.js'")).toEqual(['./z.js'])
  })
})
