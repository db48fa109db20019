/**
 * One piece of a CSV stream (complete lines as UTF-8 bytes) parsed into a block of records: the
 * parse behind openCSVStream, run on the calling thread or in a worker (src/threads/worker.ts),
 * which must give the same blocks and the same errors.
 */
import { type Columns, parseNumber } from './csv.js'
import { CSVRecords, LF, QUOTE, countByte } from './csv-scan.js'
import { NkkanError } from '../errors.js'

/** Records of one piece: x is rows × features and y rows × targets, row-major. */
export interface CSVBlock {
  readonly x: Float64Array
  readonly y: Float64Array
  readonly rows: number
}

/** A scanner over the pieces of one stream, parsing the fields of `columns` as numbers. */
export function pieceScanner(columns: Columns, source: string): CSVRecords {
  const records = new CSVRecords(new Uint8Array(0), source)
  markNumberColumns(records, columns)
  return records
}

/** From now on `records` parses the fields of `columns` as numbers while it scans. */
export function markNumberColumns(records: CSVRecords, columns: Columns): void {
  records.parseNumbers([...columns.features, ...columns.targets])
}

/** Parses `bytes`, complete lines whose first is line `line` of the source and which hold at most `lines` lines. */
export function parsePiece(records: CSVRecords, bytes: Uint8Array, line: number, lines: number, columns: Columns, source: string): CSVBlock {
  rejectQuotes(bytes, line, source)
  records.reset(bytes, line)
  return parseBlock(records, lines, columns, source)
}

/** Quoted fields are refused (found with one search per piece): E_FORMAT at the line of the first quote. */
export function rejectQuotes(bytes: Uint8Array, line: number, source: string): void {
  const at = bytes.indexOf(QUOTE)
  if (at < 0) return
  const quoteLine = line + countByte(bytes.subarray(0, at), LF)
  throw new NkkanError('E_FORMAT', `${source} line ${quoteLine}: quoted fields are not supported when streaming CSV; read the file whole instead`)
}

/**
 * The records `records` has left in its piece (blank lines skipped; at most `lines`) as one
 * block. Number fields come from the scanner's exact fast path; any other field is parsed from
 * its text by readCSV's strict parser, which throws E_VALUE naming the line and column (so both
 * readers accept the same fields and give the same numbers).
 */
export function parseBlock(records: CSVRecords, lines: number, columns: Columns, source: string): CSVBlock {
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
