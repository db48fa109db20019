import { describe, expect, it } from 'vitest'
import { KAN, datasets, fromRows } from '../src/index.js'
import type { Dataset } from '../src/index.js'
import { rejection, thrown } from './helpers/errors.js'

const small = datasets.det({ size: 2, train: 300, valid: 50, seed: 3 })
const layers = [{ units: 4, points: 3 }, { units: 1, points: 5 }]

function withValue(data: Dataset, key: 'x' | 'y', index: number, value: number): Dataset {
  const copy = data[key].slice()
  copy[index] = value
  return { ...data, [key]: copy }
}

describe('bad input gets a clear error naming what and where', () => {
  it('names the row and column of a NaN in x', async () => {
    const model = KAN.create({ inputs: 4, layers })
    const error = await rejection(model.fit(withValue(small.train, 'x', 7 * 4 + 2, Number.NaN), { threads: 1 }))
    expect(error.code).toBe('E_VALUE')
    expect(error.message).toMatch(/data\.x has NaN at row 7, column 2/)
    expect(model.trained).toBe(false)
  })

  it('names the row and column of an Infinity in y, and in validation data', async () => {
    const model = KAN.create({ inputs: 4, layers })
    expect((await rejection(model.fit(withValue(small.train, 'y', 11, Infinity), { threads: 1 }))).message).toMatch(/data\.y has Infinity at row 11, column 0/)
    const error = await rejection(model.fit(small.train, { threads: 1, validation: withValue(small.valid, 'x', 5, -Infinity) }))
    expect(error.message).toMatch(/validation\.x has -Infinity at row 1, column 1/)
  })

  for (const threads of [1, 2]) {
    it(`a diverging fit rejects, keeps the last good model and leaves wasm memory intact (${threads} thread(s))`, async () => {
      // α = 1e6 overshoots at once: node values reach Infinity and NaN within the first round,
      // NaN reaches the second layer's lookup (whose row addresses must stay in bounds), and
      // the round's merged model is not finite.
      await using model = KAN.create({ inputs: 4, layers, seed: 2 })
      await model.fit(small.train, { threads, epochs: 1 })
      const before = model.toJSON()
      const error = await rejection(model.fit(small.train, { threads, epochs: 2, learningRate: 1e6 }))
      expect(error.code).toBe('E_VALUE')
      expect(error.message).toMatch(/training diverged in round 1 .*Lower learningRate \(now 1000000\)/)
      expect(model.toJSON()).toEqual(before)
      // The same model (and, with 2 threads, the same workers and memory layout) trains on.
      await model.fit(small.train, { threads, epochs: 1 })
      expect(model.evaluate(small.valid).pearson[0]).toBeGreaterThan(0)
    })
  }

  it('rejects lengths that do not match the declared shape', async () => {
    const model = KAN.create({ inputs: 4, layers })
    const short = { ...small.train, x: small.train.x.subarray(1) }
    const error = await rejection(model.fit(short, { threads: 1 }))
    expect(error.code).toBe('E_SHAPE')
    expect(error.message).toMatch(/data\.x has 1199 values; rows × features = 300 × 4 = 1200/)
    const other = datasets.det({ size: 3, train: 10, valid: 1 }).train
    expect((await rejection(model.fit(other, { threads: 1 }))).message).toMatch(/9 features and 1 targets; the model takes 4 features and 1 targets/)
    expect(thrown(() => fromRows([[1, 2, 3], [1, 2]])).message).toMatch(/row 1 has 2 columns; row 0 has 3/)
  })

  it('rejects empty data', async () => {
    expect(thrown(() => fromRows([])).message).toMatch(/empty/)
    const empty = { x: new Float64Array(0), y: new Float64Array(0), rows: 0, features: 4, targets: 1 }
    const error = await rejection(KAN.create({ inputs: 4, layers }).fit(empty, { threads: 1 }))
    expect(error.message).toMatch(/data\.rows must be an integer ≥ 1, got 0 \(empty data set\)/)
  })

  it('rejects points < 2 and units < 1 naming the layer', () => {
    expect(thrown(() => KAN.create({ inputs: 4, layers: [{ units: 3, points: 1 }] })).message).toMatch(/layers\[0\]\.points must be an integer from 2 to 1,048,576, got 1/)
    expect(thrown(() => KAN.create({ inputs: 4, layers: [{ units: 3, points: 2 ** 21 }] })).message).toMatch(/layers\[0\]\.points must be an integer from 2 to 1,048,576, got 2097152/)
    expect(thrown(() => KAN.create({ inputs: 4, layers: [{ units: 3, points: 3 }, { units: 0, points: 3 }] })).message).toMatch(/layers\[1\]\.units must be an integer ≥ 1, got 0/)
    expect(thrown(() => KAN.create({ inputs: 0, layers })).message).toMatch(/inputs must be an integer ≥ 1/)
  })

  it('rejects bad fit options', async () => {
    const model = KAN.create({ inputs: 4, layers })
    expect((await rejection(model.fit(small.train, { learningRate: -1 }))).message).toMatch(/learningRate must be a finite number > 0/)
    expect((await rejection(model.fit(small.train, { stopAt: { pearson: 0.9 } }))).message).toMatch(/stopAt\.pearson needs a validation data set/)
    expect((await rejection(model.fit(small.train, { threads: 2, batchSize: 200 }))).message).toMatch(/copies × batchSize = 2 × 200 = 400 exceeds the 300 training rows/)
  })

  it('rejects model JSON of another version and damaged JSON', async () => {
    const model = KAN.create({ inputs: 4, layers })
    await model.fit(small.train, { threads: 1, epochs: 1 })
    const json = model.toJSON()
    expect(thrown(() => KAN.fromJSON({ ...json, version: 99 } as never)).message).toMatch(/version 99 is not supported; this nkkan reads versions 1 and 2/)
    expect(thrown(() => KAN.fromJSON('{"format": "nkkan", ')).code).toBe('E_FORMAT')
    expect(thrown(() => KAN.fromJSON({ ...json, format: 'other' } as never)).message).toMatch(/not an nkkan model/)
    const damaged = JSON.parse(JSON.stringify(json)) as { layers: { values: unknown[] }[] }
    damaged.layers[1]!.values[3] = 'x'
    expect(thrown(() => KAN.fromJSON(damaged as never)).message).toMatch(/layers\[1\]\.values\[3\] is "x", not a finite number/)
    damaged.layers[1]!.values.pop()
    expect(thrown(() => KAN.fromJSON(damaged as never)).message).toMatch(/layers\[1\]\.values must be an array of 20 numbers, got 19 items/)
  })

  it('refuses to predict before training, after dispose, or with the wrong width', async () => {
    const model = KAN.create({ inputs: 4, layers })
    expect(thrown(() => model.predict(small.valid.x)).code).toBe('E_STATE')
    await model.fit(small.train, { threads: 1, epochs: 1 })
    expect(thrown(() => model.predict(new Float64Array(7))).message).toMatch(/x has 7 values, not a multiple of the model's 4 inputs/)
    expect(thrown(() => model.predict([[1, 2, 3]])).message).toMatch(/row 0 has 3 values; the model takes 4 inputs/)
    await model.dispose()
    expect(thrown(() => model.predict(small.valid.x)).message).toMatch(/disposed/)
  })
})
