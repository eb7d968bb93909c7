// Rebuilds dist/ from scratch: the action bundle and the CLI bundle, both ESM.
import { execFileSync } from 'node:child_process'
import { rmSync, writeFileSync, chmodSync, readFileSync } from 'node:fs'

const ncc = (entry, out) =>
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--license', 'licenses.txt', '-q'], { stdio: 'inherit' })

rmSync('dist', { recursive: true, force: true })
ncc('src/index.ts', 'dist')
ncc('src/cli-entry.ts', 'dist/cli')
const cli = 'dist/cli/index.js'
const body = readFileSync(cli, 'utf8')
if (!body.startsWith('#!')) writeFileSync(cli, '#!/usr/bin/env node\n' + body)
chmodSync(cli, 0o755)
