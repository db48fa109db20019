import { describe, expect, it } from 'vitest'
import type { Dataset } from '../src/data/data.js'
import { triangle } from '../src/datasets.js'
import { deriveSpec } from '../src/fixed/derive.js'
import { type FixedSpec, FIXED_FORMAT, FIXED_VERSION, fixedTargets, gridHi, requiredWidths, triangleSpec, validateSpec } from '../src/fixed/spec.js'
import { FixedTrainer } from '../src/fixed/trainer.js'
import { KAN } from '../src/index.js'
import { Random } from '../src/data/random.js'
import { oracleFromValues, oraclePredict, oracleStep, oracleValues } from './oracle/fixed.js'

/** A random valid spec: random grids, shifts, clip ranges narrower than the next grid, small widths. */
function randomSpec(random: Random, inputs: number, shape: readonly [number, number][], valueBits: number): FixedSpec {
  const base = 10
  const half = 2 ** (valueBits - 1)
  const layers = shape.map(([units, points], l) => {
    const n = l === 0 ? inputs : (shape[l - 1] as [number, number])[0]
    // Segments wide enough that a grid spans about half of the value range.
    const deltaShift = Math.max(0, Math.floor(Math.log2(half / (points - 1))) - random.integer(0, 1))
    const span = (points - 1) * 2 ** deltaShift
    const lo = random.integer(-half, half - 1 - span)
    return { units, points, lo, deltaShift, rateShift: random.integer(0, 5), mult: Math.floor(2 ** base / n) - random.integer(0, 2), clip: null as [number, number] | null }
  })
  layers.forEach((layer, l) => {
    const next = layers[l + 1]
    if (next === undefined) return
    const hi = gridHi(next)
    const clipLo = next.lo + random.integer(0, 3)
    layer.clip = [clipLo, Math.max(clipLo, hi - 1 - random.integer(0, 3))]
  })
  const first = layers[0]!
  const inputLo = first.lo + random.integer(0, 2)
  const spec: FixedSpec = {
    format: FIXED_FORMAT, version: FIXED_VERSION, inputs,
    inputLo, inputHi: Math.max(inputLo, gridHi(first) - 1 - random.integer(0, 2)),
    targetLo: -Math.floor(half / 2), targetHi: Math.floor(half / 2) - 1,
    base, valueBits, errorBits: Math.min(32, valueBits + 1 + random.integer(0, 3)), productBits: 0, accBits: 0, layers,
  }
  Object.assign(spec, requiredWidths(spec))
  return validateSpec(spec)
}

/** Random integer records; features hit the ends of the input range on purpose. */
function randomData(random: Random, spec: FixedSpec, rows: number): Dataset {
  const targets = fixedTargets(spec)
  const x = new Float64Array(rows * spec.inputs)
  const y = new Float64Array(rows * targets)
  for (let p = 0; p < x.length; p++) {
    const pick = random.integer(0, 9)
    x[p] = pick === 0 ? spec.inputLo : pick === 1 ? spec.inputHi : random.integer(spec.inputLo, spec.inputHi)
  }
  // Targets across the whole value range: large residuals force clips and wraps.
  const half = 2 ** (spec.valueBits - 1)
  for (let p = 0; p < y.length; p++) y[p] = random.integer(-half, half - 1)
  return { x, y, rows, features: spec.inputs, targets }
}

function row(data: Dataset, r: number): { x: number[]; y: number[] } {
  return {
    x: Array.from(data.x.subarray(r * data.features, (r + 1) * data.features)),
    y: Array.from(data.y.subarray(r * data.targets, (r + 1) * data.targets)),
  }
}

const SHAPES: { inputs: number; layers: [number, number][] }[] = [
  { inputs: 1, layers: [[1, 2]] },
  { inputs: 3, layers: [[5, 3]] },
  { inputs: 7, layers: [[3, 25]] },
  { inputs: 2, layers: [[3, 3], [1, 25]] },
  { inputs: 3, layers: [[8, 2], [5, 7], [2, 3]] },
  { inputs: 7, layers: [[5, 4], [3, 25], [2, 2], [1, 5]] },
]

describe('nkRangeFixed()', () => {
  SHAPES.forEach(({ inputs, layers }, shapeIndex) => {
    for (const valueBits of [12, 20, 32]) {
      it(`equals the oracle on every node after every record: ${inputs} inputs, layers ${JSON.stringify(layers)}, ${valueBits}-bit values`, () => {
        const random = new Random(100 + shapeIndex * 7 + valueBits)
        const spec = randomSpec(random, inputs, layers, valueBits === 32 ? 30 : valueBits)
        const trainer = FixedTrainer.create(spec, { seed: shapeIndex + 1 })
        const oracle = oracleFromValues(trainer.parameters())
        const data = randomData(random, spec, 60)
        for (let r = 0; r < data.rows; r++) {
          const { x, y } = row(data, r)
          const expected = oracleStep(spec, oracle, x, y)
          const one: Dataset = { ...data, x: data.x.subarray(r * inputs, (r + 1) * inputs), y: data.y.subarray(r * data.targets, (r + 1) * data.targets), rows: 1 }
          const predicted = trainer.fit(one)
          expect(Array.from(predicted), `prediction of record ${r}`).toEqual(expected)
          const got = trainer.parameters()
          oracleValues(oracle).forEach((layer, l) => expect(got[l], `layer ${l} after record ${r}`).toEqual(layer))
        }
        const predictions = trainer.predict(data)
        for (let r = 0; r < 5; r++) expect(Array.from(predictions.subarray(r * data.targets, (r + 1) * data.targets))).toEqual(oraclePredict(spec, oracle, row(data, r).x))
      })
    }
  })

  it('matches the oracle over many records in one kernel call (chunked data)', () => {
    const random = new Random(9)
    const spec = deriveSpec({ inputs: 3, inputLo: -50, inputHi: 900, targetLo: -3000, targetHi: 5000, layers: [{ units: 4, points: 5 }, { units: 2, points: 9 }] })
    const data = randomData(random, spec, 2500)
    for (let p = 0; p < data.y.length; p++) data.y[p] = random.integer(spec.targetLo, spec.targetHi)
    const trainer = FixedTrainer.create(spec, { seed: 4 })
    const oracle = oracleFromValues(trainer.parameters())
    const predictions = trainer.fit(data)
    const expected: number[] = []
    for (let r = 0; r < data.rows; r++) expected.push(...oracleStep(spec, oracle, row(data, r).x, row(data, r).y))
    expect(Array.from(predictions)).toEqual(expected)
    trainer.parameters().forEach((layer, l) => expect(layer).toEqual(oracleValues(oracle)[l]))
  })
})

describe('FixedTrainer data checks', () => {
  it('names the row and column of a feature that is not an integer in range', () => {
    const spec = triangleSpec()
    const trainer = FixedTrainer.create(spec)
    const data: Dataset = { x: new Float64Array(12).fill(500), y: new Float64Array(2).fill(10), rows: 2, features: 6, targets: 1 }
    data.x[9] = 2001
    expect(() => trainer.fit(data)).toThrow(/row 1 column 3: 2001/)
    data.x[9] = 500.5
    expect(() => trainer.predict(data)).toThrow(/row 1 column 3: 500.5/)
  })
})

describe('triangle reference task (ALGORITHM §6)', () => {
  const { train, valid } = triangle()
  let integerPercent = 0

  it('reaches a validation MAE <= 1.3% of the target range after 32 epochs', () => {
    const trainer = FixedTrainer.create(triangleSpec(), { seed: 1 })
    const started = performance.now()
    trainer.fit(train, { epochs: 32 })
    const seconds = (performance.now() - started) / 1000
    integerPercent = trainer.evaluate(valid).maePercent
    console.log(`integer trainer: triangle MAE ${integerPercent.toFixed(3)}% of the target range, ${((32 * train.rows) / seconds).toFixed(0)} records/s`)
    expect(integerPercent).toBeLessThanOrEqual(1.3)

    // Nothing wrapped at 25 bits: a run with 30-bit node values ends bit-identical.
    const wide = triangleSpec()
    wide.valueBits = 30
    Object.assign(wide, requiredWidths(wide))
    const wideTrainer = FixedTrainer.create(wide, { seed: 1 })
    wideTrainer.fit(train, { epochs: 32 })
    wideTrainer.parameters().forEach((layer, l) => expect(layer).toEqual(trainer.parameters()[l]))
  })

  it('is compared with a float KAN of the same shape on the same data', async () => {
    const model = KAN.create({ inputs: 6, layers: [{ units: 53, points: 2 }, { units: 11, points: 12 }, { units: 4, points: 14 }, { units: 1, points: 14 }], seed: 1 })
    await model.fit(train, { epochs: 32, learningRate: 0.05 })
    const predictions = model.predict(valid.x)
    let sum = 0
    for (let r = 0; r < valid.rows; r++) sum += Math.abs((valid.y[r] as number) - (predictions[r] as number))
    const floatPercent = (100 * sum) / valid.rows / 1_805_000
    console.log(`float KAN: triangle MAE ${floatPercent.toFixed(3)}% of the target range (integer: ${integerPercent.toFixed(3)}%)`)
    expect(Number.isFinite(floatPercent)).toBe(true)
  }, 120_000)
})
