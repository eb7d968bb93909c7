/* eslint-disable no-control-regex -- these tests look for control characters in the output */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { run } from '../../src/main.js'
import * as core from '../../src/action-core.js'
import { actionLogger } from '../../src/action-core.js'
import { runCli } from '../../src/cli/run.js'
import { renderVerifyTable } from '../../src/report/index.js'
import { safeIo, stderrLogger } from '../../src/cli/output.js'
import { renderSummary, toAnnotations, toPlainLines } from '../../src/report/index.js'
import { countVerdicts } from '../../src/policy/index.js'
import { item, policy } from '../report/fixtures.js'
import { runnerCommands } from '../support/workflow-commands.js'

const DIGEST = 'sha256:' + 'd'.repeat(64)
const POD = `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: a\n      image: ghcr.io/acme/app@${DIGEST}\n`

// File names a pull request may choose; each tries to make the runner or the terminal act.
const HOSTILE_NAMES = [
  'x\n::error title=FORGED::forged by a file name\n.yaml',
  'y\r::add-mask::ghcr.io\r.yaml',
  '::add-mask::ghcr.yaml',
  '::stop-commands::pwn.yaml',
  '  ::error title=FORGED::indented.yaml',
  'legacy ##[error title=FORGED]x.yaml',
  'esc\u001b[2J\u001b]0;title\u0007.yaml',
  'c1\u009b31m\u0085next.yaml'
]
// C0 except LF, DEL and C1: none of them may reach the output raw.
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/

async function hostileWorkspace(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'hostile-ws-'))
  for (const name of HOSTILE_NAMES) await writeFile(path.join(dir, name), POD)
  return dir
}

/** Captures what the action writes to stdout, where the runner reads its commands. */
function captureStdout(): { text: () => string; restore: () => void } {
  const chunks: string[] = []
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk))
    return true
  })
  return { text: () => chunks.join(''), restore: () => spy.mockRestore() }
}

async function runnerEnv(extra: NodeJS.ProcessEnv): Promise<NodeJS.ProcessEnv> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'hostile-runner-'))
  const env = { GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'), GITHUB_OUTPUT: path.join(dir, 'output'), ...extra }
  await writeFile(env.GITHUB_STEP_SUMMARY, '')
  await writeFile(env.GITHUB_OUTPUT, '')
  return env
}

const FORGED = (c: { name: string; properties: Record<string, string> }) =>
  ['add-mask', 'stop-commands', 'error', 'set-output', 'set-env', 'add-path', 'save-state'].includes(c.name) || c.properties.title === 'FORGED'

describe('action output (runner-command injection, issue 11 defect 2)', () => {
  const saved = { ...process.env }
  let stdout: ReturnType<typeof captureStdout>
  beforeEach(() => {
    stdout = captureStdout()
  })
  afterEach(() => {
    stdout.restore()
    process.env = { ...saved }
    process.exitCode = undefined
  })

  describe('when scan mode prints the table of a hostile workspace', () => {
    it('lets no file name forge a workflow command on GitHub or Forgejo', async () => {
      const env = await runnerEnv({ INPUT_MODE: 'scan', INPUT_PATH: await hostileWorkspace() })
      Object.assign(process.env, env)
      await run(env)
      const out = stdout.text()
      expect(out).toContain('forged by a file name') // the names are shown, escaped
      expect(runnerCommands(out).filter(FORGED)).toEqual([])
      expect(out).not.toMatch(RAW_CONTROL)
    })
  })

  describe('when the engine logs through the action Logger', () => {
    it('prints one line per message and escapes the annotation file and title', () => {
      actionLogger.info('found x\n::add-mask::ghcr.io in ::stop-commands::t')
      actionLogger.warning('skipped \u001b[31m\n::error title=FORGED::x', { file: 'a\n::error title=FORGED::b.yaml', line: 3 })
      const commands = runnerCommands(stdout.text())
      expect(commands.map(c => c.name).sort()).toEqual(['warning', 'warning'])
      for (const c of commands) {
        expect(c.properties.file).toBe('a\\n::error title=FORGED::b.yaml')
        expect(c.data).not.toMatch(/[\r\n\u001b]/)
      }
    })
    it('defuses a message that starts like a command', () => {
      actionLogger.info('::add-mask::ghcr.io')
      actionLogger.debug('##[add-mask]ghcr.io')
      expect(runnerCommands(stdout.text()).filter(c => c.name !== 'debug')).toEqual([])
    })
  })

  describe('when anyone calls core.info with text from outside', () => {
    it('keeps the program’s line breaks and defuses every line', () => {
      core.info('LOCATION\n::error title=FORGED::x\r::add-mask::y\n  ##[add-mask]z')
      expect(runnerCommands(stdout.text())).toEqual([])
      expect(stdout.text().split('\n')[0]).toBe('LOCATION')
    })
    it('escapes group names', async () => {
      await core.group('x\n::add-mask::y', async () => undefined)
      const commands = runnerCommands(stdout.text())
      expect(commands.filter(c => c.runner === 'github').map(c => c.name)).toEqual(['group', 'endgroup'])
      expect(commands.filter(FORGED)).toEqual([])
    })
  })

  describe('when Forgejo gets plain path:line lines', () => {
    it('writes each as one inert line', () => {
      const items = [item({ status: 'unsigned', details: 'none\n::error title=FORGED::d' }, [{ file: '::add-mask::x\n::stop-commands::t.yaml', line: 1, kind: 'k8s-image' }])]
      const lines = toPlainLines(toAnnotations(items, policy()))
      expect(lines).toHaveLength(1)
      for (const line of lines) core.info(line)
      expect(stdout.text().trimEnd().split('\n')).toHaveLength(1)
      expect(runnerCommands(stdout.text())).toEqual([])
    })
  })

  describe('when the summary helpers get values from outside', () => {
    it('escapes table cells, headings and lists as HTML text', () => {
      const text = core.summary.addHeading('<img src=x onerror=alert(1)>').addTable([['<script>alert(1)</script>', '|a|b|']]).addList(['`x`\n## heading']).stringify()
      core.summary.emptyBuffer()
      expect(text).not.toMatch(/<script|<img|## heading|`x`/)
      expect(text).toContain('&#60;script&#62;')
    })
  })
})

describe('CLI output (terminal escapes, issue 11 defect 2)', () => {
  async function cli(argv: string[], isTTY: boolean) {
    const lines: string[] = []
    const code = await runCli(argv, { stdout: t => void lines.push(t), stderr: t => void lines.push(t), env: {}, isTTY })
    return { code, text: lines.join('\n') }
  }

  it.each([true, false])('prints a hostile workspace with no raw control character and no command (TTY %s)', async isTTY => {
    const dir = await hostileWorkspace()
    for (const format of ['table', 'ndjson']) {
      const { code, text } = await cli(['scan', '--path', dir, '--format', format], isTTY)
      expect(code).toBe(0)
      expect(text).not.toMatch(RAW_CONTROL)
      expect(runnerCommands(text)).toEqual([])
    }
  })

  it('keeps NDJSON valid and exact while escaping C1 controls', async () => {
    const dir = await hostileWorkspace()
    const lines: string[] = []
    await runCli(['scan', '--path', dir, '--format', 'ndjson'], { stdout: t => void lines.push(t), stderr: () => undefined, env: {}, isTTY: false })
    const files = lines.map(l => (JSON.parse(l) as { file: string }).file).sort()
    expect(files).toEqual([...HOSTILE_NAMES].sort())
  })

  it('shows a signer SAN with ESC[ sequences as text, keeping only its own colours', () => {
    const san = 'https://evil\u001b[2J\u001b[1;1H\u001b]8;;http://x\u0007link\u009b0m'
    const lines: string[] = []
    const io = safeIo({ stdout: t => void lines.push(t), stderr: t => void lines.push(t), env: {}, isTTY: true })
    io.stdout(renderVerifyTable([item({ status: 'unsigned', signerSubject: san })], true))
    stderrLogger(io).warning(`signer ${san}`, { file: 'a\u001b[2J.yaml', line: 1 })
    const text = lines.join('\n')
    expect(text).not.toMatch(/[\u0007\u0080-\u009f]/)
    expect(text.match(/\u001b\[[0-9;]*[A-Za-z]/g)?.every(seq => /^\u001b\[(0|3\d)m$/.test(seq))).toBe(true)
    expect(text).toContain('https://evil\\e[2J\\e[1;1H')
  })
})

describe('job summary (raw Markdown, issue 11 defect 10)', () => {
  it('keeps every hostile value inside its cell and its detail line', () => {
    const hostile = 'x | y\n\n## Forged heading\n<img src=x onerror=alert(1)> `code` **bold** $math$ [link](http://evil)'
    const items = [item({ status: 'unsigned', digest: DIGEST, signerSubject: hostile, signerIssuer: hostile, details: hostile }, [{ file: `${hostile}.yaml`, line: 1, kind: 'k8s-image' }])]
    const md = renderSummary({ items, counts: countVerdicts(items.map(i => i.verdict), policy()), policy: policy(), run: { server_url: null, repository: 'a/b', sha: null, ref: null, workflow: 'w"}\n```\n# x', run_id: null, run_attempt: null }, platform: 'github', resultsFile: 'r`.ndjson', notes: [hostile] })
    const rows = md.split('\n').filter(l => l.startsWith('| '))
    expect(rows).toHaveLength(3) // header and one image: nothing split the row
    expect(rows[2].split(/(?<!\\)\|/).length).toBe(7)
    expect(md).not.toMatch(/<img|## Forged|`code`|\*\*bold|\$math|\[link\]/)
    expect(md.match(/^```$/gm)).toHaveLength(2) // the telemetry fence opens and closes once
  })
})

describe('the printers', () => {
  it('reach @actions/core only through src/action-core.ts, which escapes them', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap(name => {
        const full = path.join(dir, name)
        return statSync(full).isDirectory() ? files(full) : full.endsWith('.ts') ? [full] : []
      })
    const direct = files('src').filter(f => /from '@actions\/core'/.test(readFileSync(f, 'utf8')))
    expect(direct).toEqual([path.join('src', 'action-core.ts')])
  })
})
