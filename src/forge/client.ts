import type { ChangedLines } from './changed-lines.js'
import type { PullRequest } from './pull-request.js'

export interface IssueComment {
  id: number
  body: string
  /** Login of the comment's author, as the forge reports it. */
  author?: string
}

export interface CheckAnnotation {
  path: string
  start_line: number
  end_line: number
  annotation_level: 'failure' | 'warning' | 'notice'
  title: string
  message: string
}

export interface CheckRunInput {
  name: string
  headSha: string
  conclusion: 'success' | 'failure' | 'neutral'
  title: string
  summary: string
  annotations: CheckAnnotation[]
}

/** What the report pipeline asks of a forge; one implementation per platform. */
export interface ForgeClient {
  platform: 'github' | 'forgejo'
  changedLines(pr: PullRequest): Promise<ChangedLines>
  /** A file (repository-relative path) at the pull request's base commit; null when absent or not readable. */
  baseFile?(pr: PullRequest, path: string): Promise<string | null>
  listComments(pr: PullRequest): Promise<IssueComment[]>
  /** Login of the token's own identity (the author of what it writes); null when it cannot be told. */
  ownLogin(): Promise<string | null>
  createComment(pr: PullRequest, body: string): Promise<IssueComment>
  updateComment(pr: PullRequest, id: number, body: string): Promise<void>
  /** GitHub only; absent where the forge has no checks API. */
  createCheckRun?(owner: string, repo: string, run: CheckRunInput): Promise<{ id: number; requests: number }>
}
