import type { IdentityProvider } from '@sigstore/sign'
import type { Logger } from '../../logger.js'
import { SignError } from './errors.js'

export const PUBLIC_GOOD_FULCIO_HOST = 'fulcio.sigstore.dev'
export const SIGSTORE_AUDIENCE = 'sigstore'

export interface IdentityOptions {
  /** The `identity-token` input; wins over the runner's token endpoint. */
  identityToken?: string
  fulcioUrl: string
  env: NodeJS.ProcessEnv
  fetch?: typeof fetch
  logger: Logger
  timeoutMs: number
}

const isForgejo = (env: NodeJS.ProcessEnv): boolean => env.FORGEJO_ACTIONS === 'true' || env.GITEA_ACTIONS === 'true'

const MISSING_TOKEN =
  'keyless signing needs an OIDC token, and the runner offers none (ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set). ' +
  'On GitHub, give the job `permissions: id-token: write`; on Forgejo ≥ 15, set `enable-openid-connect: true` on the workflow or the job. ' +
  'Or pass an `identity-token`, or sign with a `key`.'

/**
 * Checks what can be checked before anything is signed: a Forgejo runner cannot get a
 * certificate from the public-good Fulcio (it trusts no Forgejo issuer, sigstore/fulcio#2442),
 * and without any token source keyless signing cannot start.
 */
export function checkKeylessSetup(options: IdentityOptions): void {
  const host = new URL(options.fulcioUrl).host
  if (isForgejo(options.env) && host === PUBLIC_GOOD_FULCIO_HOST && options.identityToken === undefined) {
    throw new SignError(
      'SIGN_FORGEJO_PUBLIC_FULCIO',
      `keyless signing on Forgejo cannot use the public-good Fulcio (${options.fulcioUrl}): it trusts no Forgejo OIDC issuer, so it would refuse the runner's token. ` +
        'Run a private Sigstore configured for your instance and set `fulcio-url`, `rekor-url` and `trusted-root`, or sign with a cosign `key`.',
      { details: { fulcioUrl: options.fulcioUrl } }
    )
  }
  if (options.identityToken === undefined && (!options.env.ACTIONS_ID_TOKEN_REQUEST_URL || !options.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)) {
    throw new SignError('SIGN_TOKEN_MISSING', MISSING_TOKEN)
  }
}

/**
 * The ID token for Fulcio: the `identity-token` input, or the runner's token endpoint asked for
 * audience `sigstore`. Forgejo's URL already carries `?placeholder=true`, hence URL search params.
 */
export function createIdentityProvider(options: IdentityOptions): IdentityProvider {
  checkKeylessSetup(options)
  const { identityToken, env, logger } = options
  if (identityToken !== undefined) return { getToken: async () => identityToken }
  const doFetch = options.fetch ?? fetch
  return {
    async getToken() {
      const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ?? ''
      logger.secret(requestToken)
      const url = new URL(env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '')
      url.searchParams.append('audience', SIGSTORE_AUDIENCE)
      const where = `${url.origin}${url.pathname}`
      let response: Response
      try {
        response = await doFetch(url, { headers: { Accept: 'application/json', Authorization: `Bearer ${requestToken}` }, signal: AbortSignal.timeout(options.timeoutMs) })
      } catch (cause) {
        throw new SignError('SIGN_TOKEN_FAILED', `could not reach the runner's ID-token endpoint ${where}: ${(cause as Error).message}`, { cause })
      }
      if (!response.ok) {
        const hint = response.status === 401 || response.status === 403 ? ' (is the id-token permission granted to this job?)' : ''
        throw new SignError('SIGN_TOKEN_FAILED', `the runner's ID-token endpoint ${where} answered ${response.status}${hint}`, { details: { status: response.status } })
      }
      const body = (await response.json().catch(() => undefined)) as { value?: unknown } | undefined
      if (typeof body?.value !== 'string' || body.value === '') {
        throw new SignError('SIGN_TOKEN_FAILED', `the runner's ID-token endpoint ${where} answered without a token ("value")`)
      }
      logger.secret(body.value)
      return body.value
    }
  }
}
