/**
 * The stable code of what a call threw, for tests that assert codes rather than wording.
 * With `kind`, anything thrown that is not of that class reads as `NOT_<ClassName>`.
 */
type Coded = abstract new (...args: never[]) => { code: string }

function codeFrom(error: unknown, kind?: Coded): string {
  if (kind) return error instanceof kind ? error.code : `NOT_${kind.name}`
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : 'UNCODED'
}

/** undefined when `fn` does not throw. */
export function codeOf(fn: () => unknown, kind?: Coded): string | undefined {
  try {
    fn()
  } catch (error) {
    return codeFrom(error, kind)
  }
  return undefined
}

/** undefined when `promise` resolves. */
export async function codeOfAsync(promise: Promise<unknown>, kind?: Coded): Promise<string | undefined> {
  try {
    await promise
  } catch (error) {
    return codeFrom(error, kind)
  }
  return undefined
}
