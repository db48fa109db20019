/**
 * Tables in and out: CSV (headers, RFC 4180 quoted fields) and JSON lines → a Dataset given the
 * target column names, each column encoded as `encode.ts` says; predictions → CSV text. Every
 * bad value is reported by file, line and column name.
 *
 * CSV is scanned as UTF-8 bytes (csv-scan.ts): number cells are parsed during the scan straight
 * into the row-major arrays that become the table's x and y, without a string per cell; other
 * cells (dates, categories, numbers off the exact fast path) are parsed from their text.
 */
import type { Dataset, FloatArray } from './data.js'
import { describe, optionsObject } from '../arguments.js'
import { type ColumnEncoding, type DatePart, type MissingPolicy, encodedNames, encodedWidth, isMissing, median, parseDateCell, parseDateSpec, parseNumberCell, sortCategories, datePart } from './encode.js'
import { CSVRecords, LF, countByte } from './csv-scan.js'
import { NkkanError } from '../errors.js'

/** A Dataset read from a table, with the names of its feature and target columns. */
export interface Table extends Dataset {
  /** Names of the features after encoding (`date.dayofyear`, `weather=rain`, …). */
  readonly featureNames: readonly string[]
  /** Names of the target columns, in the order of `y`. */
  readonly targetNames: readonly string[]
  /** How each source column became features; give it back as `TableOptions.encoding` to read new rows the same way. */
  readonly encoding: readonly ColumnEncoding[]
  /** Rows dropped for a missing value (policy 'drop', or a missing target). */
  readonly dropped: number
  /** Cells filled with the training median or most frequent category (policy 'median'). */
  readonly imputed: number
}

/** Which columns of a table are read, and how ({@link readCSV}, {@link readJSONLines}). */
export interface TableOptions {
  /** Names of the target columns, in order. `[]` reads features only (`targets` is then 0). */
  targets: readonly string[]
  /** Names of the feature columns, in order. Default: every column that is neither a target nor excluded. */
  features?: readonly string[]
  /** Columns to leave out of the default features. */
  exclude?: readonly string[]
  /** Date columns, each "name" or "name:part+part" (parts: year, month, day, dayofyear, weekday, hour, timestamp). Default parts: dayofyear, and hour when a cell has a time of day. */
  dates?: readonly string[]
  /** Categorical columns (text values); encoded as `categoricalEncoding` says. */
  categorical?: readonly string[]
  /** 'onehot' (default): one 0/1 feature per category. 'ordinal': one feature, the category's index in sorted order. */
  categoricalEncoding?: 'onehot' | 'ordinal'
  /** Missing cells: 'error' (default), 'drop' the row, or impute the 'median'. */
  missing?: MissingPolicy
  /**
   * A saved encoding (Table.encoding): the feature columns read exactly as then — the same
   * categories (an unseen category is all zeros in one-hot, an error in ordinal), the same date
   * parts, the same medians for missing cells. Replaces features, dates and categorical.
   */
  encoding?: readonly ColumnEncoding[]
  /** Name of the source used in error messages, e.g. the file name. Default 'data'. */
  source?: string
}

/** Where a cell is, for messages. */
type Where = () => string

/**
 * Turns one column's cells into features. Each cell is stored as one number while reading (a
 * number, a time, a category code; NaN when missing); the encoding is fixed once every row has
 * been read (categories, medians) and then writes each row's features.
 */
interface ColumnReader {
  readonly name: string
  /** True when the cell is the number in the text (a number column: the fast path applies). */
  readonly numeric: boolean
  /** The stored value of a cell: NaN when it is missing. */
  read(text: string, where: Where): number
  /** The encoding, from the stored values of every row (`cells(out)` fills out with them). */
  finish(policy: MissingPolicy, cells: () => Float64Array): ColumnEncoding
  /** Writes the features of a stored value from `offset` of `out`, imputing a missing one. */
  write(cell: number, out: Float64Array, offset: number): void
}

function missingError(where: Where): NkkanError {
  return new NkkanError('E_VALUE', `${where()}: missing value`)
}

class NumberColumn implements ColumnReader {
  readonly numeric = true
  private fill = Number.NaN
  readonly name: string
  private readonly saved: number | undefined
  constructor(name: string, saved?: number) {
    this.name = name
    this.saved = saved
  }
  read(text: string, where: Where): number {
    return parseNumberCell(text, where)
  }
  finish(policy: MissingPolicy, cells: () => Float64Array): ColumnEncoding {
    this.fill = this.saved ?? (policy === 'median' ? median(cells()) : Number.NaN)
    return { name: this.name, kind: 'number', ...(Number.isNaN(this.fill) ? {} : { median: this.fill }) }
  }
  write(cell: number, out: Float64Array, offset: number): void {
    out[offset] = Number.isNaN(cell) ? this.fill : cell
  }
}

class DateColumn implements ColumnReader {
  readonly numeric = false
  private parts: readonly DatePart[] = []
  private fill = Number.NaN
  private timeOfDay = false
  readonly name: string
  private readonly requested: readonly DatePart[] | undefined
  private readonly saved: number | undefined
  constructor(name: string, requested: readonly DatePart[] | undefined, saved?: number) {
    this.name = name
    this.requested = requested
    this.saved = saved
  }
  read(text: string, where: Where): number {
    const time = parseDateCell(text, where)
    if (time % 86_400_000 !== 0) this.timeOfDay ||= Number.isFinite(time)
    return time
  }
  finish(policy: MissingPolicy, cells: () => Float64Array): ColumnEncoding {
    this.parts = this.requested ?? (this.timeOfDay ? ['dayofyear', 'hour'] : ['dayofyear'])
    this.fill = this.saved ?? (policy === 'median' ? median(cells()) : Number.NaN)
    return { name: this.name, kind: 'date', parts: this.parts, ...(Number.isNaN(this.fill) ? {} : { median: this.fill }) }
  }
  write(cell: number, out: Float64Array, offset: number): void {
    const value = Number.isNaN(cell) ? this.fill : cell
    this.parts.forEach((part, i) => (out[offset + i] = datePart(value, part)))
  }
}

/** Stored value of a category not seen in training (saved encoding, one-hot: all zeros). */
const UNSEEN = -2

class CategoryColumn implements ColumnReader {
  readonly numeric = false
  /** Category → first-seen index while reading: the stored value (NaN when missing, UNSEEN). */
  private readonly seen = new Map<string, number>()
  private order: Int32Array = new Int32Array(0)
  private categories: readonly string[] = []
  private fill = -1
  readonly name: string
  private readonly kind: 'onehot' | 'ordinal'
  private readonly saved: { categories: readonly string[]; mode?: string } | undefined
  constructor(name: string, kind: 'onehot' | 'ordinal', saved?: { categories: readonly string[]; mode?: string }) {
    this.name = name
    this.kind = kind
    this.saved = saved
    saved?.categories.forEach((category, index) => this.seen.set(category, index))
  }
  read(text: string, where: Where): number {
    const trimmed = text.trim()
    if (isMissing(trimmed)) return Number.NaN
    let code = this.seen.get(trimmed) ?? UNSEEN
    if (code === UNSEEN && this.saved === undefined) this.seen.set(trimmed, (code = this.seen.size))
    if (code === UNSEEN && this.kind === 'ordinal') {
      throw new NkkanError('E_VALUE', `${where()}: category ${JSON.stringify(trimmed)} was not seen in training (${this.saved!.categories.map((c) => JSON.stringify(c)).join(', ')})`)
    }
    return code
  }
  finish(policy: MissingPolicy, cells: () => Float64Array): ColumnEncoding {
    // Codes in first-seen order → sorted categories, so the encoding does not depend on row order.
    this.categories = this.saved?.categories ?? sortCategories(this.seen.keys())
    this.order = new Int32Array(this.seen.size)
    for (const [category, code] of this.seen) this.order[code] = this.categories.indexOf(category)
    let mode = this.saved?.mode
    if (mode === undefined && policy === 'median') {
      const counts = new Int32Array(this.seen.size)
      for (const code of cells()) if (code >= 0) counts[code]!++
      let best = -1
      counts.forEach((count, code) => (best = best < 0 || count > counts[best]! ? code : best))
      mode = best < 0 ? undefined : this.categories[this.order[best]!]
    }
    this.fill = mode === undefined ? -1 : this.categories.indexOf(mode)
    return { name: this.name, kind: this.kind, categories: this.categories, ...(mode === undefined ? {} : { mode }) }
  }
  write(cell: number, out: Float64Array, offset: number): void {
    const index = cell >= 0 ? this.order[cell]! : Number.isNaN(cell) ? this.fill : -1
    if (this.kind === 'ordinal') out[offset] = index
    else for (let c = 0; c < this.categories.length; c++) out[offset + c] = c === index ? 1 : 0
  }
}

function featureReaders(names: readonly string[], options: TableOptions, index: (name: string) => number): { column: number; reader: ColumnReader }[] {
  if (options.encoding !== undefined) {
    return options.encoding.map((encoding) => {
      const column = index(encoding.name)
      if (encoding.kind === 'number') return { column, reader: new NumberColumn(encoding.name, encoding.median) }
      if (encoding.kind === 'date') return { column, reader: new DateColumn(encoding.name, encoding.parts, encoding.median) }
      return { column, reader: new CategoryColumn(encoding.name, encoding.kind, { categories: encoding.categories, ...(encoding.mode === undefined ? {} : { mode: encoding.mode }) }) }
    })
  }
  const dates = new Map((options.dates ?? []).map((text) => {
    const { name, parts } = parseDateSpec(text)
    return [name, parts] as const
  }))
  const categorical = new Set(options.categorical ?? [])
  for (const name of [...dates.keys(), ...categorical, ...(options.exclude ?? [])]) index(name)
  const targets = new Set(options.targets)
  const exclude = new Set(options.exclude ?? [])
  const chosen = options.features ?? names.filter((name) => !targets.has(name) && !exclude.has(name))
  return chosen.map((name) => {
    const column = index(name)
    if (dates.has(name)) return { column, reader: new DateColumn(name, dates.get(name)) }
    if (categorical.has(name)) return { column, reader: new CategoryColumn(name, options.categoricalEncoding ?? 'onehot') }
    return { column, reader: new NumberColumn(name) }
  })
}

/** A growable row-major array of rows × width numbers. */
class Rows {
  values: Float64Array
  rows = 0
  readonly width: number
  constructor(width: number, capacity: number) {
    this.width = width
    this.values = new Float64Array(Math.max(capacity, 1) * width)
  }
  /** Offset of a new row. */
  add(): number {
    const at = this.rows * this.width
    if (at + this.width > this.values.length) {
      const grown = new Float64Array(Math.max(this.values.length * 2, this.width))
      grown.set(this.values)
      this.values = grown
    }
    this.rows++
    return at
  }
  /** Column c of every row. */
  column(c: number): Float64Array {
    const out = new Float64Array(this.rows)
    for (let r = 0; r < this.rows; r++) out[r] = this.values[r * this.width + c]!
    return out
  }
}

/**
 * Reads rows of cells, each stored as one number per column (row-major, features and targets
 * apart); `table()` then encodes them. When every feature is a number column, the stored
 * features are the table's x (no copy): memory is the data's own size.
 */
class TableBuilder {
  private readonly features: ColumnReader[]
  private readonly featureColumns: Int32Array
  /** 1 where the feature is a number column. */
  private readonly numericFeature: Uint8Array
  private readonly targets: NumberColumn[]
  private readonly targetColumns: Int32Array
  private readonly featureCells: Rows
  private readonly targetCells: Rows
  private readonly policy: MissingPolicy
  private readonly incomplete: number[] = []
  readonly names: readonly string[]
  private readonly source: string

  /** `capacity`: the rows expected (the arrays grow beyond it). */
  constructor(names: readonly string[], options: TableOptions, source: string, capacity: number) {
    this.names = names
    this.source = source
    const index = headerIndex(names, source)
    this.policy = options.missing ?? 'error'
    if (!['error', 'drop', 'median'].includes(this.policy)) throw new NkkanError('E_OPTION', `missing must be 'error', 'drop' or 'median', got ${describe(this.policy)}`)
    // Options come from callers in JavaScript too: checked as untyped values.
    const encoding: unknown = options.categoricalEncoding ?? 'onehot'
    if (encoding !== 'onehot' && encoding !== 'ordinal') throw new NkkanError('E_OPTION', `categoricalEncoding must be 'onehot' or 'ordinal', got ${String(encoding)}`)
    this.targets = options.targets.map((name) => new NumberColumn(name))
    this.targetColumns = Int32Array.from(options.targets, index)
    const features = featureReaders(names, options, index)
    if (features.length === 0) throw new NkkanError('E_SHAPE', `${source} has no feature columns besides the targets`)
    this.features = features.map(({ reader }) => reader)
    this.featureColumns = Int32Array.from(features, ({ column }) => column)
    this.numericFeature = Uint8Array.from(this.features, (reader) => (reader.numeric ? 1 : 0))
    this.featureCells = new Rows(this.features.length, capacity)
    this.targetCells = new Rows(this.targets.length, capacity)
  }

  private where(line: number, reader: ColumnReader): Where {
    return () => `${this.source} line ${line}, column ${JSON.stringify(reader.name)}`
  }

  /** Stores a cell's value; false when it is missing (an error under the policy 'error'). */
  private store(value: number, cells: Float64Array, at: number, line: number, reader: ColumnReader): boolean {
    cells[at] = value
    if (!Number.isNaN(value)) return true
    if (this.policy === 'error') throw missingError(this.where(line, reader))
    return false
  }

  /** One row; `cell(c)` is the text of column c, `line` its line in the source. */
  row(cell: (column: number) => string, line: number): void {
    const features = this.featureCells.add()
    const targets = this.targetCells.add()
    let complete = true
    for (let i = 0; i < this.features.length; i++) {
      const reader = this.features[i]!
      const value = reader.read(cell(this.featureColumns[i]!), this.where(line, reader))
      complete = this.store(value, this.featureCells.values, features + i, line, reader) && complete
    }
    for (let k = 0; k < this.targets.length; k++) {
      const reader = this.targets[k]!
      const value = reader.read(cell(this.targetColumns[k]!), this.where(line, reader))
      complete = this.store(value, this.targetCells.values, targets + k, line, reader) && complete
    }
    if (!complete) this.incomplete.push(this.featureCells.rows - 1)
  }

  /** Marks the number columns for parsing while scanning. */
  numberColumns(records: CSVRecords): void {
    records.parseNumbers([...this.featureColumns.filter((_, i) => this.features[i]!.numeric), ...this.targetColumns])
  }

  /** The record `records` last read: numbers through the exact fast path, other cells as text. */
  csvRow(records: CSVRecords): void {
    const line = records.recordLine
    const parsed = records.parsed
    const at = this.featureCells.add()
    const cells = this.featureCells.values
    let complete = true
    for (let i = 0; i < this.featureColumns.length; i++) {
      const column = this.featureColumns[i]!
      const value = this.numericFeature[i] === 1 ? parsed[column]! : Number.NaN
      if (!Number.isNaN(value)) cells[at + i] = value
      else complete = this.textCell(records, column, this.features[i]!, cells, at + i, line) && complete
    }
    const targetAt = this.targetCells.add()
    const targets = this.targetCells.values
    for (let k = 0; k < this.targetColumns.length; k++) {
      const column = this.targetColumns[k]!
      const value = parsed[column]!
      if (!Number.isNaN(value)) targets[targetAt + k] = value
      else complete = this.textCell(records, column, this.targets[k]!, targets, targetAt + k, line) && complete
    }
    if (!complete) this.incomplete.push(this.featureCells.rows - 1)
  }

  /** A cell the fast path did not read: parsed from its text. */
  private textCell(records: CSVRecords, column: number, reader: ColumnReader, cells: Float64Array, at: number, line: number): boolean {
    return this.store(reader.read(records.text(column), this.where(line, reader)), cells, at, line, reader)
  }

  table(): Table {
    const { featureCells, targetCells } = this
    const encoding = this.features.map((reader, i) => reader.finish(this.policy, () => featureCells.column(i)))
    for (const reader of this.targets) reader.finish('drop', () => new Float64Array(0))
    const widths = encoding.map(encodedWidth)
    const features = widths.reduce((a, b) => a + b, 0)
    const targets = this.targets.length
    const read = featureCells.rows
    const keep = new Uint8Array(read).fill(1)
    let dropped = 0
    for (const r of this.incomplete) {
      const targetMissing = targetCells.values.subarray(r * targets, (r + 1) * targets).some(Number.isNaN)
      if (this.policy === 'drop' || targetMissing) {
        keep[r] = 0
        dropped++
      }
    }
    const rows = read - dropped
    const numeric = this.features.every((reader) => reader.numeric)
    const x = numeric ? featureCells.values : new Float64Array(rows * features)
    const y = targetCells.values
    let imputed = 0
    // Rows are moved down over dropped ones, in place (out ≤ r); x is written fresh unless numeric.
    const first = numeric ? (this.incomplete[0] ?? read) : 0
    for (let r = first, out = first; r < read; r++) {
      if (keep[r] === 0) continue
      const from = r * this.features.length
      let offset = out * features
      for (let i = 0; i < this.features.length; i++) {
        const cell = featureCells.values[from + i]!
        if (Number.isNaN(cell)) imputed++
        this.features[i]!.write(cell, x, offset)
        offset += widths[i]!
      }
      y.copyWithin(out * targets, r * targets, (r + 1) * targets)
      out++
    }
    return {
      x: x.subarray(0, rows * features), y: y.subarray(0, rows * targets), rows, features, targets, encoding, dropped, imputed,
      featureNames: encoding.flatMap(encodedNames),
      targetNames: this.targets.map((reader) => reader.name),
    }
  }
}

/**
 * Parses CSV (text, or its UTF-8 bytes as a file read without decoding gives them) with a
 * header line into a Table. Fields may be quoted (RFC 4180); blank lines are skipped. A value
 * that is not a number (in a column that is not a date or categorical) throws E_VALUE naming its
 * line and column; so does a missing one unless `missing` says otherwise.
 * @example readCSV('a,b,y\n1,2,3\n4,5,9\n', { targets: ['y'] }) // rows 2, features 2, targets 1
 */
export function readCSV(text: string | Uint8Array, options: TableOptions): Table {
  const source = checkTableArguments(text, options)
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text
  const records = new CSVRecords(bytes, source)
  let builder: TableBuilder | undefined
  while (records.next()) {
    if (records.fields === 1 && records.blank()) continue
    if (builder === undefined) {
      const names = Array.from({ length: records.fields }, (_, f) => records.text(f).trim())
      // Lines bound the records from above: the arrays are allocated once.
      builder = new TableBuilder(names, options, source, countByte(bytes, LF) + 1)
      builder.numberColumns(records)
      continue
    }
    if (records.fields !== builder.names.length) {
      throw new NkkanError('E_SHAPE', `${source} line ${records.recordLine}: ${records.fields} fields; the header has ${builder.names.length}`)
    }
    builder.csvRow(records)
  }
  if (builder === undefined) throw new NkkanError('E_SHAPE', `${source} is empty: no header line`)
  return builder.table()
}

/**
 * Parses JSON lines (one object per line, e.g. `{"a": 1, "y": 2}`) into a Table. Columns are the
 * keys of the first object; values are numbers or strings.
 */
export function readJSONLines(text: string, options: TableOptions): Table {
  const source = checkTableArguments(text, options, false)
  let builder: TableBuilder | undefined
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
    const object = value as Record<string, unknown>
    builder ??= new TableBuilder(Object.keys(object), options, source, 1024)
    const names = builder.names
    builder.row((column) => cellText(object[names[column]!]), index + 1)
  })
  if (builder === undefined) throw new NkkanError('E_SHAPE', `${source} is empty: no records`)
  return builder.table()
}

function cellText(value: unknown): string {
  if (value === undefined || value === null) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'Infinity'
  return JSON.stringify(value)
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

/** A number cell as readCSV reads it; a missing one is an error (for readers without a missing-value policy). */
export function parseNumber(field: string, where: () => string): number {
  const value = parseNumberCell(field, where)
  if (Number.isNaN(value)) throw missingError(where)
  return value
}

/** Header positions of the feature and target columns a reader without encodings takes (the CSV stream's). */
export interface Columns {
  readonly features: number[]
  readonly targets: number[]
  readonly names: readonly string[]
}

export function selectColumns(names: readonly string[], options: Pick<TableOptions, 'targets' | 'features'>, source: string): Columns {
  const index = headerIndex(names, source)
  const targets = options.targets.map(index)
  const features = options.features === undefined ? names.map((_, c) => c).filter((c) => !targets.includes(c)) : options.features.map(index)
  if (features.length === 0) throw new NkkanError('E_SHAPE', `${source} has no feature columns besides the targets`)
  return { features, targets, names }
}

/** Checks that the header names each column once; returns name → column position (E_OPTION for a name it lacks). */
function headerIndex(names: readonly string[], source: string): (name: string) => number {
  const seen = new Set<string>()
  for (const name of names) {
    if (seen.has(name)) throw new NkkanError('E_FORMAT', `${source}: column ${JSON.stringify(name)} appears twice in the header`)
    seen.add(name)
  }
  return (name) => {
    const found = names.indexOf(name)
    if (found < 0) throw new NkkanError('E_OPTION', `${source} has no column ${JSON.stringify(name)}; its columns are ${names.map((n) => JSON.stringify(n)).join(', ')}`)
    return found
  }
}

/** The source name for messages, once the text (or bytes, when `bytes`) and the options have the right types. */
function checkTableArguments(text: unknown, options: unknown, bytes = true): string {
  if (typeof text !== 'string' && !(bytes && text instanceof Uint8Array)) throw new NkkanError('E_FORMAT', `the table must be text${bytes ? ' (or its UTF-8 bytes)' : ''}, got ${describe(text)}`)
  const given = optionsObject(options ?? null, 'table options', ['targets', 'features', 'exclude', 'dates', 'categorical', 'categoricalEncoding', 'missing', 'encoding', 'source'])
  for (const key of ['targets', 'features', 'exclude', 'dates', 'categorical'] as const) {
    const names = given[key]
    if ((key === 'targets' || names !== undefined) && !(Array.isArray(names) && names.every((name) => typeof name === 'string'))) {
      throw new NkkanError('E_OPTION', `${key} must be an array of column names, got ${describe(names)}`)
    }
  }
  if (given.source !== undefined && typeof given.source !== 'string') throw new NkkanError('E_OPTION', `source must be a string, got ${describe(given.source)}`)
  return (given.source) ?? 'data'
}
