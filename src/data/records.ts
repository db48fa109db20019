/**
 * The records of the built-in data sets (ALGORITHM §7), drawn chunk by chunk. Shared by the
 * generators on the calling thread (src/datasets.ts) and the workers (src/threads/worker.ts), and
 * imports nothing that starts workers (it is bundled into the worker source).
 *
 * Determinism: the records of a set are cut into chunks of GENERATION_CHUNK_ROWS records;
 * chunk c of the training set (set 0) or of the validation set (set 1) is drawn record after
 * record from its own stream, `Random.stream(seed, 2c + set)` (xoshiro128** seeded by
 * splitmix64 from the key (seed mod 2^32)·2^32 + 2c + set; see src/data/random.ts). A record depends
 * on (task, seed, set, its index) only: not on the thread count, the thread that drew it, nor
 * on the size of the other set.
 */
import { Random } from './random.js'
import type { FloatArray } from './data.js'

/** Records drawn from one PRNG stream. */
export const GENERATION_CHUNK_ROWS = 4096

/** A built-in data set: its name and, for `det`, the matrix order. */
export interface RecordTask {
  readonly name: 'det' | 'tetra' | 'triangle'
  /** Matrix order n of Det-n (ignored by the other tasks). */
  readonly size: number
}

/** Features and targets of a task's records. */
export function taskColumns(task: RecordTask): { features: number; targets: number } {
  if (task.name === 'det') return { features: task.size * task.size, targets: 1 }
  if (task.name === 'tetra') return { features: 12, targets: 4 }
  return { features: 6, targets: 1 }
}

/** Chunks of a set of `rows` records. */
export function chunkCount(rows: number): number {
  return Math.ceil(rows / GENERATION_CHUNK_ROWS)
}

/**
 * Draws chunks [firstChunk, endChunk) of set `set` (0 training, 1 validation) of a set of
 * `rows` records; record r goes to row r − firstRow of x and y (row-major).
 */
export function fillChunks(
  task: RecordTask, seed: number, set: 0 | 1, rows: number, firstChunk: number, endChunk: number,
  x: FloatArray, y: FloatArray, firstRow: number,
): void {
  const draw = drawer(task)
  for (let c = firstChunk; c < endChunk; c++) {
    const start = c * GENERATION_CHUNK_ROWS
    const end = Math.min(start + GENERATION_CHUNK_ROWS, rows)
    draw(Random.stream(seed, 2 * c + set), x, y, start - firstRow, end - firstRow)
  }
}

// Targets are computed from the drawn values before they are stored, so records stored as f32
// are the f64 records rounded.
type Draw = (random: Random, x: FloatArray, y: FloatArray, r0: number, r1: number) => void

function drawer(task: RecordTask): Draw {
  if (task.name === 'det') return drawDet(task.size)
  if (task.name === 'tetra') return drawTetra
  return drawTriangle
}

/** Det-n: n² entries uniform in [0, 10], then the determinant. */
function drawDet(n: number): Draw {
  const entries = n * n
  const scratch = new Float64Array(entries)
  return (random, x, y, r0, r1) => {
    for (let r = r0; r < r1; r++) {
      const o = r * entries
      for (let c = 0; c < entries; c++) {
        const value = random.uniform(0, 10)
        x[o + c] = value
        scratch[c] = value
      }
      y[r] = determinant(scratch, n)
    }
  }
}

/** Tetra: 4 points uniform in [0, 10]³, then the areas of the faces opposite vertices 0–3. */
const drawTetra: Draw = (random, x, y, r0, r1) => {
  const points = new Float64Array(12)
  for (let r = r0; r < r1; r++) {
    const o = r * 12
    for (let c = 0; c < 12; c++) {
      points[c] = random.uniform(0, 10)
      x[o + c] = points[c]!
    }
    for (let k = 0; k < 4; k++) {
      const [a, b, c] = TETRA_FACES[k]!
      y[r * 4 + k] = triangleArea(points, 3 * a, 3 * b, 3 * c)
    }
  }
}

/** Triangle: 6 integers in [100, 2000], then floor(|x1(y2−y3) + x2(y3−y1) + x3(y1−y2)| / 2). */
const drawTriangle: Draw = (random, x, y, r0, r1) => {
  for (let r = r0; r < r1; r++) {
    const o = r * 6
    for (let c = 0; c < 6; c++) x[o + c] = random.integer(100, 2000)
    const x1 = x[o]!, y1 = x[o + 1]!, x2 = x[o + 2]!, y2 = x[o + 3]!, x3 = x[o + 4]!, y3 = x[o + 5]!
    y[r] = Math.floor(Math.abs(x1 * (y2 - y3) + x2 * (y3 - y1) + x3 * (y1 - y2)) / 2)
  }
}

/** Face k is the one opposite vertex k. */
const TETRA_FACES = [[1, 2, 3], [0, 2, 3], [0, 1, 3], [0, 1, 2]] as const

/** Area of the triangle whose vertices are the 3-vectors at offsets a, b and c of v. */
function triangleArea(v: Float64Array, a: number, b: number, c: number): number {
  const ux = v[b]! - v[a]!, uy = v[b + 1]! - v[a + 1]!, uz = v[b + 2]! - v[a + 2]!
  const vx = v[c]! - v[a]!, vy = v[c + 1]! - v[a + 1]!, vz = v[c + 2]! - v[a + 2]!
  const wx = uy * vz - uz * vy, wy = uz * vx - ux * vz, wz = ux * vy - uy * vx
  return 0.5 * Math.sqrt(wx * wx + wy * wy + wz * wz)
}

/** Determinant by Gaussian elimination with partial pivoting; `a` is n×n row-major and is overwritten. */
export function determinant(a: FloatArray, n: number): number {
  let det = 1
  for (let c = 0; c < n; c++) {
    let pivot = c
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r * n + c] as number) > Math.abs(a[pivot * n + c] as number)) pivot = r
    const p = a[pivot * n + c] as number
    if (p === 0) return 0
    if (pivot !== c) {
      for (let k = 0; k < n; k++) {
        const t = a[c * n + k] as number
        a[c * n + k] = a[pivot * n + k] as number
        a[pivot * n + k] = t
      }
      det = -det
    }
    det *= p
    for (let r = c + 1; r < n; r++) {
      const f = (a[r * n + c] as number) / p
      for (let k = c + 1; k < n; k++) a[r * n + k] = (a[r * n + k] as number) - f * (a[c * n + k] as number)
    }
  }
  return det
}
