// Regenerates action.yml's inputs/outputs and the README option tables from src/config/options.ts,
// so the three never drift. `node scripts/gen-docs.mjs --check` fails instead of writing.
import { readFileSync, writeFileSync } from 'node:fs'
import { OPTIONS, OUTPUTS } from '../src/config/options.ts'

const check = process.argv.includes('--check')
const quote = s => `'${s.replace(/'/g, "''")}'`

function actionYml() {
  const lines = [
    "name: 'fremforge cosign'",
    "description: 'Find every digest-pinned container image a repository deploys and verify its cosign signatures; sign images in build pipelines.'",
    "author: 'fremforge'",
    'branding:',
    '  icon: shield',
    '  color: green',
    'inputs:'
  ]
  for (const o of OPTIONS) {
    if (o.cliOnly) continue
    lines.push(`  ${o.name}:`, `    description: ${quote(o.description)}`, '    required: false')
    const def = o.actionDefault ?? o.default
    if (def !== undefined) lines.push(`    default: ${quote(def)}`)
  }
  lines.push('outputs:')
  for (const o of OUTPUTS) lines.push(`  ${o.name}:`, `    description: ${quote(o.description)}`)
  lines.push('runs:', '  using: node24', '  main: dist/index.js', '')
  return lines.join('\n')
}

function readmeTables() {
  const cell = s => s.replace(/\|/g, '\\|')
  const inputs = ['| Input / CLI flag | Default | Description |', '| --- | --- | --- |']
  for (const o of OPTIONS) {
    const name = o.cliOnly ? `\`--${o.name}\` (CLI only)` : `\`${o.name}\``
    inputs.push(`| ${name} | ${o.default !== undefined ? `\`${o.default}\`` : ''} | ${cell(o.description)} |`)
  }
  const outputs = ['| Output | Description |', '| --- | --- |', ...OUTPUTS.map(o => `| \`${o.name}\` | ${cell(o.description)} |`)]
  return { inputs: inputs.join('\n'), outputs: outputs.join('\n') }
}

function replaceBetween(text, marker, body) {
  const re = new RegExp(`(<!-- ${marker}:start -->\\n)[\\s\\S]*?(<!-- ${marker}:end -->)`)
  if (!re.test(text)) throw new Error(`README.md lacks the ${marker} markers`)
  return text.replace(re, (_, start, end) => `${start}${body}\n${end}`)
}

const wanted = new Map([['action.yml', actionYml()]])
const readme = readFileSync('README.md', 'utf8')
const tables = readmeTables()
wanted.set('README.md', replaceBetween(replaceBetween(readme, 'inputs', tables.inputs), 'outputs', tables.outputs))

let stale = false
for (const [file, text] of wanted) {
  let current = ''
  try { current = readFileSync(file, 'utf8') } catch { /* new file */ }
  if (current === text) continue
  stale = true
  if (check) console.error(`${file} is out of date: run 'node scripts/gen-docs.mjs'`)
  else writeFileSync(file, text)
}
if (check && stale) process.exit(1)
