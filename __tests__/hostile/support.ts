/** Shared pieces of the hostile-input suite: a run's config from raw options, and a verify run end to end. */
import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { resolveConfig, type Config, type RawOptions } from '../../src/config/index.js'
import { runVerify, type VerifyDeps, type VerifyOutcome } from '../../src/engine/index.js'
import { createImageVerifier } from '../../src/engine/compose.js'
import { memoryLogger } from '../../src/logger.js'

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
