import { describe, expect, it } from 'vitest'
import { KAN, datasets } from '../src/index.js'
import { firstDifference } from './helpers/cases.js'

describe('toJSON / fromJSON', () => {
  for (const precision of ['f64', 'f32'] as const) {
    it(`round-trips exactly: same predictions bit for bit (${precision})`, async () => {
      const { train, valid } = datasets.tetra({ train: 2000, valid: 300, seed: 5 })
      const model = KAN.create({ inputs: 12, layers: [{ units: 9, points: 3 }, { units: 5, points: 7 }, { units: 4, points: 9 }], precision, form: 'sum', seed: 9 })
      await model.fit(train, { threads: 1, epochs: 2, learningRate: 0.01 })
      const text = JSON.stringify(model)
      const loaded = KAN.fromJSON(text)
      expect(JSON.stringify(loaded)).toBe(text)
      expect(firstDifference(loaded.predict(valid.x), model.predict(valid.x))).toBeUndefined()
      // Far outside the trained range: the end segments, identically.
      const outside = valid.x.map((v) => v * 10 - 40)
      expect(firstDifference(loaded.predict(outside), model.predict(outside))).toBeUndefined()
    })
  }

  it('keeps an untrained model untrained, and training it starts from its seed', async () => {
    const { train } = datasets.det({ size: 2, train: 500, valid: 1, seed: 2 })
    const created = KAN.create({ inputs: 4, layers: [{ units: 3, points: 4 }, { units: 1, points: 6 }], seed: 42 })
    const loaded = KAN.fromJSON(JSON.stringify(created))
    expect(loaded.trained).toBe(false)
    await created.fit(train, { threads: 1, epochs: 1 })
    await loaded.fit(train, { threads: 1, epochs: 1 })
    expect(JSON.stringify(loaded)).toBe(JSON.stringify(created))
  })
})
