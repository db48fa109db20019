/**
 * The test oracle: ALGORITHM.md §1–3 written out plainly, one object per grid and per function,
 * scalar code, no SIMD, no layout tricks. `round` is applied after every arithmetic operation:
 * the identity for f64, Math.fround for f32 (for +, -, ×, ÷ of f32 values, rounding the exact
 * f64 result to f32 gives the correctly rounded f32 result, so the f32 oracle is exact too).
 *
 * Two orders the wasm kernels fix and this oracle copies:
 * - forward sums run over inputs j = 0..n-1 starting from 0, for each output k; except in a
 *   layer with one output (m = 1), which sums in `lanes` partial sums: partial q adds the terms
 *   of the inputs j ≡ q (mod lanes), j < n, in increasing j starting from 0, then the partials
 *   are added in the pairing below, f64 (p0 + p1), f32 (p0 + p1) + (p2 + p3);
 * - the back-propagated slope sum Σ_k uses `lanes` partial sums (lane q adds k ≡ q mod lanes in
 *   increasing k, over k < mPad with zero residuals in the padding), then adds the lanes in
 *   the pairing of assembly/lanes.ts: f64 (p0 + p1), f32 (p0 + p1) + (p2 + p3).
 */
import type { ModelJSON } from '../../src/model/serialize.js'

export type Round = (value: number) => number
export const roundFor = (precision: 'f64' | 'f32'): Round => (precision === 'f64' ? (v) => v : Math.fround)

/** The grid shared by every function that reads one input (ALGORITHM §1). */
export class Grid {
  lo: number
  hi: number
  dx: number
  /** 1/dx, kept beside dx: the kernels multiply by it instead of dividing by dx. */
  invDx: number
  readonly points: number
  readonly round: Round

  constructor(lo: number, hi: number, dx: number, points: number, round: Round) {
    this.lo = lo
    this.hi = hi
    this.dx = dx
    this.invDx = round(1 / dx)
    this.points = points
    this.round = round
  }

  /** Adaptive range (training only). */
  adapt(x: number): void {
    const r = this.round
    if (x <= this.lo) this.lo = x
    else if (x >= this.hi) this.hi = x
    else return
    const g = r(r(0.01) * r(this.hi - this.lo))
    this.lo = r(this.lo - g)
    this.hi = r(this.hi + g)
    this.dx = r(r(this.hi - this.lo) / (this.points - 1))
    this.invDx = r(1 / this.dx)
  }

  /** Segment i and position t of x; clamps onto the end segments outside [lo, hi]. */
  locate(x: number): { i: number; t: number } {
    const r = this.round
    let pos = r(r(x - this.lo) * this.invDx)
    if (pos < 0) pos = 0
    if (pos > this.points - 1) pos = this.points - 1
    const i = Math.min(Math.floor(pos), this.points - 2)
    return { i, t: r(pos - i) }
  }
}

/** One piecewise-linear function f_kj with its own node values on a shared grid. */
export class PLFunction {
  readonly grid: Grid
  readonly v: number[]
  readonly round: Round

  constructor(grid: Grid, v: number[], round: Round) {
    this.grid = grid
    this.v = v
    this.round = round
  }

  value(i: number, t: number): number {
    const r = this.round
    const v0 = this.v[i] as number
    return r(v0 + r(r((this.v[i + 1] as number) - v0) * t))
  }

  /** v[i+1] - v[i]: the slope f' times dx. */
  rise(i: number): number {
    return this.round((this.v[i + 1] as number) - (this.v[i] as number))
  }

  update(i: number, t: number, e: number): void {
    const r = this.round
    this.v[i] = r((this.v[i] as number) + r(e * r(1 - t)))
    this.v[i + 1] = r((this.v[i + 1] as number) + r(e * t))
  }
}

/** Partial sums p0..p(lanes-1) added in the pairing of assembly/lanes.ts: (p0 + p1), or (p0 + p1) + (p2 + p3). */
function pairLanes(partial: number[], r: Round): number {
  const [p0, p1, p2, p3] = partial as [number, number, number?, number?]
  return partial.length === 2 ? r(p0 + p1) : r(r(p0 + p1) + r((p2 as number) + (p3 as number)))
}

export class Layer {
  /** functions[k][j]: from input j to output k. */
  readonly functions: PLFunction[][]
  located: { i: number; t: number }[] = []
  readonly grids: Grid[]
  readonly mean: boolean
  readonly round: Round

  constructor(grids: Grid[], units: number, values: (k: number, j: number) => number[], mean: boolean, round: Round) {
    this.grids = grids
    this.mean = mean
    this.round = round
    this.functions = Array.from({ length: units }, (_, k) => grids.map((grid, j) => new PLFunction(grid, values(k, j), round)))
  }

  forward(x: number[], training: boolean, lanes: number): number[] {
    const r = this.round
    this.located = this.grids.map((grid, j) => {
      if (training) grid.adapt(x[j] as number)
      return grid.locate(x[j] as number)
    })
    const oneOutput = this.functions.length === 1
    return this.functions.map((row) => {
      let sum = 0
      if (oneOutput) {
        const partial = new Array<number>(lanes).fill(0)
        row.forEach((f, j) => {
          const { i, t } = this.located[j]!
          partial[j % lanes] = r((partial[j % lanes] as number) + f.value(i, t))
        })
        sum = pairLanes(partial, r)
      } else {
        row.forEach((f, j) => {
          const { i, t } = this.located[j]!
          sum = r(sum + f.value(i, t))
        })
      }
      return this.mean ? r(sum * r(1 / row.length)) : sum
    })
  }

  /** Residuals of the inputs from residuals e of the outputs, with the current (pre-update) slopes. */
  backward(e: number[], lanes: number): number[] {
    const r = this.round
    const mPad = Math.ceil(e.length / lanes) * lanes
    return this.grids.map((grid, j) => {
      const { i } = this.located[j]!
      const partial = new Array<number>(lanes).fill(0)
      for (let k = 0; k < mPad; k++) {
        const term = k < e.length ? r((e[k] as number) * this.functions[k]![j]!.rise(i)) : 0
        partial[k % lanes] = r((partial[k % lanes] as number) + term)
      }
      return r(pairLanes(partial, r) * grid.invDx)
    })
  }

  update(e: number[]): void {
    this.functions.forEach((row, k) =>
      row.forEach((f, j) => {
        const { i, t } = this.located[j]!
        f.update(i, t, e[k] as number)
      }),
    )
  }
}

/** A whole network built from a model JSON (as saved by KAN.toJSON). */
export class OracleKAN {
  readonly layers: Layer[]
  readonly round: Round
  readonly lanes: number

  constructor(json: ModelJSON) {
    const round = roundFor(json.precision)
    this.round = round
    this.lanes = json.precision === 'f64' ? 2 : 4
    this.layers = json.layers.map((raw) => {
      const layer = raw as Required<ModelJSON>['layers'][number] & { lo: number[]; hi: number[]; dx: number[]; values: number[] }
      // Input j's grid has P_j points; its rows follow input j-1's (s_j = P_0 + … + P_(j-1)).
      const points = layer.lo.map((_, j) => (typeof layer.points === 'number' ? layer.points : layer.points[j]!))
      const starts = points.map((_, j) => points.slice(0, j).reduce((sum, count) => sum + count, 0))
      const grids = layer.lo.map((lo, j) => new Grid(round(lo), round(layer.hi[j]!), round(layer.dx[j]!), points[j]!, round))
      const m = layer.units
      return new Layer(grids, m, (k, j) => Array.from({ length: points[j]! }, (_, p) => round(layer.values[(starts[j]! + p) * m + k]!)), json.form === 'mean', round)
    })
  }

  forward(x: number[], training: boolean): number[] {
    return this.layers.reduce((input, layer) => layer.forward(input, training, this.lanes), x.map(this.round))
  }

  /**
   * One Newton-Kaczmarz step (ALGORITHM §2). Residual skip: when every |y*_k - y_k| is below
   * `skip`, the step ends after the forward pass (grids widened, nothing updated). Returns
   * whether the model was updated.
   */
  step(x: number[], y: number[], alpha: number, skip = 0): boolean {
    const r = this.round
    const out = this.forward(x, true)
    const d = out.map((value, k) => r(r(y[k] as number) - value))
    if (d.every((dk) => Math.abs(dk) < r(skip))) return false
    let e = d.map((dk) => r(r(alpha) * dk))
    for (let l = this.layers.length - 1; l >= 0; l--) {
      const layer = this.layers[l]!
      const below = l > 0 ? layer.backward(e, this.lanes) : []
      layer.update(e)
      e = below
    }
    return true
  }

  /** The node values and grids in the layout of ModelJSON, for comparison. */
  snapshot(): { lo: number[]; hi: number[]; dx: number[]; values: number[] }[] {
    return this.layers.map((layer) => {
      const m = layer.functions.length
      const starts = layer.grids.map((_, j) => layer.grids.slice(0, j).reduce((sum, grid) => sum + grid.points, 0))
      const values = new Array<number>(layer.grids.reduce((sum, grid) => sum + grid.points, 0) * m)
      layer.functions.forEach((row, k) => row.forEach((f, j) => f.v.forEach((v, p) => (values[(starts[j]! + p) * m + k] = v))))
      return { lo: layer.grids.map((g) => g.lo), hi: layer.grids.map((g) => g.hi), dx: layer.grids.map((g) => g.dx), values }
    })
  }
}

/**
 * Disjoint-batch training by hand (ALGORITHM §3): copies train on their batches, then every
 * parameter (node values and lo, hi, dx) becomes the mean of the copies, summed in copy order.
 */
export function averageSnapshots(snapshots: ReturnType<OracleKAN['snapshot']>[], round: Round): ReturnType<OracleKAN['snapshot']> {
  const mean = (pick: (s: (typeof snapshots)[number]) => number[]): number[] =>
    pick(snapshots[0]!).map((_, q) => round(snapshots.reduce((sum, s, c) => (c === 0 ? pick(s)[q]! : round(sum + pick(s)[q]!)), 0) / snapshots.length))
  return snapshots[0]!.map((_, l) => ({
    lo: mean((s) => s[l]!.lo),
    hi: mean((s) => s[l]!.hi),
    dx: mean((s) => s[l]!.dx),
    values: mean((s) => s[l]!.values),
  }))
}
