/**
 * Disjoint-batch training on worker threads (ALGORITHM §3), two ways:
 * - SharedBackend: one shared WebAssembly.Memory holds the data (copied in once), every
 *   parameter copy and every thread's scratch; rounds are commands on the control block
 *   (src/kernels/protocol.ts); merging is the SIMD averaging kernel, split across the workers.
 * - PrivateBackend (no SharedArrayBuffer, e.g. a page without cross-origin isolation): each
 *   worker has its own memory and data; it is sent the merged model for every copy it trains
 *   and transfers the trained block back; the main thread averages them with the same kernel.
 * With more copies than threads, copies take turns on the threads. Every way gives the same
 * bits as the others and as the oracle's copies-train-average by hand.
 */
import { type Backend, MergedOnCallingThread, type RoundTiming, type RoundWork, type TimedRound, roundTiming } from './backend.js'
import type { Dataset } from '../data/data.js'
import { Engine, type RowRange } from '../kernels/engine.js'
import { NkkanError } from '../errors.js'
import { descriptorWords, planMemory } from '../kernels/layout.js'
import type { ModelState } from '../model/model.js'
import type { WorkerPool } from '../threads/pool.js'
import { COMMAND, MERGE, type MergeMode, SPAN_ROUNDS } from '../kernels/protocol.js'
import { type CommandTiming, ControlBlock, rangeWords, workerPlan } from '../threads/control.js'
import { checkAbort } from './train.js'
import { compileKernelModule } from '../kernels/wasm.js'
import { TrainWindow, windowRows } from './window.js'
import { privateNeeds, sharedNeed } from './memory-needs.js'
import { joinBatches, pieceRows, roundRows } from '../threads/pieces.js'
import type { Balance } from './options.js'

/**
 * Copies × parameter bytes from which a merge is split across the workers. Below it the last
 * worker to finish averages alone: averaging 512 KiB takes about as long as waking a worker.
 */
const SPLIT_MERGE_BYTES = 1 << 19

/** Splits [0, total) into `parts` contiguous slices whose bounds are multiples of `unit`. */
function slices(total: number, parts: number, unit: number): RowRange[] {
  const units = Math.ceil(total / unit)
  return Array.from({ length: parts }, (_, s) => [
    Math.min(total, Math.floor((units * s) / parts) * unit),
    Math.min(total, Math.floor((units * (s + 1)) / parts) * unit),
  ])
}

export class SharedBackend implements Backend {
  readonly copies: number
  private readonly threads: number
  private readonly engine: Engine
  private readonly control: ControlBlock
  private readonly window: TrainWindow
  private readonly validRows: number
  /** How a round's last command merges, and the bytes of the copies each worker averages. */
  private readonly merge: MergeMode
  private readonly mergeParts: readonly RowRange[]
  /**
   * Dynamic balance (src/threads/pieces.ts): asked for, and every copy has a thread and the data
   * are resident (otherwise the fixed split: streamed data go through the window in steps).
   */
  private readonly dynamic: boolean

  private constructor(control: ControlBlock, engine: Engine, window: TrainWindow, validRows: number, balance: Balance) {
    this.control = control
    this.threads = control.threads
    this.copies = engine.plan.copies
    this.engine = engine
    this.window = window
    this.validRows = validRows
    const { copyBytes } = engine.plan
    this.merge = copyBytes * this.copies >= SPLIT_MERGE_BYTES ? MERGE.SPLIT : MERGE.BY_LAST
    this.mergeParts = this.merge === MERGE.SPLIT ? slices(copyBytes, this.threads, 16) : Array.from({ length: this.threads }, (): RowRange => [0, copyBytes])
    this.dynamic = balance === 'dynamic' && this.copies === this.threads && window.resident
  }

  /**
   * copies ≥ the pool's threads; windowRows: training rows kept in wasm memory (default: all
   * that fit); more stream through.
   */
  static async open(pool: WorkerPool, state: ModelState, data: Dataset, validation: Dataset | undefined, copies: number, balance: Balance, requestedWindowRows?: number): Promise<SharedBackend> {
    const threads = pool.size
    await compileKernelModule('shared')
    // Thread `threads` is the main thread's own descriptor and scratch, reading copy 0.
    const { request } = sharedNeed(state.shape, threads, copies, validation?.rows ?? 0)
    const engine = new Engine(planMemory({ ...request, trainRows: windowRows(request, data.rows, requestedWindowRows) }), { build: 'shared' })
    engine.bindThread(threads, 0)
    for (let copy = 0; copy < copies; copy++) engine.writeModel(state, copy)
    const window = new TrainWindow(engine, data)
    if (validation !== undefined) engine.writeEval(validation.x)
    return new SharedBackend(await ControlBlock.attach(pool, engine), engine, window, validation?.rows ?? 0, balance)
  }

  /**
   * With more copies than threads, the copies train in waves: thread s trains copy first + s.
   * The last command of the round also merges (src/kernels/protocol.ts, MERGE): the last worker to
   * finish averages a small model alone; for a large one the workers meet and split the bytes.
   * So a round is one command when the data are resident and every thread trains one copy.
   * (Streamed data are copied into the window between steps, lazily, so there the merge is a
   * command of its own, with no rows to train.)
   */
  async round(batches: readonly (readonly RowRange[])[], alpha: number, signal: AbortSignal | undefined, skip: number): Promise<RoundTiming> {
    const { threads, copies } = this
    this.control.setScalars(alpha, 1, skip)
    const command = (ranges: readonly (readonly RowRange[])[], first: number, merge: boolean): Promise<CommandTiming> =>
      this.control.run(COMMAND.TRAIN, (s) => [...rangeWords(ranges[first + s] ?? []), ...(merge ? this.mergeParts[s]! : [0, 0])], merge ? this.merge : MERGE.NONE)
    const timings: CommandTiming[] = []
    if (this.dynamic) {
      checkAbort(signal)
      const words = rangeWords(joinBatches(batches))
      timings.push(await this.control.run(COMMAND.TRAIN, (s) => [...words, ...this.mergeParts[s]!], this.merge, pieceRows(roundRows(words))))
    } else {
      for (const ranges of this.window.steps(batches)) {
        for (let first = 0; first < copies; first += threads) {
          checkAbort(signal)
          if (copies > threads) for (let s = 0; s < threads && first + s < copies; s++) this.engine.bindThread(s, first + s)
          timings.push(await command(ranges, first, this.window.resident && first + threads >= copies))
        }
      }
      if (!this.window.resident) timings.push(await command([], 0, true))
    }
    const spreading = performance.now()
    this.engine.spreadMerged()
    return roundTiming(timings, threads, performance.now() - spreading)
  }

  /** Several rounds in one command when every copy has a thread and the data are resident. */
  get roundsAtOnce(): number {
    return this.window.resident && this.copies === this.threads ? SPAN_ROUNDS : 1
  }

  /**
   * Rounds in one ROUNDS command: the workers merge and start the next round among themselves
   * (src/threads/worker.ts), the bits of as many `round` calls.
   */
  async trainRounds(rounds: readonly RoundWork[], skip: number, signal: AbortSignal | undefined): Promise<TimedRound[]> {
    if (rounds.length > this.roundsAtOnce) throw new RangeError(`trainRounds takes at most ${this.roundsAtOnce} rounds here, not ${rounds.length}`)
    this.control.setScalars(0, 1, skip)
    // Every round of a fit has copies × batchSize rows, so one piece size serves them all.
    const roundWords = rounds.map(({ batches }) => (this.dynamic ? rangeWords(joinBatches(batches)) : undefined))
    const timings = await this.control.runRounds(
      rounds.map(({ batches, alpha }, k) => ({ alpha, ranges: (s: number) => roundWords[k] ?? rangeWords(batches[s] ?? []) })),
      this.merge,
      this.mergeParts,
      roundWords[0] === undefined ? 0 : pieceRows(roundRows(roundWords[0])),
      signal,
    )
    const spreading = performance.now()
    this.engine.spreadMerged()
    const spreadMs = performance.now() - spreading
    return timings.map((timing, k) => roundTiming([timing], this.threads, k === timings.length - 1 ? spreadMs : 0))
  }

  restore(state: ModelState): void {
    for (let copy = 0; copy < this.copies; copy++) this.engine.writeModel(state, copy)
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

export class PrivateBackend extends MergedOnCallingThread implements Backend {
  readonly copies: number
  private readonly pool: WorkerPool

  private constructor(pool: WorkerPool, engine: Engine, validRows: number) {
    super(engine, validRows)
    this.pool = pool
    this.copies = engine.plan.copies
  }

  static async open(pool: WorkerPool, state: ModelState, data: Dataset, validation: Dataset | undefined, copies: number): Promise<PrivateBackend> {
    const module = await compileKernelModule('private')
    // The main thread keeps every copy (to average them) and the validation data; each worker
    // one parameter block, its own scratch and the training data.
    const [callingThread, worker] = privateNeeds(state.shape, copies, validation?.rows ?? 0, data.rows)
    const engine = new Engine(planMemory(callingThread.request))
    engine.writeModel(state, 0)
    if (validation !== undefined) engine.writeEval(validation.x)
    const plan = planMemory(worker.request)
    const copy = engine.copyBytes(0)
    await pool.guard(
      Promise.all(
        Array.from({ length: pool.size }, (_, s) =>
          pool.request(s, { type: 'setup', module, plan: workerPlan(plan, 0, 1), descriptor: descriptorWords(plan, 0, 0), trainX: data.x, trainY: data.y, copy: copy.slice().buffer }),
        ),
      ),
    )
    return new PrivateBackend(pool, engine, validation?.rows ?? 0)
  }

  /** Worker s trains copies s, s + threads, …, each from the merged model, in turn; the calling thread merges. */
  async round(batches: readonly (readonly RowRange[])[], alpha: number, signal: AbortSignal | undefined, skip: number): Promise<RoundTiming> {
    checkAbort(signal)
    const threads = this.pool.size
    const start = this.engine.copyBytes(0).slice()
    const seconds = await this.pool.guard(
      Promise.all(
        Array.from({ length: threads }, async (_, s) => {
          let busy = 0
          for (let copy = s; copy < this.copies; copy += threads) {
            const block = start.slice().buffer
            const reply = await this.pool.request(s, { type: 'train', ranges: batches[copy]!.flat(), alpha, skip, copy: block }, [block])
            if (reply.type !== 'trained') throw new NkkanError('E_WORKER', `worker ${s} answered ${reply.type} to a training request`)
            this.engine.copyBytes(copy).set(new Uint8Array(reply.copy))
            busy += reply.seconds
          }
          return busy
        }),
      ),
    )
    const merging = performance.now()
    this.engine.averageCopies()
    this.engine.refreshInverseDx(0)
    return { threadSeconds: seconds, mergeSeconds: (performance.now() - merging) / 1000 }
  }
}
