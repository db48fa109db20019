/** Options of fit, their defaults and their validation. */
import { type Dataset, checkDataset } from './data.js'
import { NkkanError } from './errors.js'
import type { Metrics } from './metrics.js'
import type { RefineOptions } from './refine.js'
import { MAX_THREADS } from './protocol.js'

/** What fit reports after every round (sequential training: a round is an epoch). */
export interface EpochLog extends Partial<Metrics> {
  /** 1-based round number. */
  readonly round: number
  /** Passes over the training data so far (fractional when a round is not a whole pass). */
  readonly epoch: number
  /** Training records processed so far in this fit call. */
  readonly records: number
  /** Seconds of training and merging so far in this fit call (validation excluded). */
  readonly seconds: number
  /** Seconds of this round's merge. */
  readonly mergeSeconds: number
  /** Seconds of pretraining before the first round (included in `seconds`). */
  readonly pretrainSeconds: number
  /** The learning rate α used in this round. */
  readonly learningRate: number
  /** Training records per second in this round, merge included. */
  readonly recordsPerSecond: number
}

export interface FitOptions {
  /**
   * Choose the settings from the data: a decaying learning rate, epochs from the number of
   * rows, grid refinement, and (when there are at least 200 rows) 10% of them held out for
   * early stopping with restore-best; one thread below 100,000 rows. Options given beside it
   * win. Default: true when none of epochs, rounds, learningRate, batchSize, refine, pretrain,
   * mode, stopAt, windowRows, earlyStopping and retrain is given; otherwise the fixed defaults
   * below apply. KAN.lastFit reports what was used.
   */
  auto?: boolean
  /**
   * Stop when the validation loss (mean over targets of 1 - R²) has not improved for `patience`
   * epochs, and restore the model of the best validation round. Needs validation data.
   * Default: off (auto: on, patience max(5, epochs / 4)).
   */
  earlyStopping?: { patience: number } | false
  /**
   * After early stopping on held-out rows (auto), train again from the start on all rows for
   * the best round's epochs. Default false.
   */
  retrain?: boolean
  /** Passes over the training data. Default 10 (auto: 2,000,000 / rows, from 10 to 300). Ignored when `rounds` is given. */
  epochs?: number
  /** Rounds of disjoint-batch training (each thread trains `batchSize` records, then merge). */
  rounds?: number
  /**
   * α of ALGORITHM §2: the residual is α·(y* - y). Default 0.1. A function gives a schedule:
   * it is asked for α before every round (`round` is 1-based, `epoch` the passes done so far).
   */
  learningRate?: number | LearningRateSchedule
  /**
   * Pretraining by groups of addends before the first round (ALGORITHM §4; two-layer models).
   * Each group trains as its addends would inside the whole model with the other addends silent
   * (mean form: the group, as its own KAN, predicts G·y* at α/G; sum form: y* at α).
   */
  pretrain?: PretrainOptions
  /** Grid refinement: more nodes per function at the given epochs (changes the model's points). */
  refine?: RefineOptions
  /**
   * Copies trained in parallel, one worker each, merged by averaging after every round
   * (ALGORITHM §3). 1 trains sequentially on the calling thread. Default: the machine's
   * available parallelism.
   */
  threads?: number
  /** Records each thread trains per round. Default: rows / threads (a round is an epoch). */
  batchSize?: number
  /**
   * 'disjoint' (default): copies train disjoint batches and are averaged (ALGORITHM §3).
   * 'concurrent-serial': every thread owns a block of addends and all train on every record
   * together, equal to sequential training (ALGORITHM §5; two-layer models, shared memory).
   */
  mode?: 'disjoint' | 'concurrent-serial'
  /**
   * Training rows kept in wasm memory at once. Default: all of them if they fit in wasm32's
   * 4 GiB beside the model, else as many as fit. Larger data sets stream through this window
   * piece by piece, with the same result bit for bit ('disjoint' mode with shared memory, or
   * threads: 1).
   */
  windowRows?: number
  /** Data evaluated after every round (metrics in the history, used by stopAt). */
  validation?: Dataset
  /** Evaluate the validation data every this many rounds (and after the last). Default 1. */
  validateEvery?: number
  /** Stop once every target's validation Pearson reaches this value. Needs validation. */
  stopAt?: { pearson?: number }
  /** Called when a round completes a pass over the data (and after the last round). */
  onEpoch?: (log: EpochLog) => void
  /** Called after every round. */
  onRound?: (log: EpochLog) => void
  /** Cancels training: fit rejects with E_ABORT and the model keeps its last merged state. */
  signal?: AbortSignal
}

export interface PretrainOptions {
  /** G: groups of addends trained apart; must divide the first layer's units. */
  groups: number
  /** Passes over the training data for every group. */
  epochs: number
}

export type LearningRateSchedule = (progress: { readonly round: number; readonly epoch: number }) => number

export interface ResolvedFitOptions {
  readonly learningRate: LearningRateSchedule
  readonly pretrain: PretrainOptions | undefined
  readonly refine: RefineOptions | undefined
  readonly threads: number
  readonly mode: 'disjoint' | 'concurrent-serial'
  readonly batchSize: number
  readonly windowRows: number | undefined
  /** Records trained per round: threads × batchSize (disjoint) or batchSize (concurrent-serial). */
  readonly recordsPerRound: number
  /** Records that make an epoch: the rows, or a round's records when batchSize is the default. */
  readonly epochRecords: number
  readonly rounds: number
  readonly validation: Dataset | undefined
  readonly validateEvery: number
  readonly stopAtPearson: number | undefined
  /** Set by fit for early stopping: true stops after this round. */
  readonly stopWhen?: ((log: EpochLog) => boolean) | undefined
  readonly onEpoch: ((log: EpochLog) => void) | undefined
  readonly onRound: ((log: EpochLog) => void) | undefined
  readonly signal: AbortSignal | undefined
}

function positiveInteger(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new NkkanError('E_OPTION', `${name} must be an integer ≥ 1, got ${String(value)}`)
  }
  return value
}

export function resolveFitOptions(options: FitOptions, data: Dataset, defaultThreads: number): ResolvedFitOptions {
  const model = { features: data.features, targets: data.targets }
  const rate = options.learningRate ?? 0.1
  const checkRate = (value: unknown, where: string): number => {
    if (typeof value !== 'number' || !(value > 0) || !Number.isFinite(value)) {
      throw new NkkanError('E_OPTION', `learningRate${where} must be a finite number > 0, got ${String(value)}`)
    }
    return value
  }
  const learningRate: LearningRateSchedule =
    typeof rate === 'function' ? (progress) => checkRate(rate(progress), ` (schedule, round ${progress.round})`) : ((fixed) => () => fixed)(checkRate(rate, ''))
  const threads = positiveInteger(options.threads ?? Math.min(defaultThreads, MAX_THREADS), 'threads')
  if (threads > MAX_THREADS) throw new NkkanError('E_OPTION', `threads must be at most ${MAX_THREADS}, got ${threads}`)
  const mode = options.mode ?? 'disjoint'
  if (mode !== 'disjoint' && mode !== 'concurrent-serial') throw new NkkanError('E_OPTION', `mode must be 'disjoint' or 'concurrent-serial', got ${String(mode)}`)
  const copies = mode === 'disjoint' ? threads : 1
  const batchSize = positiveInteger(options.batchSize ?? Math.floor(data.rows / copies), 'batchSize')
  if (copies * batchSize > data.rows) {
    throw new NkkanError(
      'E_OPTION',
      `threads × batchSize = ${threads} × ${batchSize} = ${threads * batchSize} exceeds the ${data.rows} training rows; batches must be disjoint. Lower batchSize or threads`,
    )
  }
  const windowRows = options.windowRows === undefined ? undefined : positiveInteger(options.windowRows, 'windowRows')
  if (windowRows !== undefined && windowRows < threads) throw new NkkanError('E_OPTION', `windowRows must be at least threads (${threads}), got ${windowRows}`)
  const epochs = positiveInteger(options.epochs ?? 10, 'epochs')
  // With the default batch a round is an epoch, even when rows do not divide by the threads (7,007 rows on 2 threads: rounds of 7,006).
  const epochRecords = options.batchSize === undefined ? copies * batchSize : data.rows
  const rounds = options.rounds === undefined ? Math.ceil((epochs * epochRecords) / (copies * batchSize)) : positiveInteger(options.rounds, 'rounds')
  if (options.validation !== undefined) checkDataset(options.validation, 'validation', model)
  const validateEvery = positiveInteger(options.validateEvery ?? 1, 'validateEvery')
  const stopAtPearson = options.stopAt?.pearson
  if (stopAtPearson !== undefined) {
    if (typeof stopAtPearson !== 'number' || !(stopAtPearson > -1 && stopAtPearson <= 1)) {
      throw new NkkanError('E_OPTION', `stopAt.pearson must be a number in (-1, 1], got ${String(stopAtPearson)}`)
    }
    if (options.validation === undefined) throw new NkkanError('E_OPTION', 'stopAt.pearson needs a validation data set')
  }
  for (const key of ['onEpoch', 'onRound'] as const) {
    if (options[key] !== undefined && typeof options[key] !== 'function') throw new NkkanError('E_OPTION', `${key} must be a function`)
  }
  return {
    learningRate, pretrain: options.pretrain, refine: options.refine, threads, mode, recordsPerRound: copies * batchSize, epochRecords, batchSize, windowRows, rounds, validation: options.validation, validateEvery, stopAtPearson,
    onEpoch: options.onEpoch, onRound: options.onRound, signal: options.signal,
  }
}
