/**
 * The training loop, whatever the backend: rounds of disjoint batches (ALGORITHM §3; one
 * thread with batch = all rows is plain sequential NK training, §2), merge, read back,
 * validate, report, stop. The model in JS is replaced only by a merged model whose every
 * parameter is finite, so an abort, a divergence or a failed worker leaves the last good one.
 */
import { type Backend, MergedOnCallingThread, type RowRange } from './backend.js'
import type { Dataset } from './data.js'
import { Engine } from './engine.js'
import { NkkanError } from './errors.js'
import { planMemory } from './layout.js'
import { computeMetrics } from './metrics.js'
import type { ModelState } from './model.js'
import type { EpochLog, ResolvedFitOptions } from './options.js'
import { TrainWindow, windowRows } from './window.js'

/** Let timers and abort events run between chunks of work (at most this often). */
const YIELD_EVERY_MS = 50

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)))
}

/** Throws E_ABORT if the signal has fired. */
export function checkAbort(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) {
    throw new NkkanError('E_ABORT', 'training was aborted; the model keeps its last merged state', { cause: signal.reason })
  }
}

/** The batch of each thread in a round: B consecutive rows from the cursor, wrapping round. */
export function roundBatches(cursor: number, threads: number, batchSize: number, rows: number): RowRange[][] {
  return Array.from({ length: threads }, (_, s) => {
    const start = (cursor + s * batchSize) % rows
    const end = start + batchSize
    return end <= rows ? [[start, end] as const] : [[start, rows] as const, [0, end - rows] as const]
  })
}

/** One copy on the calling thread: no workers, no merging. */
export class SequentialBackend extends MergedOnCallingThread implements Backend {
  readonly threads = 1

  private readonly window: TrainWindow

  /** windowRows: training rows kept in wasm memory (default: all that fit); more stream through. */
  constructor(state: ModelState, data: Dataset, validation: Dataset | undefined, requestedWindowRows?: number) {
    const request = { shape: state.shape, threads: 1, evalRows: validation?.rows ?? 0 }
    super(new Engine(planMemory({ ...request, trainRows: windowRows(request, data.rows, requestedWindowRows) })), validation?.rows ?? 0)
    this.engine.writeModel(state, 0)
    this.window = new TrainWindow(this.engine, data)
    if (validation !== undefined) this.engine.writeEval(validation.x)
  }

  async train(batches: readonly (readonly RowRange[])[], alpha: number, signal: AbortSignal | undefined): Promise<void> {
    let sliceStart = performance.now()
    for (const ranges of this.window.steps(batches)) {
      for (const [start, end] of ranges[0]!) {
        for (let r = start; r < end; ) {
          const r1 = Math.min(r + 16384, end)
          this.engine.train(0, r, r1, alpha)
          r = r1
          if (performance.now() - sliceStart > YIELD_EVERY_MS) {
            await yieldToEventLoop()
            checkAbort(signal)
            sliceStart = performance.now()
          }
        }
      }
    }
  }

  async merge(): Promise<void> {}
}

export interface TrainPlan {
  readonly batchSize: number
  /** Rounds firstRound .. lastRound (1-based) of the fit. */
  readonly firstRound: number
  readonly lastRound: number
  /** Seconds already spent (pretraining), counted in every log's `seconds`. */
  readonly pretrainSeconds: number
  /** Seconds and records of the rounds before firstRound. */
  readonly seconds: number
  readonly records: number
}

/** True when every target's Pearson reaches the stopAt target, or early stopping says so. */
export function reachedTarget(log: EpochLog | undefined, options: ResolvedFitOptions): boolean {
  if (log !== undefined && options.stopWhen?.(log) === true) return true
  return options.stopAtPearson !== undefined && log?.pearson?.every((p) => p >= options.stopAtPearson!) === true
}

/** Runs rounds plan.firstRound..plan.lastRound; resolves with one log per round. */
export async function runRounds(backend: Backend, state: ModelState, data: Dataset, options: ResolvedFitOptions, plan: TrainPlan): Promise<EpochLog[]> {
  const { validation, signal } = options
  const history: EpochLog[] = []
  let seconds = plan.seconds
  let records = plan.records
  const perRound = backend.threads * plan.batchSize
  for (let round = plan.firstRound; round <= plan.lastRound; round++) {
    checkAbort(signal)
    const learningRate = options.learningRate({ round, epoch: records / data.rows })
    const started = performance.now()
    await backend.train(roundBatches(records % data.rows, backend.threads, plan.batchSize, data.rows), learningRate, signal)
    const trained = performance.now()
    await backend.merge()
    const merged = performance.now()
    if (!backend.mergedIsFinite()) {
      throw new NkkanError(
        'E_VALUE',
        `training diverged in round ${round} (a parameter became NaN or infinite); the model keeps its previous state. Lower learningRate (now ${learningRate})`,
      )
    }
    backend.read(state)
    const roundSeconds = (merged - started) / 1000
    seconds += roundSeconds
    const epochBefore = Math.floor(records / options.epochRecords)
    records += perRound
    const validate = validation !== undefined && (round % options.validateEvery === 0 || round === plan.lastRound)
    const metrics = validate ? computeMetrics(await backend.predictValidation(), validation.y, validation.rows, validation.targets) : {}
    const log: EpochLog = {
      round,
      epoch: records / data.rows,
      records,
      seconds,
      mergeSeconds: (merged - trained) / 1000,
      pretrainSeconds: plan.pretrainSeconds,
      learningRate,
      recordsPerSecond: perRound / roundSeconds,
      ...metrics,
    }
    history.push(log)
    options.onRound?.(log)
    if (Math.floor(records / options.epochRecords) > epochBefore || round === plan.lastRound) options.onEpoch?.(log)
    if (reachedTarget(log, options)) break
  }
  return history
}
