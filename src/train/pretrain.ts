/**
 * Pretraining (ALGORITHM §4): a two-layer model is a sum (or mean) of M addends, addend k being
 * inner unit k (its functions of every input) with its outer functions. The addends are split
 * into G groups; each group, as a KAN of its own, trains over the whole data set with no
 * synchronisation (groups spread over the workers), and the groups are joined back.
 *
 * A group's addends take the NK steps they would take inside the whole model if the other
 * addends output nothing, as the papers' reference code does (andrewpolar/DetFast trains pairs of
 * addends, each on y* minus the pair's sum, at the model's μ). Sum form: the group's sum predicts
 * y* at the model's α. Mean form: the group's share of the model's output is (1/G)·(the group's
 * mean), so the group, as its own mean-form KAN, predicts G·y* at α/G. Either way the joined
 * model's output is the sum of the groups' shares. (Groups predicting y* at α in the mean form,
 * or y* ÷ G in the sum form, learned nothing of Det5 and left the model worse than a fresh one:
 * README, Benchmarks.)
 */
import type { Dataset } from '../data/data.js'
import type { PretrainOptions } from './options.js'
import { Engine } from '../kernels/engine.js'
import { NkkanError } from '../errors.js'
import { descriptorWords, planMemory } from '../kernels/layout.js'
import type { ModelShape, ModelState } from '../model/model.js'
import { groupState, joinGroups } from '../model/groups.js'
import { ControlBlock, workerPlan } from '../threads/control.js'
import type { WorkerPool } from '../threads/pool.js'
import { SequentialBackend, checkAbort } from './train.js'
import { yieldToEventLoop } from './slicer.js'
import { COMMAND } from '../kernels/protocol.js'
import { compileKernelModule } from '../kernels/wasm.js'


/**
 * The pretraining options with their defaults (pairs of addends, or single addends when M is
 * odd; 2 epochs); throws E_OPTION naming what to change when pretraining does not apply.
 */
export function checkPretrain(shape: ModelShape, options: PretrainOptions): Required<PretrainOptions> {
  if (shape.layers.length !== 2) {
    throw new NkkanError('E_OPTION', `pretrain needs a two-layer model (inner units = addends, then the outputs); this one has ${shape.layers.length} layers`)
  }
  const addends = shape.layers[0]!.units
  const { groups = addends % 2 === 0 ? addends / 2 : addends, epochs = 2 } = options
  if (!Number.isInteger(groups) || groups < 1 || addends % groups !== 0) {
    throw new NkkanError('E_OPTION', `pretrain.groups must divide the ${addends} addends (layers[0].units), got ${String(groups)}`)
  }
  if (!Number.isInteger(epochs) || epochs < 1) throw new NkkanError('E_OPTION', `pretrain.epochs must be an integer ≥ 1, got ${String(epochs)}`)
  return { groups, epochs }
}


/**
 * What each group trains on, and at which α, so that its addends take the steps they would take
 * inside the whole model with the other addends silent: sum form y* at α; mean form G·y* at α/G.
 */
export function groupTraining(shape: ModelShape, data: Dataset, groups: number, alpha: number): { data: Dataset; alpha: number } {
  if (shape.form === 'sum' || groups === 1) return { data, alpha }
  return { data: { ...data, y: data.y.map((v) => v * groups) }, alpha: alpha / groups }
}

/**
 * Trains every group for `epochs` passes over the data. Groups of 2 or more addends of a
 * one-target model train in one pass per record over a block of groups (assembly/groups.ts):
 * on the calling thread, or over one shared memory with one block per worker. Otherwise each
 * group trains as its own KAN: on the calling thread, in waves over the workers of a shared
 * memory, or, without shared memory, each worker on a private copy. Both give the same bits.
 */
export async function pretrain(
  state: ModelState,
  data: Dataset,
  options: Required<PretrainOptions>,
  alpha: number,
  pool: WorkerPool | undefined,
  shared: boolean,
  signal: AbortSignal | undefined,
): Promise<void> {
  const { data: target, alpha: groupAlpha } = groupTraining(state.shape, data, options.groups, alpha)
  const groupSize = state.shape.layers[0]!.units / options.groups
  if (groupSize >= 2 && state.shape.layers[1]!.units === 1 && (pool === undefined || shared)) {
    await pretrainInBlocks(state, target, options.epochs, groupAlpha, groupSize, pool, signal)
    return
  }
  const parts = Array.from({ length: options.groups }, (_, g) => groupState(state, options.groups, g))
  if (pool === undefined) {
    for (const part of parts) {
      const backend = new SequentialBackend(part, target, undefined)
      for (let epoch = 0; epoch < options.epochs; epoch++) await backend.round([[[0, data.rows]]], groupAlpha, signal, 0)
      backend.read(part)
    }
  } else if (shared) {
    await pretrainShared(parts, target, options.epochs, groupAlpha, pool, signal)
  } else {
    await pretrainPrivate(parts, target, options.epochs, groupAlpha, pool, signal)
  }
  joinGroups(state, parts)
}

async function pretrainShared(parts: ModelState[], data: Dataset, epochs: number, alpha: number, pool: WorkerPool, signal: AbortSignal | undefined): Promise<void> {
  const threads = pool.size
  await compileKernelModule('shared')
  const engine = new Engine(planMemory({ shape: parts[0]!.shape, threads, copies: parts.length, trainRows: data.rows }), { build: 'shared' })
  parts.forEach((part, g) => engine.writeModel(part, g))
  engine.writeTrain(data)
  const control = await ControlBlock.attach(pool, engine)
  try {
    control.setScalars(alpha)
    for (let first = 0; first < parts.length; first += threads) {
      // A wave: thread s trains group first + s (threads past the last group idle).
      for (let s = 0; s < threads && first + s < parts.length; s++) engine.bindThread(s, first + s)
      for (let epoch = 0; epoch < epochs; epoch++) {
        checkAbort(signal)
        await control.run(COMMAND.TRAIN, (s) => (first + s < parts.length ? [0, data.rows, 0, 0] : [0, 0, 0, 0]))
      }
    }
  } finally {
    await control.detach()
  }
  parts.forEach((part, g) => engine.readModel(part, g))
}

async function pretrainPrivate(parts: ModelState[], data: Dataset, epochs: number, alpha: number, pool: WorkerPool, signal: AbortSignal | undefined): Promise<void> {
  const module = await compileKernelModule('private')
  const plan = planMemory({ shape: parts[0]!.shape, threads: 1, copies: 1, trainRows: data.rows })
  // Encodes a group model as the worker's parameter block, and decodes the trained block.
  const codec = new Engine(planMemory({ shape: parts[0]!.shape, threads: 1, copies: 1 }))
  const ranges = Array.from({ length: epochs }, () => [0, data.rows]).flat()
  let next = 0
  const worker = async (s: number): Promise<void> => {
    for (let g = next++; g < parts.length; g = next++) {
      checkAbort(signal)
      codec.writeModel(parts[g]!, 0)
      const copy = codec.copyBytes(0).slice().buffer
      await pool.request(s, { type: 'setup', module, plan: workerPlan(plan, 0, 1), descriptor: descriptorWords(plan, 0, 0), trainX: data.x, trainY: data.y, copy })
      const reply = await pool.request(s, { type: 'train', ranges, alpha, skip: 0, copy: undefined })
      if (reply.type !== 'trained') throw new NkkanError('E_WORKER', `worker ${s} answered ${reply.type} to a pretraining request`)
      codec.copyBytes(0).set(new Uint8Array(reply.copy))
      codec.readModel(parts[g]!, 0)
    }
  }
  await pool.guard(Promise.all(Array.from({ length: Math.min(pool.size, parts.length) }, (_, s) => worker(s))))
}

/** Rows per kernel call between checks for an abort on the calling thread. */
const SLICE_ROWS = 16384

/**
 * The groups of `groupSize` addends in one pass per record (assembly/groups.ts), split into
 * blocks of whole groups: one on the calling thread, or one per worker of a shared memory (as
 * many as divide the groups).
 */
async function pretrainInBlocks(state: ModelState, data: Dataset, epochs: number, alpha: number, groupSize: number, pool: WorkerPool | undefined, signal: AbortSignal | undefined): Promise<void> {
  const groups = state.shape.layers[0]!.units / groupSize
  let blocks = Math.min(pool?.size ?? 1, groups)
  while (groups % blocks !== 0) blocks--
  const parts = Array.from({ length: blocks }, (_, b) => groupState(state, blocks, b))
  if (pool === undefined) {
    const engine = new Engine(planMemory({ shape: parts[0]!.shape, threads: 1, trainRows: data.rows }))
    engine.writeModel(parts[0]!, 0)
    engine.writeTrain(data)
    let sliceStart = performance.now()
    for (let epoch = 0; epoch < epochs; epoch++) {
      for (let r = 0; r < data.rows; r += SLICE_ROWS) {
        engine.trainGroups(0, r, Math.min(r + SLICE_ROWS, data.rows), alpha, groupSize)
        if (performance.now() - sliceStart > 50) {
          await yieldToEventLoop()
          checkAbort(signal)
          sliceStart = performance.now()
        }
      }
    }
    engine.readModel(parts[0]!, 0)
  } else {
    await compileKernelModule('shared')
    const engine = new Engine(planMemory({ shape: parts[0]!.shape, threads: pool.size, copies: blocks, trainRows: data.rows }), { build: 'shared' })
    parts.forEach((part, b) => engine.writeModel(part, b))
    engine.writeTrain(data)
    const control = await ControlBlock.attach(pool, engine)
    try {
      control.setScalars(alpha)
      for (let epoch = 0; epoch < epochs; epoch++) {
        checkAbort(signal)
        await control.run(COMMAND.GROUPS, (s) => [0, s < blocks ? data.rows : 0, 0, 0, groupSize])
      }
    } finally {
      await control.detach()
    }
    parts.forEach((part, b) => engine.readModel(part, b))
  }
  joinGroups(state, parts)
}
