/**
 * Points per feature for auto fits: a cheap test of each feature alone against the targets.
 * A feature whose effect a straight line captures (or that takes two values, like a one-hot
 * column) gets 2 points, which refinement leaves alone; a curved one gets 3, refined by the
 * schedule. The test: bin the feature into equal-width bins and compare the targets' squared
 * error around the bins' means with that around the least-squares line; curved when the bins
 * explain clearly more (an F test against noise, and a share of the variance worth a curve).
 */
import type { Dataset } from '../data/data.js'

/** Points of a near-linear feature (a straight line) and of a curved one (before refinement). */
export const LINEAR_POINTS = 2
export const CURVED_POINTS = 3
/** Bins of the test: at most this many, and at least ROWS_PER_BIN rows per bin on average. */
const BINS = 16
const ROWS_PER_BIN = 25
/** Curved when the bins' F statistic against the line exceeds this … */
const F_CURVED = 4
/** … and they explain at least this share of the targets' variance more than the line. */
const GAIN_CURVED = 0.002

/** P_j for each feature j of `data` (LINEAR_POINTS or CURVED_POINTS). */
export function featurePoints(data: Dataset): number[] {
  return Array.from({ length: data.features }, (_, j) => (isCurved(data, j) ? CURVED_POINTS : LINEAR_POINTS))
}

/** True when some target depends on feature j in a way a straight line misses. */
function isCurved(data: Dataset, j: number): boolean {
  const { rows, features, targets, x, y } = data
  let min = Infinity
  let max = -Infinity
  // A third distinct value, beside the first and the first other one.
  const first = x[j]!
  let other: number | undefined
  let third = false
  for (let r = 0; r < rows; r++) {
    const v = x[r * features + j]!
    if (v < min) min = v
    if (v > max) max = v
    if (v !== first) {
      if (other === undefined) other = v
      else if (v !== other) third = true
    }
  }
  // Two distinct values (or one): a line through two points is exact.
  if (!third) return false
  const bins = Math.min(BINS, Math.floor(rows / ROWS_PER_BIN))
  if (bins < 3) return false
  const binOf = (v: number): number => Math.min(bins - 1, Math.floor(((v - min) / (max - min)) * bins))
  let mx = 0
  for (let r = 0; r < rows; r++) mx += x[r * features + j]!
  mx /= rows
  for (let k = 0; k < targets; k++) {
    let my = 0
    for (let r = 0; r < rows; r++) my += y[r * targets + k]!
    my /= rows
    let sxx = 0
    let sxy = 0
    let syy = 0
    const count = new Float64Array(bins)
    const sum = new Float64Array(bins)
    for (let r = 0; r < rows; r++) {
      const dx = x[r * features + j]! - mx
      const value = y[r * targets + k]!
      const dy = value - my
      sxx += dx * dx
      sxy += dx * dy
      syy += dy * dy
      const b = binOf(x[r * features + j]!)
      count[b]! += 1
      sum[b]! += dy
    }
    if (!(syy > 0)) continue
    const lineError = syy - (sxy * sxy) / sxx
    // Squared error around the bin means: syy less what the bin means explain.
    let explained = 0
    let used = 0
    for (let b = 0; b < bins; b++) {
      if (count[b]! === 0) continue
      explained += (sum[b]! * sum[b]!) / count[b]!
      used++
    }
    const binError = syy - explained
    const gain = (lineError - binError) / syy
    const freedom = rows - used
    if (used < 3 || freedom <= 0 || !(binError > 0)) {
      if (gain > GAIN_CURVED) return true
      continue
    }
    const f = (lineError - binError) / (used - 2) / (binError / freedom)
    if (f > F_CURVED && gain > GAIN_CURVED) return true
  }
  return false
}
