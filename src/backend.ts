/**
 * Where training runs. The training loop (src/train.ts) drives a Backend round by round:
 * train the copies on their batches, merge them, read the merged model, validate.
 * Backends: on the calling thread (one copy; src/train.ts), on workers over one shared
 * memory, or on workers with private memories exchanging parameter blocks (src/parallel.ts).
 */
import type { Engine } from './engine.js'
import type { ModelState } from './model.js'

/** Rows [start, end) of the training data. */
export type RowRange = readonly [number, number]

export interface Backend {
  readonly threads: number
  /** Thread s trains its copy on batches[s] (one or two ranges: a batch may wrap round the data). */
  train(batches: readonly (readonly RowRange[])[], alpha: number, signal: AbortSignal | undefined): Promise<void>
  /** Every copy becomes the mean of all copies (a no-op for one copy). */
  merge(): Promise<void>
  /** True if every parameter of the merged model is finite. */
  mergedIsFinite(): boolean
  /** Copies the merged model into state. */
  read(state: ModelState): void
  /** Predictions of the merged model on the validation rows (rows × targets). */
  predictValidation(): Promise<Float64Array>
  /** Leaves the workers (if any) ready for another fit. */
  close(): Promise<void>
}

/** The part of a backend whose merged model is copy 0 of an engine on the calling thread. */
export abstract class MergedOnCallingThread {
  protected readonly engine: Engine
  protected readonly validRows: number

  protected constructor(engine: Engine, validRows: number) {
    this.engine = engine
    this.validRows = validRows
  }

  mergedIsFinite(): boolean {
    return this.engine.isFinite(0)
  }

  read(state: ModelState): void {
    this.engine.readModel(state, 0)
  }

  async predictValidation(): Promise<Float64Array> {
    return this.engine.predictEval(0, this.validRows)
  }

  async close(): Promise<void> {}
}
