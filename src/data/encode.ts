/**
 * Table columns → numeric features: numbers as they are, dates as chosen parts (day of year,
 * hour, timestamp…), categories one-hot or ordinal, missing cells dropped or imputed. The
 * chosen encoding is plain JSON, saved in the model file, so that prediction encodes new rows
 * exactly as training did (the same categories, the same medians).
 */
import { NkkanError } from '../errors.js'

/** Numbers a date column can give; `timestamp` is seconds since 1970-01-01 UTC. */
export type DatePart = 'year' | 'month' | 'day' | 'dayofyear' | 'weekday' | 'hour' | 'timestamp'
export const DATE_PARTS: readonly DatePart[] = ['year', 'month', 'day', 'dayofyear', 'weekday', 'hour', 'timestamp']

/**
 * What to do with a missing cell (empty, NA, N/A, NaN, null, ?): 'error' stops at its line and
 * column; 'drop' drops the row; 'median' puts the column's training median in its place (the
 * most frequent category for categorical columns). A row with a missing target is dropped
 * under both policies.
 */
export type MissingPolicy = 'error' | 'drop' | 'median'

/** How one column becomes features. Saved in the model file (`columns.encoding`). */
export type ColumnEncoding =
  | {
      /** The source column. */
      readonly name: string
      /** A numeric column: one feature, the number. */
      readonly kind: 'number'
      /** Imputed for a missing cell (policy 'median'): the training median. */
      readonly median?: number
    }
  | {
      /** The source column. */
      readonly name: string
      /** A date column: one feature per part. */
      readonly kind: 'date'
      /** The parts taken from each date, in feature order. */
      readonly parts: readonly DatePart[]
      /** Imputed for a missing cell (policy 'median'): the training median timestamp. */
      readonly median?: number
    }
  | {
      /** The source column. */
      readonly name: string
      /** A categorical column: one 0/1 feature per category (onehot) or the category's index (ordinal). */
      readonly kind: 'onehot' | 'ordinal'
      /** The categories seen in training, sorted. */
      readonly categories: readonly string[]
      /** Imputed for a missing cell (policy 'median'): the most frequent category. */
      readonly mode?: string
    }

const MISSING = new Set(['', 'na', 'n/a', 'nan', 'null', 'none', '?'])

/** A numeric literal: optional sign, digits with an optional point, optional exponent. */
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/

/** ISO 8601 date or date-time; without a zone it is read as UTC, so results do not depend on the machine. */
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}(?:\.\d*)?))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/

export function isMissing(text: string): boolean {
  return MISSING.has(text.trim().toLowerCase())
}

/** The number in a cell; NaN for a missing cell; throws E_VALUE for anything else that is not a number. */
export function parseNumberCell(text: string, where: () => string): number {
  const trimmed = text.trim()
  if (NUMBER.test(trimmed)) {
    const value = Number(trimmed)
    if (!Number.isFinite(value)) throw new NkkanError('E_VALUE', `${where()}: ${JSON.stringify(text)} is out of range`)
    return value
  }
  if (isMissing(trimmed)) return Number.NaN
  throw new NkkanError('E_VALUE', `${where()}: ${JSON.stringify(text)} is not a number`)
}

/** Milliseconds since 1970-01-01 UTC of a date cell; NaN for a missing cell. */
export function parseDateCell(text: string, where: () => string): number {
  const trimmed = text.trim()
  if (isMissing(trimmed)) return Number.NaN
  const match = ISO_DATE.exec(trimmed)
  const time = match === null ? Date.parse(trimmed) : Date.parse(isoUTC(match))
  if (!Number.isFinite(time)) throw new NkkanError('E_VALUE', `${where()}: ${JSON.stringify(text)} is not a date (expected e.g. 2012-01-31 or 2012-01-31T13:00)`)
  return time
}

function isoUTC(match: RegExpExecArray): string {
  const pad = (text: string | undefined, width: number): string => (text ?? '0').padStart(width, '0')
  const [, y, mo, d, h, mi, s, zone] = match
  const seconds = s === undefined ? '00' : s.includes('.') ? s.padStart(s.indexOf('.') === 1 ? s.length + 1 : s.length, '0') : pad(s, 2)
  return `${y}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}:${seconds}${zone ?? 'Z'}`
}

/** One part of a time (milliseconds since 1970 UTC), as a number. */
export function datePart(time: number, part: DatePart): number {
  const date = new Date(time)
  switch (part) {
    case 'year': return date.getUTCFullYear()
    case 'month': return date.getUTCMonth() + 1
    case 'day': return date.getUTCDate()
    case 'dayofyear': return Math.floor((time - Date.UTC(date.getUTCFullYear(), 0, 1)) / 86_400_000) + 1
    case 'weekday': return date.getUTCDay()
    case 'hour': return date.getUTCHours() + date.getUTCMinutes() / 60
    case 'timestamp': return time / 1000
  }
}

/** The feature names a column gives, in order. */
export function encodedNames(encoding: ColumnEncoding): string[] {
  switch (encoding.kind) {
    case 'number': case 'ordinal': return [encoding.name]
    case 'date': return encoding.parts.map((part) => `${encoding.name}.${part}`)
    case 'onehot': return encoding.categories.map((category) => `${encoding.name}=${category}`)
  }
}

export function encodedWidth(encoding: ColumnEncoding): number {
  return encoding.kind === 'onehot' ? encoding.categories.length : encoding.kind === 'date' ? encoding.parts.length : 1
}

/** Parses "date" or "date:dayofyear+hour" (a column and its parts). */
export function parseDateSpec(text: string): { name: string; parts: DatePart[] | undefined } {
  const colon = text.lastIndexOf(':')
  if (colon < 0) return { name: text, parts: undefined }
  const parts = text.slice(colon + 1).split('+').map((part) => part.trim().toLowerCase())
  for (const part of parts) {
    if (!(DATE_PARTS as readonly string[]).includes(part)) {
      throw new NkkanError('E_OPTION', `date part ${JSON.stringify(part)} of ${JSON.stringify(text)} is not one of ${DATE_PARTS.join(', ')}`)
    }
  }
  return { name: text.slice(0, colon), parts: parts as DatePart[] }
}

/** Sorted so that "2" comes before "10"; the order ordinal codes follow. */
export function sortCategories(categories: Iterable<string>): string[] {
  return [...categories].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
}

/** Median of the finite values of a column (NaN when there are none). */
export function median(values: Float64Array): number {
  const finite = values.filter((value) => !Number.isNaN(value)).sort()
  if (finite.length === 0) return Number.NaN
  const half = finite.length >> 1
  return finite.length % 2 === 1 ? finite[half]! : (finite[half - 1]! + finite[half]!) / 2
}

/** Checks an encoding read from a model file. */
export function checkEncoding(value: unknown, where: string): ColumnEncoding[] {
  if (!Array.isArray(value)) throw new NkkanError('E_FORMAT', `${where} must be an array of column encodings`)
  value.forEach((item: unknown, index) => {
    const column = item as Record<string, unknown> | null
    const ok =
      typeof column === 'object' && column !== null && typeof column.name === 'string' &&
      (column.kind === 'number' ||
        (column.kind === 'date' && Array.isArray(column.parts) && column.parts.every((part) => (DATE_PARTS as readonly unknown[]).includes(part))) ||
        ((column.kind === 'onehot' || column.kind === 'ordinal') && Array.isArray(column.categories) && column.categories.every((c) => typeof c === 'string')))
    if (!ok) throw new NkkanError('E_FORMAT', `${where}[${index}] is not a column encoding: ${JSON.stringify(item)}`)
  })
  return value as ColumnEncoding[]
}
