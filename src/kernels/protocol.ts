/**
 * THE worker protocol. Shared-memory mode: the main thread writes a command and its
 * per-thread arguments into the control block (Int32 words at address 0 of the shared
 * memory), bumps GENERATION and notifies; each worker, parked in Atomics.wait on GENERATION,
 * runs its part and increments DONE; the last one notifies DONE, on which the main thread
 * waits with Atomics.waitAsync. No per-record messages; one wake-up per command.
 * Private-memory mode (no SharedArrayBuffer): the same commands travel as messages and
 * parameter blocks are transferred (see WorkerRequest).
 * Data generation (datasets.generate) is plain request/reply messages: one GenerateRequest per
 * piece of work, handed to whichever worker is free.
 */
import type { Columns } from '../data/csv.js'
import type { FloatArray } from '../data/data.js'
import type { NkkanErrorCode } from '../errors.js'
import type { RecordTask } from '../data/records.js'

/** Records per kernel call: V8 tiers up a function between calls, not inside a long one. */
export const CHUNK_ROWS = 2048

/**
 * Int32 word indices of the control block. The header (words written by every thread) has a
 * 128-byte block of its own, and so has each thread's slot (written by the main thread before a
 * command and by its worker after it), so that no two threads write one cache line pair.
 */
export const WORD = {
  GENERATION: 0,
  COMMAND: 1,
  DONE: 2,
  FAILED: 3,
  /** How the TRAIN command ends: a value of MERGE. */
  MERGE: 4,
  /** Rounds of a ROUNDS command (at most SPAN_ROUNDS); after it, the rounds it ran (see STOP). */
  ROUNDS: 5,
  /**
   * A barrier's arrivals, then its generation: the concurrent-serial barrier (assembly/serial.ts)
   * and the workers' meeting between training and merging in a TRAIN command (src/threads/worker.ts).
   */
  BARRIER: 12,
  /** A second barrier (arrivals, generation): a ROUNDS command's meeting once a round's merge is complete. */
  MERGED_BARRIER: 14,
  /**
   * Rows of a piece in a round with dynamic balance (src/threads/pieces.ts), 0 for the fixed
   * split: every thread is given the round's whole rows and claims pieces of them in turn.
   */
  PIECE_ROWS: 16,
  /**
   * Set by the main thread when a fit is aborted: thread 0 then lowers ROUNDS to the round it is
   * finishing, before that round's last barrier, so every worker ends the ROUNDS command there.
   */
  STOP: 17,
  /** First word of the per-thread slots. */
  SLOTS: 32,
} as const
/** Float64 index (byte 24, words 6–7) of the residual skip threshold (0: never skip). */
export const SKIP_F64_INDEX = 3
/** Float64 index (byte 32, words 8–9) of the learning rate α. */
export const ALPHA_F64_INDEX = 4
/** Float64 index (byte 40, words 10–11) of a block's output weight (concurrent-serial mode). */
export const WEIGHT_F64_INDEX = 5
/**
 * Int32 words per thread slot: words 0–5 the command's arguments (from the main thread); in the
 * slot's second 64 bytes, from the worker, float64 times in milliseconds since the Unix epoch
 * (performance.timeOrigin + performance.now(), comparable across threads): when it began its
 * part of the last command (SLOT_STARTED), finished training (SLOT_TRAINED; = ended for other
 * commands) and ended (SLOT_ENDED).
 */
export const SLOT_WORDS = 32
export const SLOT_STARTED = 16
export const SLOT_TRAINED = 18
export const SLOT_ENDED = 20
/** Threads the control block has slots for. */
export const MAX_THREADS = 64
/** Pieces a round with dynamic balance is cut into, at most (src/threads/pieces.ts). */
export const MAX_PIECES = 256
/**
 * The span area after the slots, for a ROUNDS command (several rounds in one command): the
 * learning rate of each round (SPAN_ROUNDS float64); for dynamic balance, each round's count of
 * claimed pieces (SPAN_ROUNDS Int32, written by every worker) and the thread that trained each
 * piece (MAX_PIECES bytes a round); then per thread a block of SPAN_THREAD_BYTES: its rows of
 * each round (4 Int32 words a round, as a TRAIN command's words 0–3, from the main thread), then
 * the worker's times of each round (started, trained, ended: 3 float64 a round, as the slot's).
 * A TRAIN command with dynamic balance uses round 0's count and owners.
 */
export const SPAN_ROUNDS = 64
const SPAN_BYTE = (WORD.SLOTS + SLOT_WORDS * MAX_THREADS) * 4
const CLAIMED_BYTE = SPAN_BYTE + SPAN_ROUNDS * 8
const OWNERS_BYTE = CLAIMED_BYTE + SPAN_ROUNDS * 4
const SPAN_THREAD_BYTES = SPAN_ROUNDS * (4 * 4 + 3 * 8)
/** Byte offset of thread s's span block. */
function spanThreadByte(thread: number): number {
  return OWNERS_BYTE + SPAN_ROUNDS * MAX_PIECES + SPAN_THREAD_BYTES * thread
}
/**
 * Views of the span area for thread s: every round's α; round k's count of claimed pieces at
 * `claimed[k]` and the owner of its piece p at `owners[MAX_PIECES·k + p]`; thread s's rows of
 * round k at words [4k, 4k + 4) of `ranges`; its times of round k (started, trained, ended) at
 * [3k, 3k + 3) of `times`.
 */
export function spanViews(buffer: ArrayBufferLike, thread: number): { alphas: Float64Array; claimed: Int32Array; owners: Uint8Array; ranges: Int32Array; times: Float64Array } {
  const block = spanThreadByte(thread)
  return {
    alphas: new Float64Array(buffer, SPAN_BYTE, SPAN_ROUNDS),
    claimed: new Int32Array(buffer, CLAIMED_BYTE, SPAN_ROUNDS),
    owners: new Uint8Array(buffer, OWNERS_BYTE, SPAN_ROUNDS * MAX_PIECES),
    ranges: new Int32Array(buffer, block, 4 * SPAN_ROUNDS),
    times: new Float64Array(buffer, block + 4 * 4 * SPAN_ROUNDS, 3 * SPAN_ROUNDS),
  }
}
/** Bytes of the control block at address 0 of a shared memory (src/kernels/layout.ts puts nothing else there). */
export const CONTROL_BYTES = spanThreadByte(MAX_THREADS)

/**
 * Values of WORD.MERGE. SPLIT: the workers meet at BARRIER, then each averages its byte slice
 * [w4, w5) of the copy block (large models). BY_LAST: the last worker to finish training
 * averages [w4, w5) alone and nobody waits (small models, where a wake-up costs more than the
 * whole merge).
 */
export const MERGE = { NONE: 0, SPLIT: 1, BY_LAST: 2 } as const
export type MergeMode = (typeof MERGE)[keyof typeof MERGE]

export const COMMAND = {
  /**
   * Train own copy on rows [w0, w1) then [w2, w3) (the batch, wrapping round the data); then,
   * as WORD.MERGE says, average all copies over bytes [w4, w5) of a copy block into copy 0: a
   * round in one command.
   */
  TRAIN: 1,
  /** Predict eval rows [a0, a1) with own copy. */
  PREDICT: 2,
  /** Leave the control loop and listen for messages again. */
  DETACH: 3,
  /** Concurrent-serial: every thread runs rows [a0, a1) then [b0, b1) on its own block of addends. */
  SERIAL: 4,
  /** Pretraining: own block of addends, in groups of word 4's size, on rows [a0, a1) then [b0, b1). */
  GROUPS: 5,
  /**
   * WORD.ROUNDS rounds without the main thread between them: in round k, own copy trains on the
   * span area's rows of round k with its α, all copies are averaged into copy 0 as WORD.MERGE
   * and words 4, 5 say, copy 0's 1/dx are recomputed, and (before round k + 1) every other copy
   * becomes copy 0. The copies are one per thread.
   */
  ROUNDS: 6,
} as const
export type Command = (typeof COMMAND)[keyof typeof COMMAND]

/** Where a worker's data lives, sent once per attach (addresses from src/kernels/layout.ts). */
export interface WorkerPlan {
  readonly thread: number
  readonly threads: number
  readonly f64: boolean
  readonly ctxPtr: number
  readonly trainXPtr: number
  readonly trainYPtr: number
  readonly evalXPtr: number
  readonly evalOutPtr: number
  readonly copiesPtr: number
  readonly copyBytes: number
  readonly copyStrideBytes: number
  readonly copies: number
  readonly partialsPtr: number
  /** Where each layer's grid sits in a copy block: the 1/dx a merge must recompute (src/kernels/inverse-dx.ts). */
  readonly grids: readonly GridPlace[]
  /** Pages of the private memory to create (private mode only). */
  readonly pages: number
}

/** A layer's grid in a copy block: byte offset, grid length (values per row), inputs. */
export interface GridPlace {
  readonly offsetBytes: number
  readonly gridLen: number
  readonly inputs: number
}

/** Messages from the main thread to a worker. */
export type WorkerRequest =
  | { readonly type: 'attach'; readonly module: WebAssembly.Module; readonly memory: WebAssembly.Memory; readonly plan: WorkerPlan }
  | {
      readonly type: 'setup'
      readonly module: WebAssembly.Module
      readonly plan: WorkerPlan
      /** Private mode: the descriptor words, data and model to place in the worker's own memory. */
      readonly descriptor: Int32Array
      readonly trainX: FloatArray
      readonly trainY: FloatArray
      readonly copy: ArrayBuffer
    }
  | { readonly type: 'train'; readonly ranges: readonly number[]; readonly alpha: number; readonly skip: number; readonly copy: ArrayBuffer | undefined }
  | GenerateRequest
  /**
   * A CSV stream's columns (openCSVStream), and where the calling thread stopped cutting it into
   * lines (after the header): the start of an unended line (`carry`, transferred) and its number.
   */
  | { readonly type: 'csv-open'; readonly columns: Columns; readonly source: string; readonly carry: ArrayBuffer; readonly line: number }
  /** The stream's next bytes (transferred), cut anywhere: parse the lines they complete into a 'csv-block' (of no rows if none). */
  | { readonly type: 'csv-chunk'; readonly bytes: ArrayBuffer }
  /** The stream has ended: its last line, if it had no line end, as a 'csv-block'. */
  | { readonly type: 'csv-end' }

/**
 * Draw chunks [firstChunk, endChunk) of one set of a built-in data set (src/data/records.ts). With
 * `x` and `y` (views of the whole set over SharedArrayBuffers) the worker writes the records in
 * place; without, it replies with its records in transferred buffers.
 */
export interface GenerateRequest {
  readonly type: 'generate'
  readonly task: RecordTask
  readonly seed: number
  readonly set: 0 | 1
  /** Records of the whole set. */
  readonly rows: number
  readonly firstChunk: number
  readonly endChunk: number
  readonly x: FloatArray | undefined
  readonly y: FloatArray | undefined
}

/** Messages from a worker to the main thread. */
export type WorkerReply =
  | { readonly type: 'ready' }
  /** The trained parameter block, and the seconds the worker spent training it. */
  | { readonly type: 'trained'; readonly copy: ArrayBuffer; readonly seconds: number }
  /** Chunks drawn; the records themselves unless they were written into shared memory. */
  | { readonly type: 'generated'; readonly x: ArrayBuffer | undefined; readonly y: ArrayBuffer | undefined }
  /** A CSV piece's records: x and y (transferred) hold `rows` rows (their buffers may be longer). */
  | { readonly type: 'csv-block'; readonly x: ArrayBuffer; readonly y: ArrayBuffer; readonly rows: number }
  /** An error; `code` when it was an NkkanError (a CSV piece's E_FORMAT, E_VALUE or E_SHAPE), to be thrown again as it was. */
  | { readonly type: 'failed'; readonly message: string; readonly code?: NkkanErrorCode }
