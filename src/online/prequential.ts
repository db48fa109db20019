/**
 * KAN.learnFrom: learning from a stream with prequential (test-then-train) evaluation, as
 * River's progressive validation. Every record is predicted, scored, then learned; the
 * prediction is the one the Newton-Kaczmarz step computes before it uses the target (after the
 * grids have widened to the record's features, which needs no target). A block of records is
 * learned in kernel calls of up to STAGE_ROWS records that return every record's prediction
 * (ResidentLearner.learnPrequential), so per record JavaScript only scores. Items are pulled one
 * at a time, so a source that produces on demand is never read ahead of the learner
 * (back-pressure) and memory holds one item and the window of scores.
 */
import { checkFinite } from '../data/data.js'
import { NkkanError, abortError } from '../errors.js'
import { computeMetrics } from '../data/metrics.js'
import { type ResidentLearner, STAGE_ROWS } from './resident.js'
import { yieldToEventLoop } from '../train/slicer.js'
import { lengthOf } from '../untrusted.js'

/** One record: `{ x, y }` (y a number for one target), or the features then the targets in one array. */
export type StreamRecord =
  | {
      /** The features. */
      readonly x: ArrayLike<number>
      /** The target, or the targets. */
      readonly y: number | ArrayLike<number>
    }
  | ArrayLike<number>
/** A block of records, row-major: x is rows × inputs, y rows × targets (a Dataset is one). */
export interface RowBlock {
  /** Features, rows × inputs, row-major. */
  readonly x: ArrayLike<number>
  /** Targets, rows × targets, row-major. */
  readonly y: ArrayLike<number>
  /** Records in the block. */
  readonly rows: number
}
/** What a source yields: a record, a block of records, or an array of records. */
export type StreamItem = StreamRecord | RowBlock | readonly StreamRecord[]
/** What {@link KAN.learnFrom} reads: any (async) iterable of StreamItems, or a web ReadableStream of them. */
export type StreamSource = AsyncIterable<StreamItem> | Iterable<StreamItem> | ReadableStream<StreamItem>

/** Options of {@link KAN.learnFrom}. */
export interface LearnFromOptions {
  /** α for every record, or a schedule asked before each record (records learned so far). Default 0.1. */
  learningRate?: number | ((records: number) => number)
  /**
   * Forgetting for drifting streams: α never goes below this, whatever the schedule says, so a
   * decaying schedule keeps following a target that changes. Default 0 (no floor).
   */
  minLearningRate?: number
  /** Records in the sliding window of the running RMSE and Pearson. Default 1000. */
  window?: number
  /** Report onProgress every this many records (and at the end). Default: `window`. */
  validateEvery?: number
  /** Called every validateEvery records and at the end with the scores so far. */
  onProgress?: (progress: StreamProgress) => void
  /** Stops learning: learnFrom rejects with E_ABORT; the model keeps every record learned before. */
  signal?: AbortSignal
}

/** Prequential scores: each record's prediction made before the record was learned. */
export interface StreamProgress {
  /** Records learned so far. */
  readonly records: number
  /** Seconds since learnFrom started. */
  readonly seconds: number
  /** records / seconds. */
  readonly recordsPerSecond: number
  /** α of the last record. */
  readonly learningRate: number
  /** Records the window metrics cover (the last `window` records, fewer at the start). */
  readonly windowRows: number
  /** Pearson correlation over the window, one per target. */
  readonly pearson: number[]
  /** RMSE over the window, one per target. */
  readonly rmse: number[]
  /** RMSE over every record so far, one per target. */
  readonly totalRmse: number[]
}

/** Let timers and abort events run at least this often. */
const YIELD_EVERY_MS = 50
/** Records between two looks at the clock. */
const CLOCK_EVERY = 256

/** The last `size` predictions and targets, in a ring. */
class ScoreWindow {
  readonly size: number
  private readonly targets: number
  private readonly predicted: Float64Array
  private readonly actual: Float64Array
  private next = 0
  filled = 0

  constructor(size: number, targets: number) {
    this.size = size
    this.targets = targets
    this.predicted = new Float64Array(size * targets)
    this.actual = new Float64Array(size * targets)
  }

  add(k: number, predicted: number, actual: number): void {
    this.predicted[this.next * this.targets + k] = predicted
    this.actual[this.next * this.targets + k] = actual
  }

  advance(): void {
    this.next = (this.next + 1) % this.size
    if (this.filled < this.size) this.filled++
  }

  metrics(): { pearson: number[]; rmse: number[] } {
    const count = this.filled * this.targets
    return computeMetrics(this.predicted.subarray(0, count), this.actual.subarray(0, count), this.filled, this.targets)
  }
}

function positiveInteger(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) throw new NkkanError('E_OPTION', `${name} must be an integer ≥ 1, got ${String(value)}`)
  return value
}

function checkRate(value: unknown, where: string): number {
  if (typeof value !== 'number' || !(value > 0) || !Number.isFinite(value)) throw new NkkanError('E_OPTION', `learningRate${where} must be a finite number > 0, got ${String(value)}`)
  return value
}

/** The learning rate of record `records`, floored. */
function rateSchedule(options: LearnFromOptions): (records: number) => number {
  const floor = options.minLearningRate ?? 0
  if (typeof floor !== 'number' || !(floor >= 0) || !Number.isFinite(floor)) throw new NkkanError('E_OPTION', `minLearningRate must be a finite number ≥ 0, got ${String(floor)}`)
  const rate = options.learningRate ?? 0.1
  if (typeof rate === 'function') return (records) => Math.max(floor, checkRate(rate(records), ` (schedule, record ${records})`))
  const fixed = Math.max(floor, checkRate(rate, ''))
  return () => fixed
}

function isReadableStream(source: unknown): source is ReadableStream<StreamItem> {
  return typeof (source as ReadableStream | null)?.getReader === 'function'
}

/** The items of any source, pulled one at a time; an abandoned ReadableStream is cancelled. */
async function* items(source: StreamSource): AsyncGenerator<StreamItem> {
  if (isReadableStream(source)) {
    const reader = source.getReader()
    let done = false
    try {
      for (;;) {
        const next = await reader.read()
        if (next.done) {
          done = true
          return
        }
        yield next.value
      }
    } finally {
      if (!done) await reader.cancel().catch(() => undefined)
      reader.releaseLock()
    }
  }
  const iterable = source as Partial<AsyncIterable<StreamItem> & Iterable<StreamItem>>
  if (typeof iterable[Symbol.asyncIterator] !== 'function' && typeof iterable[Symbol.iterator] !== 'function') {
    throw new NkkanError('E_OPTION', 'learnFrom needs an async iterable, an iterable or a ReadableStream of records')
  }
  yield* source as AsyncIterable<StreamItem> | Iterable<StreamItem>
}

/** Test-then-train over every record of `source` with `learner`; resolves with the final scores. */
export async function learnStream(learner: ResidentLearner, inputs: number, targets: number, source: StreamSource, options: LearnFromOptions): Promise<StreamProgress> {
  const rate = rateSchedule(options)
  const window = new ScoreWindow(positiveInteger(options.window ?? 1000, 'window'), targets)
  const validateEvery = positiveInteger(options.validateEvery ?? window.size, 'validateEvery')
  const { onProgress, signal } = options
  if (onProgress !== undefined && typeof onProgress !== 'function') throw new NkkanError('E_OPTION', 'onProgress must be a function')
  const squared = new Float64Array(targets)
  const started = performance.now()
  let sliceStart = started
  let records = 0
  let clockRecords = 0
  let alpha = rate(0)
  /** α of each record of the kernel call being made. */
  const alphas = new Float64Array(STAGE_ROWS)

  const progress = (): StreamProgress => {
    const seconds = (performance.now() - started) / 1000
    const { pearson, rmse } = window.metrics()
    const totalRmse = Array.from(squared, (sum) => Math.sqrt(sum / Math.max(records, 1)))
    return { records, seconds, recordsPerSecond: records / seconds, learningRate: alpha, windowRows: window.filled, pearson, rmse, totalRmse }
  }
  const checkAbort = (): void => {
    if (signal?.aborted === true) throw abortError(signal, `learnFrom was aborted after ${records} records; the model keeps what it learned`)
  }
  /** Scores the predictions of the learner's last call, `rows` records with targets y[yAt…] (or y itself). */
  const score = (y: number | ArrayLike<number>, yAt: number, rows: number): void => {
    const { predicted } = learner
    for (let r = 0; r < rows; r++) {
      alpha = alphas[r]!
      for (let k = 0; k < targets; k++) {
        const value = predicted[r * targets + k]!
        if (!Number.isFinite(value)) {
          throw new NkkanError('E_VALUE', `learning diverged at record ${records} (the model predicted ${value}); lower learningRate (now ${alpha})`)
        }
        const actual = typeof y === 'number' ? y : y[yAt + r * targets + k]!
        window.add(k, value, actual)
        squared[k]! += (value - actual) ** 2
      }
      window.advance()
      records++
      if (records % validateEvery === 0) onProgress?.(progress())
    }
  }
  /**
   * Predict, score, learn `rows` records (features x[xAt…], targets y[yAt…] or y itself) in one
   * kernel call; rows ≤ STAGE_ROWS and no report falls before the last of them, so onProgress
   * sees the model as record-by-record learning would.
   */
  const learnRows = (x: ArrayLike<number>, xAt: number, y: number | ArrayLike<number>, yAt: number, rows: number): void => {
    let count = 0
    try {
      for (; count < rows; count++) alphas[count] = rate(records + count)
    } finally {
      // A schedule that throws at a record still has the records before it learned and scored
      // (and their errors come first), as one record at a time would.
      if (count > 0) {
        learner.learnPrequential(x, xAt, y, yAt, count, alphas)
        score(y, yAt, count)
      }
    }
  }
  /** Lets timers and abort events run when YIELD_EVERY_MS have passed. */
  const pause = async (): Promise<void> => {
    clockRecords = records
    if (performance.now() - sliceStart > YIELD_EVERY_MS) {
      await yieldToEventLoop()
      checkAbort()
      sliceStart = performance.now()
    }
  }

  checkAbort()
  for await (const item of items(source)) {
    checkAbort()
    const where = `record ${records}`
    if (isRowBlock(item)) {
      checkBlock(item, inputs, targets, where)
      // In pieces of at most STAGE_ROWS records, each ending at the next report if it comes first.
      for (let r = 0; r < item.rows; ) {
        const rows = Math.min(STAGE_ROWS, item.rows - r, validateEvery - (records % validateEvery))
        learnRows(item.x, r * inputs, item.y, r * targets, rows)
        r += rows
        checkAbort()
        if (records - clockRecords >= CLOCK_EVERY) await pause()
      }
    } else if (isRecordArray(item)) {
      item.forEach((record, r) => {
        const { x, xAt, y, yAt } = splitRecord(record, inputs, targets, `record ${records} (item row ${r})`)
        learnRows(x, xAt, y, yAt, 1)
      })
    } else {
      const { x, xAt, y, yAt } = splitRecord(item, inputs, targets, where)
      learnRows(x, xAt, y, yAt, 1)
    }
    if (records - clockRecords >= CLOCK_EVERY) await pause()
  }
  const summary = progress()
  if (records % validateEvery !== 0) onProgress?.(summary)
  return summary
}

function isRowBlock(item: StreamItem): item is RowBlock {
  return typeof (item as Partial<RowBlock>).rows === 'number'
}

/** An array of records (an array whose first entry is not a number). */
function isRecordArray(item: StreamItem): item is readonly StreamRecord[] {
  return Array.isArray(item) && item.length > 0 && typeof item[0] !== 'number'
}

function checkBlock(block: RowBlock, inputs: number, targets: number, where: string): void {
  const { x, y, rows } = block
  if (!Number.isInteger(rows) || rows < 0 || lengthOf(x) !== rows * inputs || lengthOf(y) !== rows * targets) {
    throw new NkkanError('E_SHAPE', `the block at ${where} has rows ${String(rows)}, x of ${String(lengthOf(x))} and y of ${String(lengthOf(y))} values; the model needs rows × ${inputs} and rows × ${targets}`)
  }
  checkFinite(x, inputs, `the block at ${where}: x`)
  checkFinite(y, targets, `the block at ${where}: y`)
}

/** A record's features and targets as offsets into arrays (no copies). */
function splitRecord(record: StreamRecord, inputs: number, targets: number, where: string): { x: ArrayLike<number>; xAt: number; y: number | ArrayLike<number>; yAt: number } {
  // Streams are untyped at run time: an item may be anything.
  if ((record as unknown) === null || typeof record !== 'object') throw new NkkanError('E_SHAPE', `${where} is ${(record as unknown) === null ? 'null' : typeof record}, not a record ({ x, y } or an array of numbers)`)
  if ('x' in record) {
    const { x, y } = record
    const yLength = typeof y === 'number' ? 1 : lengthOf(y)
    if (lengthOf(x) !== inputs || yLength !== targets) {
      throw new NkkanError('E_SHAPE', `${where} has ${String(lengthOf(x))} features and ${String(yLength)} targets; the model takes ${inputs} and ${targets}`)
    }
    checkFinite(x, inputs, `${where}: x`)
    if (typeof y !== 'number') checkFinite(y, targets, `${where}: y`)
    else if (!Number.isFinite(y)) throw new NkkanError('E_VALUE', `${where}: y is ${y}`)
    return { x, xAt: 0, y, yAt: 0 }
  }
  if (record.length !== inputs + targets) {
    throw new NkkanError('E_SHAPE', `${where} has ${String(record.length)} values; the model takes ${inputs} features then ${targets} target${targets === 1 ? '' : 's'}`)
  }
  checkFinite(record, inputs + targets, where)
  return { x: record, xAt: 0, y: record, yAt: inputs }
}
