/** Shared pieces of the hostile-input suite: a run's config from raw options, and a verify run end to end. */
import * as core from '@actions/core'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { resolveConfig, type Config, type RawOptions } from '../../src/config/index.js'
import { runVerify, type VerifyDeps, type VerifyOutcome } from '../../src/engine/index.js'
import { createImageVerifier } from '../../src/engine/compose.js'
import type { ServerResponse } from 'node:http'
import { memoryLogger } from '../../src/logger.js'
import type { FaultHandler } from '../support/registry-fault-server.js'

export const DIGEST = 'sha256:' + 'a'.repeat(64)
export const OTHER_DIGEST = 'sha256:' + 'b'.repeat(64)

export async function tempDir(prefix = 'hostile-'): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix))
}

/** A verify configuration: public-good root shipped with the action (no network), no upload. */
export async function configFor(raw: RawOptions, env: NodeJS.ProcessEnv = {}): Promise<Config> {
  const dir = await tempDir()
  return resolveConfig({ offline: 'true', upload: 'false', 'results-file': path.join(dir, 'results.ndjson'), timeout: '2', ...raw }, { GITHUB_WORKSPACE: dir, RUNNER_TEMP: dir, ...env })
}

export async function verifyRun(config: Config, deps: Partial<VerifyDeps> = {}): Promise<VerifyOutcome & { logger: ReturnType<typeof memoryLogger> }> {
  const logger = memoryLogger()
  const verifier = await createImageVerifier(config, logger)
  try {
    return { ...(await runVerify(config, logger, { verifier, env: {}, ...deps })), logger }
  } finally {
    verifier.client.close()
  }
}

export const SIMPLE_SIGNING = 'application/vnd.dev.cosign.simplesigning.v1+json'
export const BUNDLE_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json'

export type Reply = (res: ServerResponse) => void

/** What a scripted registry answers beyond "no signatures, image exists": per path regexp, first match wins. */
export type Routes = [RegExp, Reply][]

const json = (body: unknown, type = 'application/json'): Reply => res => {
  const bytes = Buffer.from(JSON.stringify(body))
  res.writeHead(200, { 'content-type': type, 'content-length': String(bytes.length) }).end(bytes)
}

/** A `.sig` manifest listing `count` simple-signing layers (each a different fake digest). */
export function sigManifest(count: number): Reply {
  const layers = Array.from({ length: count }, (_, i) => ({ mediaType: SIMPLE_SIGNING, size: 10, digest: `sha256:${i.toString(16).padStart(64, '0')}`, annotations: { 'dev.cosignproject.cosign/signature': 'AA==' } }))
  return json({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: { mediaType: 'application/vnd.oci.empty.v1+json', size: 2, digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a' }, layers })
}

/** An image index of `count` Sigstore bundle referrers, as the referrers API answers. */
export function referrersIndex(count: number): Reply {
  const manifests = Array.from({ length: count }, (_, i) => ({ mediaType: 'application/vnd.oci.image.manifest.v1+json', artifactType: BUNDLE_TYPE, size: 10, digest: `sha256:${(i + 1).toString(16).padStart(64, 'f')}` }))
  return json({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests }, 'application/vnd.oci.image.index.v1+json')
}

/**
 * A registry with `routes` first, then: no referrers API (plain-text 404), no signatures, and every
 * image present (HEAD by digest answers 200), so an image without routes is `unsigned`.
 */
export function scriptedRegistry(routes: Routes): FaultHandler {
  return (req, res) => {
    for (const [pattern, reply] of routes) if (pattern.test(req.path)) return reply(res)
    const head = /^\/v2\/.+\/manifests\/(sha256:[0-9a-f]{64})$/.exec(req.path)
    if (req.method === 'HEAD' && head) {
      return void res.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json', 'docker-content-digest': head[1], 'content-length': '100' }).end()
    }
    if (req.path === '/v2/') return void res.writeHead(200).end('{}')
    res.writeHead(404, { 'content-type': 'text/plain' }).end('404 page not found')
  }
}

/** Runs the action in-process as a runner would: INPUT_* and the GITHUB_* files. */
export async function runAction(start: (env: NodeJS.ProcessEnv) => Promise<void>, inputs: Record<string, string>) {
  const dir = await tempDir('hostile-action-')
  const files = { GITHUB_OUTPUT: path.join(dir, 'output'), GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md') }
  await writeFile(files.GITHUB_OUTPUT, '')
  await writeFile(files.GITHUB_STEP_SUMMARY, '')
  const saved = { ...process.env }
  const exitCode = process.exitCode
  Object.assign(process.env, files)
  // @actions/core's summary caches the first GITHUB_STEP_SUMMARY it saw; each run here has its own file.
  ;(core.summary as unknown as { _filePath?: string })._filePath = undefined
  const env: NodeJS.ProcessEnv = { ...files, GITHUB_WORKSPACE: dir, RUNNER_TEMP: dir }
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v
  let failed: boolean
  try {
    process.exitCode = 0
    await start(env)
    failed = process.exitCode === 1
  } finally {
    process.exitCode = exitCode
    for (const k of Object.keys(files)) delete process.env[k]
    Object.assign(process.env, saved)
  }
  const text = await readFile(files.GITHUB_OUTPUT, 'utf8')
  const outputs = Object.fromEntries([...text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)].map(m => [m[1], m[3]]))
  return { failed, outputs, summary: await readFile(files.GITHUB_STEP_SUMMARY, 'utf8'), dir }
}

