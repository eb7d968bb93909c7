// The third-party licences of what a bundle ships, read from webpack's module list (ncc --stats-out):
// every package a bundled module comes from, with its licence text (issue 11).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const LICENCE_FILE = /^(licen[cs]e|copying|notice)(\.(md|txt|markdown|mit|bsd|apache(-2\.0)?))?$/i

/**
 * Package directories (absolute) of every module in a webpack stats object, nested modules
 * included. The module's resource path decides (nameForCondition); identifiers also name the
 * bundler's own loaders, which are not shipped.
 */
export function bundledPackageDirs(stats, root = process.cwd()) {
  const dirs = new Set()
  const walk = modules => {
    for (const m of modules ?? []) {
      const resource = m.nameForCondition ?? (m.name?.startsWith('./') ? path.resolve(root, m.name.replace(/ \+ \d+ modules?$/, '')) : undefined)
      const at = resource?.lastIndexOf('/node_modules/') ?? -1
      if (at >= 0) {
        const parts = resource.slice(at + '/node_modules/'.length).split('/')
        const name = parts[0].startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
        dirs.add(path.join(resource.slice(0, at), 'node_modules', name))
      }
      walk(m.modules)
    }
  }
  walk(stats.modules)
  for (const child of stats.children ?? []) for (const d of bundledPackageDirs(child, root)) dirs.add(d)
  return [...dirs]
}

/** { name, version, license, text, file } of one installed package; text is null when it ships no licence file. */
export function packageLicence(dir) {
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'))
  const declared = typeof pkg.license === 'string' ? pkg.license : pkg.license?.type ?? (pkg.licenses ?? []).map(l => l.type ?? l).join(' OR ')
  const files = existsSync(dir) ? readdirSync(dir).filter(f => LICENCE_FILE.test(f)).sort() : []
  const text = files.length ? files.map(f => readFileSync(path.join(dir, f), 'utf8').trim()).join('\n\n') : null
  const author = typeof pkg.author === 'string' ? pkg.author : pkg.author?.name
  return { name: pkg.name, version: pkg.version, license: declared || null, author: author ?? null, text, fromPackage: text !== null }
}

// The standard texts for packages that declare a licence but ship no file (npm does not require one).
const MIT = 'Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:\n\nThe above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.\n\nTHE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.'
const ISC = 'Permission to use, copy, modify, and/or distribute this software for any purpose with or without fee is hereby granted, provided that the above copyright notice and this permission notice appear in all copies.\n\nTHE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.'

function standardText(entry, all) {
  const holder = `Copyright (c) ${entry.author ?? `the ${entry.name} authors`}`
  if (entry.license === 'MIT') return `MIT License\n\n${holder}\n\n${MIT}`
  if (entry.license === 'ISC') return `ISC License\n\n${holder}\n\n${ISC}`
  // The Apache License 2.0 names no holder: any bundled copy of it is the text.
  if (entry.license === 'Apache-2.0') return all.find(e => e.fromPackage && e.license === 'Apache-2.0' && /Apache License\s+Version 2\.0/.test(e.text))?.text ?? null
  return null
}

/** The licence list of the given package directories, sorted, one entry per name@version. */
export function licencesOf(dirs) {
  const seen = new Map()
  for (const dir of dirs) {
    const entry = packageLicence(dir)
    seen.set(`${entry.name}@${entry.version}`, entry)
  }
  const all = [...seen.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version))
  return all.map(e => (e.text !== null ? e : { ...e, text: standardText(e, all) }))
}

/** name@version of every entry without a licence text. */
export function unlicensed(entries) {
  return entries.filter(e => !e.text).map(e => `${e.name}@${e.version}`)
}

/** dist/licenses.txt: a header listing every package, then each with its licence text. */
export function renderLicences(entries) {
  const head = [
    'Third-party software bundled in this file, generated by scripts/build.mjs from the bundler\'s module list.',
    '',
    ...entries.map(e => `${e.name}@${e.version} (${e.license ?? 'no licence field'})`),
    ''
  ]
  const body = entries.map(e =>
    [
      '-'.repeat(78),
      `${e.name}@${e.version}`,
      `License: ${e.license ?? 'none declared'}`,
      ...(e.fromPackage ? [] : ['(the package ships no licence file; the standard text of the licence it declares follows)']),
      '',
      e.text ?? '',
      ''
    ].join('\n')
  )
  return [...head, ...body].join('\n')
}

/** The package names a licences file lists, read back from its header. */
export function listedPackages(text) {
  const out = []
  for (const line of text.split('\n').slice(2)) {
    if (line === '') break
    out.push(line.replace(/ \(.*\)$/, ''))
  }
  return out
}
