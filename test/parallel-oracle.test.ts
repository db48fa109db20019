import { afterAll, describe, expect, it } from 'vitest'
import { KAN } from '../src/kan.js'
import type { LayerJSON, ModelJSON } from '../src/serialize.js'
import { roundBatches } from '../src/train.js'
import { OracleKAN, averageSnapshots, roundFor } from './oracle/float.js'
import { firstDifference, initialJSON, randomCases, randomData, rowOf } from './helpers/cases.js'
import { withMemory } from './helpers/memory.js'

const models: KAN[] = []
afterAll(async () => {
  await Promise.all(models.map((model) => model.dispose()))
})

/** The oracle's disjoint-batch training by hand: copies train their batches, then average. */
function oracleRounds(json: ModelJSON, data: ReturnType<typeof randomData>, threads: number, batchSize: number, rounds: number, alpha: number): ModelJSON {
  let current = json
  for (let round = 0; round < rounds; round++) {
    const batches = roundBatches((round * threads * batchSize) % data.rows, threads, batchSize, data.rows)
    const snapshots = batches.map((batch) => {
      const copy = new OracleKAN(current)
      for (const [start, end] of batch) {
        for (let r = start; r < end; r++) copy.step(rowOf(data.x, r, data.features), rowOf(data.y, r, data.targets), alpha)
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
        await withMemory(sharedMemory, () => model.fit(data, { threads, batchSize, rounds: 4, learningRate: alpha }))
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
