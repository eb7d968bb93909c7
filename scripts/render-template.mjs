// The substitution rules of templates/cosign-verify-images.yaml, as fremforge applies them:
// every placeholder sits in a YAML single-quoted string, so ' is doubled, line breaks become
// commas (list inputs split on them), and `${{` is refused (the runner would evaluate it).
export const PLACEHOLDER = /__[A-Z][A-Z0-9_]*__/g

export function renderTemplate(text, values) {
  const wanted = new Set(text.match(PLACEHOLDER) ?? [])
  for (const name of Object.keys(values)) if (!wanted.has(name)) throw new Error(`unknown placeholder ${name}`)
  let out = text
  for (const name of wanted) {
    const value = values[name]
    if (value === undefined) throw new Error(`no value for placeholder ${name}`)
    if (value.includes('${{')) throw new Error(`placeholder ${name}: a value may not contain \${{`)
    const safe = value.split(/\r?\n/).map(s => s.trim()).filter(Boolean).join(',').replace(/'/g, "''")
    out = out.split(`'${name}'`).join(`'${safe}'`)
  }
  const left = out.split('\n').filter(l => !l.startsWith('#')).join('\n').match(PLACEHOLDER)
  if (left) throw new Error(`placeholder ${left[0]} is not inside a quoted value`)
  return out
}
