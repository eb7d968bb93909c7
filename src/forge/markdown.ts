import { escapeControls } from '../report/index.js'
import { truncateMiddle } from '../text.js'

// Every character that starts Markdown or HTML syntax (links, images, emphasis, code, tables,
// headings, mentions, HTML tags), written as a numeric entity: it renders as itself on GitHub
// and Forgejo, and entities cannot be turned back into syntax by later escaping.
const SPECIAL = /[\\`*_{}[\]()<>#+!|~@&"':\-=^$%]/g

/**
 * Neutralises a string from outside (file names, identities, registry answers) for a comment
 * or check-run summary: one line, no Markdown, no HTML, bounded.
 */
export function mdText(text: string, max = 200): string {
  // One definition of "control" (bidi controls included, "Trojan Source"): shown as escapes, as in logs.
  const line = truncateMiddle(escapeControls(text.trim()), max)
  return line.replace(SPECIAL, c => `&#${c.codePointAt(0)};`)
}

/** A URL for a Markdown link target: only http(s), and no character that ends the target. */
export function mdUrl(url: string): string | null {
  if (!/^https?:\/\//i.test(url)) return null
  return url.replace(/[()<>\s"'`[\]\\|]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
}
