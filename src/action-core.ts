/**
 * `@actions/core` with its printers made safe, the only module that imports it: the action's
 * code writes `import * as core from './action-core.js'` and every log line, annotation and
 * summary element it prints is neutralised here, whoever wrote the call (see report/escape.ts).
 * `core.info` writes its text raw to stdout, where the runner reads workflow commands; the
 * annotation commands escape only `%`, CR and LF; `summary.addTable` inserts cells as raw HTML.
 */
import * as core from '@actions/core'
import type { AnnotationProperties } from '@actions/core'
import type { Logger } from './logger.js'
import { escapeControls, toLogLine, toLogLines } from './report/escape.js'
import { cell } from './report/format.js'
import { platformFromEnv } from './report/run-context.js'

export * from '@actions/core'

/** Keeps the program's own line breaks (the runner percent-encodes them), escapes every other control. */
function annotationText(message: string | Error): string {
  const text = message instanceof Error ? message.toString() : String(message)
  return text.split(/\r\n|\r|\n/).map(escapeControls).join('\n')
}

function safeProps(props?: AnnotationProperties): AnnotationProperties | undefined {
  if (!props) return props
  return { ...props, file: props.file === undefined ? undefined : escapeControls(props.file), title: props.title === undefined ? undefined : escapeControls(props.title) }
}

export function info(message: string): void {
  core.info(toLogLines(message))
}

export function debug(message: string): void {
  core.debug(annotationText(message))
}

export function notice(message: string | Error, props?: AnnotationProperties): void {
  core.notice(annotationText(message), safeProps(props))
}

export function warning(message: string | Error, props?: AnnotationProperties): void {
  core.warning(annotationText(message), safeProps(props))
}

export function error(message: string | Error, props?: AnnotationProperties): void {
  core.error(annotationText(message), safeProps(props))
}

export function setFailed(message: string | Error): void {
  core.setFailed(annotationText(message))
}

export function startGroup(name: string): void {
  core.startGroup(toLogLine(name))
}

export function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  return core.group(toLogLine(name), fn)
}

type SummaryTableCell = { data: string; header?: boolean; colspan?: string; rowspan?: string }
type SummaryTableRow = (SummaryTableCell | string)[]

// Structured summary helpers insert their arguments as HTML; escape them. addRaw stays raw:
// whoever builds raw Markdown uses cell() for every value from outside.
const SAFE_SUMMARY: Record<string, (...args: never[]) => unknown[]> = {
  addTable: (rows: SummaryTableRow[]) => [rows.map(r => r.map(c => (typeof c === 'string' ? cell(c) : { ...c, data: cell(c.data) })))],
  addHeading: (text: string, level?: number | string) => [cell(text), level],
  addList: (items: string[], ordered?: boolean) => [items.map(cell), ordered],
  addCodeBlock: (code: string, lang?: string) => [cell(code), lang === undefined ? undefined : cell(lang)],
  addQuote: (text: string, cite?: string) => [cell(text), cite === undefined ? undefined : cell(cite)],
  addDetails: (label: string, content: string) => [cell(label), cell(content)],
  addLink: (text: string, href: string) => [cell(text), cell(href)],
  addImage: (src: string, alt: string, options?: unknown) => [cell(src), cell(alt), options]
}

export const summary: typeof core.summary = new Proxy(core.summary, {
  get(target, prop, receiver) {
    const value: unknown = Reflect.get(target, prop, target)
    if (typeof value !== 'function') return value
    const escape = typeof prop === 'string' ? SAFE_SUMMARY[prop] : undefined
    return (...args: unknown[]) => {
      const result: unknown = value.apply(target, escape ? escape(...(args as never[])) : args)
      return result === target ? receiver : result
    }
  }
})

/** The engine's Logger on the runner: one line per message, never a command. */
// Forgejo and Gitea drop an annotation's file and line, so the message carries them there.
const located = (m: string, w?: { file?: string; line?: number }): string =>
  w?.file && platformFromEnv(process.env) !== 'github' ? `${w.file}${w.line ? `:${w.line}` : ''}: ${m}` : m

export const actionLogger: Logger = {
  debug: m => core.debug(toLogLine(m)),
  info: m => core.info(toLogLine(m)),
  warning: (m, w) => core.warning(toLogLine(located(m, w)), w?.file ? { file: escapeControls(w.file), startLine: w.line } : undefined),
  error: (m, w) => core.error(toLogLine(located(m, w)), w?.file ? { file: escapeControls(w.file), startLine: w.line } : undefined),
  secret: s => core.setSecret(s)
}
