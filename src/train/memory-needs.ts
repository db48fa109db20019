/**
 * The wasm memories each way of training asks for, in one place: every backend plans its memory
 * from these, and src/train/fit-memory.ts checks them before a fit allocates anything.
 */
import type { PlanRequest } from '../kernels/layout.js'
import { groupShape } from '../model/groups.js'
import type { ModelShape } from '../model/model.js'

/**
 * One wasm memory's plan. `streams`: its training rows are a window onto the data (at least one
 * row per thread; src/train/window.ts sizes it), so `request.trainRows` is 0 here.
 */
export interface MemoryNeed {
  readonly request: Required<PlanRequest>
  readonly streams: boolean
}

function need(shape: ModelShape, request: Partial<Omit<PlanRequest, 'shape'>>, streams: boolean): MemoryNeed {
  return { request: { shape, threads: 1, copies: 1, trainRows: 0, prequentialRows: 0, evalRows: 0, ...request }, streams }
}

/** Training on the calling thread (SequentialBackend): every copy, the validation rows, a window of the training rows. */
export function callingThreadNeed(shape: ModelShape, copies: number, evalRows: number): MemoryNeed {
  return need(shape, { copies, evalRows }, true)
}

/** Workers over one shared memory (SharedBackend): a descriptor and scratch per worker and one more for the calling thread. */
export function sharedNeed(shape: ModelShape, threads: number, copies: number, evalRows: number): MemoryNeed {
  return need(shape, { threads: threads + 1, copies, evalRows }, true)
}

/** Workers with private memories (PrivateBackend): the calling thread's (every copy, validation), then each worker's (one copy, every training row). */
export function privateNeeds(shape: ModelShape, copies: number, evalRows: number, rows: number): readonly [MemoryNeed, MemoryNeed] {
  return [need(shape, { copies, evalRows }, false), need(shape, { trainRows: rows }, false)]
}

/**
 * Concurrent-serial (SerialBackend): the shared memory with one block of the addends per thread
 * and every training row, then the calling thread's whole model for validation.
 */
export function serialNeeds(shape: ModelShape, threads: number, rows: number, evalRows: number): readonly [MemoryNeed, MemoryNeed] {
  return [need(groupShape(shape, threads), { threads, copies: threads, trainRows: rows }, false), need(shape, { evalRows }, false)]
}

/** A cluster coordinator (src/cluster/backend.ts): every copy it merges and the validation rows; the workers hold the data. */
export function coordinatorNeed(shape: ModelShape, copies: number, evalRows: number): MemoryNeed {
  return need(shape, { copies, evalRows }, false)
}
