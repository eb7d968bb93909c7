import path from 'node:path'
import { ScanError } from './errors.js'
import type { ScanOptions } from './types.js'
import { DEFAULT_MAX_ALIAS_COUNT } from './yaml-docs.js'

/** ScanOptions with every default filled in. */
export interface ResolvedScanOptions {
  readonly root: string
  readonly include: readonly string[]
  readonly exclude: readonly string[]
  readonly maxFileSize: number
  readonly maxAliasCount: number
}

export const DEFAULT_INCLUDE: readonly string[] = ['**/*']
/** A directory pattern is enough: fast-glob then neither lists nor enters it. */
export const DEFAULT_EXCLUDE: readonly string[] = ['**/.git', '**/node_modules']
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024

const PAIRS: Record<string, string> = { '[': ']', '{': '}', '(': ')' }

function invalid(option: string, found: unknown, expected: string): ScanError {
  return new ScanError('INPUT_INVALID', `${option}: expected ${expected}, found ${JSON.stringify(found)}`, { details: { option, found } })
}

/** Why `pattern` is not a usable glob, or undefined. fast-glob accepts broken patterns silently. */
export function globProblem(pattern: string): string | undefined {
  if (pattern.trim() === '') return 'an empty pattern'
  if (pattern.includes('\0')) return 'a NUL character'
  if (path.isAbsolute(pattern) || /^[A-Za-z]:[\\/]/.test(pattern)) return 'an absolute path (patterns are relative to the scanned directory)'
  if (pattern.replace(/^!/, '').split('/').includes('..')) return "a '..' segment (patterns may not leave the scanned directory)"
  const open: string[] = []
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '\\') {
      if (++i >= pattern.length) return 'a trailing backslash'
    } else if (open.at(-1) === '[') {
      if (c === ']') open.pop()
    } else if (c in PAIRS) open.push(c)
    else if (c === ']' || c === '}' || c === ')') {
      const top = open.pop()
      if (top === undefined || PAIRS[top] !== c) return `an unmatched '${c}' at ${i + 1}`
    }
  }
  return open.length > 0 ? `an unclosed '${open[open.length - 1]}'` : undefined
}

function globs(option: string, value: unknown, fallback: readonly string[]): readonly string[] {
  if (value === undefined) return fallback
  if (!Array.isArray(value)) throw invalid(option, value, 'a list of glob patterns')
  return value.map((pattern: unknown, index) => {
    if (typeof pattern !== 'string') throw invalid(`${option}[${index}]`, pattern, 'a glob pattern string')
    const problem = globProblem(pattern)
    if (problem) throw invalid(`${option}[${index}]`, pattern, `a valid glob pattern, not one with ${problem}`)
    return pattern
  })
}

function integer(option: string, value: unknown, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) throw invalid(option, value, `an integer from ${min} to ${max}`)
  return value
}

/** Fills defaults and checks every value; a bad one throws ScanError INPUT_INVALID naming the option. */
export function resolveScanOptions(options: ScanOptions): ResolvedScanOptions {
  if (typeof options.root !== 'string' || !path.isAbsolute(options.root)) throw invalid('root', options.root, 'an absolute directory path')
  const include = globs('include', options.include, DEFAULT_INCLUDE)
  return {
    root: options.root,
    include: include.length > 0 ? include : DEFAULT_INCLUDE,
    exclude: [...DEFAULT_EXCLUDE, ...globs('exclude', options.exclude, [])],
    maxFileSize: integer('maxFileSize', options.maxFileSize, DEFAULT_MAX_FILE_SIZE, 1, 2 ** 31 - 1),
    maxAliasCount: integer('maxAliasCount', options.maxAliasCount, DEFAULT_MAX_ALIAS_COUNT, 0, 1_000_000)
  }
}
