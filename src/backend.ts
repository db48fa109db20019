/**
 * Where training runs. The training loop (src/train.ts) drives a Backend round by round:
 * train the copies on their batches, merge them, read the merged model, validate.
 * Backends: on the calling thread (one copy; src/train.ts), on workers over one shared
 * memory, or on workers with private memories exchanging parameter blocks (src/parallel.ts).
 */
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
