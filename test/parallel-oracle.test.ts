import { afterAll, describe, expect, it } from 'vitest'
import { KAN } from '../src/kan.js'
import type { LayerJSON, ModelJSON } from '../src/serialize.js'
import { roundBatches } from '../src/train.js'
import { OracleKAN, averageSnapshots, roundFor } from './oracle/float.js'
import { firstDifference, initialJSON, randomCases, randomData, rowOf } from './helpers/cases.js'

const models: KAN[] = []
afterAll(async () => {
  await Promise.all(models.map((model) => model.dispose()))
})

/** The oracle's disjoint-batch training by hand: copies train their batches, then average. */
function oracleRounds(json: ModelJSON, data: ReturnType<typeof randomData>, threads: number, batchSize: number, rounds: number, alpha: number, skip = 0): ModelJSON {
  let current = json
  for (let round = 0; round < rounds; round++) {
    const batches = roundBatches((round * threads * batchSize) % data.rows, threads, batchSize, data.rows)
    const snapshots = batches.map((batch) => {
      const copy = new OracleKAN(current)
      for (const [start, end] of batch) {
        for (let r = start; r < end; r++) copy.step(rowOf(data.x, r, data.features), rowOf(data.y, r, data.targets), alpha, skip)
      }
      return copy.snapshot()
    })
    const mean = averageSnapshots(snapshots, roundFor(current.precision))
    current = { ...current, layers: current.layers.map((layer, l) => ({ ...layer, ...mean[l]! })) }
  }
  return current
}

describe('disjoint-batch training on workers against the oracle', () => {
  const cases = randomCases(6, 11)
  for (const [index, testCase] of cases.entries()) {
    for (const sharedMemory of [true, false]) {
      it(`equals copies-train-average by hand (${sharedMemory ? 'shared' : 'private'} memory): ${testCase.name}`, async () => {
        const { shape, seed } = testCase
        const data = randomData(shape, 230, seed)
        const json = initialJSON(shape, data, seed)
        const model = KAN.fromJSON(json)
        models.push(model)
        const threads = 2 + (index % 2)
        const batchSize = 40 + index
        const alpha = shape.form === 'mean' ? 0.2 : 0.05 / shape.inputs
        await model.fit(data, { threads, batchSize, rounds: 4, learningRate: alpha, sharedMemory })
        const expected = oracleRounds(json, data, threads, batchSize, 4, alpha)
        const actual = model.toJSON().layers as LayerJSON[]
        ;(expected.layers as LayerJSON[]).forEach((layer, l) => {
          for (const key of ['lo', 'hi', 'dx', 'values'] as const) {
            expect(firstDifference(actual[l]![key], layer[key]), `layer ${l} ${key}`).toBeUndefined()
          }
        })
      })
    }
  }
})

describe('the residual skip on workers against the oracle', () => {
  for (const [index, testCase] of randomCases(4, 29).entries()) {
    for (const sharedMemory of [true, false]) {
      it(`equals copies-train-average by hand with skip (${sharedMemory ? 'shared' : 'private'} memory): ${testCase.name}`, async () => {
        const { shape, seed } = testCase
        const data = randomData(shape, 200, seed)
        const json = initialJSON(shape, data, seed)
        const model = KAN.fromJSON(json)
        models.push(model)
        const alpha = shape.form === 'mean' ? 0.2 : 0.05 / shape.inputs
        // A threshold that some records meet and some do not, from the initial model's residuals.
        const oracle = new OracleKAN(json)
        const residuals = Array.from({ length: data.rows }, (_, r) => {
          const out = oracle.forward(rowOf(data.x, r, data.features), false)
          return Math.max(...out.map((value, k) => Math.abs(data.y[r * data.targets + k]! - value)))
        }).sort((a, b) => a - b)
        const range = Math.max(...data.y) - Math.min(...data.y)
        const skip = residuals[(data.rows >> 2) * (1 + (index % 2))]! / range
        await model.fit(data, { threads: 2, batchSize: 50, rounds: 3, learningRate: alpha, sharedMemory, skip })
        const expected = oracleRounds(json, data, 2, 50, 3, alpha, skip * range)
        const actual = model.toJSON().layers as LayerJSON[]
        ;(expected.layers as LayerJSON[]).forEach((layer, l) => {
          for (const key of ['lo', 'hi', 'dx', 'values'] as const) {
            expect(firstDifference(actual[l]![key], layer[key]), `layer ${l} ${key}`).toBeUndefined()
          }
        })
        const unskipped = oracleRounds(json, data, 2, 50, 3, alpha)
        expect(JSON.stringify(unskipped.layers)).not.toBe(JSON.stringify(expected.layers))
      })
    }
  }
})
