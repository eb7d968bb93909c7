import { realpath } from 'node:fs/promises'
import type { Logger } from '../logger.js'
import { messageOf } from '../errors.js'
import { changedLinesFromGit, repoPrefix, type ChangedLines } from './changed-lines.js'
import type { PullRequest } from './pull-request.js'

export interface ChangesOptions {
  pr: PullRequest | null
  /** The checkout (workspace) and the directory scanned inside it. */
  workspace: string
  scanRoot?: string
  logger: Logger
  /** The forge's list of changed lines, asked when local history lacks the base commit. */
  fromApi?: (pr: PullRequest) => Promise<ChangedLines>
  timeoutMs?: number
}

export interface Changes {
  lines: ChangedLines
  prefix: string
  source: 'git' | 'api'
}

/**
 * The lines a pull request added or changed: `git diff` against the merge base when the
 * history is there, else the forge API. Null outside pull requests or when neither answers.
 */
export async function changesForRun(o: ChangesOptions): Promise<Changes | null> {
  if (!o.pr) return null
  const root = await realpath(o.scanRoot ?? o.workspace).catch(() => o.scanRoot ?? o.workspace)
  const prefix = await repoPrefix(o.workspace, root, o.timeoutMs)
  const local = await changedLinesFromGit({ cwd: o.workspace, base: o.pr.baseSha, timeoutMs: o.timeoutMs })
  if (local) return { lines: local, prefix, source: 'git' }
  if (!o.fromApi) {
    o.logger.info('new-versus-existing: the base commit is not in the local history and no forge API is available; findings are not classified')
    return null
  }
  try {
    return { lines: await o.fromApi(o.pr), prefix, source: 'api' }
  } catch (e) {
    o.logger.warning(`new-versus-existing: could not read the pull request's changed files: ${messageOf(e)}; findings are not classified`)
    return null
  }
}
