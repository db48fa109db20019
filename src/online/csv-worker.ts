/**
 * A CSV stream parsed in a worker while the calling thread learns the blocks already parsed:
 * each chunk's bytes are transferred to the worker as they come, cut anywhere; the worker cuts
 * them into lines (src/data/csv-lines.ts) and runs the same parse as the calling thread
 * (src/data/csv-blocks.ts), and transfers the block back. So the calling thread never scans the
 * bytes. At most IN_FLIGHT chunks are out at once, so memory stays flat however fast the source is.
 */
import type { CSVBlock } from '../data/csv-blocks.js'
import type { SplitterState } from '../data/csv-lines.js'
import type { Columns } from '../data/csv.js'
import { NkkanError } from '../errors.js'
import type { WorkerReply } from '../kernels/protocol.js'
import { type WorkerHandle, startWorkerThread } from '../threads/worker-host.js'

/** Chunks posted and not yet taken back: one being parsed, one or two waiting behind it. */
const IN_FLIGHT = 3

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
    let ended = false
    for (;;) {
      while (!ended && blocks.length < IN_FLIGHT) {
        const next = await chunks.next()
        ended = next.done === true
        blocks.push(post(worker, ended ? undefined : (next.value as Chunk), waiting, broken))
      }
      const block = blocks.shift()
      if (block === undefined) return
      const parsed = await block
      if (parsed.rows > 0) yield parsed
    }
  } finally {
    await worker.terminate()
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
