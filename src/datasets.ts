/** Seeded generators of the papers' data sets (ALGORITHM §7). */
import type { Dataset } from './data.js'
import { NkkanError } from './errors.js'
import { Random } from './random.js'

/** A training and a validation set drawn from the same distribution. */
export interface Split {
  readonly train: Dataset
  readonly valid: Dataset
}

export interface GeneratorOptions {
  /** Training records. */
  train: number
  /** Validation records. */
  valid: number
  /** Seed of the PRNG; the same seed gives the same records. Default 1. */
  seed?: number
}

function generate(features: number, targets: number, options: GeneratorOptions, record: (random: Random, x: Float64Array, y: Float64Array) => void): Split {
  for (const key of ['train', 'valid'] as const) {
    const value = options[key]
    if (!Number.isInteger(value) || value < 1) throw new NkkanError('E_OPTION', `${key} must be an integer ≥ 1, got ${String(value)}`)
  }
  const random = new Random(options.seed ?? 1)
  const make = (rows: number): Dataset => {
    const x = new Float64Array(rows * features)
    const y = new Float64Array(rows * targets)
    for (let r = 0; r < rows; r++) {
      record(random, x.subarray(r * features, (r + 1) * features), y.subarray(r * targets, (r + 1) * targets))
    }
    return { x, y, rows, features, targets }
  }
  const train = make(options.train)
  return { train, valid: make(options.valid) }
}

/** Determinant by Gaussian elimination with partial pivoting; `a` is n×n row-major and is overwritten. */
export function determinant(a: Float64Array, n: number): number {
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

/**
 * Det-n: the entries of an n×n matrix, uniform in [0, 10], and its determinant.
 * Det4 (`size: 4`) and Det5 (`size: 5`) are the papers' tasks.
 * @example const { train, valid } = det({ size: 4, train: 100_000, valid: 20_000, seed: 1 })
 */
export function det(options: GeneratorOptions & { size?: number }): Split {
  const n = options.size ?? 4
  if (!Number.isInteger(n) || n < 2) throw new NkkanError('E_OPTION', `size must be an integer ≥ 2, got ${String(n)}`)
  const scratch = new Float64Array(n * n)
  return generate(n * n, 1, options, (random, x, y) => {
    for (let c = 0; c < n * n; c++) x[c] = random.uniform(0, 10)
    scratch.set(x)
    y[0] = determinant(scratch, n)
  })
}

function triangleArea(ax: number, ay: number, az: number, bx: number, by: number, bz: number, cx: number, cy: number, cz: number): number {
  const ux = bx - ax, uy = by - ay, uz = bz - az
  const vx = cx - ax, vy = cy - ay, vz = cz - az
  const wx = uy * vz - uz * vy, wy = uz * vx - ux * vz, wz = ux * vy - uy * vx
  return 0.5 * Math.sqrt(wx * wx + wy * wy + wz * wz)
}

const TETRA_FACES = [[1, 2, 3], [0, 2, 3], [0, 1, 3], [0, 1, 2]] as const

/**
 * Tetra: the 12 coordinates of 4 points uniform in [0, 10]³ and the areas of the 4 faces
 * (face k is the one opposite vertex k).
 */
export function tetra(options: GeneratorOptions): Split {
  return generate(12, 4, options, (random, x, y) => {
    for (let c = 0; c < 12; c++) x[c] = random.uniform(0, 10)
    TETRA_FACES.forEach(([a, b, c], k) => {
      y[k] = triangleArea(x[3 * a] as number, x[3 * a + 1] as number, x[3 * a + 2] as number, x[3 * b] as number, x[3 * b + 1] as number, x[3 * b + 2] as number, x[3 * c] as number, x[3 * c + 1] as number, x[3 * c + 2] as number)
    })
  })
}

/**
 * Triangle (the fixed-point reference task, ALGORITHM §6): 6 integers in [100, 2000], the
 * vertices (x1, y1, x2, y2, x3, y3), and floor(|x1(y2-y3) + x2(y3-y1) + x3(y1-y2)| / 2).
 * Defaults to the papers' 8,192 / 2,048 records.
 */
export function triangle(options: Partial<GeneratorOptions> = {}): Split {
  return generate(6, 1, { train: options.train ?? 8192, valid: options.valid ?? 2048, seed: options.seed ?? 1 }, (random, x, y) => {
    for (let c = 0; c < 6; c++) x[c] = random.integer(100, 2000)
    const [x1, y1, x2, y2, x3, y3] = x as unknown as [number, number, number, number, number, number]
    y[0] = Math.floor(Math.abs(x1 * (y2 - y3) + x2 * (y3 - y1) + x3 * (y1 - y2)) / 2)
  })
}
