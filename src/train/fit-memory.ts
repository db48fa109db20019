/**
 * The wasm memory a fit will ask for, checked before it allocates anything (the initial model,
 * workers, wasm memory): a fit whose model copies, scratch, validation rows and training rows
 * (a window of them where the backend streams) do not fit in wasm32's 4 GiB is refused at once
 * with E_SHAPE saying what does fit. `KAN.create` checked that one copy fits; copies, validation
 * data and the backends that keep every training row are what can still overflow.
 */
import type { Dataset } from '../data/data.js'
import { NkkanError } from '../errors.js'
import { type PlanRequest, maxTrainRows, planMemory } from '../kernels/layout.js'
import { type ModelShape, targetCount } from '../model/model.js'
import type { ResolvedFitOptions } from './options.js'

/** One wasm memory a backend asks for; `streams`: it holds a window of the training rows, at least one per thread. */
interface Need {
  readonly request: Required<PlanRequest>
  readonly streams: boolean
}

/** Throws E_SHAPE when a wasm memory the fit's backend asks for cannot be had. */
export function checkFitMemory(shape: ModelShape, data: Dataset, options: ResolvedFitOptions, shared: boolean): void {
  const evalRows = options.validation?.rows ?? 0
  for (const need of needs(shape, data.rows, evalRows, options, shared)) {
    if (!fits(need)) throw new NkkanError('E_SHAPE', explain(need, data.rows, evalRows))
  }
}

/** The memories of each backend, as src/train/train.ts, src/train/parallel.ts, src/train/serial.ts and the cluster coordinator plan them. */
function needs(shape: ModelShape, rows: number, evalRows: number, options: ResolvedFitOptions, shared: boolean): Need[] {
  const { threads, copies } = options
  const plan = (request: Omit<PlanRequest, 'shape'>, streams: boolean): Need => ({ request: { shape, threads: 1, copies: 1, trainRows: 0, prequentialRows: 0, evalRows: 0, ...request }, streams })
  if (options.cluster !== undefined) return [plan({ copies, evalRows }, false)]
  if (threads === 1) return [plan({ copies, evalRows }, true)]
  if (options.mode === 'concurrent-serial') return [plan({ threads, copies: threads, trainRows: rows }, false), plan({ evalRows }, false)]
  // Shared memory: one descriptor and scratch more, for the calling thread.
  if (shared) return [plan({ threads: threads + 1, copies, evalRows }, true)]
  // Private memories: the calling thread keeps the copies and validation rows, each worker one copy and every training row.
  return [plan({ copies, evalRows }, false), plan({ trainRows: rows }, false)]
}

function fits({ request, streams }: Need): boolean {
  try {
    if (streams) return maxTrainRows(request).rows >= request.threads
    planMemory(request)
    return true
  } catch (error) {
    if (error instanceof NkkanError && error.code === 'E_SHAPE') return false
    throw error
  }
}

/** What the memory holds, and the largest copies, validation or training rows that fit beside the rest. */
function explain(need: Need, rows: number, evalRows: number): string {
  const { request } = need
  const { shape, copies, threads } = request
  const GiB = (bytes: number): string => `${(bytes / 2 ** 30).toFixed(2)} GiB`
  const valueBytes = shape.precision === 'f64' ? 8 : 4
  const copyBytes = planMemory({ shape, threads: 1, copies: 1 }).copyStrideBytes
  const rowBytes = (shape.inputs + targetCount(shape)) * valueBytes
  const parts = [`${copies} model cop${copies === 1 ? 'y' : 'ies'} of ${GiB(copyBytes)}`]
  if (request.evalRows > 0) parts.push(`${request.evalRows} validation rows (${GiB(request.evalRows * rowBytes)})`)
  if (request.trainRows > 0) parts.push(`all ${request.trainRows} training rows (${GiB(request.trainRows * rowBytes)})`)
  else if (need.streams) parts.push(`a window of at least ${threads} training row${threads === 1 ? '' : 's'}`)
  const largest = (fit: (count: number) => boolean, upTo: number): number => {
    let [lo, hi] = [0, upTo]
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2)
      if (fit(mid)) lo = mid
      else hi = mid - 1
    }
    return lo
  }
  const fitting: string[] = []
  if (copies > 1) {
    // Threads: at most one per copy (and the calling thread's own in shared memory, where threads > copies).
    const k = largest((count) => fits({ ...need, request: { ...request, copies: count, threads: Math.min(threads, count + (threads > copies ? 1 : 0)) } }), copies - 1)
    if (k > 0) fitting.push(`${k} cop${k === 1 ? 'y fits' : 'ies fit'} (copies and threads ≤ ${k})`)
  }
  if (request.evalRows > 0) {
    const v = largest((count) => fits({ ...need, request: { ...request, evalRows: count } }), evalRows - 1)
    fitting.push(v > 0 ? `${v} validation rows fit` : 'no validation rows fit')
  }
  if (request.trainRows > 0) {
    const t = largest((count) => fits({ ...need, request: { ...request, trainRows: count } }), rows - 1)
    fitting.push(`${t} training rows fit (threads: 1 or shared memory stream more through windowRows)`)
  }
  const f32 = shape.precision === 'f64' ? "; precision 'f32' halves every part" : ''
  const listed = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`
  return `the fit needs ${listed} in one wasm memory; wasm32 allows 4 GiB. Beside the rest, ${fitting.join(', ') || 'nothing more fits'}${f32}`
}
