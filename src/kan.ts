/** The KAN class: create, fit, predict, evaluate, serialise. Orchestration only. */
import { type Dataset, checkDataset, checkFinite } from './data.js'
import { Engine } from './engine.js'
import { NkkanError } from './errors.js'
import { planMemory } from './layout.js'
import { type Metrics, computeMetrics } from './metrics.js'
import { type Form, type LayerSpec, type ModelShape, type ModelState, type Precision, checkShape, cloneState, initialState, targetCount } from './model.js'
import { type EpochLog, type FitOptions, type ResolvedFitOptions, resolveFitOptions } from './options.js'
import { averageStates } from './average.js'
import type { Backend } from './backend.js'
import { PrivateBackend, SharedBackend, canShareMemory } from './parallel.js'
import { WorkerPool } from './pool.js'
import { type ModelJSON, fingerprint, stateFromJSON, stateToJSON } from './serialize.js'
import { type TensorLike, isTensorLike, tensorValues } from './scale.js'
import { checkPretrain, pretrain } from './pretrain.js'
import { type RefineOptions, checkRefine, refineState } from './refine.js'
import { SerialBackend, checkSerial } from './serial.js'
import { checkStreamable } from './window.js'
import { SequentialBackend, reachedTarget, runRounds } from './train.js'
import { defaultThreadCount } from './worker-host.js'
import { BestKeeper, type FitSettings, autoPlan, explicitSettings, wantsAuto } from './auto.js'

export interface KANOptions {
  /** Number of features of a record. */
  inputs: number
  /**
   * Layers from first to last; the last layer's units is the number of targets. Default: the
   * papers' two layers, min(4n + 1, max(2n + 1, 33)) units of 3 points for n inputs, then
   * `targets` units of 12 points.
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

/** Rows predicted per kernel pass; bounds the memory prediction needs. */
const PREDICT_BLOCK_ROWS = 16384

/**
 * A piecewise-linear Kolmogorov-Arnold network trained with Newton-Kaczmarz.
 * @example
 * const { train, valid } = datasets.det({ size: 4, train: 100_000, valid: 20_000, seed: 1 })
 * const model = KAN.create({ inputs: 16, layers: [{ units: 70, points: 3 }, { units: 1, points: 30 }] })
 * await model.fit(train, { epochs: 20, learningRate: 0.1, validation: valid, stopAt: { pearson: 0.97 } })
 * model.evaluate(valid).pearson // [0.97…]
 */
export class KAN {
  /** Inputs, layers (units, points), form and precision; grid refinement changes the points. */
  shape: ModelShape
  readonly seed: number
  private state: ModelState | undefined
  private predictEngine: Engine | undefined
  private pool: WorkerPool | undefined
  /** What the last fit used: chosen from the data (auto) or given; best round when early stopping was on. */
  lastFit: FitSettings | undefined
  private disposed = false
  private busy = false

  /** Fingerprint of the initial parameters (see ModelJSON.origin); set by the first fit. */
  private origin: string | undefined

  private constructor(shape: ModelShape, seed: number, state: ModelState | undefined, origin?: string) {
    this.shape = shape
    this.seed = seed
    this.state = state
    this.origin = origin
  }

  /** A new, untrained model; its parameters are initialised from the data of the first fit. */
  static create(options: KANOptions): KAN {
    const shape: ModelShape = {
      inputs: options.inputs,
      layers: (options.layers ?? defaultLayers(options.inputs, options.targets ?? 1)).map(({ units, points }) => ({ units, points })),
      form: options.form ?? 'mean',
      precision: options.precision ?? 'f64',
    }
    checkShape(shape)
    const seed = options.seed ?? 1
    if (!Number.isInteger(seed)) throw new NkkanError('E_OPTION', `seed must be an integer, got ${String(seed)}`)
    return new KAN(shape, seed, undefined)
  }

  /**
   * The mean of models of one shape, parameter by parameter (node values and grids), as the
   * merge of disjoint-batch training does (ALGORITHM §3): for models trained anywhere.
   */
  static average(models: readonly KAN[]): KAN {
    const first = models[0]
    if (first === undefined) throw new NkkanError('E_OPTION', 'KAN.average needs at least one model')
    const states = models.map((model, index) => {
      if (model.disposed) throw new NkkanError('E_STATE', `models[${index}] has been disposed`)
      if (model.state === undefined) throw new NkkanError('E_STATE', `models[${index}] has not been trained`)
      return model.state
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

  get inputs(): number {
    return this.shape.inputs
  }

  get targets(): number {
    return targetCount(this.shape)
  }

  /** True once the model has parameters (after a fit, or loaded from a trained model). */
  get trained(): boolean {
    return this.state !== undefined
  }

  /**
   * Trains on `data` round by round (see FitOptions); resolves with one log per round. On the
   * first call the parameters are initialised from `data` (ALGORITHM §1). Called with no
   * schedule options, it chooses them from the data (`auto`); `lastFit` says what it chose.
   */
  async fit(data: Dataset, options: FitOptions & { sharedMemory?: boolean } = {}): Promise<EpochLog[]> {
    this.checkUsable()
    checkDataset(data, 'data', { features: this.inputs, targets: this.targets })
    const plan = wantsAuto(options) ? autoPlan(data, options, this.seed) : undefined
    const chosen = plan?.options ?? options
    const rows = plan?.train ?? data
    const threads = await defaultThreadCount()
    const resolved = resolveFitOptions(chosen, rows, threads)
    const earlyStopping = chosen.earlyStopping ?? false
    if (earlyStopping !== false && resolved.validation === undefined) throw new NkkanError('E_OPTION', 'earlyStopping needs validation data (or auto with 200 rows or more)')
    const keeper = earlyStopping === false ? undefined : new BestKeeper(earlyStopping.patience, Math.max(0, ...(resolved.refine?.atEpochs ?? [])))
    const heldOut = plan !== undefined && typeof plan.settings.validation === 'object'
    if (chosen.retrain !== undefined && typeof chosen.retrain !== 'boolean') throw new NkkanError('E_OPTION', `retrain must be true or false, got ${String(chosen.retrain)}`)
    if (chosen.retrain === true && (!heldOut || keeper === undefined)) {
      throw new NkkanError('E_OPTION', 'retrain needs rows held out for early stopping: use it with auto and without validation data')
    }
    const before = { shape: this.shape, state: this.state === undefined ? undefined : cloneState(this.state) }
    const watched: ResolvedFitOptions = keeper === undefined ? resolved : {
      ...resolved,
      stopWhen: (log) => keeper.exhausted(log),
      onRound: (log) => {
        keeper.observe(log, this.state!)
        resolved.onRound?.(log)
      },
    }
    const history = await this.trainRounds(rows, watched, options.sharedMemory)
    let settings = plan?.settings ?? explicitSettings(options)
    const best = keeper?.best
    if (best !== undefined) {
      this.state = best.state
      this.shape = best.state.shape
      this.predictEngine = undefined
      settings = { ...settings, bestRound: best.log.round, bestEpoch: best.log.epoch }
      if (chosen.retrain === true) {
        this.shape = before.shape
        this.state = before.state
        const epochs = Math.max(1, Math.round(best.log.epoch))
        const again = resolveFitOptions({ ...chosen, epochs, rounds: undefined, validation: undefined, stopAt: undefined, earlyStopping: false }, data, threads)
        await this.trainRounds(data, again, options.sharedMemory)
        settings = { ...settings, retrained: true }
      }
    }
    this.lastFit = settings
    return history
  }

  /** Rounds on `data` as `resolved` says, from the current state (initialised from `data` on the first fit). */
  private async trainRounds(data: Dataset, resolved: ResolvedFitOptions, sharedMemory: boolean | undefined): Promise<EpochLog[]> {
    this.busy = true
    let backend: Backend | undefined
    try {
      if (resolved.pretrain !== undefined) checkPretrain(this.shape, resolved.pretrain)
      if (resolved.refine !== undefined) checkRefine(resolved.refine, this.shape.layers)
      const shared = sharedMemory ?? canShareMemory()
      if (resolved.mode === 'concurrent-serial') checkSerial(this.shape, resolved.threads, shared)
      checkStreamable(data, resolved.windowRows, { pretrain: resolved.pretrain !== undefined, serial: resolved.mode === 'concurrent-serial', privateMemory: resolved.threads > 1 && !shared })
      if (this.state === undefined) {
        this.state = initialState(this.shape, data, this.seed)
        this.origin = fingerprint(this.state)
      }
      this.predictEngine = undefined
      const pool = resolved.threads === 1 ? undefined : await this.workerPool(resolved.threads)
      pool?.keepAlive(true)
      let pretrainSeconds = 0
      if (resolved.pretrain !== undefined) {
        const started = performance.now()
        // Groups train on copies: the model itself changes only once every group is done.
        const state = cloneState(this.state)
        await pretrain(state, data, resolved.pretrain, resolved.learningRate({ round: 0, epoch: 0 }), pool, shared, resolved.signal)
        this.state = state
        pretrainSeconds = (performance.now() - started) / 1000
      }
      const history: EpochLog[] = []
      for (const [firstRound, lastRound] of roundSegments(resolved.rounds, resolved.recordsPerRound, resolved.epochRecords, resolved.refine)) {
        if (firstRound > 1) {
          // Grid refinement between segments: a new shape, so new memory for the next rounds.
          this.state = refineState(this.state, resolved.refine!)
          this.shape = this.state.shape
        }
        backend = await openBackend(this.state, data, resolved, pool, shared)
        const last = history.at(-1)
        const plan = { batchSize: resolved.batchSize, firstRound, lastRound, pretrainSeconds, seconds: last?.seconds ?? pretrainSeconds, records: last?.records ?? 0 }
        history.push(...(await runRounds(backend, this.state, data, resolved, plan)))
        await backend.close()
        backend = undefined
        if (reachedTarget(history.at(-1), resolved)) break
      }
      return history
    } finally {
      await backend?.close().catch(() => undefined)
      if (this.pool?.broken === true) {
        await this.pool.terminate()
        this.pool = undefined
      }
      this.pool?.keepAlive(false)
      this.busy = false
    }
  }

  /**
   * Predictions for row-major features (`x.length` a multiple of `inputs`; a Float32Array is
   * copied once), rows of numbers, or a tensor-like `{ shape: [rows, inputs], dataSync() }`;
   * returns rows × targets, row-major. Inputs outside the trained range use the end segments.
   */
  predict(x: Float64Array | Float32Array | readonly (readonly number[])[] | TensorLike): Float64Array {
    this.checkUsable()
    const state = this.trainedState()
    const flat = x instanceof Float64Array ? x : flattenRows(x, this.inputs)
    if (flat.length % this.inputs !== 0) {
      throw new NkkanError('E_SHAPE', `x has ${flat.length} values, not a multiple of the model's ${this.inputs} inputs`)
    }
    checkFinite(flat, this.inputs, 'x')
    const rows = flat.length / this.inputs
    const out = new Float64Array(rows * this.targets)
    if (rows === 0) return out
    const engine = this.enginePrediction(state, Math.min(rows, PREDICT_BLOCK_ROWS))
    for (let r = 0; r < rows; r += PREDICT_BLOCK_ROWS) {
      const block = Math.min(PREDICT_BLOCK_ROWS, rows - r)
      engine.writeEval(flat.subarray(r * this.inputs, (r + block) * this.inputs))
      out.set(engine.predictEval(0, block), r * this.targets)
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
    return stateToJSON(this.shape, this.seed, this.state, this.origin)
  }

  /** Ends the model's workers and releases its wasm memory; the model cannot be used afterwards. */
  async dispose(): Promise<void> {
    this.disposed = true
    this.predictEngine = undefined
    this.state = undefined
    const pool = this.pool
    this.pool = undefined
    await pool?.terminate()
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.dispose()
  }

  /** The pool of `threads` workers, started on first use and kept across fit calls. */
  private async workerPool(threads: number): Promise<WorkerPool> {
    if (this.pool !== undefined && this.pool.size !== threads) {
      await this.pool.terminate()
      this.pool = undefined
    }
    this.pool ??= await WorkerPool.start(threads)
    return this.pool
  }

  private checkUsable(): void {
    if (this.disposed) throw new NkkanError('E_STATE', 'the model has been disposed')
    if (this.busy) throw new NkkanError('E_STATE', 'the model is training; wait for fit to finish')
  }

  private trainedState(): ModelState {
    if (this.state === undefined) throw new NkkanError('E_STATE', 'the model has not been trained: call fit first, or load a trained model')
    return this.state
  }

  private enginePrediction(state: ModelState, rows: number): Engine {
    let engine = this.predictEngine
    if (engine === undefined || engine.plan.evalRows < rows) {
      engine = new Engine(planMemory({ shape: this.shape, threads: 1, evalRows: rows }))
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
export function defaultLayers(inputs: number, targets: number): LayerSpec[] {
  return [{ units: Math.min(4 * inputs + 1, Math.max(2 * inputs + 1, 33)), points: 3 }, { units: targets, points: 12 }]
}

/** Where the rounds run: this thread, or the pool's workers (shared or private memory). */
async function openBackend(state: ModelState, data: Dataset, options: ResolvedFitOptions, pool: WorkerPool | undefined, shared: boolean): Promise<Backend> {
  if (pool === undefined) return new SequentialBackend(state, data, options.validation, options.windowRows)
  if (options.mode === 'concurrent-serial') return SerialBackend.open(pool, state, data, options.validation)
  return shared ? SharedBackend.open(pool, state, data, options.validation, options.windowRows) : PrivateBackend.open(pool, state, data, options.validation)
}

/** [first, last] round ranges between the rounds after which the grids are refined. */
function roundSegments(rounds: number, recordsPerRound: number, epochRecords: number, refine: RefineOptions | undefined): [number, number][] {
  const cuts = [...new Set((refine?.atEpochs ?? []).map((epoch) => Math.ceil((epoch * epochRecords) / recordsPerRound)))]
    .filter((round) => round >= 1 && round < rounds)
    .sort((a, b) => a - b)
  return [...cuts, rounds].map((last, s) => [s === 0 ? 1 : cuts[s - 1]! + 1, last])
}

function flattenRows(rows: Float32Array | readonly (readonly number[])[] | TensorLike, inputs: number): Float64Array {
  if (rows instanceof Float32Array) return Float64Array.from(rows)
  if (isTensorLike(rows)) return tensorValues(rows, 'x', inputs).values
  const flat = new Float64Array(rows.length * inputs)
  rows.forEach((row, r) => {
    if (row.length !== inputs) throw new NkkanError('E_SHAPE', `row ${r} has ${row.length} values; the model takes ${inputs} inputs`)
    flat.set(row, r * inputs)
  })
  return flat
}
