/**
 * CSV arriving piece by piece (standard input, a socket, a fetch body) as blocks of records for
 * KAN.learnFrom: one block per piece read, so memory holds one piece, never the whole table.
 * Plain CSV only: a header line, then one record per line, fields separated by commas, without
 * quotes (a quoted field throws E_FORMAT; read such files whole with readCSV).
 */
import { type Columns, parseNumber, selectColumns } from './csv.js'
import type { Dataset } from './data.js'
import { NkkanError } from './errors.js'
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
  const lines = lineBatches(chunks)
  let header: { text: string; line: number } | undefined
  let rest: { lines: string[]; first: number } | undefined
  for (;;) {
    const next = await lines.next()
    if (next.done === true) throw new NkkanError('E_SHAPE', `${source} is empty: no header line`)
    const index = next.value.lines.findIndex((line) => line.trim() !== '')
    if (index < 0) continue
    header = { text: next.value.lines[index]!, line: next.value.first + index }
    rest = { lines: next.value.lines.slice(index + 1), first: header.line + 1 }
    break
  }
  const names = splitFields(header.text.replace(/^\uFEFF/, ''), source, header.line).map((name) => name.trim())
  const columns = selectColumns(names, options, source)
  async function* blocks(): AsyncGenerator<RowBlock> {
    if (rest!.lines.length > 0) yield parseBlock(rest!.lines, rest!.first, columns, source)
    for (let next = await lines.next(); next.done !== true; next = await lines.next()) yield parseBlock(next.value.lines, next.value.first, columns, source)
  }
  return {
    featureNames: columns.features.map((c) => names[c]!),
    targetNames: columns.targets.map((c) => names[c]!),
    blocks: blocks(),
  }
}

/** The complete lines of each chunk (a line split across chunks is joined), with the number of the first. */
async function* lineBatches(chunks: AsyncIterable<string | Uint8Array>): AsyncGenerator<{ lines: string[]; first: number }> {
  const decoder = new TextDecoder()
  let carry = ''
  let line = 1
  for await (const chunk of chunks) {
    const text = carry + (typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }))
    const end = text.lastIndexOf('\n')
    if (end < 0) {
      carry = text
      continue
    }
    carry = text.slice(end + 1)
    const lines = text.slice(0, end).split('\n')
    yield { lines, first: line }
    line += lines.length
  }
  carry += decoder.decode()
  if (carry !== '') yield { lines: [carry], first: line }
}

function splitFields(line: string, source: string, number: number): string[] {
  if (line.includes('"')) throw new NkkanError('E_FORMAT', `${source} line ${number}: quoted fields are not supported when streaming CSV; read the file whole instead`)
  return line.endsWith('\r') ? line.slice(0, -1).split(',') : line.split(',')
}

/** The records of some lines (blank lines skipped) as one block. */
function parseBlock(lines: readonly string[], first: number, columns: Columns, source: string): RowBlock {
  const features = columns.features.length
  const targets = columns.targets.length
  const x = new Float64Array(lines.length * features)
  const y = new Float64Array(lines.length * targets)
  // Where field f goes: x column c (c ≥ 0), y column k (-1 - k), or nowhere (unused column).
  const destination = new Int32Array(columns.names.length).fill(UNUSED)
  columns.features.forEach((f, c) => (destination[f] = c))
  columns.targets.forEach((f, k) => (destination[f] = -1 - k))
  let rows = 0
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    if (line.trim() === '') continue
    const number = first + index
    if (line.includes('"')) throw new NkkanError('E_FORMAT', `${source} line ${number}: quoted fields are not supported when streaming CSV; read the file whole instead`)
    const length = line.endsWith('\r') ? line.length - 1 : line.length
    let field = 0
    for (let start = 0; start <= length; field++) {
      let end = line.indexOf(',', start)
      if (end < 0 || end > length) end = length
      const to = destination[field]
      if (to !== undefined && to !== UNUSED) {
        const parsed = fieldNumber(line, start, end, source, number, columns.names[field]!)
        if (to >= 0) x[rows * features + to] = parsed
        else y[rows * targets - 1 - to] = parsed
      }
      start = end + 1
    }
    if (field !== columns.names.length) throw new NkkanError('E_SHAPE', `${source} line ${number}: ${field} fields; the header has ${columns.names.length}`)
    rows++
  }
  return { x: x.subarray(0, rows * features), y: y.subarray(0, rows * targets), rows }
}

const UNUSED = 0x7fffffff

/**
 * The number in text[start, end): plain decimals (digits with sign, point, exponent, blanks)
 * through Number(), anything else through readCSV's strict parser, which throws E_VALUE
 * naming the line and column (so both readers accept the same fields).
 */
function fieldNumber(text: string, start: number, end: number, source: string, line: number, name: string): number {
  let digits = false
  let plain = true
  for (let q = start; q < end && plain; q++) {
    const code = text.charCodeAt(q)
    if (code >= 48 && code <= 57) digits = true
    // . + - e E space tab
    else plain = code === 46 || code === 43 || code === 45 || code === 101 || code === 69 || code === 32 || code === 9
  }
  const field = text.slice(start, end)
  const value = plain && digits ? Number(field) : NaN
  return Number.isFinite(value) ? value : parseNumber(field, () => `${source} line ${line}, column ${JSON.stringify(name)}`)
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
