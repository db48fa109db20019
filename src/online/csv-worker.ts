/**
 * The pieces of a CSV stream parsed in a worker while the calling thread learns the blocks
 * already parsed: each piece's bytes are transferred to the worker, which runs the same parse as
 * the calling thread (src/data/csv-blocks.ts) and transfers the block back. At most
 * IN_FLIGHT pieces are out at once, so memory stays flat however fast the source is.
 */
import type { CSVBlock } from '../data/csv-blocks.js'
import type { Columns } from '../data/csv.js'
import { NkkanError } from '../errors.js'
import type { WorkerReply } from '../kernels/protocol.js'
import { type WorkerHandle, startWorkerThread } from '../threads/worker-host.js'

/** Pieces posted and not yet taken back: one being parsed, one or two waiting behind it. */
const IN_FLIGHT = 3

/** Complete lines of a stream as bytes: their first line's number and how many lines they hold at most; `owned` when nobody else holds the buffer. */
export interface Piece {
  readonly bytes: Uint8Array
  readonly line: number
  readonly lines: number
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
 * The blocks of `pieces`, parsed in a worker of their own, in order. The worker ends when the
 * iteration ends, throws or is abandoned (return()); a worker failure rejects the iteration.
 */
export async function* workerBlocks(pieces: AsyncIterator<Piece>, columns: Columns, source: string): AsyncGenerator<CSVBlock> {
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
      const error = reply.type === 'failed' ? new NkkanError(reply.code ?? 'E_WORKER', reply.message) : new NkkanError('E_WORKER', `the CSV worker replied '${reply.type}' to a piece`)
      pending.reject(error)
      fail(error)
    },
    fail,
  )
  try {
    worker.post({ type: 'csv-open', columns, source })
    const blocks: Promise<CSVBlock>[] = []
    let ended = false
    for (;;) {
      while (!ended && blocks.length < IN_FLIGHT) {
        const next = await pieces.next()
        if (next.done === true) ended = true
        else blocks.push(post(worker, next.value, waiting, broken))
      }
      const block = blocks.shift()
      if (block === undefined) return
      yield await block
    }
  } finally {
    await worker.terminate()
  }
}

/** Sends one piece (its buffer transferred; copied first when it is not ours to give away) and returns its block to come. */
function post(worker: WorkerHandle, piece: Piece, waiting: Pending[], broken: NkkanError | undefined): Promise<CSVBlock> {
  if (broken !== undefined) {
    // Handled here too: the iteration stops at an earlier piece's rejection and may never await this one.
    const failed = Promise.reject(broken)
    failed.catch(() => undefined)
    return failed
  }
  const whole = piece.owned && piece.bytes.byteOffset === 0 && piece.bytes.byteLength === piece.bytes.buffer.byteLength
  // new Uint8Array(view) copies (a Node Buffer's slice() would not).
  const bytes = (whole ? piece.bytes.buffer : new Uint8Array(piece.bytes).buffer) as ArrayBuffer
  const block = new Promise<CSVBlock>((resolve, reject) => waiting.push({ resolve, reject }))
  // Handled here as well as where it is awaited: a failure rejects every piece in flight, and
  // the iteration stops at the first, so the others would be unhandled rejections.
  block.catch(() => undefined)
  worker.keepAlive(true)
  worker.post({ type: 'csv-piece', bytes, line: piece.line, lines: piece.lines }, [bytes])
  return block
}
