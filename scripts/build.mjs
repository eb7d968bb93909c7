// Rebuilds dist/ from scratch: the action bundle and the CLI bundle, both ESM, each with the
// licences of every third-party package it ships (from the bundler's own module list).
import { execFileSync } from 'node:child_process'
import { rmSync, writeFileSync, chmodSync, readFileSync, mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { bundledPackageDirs, licencesOf, renderLicences, unlicensed } from './lib/licenses.mjs'

const statsDir = mkdtempSync(path.join(os.tmpdir(), 'ncc-stats-'))

function ncc(entry, out) {
  const stats = path.join(statsDir, `${path.basename(out)}.json`)
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--stats-out', stats, '-q'], { stdio: 'inherit' })
  const entries = licencesOf(bundledPackageDirs(JSON.parse(readFileSync(stats, 'utf8'))))
  const missing = unlicensed(entries)
  if (missing.length > 0) throw new Error(`no licence text or licence field for bundled packages: ${missing.join(', ')}`)
  writeFileSync(path.join(out, 'licenses.txt'), renderLicences(entries))
}

rmSync('dist', { recursive: true, force: true })
try {
  ncc('src/index.ts', 'dist')
  ncc('src/cli-entry.ts', 'dist/cli')
} finally {
  rmSync(statsDir, { recursive: true, force: true })
}
const cli = 'dist/cli/index.js'
const body = readFileSync(cli, 'utf8')
if (!body.startsWith('#!')) writeFileSync(cli, '#!/usr/bin/env node\n' + body)
chmodSync(cli, 0o755)
