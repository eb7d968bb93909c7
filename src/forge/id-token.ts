import { AppError, messageOf } from '../errors.js'
import type { Logger } from '../logger.js'

export type IdTokenErrorCode = 'ID_TOKEN_UNAVAILABLE' | 'ID_TOKEN_FAILED'

const MAX_TOKEN_BYTES = 64 * 1024

/**
 * Asks the runner's token endpoint (GitHub `id-token: write`, Forgejo `enable-openid-connect`)
 * for an ID token with this audience. Forgejo's URL already carries a query, hence URL params.
 */
export async function requestIdToken(env: NodeJS.ProcessEnv, audience: string, timeoutMs: number, doFetch: typeof fetch = fetch): Promise<string> {
  const endpoint = env.ACTIONS_ID_TOKEN_REQUEST_URL
  const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
  if (!endpoint || !bearer) {
    throw new AppError<IdTokenErrorCode>('ID_TOKEN_UNAVAILABLE', 'the runner offers no ID token (give the job `permissions: id-token: write` on GitHub, `enable-openid-connect: true` on Forgejo)')
  }
  const url = new URL(endpoint)
  url.searchParams.set('audience', audience)
  const where = `${url.origin}${url.pathname}`
  let response: Response
  try {
    response = await doFetch(url, { headers: { Accept: 'application/json', Authorization: `Bearer ${bearer}` }, signal: AbortSignal.timeout(timeoutMs) })
  } catch (cause) {
    throw new AppError<IdTokenErrorCode>('ID_TOKEN_FAILED', `could not reach the runner's ID-token endpoint ${where}: ${messageOf(cause)}`, { cause })
  }
  const text = await response.text()
  if (!response.ok) throw new AppError<IdTokenErrorCode>('ID_TOKEN_FAILED', `the runner's ID-token endpoint ${where} answered ${response.status}`, { details: { status: response.status } })
  let value: unknown
  try {
    value = text.length <= MAX_TOKEN_BYTES ? (JSON.parse(text) as { value?: unknown }).value : undefined
  } catch {
    value = undefined
  }
  if (typeof value !== 'string' || value === '') throw new AppError<IdTokenErrorCode>('ID_TOKEN_FAILED', `the runner's ID-token endpoint ${where} answered without a token`)
  return value
}

/**
 * `fremforge-auth: oidc`: the upload's bearer is the runner's ID token for audience
 * `fremforge-url` instead of a long-lived API token. Without one, the upload is skipped with a warning.
 */
export async function uploadToken(
  config: { fremforgeAuth: 'token' | 'oidc'; fremforgeUrl: string; apiToken?: string; upload: boolean; timeoutMs: number },
  env: NodeJS.ProcessEnv,
  logger: Logger,
  doFetch?: typeof fetch
): Promise<string | undefined> {
  if (config.fremforgeAuth === 'token' || !config.upload) return config.apiToken
  try {
    const token = await requestIdToken(env, config.fremforgeUrl, config.timeoutMs, doFetch)
    logger.secret(token)
    return token
  } catch (e) {
    logger.warning(`fremforge-auth: oidc: ${messageOf(e)}; results are not uploaded`)
    return undefined
  }
}
