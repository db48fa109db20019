/**
 * The training loop, whatever the backend: rounds of disjoint batches (ALGORITHM §3; one
 * thread with batch = all rows is plain sequential NK training, §2), merge, read back,
 * validate, report, stop. The model in JS is replaced only by a merged model whose every
 * parameter is finite, so an abort, a divergence or a failed worker leaves the last good one.
 */
import { type Backend, MergedOnCallingThread, type RoundTiming } from './backend.js'
import type { Dataset } from '../data/data.js'
import { Engine, type RowRange } from '../kernels/engine.js'
import { NkkanError, throwIfAborted } from '../errors.js'
import { planMemory } from '../kernels/layout.js'
import { computeMetrics } from '../data/metrics.js'
import type { ModelState } from '../model/model.js'
import type { EpochLog, ResolvedFitOptions } from './options.js'
import { TimeSlicer } from './slicer.js'
import { TrainWindow, windowRows } from './window.js'
import { callingThreadNeed } from './memory-needs.js'

/** The message of a training's E_ABORT. */
export const TRAINING_ABORTED = 'training was aborted; the model keeps its last merged state'

/** Throws E_ABORT if the signal has fired. */
export function checkAbort(signal: AbortSignal | undefined): void {
  throwIfAborted(signal, TRAINING_ABORTED)
}

/** The batch of each thread in a round: B consecutive rows from the cursor, wrapping round. */
export function roundBatches(cursor: number, threads: number, batchSize: number, rows: number): RowRange[][] {
  return Array.from({ length: threads }, (_, s) => {
    const start = (cursor + s * batchSize) % rows
    const end = start + batchSize
    return end <= rows ? [[start, end] as const] : [[start, rows] as const, [0, end - rows] as const]
  })
}

/**
 * Training on the calling thread: one copy (plain sequential training), or several that take
 * turns and are merged like copies on workers, with the same bits as K workers would give.
 */
export class SequentialBackend extends MergedOnCallingThread implements Backend {
  readonly copies: number

  private readonly window: TrainWindow
  /** Keeps the calling thread's event loop turning while training runs on it. */
  private readonly slicer = new TimeSlicer()

  /** windowRows: training rows kept in wasm memory (default: all that fit); more stream through. */
  constructor(state: ModelState, data: Dataset, validation: Dataset | undefined, requestedWindowRows?: number, copies = 1) {
    const { request } = callingThreadNeed(state.shape, copies, validation?.rows ?? 0)
    super(new Engine(planMemory({ ...request, trainRows: windowRows(request, data.rows, requestedWindowRows) })), validation?.rows ?? 0)
    this.copies = copies
    for (let copy = 0; copy < copies; copy++) this.engine.writeModel(state, copy)
    this.window = new TrainWindow(this.engine, data)
    if (validation !== undefined) this.engine.writeEval(validation.x)
  }

  async round(batches: readonly (readonly RowRange[])[], alpha: number, signal: AbortSignal | undefined, skip: number): Promise<RoundTiming> {
    let kernelMs = 0
    const work = (r0: number, r1: number): void => {
      const before = performance.now()
      this.engine.train(0, r0, r1, alpha, skip)
      kernelMs += performance.now() - before
    }
    for (const ranges of this.window.steps(batches)) {
      for (const [copy, copyRanges] of ranges.entries()) {
        this.engine.bindThread(0, copy)
        for (const [start, end] of copyRanges) {
          await this.slicer.run(start, end, work, () => checkAbort(signal))
        }
      }
    }
    this.engine.bindThread(0, 0)
    const merging = performance.now()
    if (this.copies > 1) {
      this.engine.averageCopies()
      this.engine.spreadMerged()
    }
    return { threadSeconds: [kernelMs / 1000], mergeSeconds: (performance.now() - merging) / 1000 }
  }

  /** Validation in slices too: a large validation set must not hold up the event loop either. */
  override async predictValidation(): Promise<Float64Array> {
    await this.slicer.run(0, this.validRows, (r0, r1) => this.engine.forwardEval(0, r0, r1), () => undefined)
    return this.engine.predictedEval(this.validRows)
  }
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
  /**
   * Whether several rounds may run in one piece of work (Backend.trainRounds): only when nothing
   * outside the loop looks at the model or the logs between rounds (no onRound, onEpoch or
   * early stopping). The bits are the same either way.
   */
  readonly roundsAtOnce: boolean
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
  const perRound = backend.copies * plan.batchSize
  let previousEnd: number | undefined
  let roundsAtOnce = plan.roundsAtOnce ? (backend.roundsAtOnce ?? 1) : 1
  /**
   * Rounds to run from `round` on, in one piece: up to the next validated round. (An abort ends
   * a piece after the round it comes in; the calling thread's wake-up and work, 0.2–0.6 ms, come
   * once a piece.)
   */
  const span = (round: number): number => {
    let count = Math.min(roundsAtOnce, plan.lastRound - round + 1)
    if (validation !== undefined) count = Math.min(count, Math.ceil(round / options.validateEvery) * options.validateEvery - round + 1)
    return count
  }
  for (let round = plan.firstRound; round <= plan.lastRound; ) {
    checkAbort(signal)
    const work = Array.from({ length: span(round) }, (_, k) => {
      const done = records + k * perRound
      return { batches: roundBatches(done % data.rows, backend.copies, plan.batchSize, data.rows), alpha: options.learningRate({ round: round + k, epoch: done / data.rows }) }
    })
    const started = performance.now()
    const spanned = work.length > 1 ? await backend.trainRounds!(work, options.skipThreshold, signal) : undefined
    const timings: readonly RoundTiming[] = spanned ?? [await backend.round(work[0]!.batches, work[0]!.alpha, signal, options.skipThreshold)]
    const merged = performance.now()
    if (!backend.mergedIsFinite()) {
      if (work.length > 1) {
        // Which round diverged, and the model before it, are known only round by round: run
        // these rounds again one at a time from the model before them (the same bits).
        backend.restore!(state)
        roundsAtOnce = 1
        continue
      }
      throw new NkkanError(
        'E_VALUE',
        `training diverged in round ${round} (a parameter became NaN or infinite); the model keeps its previous state. Lower learningRate (now ${work[0]!.alpha})`,
      )
    }
    backend.read(state)
    const spanSeconds = (merged - started) / 1000
    // Rounds of one command have their own wall times; the last (an abort may end the command early) takes what is left of the call's.
    const walls = spanned?.map((timing) => timing.seconds) ?? []
    for (const [k, { threadSeconds, mergeSeconds, batches }] of timings.entries()) {
      const roundSeconds = k < timings.length - 1 ? walls[k]! : spanSeconds - walls.slice(0, k).reduce((sum, wall) => sum + wall, 0)
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
        trainSeconds: roundSeconds - mergeSeconds,
        threadSeconds,
        mergeSeconds,
        gapSeconds: k > 0 || previousEnd === undefined ? 0 : (started - previousEnd) / 1000,
        pretrainSeconds: plan.pretrainSeconds,
        learningRate: work[k]!.alpha,
        recordsPerSecond: perRound / roundSeconds,
        ...(batches === undefined ? {} : { batches }),
        ...metrics,
      }
      history.push(log)
      options.onRound?.(log)
      if (Math.floor(records / options.epochRecords) > epochBefore || round === plan.lastRound) options.onEpoch?.(log)
      if (reachedTarget(log, options)) return history
      round++
    }
    previousEnd = merged
  }
  return history
}
