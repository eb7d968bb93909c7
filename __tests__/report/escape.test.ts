import { describe, expect, it } from '@jest/globals'
import { defuseCommands, escapeControls, escapeLabelValue, escapeMarkdown, markdownCode, markdownUrl, toJsonLine, toLogLine, toLogLines, toTerminalLines } from '../../src/report/escape.js'

describe('escapeControls', () => {
  it('makes every C0, DEL, C1, line separator and bidi control visible', () => {
    expect(escapeControls('a\nb\rc\td\u001be\u0000f\u007fg\u0085h\u009bi\u2028j\u202ek')).toBe('a\\nb\\rc\\td\\ee\\x00f\\x7fg\\x85h\\x9bi\\u{2028}j\\u{202e}k')
  })
  it('leaves printable text, including non-ASCII, alone', () => {
    expect(escapeControls('ghcr.io/acme/app@sha256:ab — ✅ ü')).toBe('ghcr.io/acme/app@sha256:ab — ✅ ü')
  })
})

describe('defuseCommands', () => {
  it.each([
    ['::error::x', '\\x3a:error::x'],
    ['  ::add-mask::x', '  \\x3a:add-mask::x'],
    ['a ##[error]x', 'a ##\\x5berror]x'],
    ['a::b', 'a::b']
  ])('%j → %j', (input, output) => expect(defuseCommands(input)).toBe(output))
})

describe('toLogLine', () => {
  it('turns a multi-line value into one inert line', () => {
    expect(toLogLine('x\n::stop-commands::t')).toBe('x\\n::stop-commands::t')
    expect(toLogLine('::stop-commands::t')).toBe('\\x3a:stop-commands::t')
  })
})

describe('toLogLines', () => {
  it('keeps line breaks and defuses each line', () => {
    expect(toLogLines('a\r\n::error::b\r  ##[x]')).toBe('a\n\\x3a:error::b\n  ##\\x5bx]')
  })
})

describe('toTerminalLines', () => {
  it('keeps SGR colour codes and escapes every other escape sequence', () => {
    expect(toTerminalLines('\u001b[31mred\u001b[0m \u001b[2J\u001b]0;t\u0007 \u001b[8mhidden')).toBe('\u001b[31mred\u001b[0m \\e[2J\\e]0;t\\x07 \\e[8mhidden')
  })
})

describe('escapeMarkdown', () => {
  it('writes Markdown and HTML punctuation as character references and breaks as <br>', () => {
    expect(escapeMarkdown('a|b`c<d>&e*f_g$h\ni')).toBe('a&#124;b&#96;c&#60;d&#62;&#38;e&#42;f&#95;g&#36;h<br>i')
  })
  it('escapes controls before the backslash of their escape is encoded', () => {
    expect(escapeMarkdown('\u001b')).toBe('&#92;e')
  })
  it('makes a code element with no way out', () => {
    expect(markdownCode('a`</code><b>')).toBe('<code>a&#96;&#60;/code&#62;&#60;b&#62;</code>')
  })
})

describe('markdownUrl', () => {
  it('percent-encodes what would end a link destination', () => {
    expect(markdownUrl('https://x/a b)(c<d>"e')).toBe('https://x/a%20b%29%28c%3Cd%3E%22e')
  })
})

describe('escapeLabelValue', () => {
  it('follows the Prometheus text format', () => expect(escapeLabelValue('a"b\\c\nd\u001b')).toBe('a\\"b\\\\c\\nd\\e'))
})

describe('toJsonLine', () => {
  it('stays valid JSON with the same value while escaping C1, separators and ##[', () => {
    const value = { file: 'a\u0085b\u2028c##[error]d\u001b' }
    const line = toJsonLine(value)
    expect(line).not.toMatch(/[\u0080-\u009f\u2028]|##\[/)
    expect(JSON.parse(line)).toEqual(value)
  })
})
