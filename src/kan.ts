/** The KAN class: create, fit, predict, evaluate, serialise. Orchestration only. */
import { type Dataset, checkDataset, checkFinite } from './data.js'
import { Engine } from './engine.js'
import { NkkanError } from './errors.js'
import { checkModelSize, planMemory } from './layout.js'
import { type Metrics, computeMetrics } from './metrics.js'
import { type Form, type LayerSpec, type ModelShape, type ModelState, type Precision, checkShape, cloneState, initialState, targetCount } from './model.js'
import { type EpochLog, type FitOptions, type ResolvedFitOptions, resolveFitOptions } from './options.js'
import { averageStates } from './average.js'
import type { Backend } from './backend.js'
import { PrivateBackend, SharedBackend, canShareMemory } from './parallel.js'
import { WorkerPool } from './pool.js'
import { type ModelJSON, stateFromJSON, stateToJSON } from './serialize.js'
import { type TensorLike, isTensorLike, tensorValues } from './scale.js'
import { checkPretrain, pretrain } from './pretrain.js'
import { type RefineOptions, checkRefine, refineState } from './refine.js'
import { SerialBackend, checkSerial } from './serial.js'
import { checkStreamable } from './window.js'
import { FitStop } from './fit-stop.js'
import { describe, optionsObject } from './arguments.js'
import { checkRepresentable } from './ranges.js'
import { SequentialBackend, reachedTarget, runRounds } from './train.js'
import { defaultThreadCount } from './worker-host.js'

export interface KANOptions {
  /** Number of features of a record. */
  inputs: number
  /** Layers from first to last; the last layer's units is the number of targets. */
  layers: readonly LayerSpec[]
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
  /** While a fit runs: the model it trains (predict, evaluate and toJSON read it). */
  private training: ModelState | undefined
  /** Resolves when the running fit has settled (never rejects); undefined when none runs. */
  private running: Promise<void> | undefined
  private disposed = false
  private idleTimer: ReturnType<typeof setTimeout> | undefined
  /** Fired by dispose: stops a running fit. */
  private readonly disposal = new AbortController()

  private constructor(shape: ModelShape, seed: number, state: ModelState | undefined) {
    this.shape = shape
    this.seed = seed
    this.state = state
  }

  /** A new, untrained model; its parameters are initialised from the data of the first fit. */
  static create(options: KANOptions): KAN {
    if (options === undefined) throw new NkkanError('E_OPTION', 'KAN.create needs { inputs, layers: [{ units, points }, …] }')
    const given = optionsObject(options, 'KAN.create options', ['inputs', 'layers', 'seed', 'form', 'precision']) as Partial<KANOptions>
    if (!Array.isArray(given.layers)) throw new NkkanError('E_OPTION', `layers must be a non-empty array of { units, points }, got ${describe(given.layers)}`)
    const shape: ModelShape = {
      inputs: given.inputs!,
      layers: given.layers.map((layer: unknown, l) => {
        const { units, points } = optionsObject(layer ?? null, `layers[${l}]`, ['units', 'points'])
        return { units, points } as LayerSpec
      }),
      form: given.form ?? 'mean',
      precision: given.precision ?? 'f64',
    }
    checkShape(shape)
    checkModelSize(shape)
    const seed = given.seed ?? 1
    if (!Number.isInteger(seed)) throw new NkkanError('E_OPTION', `seed must be an integer, got ${String(seed)}`)
    return new KAN(shape, seed, undefined)
  }

  /**
   * The mean of models of one shape, parameter by parameter (node values and grids), as the
   * merge of disjoint-batch training does (ALGORITHM §3): for models trained anywhere.
   */
  static average(models: readonly KAN[]): KAN {
    if (!Array.isArray(models)) throw new NkkanError('E_OPTION', `KAN.average takes an array of models, got ${describe(models)}`)
    models.forEach((model, index) => {
      if (!(model instanceof KAN)) throw new NkkanError('E_OPTION', `models[${index}] is ${describe(model)}, not a KAN`)
    })
    const first = models[0]
    if (first === undefined) throw new NkkanError('E_OPTION', 'KAN.average needs at least one model')
    const states = models.map((model, index) => {
      if (model.disposed) throw new NkkanError('E_STATE', `models[${index}] has been disposed`)
      if (model.state === undefined) throw new NkkanError('E_STATE', `models[${index}] has not been trained`)
      return model.state
    })
    return new KAN(first.shape, first.seed, averageStates(states))
  }

  /** Loads a model saved with toJSON (object or string); predictions are bit-identical. */
  static fromJSON(json: ModelJSON | string): KAN {
    const { shape, seed, state } = stateFromJSON(json)
    return new KAN(shape, seed, state)
  }

  get inputs(): number {
    return this.shape.inputs
  }

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
   * first call the parameters are initialised from `data` (ALGORITHM §1). The fit trains a copy
   * of the model: a fit that rejects leaves the model as it was before the call, except an
   * aborted one, which keeps the last round that completed. One fit at a time: a second call
   * while one runs rejects with E_STATE at once.
   */
  async fit(data: Dataset, options: FitOptions & { sharedMemory?: boolean } = {}): Promise<EpochLog[]> {
    this.checkUsable()
    if (this.running !== undefined) throw new NkkanError('E_STATE', 'the model is already training: wait for the running fit to settle')
    return this.runFit(data, options)
  }

  /** Claims the model synchronously, before its first await: a second fit called meanwhile sees the claim. */
  private async runFit(data: Dataset, options: FitOptions & { sharedMemory?: boolean }): Promise<EpochLog[]> {
    let settle!: () => void
    this.running = new Promise((resolve) => (settle = resolve))
    let stop: FitStop | undefined
    let progressed = false
    let working: ModelState | undefined
    let backend: Backend | undefined
    try {
      checkDataset(data, 'data', { features: this.inputs, targets: this.targets })
      checkRepresentable(data, 'data', this.shape)
      const given = resolveFitOptions(options, data, await defaultThreadCount())
      stop = new FitStop(this.disposal.signal, given.signal)
      const resolved = { ...given, signal: stop.signal }
      if (resolved.validation !== undefined) checkRepresentable(resolved.validation, 'validation', this.shape, { grids: false })
      stop.check()
      if (resolved.pretrain !== undefined) checkPretrain(this.shape, resolved.pretrain)
      if (resolved.refine !== undefined) checkRefine(resolved.refine, this.shape.layers)
      const shared = options.sharedMemory ?? canShareMemory()
      if (resolved.mode === 'concurrent-serial') checkSerial(this.shape, resolved.threads, shared)
      checkStreamable(data, resolved.windowRows, { pretrain: resolved.pretrain !== undefined, serial: resolved.mode === 'concurrent-serial', privateMemory: resolved.threads > 1 && !shared })
      working = this.state === undefined ? initialState(this.shape, data, this.seed) : cloneState(this.state)
      const onRound = resolved.onRound
      const rounds: ResolvedFitOptions = {
        ...resolved,
        onRound: (log) => {
          // The working model changed in place: predict must not use an engine holding the old one.
          progressed = true
          this.training = working
          this.predictEngine = undefined
          onRound?.(log)
        },
      }
      const pool = resolved.threads === 1 ? undefined : await this.workerPool(resolved.threads)
      stop.check()
      pool?.keepAlive(true)
      let pretrainSeconds = 0
      if (resolved.pretrain !== undefined) {
        const started = performance.now()
        // Groups train on copies: the model itself changes only once every group is done.
        const state = cloneState(working)
        await pretrain(state, data, resolved.pretrain, resolved.learningRate({ round: 0, epoch: 0 }), pool, shared, stop.signal)
        working = state
        progressed = true
        this.training = working
        this.predictEngine = undefined
        pretrainSeconds = (performance.now() - started) / 1000
      }
      const history: EpochLog[] = []
      for (const [firstRound, lastRound] of roundSegments(resolved.rounds, resolved.recordsPerRound, data.rows, resolved.refine)) {
        if (firstRound > 1) {
          // Grid refinement between segments: a new shape, so new memory for the next rounds.
          working = refineState(working, resolved.refine!)
          if (progressed) this.training = working
          this.predictEngine = undefined
        }
        backend = await openBackend(working, data, rounds, pool, shared)
        const last = history.at(-1)
        const plan = { batchSize: resolved.batchSize, firstRound, lastRound, pretrainSeconds, seconds: last?.seconds ?? pretrainSeconds, records: last?.records ?? 0 }
        history.push(...(await runRounds(backend, working, data, rounds, plan)))
        await backend.close()
        backend = undefined
        if (reachedTarget(history.at(-1), resolved)) break
      }
      this.commit(working)
      return history
    } catch (error) {
      if (this.disposed) throw new NkkanError('E_STATE', 'the model was disposed during fit', { cause: error })
      // An abort keeps what the completed rounds learned; any other failure changes nothing.
      if (error instanceof NkkanError && error.code === 'E_ABORT' && progressed && working !== undefined) this.commit(working)
      throw error
    } finally {
      stop?.release()
      this.training = undefined
      this.predictEngine = undefined
      await backend?.close().catch(() => undefined)
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

  /**
   * Predictions for row-major features (`x.length` a multiple of `inputs`; a Float32Array is
   * copied once), rows of numbers, or a tensor-like `{ shape: [rows, inputs], dataSync() }`;
   * returns rows × targets, row-major. Inputs outside the trained range use the end segments.
   */
  predict(x: Float64Array | Float32Array | readonly (readonly number[])[] | TensorLike): Float64Array {
    this.checkUsable()
    const state = this.trainedState()
    if (!(x instanceof Float64Array || x instanceof Float32Array || Array.isArray(x) || isTensorLike(x))) {
      throw new NkkanError('E_SHAPE', `x must be a Float64Array, a Float32Array, rows of numbers or a tensor-like { shape, dataSync() }, got ${describe(x)}`)
    }
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
    const state = this.current
    return stateToJSON(state?.shape ?? this.shape, this.seed, state)
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
    this.state = undefined
    await this.pool?.terminate()
    await this.running
    const pool = this.pool
    this.pool = undefined
    await pool?.terminate()
  }

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

  private trainedState(): ModelState {
    const state = this.current
    if (state === undefined) throw new NkkanError('E_STATE', 'the model has not been trained: call fit first, or load a trained model')
    return state
  }

  /** The model a fit ends with becomes the model. */
  private commit(state: ModelState): void {
    this.state = state
    this.shape = state.shape
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

/** Where the rounds run: this thread, or the pool's workers (shared or private memory). */
async function openBackend(state: ModelState, data: Dataset, options: ResolvedFitOptions, pool: WorkerPool | undefined, shared: boolean): Promise<Backend> {
  if (pool === undefined) return new SequentialBackend(state, data, options.validation, options.windowRows)
  if (options.mode === 'concurrent-serial') return SerialBackend.open(pool, state, data, options.validation)
  return shared ? SharedBackend.open(pool, state, data, options.validation, options.windowRows) : PrivateBackend.open(pool, state, data, options.validation)
}

/** [first, last] round ranges between the rounds after which the grids are refined. */
function roundSegments(rounds: number, recordsPerRound: number, rows: number, refine: RefineOptions | undefined): [number, number][] {
  const cuts = [...new Set((refine?.atEpochs ?? []).map((epoch) => Math.ceil((epoch * rows) / recordsPerRound)))]
    .filter((round) => round >= 1 && round < rounds)
    .sort((a, b) => a - b)
  return [...cuts, rounds].map((last, s) => [s === 0 ? 1 : cuts[s - 1]! + 1, last])
}

function flattenRows(rows: Float32Array | readonly (readonly number[])[] | TensorLike, inputs: number): Float64Array {
  if (rows instanceof Float32Array) return Float64Array.from(rows)
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
