import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/** Every specifier a module loads: static imports, re-exports, `import type` and dynamic `import('…')`. */
export function specifiersOf(source: string): string[] {
  const out: string[] = []
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')
  for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s[^'";]*?\sfrom\s*['"]([^'"]+)['"]/g)) out.push(m[1])
  for (const m of code.matchAll(/(?:^|[;\s])import\s*['"]([^'"]+)['"]/g)) out.push(m[1])
  for (const m of code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1])
  return out
}

/** `src`-relative module paths ('engine/compose.ts') to the modules and packages each imports. */
export interface ModuleGraph {
  modules: Map<string, { local: string[]; packages: string[] }>
}

/** Builds the graph from sources keyed by their path relative to the root ('engine/compose.ts'). */
export function toModuleGraph(sources: Record<string, string>): ModuleGraph {
  const modules: ModuleGraph['modules'] = new Map()
  for (const [file, source] of Object.entries(sources)) {
    const local: string[] = []
    const packages: string[] = []
    for (const spec of specifiersOf(source)) {
      if (spec.startsWith('node:')) continue
      if (!spec.startsWith('.')) {
        packages.push(spec)
        continue
      }
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)).replace(/\.js$/, '.ts')
      local.push(target)
    }
    modules.set(file, { local, packages })
  }
  return { modules }
}

export function readModuleGraph(root: string): ModuleGraph {
  const sources: Record<string, string> = {}
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name)
      if (statSync(full).isDirectory()) walk(full)
      else if (full.endsWith('.ts')) sources[path.relative(root, full).split(path.sep).join('/')] = readFileSync(full, 'utf8')
    }
  }
  walk(root)
  return toModuleGraph(sources)
}

/** Every import cycle, each as the modules on it (first repeated at the end), found by Tarjan's strongly connected components. */
export function importCycles(graph: ModuleGraph): string[][] {
  let index = 0
  const indexOf = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const cycles: string[][] = []
  const next = (m: string) => (graph.modules.get(m)?.local ?? []).filter(t => graph.modules.has(t))
  const connect = (v: string): void => {
    indexOf.set(v, index)
    low.set(v, index++)
    stack.push(v)
    onStack.add(v)
    for (const w of next(v)) {
      if (!indexOf.has(w)) {
        connect(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indexOf.get(w)!))
    }
    if (low.get(v) !== indexOf.get(v)) return
    const component: string[] = []
    let w: string
    do {
      w = stack.pop()!
      onStack.delete(w)
      component.push(w)
    } while (w !== v)
    if (component.length > 1 || next(v).includes(v)) cycles.push([...component.sort(), component[0]])
  }
  for (const m of [...graph.modules.keys()].sort()) if (!indexOf.has(m)) connect(m)
  return cycles
}
