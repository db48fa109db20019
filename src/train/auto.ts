/**
 * Settings chosen from the data when fit is given none (FitOptions.auto): a decaying learning
 * rate, epochs from the number of rows, grid refinement, a validation split with early stopping
 * and restore-best; on request (featurePoints, for a model created without layers) the first
 * layer's points per feature: 2 for a near-linear feature, 3 refined by the schedule for a
 * curved one. The rules were fitted by hand on three public tables (vega-datasets:
 * weather, hourly temperature, flights; bench/tables.bench.ts) and kept simple; every setting can
 * still be given explicitly beside `auto: true`.
 */
import type { Dataset } from '../data/data.js'
import { NkkanError } from '../errors.js'
import type { Metrics } from '../data/metrics.js'
import { type ModelState, cloneState } from '../model/model.js'
import type { EpochLog, FitOptions } from './options.js'
import { featurePoints } from './feature-points.js'
import { splitDataset } from '../data/scale.js'

/** Options that, when given, make fit use the fixed defaults (unless `auto: true` is given too). */
const SCHEDULE_OPTIONS = ['epochs', 'rounds', 'learningRate', 'batchSize', 'refine', 'pretrain', 'mode', 'stopAt', 'windowRows', 'earlyStopping', 'retrain', 'cluster'] as const

/** Records the automatic epoch count aims at (epochs = this / rows, within the bounds below). */
const AUTO_RECORDS = 2_000_000
const AUTO_EPOCHS = { min: 10, max: 300 }
/** α decays geometrically from START to FLOOR, reached at 80% of the epochs. */
const RATE = { start: 0.2, floor: 0.002, reachedAt: 0.8 }
/** Refinements (×2 each: 3 → 5 → 9 → 17 → 33 → 65 points) at 1/8, 2/8, … 5/8 of the epochs; early stopping ends noisy tables sooner. */
const REFINEMENTS = 5
/** Fraction of rows held out for early stopping when no validation data are given (at least this many rows). */
const HOLD_OUT = { fraction: 0.1, minRows: 20 }
/** Below this many rows one thread trains: merging copies of small batches costs accuracy. */
const PARALLEL_ROWS = 100_000

/** What a fit used, reported as KAN.lastFit (and printed by `nkkan train`). */
export interface FitSettings {
  /** True when the settings were chosen from the data. */
  readonly auto: boolean
  /** Epochs trained (or asked for), undefined when the fit was given in rounds. */
  readonly epochs: number | undefined
  /** Rounds trained (or asked for), undefined when the fit was given in epochs. */
  readonly rounds: number | undefined
  /** The learning rate: a number, or the automatic schedule's words. */
  readonly learningRate: string
  /** Epochs after which the grids were refined (empty: none). */
  readonly refineAtEpochs: readonly number[]
  /** The first layer's points per feature chosen from the data (before refinement); undefined when not chosen. */
  readonly points?: readonly number[]
  /** Worker threads used; undefined when training ran on the calling thread or on a cluster. */
  readonly threads: number | undefined
  /** Where validation came from: given, held out from the data (rows), or none. */
  readonly validation:
    | 'given'
    | 'none'
    | {
        /** Rows held out of the training data to validate on. */
        readonly heldOutRows: number
      }
  /** Early stopping patience in epochs, or undefined when off. */
  readonly patience: number | undefined
  /** Best validation round (by mean R², then RMSE), restored at the end when early stopping is on. */
  readonly bestRound?: number
  /** The epoch of bestRound. */
  readonly bestEpoch?: number
  /** True when the model was retrained on all rows for bestEpoch epochs after early stopping. */
  readonly retrained: boolean
}

/** Mean over targets of 1 - R², i.e. MSE / variance: one number to minimise whatever the targets' units. */
export function validationLoss(metrics: Partial<Metrics>): number | undefined {
  return metrics.r2 === undefined ? undefined : metrics.r2.reduce((sum, r2) => sum + (1 - r2), 0) / metrics.r2.length
}

/** Throws E_OPTION when featurePoints is asked for where it cannot choose: without auto, or with layers given. */
export function checkFeaturePoints(options: FitOptions, layersGiven: boolean, auto: boolean): void {
  if (options.featurePoints === undefined) return
  if (typeof options.featurePoints !== 'boolean') throw new NkkanError('E_OPTION', `featurePoints must be true or false, got ${String(options.featurePoints)}`)
  if (!options.featurePoints) return
  if (!auto) throw new NkkanError('E_OPTION', 'featurePoints applies to auto fits: give auto: true, or no schedule options')
  if (layersGiven) throw new NkkanError('E_OPTION', 'featurePoints chooses the points of the default layers: create the model without layers')
}

export function wantsAuto(options: FitOptions): boolean {
  if (options.auto !== undefined) {
    if (typeof options.auto !== 'boolean') throw new NkkanError('E_OPTION', `auto must be true or false, got ${String(options.auto)}`)
    if (options.auto && options.cluster !== undefined) throw new NkkanError('E_OPTION', 'auto does not apply to training on a cluster (the workers do not refine grids): give the schedule')
    return options.auto
  }
  return SCHEDULE_OPTIONS.every((key) => options[key] === undefined)
}

/** The automatic epoch count for this many training rows. */
export function autoEpochs(rows: number): number {
  return Math.min(AUTO_EPOCHS.max, Math.max(AUTO_EPOCHS.min, Math.round(AUTO_RECORDS / rows)))
}

export interface AutoPlan {
  /** The rows to train on (the data less the held-out rows). */
  readonly train: Dataset
  /** Explicit options equivalent to the choices (the user's own options win). */
  readonly options: FitOptions
  /** The first layer's points per feature, when chosen: the model starts with them. */
  readonly points: readonly number[] | undefined
  readonly settings: FitSettings
}

/**
 * The options `auto` chooses for `data`; anything the user set in `options` is kept. untrained:
 * the model has not been trained (then options.featurePoints chooses its first layer's points
 * per feature, unless a refinement schedule is given).
 */
export function autoPlan(data: Dataset, options: FitOptions, seed: number, untrained = false): AutoPlan {
  let train = data
  let validation: FitSettings['validation'] = options.validation === undefined ? 'none' : 'given'
  let held: Dataset | undefined = options.validation
  const holdOut = Math.round(data.rows * HOLD_OUT.fraction)
  if (held === undefined && holdOut >= HOLD_OUT.minRows) {
    const split = splitDataset(data, { valid: HOLD_OUT.fraction, seed })
    train = split.train
    held = split.valid
    validation = { heldOutRows: split.valid.rows }
  }
  const epochs = options.epochs ?? (options.rounds === undefined ? autoEpochs(train.rows) : undefined)
  const span = epochs ?? AUTO_EPOCHS.min
  const decay = (RATE.floor / RATE.start) ** (1 / (RATE.reachedAt * span))
  const learningRate = options.learningRate ?? (({ epoch }: { epoch: number }) => Math.max(RATE.floor, RATE.start * decay ** epoch))
  const points = options.featurePoints === true && untrained && options.refine === undefined ? featurePoints(train) : undefined
  const atEpochs = Array.from({ length: REFINEMENTS }, (_, i) => Math.max(1, Math.round(((i + 1) * span) / 8)))
  // Near-linear features keep their straight line: only the curved ones are refined.
  const curved = points?.flatMap((count, j) => (count > 2 ? [j] : []))
  const refine = options.refine ?? { atEpochs, ...(curved === undefined ? {} : { inputs: curved }) }
  const threads = options.threads ?? (train.rows < PARALLEL_ROWS ? 1 : undefined)
  const earlyStopping = options.earlyStopping ?? (held === undefined ? false : { patience: Math.max(5, Math.ceil(span / 4)) })
  const chosen: FitOptions = {
    ...options,
    ...(epochs === undefined ? {} : { epochs }),
    learningRate, refine, earlyStopping,
    ...(threads === undefined ? {} : { threads }),
    ...(held === undefined ? {} : { validation: held }),
  }
  const settings: FitSettings = {
    auto: true, epochs, rounds: options.rounds,
    learningRate: typeof options.learningRate === 'number' ? String(options.learningRate) : options.learningRate !== undefined ? 'schedule (given)' : `${RATE.start}·${decay.toFixed(4)}^epoch, at least ${RATE.floor}`,
    refineAtEpochs: refine.atEpochs, ...(points === undefined ? {} : { points }), threads, validation,
    patience: earlyStopping === false ? undefined : earlyStopping.patience,
    retrained: false,
  }
  return { train, options: chosen, points, settings }
}

/** The settings of a fit with the fixed defaults, for KAN.lastFit. */
export function explicitSettings(options: FitOptions): FitSettings {
  const rate = options.learningRate ?? 0.1
  const earlyStopping = options.earlyStopping ?? false
  return {
    auto: false,
    epochs: options.rounds === undefined ? options.epochs ?? 10 : undefined,
    rounds: options.rounds,
    learningRate: typeof rate === 'number' ? String(rate) : 'schedule (given)',
    refineAtEpochs: options.refine?.atEpochs ?? [],
    threads: options.threads,
    validation: options.validation === undefined ? 'none' : 'given',
    patience: earlyStopping === false ? undefined : earlyStopping.patience,
    retrained: false,
  }
}

/** Keeps a copy of the model at its best validation round; says when patience has run out. */
export class BestKeeper {
  best: { state: ModelState; log: EpochLog; loss: number } | undefined
  private readonly patience: number
  private readonly quietUntil: number

  /** quietUntil: the epoch before which patience does not run (the last grid refinement: error jumps after one). */
  constructor(patience: number, quietUntil = 0) {
    this.quietUntil = quietUntil
    if (typeof patience !== 'number' || !(patience > 0) || !Number.isFinite(patience)) {
      throw new NkkanError('E_OPTION', `earlyStopping.patience must be a number of epochs > 0, got ${String(patience)}`)
    }
    this.patience = patience
  }

  /** Called after every round with the model as it now is. */
  observe(log: EpochLog, state: ModelState): void {
    const loss = validationLoss(log)
    if (loss === undefined || !Number.isFinite(loss)) return
    if (this.best === undefined || loss < this.best.loss) this.best = { state: cloneState(state), log, loss }
  }

  /** True once `patience` epochs have passed without a better validation round. */
  exhausted(log: EpochLog): boolean {
    return this.best !== undefined && log.epoch - Math.max(this.best.log.epoch, this.quietUntil) >= this.patience
  }
}
