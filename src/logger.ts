/**
 * What the engine may say while it works. The shells decide where it goes:
 * the action maps it to @actions/core, the CLI to stderr. Pass values as they are: every
 * sink escapes control characters and defuses runner commands (src/report/escape.ts), so a
 * message is always one line.
 */
export interface Logger {
  debug(message: string): void
  info(message: string): void
  warning(message: string, where?: { file?: string; line?: number }): void
  error(message: string, where?: { file?: string; line?: number }): void
  /** Registers a secret so no later output shows it. */
  secret(value: string): void
}

export const silentLogger: Logger = {
  debug() {},
  info() {},
  warning() {},
  error() {},
  secret() {}
}

/** A logger that keeps every line, for tests and for building reports. */
export function memoryLogger(): Logger & { lines: { level: string; message: string }[] } {
  const lines: { level: string; message: string }[] = []
  const push = (level: string) => (message: string) => void lines.push({ level, message })
  return { lines, debug: push('debug'), info: push('info'), warning: push('warning'), error: push('error'), secret() {} }
}
