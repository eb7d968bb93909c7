/**
 * Byte-exact `encoding/json.Marshal` output for plain JSON values. Cosign signs the bytes Go
 * produces, so a payload we build must match them exactly: map keys sorted by their UTF-8 bytes,
 * no whitespace, and Go's string escaping (HTML-safe `<`, `>`, `&`, escaped U+2028/U+2029,
 * invalid UTF-16 replaced by U+FFFD; `\b` and `\f` as short escapes, as Go >= 1.22 does).
 */

export type GoJsonValue = null | boolean | number | string | GoJsonValue[] | { [key: string]: GoJsonValue }

const SHORT_ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' }

const hex4 = (code: number): string => `\\u${code.toString(16).padStart(4, '0')}`

export function toGoJsonString(value: string): string {
  let out = '"'
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]
    const code = value.charCodeAt(i)
    if (SHORT_ESCAPES[ch] !== undefined) out += SHORT_ESCAPES[ch]
    else if (code < 0x20 || ch === '<' || ch === '>' || ch === '&' || code === 0x2028 || code === 0x2029) out += hex4(code)
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < value.length && isLowSurrogate(value.charCodeAt(i + 1))) {
      out += value.slice(i, i + 2)
      i++
    } else if (code >= 0xd800 && code <= 0xdfff) out += '\\ufffd'
    else out += ch
  }
  return `${out}"`
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

function compareUtf8(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'))
}

/** Go encoding of a value decoded into `interface{}`: objects are maps, so keys are sorted. */
export function toGoJson(value: GoJsonValue): string {
  if (value === null) return 'null'
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`JSON has no encoding for ${value}`)
    // Go's float64 encoding follows the ES number-to-string rules (encoding/json floatEncoder),
    // except that it keeps the sign of negative zero.
    return Object.is(value, -0) ? '-0' : JSON.stringify(value)
  }
  if (typeof value === 'string') return toGoJsonString(value)
  if (Array.isArray(value)) return `[${value.map(toGoJson).join(',')}]`
  const keys = Object.keys(value).sort(compareUtf8)
  return `{${keys.map(k => `${toGoJsonString(k)}:${toGoJson(value[k])}`).join(',')}}`
}
