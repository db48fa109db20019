/**
 * Tables in and out: CSV (through csv-parse, headers and quoted fields) and JSON lines → a
 * Dataset given the target column names; predictions → CSV text. Every bad value is reported
 * by file, line and column name.
 */
import { parse } from 'csv-parse/sync'
import type { Dataset, FloatArray } from './data.js'
import { describe, optionsObject } from './arguments.js'
import { NkkanError } from './errors.js'

/** A Dataset read from a table, with the names of its feature and target columns. */
export interface Table extends Dataset {
  /** Names of the feature columns, in the order of x. */
  readonly featureNames: readonly string[]
  /** Names of the target columns, in the order of y. */
  readonly targetNames: readonly string[]
}

/** Which columns of a table are read, and as what. */
export interface TableOptions {
  /** Names of the target columns, in order. `[]` reads features only (`targets` is then 0). */
  targets: readonly string[]
  /** Names of the feature columns, in order. Default: every column that is not a target. */
  features?: readonly string[]
  /** Name of the source used in error messages, e.g. the file name. Default 'data'. */
  source?: string
}

/** A numeric literal: optional sign, digits with an optional point, optional exponent. */
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/

/**
 * Parses CSV text with a header line into a Table. Fields may be quoted (RFC 4180); blank lines
 * are skipped. A missing or non-numeric value throws E_VALUE naming its line and column.
 * @example readCSV('a,b,y\n1,2,3\n4,5,9\n', { targets: ['y'] }) // rows 2, features 2, targets 1
 */
export function readCSV(text: string, options: TableOptions): Table {
  const source = checkTableArguments(text, options)
  let records: { record: string[]; info: { lines: number } }[]
  try {
    records = parse(text, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as typeof records
  } catch (error) {
    const opened = (error as { code?: string }).code === 'CSV_QUOTE_NOT_CLOSED' ? unclosedQuoteLine(text) : undefined
    // csv-parse names the line where the text ended; the place to fix is where the quote opened.
    const message = opened === undefined ? (error as Error).message : `a quoted field opened on line ${opened} is never closed`
    throw new NkkanError('E_FORMAT', `${source}: ${message}`, { cause: error })
  }
  const [header, ...body] = records
  if (header === undefined) throw new NkkanError('E_SHAPE', `${source} is empty: no header line`)
  const names = header.record
  const pick = selectColumns(names, options, source)
  return fill(body.length, pick, (r, column) => {
    const { record, info } = body[r]!
    if (record.length !== names.length) {
      throw new NkkanError('E_SHAPE', `${source} line ${info.lines}: ${record.length} fields; the header has ${names.length}`)
    }
    return parseNumber(record[column]!, () => `${source} line ${info.lines}, column ${JSON.stringify(names[column])}`)
  })
}

/**
 * Parses JSON lines (one object per line, e.g. `{"a": 1, "y": 2}`) into a Table. Columns are the
 * keys of the first object; values are numbers or numeric strings.
 */
export function readJSONLines(text: string, options: TableOptions): Table {
  const source = checkTableArguments(text, options)
  const lines: { line: number; object: Record<string, unknown> }[] = []
  text.split(/\r?\n/).forEach((raw, index) => {
    if (raw.trim() === '') return
    let value: unknown
    try {
      value = JSON.parse(raw)
    } catch (error) {
      throw new NkkanError('E_FORMAT', `${source} line ${index + 1}: not JSON (${(error as Error).message})`, { cause: error })
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new NkkanError('E_FORMAT', `${source} line ${index + 1}: expected an object like {"x1": 0.5, "y": 2}`)
    }
    lines.push({ line: index + 1, object: value as Record<string, unknown> })
  })
  const first = lines[0]
  if (first === undefined) throw new NkkanError('E_SHAPE', `${source} is empty: no records`)
  const names = Object.keys(first.object)
  const pick = selectColumns(names, options, source)
  return fill(lines.length, pick, (r, column) => {
    const { line, object } = lines[r]!
    const name = names[column]!
    const where = (): string => `${source} line ${line}, column ${JSON.stringify(name)}`
    const value = object[name]
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new NkkanError('E_VALUE', `${where()}: ${String(value)} is not a finite number`)
      return value
    }
    if (value === undefined || value === null) throw new NkkanError('E_VALUE', `${where()}: missing value`)
    return parseNumber(typeof value === 'string' ? value : JSON.stringify(value), where)
  })
}

/** CSV text of row-major values (rows × columns.length) with a header line; numbers round-trip exactly. */
export function toCSV(values: FloatArray, columns: readonly string[]): string {
  if (!(values instanceof Float64Array) && !(values instanceof Float32Array)) throw new NkkanError('E_SHAPE', `values must be a Float64Array or Float32Array, got ${describe(values)}`)
  if (!Array.isArray(columns) || columns.some((name) => typeof name !== 'string')) throw new NkkanError('E_OPTION', 'columns must be an array of names')
  if (columns.length === 0 || values.length % columns.length !== 0) {
    throw new NkkanError('E_SHAPE', `${values.length} values do not make rows of ${columns.length} columns`)
  }
  const lines = [columns.map(quote).join(',')]
  for (let r = 0; r < values.length; r += columns.length) lines.push(Array.from(values.subarray(r, r + columns.length), String).join(','))
  return lines.join('\n') + '\n'
}

function quote(field: string): string {
  return /[",\r\n]/.test(field) || field !== field.trim() ? `"${field.replaceAll('"', '""')}"` : field
}

export function parseNumber(field: string, where: () => string): number {
  const text = field.trim()
  if (text === '') throw new NkkanError('E_VALUE', `${where()}: missing value`)
  if (!NUMBER.test(text)) throw new NkkanError('E_VALUE', `${where()}: ${JSON.stringify(field)} is not a number`)
  const value = Number(text)
  if (!Number.isFinite(value)) throw new NkkanError('E_VALUE', `${where()}: ${JSON.stringify(field)} is out of range`)
  return value
}

export interface Columns {
  readonly features: number[]
  readonly targets: number[]
  readonly names: readonly string[]
}

export function selectColumns(names: readonly string[], options: TableOptions, source: string): Columns {
  const seen = new Set<string>()
  for (const name of names) {
    if (seen.has(name)) throw new NkkanError('E_FORMAT', `${source}: column ${JSON.stringify(name)} appears twice in the header`)
    seen.add(name)
  }
  const index = (name: string): number => {
    const found = names.indexOf(name)
    if (found < 0) throw new NkkanError('E_OPTION', `${source} has no column ${JSON.stringify(name)}; its columns are ${names.map((n) => JSON.stringify(n)).join(', ')}`)
    return found
  }
  const targets = options.targets.map(index)
  const features = options.features === undefined ? names.map((_, c) => c).filter((c) => !targets.includes(c)) : options.features.map(index)
  if (features.length === 0) throw new NkkanError('E_SHAPE', `${source} has no feature columns besides the targets`)
  return { features, targets, names }
}

function fill(rows: number, columns: Columns, value: (r: number, column: number) => number): Table {
  const features = columns.features.length
  const targets = columns.targets.length
  const x = new Float64Array(rows * features)
  const y = new Float64Array(rows * targets)
  for (let r = 0; r < rows; r++) {
    columns.features.forEach((column, c) => (x[r * features + c] = value(r, column)))
    columns.targets.forEach((column, k) => (y[r * targets + k] = value(r, column)))
  }
  return {
    x, y, rows, features, targets,
    featureNames: columns.features.map((c) => columns.names[c]!),
    targetNames: columns.targets.map((c) => columns.names[c]!),
  }
}

/** The source name for messages, once the text and the options have the right types. */
function checkTableArguments(text: unknown, options: unknown): string {
  if (typeof text !== 'string') throw new NkkanError('E_FORMAT', `the table must be text, got ${describe(text)}`)
  const given = optionsObject(options ?? null, 'table options', ['targets', 'features', 'source'])
  for (const key of ['targets', 'features'] as const) {
    const names = given[key]
    if ((key === 'targets' || names !== undefined) && !(Array.isArray(names) && names.every((name) => typeof name === 'string'))) {
      throw new NkkanError('E_OPTION', `${key} must be an array of column names, got ${describe(names)}`)
    }
  }
  if (given.source !== undefined && typeof given.source !== 'string') throw new NkkanError('E_OPTION', `source must be a string, got ${describe(given.source)}`)
  return (given.source as string | undefined) ?? 'data'
}

/** The line (1-based) of the quote that opens a field and is never closed (RFC 4180 quoting). */
function unclosedQuoteLine(text: string): number | undefined {
  let line = 1
  let openedOn: number | undefined
  let fieldStart = true
  for (let q = 0; q < text.length; q++) {
    const char = text[q]!
    if (openedOn !== undefined) {
      if (char === '"') {
        if (text[q + 1] === '"') q++
        else openedOn = undefined
      } else if (char === '\n') line++
      continue
    }
    if (char === '"' && fieldStart) openedOn = line
    else if (char === '\n') line++
    fieldStart = char === ',' || char === '\n' || char === '\r' || (fieldStart && (char === ' ' || char === '\t'))
  }
  return openedOn
}
