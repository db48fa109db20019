import { describe, expect, it } from 'vitest'
import { KAN, datasets } from '../src/index.js'
import type { Dataset } from '../src/index.js'
import { rejection } from './helpers/errors.js'

// Extreme but finite data: before these checks a first fit ended "diverged … lower
// learningRate" with trained === true, a model predicting NaN and JSON that could not be loaded.
const { train } = datasets.det({ size: 2, train: 300, valid: 1, seed: 3 })
const layers = [{ units: 4, points: 3 }, { units: 1, points: 5 }]

function scaled(data: Dataset, key: 'x' | 'y', by: number, column?: number, columns = 1): Dataset {
  const values = data[key].map((value, q) => (column === undefined || q % columns === column ? value * by : value))
  return { ...data, [key]: values }
}

describe('data a model cannot represent is rejected before training, naming the column', () => {
  const cases: { label: string; data: Dataset; precision: 'f64' | 'f32'; message: RegExp }[] = [
    { label: 'targets near ±1.7e308', data: scaled(train, 'y', 1.7e308 / Math.max(...train.y.map(Math.abs))), precision: 'f64', message: /data\.y column 0 reaches .*f64 training needs \|values\| ≤ 1\.76e\+305/ },
    { label: 'a feature beyond f32 range in an f32 model', data: scaled(train, 'x', 1e39, 2, 4), precision: 'f32', message: /data\.x column 2 reaches .*f32 training needs .*or use precision 'f64'/ },
    { label: 'a feature of denormal range', data: scaled(train, 'x', 1e-310, 1, 4), precision: 'f64', message: /data\.x column 1 spans .*below f64's smallest normal number/ },
    { label: 'targets of denormal range', data: scaled(train, 'y', 1e-310), precision: 'f64', message: /data\.y \(whose range spans the grids of layers 1 and later\) spans .*smallest normal/ },
    { label: 'a feature below f32 resolution', data: { ...train, x: train.x.map((value, q) => (q % 4 === 3 ? 1e6 + value * 1e-4 : value)) }, precision: 'f32', message: /data\.x column 3 spans .*below f32's resolution/ },
  ]
  for (const { label, data, precision, message } of cases) {
    it(`${label}: E_VALUE, and the model stays untrained`, async () => {
      await using model = KAN.create({ inputs: 4, layers, precision })
      for (const threads of [1, 2]) {
        const error = await rejection(model.fit(data, { threads, epochs: 1 }))
        expect(error.code).toBe('E_VALUE')
        expect(error.message).toMatch(message)
        expect(model.trained).toBe(false)
      }
    })
  }

  it('a trained model stays exactly as it was, and extreme validation data is rejected too', async () => {
    await using model = KAN.create({ inputs: 4, layers })
    await model.fit(train, { threads: 1, epochs: 1 })
    const before = JSON.stringify(model)
    expect((await rejection(model.fit(scaled(train, 'y', 1e307), { threads: 1 }))).code).toBe('E_VALUE')
    expect((await rejection(model.fit(train, { threads: 1, validation: scaled(train, 'x', 1e307) }))).message).toMatch(/validation\.x column 0 reaches/)
    expect(JSON.stringify(model)).toBe(before)
  })

  it('the same data scaled into range trains to a finite model', async () => {
    await using model = KAN.create({ inputs: 4, layers, precision: 'f32' })
    await model.fit(scaled(train, 'x', 1e30), { threads: 1, epochs: 2 })
    expect(model.predict(scaled(train, 'x', 1e30).x).every(Number.isFinite)).toBe(true)
  })

})
