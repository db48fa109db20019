/**
 * Seeded generators of the papers' data sets (ALGORITHM §7): on the calling thread (`det`,
 * `tetra`, `triangle`) or spread over worker threads (`generate`), with the same records.
 */
import type { Dataset, FloatArray } from './data/data.js'
import { NkkanError, throwIfAborted, untilAborted } from './errors.js'
import type { Split } from './data/scale.js'
import { WorkerPool } from './threads/pool.js'
import { MAX_THREADS } from './kernels/protocol.js'
import { type RecordTask, chunkCount, fillChunks, GENERATION_CHUNK_ROWS, taskColumns } from './data/records.js'
import { canShareMemory, defaultThreadCount } from './threads/worker-host.js'
import { yieldToEventLoop } from './train/slicer.js'

const GENERATION_ABORTED = 'data generation was aborted'

export type { Split }

/**
 * Sizes and seed of a generated split. The records are drawn in chunks of 4,096, each chunk
 * from its own PRNG stream derived from (seed, set, chunk index) (`Random.stream`), so a
 * record depends only on the seed, its set and its index: not on the thread count, nor on the
 * size of the other set.
 */
export interface GeneratorOptions {
  /** Training records. */
  train: number
  /** Validation records. */
  valid: number
  /** Seed (an integer, taken mod 2^32); the same seed gives the same records. Default 1. */
  seed?: number
  /**
   * Storage of x and y: 'f64' (default) or 'f32', half the memory (10M Det5 records: 1.0 GB
   * instead of 2.1 GB); f32 records are the f64 records rounded.
   */
  precision?: 'f64' | 'f32'
}

/** Options of Det-n. */
export interface DetOptions extends GeneratorOptions {
  /** The matrix order n (an integer ≥ 2). Default 4. */
  size?: number
}

/** The built-in data sets that {@link generate} draws. */
export type DatasetName = 'det' | 'tetra' | 'triangle'

/** How {@link generate} runs; the records do not depend on it. */
export interface GenerateOptions {
  /**
   * Threads drawing records: `1` draws on the calling thread (yielding to the event loop
   * between pieces of work), more start that many workers (never more than there are pieces
   * of 65,536 records), which are ended before the promise settles. Default: the machine's
   * available parallelism.
   */
  threads?: number
  /** Rejects the promise with `E_ABORT`, and ends the workers, once it fires. */
  signal?: AbortSignal
}

/** What is drawn: the task, its seed, and the rows of the training and validation sets. */
interface Job {
  readonly task: RecordTask
  readonly seed: number
  readonly rows: readonly [number, number]
  readonly f32: boolean
}

/** Chunks per piece of work handed to a thread (65,536 records). */
const UNIT_CHUNKS = 16

function resolveJob(name: unknown, options: Partial<DetOptions> | undefined, defaults?: { train: number; valid: number }): Job {
  if (name !== 'det' && name !== 'tetra' && name !== 'triangle') {
    throw new NkkanError('E_OPTION', `the data set must be 'det', 'tetra' or 'triangle', got ${typeof name === 'string' ? `'${name}'` : String(name)}`)
  }
  if (options === undefined && defaults === undefined) throw new NkkanError('E_OPTION', `${name} needs options { train, valid }`)
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JavaScript callers can pass anything
  if (options !== undefined && (typeof options !== 'object' || options === null)) throw new NkkanError('E_OPTION', `options must be an object, got ${String(options)}`)
  const size = name === 'det' ? (options?.size ?? 4) : 0
  if (!Number.isInteger(size) || (name === 'det' && size < 2)) throw new NkkanError('E_OPTION', `size must be an integer ≥ 2, got ${String(size)}`)
  const rows = (['train', 'valid'] as const).map((key) => {
    const value = options?.[key] ?? defaults?.[key]
    if (!Number.isInteger(value) || (value as number) < 1) throw new NkkanError('E_OPTION', `${key} must be an integer ≥ 1, got ${String(value)}`)
    return value as number
  }) as [number, number]
  const seed = options?.seed ?? 1
  if (!Number.isInteger(seed)) throw new NkkanError('E_OPTION', `seed must be an integer, got ${String(seed)}`)
  const precision: unknown = options?.precision ?? 'f64'
  if (precision !== 'f64' && precision !== 'f32') throw new NkkanError('E_OPTION', `precision must be 'f64' or 'f32', got ${String(precision)}`)
  return { task: { name, size }, seed, rows, f32: precision === 'f32' }
}

/** The empty training and validation sets of a job. */
function allocate(job: Job, shared: boolean): [Dataset, Dataset] {
  const { features, targets } = taskColumns(job.task)
  const bytes = job.f32 ? 4 : 8
  const array = (length: number, key: string): FloatArray => {
    try {
      const buffer = shared ? new SharedArrayBuffer(length * bytes) : new ArrayBuffer(length * bytes)
      return job.f32 ? new Float32Array(buffer) : new Float64Array(buffer)
    } catch (error) {
      throw new NkkanError('E_OPTION', `${key}: ${length} values do not fit in one array here (${(error as Error).message})`, { cause: error })
    }
  }
  const [train, valid] = (['train', 'valid'] as const).map((key, set) => {
    const rows = job.rows[set]!
    return { x: array(rows * features, `${key}.x`), y: array(rows * targets, `${key}.y`), rows, features, targets }
  }) as [Dataset, Dataset]
  return [train, valid]
}

function drawAll(job: Job): Split {
  const sets = allocate(job, false)
  sets.forEach((data, set) => fillChunks(job.task, job.seed, set as 0 | 1, data.rows, 0, chunkCount(data.rows), data.x, data.y, 0))
  return { train: sets[0], valid: sets[1] }
}

/**
 * Det-n: the entries of an n×n matrix, uniform in [0, 10], and its determinant.
 * Det4 (`size: 4`) and Det5 (`size: 5`) are the papers' tasks. Drawn on the calling thread;
 * {@link generate} draws the same records on workers.
 * @example const { train, valid } = det({ size: 4, train: 100_000, valid: 20_000, seed: 1 })
 */
export function det(options: DetOptions): Split {
  return drawAll(resolveJob('det', options))
}

/**
 * Tetra: the 12 coordinates of 4 points uniform in [0, 10]³ and the areas of the 4 faces
 * (face k is the one opposite vertex k).
 */
export function tetra(options: GeneratorOptions): Split {
  return drawAll(resolveJob('tetra', options))
}

/** The papers' triangle set sizes: 8,192 training and 2,048 validation records. */
const TRIANGLE_ROWS = { train: 8192, valid: 2048 }

/**
 * Triangle (the fixed-point reference task, ALGORITHM §6): 6 integers in [100, 2000], the
 * vertices (x1, y1, x2, y2, x3, y3), and floor(|x1(y2-y3) + x2(y3-y1) + x3(y1-y2)| / 2).
 * Defaults to the papers' 8,192 / 2,048 records.
 */
export function triangle(options: Partial<GeneratorOptions> = {}): Split {
  return drawAll(resolveJob('triangle', options, TRIANGLE_ROWS))
}

/**
 * Draws a built-in data set on worker threads (Node `worker_threads`, Web Workers in browsers):
 * the same records, bit for bit, as `det`, `tetra` or `triangle` with the same options, for
 * any thread count. Workers write into `SharedArrayBuffer`-backed arrays where shared
 * memory is available (Node; pages with COOP/COEP), else transfer their chunks back. Rejects
 * with `E_OPTION` on a bad option, `E_ABORT` when `signal` fires, `E_WORKER` when a worker
 * fails; every worker it started has been ended when the promise settles.
 * @example const { train, valid } = await datasets.generate('det', { size: 5, train: 10_000_000, valid: 2_000_000, seed: 1, threads: 2 })
 */
export function generate(name: 'det', options: DetOptions & GenerateOptions): Promise<Split>
/** Tetra ({@link tetra}) on worker threads. */
export function generate(name: 'tetra', options: GeneratorOptions & GenerateOptions): Promise<Split>
/** Triangle ({@link triangle}, default 8,192 / 2,048 records) on worker threads. */
export function generate(name: 'triangle', options?: Partial<GeneratorOptions> & GenerateOptions): Promise<Split>
export async function generate(name: DatasetName, options?: Partial<DetOptions> & GenerateOptions): Promise<Split> {
  const job = resolveJob(name, options, name === 'triangle' ? TRIANGLE_ROWS : undefined)
  const threads = options?.threads ?? Math.min(await defaultThreadCount(), MAX_THREADS)
  if (!Number.isInteger(threads) || threads < 1 || threads > MAX_THREADS) {
    throw new NkkanError('E_OPTION', `threads must be an integer from 1 to ${MAX_THREADS}, got ${String(threads)}`)
  }
  const signal = options?.signal
  throwIfAborted(signal, GENERATION_ABORTED)
  const units = job.rows.flatMap((rows, set) => {
    const chunks = chunkCount(rows)
    return Array.from({ length: Math.ceil(chunks / UNIT_CHUNKS) }, (_, u) => ({ set: set as 0 | 1, firstChunk: u * UNIT_CHUNKS, endChunk: Math.min((u + 1) * UNIT_CHUNKS, chunks) }))
  })
  const workers = Math.min(threads, units.length)
  const shared = workers > 1 && canShareMemory()
  const sets = allocate(job, shared)
  if (workers === 1) {
    for (const { set, firstChunk, endChunk } of units) {
      const data = sets[set]
      fillChunks(job.task, job.seed, set, data.rows, firstChunk, endChunk, data.x, data.y, 0)
      await yieldToEventLoop()
      throwIfAborted(signal, GENERATION_ABORTED)
    }
    return { train: sets[0], valid: sets[1] }
  }
  const pool = await WorkerPool.start(workers)
  try {
    pool.keepAlive(true)
    let next = 0
    // Each worker takes the next piece of work as soon as it is free: faster threads draw more.
    const serve = async (worker: number): Promise<void> => {
      while (next < units.length) {
        const { set, firstChunk, endChunk } = units[next++]!
        const data = sets[set]
        const request = { type: 'generate', task: job.task, seed: job.seed, set, rows: data.rows, firstChunk, endChunk } as const
        const reply = await pool.request(worker, shared ? { ...request, x: data.x, y: data.y } : { ...request, x: undefined, y: undefined })
        if (!shared && reply.type === 'generated' && reply.x !== undefined && reply.y !== undefined) {
          const firstRow = firstChunk * GENERATION_CHUNK_ROWS
          data.x.set(new Float64Array(reply.x), firstRow * data.features)
          data.y.set(new Float64Array(reply.y), firstRow * data.targets)
        }
      }
    }
    await pool.guard(untilAborted(Promise.all(Array.from({ length: workers }, (_, worker) => serve(worker))), signal, GENERATION_ABORTED))
  } finally {
    await pool.terminate()
  }
  return { train: sets[0], valid: sets[1] }
}
