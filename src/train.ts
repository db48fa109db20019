/**
 * Sequential training on the calling thread (ALGORITHM §2 applied record by record, epoch by
 * epoch): the model is copied into wasm memory once, trained in chunks, validated after each
 * epoch and copied back only after an epoch that left every parameter finite.
 */
import type { Dataset } from './data.js'
import { Engine } from './engine.js'
import { NkkanError } from './errors.js'
import { planMemory } from './layout.js'
import { computeMetrics } from './metrics.js'
import type { ModelState } from './model.js'
import type { EpochLog, ResolvedFitOptions } from './options.js'

/** Let timers and abort events run between chunks of work (at most this often). */
const YIELD_EVERY_MS = 50

export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)))
}

/** Throws E_ABORT if the signal has fired. */
export function checkAbort(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) {
    throw new NkkanError('E_ABORT', 'training was aborted; the model keeps its last complete epoch', { cause: signal.reason })
  }
}

export async function trainSequential(state: ModelState, data: Dataset, options: ResolvedFitOptions): Promise<EpochLog[]> {
  const { validation, signal } = options
  const plan = planMemory({ shape: state.shape, threads: 1, trainRows: data.rows, evalRows: validation?.rows ?? 0 })
  const engine = new Engine(plan)
  engine.writeModel(state, 0)
  engine.writeTrain(data)
  if (validation !== undefined) engine.writeEval(validation.x)

  const history: EpochLog[] = []
  let seconds = 0
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    checkAbort(signal)
    let epochSeconds = 0
    let sliceStart = performance.now()
    for (let r = 0; r < data.rows; ) {
      const r1 = Math.min(r + 16384, data.rows)
      engine.train(0, r, r1, options.learningRate)
      r = r1
      if (performance.now() - sliceStart > YIELD_EVERY_MS) {
        epochSeconds += (performance.now() - sliceStart) / 1000
        await yieldToEventLoop()
        checkAbort(signal)
        sliceStart = performance.now()
      }
    }
    epochSeconds += (performance.now() - sliceStart) / 1000
    seconds += epochSeconds
    if (!engine.isFinite(0)) {
      throw new NkkanError('E_VALUE', `training diverged in epoch ${epoch} (a parameter became NaN or infinite); the model keeps its previous epoch. Lower learningRate (now ${options.learningRate})`)
    }
    engine.readModel(state, 0)
    const metrics = validation === undefined ? {} : computeMetrics(engine.predictEval(0, validation.rows), validation.y, validation.rows, validation.targets)
    const log: EpochLog = { epoch, records: epoch * data.rows, seconds, recordsPerSecond: data.rows / epochSeconds, ...metrics }
    history.push(log)
    options.onEpoch?.(log)
    if (options.stopAtPearson !== undefined && log.pearson?.every((p) => p >= options.stopAtPearson!) === true) break
  }
  return history
}
