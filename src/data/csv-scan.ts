/**
 * CSV as bytes (UTF-8): the record scanner behind readCSV and the exact fast path for decimal
 * numbers shared with the CSV stream. Fields are kept as byte offsets; a string is made only for
 * a field that needs one (a header name, a quoted field, a date or category, a number the fast
 * path leaves to the strict text parser), so a numeric table is read without a string per cell.
 */
import { NkkanError } from '../errors.js'

export const QUOTE = 34
export const COMMA = 44
export const LF = 10
export const CR = 13
const SPACE = 32
const TAB = 9

/** 10^0 … 10^22: every one is exact in binary64. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, e) => Number(`1e${e}`))

/**
 * m·10^e (negated when `negative`) when that is exact to compute: m < 2^53 (so every partial
 * sum of its digits was an exact integer too) and |e| ≤ 22, so m and 10^e are exact doubles and
 * one IEEE multiplication or division rounds correctly — Number()'s result bit for bit
 * (Clinger's fast path). NaN otherwise.
 */
function exactDecimal(negative: boolean, mantissa: number, exponent: number): number {
  if (mantissa > Number.MAX_SAFE_INTEGER) return Number.NaN
  let value: number
  if (mantissa === 0) value = 0
  else if (exponent === 0) value = mantissa
  else if (exponent > 0 && exponent <= 22) value = mantissa * POWERS_OF_TEN[exponent]!
  else if (exponent < 0 && exponent >= -22) value = mantissa / POWERS_OF_TEN[-exponent]!
  else return Number.NaN
  return negative ? -value : value
}

/** Counts byte `value` in bytes. */
export function countByte(bytes: Uint8Array, value: number): number {
  let count = 0
  for (let at = bytes.indexOf(value); at >= 0; at = bytes.indexOf(value, at + 1)) count++
  return count
}

/**
 * The records of CSV bytes one at a time (RFC 4180 quotes, CR, LF or CRLF line ends, a leading
 * byte-order mark skipped). After next(), `fields` fields were read; field f is
 * bytes[start(f), end(f)) unless it was quoted (then `text(f)` has its value). The fields of the
 * columns marked with parseNumbers are parsed while they are scanned: number(f) is the value of
 * a plain decimal (blanks, sign, digits with a point, exponent) exactly as Number() gives it, NaN
 * when the fast path does not apply (then parse text(f)).
 */
export class CSVRecords {
  bytes: Uint8Array
  private readonly source: string
  private readonly decoder = new TextDecoder()
  private starts = new Int32Array(64)
  private ends = new Int32Array(64)
  private numbers = new Float64Array(64)
  /** 1 for the columns whose fields are parsed as numbers while scanning. */
  private numeric = new Uint8Array(0)
  /** The value of each quoted field of the record (stale for unquoted ones). */
  private readonly quoted: string[] = []
  private at = 0
  /** Fields of the last record. */
  fields = 0
  /** Line of the source the last record starts on. */
  recordLine = 1
  private line = 1

  constructor(bytes: Uint8Array, source: string) {
    this.source = source
    this.bytes = bytes
    this.reset(bytes, 1)
  }

  /** Continues with new bytes whose first line is line `line` of the source (a stream's next piece). */
  reset(bytes: Uint8Array, line: number): void {
    this.bytes = bytes
    this.line = line
    this.at = line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  }

  /** Parses the fields of these columns as numbers while scanning. */
  parseNumbers(columns: Iterable<number>): void {
    for (const column of columns) {
      if (column >= this.numeric.length) {
        const grown = new Uint8Array(column + 1)
        grown.set(this.numeric)
        this.numeric = grown
      }
      this.numeric[column] = 1
    }
  }

  /** First byte of field f (−1 when it was quoted). */
  start(f: number): number {
    return this.starts[f]!
  }

  end(f: number): number {
    return this.ends[f]!
  }

  /** The number in field f of a column marked with parseNumbers, or NaN: see the class (quoted fields are NaN). */
  number(f: number): number {
    return this.numbers[f]!
  }

  /** number(f) of every field f, for loops over many fields (valid until the next record). */
  get parsed(): Float64Array {
    return this.numbers
  }

  /** The text of field f (a quoted field's value without its quotes). */
  text(f: number): string {
    const start = this.starts[f]!
    return start < 0 ? this.quoted[f]! : this.decoder.decode(this.bytes.subarray(start, this.ends[f]))
  }

  /** True when the record is one blank field (a blank line). */
  blank(): boolean {
    return this.fields === 1 && this.text(0).trim() === ''
  }

  /** Reads the next record; false at the end of the bytes. */
  next(): boolean {
    const { bytes } = this
    const end = bytes.length
    let at = this.at
    if (at >= end) return false
    this.recordLine = this.line
    this.fields = 0
    for (;;) {
      let c = bytes[at]
      while (c === SPACE || c === TAB) c = bytes[++at]
      const f = this.fields++
      if (f === this.starts.length) this.grow()
      if (c === QUOTE) {
        at = this.quotedField(at + 1, f)
        while (bytes[at] === SPACE || bytes[at] === TAB) at++
        c = bytes[at]
        if (at < end && c !== COMMA && c !== LF && c !== CR) throw new NkkanError('E_FORMAT', `${this.source} line ${this.line}: text after a closing quote`)
      } else {
        this.starts[f] = at
        if (f < this.numeric.length && this.numeric[f] === 1) at = this.numberField(at, f)
        c = bytes[at]
        while (at < end && c !== COMMA && c !== LF && c !== CR) c = bytes[++at]
        this.ends[f] = at
      }
      if (at < end && c === COMMA) {
        at++
        continue
      }
      if (c === CR) at++
      if (at < end && bytes[at] === LF) at++
      this.line++
      break
    }
    this.at = at
    return true
  }

  /**
   * Parses a plain decimal from `at` into numbers[f]; returns where it stopped: at the field's
   * end when the field is that decimal (with trailing blanks), else anywhere inside the field
   * with numbers[f] NaN. Reads are not bounds-checked: past the end a read gives undefined, which
   * matches no test, so a field that ends the bytes without a line break is left NaN (to the
   * text parser).
   */
  private numberField(at: number, f: number): number {
    const { bytes } = this
    let c = bytes[at]!
    const negative = c === 45
    if (c === 45 || c === 43) c = bytes[++at]!
    let mantissa = 0
    const integerStart = at
    while (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48)
      c = bytes[++at]!
    }
    let digits = at - integerStart
    let exponent = 0
    if (c === 46) {
      c = bytes[++at]!
      const fractionStart = at
      while (c >= 48 && c <= 57) {
        mantissa = mantissa * 10 + (c - 48)
        c = bytes[++at]!
      }
      exponent = fractionStart - at
      digits -= exponent
    }
    this.numbers[f] = Number.NaN
    if (digits === 0) return at
    if ((c | 32) === 101) {
      c = bytes[++at]!
      const negativeExponent = c === 45
      if (c === 45 || c === 43) c = bytes[++at]!
      const exponentStart = at
      let value = 0
      while (c >= 48 && c <= 57) {
        if (value < 1000) value = value * 10 + (c - 48)
        c = bytes[++at]!
      }
      if (at === exponentStart) return at
      exponent += negativeExponent ? -value : value
    }
    while (c === SPACE || c === TAB) c = bytes[++at]!
    if (c === COMMA || c === LF || c === CR) this.numbers[f] = exactDecimal(negative, mantissa, exponent)
    return at
  }

  /** Reads the quoted field f whose text starts at `from`; returns the position after its closing quote. */
  private quotedField(from: number, f: number): number {
    const { bytes } = this
    let value = ''
    let at = from
    for (;;) {
      const close = bytes.indexOf(QUOTE, at)
      if (close < 0) throw new NkkanError('E_FORMAT', `${this.source}: a quoted field opened on line ${this.line} is never closed`)
      for (let i = bytes.indexOf(LF, at); i >= 0 && i < close; i = bytes.indexOf(LF, i + 1)) this.line++
      if (bytes[close + 1] === QUOTE) {
        value += this.decoder.decode(bytes.subarray(from, close + 1))
        at = from = close + 2
        continue
      }
      this.starts[f] = -1
      this.numbers[f] = Number.NaN
      this.quoted[f] = value + this.decoder.decode(bytes.subarray(from, close))
      return close + 1
    }
  }

  private grow(): void {
    const size = this.starts.length * 2
    const starts = new Int32Array(size)
    const ends = new Int32Array(size)
    const numbers = new Float64Array(size)
    starts.set(this.starts)
    ends.set(this.ends)
    numbers.set(this.numbers)
    this.starts = starts
    this.ends = ends
    this.numbers = numbers
  }
}
