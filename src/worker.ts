/**
 * Worker entry: instantiates the kernels over the memory it is given and serves the
 * protocol of src/protocol.ts. Bundled by scripts/asbuild.mjs into an embedded string (so
 * no worker file has to be found at run time); imports nothing but the protocol constants and
 * the record generators of the built-in data sets (src/records.ts).
 */
import { ALPHA_F64_INDEX, CHUNK_ROWS, COMMAND, type GenerateRequest, SKIP_F64_INDEX, WEIGHT_F64_INDEX, type Command, SLOT_WORDS, WORD, type WorkerPlan, type WorkerReply, type WorkerRequest } from './protocol.js'
import { GENERATION_CHUNK_ROWS, fillChunks, taskColumns } from './records.js'

type Post = (reply: WorkerReply, transfer?: ArrayBuffer[]) => void

interface Kernels {
  nk(ctx: number, xPtr: number, yPtr: number, r0: number, r1: number, alpha: number, skip: number): void
  forward(ctx: number, xPtr: number, outPtr: number, r0: number, r1: number): void
  average(dstPtr: number, srcPtr: number, srcStrideBytes: number, copies: number, fromBytes: number, toBytes: number): void
  groups(ctx: number, xPtr: number, yPtr: number, r0: number, r1: number, alpha: number, groupSize: number): void
  serial(ctx: number, xPtr: number, yPtr: number, r0: number, r1: number, alpha: number, skip: number, syncPtr: number, thread: number, threads: number, partialsPtr: number, weight: number): void
}

function bind(module: WebAssembly.Module, memory: WebAssembly.Memory, f64: boolean): Kernels {
  const exports = new WebAssembly.Instance(module, { env: { memory } }).exports as Record<string, (...args: number[]) => void>
  const pick = (name: string): ((...args: number[]) => void) => exports[`${name}${f64 ? 'F64' : 'F32'}`]!
  return { nk: pick('nkRange'), forward: pick('forwardRange'), average: pick('average'), serial: pick('serialRange'), groups: pick('groupRange') }
}

function train(kernels: Kernels, plan: WorkerPlan, ranges: ArrayLike<number>, alpha: number, skip: number): void {
  for (let q = 0; q + 1 < ranges.length; q += 2) {
    const end = ranges[q + 1]!
    for (let r = ranges[q]!; r < end; r += CHUNK_ROWS) {
      kernels.nk(plan.ctxPtr, plan.trainXPtr, plan.trainYPtr, r, Math.min(r + CHUNK_ROWS, end), alpha, skip)
    }
  }
}

/**
 * Shared mode: park on the control block and run commands until DETACH. The generation is
 * read before 'ready' is posted: a command issued right after 'ready' must not be missed.
 */
function serve(kernels: Kernels, memory: WebAssembly.Memory, plan: WorkerPlan, post: Post): void {
  const control = new Int32Array(memory.buffer, 0, WORD.SLOTS + SLOT_WORDS * plan.threads)
  const alpha = new Float64Array(memory.buffer, 0, WEIGHT_F64_INDEX + 1)
  const slot = WORD.SLOTS + SLOT_WORDS * plan.thread
  let generation = Atomics.load(control, WORD.GENERATION)
  post({ type: 'ready' })
  for (;;) {
    Atomics.wait(control, WORD.GENERATION, generation)
    generation = Atomics.load(control, WORD.GENERATION)
    const command = Atomics.load(control, WORD.COMMAND) as Command
    const a0 = control[slot]!
    const a1 = control[slot + 1]!
    try {
      if (command === COMMAND.TRAIN) {
        train(kernels, plan, control.subarray(slot, slot + 4), alpha[ALPHA_F64_INDEX]!, alpha[SKIP_F64_INDEX]!)
      } else if (command === COMMAND.MERGE) {
        if (a1 > a0) kernels.average(plan.copiesPtr, plan.copiesPtr, plan.copyBytes, plan.copies, a0, a1)
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
      Atomics.store(control, WORD.FAILED, 1)
      post({ type: 'failed', message: `worker ${plan.thread}: ${(error as Error).message}` })
    }
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

/** Returns the message handler of a worker that answers through `post`. */
export function startWorker(post: Post): (request: WorkerRequest) => void {
  let privateState: { kernels: Kernels; memory: WebAssembly.Memory; plan: WorkerPlan } | undefined
  return (request) => {
    try {
      if (request.type === 'attach') {
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
        train(kernels, plan, request.ranges, request.alpha, request.skip)
        const copy = block.slice().buffer
        post({ type: 'trained', copy }, [copy])
      } else if (request.type === 'generate') {
        generate(request, post)
      }
    } catch (error) {
      post({ type: 'failed', message: (error as Error).message })
    }
  }
}
