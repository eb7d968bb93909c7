/* eslint-disable no-control-regex -- matching control characters is the point of this module */
/**
 * Output safety: every string from outside (workspace, registry, certificate, configuration)
 * passes through one of these before it is printed. The pull request is the attacker: a file
 * name or a signer SAN must not end a log line, forge a runner command (`::error::`,
 * `::add-mask::`, `::stop-commands::`, the older `##[…]`), drive a terminal (ESC, C1) or
 * reshape Markdown.
 */

// C0, DEL, C1, the Unicode line and paragraph separators, and the bidi controls ("Trojan Source").
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' }

function visible(ch: string): string {
  const code = ch.charCodeAt(0)
  return NAMED[ch] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`)
}

/** Replaces every control character with a visible escape (`\n`, `\e`, `\x85`, `\u{202e}`). */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, visible)
}

/**
 * Runners read a workflow command from a line that starts with `::` after leading white space
 * (actions/runner trims, act does not) and the legacy `##[name]` anywhere in a line
 * (actions/runner `ActionCommand.TryParse`). Escaping one character of each keeps the text legible.
 */
export function defuseCommands(line: string): string {
  return line.replace(/^(\s*)::/u, '$1\\x3a:').replace(/##\[/g, '##\\x5b')
}

/** One log line: controls escaped (a newline becomes `\n`) and runner commands defused. */
export function toLogLine(text: string): string {
  return defuseCommands(escapeControls(text))
}

/**
 * Text the program lays out over several lines (a table): each line is escaped and defused on
 * its own, so a line break smuggled into a value can at worst start a harmless line.
 */
export function toLogLines(text: string): string {
  return text.split(/\r\n|\r|\n/).map(toLogLine).join('\n')
}

/**
 * For terminals: everything `toLogLines` does, but the colours the CLI paints its status column
 * with (reset and foreground red…magenta, nothing that moves the cursor or hides text) survive.
 * Values are escaped cell by cell before painting, so no ESC from outside is left here.
 */
export function toTerminalLines(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(line => defuseCommands(line.split(/(\u001b\[(?:0|3[1-5])m)/).map((part, i) => (i % 2 === 1 ? part : escapeControls(part))).join('')))
    .join('\n')
}

// ASCII punctuation that Markdown, GFM tables, GitHub math or HTML give a meaning to.
const MARKDOWN_SPECIAL = /[\\`*_{}[\]<>()#!|~&$^"']/g

/**
 * Inline Markdown text that renders as exactly the characters given: controls made visible,
 * Markdown and HTML punctuation written as numeric character references (which also work
 * inside inline HTML such as `<code>` and `<sub>`), line breaks as `<br>`.
 */
export function escapeMarkdown(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(line => escapeControls(line).replace(MARKDOWN_SPECIAL, ch => `&#${ch.charCodeAt(0)};`))
    .join('<br>')
}

/** A Markdown inline code span that cannot be broken out of: `<code>` with escaped text. */
export function markdownCode(text: string): string {
  return `<code>${escapeMarkdown(text)}</code>`
}

/** A label value in Prometheus exposition format (`\\`, `\"`, `\n`), controls made visible. */
export function escapeLabelValue(text: string): string {
  return escapeControls(text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n'))
}

/**
 * One NDJSON line. JSON.stringify leaves DEL, C1, U+2028/2029 and the bidi controls raw, and a
 * terminal acts on C1; write them (and `##[`) as JSON escapes, so the line is still valid JSON.
 */
export function toJsonLine(value: unknown): string {
  return JSON.stringify(value)
    .replace(CONTROL, ch => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/##\[/g, '##\\u005b')
}

/** A URL as a Markdown link destination: characters that would end or reshape it percent-encoded. */
export function markdownUrl(url: string): string {
  return url.replace(/[()<>\s"'`\\|]/gu, ch => encodeURIComponent(ch).replace(/^[()'"`]$/, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
}
