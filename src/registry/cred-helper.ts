import { spawn } from 'node:child_process'
import { AppError } from '../errors.js'
import type { CredentialHelperRunner } from './options.js'

const HELPER_TIMEOUT_MS = 30_000
/** docker/docker-credential-helpers' `credentials.NewErrCredentialsNotFound` message. */
const NOT_FOUND = /credentials not found/i

export type CredentialHelperErrorCode = 'CREDENTIAL_HELPER_INVALID' | 'CREDENTIAL_HELPER_MISSING' | 'CREDENTIAL_HELPER_FAILED'

/** The keychain rewraps it as REGISTRY_AUTH for the host; the code says what went wrong with the helper. */
export class CredentialHelperError extends AppError<CredentialHelperErrorCode> {
  constructor(
    code: CredentialHelperErrorCode,
    readonly helper: string,
    message: string
  ) {
    super(code, message, { details: { helper } })
    this.name = 'CredentialHelperError'
  }
}

/**
 * The `docker-credential-<name> get` protocol: the server URL on stdin, `{ServerURL, Username, Secret}`
 * on stdout; exit non-zero with "credentials not found" when it has none (resolved as undefined).
 * Any other failure rejects: a broken helper must not turn into a silent anonymous pull.
 */
export const runCredentialHelper: CredentialHelperRunner = (helper, serverUrl, env) =>
  new Promise((resolve, reject) => {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(helper)) {
      reject(new CredentialHelperError('CREDENTIAL_HELPER_INVALID', helper, `invalid credential helper name '${helper}'`))
      return
    }
    const program = `docker-credential-${helper}`
    const child = spawn(program, ['get'], { env, stdio: ['pipe', 'pipe', 'pipe'] })
    // Not spawn's own `timeout`: its timer outlives a helper that never started (ENOENT).
    const timer = setTimeout(() => child.kill('SIGKILL'), HELPER_TIMEOUT_MS)
    timer.unref()
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (c: Buffer) => out.push(c))
    child.stderr.on('data', (c: Buffer) => err.push(c))
    child.on('error', e => {
      clearTimeout(timer)
      const missing = 'code' in e && e.code === 'ENOENT'
      reject(new CredentialHelperError(missing ? 'CREDENTIAL_HELPER_MISSING' : 'CREDENTIAL_HELPER_FAILED', helper, missing ? `${program} is not on PATH` : `${program} could not run`))
    })
    child.on('close', code => {
      clearTimeout(timer)
      const stdout = Buffer.concat(out).toString('utf8')
      if (code === 0) return resolve(stdout)
      const said = `${stdout}\n${Buffer.concat(err).toString('utf8')}`
      if (NOT_FOUND.test(said)) return resolve(undefined)
      // The helper's own output may echo secrets: report the exit code only.
      reject(new CredentialHelperError('CREDENTIAL_HELPER_FAILED', helper, `${program} get exited with ${code ?? 'a signal'}`))
    })
    child.stdin.on('error', () => undefined)
    child.stdin.end(serverUrl)
  })
