import type { Logger } from '../logger.js'
import { toJsonLine, toLogLine, toTerminalLines } from '../report/escape.js'

/** Where the CLI writes; the shell (cli-entry.ts) or a test provides it. */
export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  env: NodeJS.ProcessEnv
  isTTY: boolean
}

/**
 * The CLI's last line of defence, TTY or not: no control character from outside reaches the
 * terminal (ESC, C1, CR…) and no line reads as a runner command when the CLI runs in CI.
 * Our own colour codes pass; values are escaped cell by cell before they are painted.
 */
export function safeIo(io: CliIo): CliIo {
  return { ...io, stdout: text => io.stdout(toTerminalLines(text)), stderr: text => io.stderr(toTerminalLines(text)) }
}

/** One NDJSON line with every control character (C1 and U+2028 too) written as a JSON escape. */
export { toJsonLine }

/** The engine's Logger on stderr: one escaped line per message, secrets replaced by ***. */
export function stderrLogger(io: CliIo, secrets: string[] = []): Logger {
  const clean = (m: string): string => toLogLine(secrets.reduce((text, s) => (s ? text.split(s).join('***') : text), m))
  const where = (w?: { file?: string; line?: number }): string => (w?.file ? `${w.file}${w.line ? `:${w.line}` : ''}: ` : '')
  return {
    debug: m => void (io.env.FREMFORGE_DEBUG ? io.stderr(`debug: ${clean(m)}`) : undefined),
    info: m => io.stderr(clean(m)),
    warning: (m, w) => io.stderr(`warning: ${clean(where(w) + m)}`),
    error: (m, w) => io.stderr(`error: ${clean(where(w) + m)}`),
    secret: s => void secrets.push(s)
  }
}
