/**
 * The initialisation of ALGORITHM §1 written out plainly, both forms, as a model JSON (what the
 * first fit starts from). Draws from the same seeded PRNG as src/model/model.ts, one node value at a
 * time in storage order (layer, input j, node p, output k).
 *
 * Mean form: first-layer grids span each feature's [min, max], later grids the targets'
 * [min, max], each widened by 1% of its width; node values uniform in the targets' [min, max].
 * Sum form (DetFast: KANAddendPL, UrysohnPL, Helper::Sum2IndividualLimits): a layer after the
 * first has its grids on [targetMin/n, targetMax/n] (n: its inputs); the last layer of a
 * multi-layer model draws its values from that range too; any other layer draws them from
 * [a, b] such that the sum of its n values spans (mean ± 1.96 standard deviations of a sum of n
 * uniforms) the next layer's grid range, or the targets' range if it is the only layer.
 */
import type { Dataset } from '../../src/data/data.js'
import type { ModelShape } from '../../src/model/model.js'
import { Random } from '../../src/data/random.js'
import type { ModelJSON } from '../../src/model/serialize.js'

function widen(min: number, max: number): [number, number] {
  const g = max > min ? 0.01 * (max - min) : 0.01 * Math.max(Math.abs(min), 1)
  return [min - g, max + g]
}

/** DetFast's Sum2IndividualLimits: n uniforms on [a, b] sum to [sumMin, sumMax] at 95%. */
function individual(sumMin: number, sumMax: number, n: number): [number, number] {
  const conf = Math.sqrt(n / 12) * 1.96
  const aPlusB = (sumMin + sumMax) / n
  const bMinusA = (sumMax - sumMin) / 2 / conf
  const b = (aPlusB + bMinusA) / 2
  return [aPlusB - b, b]
}

export function oracleInitialJSON(shape: ModelShape, data: Dataset, seed: number): ModelJSON {
  const random = new Random(seed)
  const tMin = Math.min(...data.y)
  const tMax = Math.max(...data.y)
  const L = shape.layers.length
  const inputsOf = (l: number): number => (l === 0 ? shape.inputs : shape.layers[l - 1]!.units)
  const layers = shape.layers.map(({ units, points: given }, l) => {
    const n = inputsOf(l)
    // P_j of input j: one count for every input, or one per input.
    const points = Array.from({ length: n }, (_, j) => (typeof given === 'number' ? given : given[j]!))
    let gridRange: [number, number] = [tMin, tMax]
    let valueRange: [number, number] = [tMin, tMax]
    if (shape.form === 'sum') {
      gridRange = [tMin / n, tMax / n]
      if (L > 1 && l === L - 1) valueRange = gridRange
      else if (l === L - 1) valueRange = individual(tMin, tMax, n)
      else valueRange = individual(tMin / inputsOf(l + 1), tMax / inputsOf(l + 1), n)
    }
    const lo: number[] = []
    const hi: number[] = []
    const dx: number[] = []
    for (let j = 0; j < n; j++) {
      let range = widen(...gridRange)
      if (l === 0) {
        const column = Array.from({ length: data.rows }, (_, r) => data.x[r * n + j]!)
        range = widen(Math.min(...column), Math.max(...column))
      }
      lo.push(range[0])
      hi.push(range[1])
      dx.push((range[1] - range[0]) / (points[j]! - 1))
    }
    const values: number[] = []
    const rows = points.reduce((sum, count) => sum + count, 0)
    for (let q = 0; q < rows * units; q++) values.push(random.uniform(valueRange[0], valueRange[1]))
    // One number when every input has the same count, as the library writes it.
    const shared = points.every((count) => count === points[0])
    return { units, points: shared ? points[0]! : points, lo, hi, dx, values }
  })
  const version = layers.every(({ points }) => typeof points === 'number') ? 1 : 2
  return { format: 'nkkan', version, inputs: shape.inputs, form: shape.form, precision: shape.precision, seed, layers }
}
