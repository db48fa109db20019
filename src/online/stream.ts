/**
 * CSV arriving piece by piece (standard input, a socket, a fetch body) as blocks of records for
 * KAN.learnFrom: one block per piece read, so memory holds one piece, never the whole table.
 * Plain CSV only: a header line, then one record per line, fields separated by commas, without
 * quotes (a quoted field throws E_FORMAT; read such files whole with readCSV).
 */
import { type Columns, parseNumber, selectColumns } from '../data/csv.js'
import { CSVRecords, LF, QUOTE, countByte } from '../data/csv-scan.js'
import type { Dataset } from '../data/data.js'
import { NkkanError } from '../errors.js'
import type { RowBlock } from './prequential.js'

export interface CSVStreamOptions {
  /** Names of the target columns, in order. */
  targets: readonly string[]
  /** Names of the feature columns, in order. Default: every column that is not a target. */
  features?: readonly string[]
  /** Name of the source in error messages. Default 'stdin'. */
  source?: string
}

/** A CSV stream whose header has been read: its columns and its records, block by block. */
export interface CSVStream {
  readonly featureNames: readonly string[]
  readonly targetNames: readonly string[]
  readonly blocks: AsyncIterable<RowBlock>
}

/** Reads the header of a CSV stream of text or bytes (UTF-8); the records follow in `blocks`. */
export async function openCSVStream(chunks: AsyncIterable<string | Uint8Array>, options: CSVStreamOptions): Promise<CSVStream> {
  const source = options.source ?? 'stdin'
  const pieces = linePieces(chunks)
  const records = new CSVRecords(new Uint8Array(0), source)
  let piece: Piece | undefined
  while (piece === undefined) {
    const next = await pieces.next()
    if (next.done === true) throw new NkkanError('E_SHAPE', `${source} is empty: no header line`)
    rejectQuotes(next.value, source)
    records.reset(next.value.bytes, next.value.line)
    while (records.next()) {
      if (records.blank()) continue
      piece = next.value
      break
    }
  }
  const names = Array.from({ length: records.fields }, (_, f) => records.text(f).trim())
  const columns = selectColumns(names, options, source)
  records.parseNumbers([...columns.features, ...columns.targets])
  const header = piece
  async function* blocks(): AsyncGenerator<RowBlock> {
    // The rest of the header's piece, then one block per piece.
    const first = parseBlock(records, header.lines, columns, source)
    if (first.rows > 0) yield first
    for (let next = await pieces.next(); next.done !== true; next = await pieces.next()) {
      rejectQuotes(next.value, source)
      records.reset(next.value.bytes, next.value.line)
      yield parseBlock(records, next.value.lines, columns, source)
    }
  }
  return {
    featureNames: columns.features.map((c) => names[c]!),
    targetNames: columns.targets.map((c) => names[c]!),
    blocks: blocks(),
  }
}

/** Complete lines of the stream as bytes: their first line's number and how many lines they hold at most. */
interface Piece {
  readonly bytes: Uint8Array
  readonly line: number
  readonly lines: number
}

/** The complete lines of each chunk (a line cut between chunks is joined); text is encoded to UTF-8. */
async function* linePieces(chunks: AsyncIterable<string | Uint8Array>): AsyncGenerator<Piece> {
  const encoder = new TextEncoder()
  let carry: Uint8Array = new Uint8Array(0)
  let pending = ''
  let line = 1
  for await (const chunk of chunks) {
    let bytes: Uint8Array
    if (typeof chunk === 'string') {
      // A character cut between two text chunks (a surrogate pair) is encoded whole.
      let text = pending + chunk
      const last = text.charCodeAt(text.length - 1)
      pending = last >= 0xd800 && last <= 0xdbff ? text.slice(-1) : ''
      if (pending !== '') text = text.slice(0, -1)
      bytes = encoder.encode(text)
    } else bytes = chunk
    const end = bytes.lastIndexOf(LF)
    if (end < 0) {
      carry = join(carry, bytes)
      continue
    }
    const complete = join(carry, bytes.subarray(0, end + 1))
    // A copy: the source may reuse its buffer once this piece has been read.
    carry = bytes.slice(end + 1)
    const lines = countByte(complete, LF)
    yield { bytes: complete, line, lines }
    line += lines
  }
  carry = join(carry, encoder.encode(pending))
  if (carry.length > 0) yield { bytes: carry, line, lines: 1 }
}

function join(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b
  const joined = new Uint8Array(a.length + b.length)
  joined.set(a)
  joined.set(b, a.length)
  return joined
}

/** Quoted fields are refused (found with one search per piece): E_FORMAT at the line of the first quote. */
function rejectQuotes(piece: Piece, source: string): void {
  const at = piece.bytes.indexOf(QUOTE)
  if (at < 0) return
  const line = piece.line + countByte(piece.bytes.subarray(0, at), LF)
  throw new NkkanError('E_FORMAT', `${source} line ${line}: quoted fields are not supported when streaming CSV; read the file whole instead`)
}

/**
 * The records `records` has left in its piece (blank lines skipped; at most `lines`) as one
 * block. Number fields come from the scanner's exact fast path; any other field is parsed from
 * its text by readCSV's strict parser, which throws E_VALUE naming the line and column (so both
 * readers accept the same fields and give the same numbers).
 */
function parseBlock(records: CSVRecords, lines: number, columns: Columns, source: string): RowBlock {
  const features = columns.features.length
  const targets = columns.targets.length
  const x = new Float64Array(lines * features)
  const y = new Float64Array(lines * targets)
  const parsed = records.parsed
  let rows = 0
  while (records.next()) {
    if (records.fields === 1 && records.blank()) continue
    if (records.fields !== columns.names.length) throw new NkkanError('E_SHAPE', `${source} line ${records.recordLine}: ${records.fields} fields; the header has ${columns.names.length}`)
    for (let c = 0; c < features; c++) {
      const field = columns.features[c]!
      const value = parsed[field]!
      x[rows * features + c] = Number.isNaN(value) ? textNumber(records, field, columns, source) : value
    }
    for (let k = 0; k < targets; k++) {
      const field = columns.targets[k]!
      const value = parsed[field]!
      y[rows * targets + k] = Number.isNaN(value) ? textNumber(records, field, columns, source) : value
    }
    rows++
  }
  return { x: x.subarray(0, rows * features), y: y.subarray(0, rows * targets), rows }
}

function textNumber(records: CSVRecords, field: number, columns: Columns, source: string): number {
  return parseNumber(records.text(field), () => `${source} line ${records.recordLine}, column ${JSON.stringify(columns.names[field])}`)
}

/**
 * The first `rows` records of a stream of blocks as a Dataset (to initialise a model from, with
 * KAN.init), and every record, those included, as blocks again.
 */
export async function firstRows(blocks: AsyncIterable<RowBlock>, rows: number, features: number, targets: number): Promise<{ sample: Dataset; blocks: AsyncIterable<RowBlock> }> {
  const iterator = blocks[Symbol.asyncIterator]()
  const head: RowBlock[] = []
  let count = 0
  while (count < rows) {
    const next = await iterator.next()
    if (next.done === true) break
    head.push(next.value)
    count += next.value.rows
  }
  if (count === 0) throw new NkkanError('E_SHAPE', 'the stream has no records')
  const x = new Float64Array(count * features)
  const y = new Float64Array(count * targets)
  let at = 0
  for (const block of head) {
    x.set(block.x, at * features)
    y.set(block.y, at * targets)
    at += block.rows
  }
  async function* all(): AsyncGenerator<RowBlock> {
    yield* head
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) yield next.value
  }
  return { sample: { x, y, rows: count, features, targets }, blocks: all() }
}
