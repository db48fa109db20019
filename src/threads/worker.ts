/**
 * Worker entry: instantiates the kernels over the memory it is given and serves the
 * protocol of src/kernels/protocol.ts. Bundled by scripts/asbuild.mjs into an embedded string (so
 * no worker file has to be found at run time); imports nothing but the protocol constants, the
 * kernels' typed exports (src/kernels/kernels.ts), the record generators of the built-in data sets
 * (src/data/records.ts) and the CSV stream's piece parser (src/data/csv-blocks.ts).
 */
import { ALPHA_F64_INDEX, CHUNK_ROWS, COMMAND, type Command, type GenerateRequest, MAX_PIECES, MERGE, type MergeMode, SKIP_F64_INDEX, SLOT_ENDED, SLOT_STARTED, SLOT_TRAINED, SLOT_WORDS, WEIGHT_F64_INDEX, WORD, type WorkerPlan, type WorkerReply, type WorkerRequest, spanViews } from '../kernels/protocol.js'
import { refreshInverseDx } from '../kernels/inverse-dx.js'
import { type FloatKernels, floatKernels, instantiate } from '../kernels/kernels.js'
import { GENERATION_CHUNK_ROWS, fillChunks, taskColumns } from '../data/records.js'
import { type CSVBlock, parsePiece, pieceScanner } from '../data/csv-blocks.js'
import { LineSplitter } from '../data/csv-lines.js'
import { offsetRanges, pieceCount, roundRows } from './pieces.js'
import type { Columns } from '../data/csv.js'
import type { CSVRecords } from '../data/csv-scan.js'
import { NkkanError } from '../errors.js'

type Post = (reply: WorkerReply, transfer?: ArrayBuffer[]) => void

function bind(module: WebAssembly.Module, memory: WebAssembly.Memory, f64: boolean): FloatKernels {
  return floatKernels(instantiate(module, memory), f64)
}

function train(kernels: FloatKernels, plan: WorkerPlan, ranges: ArrayLike<number>, alpha: number, skip: number): void {
  for (let q = 0; q + 1 < ranges.length; q += 2) {
    const end = ranges[q + 1]!
    for (let r = ranges[q]!; r < end; r += CHUNK_ROWS) {
      kernels.nk(plan.ctxPtr, plan.trainXPtr, plan.trainYPtr, r, Math.min(r + CHUNK_ROWS, end), alpha, skip)
    }
  }
}

/** Where a round with dynamic balance counts its claimed pieces and writes down their owners (the span area's). */
interface Claims {
  readonly round: number
  readonly rows: number
  readonly claimed: Int32Array
  readonly owners: Uint8Array
}

/**
 * Dynamic balance (src/threads/pieces.ts): claims pieces of the round `words` describes until
 * none is left, and trains own copy on each; `claimed[round]` counts every worker's claims, and
 * the owner of each piece is written down for the main thread.
 */
function trainPieces(kernels: FloatKernels, plan: WorkerPlan, words: ArrayLike<number>, alpha: number, skip: number, { round, rows, claimed, owners }: Claims): void {
  const total = roundRows(words)
  const pieces = pieceCount(total, rows)
  for (let piece = Atomics.add(claimed, round, 1); piece < pieces; piece = Atomics.add(claimed, round, 1)) {
    owners[MAX_PIECES * round + piece] = plan.thread
    train(kernels, plan, offsetRanges(words, piece * rows, Math.min(total, (piece + 1) * rows)).flat(), alpha, skip)
  }
}

/**
 * Waits until every worker has arrived at `barrier` (its words: arrivals, generation), polling
 * for up to MEET_SPIN_MS before it sleeps.
 */
function meet(control: Int32Array, threads: number, barrier: number = WORD.BARRIER): void {
  const generation = Atomics.load(control, barrier + 1)
  if (Atomics.add(control, barrier, 1) + 1 === threads) {
    Atomics.store(control, barrier, 0)
    Atomics.add(control, barrier + 1, 1)
    Atomics.notify(control, barrier + 1)
    return
  }
  const until = performance.now() + MEET_SPIN_MS
  for (let spins = 1; Atomics.load(control, barrier + 1) === generation; spins++) {
    // Atomics.wait may also return without the generation having moved: look again.
    if ((spins & 255) === 0 && performance.now() > until) Atomics.wait(control, barrier + 1, generation)
  }
}
/**
 * How long a worker polls a barrier before it sleeps. Workers meet every round, the one that
 * finished first typically 0.1–3 ms ahead; a thread that sleeps gives its core away, and on a
 * busy or virtual machine getting it back costs more than the wait (a sleeping vCPU is halted;
 * the scheduler lets another task finish its slice first).
 */
const MEET_SPIN_MS = 3

/** Counts this worker in at the BARRIER words without waiting; true for the last to arrive. */
function arrive(control: Int32Array, threads: number): boolean {
  if (Atomics.add(control, WORD.BARRIER, 1) + 1 < threads) return false
  Atomics.store(control, WORD.BARRIER, 0)
  return true
}

/**
 * Averages every copy into copy 0 over bytes [w4, w5) of the slot, as `merge` says (MERGE.SPLIT:
 * the workers meet first and each averages its slice; BY_LAST: the last to arrive averages alone
 * and nobody waits). Returns true if this worker averaged. Every worker arrives, even one whose
 * training failed, so that none waits forever; a failure (FAILED is set before its worker
 * arrives) cancels the merge.
 */
function mergeCopies(kernels: FloatKernels, plan: WorkerPlan, control: Int32Array, merge: MergeMode, post: Post): boolean {
  const slot = WORD.SLOTS + SLOT_WORDS * plan.thread
  let averages = true
  if (merge === MERGE.SPLIT) meet(control, plan.threads)
  else averages = arrive(control, plan.threads)
  const from = control[slot + 4]!
  const to = control[slot + 5]!
  try {
    if (averages && to > from && Atomics.load(control, WORD.FAILED) === 0) kernels.average(plan.copiesPtr, plan.copiesPtr, plan.copyStrideBytes, plan.copies, from, to)
  } catch (error) {
    fail(control, plan, post, error)
  }
  return averages
}

function fail(control: Int32Array, plan: WorkerPlan, post: Post, error: unknown): void {
  Atomics.store(control, WORD.FAILED, 1)
  post({ type: 'failed', message: `worker ${plan.thread}: ${(error as Error).message}` })
}

/**
 * A ROUNDS command: WORD.ROUNDS rounds of training this thread's copy and merging, with no
 * command from the main thread between them. Per round: own rows of the round are trained; the
 * copies are averaged into copy 0, its 1/dx recomputed, and every copy becomes copy 0 (a small
 * model: by the worker that averaged; a large one, split: each worker its own copy, at the start
 * of the next round, after which all meet before thread 0 trains copy 0 again); all meet, so that
 * no copy starts the next round from a half-merged copy 0. The result is the bits of as many
 * TRAIN commands with the main thread's spreadMerged between them. A failure, or an abort
 * (WORD.STOP), stops every worker after the same round.
 */
function trainRounds(kernels: FloatKernels, memory: WebAssembly.Memory, plan: WorkerPlan, control: Int32Array, span: ReturnType<typeof spanViews>, post: Post): void {
  const merge = Atomics.load(control, WORD.MERGE) as MergeMode
  const pieceRows = Atomics.load(control, WORD.PIECE_ROWS)
  const { alphas, claimed, owners, ranges, times } = span
  const skip = new Float64Array(memory.buffer, 0, SKIP_F64_INDEX + 1)[SKIP_F64_INDEX]!
  const bytes = new Uint8Array(memory.buffer)
  const own = plan.copiesPtr + plan.thread * plan.copyStrideBytes
  // ROUNDS is read again after every round: thread 0 lowers it when the fit is aborted (STOP).
  for (let round = 0; round < Atomics.load(control, WORD.ROUNDS); round++) {
    if (round > 0 && merge === MERGE.SPLIT) {
      if (plan.thread > 0) bytes.copyWithin(own, plan.copiesPtr, plan.copiesPtr + plan.copyBytes)
      // Thread 0 trains copy 0 itself: only once every other thread has copied it.
      meet(control, plan.threads, WORD.MERGED_BARRIER)
    }
    times[3 * round] = now()
    try {
      const words = ranges.subarray(4 * round, 4 * round + 4)
      if (pieceRows > 0) trainPieces(kernels, plan, words, alphas[round]!, skip, { round, rows: pieceRows, claimed, owners })
      else train(kernels, plan, words, alphas[round]!, skip)
    } catch (error) {
      fail(control, plan, post, error)
    }
    times[3 * round + 1] = now()
    const averaged = mergeCopies(kernels, plan, control, merge, post)
    if (merge === MERGE.SPLIT) meet(control, plan.threads, WORD.MERGED_BARRIER)
    if ((merge === MERGE.SPLIT ? plan.thread === 0 : averaged) && Atomics.load(control, WORD.FAILED) === 0) {
      refreshInverseDx(memory.buffer, plan.copiesPtr, plan.f64, plan.grids)
      // A small model: the one that averaged also hands the result to every copy, while the
      // others wait at the barrier anyway, so that the next round needs no barrier of its own.
      if (merge === MERGE.BY_LAST) for (let copy = 1; copy < plan.copies; copy++) bytes.copyWithin(plan.copiesPtr + copy * plan.copyStrideBytes, plan.copiesPtr, plan.copiesPtr + plan.copyBytes)
    }
    if (plan.thread === 0 && Atomics.load(control, WORD.STOP) !== 0) Atomics.store(control, WORD.ROUNDS, round + 1)
    meet(control, plan.threads, merge === MERGE.SPLIT ? WORD.BARRIER : WORD.MERGED_BARRIER)
    times[3 * round + 2] = now()
    if (Atomics.load(control, WORD.FAILED) !== 0) return
  }
}

const now = (): number => performance.timeOrigin + performance.now()

/**
 * Shared mode: park on the control block and run commands until DETACH. The generation is
 * read before 'ready' is posted: a command issued right after 'ready' must not be missed.
 */
function serve(kernels: FloatKernels, memory: WebAssembly.Memory, plan: WorkerPlan, post: Post): void {
  const control = new Int32Array(memory.buffer, 0, WORD.SLOTS + SLOT_WORDS * plan.threads)
  const alpha = new Float64Array(memory.buffer, 0, WEIGHT_F64_INDEX + 1)
  const slot = WORD.SLOTS + SLOT_WORDS * plan.thread
  const times = new Float64Array(memory.buffer, slot * 4, SLOT_WORDS / 2)
  const span = spanViews(memory.buffer, plan.thread)
  let generation = Atomics.load(control, WORD.GENERATION)
  post({ type: 'ready' })
  for (;;) {
    Atomics.wait(control, WORD.GENERATION, generation)
    // A wake-up is not a command: Atomics.wait also returns on a notify that left GENERATION as
    // it was (seen about once in 1,000 fits run beside other models). Running the last command
    // again then trained a copy twice and counted DONE twice, so the main thread went on while
    // the other worker still trained: concurrent fits that differed from solo ones.
    const next = Atomics.load(control, WORD.GENERATION)
    if (next === generation) continue
    generation = next
    const command = Atomics.load(control, WORD.COMMAND) as Command
    const a0 = control[slot]!
    const a1 = control[slot + 1]!
    times[SLOT_STARTED / 2] = now()
    if (command === COMMAND.ROUNDS) {
      trainRounds(kernels, memory, plan, control, span, post)
      times[SLOT_TRAINED / 2] = times[SLOT_ENDED / 2] = now()
      if (Atomics.add(control, WORD.DONE, 1) + 1 === plan.threads) Atomics.notify(control, WORD.DONE)
      continue
    }
    try {
      if (command === COMMAND.TRAIN) {
        const words = control.subarray(slot, slot + 4)
        const pieceRows = Atomics.load(control, WORD.PIECE_ROWS)
        if (pieceRows > 0) {
          trainPieces(kernels, plan, words, alpha[ALPHA_F64_INDEX]!, alpha[SKIP_F64_INDEX]!, { round: 0, rows: pieceRows, claimed: span.claimed, owners: span.owners })
        } else {
          train(kernels, plan, words, alpha[ALPHA_F64_INDEX]!, alpha[SKIP_F64_INDEX]!)
        }
      } else if (command === COMMAND.SERIAL) {
        // Every thread walks the same rows, in the same chunks, so the barriers pair up.
        const weight = alpha[WEIGHT_F64_INDEX]!
        for (const [start, end] of [[a0, a1], [control[slot + 2]!, control[slot + 3]!]] as const) {
          for (let r = start; r < end; r += CHUNK_ROWS) {
            kernels.serial(plan.ctxPtr, plan.trainXPtr, plan.trainYPtr, r, Math.min(r + CHUNK_ROWS, end), alpha[ALPHA_F64_INDEX]!, alpha[SKIP_F64_INDEX]!, WORD.BARRIER * 4, plan.thread, plan.threads, plan.partialsPtr, weight)
          }
        }
      } else if (command === COMMAND.GROUPS) {
        for (const [start, end] of [[a0, a1], [control[slot + 2]!, control[slot + 3]!]] as const) {
          for (let r = start; r < end; r += CHUNK_ROWS) kernels.groups(plan.ctxPtr, plan.trainXPtr, plan.trainYPtr, r, Math.min(r + CHUNK_ROWS, end), alpha[ALPHA_F64_INDEX]!, control[slot + 4]!)
        }
      } else if (command === COMMAND.PREDICT) {
        for (let r = a0; r < a1; r += CHUNK_ROWS) kernels.forward(plan.ctxPtr, plan.evalXPtr, plan.evalOutPtr, r, Math.min(r + CHUNK_ROWS, a1))
      }
    } catch (error) {
      fail(control, plan, post, error)
    }
    times[SLOT_TRAINED / 2] = now()
    const merge = command === COMMAND.TRAIN ? (Atomics.load(control, WORD.MERGE) as MergeMode) : MERGE.NONE
    if (merge !== MERGE.NONE) mergeCopies(kernels, plan, control, merge, post)
    times[SLOT_ENDED / 2] = now()
    if (Atomics.add(control, WORD.DONE, 1) + 1 === plan.threads) Atomics.notify(control, WORD.DONE)
    if (command === COMMAND.DETACH) return
  }
}

/** Draws the request's chunks into the shared set, or into new buffers that are transferred back. */
function generate(request: GenerateRequest, post: Post): void {
  const { task, seed, set, rows, firstChunk, endChunk } = request
  if (request.x !== undefined && request.y !== undefined) {
    fillChunks(task, seed, set, rows, firstChunk, endChunk, request.x, request.y, 0)
    post({ type: 'generated', x: undefined, y: undefined })
    return
  }
  const { features, targets } = taskColumns(task)
  const firstRow = firstChunk * GENERATION_CHUNK_ROWS
  const count = Math.min(endChunk * GENERATION_CHUNK_ROWS, rows) - firstRow
  const x = new Float64Array(count * features)
  const y = new Float64Array(count * targets)
  fillChunks(task, seed, set, rows, firstChunk, endChunk, x, y, firstRow)
  post({ type: 'generated', x: x.buffer, y: y.buffer }, [x.buffer, y.buffer])
}

/** A block of no rows: the reply to a chunk that ends no line. */
function emptyBlock(): CSVBlock {
  return { x: new Float64Array(0), y: new Float64Array(0), rows: 0 }
}

/** Returns the message handler of a worker that answers through `post`. */
export function startWorker(post: Post): (request: WorkerRequest) => void {
  let privateState: { kernels: FloatKernels; memory: WebAssembly.Memory; plan: WorkerPlan } | undefined
  let csv: { records: CSVRecords; lines: LineSplitter; columns: Columns; source: string } | undefined
  return (request) => {
    try {
      if (request.type === 'csv-open') {
        const { columns, source } = request
        csv = { records: pieceScanner(columns, source), lines: new LineSplitter({ carry: new Uint8Array(request.carry), line: request.line }), columns, source }
      } else if (request.type === 'csv-chunk' || request.type === 'csv-end') {
        const { records, lines, columns, source } = csv!
        const piece = request.type === 'csv-chunk' ? lines.push(new Uint8Array(request.bytes), true) : lines.finish()
        const block = piece === undefined ? emptyBlock() : parsePiece(records, piece.bytes, piece.line, piece.lines, columns, source)
        const { x, y } = block
        post({ type: 'csv-block', x: x.buffer as ArrayBuffer, y: y.buffer as ArrayBuffer, rows: block.rows }, [x.buffer as ArrayBuffer, y.buffer as ArrayBuffer])
      } else if (request.type === 'attach') {
        serve(bind(request.module, request.memory, request.plan.f64), request.memory, request.plan, post)
      } else if (request.type === 'setup') {
        const { plan } = request
        const memory = new WebAssembly.Memory({ initial: plan.pages, maximum: plan.pages })
        const kernels = bind(request.module, memory, plan.f64)
        new Int32Array(memory.buffer, plan.ctxPtr, request.descriptor.length).set(request.descriptor)
        const View = plan.f64 ? Float64Array : Float32Array
        new View(memory.buffer, plan.trainXPtr, request.trainX.length).set(request.trainX)
        new View(memory.buffer, plan.trainYPtr, request.trainY.length).set(request.trainY)
        new Uint8Array(memory.buffer, plan.copiesPtr, plan.copyBytes).set(new Uint8Array(request.copy))
        privateState = { kernels, memory, plan }
        post({ type: 'ready' })
      } else if (request.type === 'train') {
        const { kernels, memory, plan } = privateState!
        const block = new Uint8Array(memory.buffer, plan.copiesPtr, plan.copyBytes)
        if (request.copy !== undefined) block.set(new Uint8Array(request.copy))
        const started = performance.now()
        train(kernels, plan, request.ranges, request.alpha, request.skip)
        const seconds = (performance.now() - started) / 1000
        const copy = block.slice().buffer
        post({ type: 'trained', copy, seconds }, [copy])
      } else {
        generate(request, post)
      }
    } catch (error) {
      post(error instanceof NkkanError ? { type: 'failed', message: error.message, code: error.code } : { type: 'failed', message: (error as Error).message })
    }
  }
}
