/**
 * Shell-style variable expansion as docker compose and Dockerfile FROM lines do it, with nothing
 * from the environment: `${X:-default}` yields its default, a variable without one stays unresolved.
 */
export interface Interpolated {
  value: string
  /** Names that had no value and no default; `value` keeps their text. */
  unresolved: string[]
  /** Set when expansion passed MAX_EXPANDED_LENGTH or MAX_NESTING; `value` is then cut short. */
  tooLong?: true
}

/**
 * Bounds on expansion (issue 11, defect 3): ARGs that double each other (`ARG B=$A$A`) grow
 * exponentially and nested defaults cost a pass per level. No image reference comes near these.
 */
export const MAX_EXPANDED_LENGTH = 4096
export const MAX_NESTING = 16

interface State {
  unresolved: string[]
  tooLong: boolean
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

function expand(inner: string, lookup: (name: string) => string | undefined, escapes: boolean, state: State, depth: number): string | undefined {
  const { unresolved } = state
  const name = NAME.exec(inner)?.[0]
  if (!name) return undefined
  const op = /^(:?[-+?])?/.exec(inner.slice(name.length))?.[0] ?? ''
  if (op === '' && inner !== name) {
    unresolved.push(inner)
    return undefined
  }
  const word = () => expandText(inner.slice(name.length + op.length), lookup, escapes, state, depth + 1)
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
  const state: State = { unresolved, tooLong: false }
  const value = expandText(text, lookup, escapes, state, 0)
  return state.tooLong ? { value, unresolved, tooLong: true } : { value, unresolved }
}

function expandText(text: string, lookup: (name: string) => string | undefined, escapes: boolean, state: State, depth: number): string {
  if (depth > MAX_NESTING || text.length > MAX_EXPANDED_LENGTH) {
    state.tooLong = true
    return ''
  }
  let out = ''
  for (let i = 0; i < text.length; i++) {
    if (out.length > MAX_EXPANDED_LENGTH || state.tooLong) {
      state.tooLong = true
      return out.slice(0, MAX_EXPANDED_LENGTH)
    }
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
      const value = end < 0 ? undefined : expand(text.slice(i + 2, end), lookup, escapes, state, depth)
      if (end < 0) state.unresolved.push(text.slice(i))
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
    if (value === undefined) state.unresolved.push(name)
    out += value ?? `$${name}`
    i += name.length
  }
  if (out.length > MAX_EXPANDED_LENGTH) {
    state.tooLong = true
    return out.slice(0, MAX_EXPANDED_LENGTH)
  }
  return out
}
