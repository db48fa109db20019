import { describe, expect, it } from 'vitest'
import { KAN, datasets } from '../src/index.js'
import { type ModelShape, initialState } from '../src/model.js'
import { stateToJSON } from '../src/serialize.js'

describe('accuracy on the papers\' tasks', () => {
  it('trains Det4 (100k/20k, 70 blocks, 3/30 points, α 0.1) to validation Pearson ≥ 0.97 within 20 epochs', async () => {
    const { train, valid } = datasets.det({ size: 4, train: 100_000, valid: 20_000, seed: 1 })
    const model = KAN.create({ inputs: 16, layers: [{ units: 70, points: 3 }, { units: 1, points: 30 }], seed: 1 })
    const history = await model.fit(train, { threads: 1, epochs: 20, learningRate: 0.1, validation: valid, stopAt: { pearson: 0.97 } })
    expect(history.length).toBeLessThanOrEqual(20)
    expect(model.evaluate(valid).pearson[0]).toBeGreaterThanOrEqual(0.97)
  })

  it('trains Det4 in f32 as accurately (Pearson ≥ 0.97 within 20 epochs)', async () => {
    const { train, valid } = datasets.det({ size: 4, train: 100_000, valid: 20_000, seed: 1 })
    const model = KAN.create({ inputs: 16, layers: [{ units: 70, points: 3 }, { units: 1, points: 30 }], seed: 1, precision: 'f32' })
    await model.fit(train, { threads: 1, epochs: 20, learningRate: 0.1, validation: valid, stopAt: { pearson: 0.97 } })
    expect(model.evaluate(valid).pearson[0]).toBeGreaterThanOrEqual(0.97)
  })

  it('starts the sum form as the mean form, function for function, and trains it at the papers\' μ = 0.1/M', async () => {
    const { train, valid } = datasets.det({ size: 4, train: 20_000, valid: 4_000, seed: 3 })
    const layers = [{ units: 70, points: 3 }, { units: 1, points: 30 }]
    const initial = (form: 'mean' | 'sum'): KAN => {
      const shape: ModelShape = { inputs: 16, layers, form, precision: 'f64' }
      return KAN.fromJSON(stateToJSON(shape, 1, initialState(shape, train, 1)))
    }
    const mean = initial('mean').predict(valid.x)
    initial('sum').predict(valid.x).forEach((value, r) => expect(Math.abs(value - mean[r]!)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(mean[r]!))))
    // Node values drawn over the whole target range made the sum of 70 addends start 70 times too
    // large: Pearson 0.015 after these 6 epochs.
    const model = KAN.create({ inputs: 16, layers, form: 'sum', seed: 1 })
    await model.fit(train, { threads: 1, epochs: 6, learningRate: 0.1 / 70 })
    expect(model.evaluate(valid).pearson[0]).toBeGreaterThan(0.4)
  })

  it('trains all four Tetra targets with a deep model (70/30/4 units, 3/18/22 points)', async () => {
    const { train, valid } = datasets.tetra({ train: 50_000, valid: 5_000, seed: 2 })
    const model = KAN.create({ inputs: 12, layers: [{ units: 70, points: 3 }, { units: 30, points: 18 }, { units: 4, points: 22 }], seed: 2 })
    await model.fit(train, { threads: 1, epochs: 6, learningRate: 0.05, validation: valid })
    const { pearson } = model.evaluate(valid)
    expect(pearson).toHaveLength(4)
    for (const p of pearson) expect(p).toBeGreaterThan(0.9)
  })
})
