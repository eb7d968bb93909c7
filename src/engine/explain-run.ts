import type { Config } from '../config/index.js'
import type { Logger } from '../logger.js'
import { explainImage, type ExplainLine } from '../policy/index.js'
import { parseNormalizedNamed } from '../reference/index.js'
import { scanWorkspace } from '../scan/index.js'
import { loadPolicyFiles } from './policy-files.js'

/** The action's `mode: explain`: the `images` input and, with `path`, every scanned reference. Offline. */
export async function runExplain(config: Config, logger: Logger, now: () => Date = () => new Date(), env?: NodeJS.ProcessEnv): Promise<ExplainLine[]> {
  // With `env`, a pull request's policy comes from its base commit, as for verify.
  const set = await loadPolicyFiles({ patterns: config.policy, workspace: config.workspace, noMatch: config.noMatch, logger, env, timeoutMs: config.timeoutMs })
  const seen = new Map<string, { name: string; tag?: string; digest?: string }>()
  for (const image of config.images) {
    const r = parseNormalizedNamed(image)
    seen.set(image, { name: r.name, tag: r.tag, digest: r.digest })
  }
  if (config.path) {
    const scan = await scanWorkspace({ root: config.path, include: config.include, exclude: config.exclude, maxFileSize: config.maxFileSize }, logger)
    for (const ref of scan.refs) if (!seen.has(ref.ref)) seen.set(ref.ref, { name: ref.name, tag: ref.tag, digest: ref.digest })
  }
  for (const u of set.policies.flatMap(p => p.unenforceable)) logger.warning(`policy ${u.policy} is not enforceable: ${u.field}: ${u.reason}`, { file: u.position.file, line: u.position.line })
  return [...seen].map(([written, image]) => explainImage(set, image, written, now()))
}
