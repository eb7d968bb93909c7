/** Where a run came from, read from the runner's environment (GitHub or Forgejo). */
export interface RunContext {
  server_url: string | null
  repository: string | null
  sha: string | null
  ref: string | null
  workflow: string | null
  run_id: string | null
  run_attempt: string | null
}

export type Platform = 'github' | 'forgejo' | 'gitea' | 'local'

export function runContextFromEnv(env: NodeJS.ProcessEnv): RunContext {
  // The Forgejo runner sets both FORGEJO_* and GITHUB_*; prefer the Forgejo names when present.
  const pick = (name: string): string | null => env[`FORGEJO_${name}`] || env[`GITHUB_${name}`] || null
  return {
    server_url: pick('SERVER_URL'),
    repository: pick('REPOSITORY'),
    sha: pick('SHA'),
    ref: pick('REF'),
    workflow: pick('WORKFLOW'),
    run_id: pick('RUN_ID'),
    run_attempt: pick('RUN_ATTEMPT')
  }
}

export function platformFromEnv(env: NodeJS.ProcessEnv): Platform {
  if (env.FORGEJO_ACTIONS === 'true') return 'forgejo'
  if (env.GITEA_ACTIONS === 'true') return 'gitea'
  if (env.GITHUB_ACTIONS === 'true') return 'github'
  return 'local'
}

/** Link to a file line at the run's commit, on GitHub or Forgejo/Gitea. */
export function fileUrl(run: RunContext, platform: Platform, file: string, line: number): string | null {
  if (!run.server_url || !run.repository || !run.sha) return null
  const base = `${run.server_url.replace(/\/+$/, '')}/${run.repository}`
  const encoded = file.split('/').map(encodeURIComponent).join('/')
  if (platform === 'forgejo' || platform === 'gitea') return `${base}/src/commit/${run.sha}/${encoded}#L${line}`
  return `${base}/blob/${run.sha}/${encoded}#L${line}`
}
