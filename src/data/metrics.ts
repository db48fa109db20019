import type { FloatArray } from './data.js'

/** Per-target accuracy of predictions against a data set (ALGORITHM §7). */
export interface Metrics {
  /** Pearson correlation of prediction and target, one per target. */
  readonly pearson: number[]
  /** Root mean squared error, one per target. */
  readonly rmse: number[]
  /** Mean absolute error, one per target. */
  readonly mae: number[]
  /** Coefficient of determination 1 - SSE/SST (1 is perfect, 0 predicts no better than the mean), one per target. */
  readonly r2: number[]
  /** RMSE divided by the target's range (max - min) in the evaluated data, one per target. */
  readonly relativeRmse: number[]
}

/** predicted and actual are row-major rows × targets. */
export function computeMetrics(predicted: FloatArray, actual: FloatArray, rows: number, targets: number): Metrics {
  const pearson: number[] = []
  const rmse: number[] = []
  const relativeRmse: number[] = []
  const mae: number[] = []
  const r2: number[] = []
  for (let k = 0; k < targets; k++) {
    // Squares of values near 1e300 overflow (Pearson came out 0, RMSE Infinity): such columns are
    // computed on values scaled by a power of two (exact), ordinary ones as they are.
    let largest = 0
    for (let r = 0; r < rows; r++) largest = Math.max(largest, Math.abs(predicted[r * targets + k]!), Math.abs(actual[r * targets + k]!))
    const scale = largest > 2 ** 500 || (largest > 0 && largest < 2 ** -500) ? 2 ** Math.ceil(Math.log2(largest)) : 1
    let meanP = 0
    let meanA = 0
    let min = Infinity
    let max = -Infinity
    for (let r = 0; r < rows; r++) {
      const a = (actual[r * targets + k] as number) / scale
      meanP += (predicted[r * targets + k] as number) / scale
      meanA += a
      if (a < min) min = a
      if (a > max) max = a
    }
    meanP /= rows
    meanA /= rows
    let covariance = 0
    let varP = 0
    let varA = 0
    let squared = 0
    let absolute = 0
    for (let r = 0; r < rows; r++) {
      const p = (predicted[r * targets + k] as number) / scale - meanP
      const a = (actual[r * targets + k] as number) / scale - meanA
      covariance += p * a
      varP += p * p
      varA += a * a
      const d = (predicted[r * targets + k] as number) / scale - (actual[r * targets + k] as number) / scale
      squared += d * d
      absolute += Math.abs(d)
    }
    const denominator = Math.sqrt(varP * varA)
    pearson.push(denominator > 0 ? covariance / denominator : 0)
    const e = Math.sqrt(squared / rows)
    rmse.push(e * scale)
    relativeRmse.push(max > min ? e / (max - min) : 0)
    mae.push(absolute / rows)
    r2.push(varA > 0 ? 1 - squared / varA : squared === 0 ? 1 : 0)
  }
  return { pearson, rmse, mae, r2, relativeRmse }
}
