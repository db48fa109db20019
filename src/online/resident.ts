/**
 * The resident learner behind KAN.learn, KAN.predictOne and KAN.learnFrom: one wasm instance and
 * memory kept between calls, holding the model (copy 0) and a small staging area (STAGE_ROWS
 * training rows with an α and a prediction each, and as many prediction rows). A call copies its
 * rows into the staging area and runs the same kernels as fit, so learning records one call at a
 * time is sequential training bit for bit. Nothing is allocated per call.
 */
import { Engine } from '../kernels/engine.js'
import { descriptorPtr, planMemory } from '../kernels/layout.js'
import type { ModelState } from '../model/model.js'
import type { KernelExports } from '../kernels/kernels.js'

/** Rows a kernel call takes at most; longer blocks go through in pieces of this many rows. */
export const STAGE_ROWS = 64

type FloatArray = Float64Array | Float32Array

export class ResidentLearner {
  readonly engine: Engine
  private readonly inputs: number
  private readonly targets: number
  private readonly ctx: number
  private readonly nk: KernelExports['nkRangeF64']
  private readonly prequential: KernelExports['prequentialRangeF64']
  private readonly forward: (ctxPtr: number, xPtr: number, outPtr: number, r0: number, r1: number) => void
  private readonly trainX: FloatArray
  private readonly trainY: FloatArray
  private readonly stepAlpha: FloatArray
  /** learnPrequential's predictions: row r's target k at r × targets + k. */
  readonly predicted: FloatArray
  private readonly evalX: FloatArray
  private readonly evalOut: FloatArray
  /** The last layer's output buffer: after a training step, the step's prediction (before it learned). */
  private readonly stepOut: FloatArray

  constructor(state: ModelState) {
    const engine = new Engine(planMemory({ shape: state.shape, threads: 1, trainRows: STAGE_ROWS, prequentialRows: STAGE_ROWS, evalRows: STAGE_ROWS }))
    engine.writeModel(state, 0)
    this.engine = engine
    const { plan, kernels } = engine
    this.inputs = state.shape.inputs
    const last = plan.layers[plan.layers.length - 1]!
    this.targets = last.m
    this.ctx = descriptorPtr(plan, 0)
    const f64 = plan.bytesPerValue === 8
    this.nk = f64 ? kernels.nkRangeF64 : kernels.nkRangeF32
    this.prequential = f64 ? kernels.prequentialRangeF64 : kernels.prequentialRangeF32
    this.forward = f64 ? kernels.forwardRangeF64 : kernels.forwardRangeF32
    // The memory never grows (maximum = initial pages), so these views stay valid.
    this.trainX = engine.values(plan.trainXPtr, STAGE_ROWS * this.inputs)
    this.trainY = engine.values(plan.trainYPtr, STAGE_ROWS * this.targets)
    this.stepAlpha = engine.values(plan.stepAlphaPtr, STAGE_ROWS)
    this.predicted = engine.values(plan.stepPredPtr, STAGE_ROWS * this.targets)
    this.evalX = engine.values(plan.evalXPtr, STAGE_ROWS * this.inputs)
    this.evalOut = engine.values(plan.evalOutPtr, STAGE_ROWS * this.targets)
    this.stepOut = engine.values(plan.scratchPtr + last.outOffsetBytes, this.targets)
  }

  /**
   * Newton-Kaczmarz steps on `rows` records, in order: x is rows × inputs from xAt, y rows ×
   * targets from yAt (row-major). Values are converted to the model's precision as fit does.
   */
  learn(x: ArrayLike<number>, xAt: number, y: number | ArrayLike<number>, yAt: number, rows: number, alpha: number): void {
    const { inputs, targets, trainX, trainY } = this
    for (let r = 0; r < rows; r += STAGE_ROWS) {
      const block = Math.min(STAGE_ROWS, rows - r)
      stage(trainX, x, xAt + r * inputs, block * inputs)
      if (typeof y === 'number') trainY[0] = y
      else stage(trainY, y, yAt + r * targets, block * targets)
      this.nk(this.ctx, this.engine.plan.trainXPtr, this.engine.plan.trainYPtr, 0, block, alpha, 0)
    }
  }

  /**
   * Test-then-train of `rows` (at most STAGE_ROWS) records in one kernel call, as `rows` calls of
   * learn would, record r with α alphas[r]; each record's prediction before it was learned (the
   * one stepPrediction gives after a one-record learn) goes to `predicted`.
   */
  learnPrequential(x: ArrayLike<number>, xAt: number, y: number | ArrayLike<number>, yAt: number, rows: number, alphas: ArrayLike<number>): void {
    const { plan } = this.engine
    stage(this.trainX, x, xAt, rows * this.inputs)
    if (typeof y === 'number') this.trainY[0] = y
    else stage(this.trainY, y, yAt, rows * this.targets)
    stage(this.stepAlpha, alphas, 0, rows)
    this.prequential(this.ctx, plan.trainXPtr, plan.trainYPtr, plan.stepAlphaPtr, plan.stepPredPtr, 0, rows)
  }

  /** Target k of the prediction the last learned record got before it was learned. */
  stepPrediction(k: number): number {
    return this.stepOut[k]!
  }

  /** Predictions (frozen grids) for `rows` rows of x from xAt, written to out from outAt. */
  predict(x: ArrayLike<number>, xAt: number, rows: number, out: Float64Array, outAt: number): void {
    const { inputs, targets, evalX, evalOut } = this
    for (let r = 0; r < rows; r += STAGE_ROWS) {
      const block = Math.min(STAGE_ROWS, rows - r)
      stage(evalX, x, xAt + r * inputs, block * inputs)
      this.forward(this.ctx, this.engine.plan.evalXPtr, this.engine.plan.evalOutPtr, 0, block)
      for (let q = 0; q < block * targets; q++) out[outAt + r * targets + q] = evalOut[q]!
    }
  }

  /** Predicts one row of x from xAt; read it with output(k). */
  predictOne(x: ArrayLike<number>, xAt: number): void {
    stage(this.evalX, x, xAt, this.inputs)
    this.forward(this.ctx, this.engine.plan.evalXPtr, this.engine.plan.evalOutPtr, 0, 1)
  }

  /** Target k of the row predictOne predicted. */
  output(k: number): number {
    return this.evalOut[k]!
  }

  /** True when every parameter is finite. */
  isFinite(): boolean {
    return this.engine.isFinite(0)
  }

  /** Copies the model into state (whose shape must be the learner's). */
  read(state: ModelState): void {
    this.engine.readModel(state, 0)
  }
}

/** Below this many values a loop beats making a subarray view to copy from. */
const LOOP_COPY_VALUES = 256

/** to[0, count) = from[at, at + count), converted to to's precision. */
function stage(to: FloatArray, from: ArrayLike<number>, at: number, count: number): void {
  if (count >= LOOP_COPY_VALUES && (from instanceof Float64Array || from instanceof Float32Array)) to.set(from.subarray(at, at + count))
  else for (let q = 0; q < count; q++) to[q] = from[at + q]!
}
