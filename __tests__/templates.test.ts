import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { parse } from 'yaml'
import { OPTIONS } from '../src/config/index.js'

const declared = (): Set<string> => {
  const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown> }
  return new Set(Object.keys(action.inputs))
}

type Workflow = { jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }> }

function ourSteps(wf: Workflow) {
  return Object.values(wf.jobs).flatMap(j => j.steps.filter(s => s.uses?.includes('cosign-action') || s.uses === './'))
}

describe('templates/cosign-verify-images.yaml', () => {
  const raw = readFileSync('templates/cosign-verify-images.yaml', 'utf8')
  const placeholders = [...new Set(raw.match(/__[A-Z_]+__/g) ?? [])]

  it('documents every placeholder in its header comment', () => {
    const header = raw.split('\n').filter(l => l.startsWith('#')).join('\n')
    expect(placeholders.length).toBeGreaterThanOrEqual(5)
    for (const p of placeholders) expect(header).toContain(p)
  })

  describe('when rendered with sample values', () => {
    const values: Record<string, string> = {
      __FREMFORGE_URL__: 'https://frem.sh',
      __REQUIRE_SIGNED_IMAGES__: 'true',
      __ISSUER_ALLOWLIST__: 'https://token.actions.githubusercontent.com',
      __CERTIFICATE_IDENTITY_REGEXP__: "'^https://github\\.com/acme/'",
      __CERTIFICATE_OIDC_ISSUER_REGEXP__: "'.*'"
    }
    const rendered = placeholders.reduce((text, p) => text.split(p).join(values[p] ?? 'x'), raw)
    const wf = parse(rendered) as Workflow & { on: unknown }

    it('is valid YAML with the push and pull_request triggers', () => {
      expect(Object.keys(wf.on as object)).toEqual(expect.arrayContaining(['push', 'pull_request']))
    })
    it('only uses inputs action.yml declares', () => {
      const inputs = declared()
      const steps = ourSteps(wf)
      expect(steps).toHaveLength(1)
      for (const key of Object.keys(steps[0].with ?? {})) expect(inputs).toContain(key)
      expect(steps[0].with?.mode).toBe('verify')
      expect(steps[0].with?.['require-signed']).toBe(true)
    })
    it('passes the fremforge token from a secret', () => {
      expect(rendered).toContain('FREMFORGE_API_TOKEN: ${{ secrets.FREMFORGE_API_TOKEN }}')
    })
  })
})

describe('example and repository workflows', () => {
  const files = [...readdirSync('examples').map(f => `examples/${f}`), ...readdirSync('.github/workflows').map(f => `.github/workflows/${f}`)]
  it.each(files)('%s only uses declared inputs of this action', file => {
    const wf = parse(readFileSync(file, 'utf8')) as Workflow
    const inputs = declared()
    for (const step of ourSteps(wf)) for (const key of Object.keys(step.with ?? {})) expect(inputs).toContain(key)
  })
})

describe('action.yml', () => {
  it('declares every non-CLI option of the option table, with its default', () => {
    const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }>; runs: { using: string; main: string } }
    const wanted = OPTIONS.filter(o => !o.cliOnly)
    expect(Object.keys(action.inputs)).toEqual(wanted.map(o => o.name))
    for (const o of wanted) expect(action.inputs[o.name].default).toBe(o.default)
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })
  it('uses kebab-case names only', () => {
    for (const name of Object.keys((parse(readFileSync('action.yml', 'utf8')) as { inputs: object }).inputs)) expect(name).toMatch(/^[a-z][a-z0-9-]*$/)
  })
})

describe('README.md', () => {
  it('documents every input and output', () => {
    const readme = readFileSync('README.md', 'utf8')
    for (const o of OPTIONS) expect(readme).toContain(`\`${o.cliOnly ? `--${o.name}` : o.name}\``)
  })
})

describe('.github/workflows/e2e.yml', () => {
  it('points the action at fixture directories that exist', () => {
    const wf = parse(readFileSync('.github/workflows/e2e.yml', 'utf8')) as Workflow
    const paths = ourSteps(wf).map(s => String(s.with?.path ?? ''))
    expect(paths.length).toBeGreaterThan(0)
    for (const p of paths) expect(existsSync(p)).toBe(true)
  })
})
