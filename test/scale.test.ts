import { describe, expect, it } from 'vitest'
import { KAN, NkkanError, datasets, fitScaler, fromTensors, splitDataset } from '../src/index.js'
import type { Dataset, FloatArray, TensorLike } from '../src/index.js'

const { train, valid } = datasets.det({ size: 2, train: 600, valid: 100, seed: 5 })

function tensor(values: Float32Array | Float64Array, shape: number[]): TensorLike {
  return { shape, dataSync: () => values }
}

function columnStats(values: FloatArray, columns: number, c: number): { mean: number; std: number } {
  const rows = values.length / columns
  let mean = 0
  for (let r = 0; r < rows; r++) mean += values[r * columns + c]!
  mean /= rows
  let variance = 0
  for (let r = 0; r < rows; r++) variance += (values[r * columns + c]! - mean) ** 2
  return { mean, std: Math.sqrt(variance / rows) }
}

describe('fitScaler()', () => {
  it('standardises every feature and target column to mean 0 and deviation 1', () => {
    const scaled = fitScaler(train).transform(train)
    for (let c = 0; c < train.features; c++) {
      const { mean, std } = columnStats(scaled.x, train.features, c)
      expect(mean).toBeCloseTo(0, 12)
      expect(std).toBeCloseTo(1, 12)
    }
    expect(columnStats(scaled.y, 1, 0).std).toBeCloseTo(1, 12)
  })

  it('maps scaled targets back to the original units', () => {
    const scaler = fitScaler(train)
    const back = scaler.inverseTargets(scaler.transform(valid).y)
    back.forEach((value, i) => expect(value).toBeCloseTo(valid.y[i]!, 9))
  })

  it('min-max scales into [0, 1], gives a constant column scale 1, and can leave targets alone', () => {
    const data: Dataset = { x: new Float64Array([1, 5, 3, 5, 2, 5]), y: new Float64Array([7, 8, 9]), rows: 3, features: 2, targets: 1 }
    const scaler = fitScaler(data, { method: 'minmax', targets: false })
    expect(Array.from(scaler.transform(data).x)).toEqual([0, 0, 1, 0, 0.5, 0])
    expect(scaler.transform(data).y).toBe(data.y)
    expect(Array.from(scaler.inverseTargets(new Float64Array([1, 2])))).toEqual([1, 2])
  })

  it('checks the shape of what it transforms', () => {
    expect(() => fitScaler(train).transform({ ...train, features: 3, x: new Float64Array(train.rows * 3) })).toThrow(NkkanError)
  })
})

describe('splitDataset()', () => {
  it('splits rows disjointly and the same way for the same seed', () => {
    const a = splitDataset(train, { valid: 0.25, seed: 3 })
    const b = splitDataset(train, { valid: 0.25, seed: 3 })
    expect(a.valid.rows).toBe(150)
    expect(a.train.rows).toBe(450)
    expect(Array.from(a.valid.y)).toEqual(Array.from(b.valid.y))
    const all = [...a.train.y, ...a.valid.y].sort((p, q) => p - q)
    expect(all).toEqual([...train.y].sort((p, q) => p - q))
    expect(() => splitDataset(train, { valid: 1.5 })).toThrow(/fraction/)
  })
})

describe('tensor-like inputs', () => {
  it('fromTensors builds a data set from [rows, features] and [rows] tensors', () => {
    const data = fromTensors(tensor(Float32Array.from(train.x), [train.rows, train.features]), tensor(train.y, [train.rows]))
    expect(data.features).toBe(4)
    expect(data.targets).toBe(1)
    expect(data.y).toBe(train.y)
    expect(() => fromTensors(tensor(train.x, [train.rows, 3]), tensor(train.y, [train.rows]))).toThrow(/dataSync\(\) has 2400 values/)
  })

  it('predict takes a tensor-like, a Float32Array and rows and agrees with Float64Array input', async () => {
    const model = KAN.create({ inputs: 4, layers: [{ units: 5, points: 3 }, { units: 1, points: 5 }] })
    await model.fit(train, { epochs: 2, threads: 1 })
    const x32 = Float32Array.from(valid.x)
    const expected = model.predict(Float64Array.from(x32))
    expect(Array.from(model.predict(tensor(x32, [valid.rows, 4])))).toEqual(Array.from(expected))
    expect(Array.from(model.predict(tensor(Float64Array.from(x32), [valid.rows, 4])))).toEqual(Array.from(expected))
    expect(Array.from(model.predict(x32))).toEqual(Array.from(expected))
    expect(() => model.predict(tensor(x32, [valid.rows * 2, 2]))).toThrow(/expected 4 columns/)
    await model.dispose()
  })
})
