import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
// @ts-expect-error -- a build script in plain JavaScript, without types
import { listedPackages } from '../../scripts/lib/licenses.mjs'

// The committed bundles (rebuilt by scripts/build.mjs, compared with a fresh build in CI) list every
// package they ship. Before issue 11 dist/licenses.txt named 2 of them.
describe.each(['dist', 'dist/cli'])('%s/licenses.txt', dir => {
  const text = readFileSync(path.join(dir, 'licenses.txt'), 'utf8')
  const listed = (listedPackages(text) as string[]).map(p => p.replace(/@[^@]+$/, ''))
  it('names every package whose path is visible in the bundle', () => {
    const code = readdirSync(dir).filter(f => f.endsWith('.js')).map(f => readFileSync(path.join(dir, f), 'utf8')).join('\n')
    const visible = new Set([...code.matchAll(/node_modules\/((?:@[\w.-]+\/)?[\w.-]+)/g)].map(m => m[1]))
    expect([...visible].filter(p => !listed.includes(p))).toEqual([])
    expect(listed.length).toBeGreaterThan(40)
  })
  it('has a licence text for every package it names', () => {
    for (const name of listedPackages(text) as string[]) {
      const section = text.split(`\n${'-'.repeat(78)}\n${name}\n`)[1]?.split(`\n${'-'.repeat(78)}\n`)[0] ?? ''
      expect({ name, text: section.replace(/^License: .*\n(\(.*\)\n)?/, '').trim().length > 100 }).toEqual({ name, text: true })
    }
  })
})
