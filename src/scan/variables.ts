/**
 * Shell-style variable expansion as docker compose and Dockerfile FROM lines do it, with nothing
 * from the environment: `${X:-default}` yields its default, a variable without one stays unresolved.
 */
export interface Interpolated {
  value: string
  /** Names that had no value and no default; `value` keeps their text. */
  unresolved: string[]
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/

/** Index of the `}` closing the `${` that starts at `open`, or -1. */
function closing(text: string, open: number): number {
  let depth = 0
  for (let i = open; i < text.length; i++) {
    if (text[i] === '$' && text[i + 1] === '{') {
      depth++
      i++
    } else if (text[i] === '}' && --depth === 0) return i
  }
  return -1
}

function expand(inner: string, lookup: (name: string) => string | undefined, escapes: boolean, unresolved: string[]): string | undefined {
  const name = NAME.exec(inner)?.[0]
  if (!name) return undefined
  const op = /^(:?[-+?])?/.exec(inner.slice(name.length))?.[0] ?? ''
  if (op === '' && inner !== name) {
    unresolved.push(inner)
    return undefined
  }
  const word = () => interpolate(inner.slice(name.length + op.length), lookup, escapes, unresolved).value
  const value = lookup(name)
  const set = value !== undefined && (value !== '' || !op.startsWith(':'))
  if (op === ':-' || op === '-') return set ? value : word()
  if (op === ':+' || op === '+') return set ? word() : ''
  if (value !== undefined) return value
  unresolved.push(name)
  return undefined
}

/** Expands `$X`, `${X}` and `${X<op>word}` (ops `-`, `:-`, `+`, `:+`, `?`, `:?`); `$$` is `$` when `escapes`. */
export function interpolate(text: string, lookup: (name: string) => string | undefined, escapes: boolean, unresolved: string[] = []): Interpolated {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c !== '$') {
      out += c
      continue
    }
    if (escapes && text[i + 1] === '$') {
      out += '$'
      i++
      continue
    }
    if (text[i + 1] === '{') {
      const end = closing(text, i)
      const value = end < 0 ? undefined : expand(text.slice(i + 2, end), lookup, escapes, unresolved)
      if (end < 0) unresolved.push(text.slice(i))
      out += value ?? text.slice(i, end < 0 ? text.length : end + 1)
      i = end < 0 ? text.length : end
      continue
    }
    const name = NAME.exec(text.slice(i + 1))?.[0]
    if (!name) {
      out += c
      continue
    }
    const value = lookup(name)
    if (value === undefined) unresolved.push(name)
    out += value ?? `$${name}`
    i += name.length
  }
  return { value: out, unresolved }
}
