import type { Config } from '../config/index.js'
import { AppError, messageOf } from '../errors.js'
import type { Logger } from '../logger.js'
import { SignError } from '../cosign/index.js'
import { checkSigstoreUrl } from '../trust/index.js'
import { keySecrets } from './read-key.js'
import { createRedactor, type Redactor } from './redact.js'

/** Sigstore services get the identity token or what binds a signature to it: https only, http on loopback. */
export function checkServiceUrls(config: Config): void {
  if (config.key === undefined) checkSigstoreUrl('fulcio-url', config.fulcioUrl)
  if (config.tlogUpload) checkSigstoreUrl('rekor-url', config.rekorUrl)
  checkSigstoreUrl('tsa-url', config.tsaUrl)
}

/**
 * The one entry of every mode that signs (sign, attest and their -and-verify forms): the Sigstore
 * URLs are checked before any request, every known secret is registered before any request, and
 * the outcome (messages, records, results, what the shells print and upload) and any error thrown
 * come back redacted. `work` gets the redacting logger and the redactor for what it writes itself.
 */
export async function withSigningGuards<T>(config: Config, logger: Logger, work: (log: Logger, redactor: Redactor) => Promise<T>): Promise<T> {
  const redactor = createRedactor()
  const log = redactor.logger(logger)
  for (const s of [config.identityToken, config.keyPassword, config.registryPassword, config.apiToken, ...keySecrets(config.key, undefined)]) if (s) log.secret(s)
  try {
    checkServiceUrls(config)
    return redactor.redactDeep(await work(log, redactor))
  } catch (e) {
    // The same error (class, code, cause) with its message and details redacted: the shells print them.
    if (e instanceof AppError) {
      e.message = redactor.redact(e.message)
      Object.assign(e.details, redactor.redactDeep(e.details))
      throw e
    }
    // Coded like every other failure; the cause is left out, its text may hold what was redacted.
    throw new SignError('SIGN_FAILED', redactor.redact(messageOf(e)))
  }
}
