import { describe, expect, it } from 'vitest'
import { KAN } from '../src/kan.js'
import type { LayerJSON } from '../src/model/serialize.js'
import { OracleKAN } from './oracle/float.js'
import type { ModelShape } from '../src/model/model.js'
import { type Case, firstDifference, initialJSON, randomCases, randomData, rowOf } from './helpers/cases.js'

/** Trains the oracle on data, record by record, as fit does in one epoch; returns the records that updated. */
function trainOracle(oracle: OracleKAN, data: ReturnType<typeof randomData>, alpha: number, skip = 0): number {
  let updated = 0
  for (let r = 0; r < data.rows; r++) if (oracle.step(rowOf(data.x, r, data.features), rowOf(data.y, r, data.targets), alpha, skip)) updated++
  return updated
}

/** max − min over every target value, as fit computes the target range for `skip`. */
function targetRange(data: ReturnType<typeof randomData>): number {
  return Math.max(...data.y) - Math.min(...data.y)
}

function expectSameModel(model: KAN, oracle: OracleKAN): void {
  const layers = model.toJSON().layers as LayerJSON[]
  oracle.snapshot().forEach((expected, l) => {
    const actual = layers[l]!
    for (const key of ['lo', 'hi', 'dx', 'values'] as const) {
      expect(firstDifference(actual[key], expected[key]), `layer ${l} ${key}`).toBeUndefined()
    }
  })
}

/**
 * The papers' shape (two layers, one target), rare among the random cases: inner widths around
 * the fused sweep's blocks (4 vectors: 8 f64 or 16 f32 outputs), with and without a last partial
 * vector, so the one-output layer's vector loops and one-at-a-time tails both run; 1 to 7
 * inputs, so the fused sweep's pipeline runs with fewer inputs than its depth too.
 */
function innerOuterCases(): Case[] {
  const cases: Case[] = []
  let seed = 500
  for (const precision of ['f64', 'f32'] as const) {
    for (const units of [2, 3, 5, 8, 9, 10, 11, 13, 24, 25, 27, 70]) {
      const form = units % 2 === 0 ? 'mean' : 'sum'
      const inputs = 1 + (units % 7)
      const shape: ModelShape = { inputs, layers: [{ units, points: 2 + (units % 4) }, { units: 1, points: 5 + units }], form, precision }
      cases.push({ name: `${precision} ${form} ${inputs}→${units}:${2 + (units % 4)}→1:${5 + units}`, shape, seed: seed++ })
    }
  }
  return cases
}

/**
 * Per-input point counts in the first layer (P_j from 2 to 9, mixed): 1 to 11 inputs, so the
 * lookup's vector loop and its one-at-a-time tail both meet inputs of different counts (f64: 2
 * lanes, f32: 4); one output (the pair-loading loops), a few, and more than a fused block; one
 * layer and two.
 */
function perInputCases(): Case[] {
  const cases: Case[] = []
  let seed = 700
  for (const precision of ['f64', 'f32'] as const) {
    for (const [inputs, units, depth] of [[1, 3, 2], [2, 1, 1], [3, 5, 2], [5, 1, 2], [6, 9, 2], [7, 2, 1], [9, 19, 2], [11, 4, 2]] as const) {
      const points = Array.from({ length: inputs }, (_, j) => 2 + ((j * 5 + inputs) % 8))
      if (inputs > 1 && points.every((count) => count === points[0])) points[0] = points[0]! + 1
      const form = units % 2 === 0 ? 'mean' : 'sum'
      const layers = depth === 1 ? [{ units, points }] : [{ units, points }, { units: 1 + (units % 2), points: 6 }]
      const shape: ModelShape = { inputs, layers, form, precision }
      cases.push({ name: `${precision} ${form} ${inputs}→${units}:[${points.join(',')}]${depth === 2 ? `→${layers[1]!.units}:6` : ''}`, shape, seed: seed++ })
    }
  }
  return cases
}

describe('nkRange (NK training) against the oracle', () => {
  for (const testCase of [...randomCases(24, 7), ...innerOuterCases(), ...perInputCases()]) {
    it(`matches bit for bit after hundreds of steps: ${testCase.name}`, async () => {
      const { shape, seed } = testCase
      const first = randomData(shape, 160, seed)
      // Wider, shifted data for the second fit: every grid has to widen (adaptive range).
      const second = randomData(shape, 160, seed + 1, 1.7)
      const json = initialJSON(shape, first, seed)
      const model = KAN.fromJSON(json)
      const oracle = new OracleKAN(json)
      const alpha = shape.form === 'mean' ? 0.2 : 0.05 / shape.inputs

      await model.fit(first, { epochs: 2, learningRate: alpha, threads: 1 })
      trainOracle(oracle, first, alpha)
      trainOracle(oracle, first, alpha)
      expectSameModel(model, oracle)

      await model.fit(second, { epochs: 1, learningRate: alpha, threads: 1 })
      trainOracle(oracle, second, alpha)
      expectSameModel(model, oracle)

      // Frozen prediction, including far outside every trained range (end segments).
      const outside = randomData(shape, 40, seed + 2, 6)
      const predicted = model.predict(outside.x)
      const targets = outside.targets
      for (let r = 0; r < outside.rows; r++) {
        expect(firstDifference(rowOf(predicted, r, targets), oracle.forward(rowOf(outside.x, r, outside.features), false)), `row ${r}`).toBeUndefined()
      }
    })
  }
})

describe('nkRange with the residual skip (ALGORITHM §2) against the oracle', () => {
  const cases = [...randomCases(10, 19), ...innerOuterCases().filter((_, c) => c % 4 === 1)]
  for (const testCase of cases) {
    it(`skips exactly the records the oracle skips, bit for bit: ${testCase.name}`, async () => {
      const { shape, seed } = testCase
      const data = randomData(shape, 200, seed)
      const json = initialJSON(shape, data, seed)
      const model = KAN.fromJSON(json)
      const oracle = new OracleKAN(json)
      const alpha = shape.form === 'mean' ? 0.2 : 0.05 / shape.inputs
      await model.fit(data, { epochs: 2, learningRate: alpha, threads: 1 })
      trainOracle(oracle, data, alpha)
      trainOracle(oracle, data, alpha)
      // A threshold at the median residual of the model so far: about half the records skip.
      const residuals = Array.from({ length: data.rows }, (_, r) => {
        const out = oracle.forward(rowOf(data.x, r, data.features), false)
        return Math.max(...out.map((value, k) => Math.abs(data.y[r * data.targets + k]! - value)))
      }).sort((a, b) => a - b)
      const skip = residuals[data.rows >> 1]! / targetRange(data)
      await model.fit(data, { epochs: 2, learningRate: alpha, threads: 1, skip })
      const updated = trainOracle(oracle, data, alpha, skip * targetRange(data)) + trainOracle(oracle, data, alpha, skip * targetRange(data))
      expect(updated).toBeGreaterThan(0)
      expect(updated).toBeLessThan(2 * data.rows)
      expectSameModel(model, oracle)
    })
  }
})
