/**
 * The integer trainer (ALGORITHM §6): a FixedSpec, its node values in wasm memory and the
 * kernels of assembly/fixed.ts. Orchestration and validation only; the arithmetic is in the kernel.
 */
import type { Dataset, FloatArray } from '../data/data.js'
import { NkkanError } from '../errors.js'
import { Random } from '../data/random.js'
import { CHUNK_ROWS } from '../kernels/protocol.js'
import type { KernelExports } from '../kernels/kernels.js'
import { instantiateKernels, kernelModule } from '../kernels/wasm.js'
import { FIXED_HEADER_WORDS, FIXED_LAYER_WORDS } from '../kernels/layout.js'
import { type FixedPlan, fixedHeaderWords, planFixedMemory } from './layout.js'
import { type FixedSpec, fixedLayerInputs, fixedTargets, parseSpec } from './spec.js'


/** How FixedTrainer.create starts the node values. */
export interface FixedTrainerOptions {
  /** Seed of the initial node values. Default 1. */
  seed?: number
  /** Initial node values per layer, index (j·P + p)·m + k; overrides the seeded ones. */
  values?: readonly (Int32Array | readonly number[])[]
}

/** Options of FixedTrainer.fit. */
export interface FixedFitOptions {
  /** Passes over the data. Default 1. */
  epochs?: number
  /** Evaluated after every epoch and reported through onEpoch. */
  validation?: Dataset
  /** Called after every epoch with its 1-based number and, with validation data, the validation MAE in % of the target range. */
  onEpoch?: (log: { epoch: number; maePercent?: number }) => void
}

/** The integer model's error on a data set (FixedTrainer.evaluate). */
export interface FixedMetrics {
  /** Mean absolute error over all records and targets, in target units. */
  mae: number
  /** mae as a percentage of the target range (targetHi - targetLo). */
  maePercent: number
}

/**
 * Initial node values of §6: uniform integers in [mid - range/4, mid + range/4] of the target
 * range, drawn layer by layer in parameter order.
 */
export function initialFixedValues(spec: FixedSpec, seed: number): Int32Array[] {
  const random = new Random(seed)
  const quarter = Math.floor((spec.targetHi - spec.targetLo) / 4)
  return spec.layers.map((layer, l) => {
    const values = new Int32Array(fixedLayerInputs(spec, l) * layer.points * layer.units)
    for (let p = 0; p < values.length; p++) values[p] = random.integer(spec.targetLo + quarter, spec.targetHi - quarter)
    return values
  })
}

/**
 * The integer-only trainer (ALGORITHM §6): trains and predicts with exactly the integer arithmetic of
 * its FixedSpec, so its node values are those the generated hardware computes, bit for bit.
 * Features must be integers in [inputLo, inputHi] and targets valueBits-bit integers (E_VALUE
 * otherwise, naming the row); sizes that do not match the spec are E_SHAPE.
 */
export class FixedTrainer {
  /** The validated spec the trainer runs. */
  readonly spec: FixedSpec
  private readonly plan: FixedPlan
  private readonly memory: WebAssembly.Memory
  private readonly kernels: KernelExports
  private readonly headerPtr: number

  private constructor(spec: FixedSpec, values: readonly (Int32Array | readonly number[])[]) {
    this.spec = spec
    this.plan = planFixedMemory(spec, CHUNK_ROWS)
    this.memory = new WebAssembly.Memory({ initial: this.plan.pages, maximum: this.plan.pages })
    this.kernels = instantiateKernels(kernelModule('private'), this.memory)
    this.headerPtr = this.plan.headerPtr
    new Int32Array(this.memory.buffer, this.headerPtr, FIXED_HEADER_WORDS + FIXED_LAYER_WORDS * spec.layers.length).set(fixedHeaderWords(spec, this.plan))
    this.setParameters(values)
  }

  /** A trainer for `spec` (validated) with seeded initial values or the given ones. */
  static create(spec: FixedSpec | string, options: FixedTrainerOptions = {}): FixedTrainer {
    const checked = parseSpec(spec)
    const seed = options.seed ?? 1
    if (!Number.isInteger(seed)) throw new NkkanError('E_OPTION', `seed must be an integer, got ${String(seed)}`)
    return new FixedTrainer(checked, options.values ?? initialFixedValues(checked, seed))
  }

  /** A copy of the node values, one Int32Array per layer, index (j·P + p)·m + k. */
  parameters(): Int32Array[] {
    return this.plan.layers.map((at) => new Int32Array(this.memory.buffer, at.paramsPtr, at.n * at.P * at.m).slice())
  }

  /** Replaces the node values; each must fit the spec's valueBits. */
  setParameters(values: readonly (Int32Array | readonly number[])[]): void {
    if (values.length !== this.plan.layers.length) throw new NkkanError('E_SHAPE', `values has ${values.length} layers; the spec has ${this.plan.layers.length}`)
    const limit = 2 ** (this.spec.valueBits - 1)
    this.plan.layers.forEach((at, l) => {
      const layer = values[l]!
      const length = at.n * at.P * at.m
      if (layer.length !== length) throw new NkkanError('E_SHAPE', `values[${l}] has ${layer.length} entries; n·P·m = ${length}`)
      for (let p = 0; p < length; p++) {
        const v = layer[p]!
        if (!Number.isInteger(v) || v < -limit || v >= limit) {
          throw new NkkanError('E_VALUE', `values[${l}][${p}] = ${v} is not a ${this.spec.valueBits}-bit integer`)
        }
      }
      new Int32Array(this.memory.buffer, at.paramsPtr, length).set(layer)
    })
  }

  /** Trains `epochs` passes in record order; returns the pre-update predictions of the last pass. */
  fit(data: Dataset, options: FixedFitOptions = {}): Int32Array {
    const epochs = options.epochs ?? 1
    if (!Number.isInteger(epochs) || epochs < 1) throw new NkkanError('E_OPTION', `epochs must be an integer ≥ 1, got ${String(epochs)}`)
    this.check(data, 'data', true)
    if (options.validation !== undefined) this.check(options.validation, 'validation', false)
    let predictions: Int32Array = new Int32Array(0)
    for (let epoch = 0; epoch < epochs; epoch++) {
      predictions = this.run(data, true)
      if (options.onEpoch !== undefined) {
        const log: { epoch: number; maePercent?: number } = { epoch }
        if (options.validation !== undefined) log.maePercent = this.evaluate(options.validation).maePercent
        options.onEpoch(log)
      }
    }
    return predictions
  }

  /** Predictions, i32[rows][targets]; the features must lie in [inputLo, inputHi]. */
  predict(data: Pick<Dataset, 'x' | 'rows' | 'features'>): Int32Array {
    this.check(data, 'data', false)
    return this.run(data, false)
  }

  /** Mean absolute error of the predictions on `data`, in target units and in % of the target range. */
  evaluate(data: Dataset): FixedMetrics {
    const predictions = this.predict(data)
    let sum = 0
    for (let p = 0; p < predictions.length; p++) sum += Math.abs((data.y[p] as number) - (predictions[p] as number))
    const mae = sum / predictions.length
    return { mae, maePercent: (100 * mae) / (this.spec.targetHi - this.spec.targetLo) }
  }

  private run(data: Pick<Dataset, 'x' | 'rows'> & { y?: FloatArray }, train: boolean): Int32Array {
    const { plan, spec } = this
    const targets = fixedTargets(spec)
    const out = new Int32Array(data.rows * targets)
    const x = new Int32Array(this.memory.buffer, plan.xPtr, plan.chunkRows * spec.inputs)
    const y = new Int32Array(this.memory.buffer, plan.yPtr, plan.chunkRows * targets)
    const pred = new Int32Array(this.memory.buffer, plan.predPtr, plan.chunkRows * targets)
    for (let r0 = 0; r0 < data.rows; r0 += plan.chunkRows) {
      const rows = Math.min(plan.chunkRows, data.rows - r0)
      x.set(data.x.subarray(r0 * spec.inputs, (r0 + rows) * spec.inputs))
      if (train) {
        y.set((data.y as FloatArray).subarray(r0 * targets, (r0 + rows) * targets))
        this.kernels.nkRangeFixed(this.headerPtr, plan.xPtr, plan.yPtr, plan.predPtr, 0, rows)
      } else {
        this.kernels.forwardRangeFixed(this.headerPtr, plan.xPtr, plan.predPtr, 0, rows)
      }
      out.set(pred.subarray(0, rows * targets), r0 * targets)
    }
    return out
  }

  /** Shape, integers, and ranges: features in [inputLo, inputHi], targets in the value range. */
  private check(data: Pick<Dataset, 'x' | 'rows' | 'features'> & { y?: FloatArray; targets?: number }, name: string, needTargets: boolean): void {
    const { spec } = this
    if (!Number.isInteger(data.rows) || data.rows < 1) throw new NkkanError('E_SHAPE', `${name}.rows must be an integer ≥ 1, got ${String(data.rows)}`)
    if (data.features !== spec.inputs) throw new NkkanError('E_SHAPE', `${name} has ${data.features} features; the spec has ${spec.inputs}`)
    if (data.x.length !== data.rows * spec.inputs) throw new NkkanError('E_SHAPE', `${name}.x has ${data.x.length} values; rows × features = ${data.rows * spec.inputs}`)
    for (let r = 0; r < data.rows; r++) {
      for (let c = 0; c < spec.inputs; c++) {
        const v = data.x[r * spec.inputs + c] as number
        if (!Number.isInteger(v) || v < spec.inputLo || v > spec.inputHi) {
          throw new NkkanError('E_VALUE', `${name} row ${r} column ${c}: ${v} is not an integer in [${spec.inputLo}, ${spec.inputHi}]`)
        }
      }
    }
    if (!needTargets) return
    const targets = fixedTargets(spec)
    if (data.targets !== targets || data.y === undefined || data.y.length !== data.rows * targets) {
      throw new NkkanError('E_SHAPE', `${name} must have ${targets} target(s) per row`)
    }
    const limit = 2 ** (spec.valueBits - 1)
    for (let r = 0; r < data.rows; r++) {
      for (let k = 0; k < targets; k++) {
        const v = data.y[r * targets + k] as number
        if (!Number.isInteger(v) || v < -limit || v >= limit) {
          throw new NkkanError('E_VALUE', `${name} row ${r} target ${k}: ${v} is not a ${spec.valueBits}-bit integer`)
        }
      }
    }
  }
}
