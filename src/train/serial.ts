/**
 * Concurrent-serial training (ALGORITHM §5): T workers each own a block of M/T addends of a
 * two-layer model and train it on every record, meeting once a record at a barrier inside the
 * wasm kernel (assembly/serial.ts) to add their shares of the output. Equal to sequential
 * training up to the order of that sum; worth it when a model is large enough that a record's
 * work outweighs a barrier. Needs shared memory.
 */
import { type Backend, type RoundTiming, roundTiming } from './backend.js'
import { ControlBlock, rangeWords } from '../threads/control.js'
import type { Dataset } from '../data/data.js'
import { Engine, type RowRange } from '../kernels/engine.js'
import { NkkanError } from '../errors.js'
import { planMemory } from '../kernels/layout.js'
import type { ModelShape, ModelState } from '../model/model.js'
import type { WorkerPool } from '../threads/pool.js'
import { groupState, joinGroups } from '../model/groups.js'
import { serialNeeds } from './memory-needs.js'
import { COMMAND } from '../kernels/protocol.js'
import { compileKernelModule } from '../kernels/wasm.js'

/** Throws E_OPTION saying what to change when concurrent-serial mode cannot run this model. */
export function checkSerial(shape: ModelShape, threads: number, shared: boolean): void {
  if (shape.layers.length !== 2) {
    throw new NkkanError('E_OPTION', `mode 'concurrent-serial' needs a two-layer model (inner units = addends); this one has ${shape.layers.length} layers`)
  }
  const addends = shape.layers[0]!.units
  if (threads > addends) throw new NkkanError('E_OPTION', `mode 'concurrent-serial' with ${threads} threads needs at least ${threads} addends; the model has ${addends}. Use fewer threads`)
  if (addends % threads !== 0) throw new NkkanError('E_OPTION', `mode 'concurrent-serial': threads (${threads}) must divide the ${addends} addends (layers[0].units)`)
  if (!shared) throw new NkkanError('E_OPTION', "mode 'concurrent-serial' needs shared memory (SharedArrayBuffer; in browsers, a cross-origin isolated page)")
}

export class SerialBackend implements Backend {
  /** One logical copy: every worker walks the same records. */
  readonly copies = 1
  private readonly engine: Engine
  private readonly control: ControlBlock
  private readonly blocks: ModelState[]
  private readonly valid: { engine: Engine; rows: number } | undefined
  private readonly weight: number

  private constructor(control: ControlBlock, engine: Engine, blocks: ModelState[], valid: SerialBackend['valid'], weight: number) {
    this.control = control
    this.engine = engine
    this.blocks = blocks
    this.valid = valid
    this.weight = weight
  }

  static async open(pool: WorkerPool, state: ModelState, data: Dataset, validation: Dataset | undefined): Promise<SerialBackend> {
    const threads = pool.size
    await compileKernelModule('shared')
    const blocks = Array.from({ length: threads }, (_, t) => groupState(state, threads, t))
    const [workers, callingThread] = serialNeeds(state.shape, threads, data.rows, validation?.rows ?? 0)
    const engine = new Engine(planMemory(workers.request), { build: 'shared' })
    blocks.forEach((block, t) => engine.writeModel(block, t))
    engine.writeTrain(data)
    let valid: SerialBackend['valid']
    if (validation !== undefined) {
      // The joined model is validated on the calling thread.
      valid = { engine: new Engine(planMemory(callingThread.request)), rows: validation.rows }
      valid.engine.writeEval(validation.x)
    }
    const weight = state.shape.form === 'mean' ? 1 / threads : 1
    return new SerialBackend(await ControlBlock.attach(pool, engine), engine, blocks, valid, weight)
  }

  async round(batches: readonly (readonly RowRange[])[], alpha: number, _signal: AbortSignal | undefined, skip: number): Promise<RoundTiming> {
    this.control.setScalars(alpha, this.weight, skip)
    const words = rangeWords(batches[0]!)
    return roundTiming([await this.control.run(COMMAND.SERIAL, () => words)], this.control.threads)
  }

  mergedIsFinite(): boolean {
    return this.blocks.every((_, t) => this.engine.isFinite(t))
  }

  read(state: ModelState): void {
    this.blocks.forEach((block, t) => this.engine.readModel(block, t))
    joinGroups(state, this.blocks)
    this.valid?.engine.writeModel(state, 0)
  }

  /** Predictions of the model joined by the last read(). */
  async predictValidation(): Promise<Float64Array> {
    return this.valid === undefined ? new Float64Array(0) : this.valid.engine.predictEval(0, this.valid.rows)
  }

  async close(): Promise<void> {
    await this.control.detach()
  }
}
