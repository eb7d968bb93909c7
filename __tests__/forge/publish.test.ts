import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createGitHubClient } from '../../src/action-github.js'
import { createForgejoClient, commentMarker, publishFeedback, renderComment, MAX_CHECK_ANNOTATIONS, type FeedbackInput } from '../../src/forge/index.js'
import { countVerdicts } from '../../src/policy/index.js'
import type { ReportItem } from '../../src/report/index.js'
import { memoryLogger } from '../../src/logger.js'
import { startFakeForge, type FakeForge } from '../support/forge-server.js'
import { item, policy } from '../report/fixtures.js'

const PR = { number: 7, owner: 'acme', repo: 'app', baseSha: 'a'.repeat(40), headSha: 'b'.repeat(40), fork: false }
const RUN = { server_url: 'https://github.com', repository: 'acme/app', sha: 'c'.repeat(40), ref: 'refs/pull/7/merge', workflow: 'ci', run_id: '1', run_attempt: '1' }

function unsigned(n: number, introduced: boolean): ReportItem {
  const digest = `sha256:${n.toString(16).padStart(64, '0')}`
  return { ...item({ status: 'unsigned', digest, details: 'No cosign signature found.', reason: 'no signature in referrers, sig-tag' }), repository: `acme/img${n}`, introduced, sources: [{ file: `deploy/img${n}.yaml`, line: n + 1, kind: 'k8s-image' }] }
}

let forge: FakeForge
beforeEach(async () => {
  forge = await startFakeForge()
})
afterEach(async () => {
  await forge.close()
})

function input(items: ReportItem[], over: Partial<FeedbackInput> = {}): FeedbackInput & { logger: ReturnType<typeof memoryLogger> } {
  const p = policy({ requireSigned: true })
  const counts = countVerdicts(items.map(i => i.verdict), p)
  const logger = memoryLogger()
  return {
    items, counts, policy: p, policyFailed: counts.findings > 0, run: RUN, platform: 'github', pr: PR,
    client: createGitHubClient({ token: 'ghs_test', baseUrl: forge.url, timeoutMs: 5000 }),
    prComment: 'auto', workflow: 'ci', job: 'verify', sha: RUN.sha, prefix: '', ...over, logger
  } as FeedbackInput & { logger: ReturnType<typeof memoryLogger> }
}

const checkRequests = () => forge.requests.filter(r => r.path.includes('/check-runs'))
const annotationsOf = (r: { body: unknown }) => (r.body as { output: { annotations: unknown[] } }).output.annotations

describe('publishFeedback on GitHub', () => {
  it('one new unsigned image among 40 old: a check run with all 41 annotations and a comment that leads with the new one', async () => {
    const items = [...Array.from({ length: 40 }, (_, i) => unsigned(i, false)), unsigned(99, true)]
    const result = await publishFeedback(input(items))
    expect(result.checkRun).toBe(true)
    expect(checkRequests().flatMap(annotationsOf)).toHaveLength(41)
    expect((annotationsOf(checkRequests()[0])[0] as { title: string; path: string }).path).toBe('deploy/img99.yaml')
    expect(forge.comments).toHaveLength(1)
    const rows = forge.comments[0].body.split('\n').filter(l => l.startsWith('| 🆕') || l.startsWith('|  |'))
    expect(rows[0]).toContain('img99')
    expect(forge.comments[0].body).toContain('https://github.com/acme/app/blob/' + PR.headSha + '/deploy/img99.yaml#L100')
    expect(forge.requests.every(r => r.auth === 'token ghs_test')).toBe(true)
  })

  it('sends the annotations 50 per request', async () => {
    const items = Array.from({ length: 120 }, (_, i) => unsigned(i, false))
    await publishFeedback(input(items, { prComment: 'never' }))
    const reqs = checkRequests()
    expect(reqs.map(r => r.method)).toEqual(['POST', 'PATCH', 'PATCH'])
    expect(reqs.map(r => annotationsOf(r).length)).toEqual([50, 50, 20])
    expect(forge.requests.some(r => r.path.includes('/comments'))).toBe(false)
  })

  it('bounds a huge run to MAX_CHECK_ANNOTATIONS annotations and says so', async () => {
    const items = Array.from({ length: MAX_CHECK_ANNOTATIONS + 30 }, (_, i) => unsigned(i, false))
    const result = await publishFeedback(input(items, { prComment: 'never' }))
    expect(checkRequests().flatMap(annotationsOf)).toHaveLength(MAX_CHECK_ANNOTATIONS)
    expect(checkRequests()).toHaveLength(MAX_CHECK_ANNOTATIONS / 50)
    expect(result.notes.join()).toContain(`${MAX_CHECK_ANNOTATIONS + 30}`)
  })

  it('a 403 on check runs falls back to workflow commands with one warning naming checks: write', async () => {
    forge.deny.set(/check-runs/, 403)
    const i = input([unsigned(1, true)])
    const result = await publishFeedback(i)
    expect(result.checkRun).toBe(false)
    const warnings = i.logger.lines.filter(l => l.level === 'warning')
    expect(warnings).toHaveLength(1)
    expect(warnings[0].message).toContain('checks: write')
    expect(result.comment).toBe('created')
  })

  it('a 403 on comments is a warning naming pull-requests: write, never a throw', async () => {
    forge.deny.set(/comments/, 403)
    const i = input([unsigned(1, true)])
    const result = await publishFeedback(i)
    expect(result.comment).toBe('failed')
    expect(i.logger.lines.filter(l => l.level === 'warning').map(l => l.message).join()).toContain('pull-requests: write')
  })

  it('a fork: no write is attempted, and the warnings name the permissions', async () => {
    const i = input([unsigned(1, true)], { pr: { ...PR, fork: true } })
    const result = await publishFeedback(i)
    expect(result).toMatchObject({ checkRun: false, comment: 'skipped' })
    expect(forge.requests).toEqual([])
    const text = i.logger.lines.map(l => l.message).join('\n')
    expect(text).toContain('checks: write')
    expect(text).toContain('pull-requests: write')
  })

  it('updates its comment in place on the next run, and says so when everything verifies', async () => {
    await publishFeedback(input([unsigned(1, true)]))
    forge.comments.unshift({ id: 1, body: `> quoting ${commentMarker('ci', 'verify')}` })
    const second = await publishFeedback(input([unsigned(1, true), unsigned(2, true)]))
    expect(second.comment).toBe('updated')
    expect(forge.comments).toHaveLength(2)
    expect(forge.comments[0].body).toMatch(/^> quoting/)
    const verified = await publishFeedback(input([item()]))
    expect(verified.comment).toBe('updated')
    expect(forge.comments).toHaveLength(2)
    expect(forge.comments[1].body).toContain('✅ All 1 images verify')
    expect(forge.requests.filter(r => r.method === 'POST' && r.path.includes('/comments'))).toHaveLength(1)
  })

  it('auto: no comment when everything verifies and none exists; another job keeps its own', async () => {
    expect((await publishFeedback(input([item()]))).comment).toBe('skipped')
    expect(forge.comments).toHaveLength(0)
    await publishFeedback(input([unsigned(1, true)]))
    await publishFeedback(input([unsigned(1, true)], { job: 'other' }))
    expect(forge.comments).toHaveLength(2)
  })

  it('reads changed lines from the pull request files API', async () => {
    forge.files = [{ filename: 'deploy/a.yaml', status: 'modified', patch: '@@ -1,2 +1,3 @@\n a\n+b\n c' }, { filename: 'big.yaml', status: 'added' }, { filename: 'gone.yaml', status: 'removed', patch: '' }]
    const lines = await createGitHubClient({ token: 't', baseUrl: forge.url, timeoutMs: 5000 }).changedLines(PR)
    expect([...(lines.get('deploy/a.yaml') as Set<number>)]).toEqual([2])
    expect(lines.get('big.yaml')).toBe('all')
    expect(lines.has('gone.yaml')).toBe(false)
  })
})

describe('publishFeedback on Forgejo', () => {
  const forgejo = (over: Partial<FeedbackInput> = {}) =>
    input([unsigned(1, true), unsigned(2, false)], { platform: 'forgejo', run: { ...RUN, server_url: 'https://code.example' }, client: createForgejoClient({ token: 'fj_test', apiUrl: `${forge.url}/api/v1`, timeoutMs: 5000 }), ...over })

  it('writes one comment through /api/v1/repos/{owner}/{repo}/issues/{index}/comments and updates it in place', async () => {
    const first = await publishFeedback(forgejo())
    expect(first).toMatchObject({ checkRun: false, comment: 'created' })
    expect(forge.requests.map(r => `${r.method} ${r.path.split('?')[0]}`)).toEqual(['GET /api/v1/repos/acme/app/issues/7/comments', 'POST /api/v1/repos/acme/app/issues/7/comments'])
    expect(forge.requests[0].auth).toBe('token fj_test')
    expect(forge.comments[0].body).toContain('https://code.example/acme/app/src/commit/' + PR.headSha + '/deploy/img1.yaml#L2')
    const second = await publishFeedback(forgejo())
    expect(second.comment).toBe('updated')
    expect(forge.requests.at(-1)?.method).toBe('PATCH')
    expect(forge.requests.at(-1)?.path).toBe(`/api/v1/repos/acme/app/issues/comments/${forge.comments[0].id}`)
    expect(forge.comments).toHaveLength(1)
  })
  it('a 403 is a warning, never a failure', async () => {
    forge.deny.set(/comments/, 403)
    const i = forgejo()
    expect((await publishFeedback(i)).comment).toBe('failed')
    expect(i.logger.lines.some(l => l.level === 'warning' && l.message.includes('HTTP 403'))).toBe(true)
  })
  it('reads changed lines from the pull request diff', async () => {
    forge.diff = 'diff --git a/k8s/x.yaml b/k8s/x.yaml\n--- a/k8s/x.yaml\n+++ b/k8s/x.yaml\n@@ -3,0 +4,2 @@\n+a\n+b\n'
    const lines = await createForgejoClient({ token: 't', apiUrl: `${forge.url}/api/v1`, timeoutMs: 5000 }).changedLines(PR)
    expect([...(lines.get('k8s/x.yaml') as Set<number>)]).toEqual([4, 5])
  })
})

describe('renderComment with hostile input', () => {
  it('neutralises Markdown, HTML, mentions and links from file names, repositories and reasons', () => {
    const evil = '](javascript:alert(1)) <img src=x onerror=alert(1)> @admin | ![x](http://evil/p.png)\n| injected | row |'
    const hostile: ReportItem = {
      ...unsigned(1, true),
      repository: `acme/${evil}`,
      verdict: { ...unsigned(1, true).verdict, reason: evil },
      sources: [{ file: `deploy/${evil}.yaml`, line: 3, kind: 'k8s-image' }]
    }
    const marker = commentMarker('ci', 'verify')
    const body = renderComment({ marker, items: [hostile], counts: countVerdicts([hostile.verdict], policy()), policy: policy(), run: RUN, platform: 'github', workflow: `ci ${evil}`, job: 'verify', headSha: PR.headSha, prefix: '' })
    expect(body.startsWith(marker)).toBe(true)
    expect(body).not.toMatch(/<img|javascript:|@admin|!\[|\n\| injected/)
    // Each table row stays one row of five cells.
    const row = body.split('\n').find(l => l.startsWith('| 🆕'))!
    expect(row.split(/(?<!\\)\|/).length).toBe(7)
    // The only link is ours, to the file at the head commit, with its target closed properly.
    const links = [...body.matchAll(/\]\(([^)]*)\)/g)].map(m => m[1])
    expect(links).toHaveLength(1)
    expect(links[0]).toMatch(/^https:\/\/github\.com\/acme\/app\/blob\/b{40}\/deploy\/[^\s()<>]+#L3$/)
  })
})
