import { describe, expect, it } from 'vitest'
import { deriveSpec } from '../src/fixed/derive.js'
import { quantizeModel } from '../src/fixed/quantize.js'
import { type FixedSpec, gridHi, parseSpec, triangleSpec, validateSpec } from '../src/fixed/spec.js'
import { FixedTrainer } from '../src/fixed/trainer.js'
import { KAN } from '../src/index.js'
import { Random } from '../src/data/random.js'

function expectError(spec: FixedSpec, code: string, field: RegExp): void {
  try {
    validateSpec(spec)
  } catch (error) {
    expect((error as { code: string }).code).toBe(code)
    expect((error as Error).message).toMatch(field)
    return
  }
  throw new Error('validateSpec accepted a bad spec')
}

describe('triangleSpec()', () => {
  it('is the reference of ALGORITHM §6', () => {
    const spec = triangleSpec()
    expect(spec.layers.map((l) => [l.units, l.points, l.lo, l.deltaShift, l.rateShift, l.mult])).toEqual([
      [53, 2, 0, 11, 13, 1365],
      [11, 12, -10_000, 17, 7, 154],
      [4, 14, -10_000, 17, 7, 744],
      [1, 14, -10_000, 17, 7, 2048],
    ])
    expect(gridHi(spec.layers[0]!)).toBe(2 ** 11)
    expect(spec.base).toBe(13)
    expect(spec.layers[0]!.clip).toEqual([-9_999, -10_000 + 11 * 2 ** 17 - 1])
  })

  it('round-trips through JSON', () => {
    expect(parseSpec(JSON.stringify(triangleSpec()))).toEqual(triangleSpec())
  })
})

describe('validateSpec()', () => {
  it('names a grid that does not cover the previous clip range', () => {
    const spec = triangleSpec()
    spec.layers[1]!.lo = -9_000
    expectError(spec, 'E_VALUE', /layers\[1\]\.lo.*does not cover layers\[0\]\.clip/)
  })
  it('names a grid that does not cover the inputs', () => {
    const spec = triangleSpec()
    spec.inputHi = 2048
    expectError(spec, 'E_VALUE', /layers\[0\]\.lo/)
  })
  it('names a multiplier that lets the mean overflow', () => {
    const spec = triangleSpec()
    spec.layers[2]!.mult = 745
    expectError(spec, 'E_VALUE', /layers\[2\]\.mult/)
  })
  it('names products that do not fit their width', () => {
    const spec = triangleSpec()
    spec.productBits = 40
    expectError(spec, 'E_VALUE', /productBits/)
  })
  it('names a malformed field', () => {
    const spec = triangleSpec()
    ;(spec.layers[3] as { clip: unknown }).clip = [0, 1]
    expectError(spec, 'E_OPTION', /layers\[3\]\.clip/)
    const other = triangleSpec()
    other.layers[1]!.deltaShift = 1.5
    expectError(other, 'E_OPTION', /layers\[1\]\.deltaShift/)
  })
})

describe('deriveSpec()', () => {
  it('derives the reference grids and multipliers from the triangle ranges', () => {
    const spec = deriveSpec({ inputs: 6, inputLo: 0, inputHi: 2047, targetLo: 0, targetHi: 1_805_000, layers: [{ units: 53, points: 2 }, { units: 11, points: 12 }] })
    expect(spec.layers[0]!.deltaShift).toBe(11)
    expect(spec.layers.map((l) => l.mult)).toEqual([1365, 154])
    expect(spec.layers[0]!.clip).toEqual([spec.layers[1]!.lo + 1, gridHi(spec.layers[1]!) - 1])
  })
})

describe('quantizeModel()', () => {
  it('turns a trained float model into an integer one that predicts like it', async () => {
    const random = new Random(3)
    const rows = 4000
    const x = new Float64Array(rows * 2).map(() => random.integer(0, 1000))
    const y = new Float64Array(rows).map((_, r) => 3 * x[2 * r]! + x[2 * r + 1]! + 0.002 * x[2 * r]! * x[2 * r + 1]!)
    const data = { x, y, rows, features: 2, targets: 1 }
    const model = KAN.create({ inputs: 2, layers: [{ units: 5, points: 6 }, { units: 1, points: 10 }], seed: 2 })
    await model.fit(data, { epochs: 10, learningRate: 0.1 })
    const { spec, values } = quantizeModel(model.toJSON())
    const trainer = FixedTrainer.create(spec, { values })
    const inRange = { ...data, x: x.map((v) => Math.min(Math.max(v, spec.inputLo), spec.inputHi)) }
    const fixed = trainer.predict(inRange)
    const float = model.predict(inRange.x)
    let gap = 0
    for (let r = 0; r < rows; r++) gap += Math.abs(fixed[r]! - float[r]!)
    const range = Math.max(...y) - Math.min(...y)
    expect((100 * gap) / rows / range).toBeLessThan(0.5)
  })
})
