import { EOL } from 'node:os'
import { cell } from './format.js'

// The HTML @actions/core's summary builder writes for a heading and a table, every value through cell().
export const htmlHeading = (text: string, level: number): string => `<h${level}>${cell(text)}</h${level}>${EOL}`
const htmlRow = (tag: 'th' | 'td', cells: readonly string[]): string => `<tr>${cells.map(c => `<${tag}>${cell(c)}</${tag}>`).join('')}</tr>`
export const htmlTable = (head: readonly string[], rows: readonly (readonly string[])[]): string => `<table>${htmlRow('th', head)}${rows.map(r => htmlRow('td', r)).join('')}</table>${EOL}`
