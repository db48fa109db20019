/** The KAN class: create, fit, predict, evaluate, serialise. Orchestration only. */
import { type Dataset, checkDataset, checkFinite } from './data/data.js'
import { Engine } from './kernels/engine.js'
import { NkkanError } from './errors.js'
import { checkModelSize, planMemory } from './kernels/layout.js'
import { type Metrics, computeMetrics } from './data/metrics.js'
import { type Form, type LayerSpec, type ModelShape, type ModelState, type Precision, checkShape, cloneState, initialState, targetCount, uniformPoints } from './model/model.js'
import { type EpochLog, type FitOptions, type PretrainOptions, type ResolvedFitOptions, resolveFitOptions } from './train/options.js'
import { averageStates } from './model/average.js'
import type { Backend } from './train/backend.js'
import { PrivateBackend, SharedBackend } from './train/parallel.js'
import { WorkerPool } from './threads/pool.js'
import { type ModelJSON, fingerprint, stateFromJSON, stateToJSON } from './model/serialize.js'
import { decodeModel, encodeModel } from './model/model-binary.js'
import type { ModelColumns } from './plot.js'
import { type TensorLike, isTensorLike, tensorValues } from './data/scale.js'
import { checkPretrain, pretrain } from './train/pretrain.js'
import { type RefineOptions, checkRefine, refineState } from './model/refine.js'
import { SerialBackend, checkSerial } from './train/serial.js'
import { ResidentLearner } from './online/resident.js'
import { type LearnFromOptions, type StreamProgress, type StreamSource, learnStream } from './online/prequential.js'
import { checkStreamable } from './train/window.js'
import { FitStop } from './train/fit-stop.js'
import { checkFitMemory } from './train/fit-memory.js'
import { lengthOf } from './untrusted.js'
import { describe, optionsObject } from './arguments.js'
import { checkRepresentable } from './model/ranges.js'
import { SequentialBackend, checkAbort, reachedTarget, runRounds } from './train/train.js'
import { canShareMemory, defaultThreadCount } from './threads/worker-host.js'
import { BestKeeper, type FitSettings, autoPlan, checkFeaturePoints, explicitSettings, wantsAuto } from './train/auto.js'

/** The shape and seed of a new model ({@link KAN.create}). */
export interface KANOptions {
  /** Number of features of a record. */
  inputs: number
  /**
   * Layers from first to last; the last layer's units is the number of targets. Default: the
   * papers' two layers, min(4n + 1, max(2n + 1, 33)) units of 3 points for n inputs, then
   * `targets` units of 12 points (an auto fit with `featurePoints` then chooses the first
   * layer's points per feature).
   */
  layers?: readonly LayerSpec[]
  /** Targets of the default layers (ignored when `layers` is given). Default 1. */
  targets?: number
  /** Seed of the initialisation. Default 1. */
  seed?: number
  /** Default 'mean'. */
  form?: Form
  /** Default 'f64'. */
  precision?: Precision
}

/** Workers of a model that has not trained for this long end (started again by the next fit). */
export const POOL_IDLE_MS = 5000

/** Rows predicted per kernel pass; bounds the memory prediction needs. */
const PREDICT_BLOCK_ROWS = 16384

/** Options of {@link KAN.toBinary}. */
export interface BinaryOptions {
  /** Column names and encoding to store beside the model, as the command line does (`fromBinary` ignores them). */
  columns?: ModelColumns
}

/** Options of {@link KAN.learn}. */
export interface LearnOptions {
  /** α of the Newton-Kaczmarz step (ALGORITHM §2). Default 0.1, as fit. */
  learningRate?: number
}

/**
 * A piecewise-linear Kolmogorov-Arnold network trained with Newton-Kaczmarz.
 * @example
 * const { train, valid } = datasets.det({ size: 4, train: 100_000, valid: 20_000, seed: 1 })
 * const model = KAN.create({ inputs: 16, layers: [{ units: 70, points: 3 }, { units: 1, points: 30 }] })
 * await model.fit(train, { epochs: 20, learningRate: 0.1, validation: valid, stopAt: { pearson: 0.97 } })
 * model.evaluate(valid).pearson // [0.97…]
 */
export class KAN {
  private currentShape: ModelShape
  /** Seed of the initial parameters (KANOptions.seed). */
  readonly seed: number
  private state: ModelState | undefined
  private predictEngine: Engine | undefined
  /**
   * The online learner (learn, predictOne, learnFrom): the model resident in wasm memory between
   * calls. When `residentAhead`, it holds updates `state` has not seen yet; they are copied into
   * `state` (synced) by toJSON, fit and KAN.average, and at the end of learnFrom.
   */
  private resident: ResidentLearner | undefined
  private residentAhead = false
  private pool: WorkerPool | undefined
  /** While a fit runs: the model it trains (predict, evaluate and toJSON read it). */
  private training: ModelState | undefined
  /** Resolves when the running fit has settled (never rejects); undefined when none runs. */
  private running: Promise<void> | undefined
  /** True while learnFrom runs. */
  private streaming = false
  /** What the last fit used: chosen from the data (auto) or given; best round when early stopping was on. */
  lastFit: FitSettings | undefined
  /** Created without layers: an auto fit with featurePoints of the untrained model chooses the first layer's points per feature. */
  private readonly layersFromData: boolean
  /** Fingerprint of the initial parameters (see ModelJSON.origin); set by the first fit. */
  private origin: string | undefined
  /** The running fit's origin when it initialised the model (toJSON during the fit reports it). */
  private trainingOrigin: string | undefined
  private disposed = false
  private idleTimer: ReturnType<typeof setTimeout> | undefined
  /** Fired by dispose: stops a running fit. */
  private readonly disposal = new AbortController()

  private constructor(shape: ModelShape, seed: number, state: ModelState | undefined, origin?: string, layersFromData = false) {
    this.layersFromData = layersFromData
    this.currentShape = shape
    this.seed = seed
    this.state = state
    this.origin = origin
  }

  /** A new, untrained model; its parameters are initialised from the data of the first fit. */
  static create(options: KANOptions): KAN {
    if ((options as unknown) === undefined) throw new NkkanError('E_OPTION', 'KAN.create needs { inputs, layers: [{ units, points }, …] }')
    const given = optionsObject(options, 'KAN.create options', ['inputs', 'layers', 'targets', 'seed', 'form', 'precision']) as Partial<KANOptions>
    if (given.layers !== undefined && !Array.isArray(given.layers)) throw new NkkanError('E_OPTION', `layers must be a non-empty array of { units, points }, got ${describe(given.layers)}`)
    const shape: ModelShape = {
      inputs: given.inputs!,
      layers: (given.layers ?? defaultLayersFor(given.inputs, given.targets)).map((layer: unknown, l) => {
        const { units, points } = optionsObject(layer ?? null, `layers[${l}]`, ['units', 'points'])
        // A copy: the caller's array may change after create.
        return { units, points: Array.isArray(points) ? [...(points as unknown[])] : points } as LayerSpec
      }),
      form: given.form ?? 'mean',
      precision: given.precision ?? 'f64',
    }
    checkShape(shape)
    checkModelSize(shape)
    const seed = given.seed ?? 1
    if (!Number.isInteger(seed)) throw new NkkanError('E_OPTION', `seed must be an integer, got ${String(seed)}`)
    return new KAN(shape, seed, undefined, undefined, given.layers === undefined)
  }

  /**
   * The mean of models of one shape, parameter by parameter (node values and grids), as the
   * merge of disjoint-batch training does (ALGORITHM §3): for models trained anywhere.
   */
  static average(models: readonly KAN[]): KAN {
    const given: unknown = models
    if (!Array.isArray(given)) throw new NkkanError('E_OPTION', `KAN.average takes an array of models, got ${describe(models)}`)
    models.forEach((model, index) => {
      if (!(model instanceof KAN)) throw new NkkanError('E_OPTION', `models[${index}] is ${describe(model)}, not a KAN`)
    })
    const first = models[0]
    if (first === undefined) throw new NkkanError('E_OPTION', 'KAN.average needs at least one model')
    const states = models.map((model, index) => {
      if (model.disposed) throw new NkkanError('E_STATE', `models[${index}] has been disposed`)
      const state = model.syncedState()
      if (state === undefined) throw new NkkanError('E_STATE', `models[${index}] has not been trained`)
      return state
    })
    // The mean keeps the origin only when every model shares it.
    const origin = models.every((model) => model.origin !== undefined && model.origin === first.origin) ? first.origin : undefined
    return new KAN(first.shape, first.seed, averageStates(states), origin)
  }

  /** Loads a model saved with toJSON (object or string); predictions are bit-identical. */
  static fromJSON(json: ModelJSON | string): KAN {
    const { shape, seed, state, origin } = stateFromJSON(json)
    return new KAN(shape, seed, state, origin)
  }

  /**
   * Loads a model saved with toBinary (a Uint8Array, such as a `.nkb` file's bytes, or an
   * ArrayBuffer); predictions are bit-identical. Checked as fromJSON checks a model, then its
   * CRC-32: E_FORMAT naming the field.
   */
  static fromBinary(bytes: Uint8Array | ArrayBuffer): KAN {
    const { shape, seed, state, origin } = decodeModel(bytes)
    return new KAN(shape, seed, state, origin)
  }

  /** Inputs, layers (units, points), form and precision; grid refinement changes the points. */
  get shape(): ModelShape {
    return this.currentShape
  }

  /** Features of a record. */
  get inputs(): number {
    return this.shape.inputs
  }

  /** Targets of a record: the last layer's units. */
  get targets(): number {
    return targetCount(this.shape)
  }

  /** True once the model has parameters (after a fit, or loaded from a trained model). */
  get trained(): boolean {
    return this.current !== undefined
  }

  /** The model as predict sees it: the running fit's last completed round, else the last fit's. */
  private get current(): ModelState | undefined {
    return this.training ?? this.state
  }

  /**
   * Trains on `data` round by round (see FitOptions); resolves with one log per round. On the
   * first call the parameters are initialised from `data` (ALGORITHM §1). Called with no
   * schedule options, it chooses them from the data (`auto`); `lastFit` says what it chose. The
   * fit trains a copy of the model: a fit that rejects leaves the model as it was before the
   * call, except an aborted one, which keeps the last round that completed (with early
   * stopping: the best round so far). One fit at a time: a second call while one runs rejects
   * with E_STATE at once.
   */
  async fit(data: Dataset, options: FitOptions = {}): Promise<EpochLog[]> {
    this.checkUsable()
    if (this.running !== undefined) throw new NkkanError('E_STATE', 'the model is already training: wait for the running fit to settle')
    this.checkIdle()
    return this.runFit(data, options)
  }

  /**
   * Claims the model synchronously, before its first await: a second fit called meanwhile sees
   * the claim. Then trains (auto: on the rows left after the held-out ones, with early stopping
   * and, if asked, a retrain on all rows) and commits the model the fit ends with.
   */
  private async runFit(data: Dataset, options: FitOptions): Promise<EpochLog[]> {
    let settle!: () => void
    this.running = new Promise((resolve) => (settle = resolve))
    let stop: FitStop | undefined
    // What an abort commits: the last completed round, or the best one so far with early stopping.
    let kept: { state: ModelState; origin: string | undefined } | undefined
    try {
      checkDataset(data, 'data', { features: this.inputs, targets: this.targets })
      checkRepresentable(data, 'data', this.shape)
      const threads = await defaultThreadCount()
      // The options as given are checked first (types, names, ranges: they may be anything a caller passed), then completed.
      resolveFitOptions(options, data, threads)
      const auto = wantsAuto(options)
      checkFeaturePoints(options, !this.layersFromData, auto)
      const plan = auto ? autoPlan(data, options, this.seed, !this.trained) : undefined
      // An untrained model whose points auto chose starts with them.
      const shape = plan?.points === undefined ? this.shape : { ...this.shape, layers: this.shape.layers.map((layer, l) => (l === 0 ? { ...layer, points: uniformPoints(plan.points!) ?? plan.points! } : layer)) }
      const chosen = plan?.options ?? options
      const rows = plan?.train ?? data
      const given = resolveFitOptions(chosen, rows, threads)
      // The signal is used only once the options are checked: it may be anything a caller passed.
      stop = new FitStop(this.disposal.signal, given.signal)
      const resolved = { ...given, signal: stop.signal }
      if (resolved.validation !== undefined) checkRepresentable(resolved.validation, 'validation', this.shape, { grids: false })
      const earlyStopping = chosen.earlyStopping ?? false
      if (earlyStopping !== false && resolved.validation === undefined) throw new NkkanError('E_OPTION', 'earlyStopping needs validation data (or auto with 200 rows or more)')
      const keeper = earlyStopping === false ? undefined : new BestKeeper(earlyStopping.patience, Math.max(0, ...(resolved.refine?.atEpochs ?? [])))
      const heldOut = plan !== undefined && typeof plan.settings.validation === 'object'
      if (chosen.retrain === true && (!heldOut || keeper === undefined)) {
        throw new NkkanError('E_OPTION', 'retrain needs rows held out for early stopping: use it with auto and without validation data')
      }
      stop.check()
      const checked = this.checkTraining(shape, rows, resolved)
      // fit trains from what online learning learned; the online learner starts afresh from fit's model.
      const start = this.syncedState()
      this.resident = undefined
      // The keeper watches the working model after every round; the best round's copy is what the fit commits.
      const watched: ResolvedFitOptions = keeper === undefined ? resolved : { ...resolved, stopWhen: (log) => keeper.exhausted(log) }
      const trained = await this.trainRounds(shape, start, rows, watched, checked, (log, state, origin) => {
        if (keeper !== undefined && log !== undefined) keeper.observe(log, state)
        const best = keeper?.best
        kept = best === undefined ? { state, origin } : { state: best.state, origin }
      })
      let settings = plan?.settings ?? explicitSettings(options)
      let result = { state: trained.state, origin: trained.origin }
      const best = keeper?.best
      if (best !== undefined) {
        result = { state: best.state, origin: trained.origin }
        settings = { ...settings, bestRound: best.log.round, bestEpoch: best.log.epoch }
        if (chosen.retrain === true) {
          // Predict sees the best model until the retrain's first round completes.
          this.training = best.state
          this.predictEngine = undefined
          const epochs = Math.max(1, Math.round(best.log.epoch))
          const again = { ...resolveFitOptions({ ...chosen, epochs, rounds: undefined, validation: undefined, stopAt: undefined, earlyStopping: false }, data, threads), signal: stop.signal }
          stop.check()
          const retrained = await this.trainRounds(shape, start, data, again, this.checkTraining(shape, data, again), (_log, state, origin) => (kept = { state, origin }))
          result = { state: retrained.state, origin: retrained.origin }
          settings = { ...settings, retrained: true }
        }
      }
      this.commit(result.state, result.origin)
      this.lastFit = settings
      return trained.history
    } catch (error) {
      if (this.disposed) throw new NkkanError('E_STATE', 'the model was disposed during fit', { cause: error })
      // An abort keeps what the completed rounds learned; any other failure changes nothing.
      if (error instanceof NkkanError && error.code === 'E_ABORT' && kept !== undefined) this.commit(kept.state, kept.origin)
      throw error
    } finally {
      stop?.release()
      this.training = undefined
      this.trainingOrigin = undefined
      this.predictEngine = undefined
      if (this.pool?.broken === true || this.disposed) {
        await this.pool?.terminate()
        this.pool = undefined
      }
      this.pool?.keepAlive(false)
      this.releaseWhenIdle()
      this.running = undefined
      settle()
    }
  }

  /** The checks of a training run on `data` that need no training; returns the pretraining options and the memory kind. */
  private checkTraining(shape: ModelShape, data: Dataset, resolved: ResolvedFitOptions): { pretrain: Required<PretrainOptions> | undefined; shared: boolean } {
    const pretrainOptions = resolved.pretrain === undefined ? undefined : checkPretrain(shape, resolved.pretrain)
    if (resolved.refine !== undefined) checkRefine(resolved.refine, shape.layers, shape.inputs)
    const shared = canShareMemory()
    if (resolved.mode === 'concurrent-serial') checkSerial(shape, resolved.threads, shared)
    checkStreamable(data, resolved.windowRows, { pretrain: resolved.pretrain !== undefined, serial: resolved.mode === 'concurrent-serial', privateMemory: resolved.threads > 1 && !shared })
    checkFitMemory(this.shape, data, resolved, shared)
    return { pretrain: pretrainOptions, shared }
  }

  /**
   * Rounds on `data` as `resolved` says, on a working copy of `start` (initialised as `shape`
   * from `data` when undefined; `origin` is then its fingerprint). `progressed` hears of every change of the
   * working model (after pretraining: no log); predict sees it as `training`.
   */
  private async trainRounds(
    shape: ModelShape,
    start: ModelState | undefined,
    data: Dataset,
    resolved: ResolvedFitOptions,
    checked: { pretrain: Required<PretrainOptions> | undefined; shared: boolean },
    progressed: (log: EpochLog | undefined, state: ModelState, origin: string | undefined) => void,
  ): Promise<{ history: EpochLog[]; state: ModelState; origin: string | undefined }> {
    const { shared } = checked
    let working = start === undefined ? initialState(shape, data, this.seed) : cloneState(start)
    const origin = start === undefined ? fingerprint(working) : undefined
    const show = (log: EpochLog | undefined): void => {
      // The working model changed in place: predict must not use an engine holding the old one.
      this.training = working
      this.trainingOrigin = origin
      this.predictEngine = undefined
      progressed(log, working, origin)
    }
    let shown = false
    const onRound = resolved.onRound
    const rounds: ResolvedFitOptions = {
      ...resolved,
      onRound: (log) => {
        shown = true
        show(log)
        onRound?.(log)
      },
    }
    let backend: Backend | undefined
    try {
      const pool = resolved.threads === 1 || resolved.cluster !== undefined ? undefined : await this.workerPool(resolved.threads)
      checkAbort(resolved.signal)
      pool?.keepAlive(true)
      let pretrainSeconds = 0
      if (checked.pretrain !== undefined) {
        const started = performance.now()
        // Groups train on copies: the model itself changes only once every group is done.
        const state = cloneState(working)
        await pretrain(state, data, checked.pretrain, resolved.learningRate({ round: 0, epoch: 0 }), pool, shared, resolved.signal)
        working = state
        shown = true
        show(undefined)
        pretrainSeconds = (performance.now() - started) / 1000
        const { validation } = resolved
        const metrics = validation === undefined ? {} : computeMetrics(this.predictWith(state, validation.x), validation.y, validation.rows, validation.targets)
        this.predictEngine = undefined
        resolved.onPretrain?.({ ...checked.pretrain, seconds: pretrainSeconds, ...metrics })
      }
      const history: EpochLog[] = []
      for (const [firstRound, lastRound] of roundSegments(resolved.rounds, resolved.recordsPerRound, resolved.epochRecords, resolved.refine)) {
        if (firstRound > 1) {
          // Grid refinement between segments: a new shape, so new memory for the next rounds.
          working = refineState(working, resolved.refine!)
          if (shown) this.training = working
          this.predictEngine = undefined
        }
        backend = await openBackend(working, data, rounds, pool, shared)
        // A cluster run restarted after a coordinator failed goes on from its last merged round.
        const resumed = backend.resumedRounds ?? 0
        if (resumed > 0) {
          backend.read(working)
          shown = true
          show(undefined)
        }
        const last = history.at(-1)
        const plan = {
          batchSize: resolved.batchSize, firstRound: firstRound + resumed, lastRound, pretrainSeconds, seconds: last?.seconds ?? pretrainSeconds,
          records: (last?.records ?? 0) + resumed * resolved.recordsPerRound,
          // Several rounds at once only when no one looks at the model or the logs between rounds.
          roundsAtOnce: resolved.onRound === undefined && resolved.onEpoch === undefined && resolved.stopWhen === undefined,
        }
        history.push(...(await runRounds(backend, working, data, rounds, plan)))
        await backend.finished?.()
        await backend.close()
        backend = undefined
        if (reachedTarget(history.at(-1), resolved)) break
      }
      return { history, state: working, origin }
    } finally {
      await backend?.close().catch(() => undefined)
    }
  }

  /**
   * Initialises the parameters of an untrained model as a first fit on `sample` would (grids
   * from its features' ranges, node values drawn in its targets' range; ALGORITHM §1), without
   * training: what online learning (learn, learnFrom) needs to start from. The sample only needs
   * to span the expected ranges; records outside them widen the grids while learning.
   */
  init(sample: Dataset): void {
    this.checkUsable()
    this.checkIdle()
    if (this.state !== undefined) throw new NkkanError('E_STATE', 'the model already has parameters; init is for an untrained model')
    checkDataset(sample, 'sample', { features: this.inputs, targets: this.targets })
    this.state = initialState(this.shape, sample, this.seed)
    this.origin = fingerprint(this.state)
  }

  /**
   * Online learning: one Newton-Kaczmarz step per record (ALGORITHM §2), on the model kept
   * resident in wasm memory between calls. `x` is one record's features or a block of rows
   * (rows × inputs, row-major), `y` its targets (rows × targets; a number for one record of one
   * target). Learning records one call at a time equals one epoch of `fit` with `threads: 1`
   * over them, bit for bit; grids widen to features outside their range as in training. The
   * model must have parameters: fit, init or fromJSON first. If the model's predictions become
   * non-finite, learn throws E_VALUE and the model returns to its state at the last sync (the
   * last fit, learnFrom or toJSON).
   */
  learn(x: ArrayLike<number>, y: number | ArrayLike<number>, options?: LearnOptions): void {
    this.checkUsable()
    this.checkIdle()
    const alpha = options?.learningRate ?? 0.1
    if (typeof alpha !== 'number' || !(alpha > 0) || !Number.isFinite(alpha)) throw new NkkanError('E_OPTION', `learningRate must be a finite number > 0, got ${String(alpha)}`)
    const { inputs, targets } = this
    const xLength = lengthOf(x)
    const rows = xLength === undefined ? NaN : xLength / inputs
    if (!Number.isInteger(rows) || rows < 1) throw new NkkanError('E_SHAPE', `x has ${String(xLength)} values; learn takes one or more rows of the model's ${inputs} inputs`)
    const yLength = typeof y === 'number' ? 1 : lengthOf(y)
    if (yLength !== rows * targets) throw new NkkanError('E_SHAPE', `y has ${String(yLength)} values; ${rows} row${rows === 1 ? '' : 's'} of ${targets} target${targets === 1 ? '' : 's'} need ${rows * targets}`)
    checkFinite(x, inputs, 'x')
    if (typeof y !== 'number') checkFinite(y, targets, 'y')
    else if (!Number.isFinite(y)) throw new NkkanError('E_VALUE', `y is ${y}`)
    const learner = this.residentLearner()
    learner.learn(x, 0, y, 0, rows, alpha)
    this.residentAhead = true
    for (let k = 0; k < targets; k++) {
      if (!Number.isFinite(learner.stepPrediction(k))) this.diverged(`learning diverged (the model predicted ${learner.stepPrediction(k)}); lower learningRate (now ${alpha})`)
    }
  }

  /**
   * The prediction for one record's features on the resident model (no copy of the model, no
   * allocation): a number for a one-target model, or written to `out` (targets long) and returned.
   */
  predictOne(x: ArrayLike<number>): number
  predictOne(x: ArrayLike<number>, out: Float64Array): Float64Array
  predictOne(x: ArrayLike<number>, out?: Float64Array): number | Float64Array {
    this.checkUsable()
    this.checkIdle()
    const { inputs, targets } = this
    if (lengthOf(x) !== inputs) throw new NkkanError('E_SHAPE', `x has ${String(lengthOf(x))} values; the model takes ${inputs} inputs`)
    checkFinite(x, inputs, 'x')
    if (out === undefined && targets !== 1) throw new NkkanError('E_SHAPE', `the model has ${targets} targets: pass predictOne an out array of ${targets} values`)
    if (out !== undefined && (!(out instanceof Float64Array) || out.length < targets)) throw new NkkanError('E_SHAPE', `out must be a Float64Array of at least ${targets} values`)
    const learner = this.residentLearner()
    learner.predictOne(x, 0)
    if (out === undefined) return learner.output(0)
    for (let k = 0; k < targets; k++) out[k] = learner.output(k)
    return out
  }

  /**
   * Learns from a stream with prequential (test-then-train) evaluation: each record is
   * predicted, scored, then learned (src/online/prequential.ts); running RMSE and Pearson over a
   * sliding window go to `onProgress`. `source` is an async iterable, an iterable or a
   * ReadableStream of records (`{ x, y }`, or features then targets in one array), blocks
   * `{ x, y, rows }` or arrays of records; items are pulled one at a time (back-pressure). The
   * model must have parameters (fit, init or fromJSON); resolves with the final scores.
   */
  async learnFrom(source: StreamSource, options: LearnFromOptions = {}): Promise<StreamProgress> {
    this.checkUsable()
    this.checkIdle()
    const learner = this.residentLearner()
    this.streaming = true
    this.residentAhead = true
    try {
      return await learnStream(learner, this.inputs, this.targets, source, options)
    } catch (error) {
      if (error instanceof NkkanError && error.code === 'E_VALUE' && !learner.isFinite()) this.diverged(error.message)
      throw error
    } finally {
      this.streaming = false
      if (this.resident !== undefined) this.syncedState()
    }
  }

  /**
   * Predictions for row-major features (`x.length` a multiple of `inputs`, Float64Array or
   * Float32Array), rows of numbers, or a tensor-like `{ shape: [rows, inputs], dataSync() }`;
   * returns rows × targets, row-major. Inputs outside the trained range use the end segments.
   */
  predict(x: Float64Array | Float32Array | readonly (readonly number[])[] | TensorLike): Float64Array {
    this.checkUsable()
    return this.predictWith(this.trainedState(), x)
  }

  private predictWith(state: ModelState, x: Float64Array | Float32Array | readonly (readonly number[])[] | TensorLike): Float64Array {
    if (!(x instanceof Float64Array || x instanceof Float32Array || Array.isArray(x) || isTensorLike(x))) {
      throw new NkkanError('E_SHAPE', `x must be a Float64Array, a Float32Array, rows of numbers or a tensor-like { shape, dataSync() }, got ${describe(x)}`)
    }
    const flat = x instanceof Float64Array || x instanceof Float32Array ? x : flattenRows(x, this.inputs)
    if (flat.length % this.inputs !== 0) {
      throw new NkkanError('E_SHAPE', `x has ${flat.length} values, not a multiple of the model's ${this.inputs} inputs`)
    }
    checkFinite(flat, this.inputs, 'x')
    const rows = flat.length / this.inputs
    const out = new Float64Array(rows * this.targets)
    if (rows === 0) return out
    if (this.resident !== undefined) {
      this.resident.predict(flat, 0, rows, out, 0)
      return out
    }
    const engine = this.enginePrediction(state, Math.min(rows, PREDICT_BLOCK_ROWS))
    for (let r = 0; r < rows; r += PREDICT_BLOCK_ROWS) {
      const block = Math.min(PREDICT_BLOCK_ROWS, rows - r)
      engine.writeEval(flat.subarray(r * this.inputs, (r + block) * this.inputs))
      out.set(engine.predictEval(0, block), r * this.targets)
    }
    const overflow = out.findIndex((value) => !Number.isFinite(value))
    if (overflow >= 0) {
      const row = Math.floor(overflow / this.targets)
      throw new NkkanError('E_VALUE', `the prediction for row ${row} of x overflows (${String(out[overflow])}): its inputs lie too far outside the trained range for the end segments' extrapolation`)
    }
    return out
  }

  /** Pearson, RMSE and relative RMSE per target of the predictions on `data`. */
  evaluate(data: Dataset): Metrics {
    checkDataset(data, 'data', { features: this.inputs, targets: this.targets })
    return computeMetrics(this.predict(data.x), data.y, data.rows, data.targets)
  }

  /** A versioned, JSON-serialisable copy of the model (exact: numbers round-trip). */
  toJSON(): ModelJSON {
    const { state, origin } = this.saved()
    return stateToJSON(state?.shape ?? this.shape, this.seed, state, origin)
  }

  /**
   * The model in nkkan's binary format (magic, version, shape, little-endian values, CRC-32;
   * src/model/model-binary.ts): what toJSON holds, exact, for models of any size (JSON text ends near
   * 27M parameters, the longest string JavaScript holds) at 8 bytes a value (4 in an f32 model
   * trained in f32). {@link KAN.fromBinary} loads it.
   */
  toBinary(options: BinaryOptions = {}): Uint8Array {
    const { columns } = optionsObject(options, 'toBinary options', ['columns']) as BinaryOptions
    if (columns !== undefined && (typeof columns !== 'object' || (columns as unknown) === null || Array.isArray(columns))) {
      throw new NkkanError('E_OPTION', `columns must be an object, got ${describe(columns)}`)
    }
    const { state, origin } = this.saved()
    return encodeModel(state?.shape ?? this.shape, this.seed, state, origin, columns)
  }

  /** What toJSON and toBinary save: the running fit's last completed round, else the model with every online update. */
  private saved(): { state: ModelState | undefined; origin: string | undefined } {
    const state = this.training ?? this.syncedState()
    return { state, origin: this.training === undefined ? this.origin : (this.trainingOrigin ?? this.origin) }
  }

  /** Ends the model's workers and releases its wasm memory; the model cannot be used afterwards. */
  /**
   * A running fit rejects with E_STATE (its pending work on the workers at once, training on the
   * calling thread at its next check, within milliseconds); resolves once it has settled.
   */
  async dispose(): Promise<void> {
    this.disposed = true
    this.disposal.abort()
    this.predictEngine = undefined
    this.resident = undefined
    this.state = undefined
    await this.pool?.terminate()
    await this.running
    const pool = this.pool
    this.pool = undefined
    await pool?.terminate()
  }

  /** {@link KAN.dispose}, for `await using model = KAN.create(…)`. */
  async [Symbol.asyncDispose](): Promise<void> {
    await this.dispose()
  }

  /**
   * Workers idle for POOL_IDLE_MS end (a model never disposed then holds no thread or worker
   * memory); the next fit starts new ones.
   */
  private releaseWhenIdle(): void {
    clearTimeout(this.idleTimer)
    if (this.pool === undefined) return
    const pool = this.pool
    this.idleTimer = setTimeout(() => {
      if (this.pool === pool && this.running === undefined) {
        this.pool = undefined
        void pool.terminate()
      }
    }, POOL_IDLE_MS)
    // The timer must not keep a Node process alive.
    ;(this.idleTimer as { unref?: () => void }).unref?.()
  }

  /** The pool of `threads` workers, started on first use and kept across fit calls. */
  private async workerPool(threads: number): Promise<WorkerPool> {
    clearTimeout(this.idleTimer)
    if (this.pool !== undefined && this.pool.size !== threads) {
      await this.pool.terminate()
      this.pool = undefined
    }
    this.pool ??= await WorkerPool.start(threads)
    return this.pool
  }

  private checkUsable(): void {
    if (this.disposed) throw new NkkanError('E_STATE', 'the model has been disposed')
  }

  /** Online learning and fit exclude each other: each changes the model the other would train. */
  private checkIdle(): void {
    if (this.running !== undefined) throw new NkkanError('E_STATE', 'the model is training (fit): wait for it to settle')
    if (this.streaming) throw new NkkanError('E_STATE', 'the model is learning from a stream (learnFrom): wait for it to finish')
  }

  private trainedState(): ModelState {
    const state = this.current
    if (state === undefined) throw new NkkanError('E_STATE', 'the model has not been trained: call fit first, or load a trained model')
    return state
  }

  /** The model a fit ends with becomes the model (origin: set when the fit initialised it). */
  private commit(state: ModelState, origin: string | undefined): void {
    this.state = state
    this.currentShape = state.shape
    if (origin !== undefined) this.origin = origin
  }

  /** The online learner, made from the model on first use. */
  private residentLearner(): ResidentLearner {
    if (this.resident === undefined) {
      this.resident = new ResidentLearner(this.trainedState())
      this.predictEngine = undefined
      this.residentAhead = false
    }
    return this.resident
  }

  /** The model's state with every update of the online learner in it. */
  private syncedState(): ModelState | undefined {
    if (this.residentAhead) {
      if (!this.resident!.isFinite()) this.diverged('online learning diverged (a parameter became NaN or infinite)')
      this.resident!.read(this.state!)
      this.residentAhead = false
    }
    return this.state
  }

  /** Drops the online learner's diverged model (the model returns to its last synced state) and throws. */
  private diverged(message: string): never {
    this.resident = undefined
    this.residentAhead = false
    throw new NkkanError('E_VALUE', `${message}; the model returns to its state at the last fit, learnFrom or toJSON`)
  }

  private enginePrediction(state: ModelState, rows: number): Engine {
    let engine = this.predictEngine
    if (engine === undefined || engine.plan.evalRows < rows) {
      engine = new Engine(planMemory({ shape: state.shape, threads: 1, evalRows: rows }))
      engine.writeModel(state, 0)
      this.predictEngine = engine
    }
    return engine
  }
}

/**
 * The papers' two-layer shape: addends of 3 points (refined by auto fits), then an outer function
 * of 12 points per target. 2n + 1 addends (Kolmogorov's count), but up to 4n + 1 and at most 33
 * for few features: on the hourly table (4 features) 17 addends gave RMSE 0.056 against 0.068.
 */
/** The default layers when inputs and targets are what they should be; else none, for checkShape to name the fault. */
function defaultLayersFor(inputs: unknown, targets: unknown = 1): LayerSpec[] {
  const counts = [inputs, targets]
  return counts.every((count) => typeof count === 'number' && Number.isInteger(count) && count >= 1) ? defaultLayers(inputs as number, targets as number) : []
}

export function defaultLayers(inputs: number, targets: number): LayerSpec[] {
  return [{ units: Math.min(4 * inputs + 1, Math.max(2 * inputs + 1, 33)), points: 3 }, { units: targets, points: 12 }]
}

/** Where the rounds run: this thread, the pool's workers (shared or private memory), or cluster workers. */
async function openBackend(state: ModelState, data: Dataset, options: ResolvedFitOptions, pool: WorkerPool | undefined, shared: boolean): Promise<Backend> {
  const { cluster } = options
  // Loaded only when asked for: Node-only code and optional packages.
  if (cluster !== undefined) return (await import('./cluster/backend.js')).ClusterBackend.open(state, data, { ...options, cluster })
  if (pool === undefined) return new SequentialBackend(state, data, options.validation, options.windowRows, options.copies)
  if (options.mode === 'concurrent-serial') return SerialBackend.open(pool, state, data, options.validation)
  return shared
    ? SharedBackend.open(pool, state, data, options.validation, options.copies, options.balance, options.windowRows)
    : PrivateBackend.open(pool, state, data, options.validation, options.copies)
}

/** [first, last] round ranges between the rounds after which the grids are refined. */
function roundSegments(rounds: number, recordsPerRound: number, epochRecords: number, refine: RefineOptions | undefined): [number, number][] {
  const cuts = [...new Set((refine?.atEpochs ?? []).map((epoch) => Math.ceil((epoch * epochRecords) / recordsPerRound)))]
    .filter((round) => round >= 1 && round < rounds)
    .sort((a, b) => a - b)
  return [...cuts, rounds].map((last, s) => [s === 0 ? 1 : cuts[s - 1]! + 1, last])
}

function flattenRows(rows: readonly (readonly number[])[] | TensorLike, inputs: number): Float64Array {
  if (isTensorLike(rows)) return tensorValues(rows, 'x', inputs).values
  const flat = new Float64Array(rows.length * inputs)
  rows.forEach((row, r) => {
    if (!Array.isArray(row)) throw new NkkanError('E_SHAPE', `x row ${r} is ${describe(row)}, not an array of numbers`)
    if (row.length !== inputs) throw new NkkanError('E_SHAPE', `row ${r} has ${row.length} values; the model takes ${inputs} inputs`)
    row.forEach((value, c) => {
      if (typeof value !== 'number') throw new NkkanError('E_VALUE', `x has ${describe(value)} at row ${r}, column ${c}; cells must be numbers`)
      flat[r * inputs + c] = value
    })
  })
  return flat
}
