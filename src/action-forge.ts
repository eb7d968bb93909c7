import { apiUrlFromEnv, createForgejoClient, type ForgeClient } from './forge/index.js'
import type { Platform } from './report/index.js'
import { createGitHubClient } from './action-github.js'

/** The forge client for this runner, or null without a token or outside GitHub/Forgejo. */
export function forgeClientFromEnv(env: NodeJS.ProcessEnv, platform: Platform, token: string | undefined, timeoutMs: number): ForgeClient | null {
  if (!token || platform === 'local') return null
  const apiUrl = apiUrlFromEnv(env, platform)
  if (!apiUrl) return null
  return platform === 'github' ? createGitHubClient({ token, baseUrl: apiUrl, timeoutMs }) : createForgejoClient({ token, apiUrl, timeoutMs })
}
