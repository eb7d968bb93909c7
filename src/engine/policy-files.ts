import fg from 'fast-glob'
import { readFile, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { AppError } from '../errors.js'
import type { Logger } from '../logger.js'
import { loadPolicySet, mayHoldPolicy, PolicyFileError, type Authority, type ImagePolicy, type NoMatch, type PolicyFile, type PolicySet } from '../policy/index.js'

/** Policy files are small; a bigger one is refused rather than read (the pull request is the attacker). */
export const MAX_POLICY_FILE_BYTES = 1024 * 1024
const AUTO_IGNORE = ['**/.git/**', '**/node_modules/**']

export interface PolicyLoadOptions {
  /** The `policy` input: paths or globs relative to the workspace, or `auto`. */
  patterns: readonly string[]
  workspace: string
  noMatch: NoMatch
  logger: Logger
}

function inside(root: string, target: string): boolean {
  const rel = path.relative(root, target)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

/** A workspace file by a path relative to `base`, refusing anything that resolves outside the workspace. */
async function readInside(workspace: string, base: string, file: string, what: string, where: { file: string; line: number }): Promise<{ text: string; absolute: string }> {
  const absolute = path.resolve(base, file)
  try {
    const real = await realpath(absolute)
    if (!inside(await realpath(workspace), real)) throw new PolicyFileError('POLICY_FIELD_INVALID', `${what} '${file}' is outside the workspace`, where)
    const info = await stat(real)
    if (info.size > MAX_POLICY_FILE_BYTES) throw new PolicyFileError('POLICY_FIELD_INVALID', `${what} '${file}' is larger than ${MAX_POLICY_FILE_BYTES} bytes`, where)
    return { text: await readFile(real, 'utf8'), absolute: real }
  } catch (e) {
    if (e instanceof PolicyFileError) throw e
    throw new PolicyFileError('POLICY_FILE_NOT_FOUND', `${what} '${file}' cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`, where)
  }
}

/** How a file was named: a path must hold a policy; a glob's files may not; `auto` skips what is not YAML yet. */
type Origin = 'path' | 'glob' | 'auto'

async function listPolicyFiles(options: PolicyLoadOptions): Promise<{ file: string; origin: Origin }[]> {
  const out = new Map<string, Origin>()
  for (const pattern of options.patterns) {
    if (pattern === 'auto') {
      const found = await fg(['**/*.yaml', '**/*.yml'], { cwd: options.workspace, ignore: AUTO_IGNORE, dot: true, followSymbolicLinks: false, onlyFiles: true })
      for (const f of found) if (!out.has(f)) out.set(f, 'auto')
      continue
    }
    if (path.isAbsolute(pattern) || pattern.split(/[\\/]/).includes('..')) {
      throw new AppError('INPUT_INVALID', `option 'policy': expected paths relative to the workspace, found '${pattern}'`, { details: { option: 'policy' } })
    }
    const dynamic = fg.isDynamicPattern(pattern)
    const found = dynamic ? await fg(pattern, { cwd: options.workspace, ignore: AUTO_IGNORE, dot: true, followSymbolicLinks: false, onlyFiles: true }) : [pattern]
    if (found.length === 0) throw new AppError('INPUT_INVALID', `option 'policy': no file matches '${pattern}'`, { details: { option: 'policy' } })
    for (const f of found.sort()) if (out.get(f) !== 'path') out.set(f, dynamic ? 'glob' : 'path')
  }
  return [...out].map(([file, origin]) => ({ file, origin }))
}

/**
 * Reads the `policy` input into one PolicySet, with key files and trusted roots resolved (relative
 * to the policy file, inside the workspace) so the set is self-contained and its fingerprint covers them.
 */
export async function loadPolicyFiles(options: PolicyLoadOptions): Promise<PolicySet> {
  const files: PolicyFile[] = []
  for (const { file, origin } of await listPolicyFiles(options)) {
    const explicit = origin === 'path'
    if (origin === 'auto') {
      const info = await stat(path.join(options.workspace, file)).catch(() => undefined)
      if (!info || info.size > MAX_POLICY_FILE_BYTES) continue
      const content = await readFile(path.join(options.workspace, file), 'utf8').catch(() => '')
      if (!mayHoldPolicy(content)) continue
      // A template that is not YAML yet (Helm) is reported and left out, never half-read.
      try {
        loadPolicySet([{ file, content, explicit }], options.noMatch)
      } catch (e) {
        if (!(e instanceof PolicyFileError) || e.code !== 'POLICY_YAML_INVALID') throw e
        options.logger.warning(`policy: auto skipped ${file}: ${e.message}`, { file, line: Number(e.details.line) })
        continue
      }
      files.push({ file, content, explicit })
      continue
    }
    const { text } = await readInside(options.workspace, options.workspace, file, 'policy file', { file, line: 1 })
    files.push({ file, content: text, explicit })
  }
  const set = loadPolicySet(files, options.noMatch)
  for (const policy of set.policies) policy.authorities = await Promise.all(policy.authorities.map(a => resolveFiles(a, policy, options.workspace)))
  if (options.patterns.includes('auto')) options.logger.info(`policy: auto found ${set.policies.length} policies in ${files.length} files`)
  return set
}

async function resolveFiles(authority: Authority, policy: ImagePolicy, workspace: string): Promise<Authority> {
  const base = path.join(workspace, path.dirname(authority.position.file))
  const where = authority.position
  if (authority.type === 'key') {
    const keys = []
    for (const key of authority.keys) keys.push('path' in key ? { data: (await readInside(workspace, base, key.path, `key of ${policy.name}/${authority.name}`, where)).text } : key)
    return { ...authority, keys }
  }
  if (authority.type === 'keyless' && authority.trustedRoot) {
    const { absolute } = await readInside(workspace, base, authority.trustedRoot, `trustedRoot of ${policy.name}/${authority.name}`, where)
    return { ...authority, trustedRoot: absolute }
  }
  return authority
}
