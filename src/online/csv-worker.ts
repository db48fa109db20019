/**
 * A CSV stream parsed in a worker while the calling thread learns the blocks already parsed:
 * each chunk's bytes are transferred to the worker as they come, cut anywhere; the worker cuts
 * them into lines (src/data/csv-lines.ts) and runs the same parse as the calling thread
 * (src/data/csv-blocks.ts), and transfers the block back. So the calling thread never scans the
 * bytes. At most IN_FLIGHT pieces (chunks ready together, joined) are out at once, so memory
 * stays flat however fast the source is.
 */
import type { CSVBlock } from '../data/csv-blocks.js'
import type { SplitterState } from '../data/csv-lines.js'
import type { Columns } from '../data/csv.js'
import { NkkanError } from '../errors.js'
import type { WorkerReply } from '../kernels/protocol.js'
import { type WorkerHandle, startWorkerThread } from '../threads/worker-host.js'
import { yieldToEventLoop } from '../train/slicer.js'

/** Pieces posted and not yet taken back: one being parsed, one or two waiting behind it. */
const IN_FLIGHT = 3
/**
 * Chunks the source has ready at once are sent together, up to this many bytes: each message
 * costs both threads about as much as parsing a hundred records, and a file or standard input
 * gives 64 KiB chunks. A chunk that is not ready yet is not waited for.
 */
const PIECE_BYTES = 1 << 18

/** Bytes of a stream; `owned` when nobody else holds the buffer (it may then be transferred as it is). */
export interface Chunk {
  readonly bytes: Uint8Array
  readonly owned: boolean
}

/** Whether a worker can parse here: Node's worker_threads or a browser's Worker. */
export function workersAvailable(): boolean {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a browser bundle's `process` shim may have no versions
  return (typeof process !== 'undefined' && typeof process.versions?.node === 'string') || typeof Worker !== 'undefined'
}

interface Pending {
  resolve(block: CSVBlock): void
  reject(error: NkkanError): void
}

/**
 * The blocks of the lines in `chunks`, which go on from `start` (where the calling thread stopped
 * cutting lines), parsed in a worker of their own, in order; chunks that end no line give no
 * block. The worker ends when the iteration ends, throws or is abandoned (return()); a worker
 * failure rejects the iteration.
 */
export async function* workerBlocks(chunks: AsyncIterator<Chunk>, start: SplitterState, columns: Columns, source: string): AsyncGenerator<CSVBlock> {
  const worker = await startWorkerThread(0)
  const features = columns.features.length
  const targets = columns.targets.length
  const waiting: Pending[] = []
  let broken: NkkanError | undefined
  const fail = (error: NkkanError): void => {
    broken ??= error
    for (const pending of waiting.splice(0)) pending.reject(error)
  }
  worker.listen(
    (reply: WorkerReply) => {
      const pending = waiting.shift()
      if (waiting.length === 0) worker.keepAlive(false)
      if (pending === undefined) return
      if (reply.type === 'csv-block') {
        pending.resolve({ x: new Float64Array(reply.x, 0, reply.rows * features), y: new Float64Array(reply.y, 0, reply.rows * targets), rows: reply.rows })
        return
      }
      const error = reply.type === 'failed' ? new NkkanError(reply.code ?? 'E_WORKER', reply.message) : new NkkanError('E_WORKER', `the CSV worker replied '${reply.type}' to a chunk`)
      pending.reject(error)
      fail(error)
    },
    fail,
  )
  try {
    const carry = start.carry.buffer as ArrayBuffer
    worker.post({ type: 'csv-open', columns, source, carry, line: start.line }, [carry])
    const blocks: Promise<CSVBlock>[] = []
    const reader = new ChunkReader(chunks)
    let ended = false
    /** The read under way, if any: one at a time, while fewer than IN_FLIGHT pieces are out. */
    let reading: Promise<Chunk | undefined> | undefined
    for (;;) {
      if (!ended && reading === undefined && blocks.length < IN_FLIGHT) reading = reader.read()
      // A block is given as soon as it is parsed (a slow source's records are not held back for
      // the pieces behind them); until then the next piece is read and sent meanwhile.
      const first = blocks[0]
      if (reading !== undefined && (first === undefined || (await Promise.race([first.then(() => false, () => false), reading.then(() => true, () => true)])))) {
        const piece = await reading
        reading = undefined
        ended = piece === undefined
        blocks.push(post(worker, piece, waiting, broken))
        continue
      }
      const next = blocks.shift()
      if (next === undefined) return
      const parsed = await next
      if (parsed.rows > 0) yield parsed
    }
  } finally {
    await worker.terminate()
  }
}

/** Reads a source's chunks, joining to each the ones that are ready at once (up to PIECE_BYTES). */
class ChunkReader {
  private readonly chunks: AsyncIterator<Chunk>
  /** A chunk asked for and not yet used: a read stopped waiting for it. */
  private pending: Promise<IteratorResult<Chunk>> | undefined
  private done = false

  constructor(chunks: AsyncIterator<Chunk>) {
    this.chunks = chunks
  }

  /** The next chunk with those ready after it joined on, or undefined at the source's end. */
  async read(): Promise<Chunk | undefined> {
    const first = await this.take(false)
    if (first === undefined) return undefined
    const parts = [first]
    let bytes = first.bytes.length
    while (bytes < PIECE_BYTES) {
      const next = await this.take(true)
      if (next === undefined) break
      parts.push(next)
      bytes += next.bytes.length
    }
    if (parts.length === 1) return first
    const joined = new Uint8Array(bytes)
    let at = 0
    for (const part of parts) {
      joined.set(part.bytes, at)
      at += part.bytes.length
    }
    return { bytes: joined, owned: true }
  }

  /** The next chunk (readyOnly: only if the source gives it before the event loop turns), or undefined. */
  private async take(readyOnly: boolean): Promise<Chunk | undefined> {
    if (this.done) return undefined
    if (this.pending === undefined) {
      this.pending = this.chunks.next()
      // Awaited below or by the next read; if the reading stops first, its failure is no one's.
      this.pending.catch(() => undefined)
    }
    const result = readyOnly ? await Promise.race([this.pending, yieldToEventLoop()]) : await this.pending
    if (result === undefined) return undefined
    this.pending = undefined
    this.done = result.done === true
    return this.done ? undefined : (result.value as Chunk)
  }
}

/**
 * Sends one chunk (its buffer transferred; copied first when it is not ours to give away), or the
 * stream's end, and returns its block to come.
 */
function post(worker: WorkerHandle, chunk: Chunk | undefined, waiting: Pending[], broken: NkkanError | undefined): Promise<CSVBlock> {
  if (broken !== undefined) {
    // Handled here too: the iteration stops at an earlier chunk's rejection and may never await this one.
    const failed = Promise.reject(broken)
    failed.catch(() => undefined)
    return failed
  }
  const block = new Promise<CSVBlock>((resolve, reject) => waiting.push({ resolve, reject }))
  // Handled here as well as where it is awaited: a failure rejects every chunk in flight, and
  // the iteration stops at the first, so the others would be unhandled rejections.
  block.catch(() => undefined)
  worker.keepAlive(true)
  if (chunk === undefined) {
    worker.post({ type: 'csv-end' })
    return block
  }
  const whole = chunk.owned && chunk.bytes.byteOffset === 0 && chunk.bytes.byteLength === chunk.bytes.buffer.byteLength
  // new Uint8Array(view) copies (a Node Buffer's slice() would not).
  const bytes = (whole ? chunk.bytes.buffer : new Uint8Array(chunk.bytes).buffer) as ArrayBuffer
  worker.post({ type: 'csv-chunk', bytes }, [bytes])
  return block
}
