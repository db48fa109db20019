import { describe, expect, it } from 'vitest'
import { KAN, datasets, fromRows, readCSV } from '../src/index.js'
import { rejection, thrown } from './helpers/errors.js'

// The fuzzing audit's reproducers: each used to throw a TypeError or RangeError, or to accept
// garbage silently.
const { train } = datasets.det({ size: 2, train: 300, valid: 1, seed: 3 })
const layers = [{ units: 4, points: 3 }, { units: 1, points: 5 }]

describe('wrong arguments give a coded NkkanError', () => {
  it('null and undefined arguments and options', async () => {
    await using model = KAN.create({ inputs: 4, layers })
    expect((await rejection(model.fit(null as never))).message).toMatch(/data must be a data set .* got null/)
    expect((await rejection(model.fit(train, null as never))).message).toMatch(/fit options must be an object, got null/)
    expect((await rejection(model.fit(train, { threads: 1, stopAt: null as never }))).code).toBe('E_OPTION')
    expect((await rejection(model.fit(train, { threads: 1, signal: 'stop' as never }))).message).toMatch(/signal must be an AbortSignal/)
    await model.fit(train, { threads: 1, epochs: 1 })
    expect(thrown(() => model.predict(undefined as never)).message).toMatch(/x must be a Float64Array/)
    expect(thrown(() => KAN.create({ inputs: 4, layers: null as never })).message).toMatch(/layers must be a non-empty array/)
    expect(thrown(() => KAN.create({ inputs: 4, layers: [null as never] })).message).toMatch(/layers\[0\] must be an object, got null/)
    expect(thrown(() => KAN.create(undefined as never)).code).toBe('E_OPTION')
    expect(thrown(() => KAN.average(null as never)).code).toBe('E_OPTION')
    expect(thrown(() => readCSV(null as never, { targets: ['y'] })).code).toBe('E_FORMAT')
    expect(thrown(() => readCSV('a,y\n1,2\n', null as never)).code).toBe('E_OPTION')
  })

  it('a model too large for wasm32 memory is refused at create, saying why', () => {
    const error = thrown(() => KAN.create({ inputs: 4, layers: [{ units: 2 ** 31, points: 3 }, { units: 1, points: 3 }] }))
    expect(error.code).toBe('E_SHAPE')
    expect(error.message).toMatch(/3.22e\+10 node values \(240.00 GiB in f64\); wasm32 memory holds 4 GiB/)
  })

  it('a fit whose model copies do not fit in wasm32 memory is refused before anything is allocated, saying what fits', async () => {
    // One copy (2 GiB) fits, so create accepts the model; two copies do not. Before, the fit drew
    // the 2 GiB initial model and started its workers, then failed asking for fewer records.
    const inputs = 64
    const data = { x: Float64Array.from({ length: 10 * inputs }, (_, q) => Math.sin(q)), y: Float64Array.from({ length: 10 }, (_, r) => r / 10), rows: 10, features: inputs, targets: 1 }
    await using model = KAN.create({ inputs, layers: [{ units: 4096, points: 1024 }, { units: 1, points: 2 }] })
    const before = process.memoryUsage().arrayBuffers
    for (const options of [{ threads: 2 }, { threads: 1, copies: 3 }]) {
      const error = await rejection(model.fit(data, { ...options, epochs: 1 }))
      expect(error.code).toBe('E_SHAPE')
      expect(error.message).toMatch(/the fit needs \d model copies of 2\.00 GiB and .* wasm32 allows 4 GiB\. Beside the rest, 1 copy fits \(copies and threads ≤ 1\); precision 'f32' halves every part/)
    }
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(2 ** 28)
    expect(model.trained).toBe(false)
  })

  it('misspelled options are rejected with the closest valid name', async () => {
    await using model = KAN.create({ inputs: 4, layers })
    expect((await rejection(model.fit(train, { threads: 1, learnignRate: 0.1 } as never))).message).toMatch(/no option "learnignRate"; did you mean "learningRate"\?/)
    expect((await rejection(model.fit(train, { threads: 1, stopAt: { pearsn: 0.9 } } as never))).message).toMatch(/did you mean "pearson"/)
    expect(thrown(() => KAN.create({ inputs: 4, layers, precison: 'f32' } as never)).message).toMatch(/did you mean "precision"/)
  })

  it('cells that are not numbers are rejected, not coerced', () => {
    for (const cell of [null, true, '0.5', []]) {
      const error = thrown(() => fromRows([[1, 2, 3], [4, cell as never, 6]]))
      expect(error.code).toBe('E_VALUE')
      expect(error.message).toMatch(/row 1, column 1 is .*; cells must be numbers/)
    }
  })

  it('one row with default threads trains (threads default to at most the rows)', async () => {
    await using model = KAN.create({ inputs: 4, layers })
    const one = { ...train, rows: 1, x: train.x.subarray(0, 4), y: train.y.subarray(0, 1) }
    expect(await model.fit(one, { epochs: 2 })).toHaveLength(2)
    expect((await rejection(model.fit(one, { threads: 2 }))).message).toMatch(/copies \(2\) exceed the 1 training rows/)
  })
})

describe('metrics of very large values', () => {
  it('evaluate-style metrics of y·1e300 equal those of y, scaled (were Pearson 0, RMSE Infinity)', async () => {
    const { computeMetrics } = await import('../src/index.js')
    const y = Float64Array.from({ length: 50 }, (_, q) => Math.sin(q))
    const p = y.map((v, q) => v + 0.1 * Math.cos(3 * q))
    const plain = computeMetrics(p, y, 50, 1)
    const huge = computeMetrics(p.map((v) => v * 2 ** 1000), y.map((v) => v * 2 ** 1000), 50, 1)
    expect(huge.pearson[0]).toBe(plain.pearson[0])
    expect(huge.rmse[0]).toBe(plain.rmse[0]! * 2 ** 1000)
    expect(huge.relativeRmse[0]).toBe(plain.relativeRmse[0])
  })
})

describe('CSV errors point where the problem is', () => {
  it('an unclosed quote is reported on the line where it opened (was: the last line)', () => {
    const error = thrown(() => readCSV('a,y\n1,2\n"3,4\n5,6\n7,8\n', { targets: ['y'], source: 'f.csv' }))
    expect(error.code).toBe('E_FORMAT')
    expect(error.message).toBe('f.csv: a quoted field opened on line 3 is never closed')
  })
})
