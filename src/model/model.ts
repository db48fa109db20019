/**
 * The logical model (ALGORITHM §1), independent of any wasm memory: per layer the grids
 * (lo, hi, dx) of its inputs and the node values. This is what fit reads and writes back,
 * what toJSON serialises and what averaging merges.
 */
import { type Dataset, columnRanges } from '../data/data.js'
import { describe } from '../arguments.js'
import { NkkanError } from '../errors.js'
import { Random } from '../data/random.js'

/** Most grid points per function (2^20). */
export const MAX_POINTS = 1_048_576

/**
 * Grid nodes of a layer's functions: one count for every input, or one count P_j per input j
 * (the functions of input j share its grid, so they share its count).
 */
export type Points = number | readonly number[]

/** One layer: `units` outputs, each input → output function with `points` grid nodes. */
export interface LayerSpec {
  /** Outputs of the layer. */
  readonly units: number
  /**
   * Grid nodes of each of its functions (≥ 2), or per input: `[2, 5, 9, 2]` gives the functions
   * of input 0 two nodes (a straight line), those of input 1 five, and so on (one per input).
   */
  readonly points: Points
}

/** f64 by default; f32 halves memory traffic and trains as accurately on the papers' tasks. */
export type Precision = 'f64' | 'f32'
/** 'mean': y_k = (1/n)·Σ_j f_kj(x_j) (the default); 'sum': y_k = Σ_j f_kj(x_j). */
export type Form = 'mean' | 'sum'

/** What a model is, apart from its parameters ({@link KAN.shape}). */
export interface ModelShape {
  /** Features of a record. */
  readonly inputs: number
  /** Layers from first to last; the last layer's units is the number of targets. */
  readonly layers: readonly LayerSpec[]
  /** How a layer's functions are combined into each output. */
  readonly form: Form
  /** Floating-point type of the parameters and of the arithmetic. */
  readonly precision: Precision
}

export interface LayerState {
  /** n: inputs of the layer (features for layer 0, the previous layer's units after). */
  readonly inputs: number
  /** m */
  readonly units: number
  /** P, or P_j per input */
  readonly points: Points
  /** Grid of input j: lo[j], hi[j], dx[j]. */
  readonly lo: Float64Array
  readonly hi: Float64Array
  readonly dx: Float64Array
  /**
   * Node values, `values[(s_j + p)·m + k]` is node p of the function from input j to output k,
   * with s_j = P_0 + … + P_(j-1) (rowStarts; j·P when every input has P points).
   */
  readonly values: Float64Array
}

export interface ModelState {
  readonly shape: ModelShape
  readonly layers: LayerState[]
}

/** Throws E_OPTION at the first invalid field of a shape. */
export function checkShape(shape: ModelShape): void {
  if (!Number.isInteger(shape.inputs) || shape.inputs < 1) {
    throw new NkkanError('E_OPTION', `inputs must be an integer ≥ 1, got ${String(shape.inputs)}`)
  }
  // Checked as unknown: Array.isArray would narrow the typed layers to any[].
  const layers: unknown = shape.layers
  if (!Array.isArray(layers) || layers.length < 1) {
    throw new NkkanError('E_OPTION', 'layers must be a non-empty array of { units, points }')
  }
  shape.layers.forEach((layer, l) => {
    if (!Number.isInteger(layer.units) || layer.units < 1) {
      throw new NkkanError('E_OPTION', `layers[${l}].units must be an integer ≥ 1, got ${String(layer.units)}`)
    }
    const points: unknown = layer.points
    if (Array.isArray(points)) {
      // Per-input counts keep the kernels' structure only where the inputs are the features.
      if (l > 0) throw new NkkanError('E_OPTION', `layers[${l}].points must be one number: per-input counts are for the first layer only`)
      if (points.length !== shape.inputs) {
        throw new NkkanError('E_OPTION', `layers[0].points has ${points.length} counts; the model has ${shape.inputs} inputs (one count per input, or one number for all)`)
      }
      points.forEach((count: unknown, j) => checkPointCount(count, `layers[${l}].points[${j}]`))
    } else {
      checkPointCount(points, `layers[${l}].points`)
    }
  })
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JavaScript callers and JSON can pass anything
  if (shape.form !== 'mean' && shape.form !== 'sum') {
    throw new NkkanError('E_OPTION', `form must be 'mean' or 'sum', got ${String(shape.form)}`)
  }
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- as above
  if (shape.precision !== 'f64' && shape.precision !== 'f32') {
    throw new NkkanError('E_OPTION', `precision must be 'f64' or 'f32', got ${String(shape.precision)}`)
  }
}

function checkPointCount(count: unknown, where: string): void {
  // The kernels' segment lookup converts segment indices through float (assembly/pl.ts),
  // exact for indices below 2^23; no useful grid comes near this bound.
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 2 || count > MAX_POINTS) {
    throw new NkkanError('E_OPTION', `${where} must be an integer from 2 to ${MAX_POINTS.toLocaleString('en-US')}, got ${describe(count)}`)
  }
}

/** P_j of each of the n inputs of a layer. */
export function inputPoints(points: Points, n: number): number[] {
  return typeof points === 'number' ? new Array<number>(n).fill(points) : [...points]
}

/** The count every input shares, or undefined when the counts differ. */
export function uniformPoints(points: Points): number | undefined {
  if (typeof points === 'number') return points
  const first = points[0]
  return points.every((count) => count === first) ? first : undefined
}

/** s_j = P_0 + … + P_(j-1): the first row of node values of input j (rowStarts[n] = all rows). */
export function rowStarts(points: Points, n: number): number[] {
  const starts = [0]
  for (let j = 0; j < n; j++) starts.push(starts[j]! + (typeof points === 'number' ? points : points[j]!))
  return starts
}

/** Rows of node values of a layer: Σ_j P_j (each row: one node of one input, every output). */
export function nodeRows(points: Points, n: number): number {
  return typeof points === 'number' ? n * points : points.reduce((sum, count) => sum + count, 0)
}

/** The count of a layer after the first, which checkShape lets have one count only. */
export function sharedPoints(points: Points): number {
  if (typeof points !== 'number') throw new NkkanError('E_SHAPE', 'per-input points are for the first layer only')
  return points
}

/** The largest P_j. */
export function largestPoints(points: Points): number {
  return typeof points === 'number' ? points : Math.max(...points)
}

/** Number of inputs of layer l. */
export function layerInputs(shape: ModelShape, l: number): number {
  return l === 0 ? shape.inputs : (shape.layers[l - 1] as LayerSpec).units
}

export function targetCount(shape: ModelShape): number {
  return (shape.layers[shape.layers.length - 1] as LayerSpec).units
}

/** [min - g, max + g] with g = 1% of the width; a zero width is widened by 1% of |min| (or 0.01). */
function widened(min: number, max: number): [number, number] {
  const g = max > min ? 0.01 * (max - min) : 0.01 * Math.max(Math.abs(min), 1)
  return [min - g, max + g]
}

/**
 * The sum form's initial ranges (ALGORITHM §1, as the papers' reference code DetFast does it:
 * `KANAddendPL`, `UrysohnPL`, `Helper::Sum2IndividualLimits`), per layer: `grid` is the range
 * of the grids of layers after the first, `values` the range the node values are drawn from.
 * The last layer's grids and values span [targetMin/M, targetMax/M] (M: its inputs, the
 * addends); every earlier layer draws its values so that their sum over its n inputs spans the
 * next layer's grid range, and a one-layer model so that its sum spans the targets.
 */
export function sumFormRanges(shape: ModelShape, targetMin: number, targetMax: number): { grid: [number, number]; values: [number, number] }[] {
  const L = shape.layers.length
  const share = (l: number): [number, number] => {
    const n = layerInputs(shape, l)
    return [targetMin / n, targetMax / n]
  }
  return shape.layers.map((_, l) => {
    const grid = share(l)
    if (L > 1 && l === L - 1) return { grid, values: grid }
    const [sumMin, sumMax] = l + 1 < L ? share(l + 1) : [targetMin, targetMax]
    return { grid, values: individualLimits(sumMin, sumMax, layerInputs(shape, l)) }
  })
}

/**
 * [a, b] such that the sum of n values uniform in [a, b] falls in [sumMin, sumMax] with 95%
 * probability (mean ± 1.96 standard deviations): DetFast's `Helper::Sum2IndividualLimits`.
 */
export function individualLimits(sumMin: number, sumMax: number, n: number): [number, number] {
  const confidence = Math.sqrt(n / 12) * 1.96
  const sumOfEnds = (sumMin + sumMax) / n
  const width = (sumMax - sumMin) / 2 / confidence
  const max = (sumOfEnds + width) / 2
  return [sumOfEnds - max, max]
}

/**
 * Initialisation (ALGORITHM §1): first-layer grids span each feature's [min, max] widened by 1%.
 * Mean form: later grids span [targetMin, targetMax] widened by 1%, node values uniform in
 * [targetMin, targetMax]. Sum form: the ranges of sumFormRanges (grids widened by 1%), so that a
 * model of M addends starts near the target's scale with outer slopes of order one (drawn over
 * the whole target range, the papers' 208-addend Det5 model did not train at μ = 0.1/M).
 * Node values are drawn layer by layer in storage order.
 */
export function initialState(shape: ModelShape, data: Dataset, seed: number): ModelState {
  const random = new Random(seed)
  const targets = columnRanges(data.y, data.targets)
  const [targetMin, targetMax] = [Math.min(...targets.min), Math.max(...targets.max)]
  const features = columnRanges(data.x, data.features)
  const sum = shape.form === 'sum' ? sumFormRanges(shape, targetMin, targetMax) : undefined
  const layers = shape.layers.map((spec, l): LayerState => {
    const n = layerInputs(shape, l)
    const [gridMin, gridMax] = sum?.[l]!.grid ?? [targetMin, targetMax]
    const [innerLo, innerHi] = widened(gridMin, gridMax)
    const lo = new Float64Array(n)
    const hi = new Float64Array(n)
    const dx = new Float64Array(n)
    const points = inputPoints(spec.points, n)
    for (let j = 0; j < n; j++) {
      let a = innerLo
      let b = innerHi
      if (l === 0) [a, b] = widened(features.min[j]!, features.max[j]!)
      lo[j] = a
      hi[j] = b
      dx[j] = (b - a) / (points[j]! - 1)
    }
    const values = new Float64Array(nodeRows(spec.points, n) * spec.units)
    const [valueMin, valueMax] = sum?.[l]!.values ?? [targetMin, targetMax]
    for (let q = 0; q < values.length; q++) values[q] = random.uniform(valueMin, valueMax)
    return { inputs: n, units: spec.units, points: spec.points, lo, hi, dx, values }
  })
  return { shape, layers }
}

/** A deep copy. */
export function cloneState(state: ModelState): ModelState {
  return {
    shape: state.shape,
    layers: state.layers.map((layer) => ({
      ...layer,
      lo: layer.lo.slice(),
      hi: layer.hi.slice(),
      dx: layer.dx.slice(),
      values: layer.values.slice(),
    })),
  }
}
