/** Options of fit, their defaults and their validation. */
import { type Dataset, checkDataset } from './data.js'
import { NkkanError } from './errors.js'
import type { Metrics } from './metrics.js'

/** What fit reports after every epoch. */
export interface EpochLog extends Partial<Metrics> {
  /** 1-based epoch number. */
  readonly epoch: number
  /** Training records processed so far in this fit call. */
  readonly records: number
  /** Training seconds so far in this fit call (validation excluded). */
  readonly seconds: number
  /** Training records per second in this epoch. */
  readonly recordsPerSecond: number
}

export interface FitOptions {
  /** Passes over the training data. Default 10. */
  epochs?: number
  /** α of ALGORITHM §2: the residual is α·(y* - y). Default 0.1. */
  learningRate?: number
  /** Data evaluated after every epoch (metrics in the history, used by stopAt). */
  validation?: Dataset
  /** Stop once every target's validation Pearson reaches this value. Needs validation. */
  stopAt?: { pearson?: number }
  /** Called after every epoch. */
  onEpoch?: (log: EpochLog) => void
  /** Cancels training: fit rejects with E_ABORT and the model keeps its last complete epoch. */
  signal?: AbortSignal
}

export interface ResolvedFitOptions {
  readonly epochs: number
  readonly learningRate: number
  readonly validation: Dataset | undefined
  readonly stopAtPearson: number | undefined
  readonly onEpoch: ((log: EpochLog) => void) | undefined
  readonly signal: AbortSignal | undefined
}

export function resolveFitOptions(options: FitOptions, model: { features: number; targets: number }): ResolvedFitOptions {
  const epochs = options.epochs ?? 10
  if (!Number.isInteger(epochs) || epochs < 1) throw new NkkanError('E_OPTION', `epochs must be an integer ≥ 1, got ${String(epochs)}`)
  const learningRate = options.learningRate ?? 0.1
  if (typeof learningRate !== 'number' || !(learningRate > 0) || !Number.isFinite(learningRate)) {
    throw new NkkanError('E_OPTION', `learningRate must be a finite number > 0, got ${String(learningRate)}`)
  }
  if (options.validation !== undefined) checkDataset(options.validation, 'validation', model)
  const stopAtPearson = options.stopAt?.pearson
  if (stopAtPearson !== undefined) {
    if (typeof stopAtPearson !== 'number' || !(stopAtPearson > -1 && stopAtPearson <= 1)) {
      throw new NkkanError('E_OPTION', `stopAt.pearson must be a number in (-1, 1], got ${String(stopAtPearson)}`)
    }
    if (options.validation === undefined) throw new NkkanError('E_OPTION', 'stopAt.pearson needs a validation data set')
  }
  if (options.onEpoch !== undefined && typeof options.onEpoch !== 'function') throw new NkkanError('E_OPTION', 'onEpoch must be a function')
  return { epochs, learningRate, validation: options.validation, stopAtPearson, onEpoch: options.onEpoch, signal: options.signal }
}
