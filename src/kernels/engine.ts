/**
 * One wasm memory laid out by a MemoryPlan, with the kernels bound to it: the only place
 * that reads and writes model parameters and data in wasm memory.
 */
import type { Dataset, FloatArray } from '../data/data.js'
import { GRID_STRIDE, type MemoryPlan, copyPtr, descriptorPtr, descriptorWords, gridPlaces } from './layout.js'
import { refreshInverseDx } from './inverse-dx.js'
import type { ModelState } from '../model/model.js'
import { CHUNK_ROWS } from './protocol.js'
import { type FloatKernels, type KernelExports, floatKernels } from './kernels.js'
import { type Build, allocateMemory, instantiateKernels, kernelModule } from './wasm.js'

/** Rows [start, end) of the training data. */
export type RowRange = readonly [number, number]


export class Engine {
  readonly plan: MemoryPlan
  readonly memory: WebAssembly.Memory
  readonly kernels: KernelExports
  private readonly nk: FloatKernels['nk']
  private readonly forward: FloatKernels['forward']

  constructor(plan: MemoryPlan, options: { build?: Build; memory?: WebAssembly.Memory } = {}) {
    const build = options.build ?? 'private'
    this.plan = plan
    this.memory = options.memory ?? allocateMemory(plan.pages, build === 'shared')
    this.kernels = instantiateKernels(kernelModule(build), this.memory)
    const kernels = floatKernels(this.kernels, plan.bytesPerValue === 8)
    this.nk = kernels.nk
    this.forward = kernels.forward
    for (let thread = 0; thread < plan.threads; thread++) this.bindThread(thread, thread % plan.copies)
  }

  /** Points thread's descriptor at a parameter copy. */
  bindThread(thread: number, copy: number): void {
    new Int32Array(this.memory.buffer, descriptorPtr(this.plan, thread), this.plan.descriptorBytes / 4).set(descriptorWords(this.plan, thread, copy))
  }

  /** A view of `length` values of the model's precision at byte address ptr. */
  values(ptr: number, length: number): FloatArray {
    return this.plan.bytesPerValue === 8 ? new Float64Array(this.memory.buffer, ptr, length) : new Float32Array(this.memory.buffer, ptr, length)
  }

  /** Writes the model into parameter copy `copy`; lane padding is written as zeros. */
  writeModel(state: ModelState, copy: number): void {
    const base = copyPtr(this.plan, copy)
    this.plan.layers.forEach((layout, l) => {
      const layer = state.layers[l]!
      const { n, m, rowValues, rows } = layout
      const params = this.values(base + layout.paramsOffsetBytes, rows * rowValues)
      params.fill(0)
      for (let row = 0; row < rows; row++) params.set(layer.values.subarray(row * m, (row + 1) * m), row * rowValues)
      const { gridLen } = layout
      const grid = this.values(base + layout.gridOffsetBytes, GRID_STRIDE * gridLen)
      grid.fill(0)
      for (let j = 0; j < n; j++) {
        grid[j] = layer.lo[j]!
        grid[gridLen + j] = layer.hi[j]!
        grid[2 * gridLen + j] = layer.dx[j]!
        // 1/dx of the dx as stored (rounded to the precision), as the kernels compute it.
        grid[3 * gridLen + j] = 1 / grid[2 * gridLen + j]!
      }
    })
  }

  /** Reads parameter copy `copy` back into state (whose shape must match the plan). */
  readModel(state: ModelState, copy: number): void {
    const base = copyPtr(this.plan, copy)
    this.plan.layers.forEach((layout, l) => {
      const layer = state.layers[l]!
      const { n, m, rowValues, rows } = layout
      const params = this.values(base + layout.paramsOffsetBytes, rows * rowValues)
      for (let row = 0; row < rows; row++) layer.values.set(params.subarray(row * rowValues, row * rowValues + m), row * m)
      const { gridLen } = layout
      const grid = this.values(base + layout.gridOffsetBytes, GRID_STRIDE * gridLen)
      for (let j = 0; j < n; j++) {
        layer.lo[j] = grid[j]!
        layer.hi[j] = grid[gridLen + j]!
        layer.dx[j] = grid[2 * gridLen + j]!
      }
    })
  }

  /**
   * Recomputes 1/dx of every grid of copy `copy` from its dx (call after averaging copies:
   * the mean of 1/dx is not 1/(mean dx)).
   */
  refreshInverseDx(copy: number): void {
    refreshInverseDx(this.memory.buffer, copyPtr(this.plan, copy), this.plan.bytesPerValue === 8, gridPlaces(this.plan))
  }

  /** Copy 0 becomes the parameter-wise mean of every copy (ALGORITHM §3), on the calling thread. */
  averageCopies(): void {
    const { plan, kernels } = this
    const average = plan.bytesPerValue === 8 ? kernels.averageF64 : kernels.averageF32
    average(plan.copiesPtr, plan.copiesPtr, plan.copyStrideBytes, plan.copies, 0, plan.copyBytes)
  }

  /** Once copy 0 holds the mean: recomputes its 1/dx and copies it over every other copy. */
  spreadMerged(): void {
    this.refreshInverseDx(0)
    const bytes = new Uint8Array(this.memory.buffer)
    const from = copyPtr(this.plan, 0)
    for (let copy = 1; copy < this.plan.copies; copy++) bytes.copyWithin(copyPtr(this.plan, copy), from, from + this.plan.copyBytes)
  }

  /** True when every parameter of a copy (values and grids) is finite. */
  isFinite(copy: number): boolean {
    const block = this.values(copyPtr(this.plan, copy), this.plan.copyBytes / this.plan.bytesPerValue)
    for (let q = 0; q < block.length; q++) if (!Number.isFinite(block[q]!)) return false
    return true
  }

  /** Copies every row of data to the training rows (the plan must hold them all). */
  writeTrain(data: Dataset): void {
    this.writeTrainRows(data, [[0, data.rows]], 0)
  }

  /**
   * Copies the rows of `ranges` of data, in order, to training rows from `at` on; returns the
   * training row after the last one written.
   */
  writeTrainRows(data: Dataset, ranges: readonly RowRange[], at: number): number {
    const { features, targets } = data
    const x = this.values(this.plan.trainXPtr, this.plan.trainRows * features)
    const y = this.values(this.plan.trainYPtr, this.plan.trainRows * targets)
    for (const [start, end] of ranges) {
      x.set(data.x.subarray(start * features, end * features), at * features)
      y.set(data.y.subarray(start * targets, end * targets), at * targets)
      at += end - start
    }
    return at
  }

  writeEval(x: FloatArray): void {
    this.values(this.plan.evalXPtr, x.length).set(x)
  }

  /**
   * One Newton-Kaczmarz pass of `thread` over training rows [r0, r1); records whose every
   * |y* - y| is below `skip` update nothing (0: every record updates).
   */
  train(thread: number, r0: number, r1: number, alpha: number, skip = 0): void {
    const ctx = descriptorPtr(this.plan, thread)
    for (let r = r0; r < r1; r += CHUNK_ROWS) {
      this.nk(ctx, this.plan.trainXPtr, this.plan.trainYPtr, r, Math.min(r + CHUNK_ROWS, r1), alpha, skip)
    }
  }

  /** Pretraining by groups of `groupSize` addends (assembly/groups.ts) of `thread` over rows [r0, r1). */
  trainGroups(thread: number, r0: number, r1: number, alpha: number, groupSize: number): void {
    const ctx = descriptorPtr(this.plan, thread)
    const kernel = this.plan.bytesPerValue === 8 ? this.kernels.groupRangeF64 : this.kernels.groupRangeF32
    for (let r = r0; r < r1; r += CHUNK_ROWS) kernel(ctx, this.plan.trainXPtr, this.plan.trainYPtr, r, Math.min(r + CHUNK_ROWS, r1), alpha, groupSize)
  }

  /** Predictions of `thread`'s copy for the first `rows` rows of the eval region (rows × targets). */
  predictEval(thread: number, rows: number): Float64Array {
    this.forwardEval(thread, 0, rows)
    return this.predictedEval(rows)
  }

  /** Computes the eval outputs of rows [r0, r1) with `thread`'s copy. */
  forwardEval(thread: number, r0: number, r1: number): void {
    const ctx = descriptorPtr(this.plan, thread)
    for (let r = r0; r < r1; r += CHUNK_ROWS) this.forward(ctx, this.plan.evalXPtr, this.plan.evalOutPtr, r, Math.min(r + CHUNK_ROWS, r1))
  }

  /** The eval outputs already computed for the first `rows` rows (rows × targets). */
  predictedEval(rows: number): Float64Array {
    const targets = this.plan.layers[this.plan.layers.length - 1]!.m
    return Float64Array.from(this.values(this.plan.evalOutPtr, rows * targets))
  }

  /** The bytes of parameter copy `copy` (a view into memory). */
  copyBytes(copy: number): Uint8Array {
    return new Uint8Array(this.memory.buffer, copyPtr(this.plan, copy), this.plan.copyBytes)
  }
}
