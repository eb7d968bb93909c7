export interface Challenge {
  /** Lower-cased: `basic`, `bearer`, … */
  scheme: string
  /** Lower-cased parameter names: realm, service, scope, error. */
  params: Record<string, string>
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+/

/**
 * Parses `WWW-Authenticate` (RFC 9110 §11.6.1): one or more challenges, each a scheme and
 * `name=value` pairs, values optionally quoted (quoted values may hold commas, e.g. scopes).
 */
export function parseChallenges(header: string | string[] | undefined): Challenge[] {
  if (header === undefined) return []
  const input = Array.isArray(header) ? header.join(', ') : header
  const challenges: Challenge[] = []
  let i = 0
  const skip = (re: RegExp): void => {
    while (i < input.length && re.test(input[i])) i++
  }
  while (i < input.length) {
    skip(/[\s,]/)
    const scheme = TOKEN.exec(input.slice(i))
    if (!scheme) break
    i += scheme[0].length
    const current: Challenge = { scheme: scheme[0].toLowerCase(), params: {} }
    challenges.push(current)
    for (;;) {
      skip(/[\s,]/)
      const rest = input.slice(i)
      const name = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*=\s*/.exec(rest)
      // A token not followed by '=' starts the next challenge.
      if (!name) break
      i += name[0].length
      let value = ''
      if (input[i] === '"') {
        i++
        while (i < input.length && input[i] !== '"') {
          if (input[i] === '\\' && i + 1 < input.length) i++
          value += input[i++]
        }
        i++
      } else {
        const bare = /^[^\s,]*/.exec(input.slice(i))
        value = bare ? bare[0] : ''
        i += value.length
      }
      current.params[name[1].toLowerCase()] = value
    }
  }
  return challenges
}

/** The challenge the client can answer, Bearer preferred over Basic. */
export function pickChallenge(challenges: readonly Challenge[]): Challenge | undefined {
  return challenges.find(c => c.scheme === 'bearer' && c.params.realm) ?? challenges.find(c => c.scheme === 'basic')
}
