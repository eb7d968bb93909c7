import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
// @ts-expect-error -- a build script in plain JavaScript, without types
import { bundledPackageDirs, licencesOf, listedPackages, renderLicences, unlicensed } from '../scripts/lib/licenses.mjs'

interface Entry {
  name: string
  version: string
  license: string | null
  text: string | null
}
const nm = (p: string): string => path.resolve('node_modules', p)

describe('bundledPackageDirs', () => {
  it('finds the package of every module, nested and concatenated ones included, and ignores loaders', () => {
    const stats = {
      modules: [
        { identifier: `${nm('@vercel/ncc/dist/ncc/loaders/relocate-loader.js')}!${nm('yaml/dist/index.js')}`, nameForCondition: nm('yaml/dist/index.js') },
        { name: './src/index.ts + 3 modules', modules: [{ name: './node_modules/@actions/core/lib/core.js' }, { nameForCondition: nm('minipass-flush/node_modules/minipass/index.js') }] },
        { name: 'external "node:fs"' }
      ]
    }
    expect((bundledPackageDirs(stats) as string[]).sort()).toEqual([nm('@actions/core'), nm('minipass-flush/node_modules/minipass'), nm('yaml')].sort())
  })
})

describe('licencesOf', () => {
  it('reads each package’s licence file', () => {
    const [yaml] = licencesOf([nm('yaml')]) as Entry[]
    expect(yaml).toMatchObject({ name: 'yaml', license: 'ISC' })
    expect(yaml.text).toBe(readFileSync(nm('yaml/LICENSE'), 'utf8').trim())
  })
  it('gives the standard text of the declared licence to a package that ships no file', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lic-'))
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'no-file', version: '1.0.0', license: 'MIT', author: 'Ada' }))
    const [entry] = licencesOf([dir]) as Entry[]
    expect(entry.text).toMatch(/^MIT License\n\nCopyright \(c\) Ada\n\nPermission is hereby granted/)
  })
  it('reports a package with neither a licence file nor a known licence', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lic-'))
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'mystery', version: '0.0.1' }))
    expect(unlicensed(licencesOf([dir]))).toEqual(['mystery@0.0.1'])
  })
  it('lists what it renders', () => {
    const entries = licencesOf([nm('yaml'), nm('fast-glob')]) as Entry[]
    expect(listedPackages(renderLicences(entries))).toEqual(entries.map(e => `${e.name}@${e.version}`))
  })
})
