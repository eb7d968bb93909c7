import { realpath } from 'node:fs/promises'
import type { Logger } from '../logger.js'
import { messageOf } from '../errors.js'
import { diffFromGit, readAtRevision, repoPrefix, type ChangedLines } from './changed-lines.js'
import type { BaseReader } from './introduced.js'
import type { PullRequest } from './pull-request.js'

const DEFAULT_MAX_BASE_BYTES = 5 * 1024 * 1024

export interface ChangesOptions {
  pr: PullRequest | null
  /** The checkout (workspace) and the directory scanned inside it. */
  workspace: string
  scanRoot?: string
  logger: Logger
  /** The forge's list of changed lines, asked when local history lacks the base commit. */
  fromApi?: (pr: PullRequest) => Promise<ChangedLines>
  /** A file at the pull request's base through the forge API, when local history lacks it. */
  baseFromApi?: (pr: PullRequest, repoPath: string) => Promise<string | null>
  timeoutMs?: number
  /** Base versions larger than this are not read (their images count as new). Default 5 MiB. */
  maxFileSize?: number
}

export interface Changes {
  lines: ChangedLines
  prefix: string
  source: 'git' | 'api'
  /** A changed file's version on the base, to tell new images from existing ones; absent when unknown. */
  readBase?: BaseReader
}

/**
 * The lines a pull request added or changed: `git diff` against the merge base when the
 * history is there, else the forge API. Null outside pull requests or when neither answers.
 */
export async function changesForRun(o: ChangesOptions): Promise<Changes | null> {
  if (!o.pr) return null
  const root = await realpath(o.scanRoot ?? o.workspace).catch(() => o.scanRoot ?? o.workspace)
  const prefix = await repoPrefix(o.workspace, root, o.timeoutMs)
  const local = await diffFromGit({ cwd: o.workspace, base: o.pr.baseSha, timeoutMs: o.timeoutMs })
  const maxBytes = o.maxFileSize ?? DEFAULT_MAX_BASE_BYTES
  if (local) return { lines: local.lines, prefix, source: 'git', readBase: file => readAtRevision(o.workspace, local.mergeBase, file, maxBytes, o.timeoutMs) }
  if (!o.fromApi) {
    o.logger.info('new-versus-existing: the base commit is not in the local history and no forge API is available; findings are not classified')
    return null
  }
  try {
    const { pr, baseFromApi } = o
    return { lines: await o.fromApi(pr), prefix, source: 'api', ...(baseFromApi ? { readBase: (file: string) => baseFromApi(pr, file) } : {}) }
  } catch (e) {
    o.logger.warning(`new-versus-existing: could not read the pull request's changed files: ${messageOf(e)}; findings are not classified`)
    return null
  }
}
