/** Two workers attached to a shared memory holding the training data, for tests of the control block itself. */
import { ControlBlock } from '../../src/threads/control.js'
import type { Dataset } from '../../src/data/data.js'
import { Engine } from '../../src/kernels/engine.js'
import { planMemory } from '../../src/kernels/layout.js'
import { type ModelShape, initialState } from '../../src/model/model.js'
import { compileKernelModule } from '../../src/kernels/wasm.js'
import { WorkerPool } from '../../src/threads/pool.js'

/**
 * Runs `work` with an engine of two copies (both the initial model, seed 1) and the data, and the
 * control block of a pool of two workers attached to it; detaches and ends the workers after.
 */
export async function withControlBlock(shape: ModelShape, train: Dataset, work: (engine: Engine, control: ControlBlock) => Promise<void>): Promise<void> {
  await compileKernelModule('shared')
  const pool = await WorkerPool.start(2)
  try {
    const engine = new Engine(planMemory({ shape, threads: 2, copies: 2, trainRows: train.rows }), { build: 'shared' })
    resetCopies(engine, shape, train)
    engine.writeTrain(train)
    const control = await ControlBlock.attach(pool, engine)
    await work(engine, control)
    await control.detach()
  } finally {
    await pool.terminate()
  }
}

/** Both copies become the initial model (seed 1) again. */
export function resetCopies(engine: Engine, shape: ModelShape, train: Dataset): void {
  const state = initialState(shape, train, 1)
  for (let copy = 0; copy < 2; copy++) engine.writeModel(state, copy)
}
