/**
 * Training data larger than wasm memory (wasm32 addresses 4 GiB): a backend keeps a window
 * of rows in memory and copies each piece of a round's batches into it before training on
 * it. Every thread still trains its batch's records in the same order, so the model is the
 * same bit for bit as with all rows resident; the copies cost calling-thread time between
 * pieces (about a millisecond per 100,000 Det4 rows: bench/tools/window-cost.ts).
 */
import type { Dataset } from '../data/data.js'
import type { Engine, RowRange } from '../kernels/engine.js'
import { NkkanError } from '../errors.js'
import { type PlanRequest, maxTrainRows } from '../kernels/layout.js'

/**
 * The training rows a memory plan holds: all `rows` if they fit (or `requested`, if given and
 * smaller), else as many as fit beside the model, scratch and validation data.
 */
export function windowRows(request: Omit<PlanRequest, 'trainRows'>, rows: number, requested: number | undefined): number {
  const { rows: fitting, otherBytes: fixedBytes } = maxTrainRows(request)
  if (fitting < (request.threads ?? 1)) {
    throw new NkkanError(
      'E_SHAPE',
      `the model and validation data take ${(fixedBytes / 2 ** 30).toFixed(2)} GiB of wasm memory, leaving no room for training rows (wasm32 allows 4 GiB). ` +
        `Use a smaller validation set, precision 'f32' or a smaller model`,
    )
  }
  return Math.min(rows, requested ?? rows, fitting)
}

/**
 * Streaming needs a backend that copies rows in between pieces: sequential training and
 * disjoint batches over shared memory. The others keep every training row in wasm memory.
 */
export function checkStreamable(data: Dataset, windowRows: number | undefined, modes: { pretrain: boolean; serial: boolean; privateMemory: boolean }): void {
  if (windowRows === undefined || windowRows >= data.rows) return
  const other = modes.pretrain ? 'pretraining' : modes.serial ? "mode 'concurrent-serial'" : modes.privateMemory ? 'training on workers without shared memory' : undefined
  if (other !== undefined) {
    throw new NkkanError('E_OPTION', `windowRows (${windowRows}) < the ${data.rows} training rows streams the data, which ${other} does not support: it needs every row in wasm memory`)
  }
}

/** Splits consecutive ranges into pieces of at most `pieceRows` rows, in order. */
export function splitRanges(ranges: readonly RowRange[], pieceRows: number): RowRange[][] {
  const pieces: RowRange[][] = []
  let piece: RowRange[] = []
  let room = pieceRows
  for (const [start, end] of ranges) {
    for (let r = start; r < end; ) {
      const take = Math.min(room, end - r)
      piece.push([r, r + take])
      r += take
      room -= take
      if (room === 0) {
        pieces.push(piece)
        piece = []
        room = pieceRows
      }
    }
  }
  if (piece.length > 0) pieces.push(piece)
  return pieces
}

/** The training rows of one engine: all resident, or streamed through a window. */
export class TrainWindow {
  private readonly engine: Engine
  private readonly data: Dataset

  /** The window is the engine's training rows (plan.trainRows); all rows if they fit. */
  constructor(engine: Engine, data: Dataset) {
    this.engine = engine
    this.data = data
    if (this.resident) engine.writeTrain(data)
  }

  get resident(): boolean {
    return this.engine.plan.trainRows >= this.data.rows
  }

  /**
   * The steps of a round: for each step, thread s's ranges in the engine's training rows.
   * Resident data: one step, the batches themselves. Streamed: the window is split evenly
   * between the threads and each thread's batch runs through its part piece by piece; the
   * piece of a step is copied in when the step is taken (after the previous one trained).
   */
  *steps(batches: readonly (readonly RowRange[])[]): Generator<RowRange[][]> {
    if (this.resident) {
      yield batches.map((batch) => [...batch])
      return
    }
    const share = Math.floor(this.engine.plan.trainRows / batches.length)
    const pieces = batches.map((batch) => splitRanges(batch, share))
    const steps = Math.max(...pieces.map((p) => p.length))
    for (let step = 0; step < steps; step++) {
      yield pieces.map((threadPieces, s): RowRange[] => {
        const piece = threadPieces[step]
        if (piece === undefined) return []
        const at = s * share
        return [[at, this.engine.writeTrainRows(this.data, piece, at)]]
      })
    }
  }
}
