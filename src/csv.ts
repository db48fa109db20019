/**
 * Tables in and out: CSV (headers, RFC 4180 quoted fields) and JSON lines → a Dataset given the
 * target column names, each column encoded as `encode.ts` says; predictions → CSV text. Every
 * bad value is reported by file, line and column name.
 *
 * The CSV scanner is this file's own: one pass over the text, each field parsed straight into
 * its column's typed array, no array of row strings in between (csv-parse built one object per
 * row: 10 s and 0.93 GB for a 1M-row file).
 */
import type { Dataset, FloatArray } from './data.js'
import { describe, optionsObject } from './arguments.js'
import { type ColumnEncoding, type DatePart, type MissingPolicy, encodedNames, encodedWidth, isMissing, median, parseDateCell, parseDateSpec, parseNumberCell, sortCategories, datePart } from './encode.js'
import { NkkanError } from './errors.js'

/** A Dataset read from a table, with the names of its feature and target columns. */
export interface Table extends Dataset {
  /** Names of the features after encoding (`date.dayofyear`, `weather=rain`, …). */
  readonly featureNames: readonly string[]
  readonly targetNames: readonly string[]
  /** How each source column became features; give it back as `TableOptions.encoding` to read new rows the same way. */
  readonly encoding: readonly ColumnEncoding[]
  /** Rows dropped for a missing value (policy 'drop', or a missing target). */
  readonly dropped: number
  /** Cells filled with the training median or most frequent category (policy 'median'). */
  readonly imputed: number
}

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

/** Receives one column's cells in row order and gives that column's features at the end. */
interface ColumnReader {
  readonly name: string
  /** Reads the cell of the next row; false when it is missing. */
  read(text: string, where: Where): boolean
  /** The encoding, fixed once every row has been read (categories, medians). */
  finish(policy: MissingPolicy): ColumnEncoding
  /** Writes row r's features from `offset` of `out`, imputing a missing cell. Counts an imputation. */
  write(r: number, out: Float64Array, offset: number): boolean
}

/** A growable Float64Array. */
class Floats {
  values = new Float64Array(1024)
  length = 0
  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Float64Array(this.values.length * 2)
      grown.set(this.values)
      this.values = grown
    }
    this.values[this.length++] = value
  }
}

function missingError(where: Where): NkkanError {
  return new NkkanError('E_VALUE', `${where()}: missing value`)
}

class NumberColumn implements ColumnReader {
  private readonly cells = new Floats()
  private fill = Number.NaN
  readonly name: string
  private readonly saved: number | undefined
  constructor(name: string, saved?: number) {
    this.name = name
    this.saved = saved
  }
  read(text: string, where: Where): boolean {
    const value = parseNumberCell(text, where)
    this.cells.push(value)
    return !Number.isNaN(value)
  }
  finish(policy: MissingPolicy): ColumnEncoding {
    this.fill = this.saved ?? (policy === 'median' ? median(this.cells.values.subarray(0, this.cells.length)) : Number.NaN)
    return { name: this.name, kind: 'number', ...(Number.isNaN(this.fill) ? {} : { median: this.fill }) }
  }
  write(r: number, out: Float64Array, offset: number): boolean {
    const value = this.cells.values[r]!
    out[offset] = Number.isNaN(value) ? this.fill : value
    return Number.isNaN(value)
  }
}

class DateColumn implements ColumnReader {
  private readonly times = new Floats()
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
  read(text: string, where: Where): boolean {
    const time = parseDateCell(text, where)
    this.times.push(time)
    if (time % 86_400_000 !== 0) this.timeOfDay ||= Number.isFinite(time)
    return !Number.isNaN(time)
  }
  finish(policy: MissingPolicy): ColumnEncoding {
    this.parts = this.requested ?? (this.timeOfDay ? ['dayofyear', 'hour'] : ['dayofyear'])
    this.fill = this.saved ?? (policy === 'median' ? median(this.times.values.subarray(0, this.times.length)) : Number.NaN)
    return { name: this.name, kind: 'date', parts: this.parts, ...(Number.isNaN(this.fill) ? {} : { median: this.fill }) }
  }
  write(r: number, out: Float64Array, offset: number): boolean {
    const time = this.times.values[r]!
    const value = Number.isNaN(time) ? this.fill : time
    this.parts.forEach((part, i) => (out[offset + i] = datePart(value, part)))
    return Number.isNaN(time)
  }
}

class CategoryColumn implements ColumnReader {
  /** Category → first-seen index while reading; codes[r] is that index, -1 when missing, -2 unseen. */
  private readonly seen = new Map<string, number>()
  private codes = new Int32Array(1024)
  private length = 0
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
  read(text: string, where: Where): boolean {
    const trimmed = text.trim()
    let code = -1
    if (!isMissing(trimmed)) {
      code = this.seen.get(trimmed) ?? -2
      if (code === -2 && this.saved === undefined) this.seen.set(trimmed, (code = this.seen.size))
      if (code === -2 && this.kind === 'ordinal') {
        throw new NkkanError('E_VALUE', `${where()}: category ${JSON.stringify(trimmed)} was not seen in training (${this.saved!.categories.map((c) => JSON.stringify(c)).join(', ')})`)
      }
    }
    if (this.length === this.codes.length) {
      const grown = new Int32Array(this.codes.length * 2)
      grown.set(this.codes)
      this.codes = grown
    }
    this.codes[this.length++] = code
    return code !== -1
  }
  finish(policy: MissingPolicy): ColumnEncoding {
    // Codes in first-seen order → sorted categories, so the encoding does not depend on row order.
    this.categories = this.saved?.categories ?? sortCategories(this.seen.keys())
    this.order = new Int32Array(this.seen.size)
    for (const [category, code] of this.seen) this.order[code] = this.categories.indexOf(category)
    let mode = this.saved?.mode
    if (mode === undefined && policy === 'median') {
      const counts = new Int32Array(this.seen.size)
      for (let r = 0; r < this.length; r++) if (this.codes[r]! >= 0) counts[this.codes[r]!]!++
      let best = -1
      counts.forEach((count, code) => (best = best < 0 || count > counts[best]! ? code : best))
      mode = best < 0 ? undefined : this.categories[this.order[best]!]
    }
    this.fill = mode === undefined ? -1 : this.categories.indexOf(mode)
    return { name: this.name, kind: this.kind, categories: this.categories, ...(mode === undefined ? {} : { mode }) }
  }
  write(r: number, out: Float64Array, offset: number): boolean {
    const code = this.codes[r]!
    const index = code >= 0 ? this.order[code]! : code === -1 ? this.fill : -1
    if (this.kind === 'ordinal') out[offset] = index
    else for (let c = 0; c < this.categories.length; c++) out[offset + c] = c === index ? 1 : 0
    return code === -1
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

/** Reads rows of cells into columns; `table()` then encodes them. */
class TableBuilder {
  private readonly features: { column: number; reader: ColumnReader }[]
  private readonly targets: { column: number; reader: NumberColumn }[]
  private readonly policy: MissingPolicy
  private readonly incomplete: number[] = []
  private rows = 0
  readonly names: readonly string[]
  private readonly source: string

  constructor(names: readonly string[], options: TableOptions, source: string) {
    this.names = names
    this.source = source
    const index = headerIndex(names, source)
    this.policy = options.missing ?? 'error'
    if (!['error', 'drop', 'median'].includes(this.policy)) throw new NkkanError('E_OPTION', `missing must be 'error', 'drop' or 'median', got ${describe(this.policy)}`)
    // Options come from callers in JavaScript too: checked as untyped values.
    const encoding: unknown = options.categoricalEncoding ?? 'onehot'
    if (encoding !== 'onehot' && encoding !== 'ordinal') throw new NkkanError('E_OPTION', `categoricalEncoding must be 'onehot' or 'ordinal', got ${String(encoding)}`)
    this.targets = options.targets.map((name) => ({ column: index(name), reader: new NumberColumn(name) }))
    this.features = featureReaders(names, options, index)
    if (this.features.length === 0) throw new NkkanError('E_SHAPE', `${source} has no feature columns besides the targets`)
  }

  /** One row; `cell(c)` is the text of column c, `line` its line in the source. */
  row(cell: (column: number) => string, line: number): void {
    let complete = true
    for (const { column, reader } of this.features) {
      const where = (): string => `${this.source} line ${line}, column ${JSON.stringify(reader.name)}`
      if (!reader.read(cell(column), where)) {
        if (this.policy === 'error') throw missingError(where)
        complete = false
      }
    }
    for (const { column, reader } of this.targets) {
      const where = (): string => `${this.source} line ${line}, column ${JSON.stringify(reader.name)}`
      if (!reader.read(cell(column), where)) {
        if (this.policy === 'error') throw missingError(where)
        complete = false
      }
    }
    if (!complete) this.incomplete.push(this.rows)
    this.rows++
  }

  table(): Table {
    const encoding = this.features.map(({ reader }) => reader.finish(this.policy))
    for (const { reader } of this.targets) reader.finish('drop')
    const widths = encoding.map(encodedWidth)
    const features = widths.reduce((a, b) => a + b, 0)
    const targets = this.targets.length
    const keep = new Uint8Array(this.rows).fill(1)
    let dropped = 0
    for (const r of this.incomplete) {
      const target = new Float64Array(1)
      const targetMissing = this.targets.some(({ reader }) => reader.write(r, target, 0))
      if (this.policy === 'drop' || targetMissing) {
        keep[r] = 0
        dropped++
      }
    }
    const rows = this.rows - dropped
    const x = new Float64Array(rows * features)
    const y = new Float64Array(rows * targets)
    let imputed = 0
    for (let r = 0, out = 0; r < this.rows; r++) {
      if (keep[r] === 0) continue
      let offset = out * features
      this.features.forEach(({ reader }, c) => {
        if (reader.write(r, x, offset)) imputed++
        offset += widths[c]!
      })
      this.targets.forEach(({ reader }, k) => reader.write(r, y, out * targets + k))
      out++
    }
    return {
      x, y, rows, features, targets, encoding, dropped, imputed,
      featureNames: encoding.flatMap(encodedNames),
      targetNames: this.targets.map(({ reader }) => reader.name),
    }
  }
}

const QUOTE = 34
const COMMA = 44
const LF = 10
const CR = 13

/**
 * Parses CSV text with a header line into a Table. Fields may be quoted (RFC 4180); blank lines
 * are skipped. A value that is not a number (in a column that is not a date or categorical)
 * throws E_VALUE naming its line and column; so does a missing one unless `missing` says
 * otherwise.
 * @example readCSV('a,b,y\n1,2,3\n4,5,9\n', { targets: ['y'] }) // rows 2, features 2, targets 1
 */
export function readCSV(text: string, options: TableOptions): Table {
  const source = checkTableArguments(text, options)
  let builder: TableBuilder | undefined
  const fields: string[] = []
  let line = 1
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const end = text.length
  while (at < end) {
    const recordLine = line
    fields.length = 0
    // One record: fields up to an unquoted line break.
    for (;;) {
      let c = text.charCodeAt(at)
      while (c === 32 || c === 9) c = text.charCodeAt(++at)
      let field: string
      if (c === QUOTE) {
        let value = ''
        let from = ++at
        for (;;) {
          const close = text.indexOf('"', at)
          if (close < 0) throw new NkkanError('E_FORMAT', `${source}: a quoted field opened on line ${line} is never closed`)
          for (let i = text.indexOf('\n', at); i >= 0 && i < close; i = text.indexOf('\n', i + 1)) line++
          if (text.charCodeAt(close + 1) === QUOTE) {
            value += text.slice(from, close + 1)
            at = from = close + 2
            continue
          }
          field = value + text.slice(from, close)
          at = close + 1
          break
        }
        while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++
        c = text.charCodeAt(at)
        if (at < end && c !== COMMA && c !== LF && c !== CR) throw new NkkanError('E_FORMAT', `${source} line ${line}: text after a closing quote`)
      } else {
        const from = at
        while (at < end && c !== COMMA && c !== LF && c !== CR) c = text.charCodeAt(++at)
        field = text.slice(from, at)
      }
      fields.push(field)
      if (at < end && c === COMMA) {
        at++
        continue
      }
      if (c === CR) at++
      if (text.charCodeAt(at) === LF) at++
      line++
      break
    }
    if (fields.length === 1 && fields[0]!.trim() === '') continue
    if (builder === undefined) {
      builder = new TableBuilder(fields.map((name) => name.trim()), options, source)
      continue
    }
    if (fields.length !== builder.names.length) {
      throw new NkkanError('E_SHAPE', `${source} line ${recordLine}: ${fields.length} fields; the header has ${builder.names.length}`)
    }
    builder.row((column) => fields[column]!, recordLine)
  }
  if (builder === undefined) throw new NkkanError('E_SHAPE', `${source} is empty: no header line`)
  return builder.table()
}

/**
 * Parses JSON lines (one object per line, e.g. `{"a": 1, "y": 2}`) into a Table. Columns are the
 * keys of the first object; values are numbers or strings.
 */
export function readJSONLines(text: string, options: TableOptions): Table {
  const source = checkTableArguments(text, options)
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
    builder ??= new TableBuilder(Object.keys(object), options, source)
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

/** The source name for messages, once the text and the options have the right types. */
function checkTableArguments(text: unknown, options: unknown): string {
  if (typeof text !== 'string') throw new NkkanError('E_FORMAT', `the table must be text, got ${describe(text)}`)
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
