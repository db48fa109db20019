/**
 * Where training runs. The training loop (src/train/train.ts) drives a Backend round by round:
 * train the copies on their batches, merge them, read the merged model, validate.
 * Backends: on the calling thread (one copy; src/train/train.ts), on workers over one shared
 * memory, or on workers with private memories exchanging parameter blocks (src/train/parallel.ts).
 */
import type { CommandTiming } from '../threads/control.js'
import type { Engine, RowRange } from '../kernels/engine.js'
import type { ModelState } from '../model/model.js'

/** Where the time of a round went. */
export interface RoundTiming {
  /**
   * Seconds each thread spent in the training kernels (the rest of the round's training time it
   * waited for the others or for its next command).
   */
  readonly threadSeconds: readonly number[]
  /** Seconds from the end of the last copy's training to the end of the merge. */
  readonly mergeSeconds: number
  /** With dynamic balance: the rows each copy trained, in its order (absent: its batch). */
  readonly batches?: readonly (readonly RowRange[])[]
}

/** A round's timing from the workers' own clocks, with its wall time (from its command's issue to the end of its merge). */
export interface TimedRound extends RoundTiming {
  readonly seconds: number
}

/** One round of `trainRounds`: copy c's batch, and α. */
export interface RoundWork {
  readonly batches: readonly (readonly RowRange[])[]
  readonly alpha: number
}

export interface Backend {
  /** Model copies trained per round, each on its own batch (1: sequential training). */
  readonly copies: number
  /**
   * A round: copy c trains on batches[c] (one or two ranges: a batch may wrap round the data),
   * then every copy becomes the mean of all copies, with 1/dx recomputed (ALGORITHM §3).
   * Records whose every |y* - y| is below `skip` update nothing (0: every record updates).
   */
  round(batches: readonly (readonly RowRange[])[], alpha: number, signal: AbortSignal | undefined, skip: number): Promise<RoundTiming>
  /**
   * Rounds one `trainRounds` call may take (absent: `round` only). A backend that has it runs
   * several rounds with no work on the calling thread between them.
   */
  readonly roundsAtOnce?: number
  /**
   * `round` for each of `rounds` in turn, as one piece of work: one timing per round run. Once
   * `signal` fires it ends after the round it is in (fewer timings than rounds).
   */
  trainRounds?(rounds: readonly RoundWork[], skip: number, signal: AbortSignal | undefined): Promise<TimedRound[]>
  /** Every copy becomes `state`: undoes the rounds trained since `read` gave it. */
  restore?(state: ModelState): void
  /** True if every parameter of the merged model is finite. */
  mergedIsFinite(): boolean
  /** Copies the merged model into state. */
  read(state: ModelState): void
  /** Predictions of the merged model on the validation rows (rows × targets). */
  predictValidation(): Promise<Float64Array>
  /** Leaves the workers (if any) ready for another fit. */
  close(): Promise<void>
  /**
   * Rounds an earlier run already merged, which this backend resumes after (its merged model is
   * theirs): a cluster coordinator's checkpoint (src/cluster/backend.ts). 0 or absent otherwise.
   */
  readonly resumedRounds?: number
  /** Called when the fit has completed: nothing is left to resume. */
  finished?(): Promise<void>
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

/**
 * A round's timing from the CommandTimings of its commands (src/threads/control.ts): each thread's
 * seconds between starting and finishing training, and the merge from the last thread's end of
 * training to the last thread's end (plus `spreadMs` on the calling thread after it).
 */
export function roundTiming(timings: readonly CommandTiming[], threads: number, spreadMs = 0): TimedRound {
  const threadSeconds = new Array<number>(threads).fill(0)
  for (const { started, trained } of timings) for (let s = 0; s < threads; s++) threadSeconds[s]! += (trained[s]! - started[s]!) / 1000
  const last = timings.at(-1)
  const mergeMs = last === undefined ? 0 : Math.max(...last.ended) - Math.max(...last.trained)
  const first = timings[0]
  const seconds = first === undefined || last === undefined ? 0 : (last.resumed - first.issued + spreadMs) / 1000
  const batches = timings.find((timing) => timing.batches !== undefined)?.batches
  return { threadSeconds, mergeSeconds: (mergeMs + spreadMs) / 1000, seconds, ...(batches === undefined ? {} : { batches }) }
}
