/**
 * Disjoint-batch training on worker threads (ALGORITHM §3), two ways:
 * - SharedBackend: one shared WebAssembly.Memory holds the data (copied in once), one
 *   parameter copy per thread and every scratch block; rounds are commands on the control
 *   block (src/protocol.ts); merging is the SIMD averaging kernel, split across the workers.
 * - PrivateBackend (no SharedArrayBuffer, e.g. a page without cross-origin isolation): each
 *   worker has its own memory and data; after a round the workers transfer their parameter
 *   blocks, the main thread averages them with the same kernel and sends the mean back.
 * Both give the same bits as each other and as the oracle's copies-train-average by hand.
 */
import { type Backend, MergedOnCallingThread, type RowRange } from './backend.js'
import type { Dataset } from './data.js'
import { Engine } from './engine.js'
import { copyPtr, descriptorWords, planMemory } from './layout.js'
import type { ModelState } from './model.js'
import type { WorkerPool } from './pool.js'
import { COMMAND } from './protocol.js'
import { ControlBlock, workerPlan } from './control.js'
import { checkAbort } from './train.js'
import { compileKernelModule } from './wasm.js'
import { TrainWindow, windowRows } from './window.js'

/** Splits [0, total) into `parts` contiguous slices whose bounds are multiples of `unit`. */
function slices(total: number, parts: number, unit: number): RowRange[] {
  const units = Math.ceil(total / unit)
  return Array.from({ length: parts }, (_, s) => [
    Math.min(total, Math.floor((units * s) / parts) * unit),
    Math.min(total, Math.floor((units * (s + 1)) / parts) * unit),
  ])
}

export function canShareMemory(): boolean {
  if (typeof SharedArrayBuffer === 'undefined') return false
  return typeof crossOriginIsolated === 'undefined' || crossOriginIsolated
}

export class SharedBackend implements Backend {
  readonly threads: number
  private readonly engine: Engine
  private readonly control: ControlBlock
  private readonly window: TrainWindow
  private readonly validRows: number

  private constructor(control: ControlBlock, engine: Engine, window: TrainWindow, validRows: number) {
    this.control = control
    this.threads = control.threads
    this.engine = engine
    this.window = window
    this.validRows = validRows
  }

  /** windowRows: training rows kept in wasm memory (default: all that fit); more stream through. */
  static async open(pool: WorkerPool, state: ModelState, data: Dataset, validation: Dataset | undefined, requestedWindowRows?: number): Promise<SharedBackend> {
    const threads = pool.size
    await compileKernelModule('shared')
    // Thread `threads` is the main thread's own descriptor and scratch, reading copy 0.
    const request = { shape: state.shape, threads: threads + 1, copies: threads, evalRows: validation?.rows ?? 0 }
    const engine = new Engine(planMemory({ ...request, trainRows: windowRows(request, data.rows, requestedWindowRows) }), { build: 'shared' })
    for (let copy = 0; copy < threads; copy++) engine.writeModel(state, copy)
    const window = new TrainWindow(engine, data)
    if (validation !== undefined) engine.writeEval(validation.x)
    return new SharedBackend(await ControlBlock.attach(pool, engine), engine, window, validation?.rows ?? 0)
  }

  async train(batches: readonly (readonly RowRange[])[], alpha: number, signal: AbortSignal | undefined, skip: number): Promise<void> {
    this.control.setScalars(alpha, 1, skip)
    for (const ranges of this.window.steps(batches)) {
      checkAbort(signal)
      await this.control.run(COMMAND.TRAIN, (s) => rangeWords(ranges[s]!))
    }
  }

  async merge(): Promise<void> {
    const { plan } = this.engine
    const parts = slices(plan.copyBytes, this.threads, 16)
    await this.control.run(COMMAND.MERGE, (s) => parts[s]!)
    this.engine.refreshInverseDx(0)
    const bytes = new Uint8Array(this.engine.memory.buffer)
    const from = copyPtr(plan, 0)
    for (let copy = 1; copy < plan.copies; copy++) bytes.copyWithin(copyPtr(plan, copy), from, from + plan.copyBytes)
  }

  mergedIsFinite(): boolean {
    return this.engine.isFinite(0)
  }

  read(state: ModelState): void {
    this.engine.readModel(state, 0)
  }

  async predictValidation(): Promise<Float64Array> {
    const parts = slices(this.validRows, this.threads, 1)
    await this.control.run(COMMAND.PREDICT, (s) => parts[s]!)
    return this.engine.predictedEval(this.validRows)
  }

  async close(): Promise<void> {
    await this.control.detach()
  }
}

/** The control-block words of a batch: [a0, a1, b0, b1] (b empty unless it wraps round; all 0 for no rows). */
export function rangeWords(batch: readonly RowRange[]): number[] {
  const [first, second] = batch
  return [first?.[0] ?? 0, first?.[1] ?? 0, second?.[0] ?? 0, second?.[1] ?? 0]
}

export class PrivateBackend extends MergedOnCallingThread implements Backend {
  readonly threads: number
  private merged: Uint8Array | undefined
  private readonly pool: WorkerPool

  private constructor(pool: WorkerPool, engine: Engine, validRows: number) {
    super(engine, validRows)
    this.pool = pool
    this.threads = pool.size
  }

  static async open(pool: WorkerPool, state: ModelState, data: Dataset, validation: Dataset | undefined): Promise<PrivateBackend> {
    const threads = pool.size
    const module = await compileKernelModule('private')
    // The main thread keeps every copy (to average them) and the validation data.
    const engine = new Engine(planMemory({ shape: state.shape, threads: 1, copies: threads, evalRows: validation?.rows ?? 0 }))
    engine.writeModel(state, 0)
    if (validation !== undefined) engine.writeEval(validation.x)
    // Each worker: one copy, its own scratch and the training data.
    const plan = planMemory({ shape: state.shape, threads: 1, copies: 1, trainRows: data.rows })
    const copy = engine.copyBytes(0)
    await pool.guard(
      Promise.all(
        Array.from({ length: threads }, (_, s) =>
          pool.request(s, { type: 'setup', module, plan: workerPlan(plan, 0, 1), descriptor: descriptorWords(plan, 0, 0), trainX: data.x, trainY: data.y, copy: copy.slice().buffer }),
        ),
      ),
    )
    return new PrivateBackend(pool, engine, validation?.rows ?? 0)
  }

  async train(batches: readonly (readonly RowRange[])[], alpha: number, signal: AbortSignal | undefined, skip: number): Promise<void> {
    checkAbort(signal)
    const replies = await this.pool.guard(
      Promise.all(
        batches.map((batch, s) => {
          const copy = this.merged?.slice().buffer
          return this.pool.request(s, { type: 'train', ranges: batch.flat(), alpha, skip, copy }, copy === undefined ? [] : [copy])
        }),
      ),
    )
    replies.forEach((reply, s) => {
      if (reply.type === 'trained') this.engine.copyBytes(s).set(new Uint8Array(reply.copy))
    })
  }

  async merge(): Promise<void> {
    const { plan, kernels } = this.engine
    const average = plan.bytesPerValue === 8 ? kernels.averageF64 : kernels.averageF32
    average(plan.copiesPtr, plan.copiesPtr, plan.copyBytes, this.threads, 0, plan.copyBytes)
    this.engine.refreshInverseDx(0)
    this.merged = this.engine.copyBytes(0)
  }

}
