/**
 * The main thread's side of the shared-memory protocol (src/kernels/protocol.ts): attach the pool's
 * workers to an engine's shared memory, then post commands and wait until every worker has
 * run them. A worker failure rejects the wait instead of leaving it pending.
 */
import type { Engine, RowRange } from '../kernels/engine.js'
import { NkkanError } from '../errors.js'
import { type MemoryPlan, descriptorPtr, gridPlaces } from '../kernels/layout.js'
import type { WorkerPool } from './pool.js'
import { ALPHA_F64_INDEX, type Command, COMMAND, MAX_PIECES, MERGE, type MergeMode, SKIP_F64_INDEX, SLOT_ENDED, SLOT_STARTED, SLOT_TRAINED, SLOT_WORDS, SPAN_ROUNDS, WEIGHT_F64_INDEX, WORD, type WorkerPlan, spanViews } from '../kernels/protocol.js'
import { compileKernelModule } from '../kernels/wasm.js'
import { ownedBatches } from './pieces.js'

/** What worker `thread` of `threads` needs to know about a memory plan. */
export function workerPlan(plan: MemoryPlan, thread: number, threads: number): WorkerPlan {
  return {
    thread, threads, f64: plan.bytesPerValue === 8, ctxPtr: descriptorPtr(plan, thread),
    trainXPtr: plan.trainXPtr, trainYPtr: plan.trainYPtr, evalXPtr: plan.evalXPtr, evalOutPtr: plan.evalOutPtr,
    copiesPtr: plan.copiesPtr, copyBytes: plan.copyBytes, copyStrideBytes: plan.copyStrideBytes, copies: plan.copies, partialsPtr: plan.partialsPtr, pages: plan.pages,
    grids: gridPlaces(plan),
  }
}

/** The control-block words of a batch: [a0, a1, b0, b1] (b empty unless it wraps round; all 0 for no rows). */
export function rangeWords(batch: readonly RowRange[]): number[] {
  const [first, second] = batch
  return [first?.[0] ?? 0, first?.[1] ?? 0, second?.[0] ?? 0, second?.[1] ?? 0]
}

/**
 * When a command was issued, when each worker began its part, finished training (a TRAIN
 * command that merges then meets the others and merges) and ended, and when the caller resumed:
 * milliseconds since the Unix epoch.
 */
export interface CommandTiming {
  readonly issued: number
  readonly started: readonly number[]
  readonly trained: readonly number[]
  readonly ended: readonly number[]
  readonly resumed: number
  /** With dynamic balance: the rows each thread trained, in its order (src/threads/pieces.ts). */
  readonly batches?: RowRange[][]
}

const now = (): number => performance.timeOrigin + performance.now()

export class ControlBlock {
  readonly threads: number
  private readonly pool: WorkerPool
  private readonly words: Int32Array
  private readonly scalars: Float64Array
  private readonly slotTimes: Float64Array
  /** Each thread's view of the span area (thread 0's α, claimed counts and owners are every thread's). */
  private readonly spans: ReturnType<typeof spanViews>[]

  private constructor(pool: WorkerPool, engine: Engine) {
    this.pool = pool
    this.threads = pool.size
    this.words = new Int32Array(engine.memory.buffer, 0, WORD.SLOTS + SLOT_WORDS * pool.size)
    this.scalars = new Float64Array(engine.memory.buffer, 0, WEIGHT_F64_INDEX + 1)
    this.slotTimes = new Float64Array(engine.memory.buffer, 0, (WORD.SLOTS + SLOT_WORDS * pool.size) / 2)
    this.spans = Array.from({ length: pool.size }, (_, s) => spanViews(engine.memory.buffer, s))
  }

  /** Worker s runs descriptor s of engine's plan; resolves once every worker is listening. */
  static async attach(pool: WorkerPool, engine: Engine): Promise<ControlBlock> {
    const module = await compileKernelModule('shared')
    const control = new ControlBlock(pool, engine)
    await pool.guard(
      Promise.all(Array.from({ length: pool.size }, (_, s) => pool.request(s, { type: 'attach', module, memory: engine.memory, plan: workerPlan(engine.plan, s, pool.size) }))),
    )
    return control
  }

  /**
   * Sets the learning rate α (a block weight, the residual skip threshold) read by the next
   * TRAIN or SERIAL command.
   */
  setScalars(alpha: number, weight = 1, skip = 0): void {
    this.scalars[ALPHA_F64_INDEX] = alpha
    this.scalars[WEIGHT_F64_INDEX] = weight
    this.scalars[SKIP_F64_INDEX] = skip
  }

  /**
   * Posts a command with per-thread arguments and waits until every worker has run it. `merge`:
   * how a TRAIN command ends (the bytes to average in args words 4, 5; src/kernels/protocol.ts).
   * `pieceRows` > 0: a TRAIN command with dynamic balance, every thread given the round's rows.
   */
  async run(command: Command, args: (thread: number) => readonly number[], merge: MergeMode = MERGE.NONE, pieceRows = 0): Promise<CommandTiming> {
    const words = this.words
    for (let s = 0; s < this.threads; s++) words.set(args(s), WORD.SLOTS + SLOT_WORDS * s)
    Atomics.store(words, WORD.PIECE_ROWS, pieceRows)
    if (pieceRows > 0) this.spans[0]!.claimed.fill(0, 0, command === COMMAND.ROUNDS ? Atomics.load(words, WORD.ROUNDS) : 1)
    const issued = now()
    Atomics.store(words, WORD.MERGE, merge)
    Atomics.store(words, WORD.FAILED, 0)
    Atomics.store(words, WORD.DONE, 0)
    Atomics.store(words, WORD.COMMAND, command)
    Atomics.add(words, WORD.GENERATION, 1)
    Atomics.notify(words, WORD.GENERATION)
    await this.pool.guard(this.waitDone())
    if (Atomics.load(words, WORD.FAILED) !== 0) await this.failed()
    const resumed = now()
    const slotTime = (s: number, word: number): number => this.slotTimes[(WORD.SLOTS + SLOT_WORDS * s + word) / 2]!
    return {
      issued,
      started: Array.from({ length: this.threads }, (_, s) => slotTime(s, SLOT_STARTED)),
      trained: Array.from({ length: this.threads }, (_, s) => slotTime(s, SLOT_TRAINED)),
      ended: Array.from({ length: this.threads }, (_, s) => slotTime(s, SLOT_ENDED)),
      resumed,
      ...(pieceRows > 0 && command === COMMAND.TRAIN ? { batches: ownedBatches(args(0), this.spans[0]!.owners, pieceRows, this.threads) } : {}),
    }
  }

  /**
   * Several rounds in one ROUNDS command (src/kernels/protocol.ts): in round k thread s trains its
   * copy on `rounds[k].ranges(s)` with α `rounds[k].alpha`, then the copies merge as `merge` says
   * over thread s's bytes `mergeParts[s]`. Resolves with one timing per round: the first
   * issued when the command was, each later one when the round before it ended. `pieceRows` > 0:
   * dynamic balance, every thread given each round's rows. Once `signal` fires, the workers end
   * the command after the round they are in: the timings are of the rounds that ran.
   */
  async runRounds(
    rounds: readonly { readonly alpha: number; readonly ranges: (thread: number) => readonly number[] }[],
    merge: MergeMode,
    mergeParts: readonly (readonly number[])[],
    pieceRows: number,
    signal: AbortSignal | undefined,
  ): Promise<CommandTiming[]> {
    if (rounds.length < 1 || rounds.length > SPAN_ROUNDS) throw new RangeError(`a ROUNDS command takes 1 to ${SPAN_ROUNDS} rounds, not ${rounds.length}`)
    const { spans } = this
    for (const [k, round] of rounds.entries()) {
      spans[0]!.alphas[k] = round.alpha
      spans.forEach(({ ranges }, s) => ranges.set(round.ranges(s), 4 * k))
    }
    Atomics.store(this.words, WORD.ROUNDS, rounds.length)
    // An abort before the command still lets it run its first round, as one after it does.
    Atomics.store(this.words, WORD.STOP, signal?.aborted === true ? 1 : 0)
    const stop = (): void => void Atomics.store(this.words, WORD.STOP, 1)
    signal?.addEventListener('abort', stop)
    let command: CommandTiming
    try {
      command = await this.run(COMMAND.ROUNDS, (s) => [0, 0, 0, 0, ...mergeParts[s]!], merge, pieceRows)
    } finally {
      signal?.removeEventListener('abort', stop)
    }
    const ran = Atomics.load(this.words, WORD.ROUNDS)
    const times = spans.map((span) => span.times)
    const timings: CommandTiming[] = []
    for (let k = 0; k < ran; k++) {
      const ended = times.map((t) => t[3 * k + 2]!)
      timings.push({
        issued: k === 0 ? command.issued : Math.max(...timings[k - 1]!.ended),
        started: times.map((t) => t[3 * k]!),
        trained: times.map((t) => t[3 * k + 1]!),
        ended,
        resumed: k === ran - 1 ? command.resumed : Math.max(...ended),
        ...(pieceRows > 0 ? { batches: ownedBatches(rounds[k]!.ranges(0), spans[0]!.owners.subarray(MAX_PIECES * k), pieceRows, this.threads) } : {}),
      })
    }
    return timings
  }

  /** Sends the workers back to listening for messages (unless the pool is broken). */
  async detach(): Promise<void> {
    if (!this.pool.broken) await this.run(COMMAND.DETACH, () => [])
  }

  /**
   * A worker failed during the command (and the others finished it, merging nothing): the
   * command must not count as done. The failing worker posted its error before it counted itself
   * done, but messages and the DONE wake-up arrive by different routes, so wait for the message
   * (the pool then breaks with it); without one within a second, fail with what is known.
   */
  private async failed(): Promise<never> {
    let timer: ReturnType<typeof setTimeout> | undefined
    try {
      await this.pool.guard(new Promise((resolve) => (timer = setTimeout(resolve, 1000))))
    } finally {
      clearTimeout(timer)
    }
    throw new NkkanError('E_WORKER', 'a worker failed during a command on shared memory (its message did not arrive)')
  }

  private async waitDone(): Promise<void> {
    for (;;) {
      const done = Atomics.load(this.words, WORD.DONE)
      if (done >= this.threads) return
      if (typeof Atomics.waitAsync === 'function') {
        const wait = Atomics.waitAsync(this.words, WORD.DONE, done)
        if (wait.async) await wait.value
      } else {
        // Browsers without Atomics.waitAsync: poll; the main thread may not block.
        await new Promise((resolve) => setTimeout(resolve, 1))
      }
    }
  }
}
