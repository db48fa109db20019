/** Options of fit, their defaults and their validation. */
import { type Dataset, checkDataset, columnRanges } from '../data/data.js'
import { NkkanError } from '../errors.js'
import type { Metrics } from '../data/metrics.js'
import type { RefineOptions } from '../model/refine.js'
import { MAX_THREADS } from '../kernels/protocol.js'
import { describe, optionsObject } from '../arguments.js'

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
  /** Seconds of this round's training phase (wall time, until the last copy was trained). */
  readonly trainSeconds: number
  /**
   * Seconds each thread spent in the training kernels this round; the rest of `trainSeconds`
   * it waited for the other threads or for its next command.
   */
  readonly threadSeconds: readonly number[]
  /** Seconds of this round's merge. */
  readonly mergeSeconds: number
  /**
   * Seconds between the end of the previous round's merge and this round's start, spent on the
   * calling thread (reading back and validating the merged model, callbacks); 0 in the first round
   * and in a round that followed the previous one within one command to the workers.
   */
  readonly gapSeconds: number
  /** Seconds of pretraining before the first round (included in `seconds`). */
  readonly pretrainSeconds: number
  /** The learning rate α used in this round. */
  readonly learningRate: number
  /** Training records per second in this round, merge included. */
  readonly recordsPerSecond: number
  /**
   * With `balance: 'dynamic'`: the rows each copy trained this round, as row ranges in the order
   * it trained them (the round's rows split by the threads' speed). Absent with the fixed split,
   * where copy c trained the c-th `batchSize` rows of the round.
   */
  readonly batches?: readonly (readonly (readonly [number, number])[])[]
}

/** How a round's rows are split between the copies ({@link FitOptions.balance}). */
export type Balance = 'fixed' | 'dynamic'

/** Options of {@link KAN.fit}; every one has a default. */
export interface FitOptions {
  /**
   * Choose the settings from the data: a decaying learning rate, epochs from the number of
   * rows, grid refinement, and (when there are at least 200 rows) 10% of them held out for
   * early stopping with restore-best; one thread below 100,000 rows. Options given beside it
   * win. Default: true when none of epochs, rounds, learningRate, batchSize, refine, pretrain,
   * mode, stopAt, windowRows, earlyStopping, retrain and cluster is given; otherwise the fixed
   * defaults below apply. Not with cluster (its workers do not refine grids). KAN.lastFit
   * reports what was used.
   */
  auto?: boolean
  /**
   * With auto, on the first fit of a model created without `layers`: choose the first layer's
   * points per feature — 2 (a straight line, not refined) for a near-linear or two-valued
   * feature, 3 refined by the schedule for a curved one (KAN.lastFit.points). Default false: on
   * the weather table (bench/README.md) it gave a worse test RMSE than one count for all.
   */
  featurePoints?: boolean
  /**
   * Stop when the validation loss (mean over targets of 1 - R²) has not improved for `patience`
   * epochs, and restore the model of the best validation round. Needs validation data.
   * Default: off (auto: on, patience max(5, epochs / 4)).
   */
  earlyStopping?:
    | {
        /** Epochs without a better validation loss before training stops (integer ≥ 1). */
        patience: number
      }
    | false
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
   * Residual skip (ALGORITHM §2), a fraction of the training targets' range (max − min over all
   * targets), e.g. 0.01: a record whose every target residual |y* − y| is below it updates
   * nothing, which saves the update's time once most residuals are small. Default 0 (off).
   * Not applied while pretraining.
   */
  skip?: number
  /**
   * Threads that train the copies, one worker each (1: the calling thread, no workers).
   * Default: the machine's available parallelism, and at most `copies`.
   */
  threads?: number
  /**
   * Model copies trained per round, each on its own disjoint batch, then merged by averaging
   * (ALGORITHM §3). Default: `threads`. With more copies than threads the copies take turns on
   * the threads; the model is the same, bit for bit, as `threads: copies` gives (so a many-core
   * run can be reproduced on a laptop). 'disjoint' mode only.
   */
  copies?: number
  /** Records each copy trains per round. Default: rows / copies (a round is an epoch). */
  batchSize?: number
  /**
   * How a round's copies × batchSize rows are split between the copies. 'fixed' (default): copy
   * c trains the c-th batchSize of them, so a fit gives the same bits on every run and machine.
   * 'dynamic': the threads claim the round's rows piece by piece (up to 256 pieces, at least 32
   * rows each) as they go, so a thread the machine runs faster trains more of them and no core
   * waits for a slowed one at the merge; the copies are averaged as with the fixed split.
   * Faster on a busy or virtual machine; the model then depends on the threads' timing (each
   * log's `batches` says which rows each copy trained). Takes effect on workers over shared
   * memory with every copy on a thread of its own (copies = threads) and the data resident;
   * elsewhere the fixed split is used. 'disjoint' mode only; not with cluster.
   */
  balance?: Balance
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
  stopAt?: {
    /** Validation Pearson correlation in (-1, 1] that every target must reach. */
    pearson?: number
  }
  /**
   * Called once pretraining has joined the groups, before the first round: its seconds and, with
   * `validation`, the joined model's metrics (validation time not counted).
   */
  onPretrain?: (log: PretrainLog) => void
  /** Called when a round completes a pass over the data (and after the last round). */
  onEpoch?: (log: EpochLog) => void
  /** Called after every round. */
  onRound?: (log: EpochLog) => void
  /** Cancels training: fit rejects with E_ABORT and the model keeps its last merged state. */
  signal?: AbortSignal
  /**
   * Train the `copies` on cluster workers (`nkkan worker --redis …`, on any machine) through
   * Redis with BullMQ (Node, with the packages bullmq and ioredis installed): the same model,
   * bit for bit, as `copies` on this machine. Needs `copies`; not with threads, pretrain,
   * refine or windowRows.
   */
  cluster?: ClusterOptions
}

/** TLS options, as node:tls `connect` takes them. */
export interface RedisTLSOptions {
  /** PEM certificates of the CAs to trust instead of the system's (a private CA). */
  ca?: string | string[]
  /** PEM client certificate and its key, for servers that ask for one (`tls-auth-clients`). */
  cert?: string
  /** PEM private key of `cert`. */
  key?: string
  /** The name the server's certificate must carry, if not the URL's host. */
  servername?: string
  /** Default true: refuse a server whose certificate does not verify. */
  rejectUnauthorized?: boolean
}

/** A Redis server to reach, with its credentials and TLS settings. */
export interface RedisConnection {
  /** `redis://[user[:password]@]host[:port][/db]`, or `rediss://…` for TLS. */
  url: string
  /** ACL user (overrides the URL's). */
  username?: string
  /** Password of the ACL user, or of `requirepass` (overrides the URL's). */
  password?: string
  /** TLS: `true` for the system's CAs, or options (a private CA, client certificate). `rediss://` implies `true`. */
  tls?: boolean | RedisTLSOptions
}

/** Where and how the copies of a fit train on cluster workers ({@link FitOptions.cluster}). */
export interface ClusterOptions {
  /** `redis://host:6379` (`rediss://` for TLS), or { url, username, password, tls }. */
  redis: string | RedisConnection
  /**
   * Where the workers read the training data: a path (the same on every machine: a shared
   * folder), where fit writes them, or an http(s) URL serving a shard file (`nkkan train
   * --shard` writes one).
   */
  shard: string
  /** The BullMQ queue the workers take jobs from. Default 'nkkan'. */
  queue?: string
  /**
   * The run's name: its checkpoint in Redis and its job ids. A fit that finds a checkpoint of
   * its run resumes after the last merged round. Default: derived from the model's starting
   * parameters, the data, copies, batchSize, rounds and the first round's learning rate.
   */
  run?: string
  /** Times a copy's job is tried before the fit fails. Default 3. */
  attempts?: number
  /** Seconds a round may take, retries included, before the fit fails. Default 600. */
  roundTimeout?: number
}

/** Pretraining by groups of addends ({@link FitOptions.pretrain}). */
export interface PretrainOptions {
  /**
   * G: groups of addends trained apart; must divide the first layer's units M. Default M/2
   * (pairs, as the papers' reference code trains them), or M when M is odd.
   */
  groups?: number
  /** Passes over the training data for every group. Default 2 (as the reference code). */
  epochs?: number
}

/** What onPretrain reports. */
export interface PretrainLog extends Partial<Metrics> {
  /** Groups of addends trained apart (PretrainOptions.groups as used). */
  readonly groups: number
  /** Passes over the training data each group made. */
  readonly epochs: number
  /** Seconds of pretraining (groups trained and joined). */
  readonly seconds: number
}

/** The learning rate α of each round, from the round and epoch (counted from 0) it starts. */
export type LearningRateSchedule = (progress: { readonly round: number; readonly epoch: number }) => number

export interface ResolvedFitOptions {
  readonly learningRate: LearningRateSchedule
  readonly pretrain: PretrainOptions | undefined
  readonly refine: RefineOptions | undefined
  /** The residual skip as an absolute threshold (skip × the targets' range; 0: off). */
  readonly skipThreshold: number
  readonly threads: number
  /** Copies trained per round: `copies` in 'disjoint' mode (≥ threads), 1 in 'concurrent-serial'. */
  readonly copies: number
  readonly mode: 'disjoint' | 'concurrent-serial'
  readonly batchSize: number
  readonly balance: Balance
  readonly windowRows: number | undefined
  /** Records trained per round: copies × batchSize. */
  readonly recordsPerRound: number
  /** Records that make an epoch: the rows, or a round's records when batchSize is the default. */
  readonly epochRecords: number
  readonly rounds: number
  readonly validation: Dataset | undefined
  readonly validateEvery: number
  readonly stopAtPearson: number | undefined
  /** Set by fit for early stopping: true stops after this round. */
  readonly stopWhen?: ((log: EpochLog) => boolean) | undefined
  readonly onPretrain: ((log: PretrainLog) => void) | undefined
  readonly onEpoch: ((log: EpochLog) => void) | undefined
  readonly onRound: ((log: EpochLog) => void) | undefined
  readonly signal: AbortSignal | undefined
  readonly cluster: ClusterOptions | undefined
}

function positiveInteger(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new NkkanError('E_OPTION', `${name} must be an integer ≥ 1, got ${String(value)}`)
  }
  return value
}

/** Every key of FitOptions: others are misspellings. */
const FIT_OPTION_KEYS = [
  'epochs', 'rounds', 'learningRate', 'pretrain', 'refine', 'skip', 'threads', 'copies', 'batchSize', 'balance', 'mode', 'windowRows', 'validation', 'validateEvery', 'stopAt',
  'onPretrain', 'onEpoch', 'onRound', 'signal', 'cluster', 'auto', 'earlyStopping', 'retrain', 'featurePoints',
] as const

export function resolveFitOptions(given: FitOptions, data: Dataset, defaultThreads: number): ResolvedFitOptions {
  const options = optionsObject(given, 'fit options', FIT_OPTION_KEYS) as FitOptions
  if (options.stopAt !== undefined) optionsObject(options.stopAt, 'stopAt', ['pearson'])
  if (options.pretrain !== undefined) optionsObject(options.pretrain, 'pretrain', ['groups', 'epochs'])
  if (options.refine !== undefined) optionsObject(options.refine, 'refine', ['atEpochs', 'factor', 'layers', 'inputs'])
  const { signal } = options
  if (signal !== undefined && !(typeof signal === 'object' && (signal as unknown) !== null && typeof signal.aborted === 'boolean' && typeof signal.addEventListener === 'function')) {
    throw new NkkanError('E_OPTION', `signal must be an AbortSignal, got ${describe(signal)}`)
  }
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
  const mode = options.mode ?? 'disjoint'
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JavaScript callers can pass anything
  if (mode !== 'disjoint' && mode !== 'concurrent-serial') throw new NkkanError('E_OPTION', `mode must be 'disjoint' or 'concurrent-serial', got ${String(mode)}`)
  const requestedCopies = options.copies === undefined ? undefined : positiveInteger(options.copies, 'copies')
  if (requestedCopies !== undefined && mode !== 'disjoint') throw new NkkanError('E_OPTION', "copies applies to mode 'disjoint' only")
  const cluster = options.cluster === undefined ? undefined : checkCluster(options)
  const threads = cluster !== undefined ? 1 : positiveInteger(options.threads ?? Math.max(1, Math.min(defaultThreads, MAX_THREADS, requestedCopies ?? MAX_THREADS, data.rows)), 'threads')
  if (threads > MAX_THREADS) throw new NkkanError('E_OPTION', `threads must be at most ${MAX_THREADS}, got ${threads}`)
  if (requestedCopies !== undefined && requestedCopies < threads) {
    throw new NkkanError('E_OPTION', `copies (${requestedCopies}) must be at least threads (${threads}): every thread trains at least one copy`)
  }
  const copies = mode === 'disjoint' ? (requestedCopies ?? threads) : 1
  if (options.batchSize === undefined && copies > data.rows) {
    throw new NkkanError('E_OPTION', `copies (${copies}) exceed the ${data.rows} training rows: each copy trains at least one row per round. Lower copies or threads`)
  }
  const batchSize = positiveInteger(options.batchSize ?? Math.floor(data.rows / copies), 'batchSize')
  if (copies * batchSize > data.rows) {
    throw new NkkanError(
      'E_OPTION',
      `copies × batchSize = ${copies} × ${batchSize} = ${copies * batchSize} exceeds the ${data.rows} training rows; batches must be disjoint. Lower batchSize, copies or threads`,
    )
  }
  const balance = options.balance ?? 'fixed'
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JavaScript callers can pass anything
  if (balance !== 'fixed' && balance !== 'dynamic') throw new NkkanError('E_OPTION', `balance must be 'fixed' or 'dynamic', got ${String(balance)}`)
  if (balance === 'dynamic' && mode !== 'disjoint') throw new NkkanError('E_OPTION', "balance 'dynamic' applies to mode 'disjoint' only")
  const windowRows = options.windowRows === undefined ? undefined : positiveInteger(options.windowRows, 'windowRows')
  if (windowRows !== undefined && windowRows < copies) throw new NkkanError('E_OPTION', `windowRows must be at least copies (${copies}), got ${windowRows}`)
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
  const skip = options.skip ?? 0
  if (typeof skip !== 'number' || !(skip >= 0 && skip < 1)) throw new NkkanError('E_OPTION', `skip must be a number in [0, 1) (a fraction of the target range), got ${String(skip)}`)
  const earlyStopping = options.earlyStopping
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JavaScript callers can pass anything
  if (earlyStopping !== undefined && earlyStopping !== false && (typeof earlyStopping !== 'object' || earlyStopping === null)) {
    throw new NkkanError('E_OPTION', `earlyStopping must be { patience } or false, got ${String(earlyStopping)}`)
  }
  if (options.retrain !== undefined && typeof options.retrain !== 'boolean') throw new NkkanError('E_OPTION', `retrain must be true or false, got ${String(options.retrain)}`)
  for (const key of ['onPretrain', 'onEpoch', 'onRound'] as const) {
    if (options[key] !== undefined && typeof options[key] !== 'function') throw new NkkanError('E_OPTION', `${key} must be a function`)
  }
  return {
    learningRate, pretrain: options.pretrain, refine: options.refine, skipThreshold: skip === 0 ? 0 : skip * targetRange(data), threads, copies, mode, recordsPerRound: copies * batchSize, epochRecords, batchSize, balance, windowRows, rounds, validation: options.validation, validateEvery, stopAtPearson,
    onPretrain: options.onPretrain, onEpoch: options.onEpoch, onRound: options.onRound, signal: options.signal, cluster,
  }
}

/** max − min over every target value of the data. */
function targetRange(data: Dataset): number {
  const { min, max } = columnRanges(data.y, data.targets)
  return Math.max(...max) - Math.min(...min)
}

/** The cluster options, checked (the connection is checked when it is made). */
function checkCluster(options: FitOptions): ClusterOptions {
  const cluster = options.cluster!
  if (typeof cluster !== 'object' || (cluster as unknown) === null) throw new NkkanError('E_OPTION', 'cluster must be an object { redis, shard, … }')
  if (options.copies === undefined) throw new NkkanError('E_OPTION', 'cluster needs copies: the number of copies the workers train per round')
  for (const key of ['threads', 'pretrain', 'refine', 'windowRows', 'skip', 'balance'] as const) {
    if (options[key] !== undefined) throw new NkkanError('E_OPTION', `${key} does not apply to training on a cluster (the workers train the copies)`)
  }
  if (options.mode !== undefined && options.mode !== 'disjoint') throw new NkkanError('E_OPTION', "cluster trains in mode 'disjoint' only")
  if (typeof cluster.shard !== 'string' || cluster.shard === '') throw new NkkanError('E_OPTION', 'cluster.shard must be the path or URL where workers read the training data')
  for (const key of ['queue', 'run'] as const) {
    const value = cluster[key]
    if (value !== undefined && (typeof value !== 'string' || !/^[\w.:-]{1,200}$/.test(value))) {
      throw new NkkanError('E_OPTION', `cluster.${key} must be 1-200 letters, digits and . _ : -, got ${JSON.stringify(value)}`)
    }
  }
  if (cluster.attempts !== undefined) positiveInteger(cluster.attempts, 'cluster.attempts')
  const timeout = cluster.roundTimeout
  if (timeout !== undefined && (typeof timeout !== 'number' || !(timeout > 0) || !Number.isFinite(timeout))) {
    throw new NkkanError('E_OPTION', `cluster.roundTimeout must be a number of seconds > 0, got ${String(timeout)}`)
  }
  return cluster
}
