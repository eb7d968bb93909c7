import fg from 'fast-glob'
import micromatch from 'micromatch'
import { mkdtemp, open, realpath, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { AppError } from '../errors.js'
import type { Logger } from '../logger.js'
import { readUserText, UserFileError, type UserFileProblem } from '../user-file.js'
import { loadPolicySet, mayHoldPolicy, MAX_POLICY_FILE_BYTES, PolicyFileError, type Authority, type ImagePolicy, type NoMatch, type PolicyFile, type PolicySet } from '../policy/index.js'
import { policyOriginFor, type BaseTree } from './policy-base.js'

const AUTO_IGNORE = ['**/.git/**', '**/node_modules/**']
const DEFAULT_READ_TIMEOUT_MS = 30_000
/** What `read` calls a file the `policy` input names (other files are named by a policy's fields). */
const POLICY_INPUT_FILE = 'policy file'
const REFUSED: Record<Exclude<UserFileProblem, 'missing' | 'unreadable'>, string> = {
  'not-regular': 'is not a regular file',
  'too-large': `is larger than ${MAX_POLICY_FILE_BYTES} bytes`,
  timeout: 'could not be read within the timeout'
}

export interface PolicyLoadOptions {
  /** The `policy` input: paths or globs relative to the workspace, or `auto`. */
  patterns: readonly string[]
  workspace: string
  noMatch: NoMatch
  logger: Logger
  /**
   * The run's environment. On pull-request events the policy, its key files and trusted roots are
   * read from the pull request's base commit, never from its working tree. Without it: the
   * working tree (the CLI on a laptop, tests).
   */
  env?: NodeJS.ProcessEnv
  /** Under require-signed, a policy that cannot be read (base commit missing, file skipped) fails the run. */
  requireSigned?: boolean
  timeoutMs?: number
}

type Where = { file: string; line: number }

/** A tree policy files are read from: the working tree, or the base commit of a pull request. */
interface PolicyTree {
  /** Workspace-relative files matching the patterns: dot files included, symlinks not followed. */
  glob(patterns: string | string[]): Promise<string[]>
  /** The size of a regular file, undefined when there is none. */
  size(file: string): Promise<number | undefined>
  /** At most `max` bytes of a file `glob` found. */
  head(file: string, max: number): Promise<string>
  /** A file by a path relative to `dir` (workspace-relative), refused outside the workspace. */
  read(dir: string, file: string, what: string, where: Where): Promise<{ text: string; absolute?: string }>
}

function inside(root: string, target: string): boolean {
  const rel = path.relative(root, target)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

function worktree(workspace: string, timeoutMs = DEFAULT_READ_TIMEOUT_MS): PolicyTree {
  return {
    glob: patterns => fg(patterns, { cwd: workspace, ignore: AUTO_IGNORE, dot: true, followSymbolicLinks: false, onlyFiles: true }),
    size: async file => {
      const info = await stat(path.join(workspace, file)).catch(() => undefined)
      return info?.isFile() ? info.size : undefined
    },
    head: async (file, max) => {
      const handle = await open(path.join(workspace, file), 'r').catch(() => undefined)
      if (!handle) return ''
      try {
        const { buffer, bytesRead } = await handle.read(Buffer.alloc(max), 0, max, 0)
        return buffer.subarray(0, bytesRead).toString('utf8')
      } finally {
        await handle.close()
      }
    },
    read: async (dir, file, what, where) => {
      const absolute = path.resolve(workspace, dir, file)
      const named = what === POLICY_INPUT_FILE
      try {
        const real = await realpath(absolute)
        if (!inside(await realpath(workspace), real)) throw new PolicyFileError('POLICY_FIELD_INVALID', `${what} '${file}' is outside the workspace`, where)
        return { text: await readUserText(real, { option: named ? 'policy' : what, maxBytes: MAX_POLICY_FILE_BYTES, timeoutMs }), absolute: real }
      } catch (e) {
        if (e instanceof PolicyFileError) throw e
        // A FIFO, device or directory (it would block or never end), an oversized file, a read past `timeout`:
        // INPUT_INVALID for the file the `policy` input names, the policy field's own error for a file a policy names.
        if (e instanceof UserFileError && e.problem !== 'missing' && e.problem !== 'unreadable') {
          if (named) throw e
          throw new PolicyFileError('POLICY_FIELD_INVALID', `${what} '${file}' ${REFUSED[e.problem]}`, where)
        }
        throw new PolicyFileError('POLICY_FILE_NOT_FOUND', `${what} '${file}' cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`, where)
      }
    }
  }
}

const REGULAR = new Set(['100644', '100755'])

function baseTree(workspace: string, tree: BaseTree): PolicyTree {
  const regular = [...tree.entries].filter(([, e]) => REGULAR.has(e.mode)).map(([f]) => f)
  const short = tree.commit.slice(0, 12)
  return {
    glob: async patterns => micromatch(regular, patterns, { dot: true, ignore: AUTO_IGNORE }),
    size: async file => {
      const entry = tree.entries.get(file)
      return entry && REGULAR.has(entry.mode) ? entry.size : undefined
    },
    head: async (file, max) => {
      const entry = tree.entries.get(file)
      return entry ? tree.read(entry, max) : ''
    },
    read: async (dir, file, what, where) => {
      const joined = path.isAbsolute(file) ? path.relative(workspace, file).split(path.sep).join('/') : path.posix.join(dir, file.split(path.sep).join('/'))
      const rel = path.posix.normalize(joined)
      if (rel.startsWith('../') || rel === '..' || path.posix.isAbsolute(rel)) throw new PolicyFileError('POLICY_FIELD_INVALID', `${what} '${file}' is outside the workspace`, where)
      const entry = tree.entries.get(rel)
      if (!entry || entry.mode.startsWith('04') || entry.mode === '160000') throw new PolicyFileError('POLICY_FILE_NOT_FOUND', `${what} '${file}' is not in the pull request's base commit ${short}`, where)
      if (!REGULAR.has(entry.mode)) throw new PolicyFileError('POLICY_FIELD_INVALID', `${what} '${file}' is a symbolic link in the base commit ${short}; name the file itself`, where)
      if (entry.size > MAX_POLICY_FILE_BYTES) throw new PolicyFileError('POLICY_FIELD_INVALID', `${what} '${file}' is larger than ${MAX_POLICY_FILE_BYTES} bytes`, where)
      return { text: await tree.read(entry, MAX_POLICY_FILE_BYTES) }
    }
  }
}

const toPosix = (file: string): string => path.posix.normalize(file.split(path.sep).join('/'))

/** How a file was named: a path must hold a policy; a glob's files may not; `auto` skips what is not YAML yet. */
type Origin = 'path' | 'glob' | 'auto'

async function listPolicyFiles(patterns: readonly string[], tree: PolicyTree, fromBase: boolean): Promise<{ file: string; origin: Origin }[]> {
  const out = new Map<string, Origin>()
  for (const pattern of patterns) {
    if (pattern === 'auto') {
      for (const f of (await tree.glob(['**/*.yaml', '**/*.yml'])).sort()) if (!out.has(f)) out.set(f, 'auto')
      continue
    }
    if (path.isAbsolute(pattern) || pattern.split(/[\\/]/).includes('..')) {
      throw new AppError('INPUT_INVALID', `option 'policy': expected paths relative to the workspace, found '${pattern}'`, { details: { option: 'policy' } })
    }
    const dynamic = fg.isDynamicPattern(pattern)
    const found = dynamic ? await tree.glob(pattern) : [pattern]
    // In a pull request a glob may match only files the pull request adds: those are reported, not an input error.
    if (found.length === 0 && !fromBase) throw new AppError('INPUT_INVALID', `option 'policy': no file matches '${pattern}'`, { details: { option: 'policy' } })
    // One name per file, whichever tree listed it ('./deploy/p.yaml' and 'deploy/p.yaml').
    for (const f of found.map(toPosix).sort()) if (out.get(f) !== 'path') out.set(f, dynamic ? 'glob' : 'path')
  }
  return [...out].map(([file, origin]) => ({ file, origin }))
}

/**
 * Reads the `policy` input into one PolicySet, with key files and trusted roots resolved (relative
 * to the policy file, inside the workspace) so the set is self-contained and its fingerprint covers them.
 * In a pull request everything is read from its base commit (security review finding 1).
 */
export async function loadPolicyFiles(options: PolicyLoadOptions): Promise<PolicySet> {
  const origin = options.env ? await policyOriginFor(options.env, options.workspace, options.timeoutMs) : { kind: 'worktree' as const }
  if (origin.kind === 'unavailable') {
    const message = `policy: the pull request's base commit cannot be read, so its policy cannot be either: ${origin.reason}; check out with fetch-depth: 0 (actions/checkout) or fetch the base commit`
    if (options.requireSigned) throw new AppError('POLICY_BASE_UNAVAILABLE', message, { details: { option: 'policy' } })
    options.logger.warning(`${message}; the pull request's own policy files are not used [POLICY_BASE_UNAVAILABLE]`)
    return loadPolicySet([], options.noMatch)
  }
  const work = worktree(options.workspace, options.timeoutMs)
  const tree = origin.kind === 'base' ? baseTree(options.workspace, origin.tree) : work
  if (origin.kind === 'base') options.logger.info(`policy: read from the pull request's base commit ${origin.tree.commit.slice(0, 12)}, not from its working tree`)
  const skipped = (file: string, why: string, line = 1): void => {
    const message = `policy: auto skipped ${file}: ${why}`
    if (options.requireSigned) throw new AppError('POLICY_FILE_SKIPPED', `${message}; under require-signed a policy that is not read fails the run`, { details: { file, line } })
    options.logger.warning(message, { file, line })
  }
  const files: PolicyFile[] = []
  for (const { file, origin: how } of await listPolicyFiles(options.patterns, tree, origin.kind === 'base')) {
    const explicit = how === 'path'
    if (how === 'auto') {
      const size = await tree.size(file)
      if (size === undefined) continue
      const content = await tree.head(file, MAX_POLICY_FILE_BYTES)
      if (!mayHoldPolicy(content)) continue
      if (size > MAX_POLICY_FILE_BYTES) {
        skipped(file, `larger than ${MAX_POLICY_FILE_BYTES} bytes`)
        continue
      }
      // A template that is not YAML yet (Helm) is reported and left out, never half-read.
      try {
        loadPolicySet([{ file, content, explicit }], options.noMatch)
      } catch (e) {
        if (!(e instanceof PolicyFileError) || e.code !== 'POLICY_YAML_INVALID') throw e
        skipped(file, e.message, Number(e.details.line))
        continue
      }
      files.push({ file, content, explicit })
      continue
    }
    try {
      const { text } = await tree.read('', file, POLICY_INPUT_FILE, { file, line: 1 })
      files.push({ file, content: text, explicit })
    } catch (e) {
      // A policy file the pull request adds is reported below; one that exists nowhere is an error.
      if (origin.kind !== 'base' || !(e instanceof PolicyFileError) || e.code !== 'POLICY_FILE_NOT_FOUND' || (await work.size(file)) === undefined) throw e
    }
  }
  const set = loadPolicySet(files, options.noMatch)
  const changed = origin.kind === 'base' ? changedReporter(work, tree, options.logger) : undefined
  for (const policy of set.policies) policy.authorities = await Promise.all(policy.authorities.map(a => resolveFiles(a, policy, tree, changed)))
  if (changed) await reportChangedPolicies(options.patterns, work, tree, files, changed)
  if (options.patterns.includes('auto')) options.logger.info(`policy: auto found ${set.policies.length} policies in ${files.length} files`)
  return set
}

type ChangedReporter = (file: string, what: string, baseText: string | undefined) => Promise<void>

/** Warns about a file whose working-tree version differs from the base's: the pull request changed it. */
function changedReporter(work: PolicyTree, tree: PolicyTree, logger: Logger): ChangedReporter {
  const told = new Set<string>()
  return async (file, what, baseText) => {
    if (told.has(file)) return
    const size = await work.size(file)
    if (size === undefined) return
    const text = await work.head(file, MAX_POLICY_FILE_BYTES + 1)
    const base = baseText ?? ((await tree.size(file)) === undefined ? undefined : await tree.head(file, MAX_POLICY_FILE_BYTES + 1))
    if (base === text) return
    told.add(file)
    if (base === undefined) logger.warning(`policy: ${file}: ${what} added by this pull request is not trusted; the file is ignored`, { file, line: 1 })
    else logger.warning(`policy: ${file}: ${what} changed by this pull request is not trusted; the base branch's version is used`, { file, line: 1 })
  }
}

/** Every policy file the working tree would have given, compared with the base's. */
async function reportChangedPolicies(patterns: readonly string[], work: PolicyTree, tree: PolicyTree, loaded: PolicyFile[], report: ChangedReporter): Promise<void> {
  const candidates = await listPolicyFiles(patterns, work, true).catch(() => [])
  const base = new Map(loaded.map(f => [f.file, f.content]))
  for (const { file, origin } of candidates) {
    if (origin !== 'path' && !mayHoldPolicy(await work.head(file, MAX_POLICY_FILE_BYTES))) continue
    await report(file, 'policy', base.get(file))
  }
}

async function resolveFiles(authority: Authority, policy: ImagePolicy, tree: PolicyTree, changed: ChangedReporter | undefined): Promise<Authority> {
  const dir = path.posix.dirname(authority.position.file.split(path.sep).join('/'))
  const where = authority.position
  const read = async (file: string, what: string) => {
    const got = await tree.read(dir, file, what, where)
    if (changed && !path.isAbsolute(file)) await changed(path.posix.normalize(path.posix.join(dir, file)), what.split(' ')[0], got.text)
    return got
  }
  if (authority.type === 'key') {
    const keys = []
    for (const key of authority.keys) keys.push('path' in key ? { data: (await read(key.path, `key of ${policy.name}/${authority.name}`)).text } : key)
    return { ...authority, keys }
  }
  if (authority.type === 'keyless' && authority.trustedRoot) {
    const got = await read(authority.trustedRoot, `trustedRoot of ${policy.name}/${authority.name}`)
    return { ...authority, trustedRoot: got.absolute ?? (await privateCopy(got.text)) }
  }
  return authority
}

/** The base's trusted root as a file of its own, for the trust loader that reads a path. */
async function privateCopy(text: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'fremforge-policy-base-'))
  const file = path.join(dir, 'trusted_root.json')
  await writeFile(file, text, { mode: 0o600 })
  return file
}
