import { describe, expect, it } from 'vitest'
import { KAN } from '../src/kan.js'
import { type ModelShape, initialState } from '../src/model/model.js'
import type { LayerJSON } from '../src/model/serialize.js'
import { OracleKAN } from './oracle/float.js'
import { oracleInitialJSON } from './oracle/init.js'
import { firstDifference, initialJSON, randomCases, randomData, rowOf } from './helpers/cases.js'

function expectSameLayers(actual: LayerJSON[], expected: LayerJSON[]): void {
  expected.forEach((layer, l) => {
    for (const key of ['lo', 'hi', 'dx', 'values'] as const) {
      expect(firstDifference(actual[l]![key], layer[key]), `layer ${l} ${key}`).toBeUndefined()
    }
  })
}

/** The papers' sum-form shapes (M addends, one target), and deeper and one-layer sum models. */
const sumShapes: ModelShape[] = [
  { inputs: 25, layers: [{ units: 208, points: 5 }, { units: 1, points: 22 }], form: 'sum', precision: 'f32' },
  { inputs: 16, layers: [{ units: 70, points: 3 }, { units: 1, points: 30 }], form: 'sum', precision: 'f64' },
  { inputs: 6, layers: [{ units: 9, points: 4 }, { units: 5, points: 7 }, { units: 2, points: 9 }], form: 'sum', precision: 'f64' },
  { inputs: 7, layers: [{ units: 3, points: 6 }], form: 'sum', precision: 'f64' },
]

describe('initialisation (ALGORITHM §1) against the oracle', () => {
  const cases = [...randomCases(16, 23), ...sumShapes.map((shape, c) => ({ name: `${shape.form} ${shape.inputs}→${shape.layers.map((l) => l.units).join('→')}`, shape, seed: 90 + c }))]
  for (const { name, shape, seed } of cases) {
    it(`equals the oracle's, value for value: ${name}`, () => {
      const data = randomData(shape, 120, seed)
      expectSameLayers(initialJSON(shape, data, seed).layers as LayerJSON[], oracleInitialJSON(shape, data, seed).layers as LayerJSON[])
    })
  }

  it('starts a fit from it: one epoch equals the oracle trained from its initialisation', async () => {
    for (const shape of sumShapes.slice(1)) {
      const data = randomData(shape, 150, 7)
      const model = KAN.create({ inputs: shape.inputs, layers: shape.layers, form: shape.form, precision: shape.precision, seed: 5 })
      const alpha = 0.1 / shape.layers[0]!.units
      await model.fit(data, { epochs: 1, learningRate: alpha, threads: 1 })
      const oracle = new OracleKAN(oracleInitialJSON(shape, data, 5))
      for (let r = 0; r < data.rows; r++) oracle.step(rowOf(data.x, r, data.features), rowOf(data.y, r, data.targets), alpha)
      expectSameLayers(model.toJSON().layers as LayerJSON[], oracle.snapshot() as LayerJSON[])
    }
  })

  it('starts a sum of M addends near the targets, with outer grids at 1/M of their range (DetFast)', () => {
    const shape = sumShapes[0]!
    const data = randomData(shape, 2000, 3)
    const state = initialState(shape, data, 1)
    const yMin = Math.min(...data.y)
    const yMax = Math.max(...data.y)
    const outer = state.layers[1]!
    const width = (yMax - yMin) / 208
    expect(outer.lo[0]).toBeCloseTo(yMin / 208 - 0.01 * width, 12)
    expect(outer.hi[0]).toBeCloseTo(yMax / 208 + 0.01 * width, 12)
    // The whole model's first predictions lie within the targets' range.
    const model = KAN.fromJSON(initialJSON(shape, data, 1))
    for (const value of model.predict(data.x)) {
      expect(value).toBeGreaterThan(yMin)
      expect(value).toBeLessThan(yMax)
    }
  })
})
