import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

// ARCHITECTURE.md's layer table: a lower layer never imports a higher one.
const ALLOWED: Record<string, string[]> = {
  reference: [],
  http: [],
  scan: ['reference'],
  registry: ['reference', 'http'],
  trust: [],
  policy: [],
  cosign: ['registry', 'trust', 'reference', 'policy'],
  report: ['policy', 'http'],
  forge: ['report', 'policy'],
  cache: ['policy']
}
// Shared, dependency-free modules every layer may use.
const SHARED = new Set(['errors.js', 'logger.js', 'text.js'])

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? filesUnder(full) : full.endsWith('.ts') ? [full] : []
  })
}

describe('layer imports', () => {
  for (const [layer, allowed] of Object.entries(ALLOWED)) {
    it(`src/${layer} imports only ${allowed.join(', ') || 'nothing of ours'}`, () => {
      const bad: string[] = []
      for (const file of filesUnder(path.join('src', layer))) {
        for (const m of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
          const target = path.relative('src', path.resolve(path.dirname(file), m[1]))
          const top = target.split(path.sep)[0]
          if (top === layer || SHARED.has(target)) continue
          if (!allowed.includes(top)) bad.push(`${file} → ${m[1]}`)
          else if (!/^[a-z-]+\/index\.js$/.test(target.split(path.sep).join('/'))) bad.push(`${file} → ${m[1]} (import the layer's index.ts)`)
        }
      }
      expect(bad).toEqual([])
    })
  }

  it('keeps @actions/core out of the engine layers', () => {
    const bad = Object.keys(ALLOWED).flatMap(layer => filesUnder(path.join('src', layer)).filter(f => readFileSync(f, 'utf8').includes("'@actions/core'")))
    expect(bad).toEqual([])
  })
})
