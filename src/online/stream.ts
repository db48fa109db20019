/**
 * CSV arriving chunk by chunk (standard input, a socket, a fetch body) as blocks of records for
 * KAN.learnFrom: a block holds the lines of one chunk or, in a worker, of the chunks that were
 * ready together, so memory holds a few chunks, never the whole table. Plain CSV only: a header
 * line, then one record per line, fields separated by commas, without quotes (a quoted field
 * throws E_FORMAT; read such files whole with readCSV). By default the chunks after the header's
 * are parsed in a worker (src/online/csv-worker.ts).
 */
import { markNumberColumns, parseBlock, parsePiece, pieceScanner, rejectQuotes } from '../data/csv-blocks.js'
import { selectColumns } from '../data/csv.js'
import { LineSplitter, type Piece } from '../data/csv-lines.js'
import { CSVRecords } from '../data/csv-scan.js'
import type { Dataset } from '../data/data.js'
import { NkkanError } from '../errors.js'
import { type Chunk, workerBlocks, workersAvailable } from './csv-worker.js'
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
  /** The records in blocks as the source's chunks arrive (no block of no records): what {@link KAN.learnFrom} takes. Iterate once. */
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
  const bytes = byteChunks(chunks)
  const lines = new LineSplitter()
  let ended = false
  /** The next piece of complete lines (the last line at the end), or undefined once the stream has ended. */
  const nextPiece = async (): Promise<Piece | undefined> => {
    while (!ended) {
      const next = await bytes.next()
      if (next.done === true) {
        ended = true
        return lines.finish()
      }
      const piece = lines.push(next.value.bytes, next.value.owned)
      if (piece !== undefined) return piece
    }
    return undefined
  }
  const records = new CSVRecords(new Uint8Array(0), source)
  let header: Piece | undefined
  while (header === undefined) {
    const piece = await nextPiece()
    if (piece === undefined) throw new NkkanError('E_SHAPE', `${source} is empty: no header line`)
    rejectQuotes(piece.bytes, piece.line, source)
    records.reset(piece.bytes, piece.line)
    while (records.next()) {
      if (records.blank()) continue
      header = piece
      break
    }
  }
  const names = Array.from({ length: records.fields }, (_, f) => records.text(f).trim())
  const columns = selectColumns(names, options, source)
  markNumberColumns(records, columns)
  const { lines: headerLines } = header
  async function* blocks(): AsyncGenerator<RowBlock> {
    // The rest of the header's piece, then the lines of the chunks that follow.
    const first = parseBlock(records, headerLines, columns, source)
    if (first.rows > 0) yield first
    if (inWorker) {
      if (!ended) yield* workerBlocks(bytes, lines.state(), columns, source)
      return
    }
    const scanner = pieceScanner(columns, source)
    for (let piece = await nextPiece(); piece !== undefined; piece = await nextPiece()) {
      const block = parsePiece(scanner, piece.bytes, piece.line, piece.lines, columns, source)
      if (block.rows > 0) yield block
    }
  }
  return {
    featureNames: columns.features.map((c) => names[c]!),
    targetNames: columns.targets.map((c) => names[c]!),
    blocks: blocks(),
  }
}

/** The chunks as UTF-8 bytes: text is encoded (a character cut between two text chunks whole); `owned` for bytes made here. */
async function* byteChunks(chunks: AsyncIterable<string | Uint8Array>): AsyncGenerator<Chunk> {
  const encoder = new TextEncoder()
  let pending = ''
  for await (const chunk of chunks) {
    if (typeof chunk !== 'string') {
      yield { bytes: chunk, owned: false }
      continue
    }
    // A surrogate pair cut between two text chunks is encoded whole, with the next.
    let text = pending + chunk
    const last = text.charCodeAt(text.length - 1)
    pending = last >= 0xd800 && last <= 0xdbff ? text.slice(-1) : ''
    if (pending !== '') text = text.slice(0, -1)
    yield { bytes: encoder.encode(text), owned: true }
  }
  if (pending !== '') yield { bytes: encoder.encode(pending), owned: true }
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
