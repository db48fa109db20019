/**
 * CSV arriving piece by piece (standard input, a socket, a fetch body) as blocks of records for
 * KAN.learnFrom: one block per piece read, so memory holds one piece, never the whole table.
 * Plain CSV only: a header line, then one record per line, fields separated by commas, without
 * quotes (a quoted field throws E_FORMAT; read such files whole with readCSV). By default the
 * pieces after the header's are parsed in a worker (src/online/csv-worker.ts).
 */
import { parseBlock, parsePiece, pieceScanner, rejectQuotes } from '../data/csv-blocks.js'
import { selectColumns } from '../data/csv.js'
import { CSVRecords, LF, countByte } from '../data/csv-scan.js'
import type { Dataset } from '../data/data.js'
import { NkkanError } from '../errors.js'
import { type Piece, workerBlocks, workersAvailable } from './csv-worker.js'
import type { RowBlock } from './prequential.js'

/** Options of {@link openCSVStream}. */
export interface CSVStreamOptions {
  /** Names of the target columns, in order. */
  targets: readonly string[]
  /** Names of the feature columns, in order. Default: every column that is not a target. */
  features?: readonly string[]
  /** Name of the source in error messages. Default 'stdin'. */
  source?: string
  /**
   * Parse in a worker thread while the calling thread learns (the same blocks and errors as
   * parsing on the calling thread; one worker per iteration of `blocks`, ended with it).
   * Default: true where workers exist (Node, browsers); false parses on the calling thread.
   */
  worker?: boolean
}

/** A CSV stream whose header has been read: its columns and its records, block by block. */
export interface CSVStream {
  /** Names of the feature columns, in the order of a block's x. */
  readonly featureNames: readonly string[]
  /** Names of the target columns, in the order of a block's y. */
  readonly targetNames: readonly string[]
  /** The records, one block per piece of the source: what {@link KAN.learnFrom} takes. Iterate once. */
  readonly blocks: AsyncIterable<RowBlock>
}

/**
 * Reads the header of a CSV stream of text or bytes (UTF-8: a Node Readable such as
 * `process.stdin` or a file stream, a fetch body, any async iterable of strings or Uint8Arrays);
 * the records follow in `blocks`, parsed in a worker by default, with back-pressure.
 * @example
 * const csv = await openCSVStream(createReadStream('data.csv'), { targets: ['y'] })
 * await model.learnFrom(csv.blocks, { onProgress: (p) => console.log(p.records, p.rmse) })
 */
export async function openCSVStream(chunks: AsyncIterable<string | Uint8Array>, options: CSVStreamOptions): Promise<CSVStream> {
  const source = options.source ?? 'stdin'
  const inWorker = options.worker ?? workersAvailable()
  if (typeof inWorker !== 'boolean') throw new NkkanError('E_OPTION', 'worker must be true or false')
  const pieces = linePieces(chunks)
  const records = new CSVRecords(new Uint8Array(0), source)
  let piece: Piece | undefined
  while (piece === undefined) {
    const next = await pieces.next()
    if (next.done === true) throw new NkkanError('E_SHAPE', `${source} is empty: no header line`)
    rejectQuotes(next.value.bytes, next.value.line, source)
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
    if (inWorker) {
      yield* workerBlocks(pieces, columns, source)
      return
    }
    const scanner = pieceScanner(columns, source)
    for (let next = await pieces.next(); next.done !== true; next = await pieces.next()) {
      yield parsePiece(scanner, next.value.bytes, next.value.line, next.value.lines, columns, source)
    }
  }
  return {
    featureNames: columns.features.map((c) => names[c]!),
    targetNames: columns.targets.map((c) => names[c]!),
    blocks: blocks(),
  }
}

/** The complete lines of each chunk (a line cut between chunks is joined); text is encoded to UTF-8. */
async function* linePieces(chunks: AsyncIterable<string | Uint8Array>): AsyncGenerator<Piece> {
  const encoder = new TextEncoder()
  let carry: Uint8Array = new Uint8Array(0)
  let pending = ''
  let line = 1
  for await (const chunk of chunks) {
    let bytes: Uint8Array
    let owned = false
    if (typeof chunk === 'string') {
      // A character cut between two text chunks (a surrogate pair) is encoded whole.
      let text = pending + chunk
      const last = text.charCodeAt(text.length - 1)
      pending = last >= 0xd800 && last <= 0xdbff ? text.slice(-1) : ''
      if (pending !== '') text = text.slice(0, -1)
      bytes = encoder.encode(text)
      owned = true
    } else bytes = chunk
    const end = bytes.lastIndexOf(LF)
    if (end < 0) {
      carry = join(carry, bytes)
      continue
    }
    const complete = join(carry, bytes.subarray(0, end + 1))
    // Joined bytes are a new buffer; a chunk's own may be reused by the source once read.
    owned ||= carry.length > 0
    // A copy (a Node Buffer's slice() would not be one): the source may reuse its buffer once this piece has been read.
    carry = new Uint8Array(bytes.subarray(end + 1))
    const lines = countByte(complete, LF)
    yield { bytes: complete, line, lines, owned }
    line += lines
  }
  carry = join(carry, encoder.encode(pending))
  if (carry.length > 0) yield { bytes: carry, line, lines: 1, owned: false }
}

function join(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b
  const joined = new Uint8Array(a.length + b.length)
  joined.set(a)
  joined.set(b, a.length)
  return joined
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
