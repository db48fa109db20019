/**
 * Whether data can be trained on in a model's precision, checked before anything is touched:
 * its magnitudes must leave room for the sums and residuals of training (a column near
 * ±1.7e308 overflows them at once), and its grids (ALGORITHM §1: the column's range widened by
 * 1%, split into P − 1 segments) need segments that are normal numbers, at least an ulp of the
 * range's ends (a range of denormals, or one below f32's resolution, has no usable segments).
 */
import { type Dataset, columnRanges } from '../data/data.js'
import { NkkanError } from '../errors.js'
import { type ModelShape, type Precision, inputPoints, largestPoints } from './model.js'

const LIMITS: Record<Precision, { max: number; minNormal: number; epsilon: number }> = {
  f64: { max: Number.MAX_VALUE, minNormal: 2 ** -1022, epsilon: 2 ** -52 },
  f32: { max: 3.4028234663852886e38, minNormal: 2 ** -126, epsilon: 2 ** -23 },
}
/** Headroom for the sums over inputs, residuals and range widening of training. */
const HEADROOM = 1024

/** The largest value, smallest normal and machine epsilon of a precision. */
export function precisionLimits(precision: Precision): { readonly max: number; readonly minNormal: number; readonly epsilon: number } {
  return LIMITS[precision]
}

/** The largest magnitude a model of this precision takes in its data. */
export function largestValue(precision: Precision): number {
  return LIMITS[precision].max / HEADROOM
}

/**
 * Throws E_VALUE naming the column and the reason when data cannot train a model of this shape
 * (grids: false checks the magnitudes only, for validation data).
 */
export function checkRepresentable(data: Dataset, name: string, shape: ModelShape, options: { grids: boolean } = { grids: true }): void {
  const { precision } = shape
  const innerPoints = options.grids ? Math.max(0, ...shape.layers.slice(1).map((layer) => largestPoints(layer.points))) : 0
  const firstPoints = inputPoints(shape.layers[0]!.points, shape.inputs)
  const x = columnRanges(data.x, data.features)
  for (let c = 0; c < data.features; c++) checkColumn(x.min[c]!, x.max[c]!, `${name}.x column ${c}`, precision, options.grids ? firstPoints[c] ?? 0 : 0)
  // The targets' range spans the grids of every later layer (and the initial node values).
  const y = columnRanges(data.y, data.targets)
  for (let k = 0; k < data.targets; k++) checkColumn(y.min[k]!, y.max[k]!, `${name}.y column ${k}`, precision, 0)
  if (innerPoints > 0) checkGrid(Math.min(...y.min), Math.max(...y.max), innerPoints, `${name}.y (whose range spans the grids of layers 1 and later)`, precision)
}

/** Throws when a column's magnitude, [min, max], or (points > 0) its grid is unusable. */
function checkColumn(min: number, max: number, where: string, precision: Precision, points: number): void {
  const limit = largestValue(precision)
  if (Math.max(-min, max) > limit) {
    const extreme = -min > max ? min : max
    throw new NkkanError(
      'E_VALUE',
      `${where} reaches ${extreme.toPrecision(3)}: ${precision} training needs |values| ≤ ${limit.toPrecision(3)} to keep its sums and residuals finite. Rescale the data (fitScaler)${precision === 'f32' ? " or use precision 'f64'" : ''}`,
    )
  }
  if (points > 0) checkGrid(min, max, points, where, precision)
}

function checkGrid(min: number, max: number, points: number, where: string, precision: Precision): void {
  const { minNormal, epsilon } = LIMITS[precision]
  // The initial grid: [min, max] widened by 1% of the width (of |min|, or 1, for one value).
  const width = max > min ? 1.02 * (max - min) : 0.02 * Math.max(Math.abs(min), 1)
  const segment = width / (points - 1)
  const magnitude = Math.max(Math.abs(min), Math.abs(max))
  if (segment < minNormal || segment < epsilon * magnitude) {
    throw new NkkanError(
      'E_VALUE',
      `${where} spans [${min.toPrecision(3)}, ${max.toPrecision(3)}]: split into ${points - 1} segments, a segment (${segment.toPrecision(3)}) is ` +
        (segment < minNormal ? `below ${precision}'s smallest normal number` : `below ${precision}'s resolution at ${magnitude.toPrecision(3)}`) +
        `. Rescale the data (fitScaler)${precision === 'f32' ? " or use precision 'f64'" : ''}`,
    )
  }
}
