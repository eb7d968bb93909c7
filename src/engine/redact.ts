import type { Logger } from '../logger.js'

const MASK = '***'

export interface Redactor {
  /** Registers a secret: from now on it is cut out of everything `redact` sees. */
  add(value: string | undefined): void
  redact(text: string): string
  /** A copy of plain data (records, outcomes) with every string redacted. */
  redactDeep<T>(value: T): T
  /** A logger that redacts every message and feeds `secret()` both to this redactor and to `inner`. */
  logger(inner: Logger): Logger
}

/**
 * Known secrets out of every message, record and upload (issue 17): masking (`::add-mask::`)
 * protects the log only, while Sigstore and registry error bodies end up in
 * `verification_details`, the summary and the NDJSON upload too. A JWT's parts are secrets on
 * their own: a service may quote the claims segment alone.
 */
export function createRedactor(initial: readonly (string | undefined)[] = []): Redactor {
  const secrets = new Set<string>()
  let ordered: string[] = []
  const add = (value: string | undefined): void => {
    const v = value?.trim()
    if (!v) return
    const forms = [v, JSON.stringify(v).slice(1, -1)]
    if (/^[\w-]+\.[\w-]+\.[\w-]*$/.test(v)) forms.push(...v.split('.').filter(part => part.length >= 16))
    for (const f of forms) secrets.add(f)
    ordered = [...secrets].sort((a, b) => b.length - a.length)
  }
  const redact = (text: string): string => ordered.reduce((t, s) => (t.includes(s) ? t.split(s).join(MASK) : t), text)
  const redactDeep = <T>(value: T): T => {
    if (typeof value === 'string') return redact(value) as T
    if (Array.isArray(value)) return value.map(v => redactDeep(v as unknown)) as T
    if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v as unknown)])) as T
    }
    return value
  }
  for (const s of initial) add(s)
  return {
    add,
    redact,
    redactDeep,
    logger: inner => ({
      debug: m => inner.debug(redact(m)),
      info: m => inner.info(redact(m)),
      warning: (m, w) => inner.warning(redact(m), w),
      error: (m, w) => inner.error(redact(m), w),
      secret: s => {
        add(s)
        inner.secret(s)
      }
    })
  }
}
