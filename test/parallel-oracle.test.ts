import { afterAll, describe, expect, it } from 'vitest'
import { KAN } from '../src/kan.js'
import type { ModelShape } from '../src/model/model.js'
import type { LayerJSON, ModelJSON } from '../src/model/serialize.js'
import { roundBatches } from '../src/train/train.js'
import { OracleKAN } from './oracle/float.js'
import { firstDifference, initialJSON, randomCases, randomData, rowOf } from './helpers/cases.js'
import { withMemory } from './helpers/memory.js'
import { oracleCopyRounds } from './helpers/oracle-rounds.js'

const models: KAN[] = []
afterAll(async () => {
  await Promise.all(models.map((model) => model.dispose()))
})

/** The oracle's disjoint-batch training by hand with the fixed split: copy c trains the round's c-th batch. */
function oracleRounds(json: ModelJSON, data: ReturnType<typeof randomData>, threads: number, batchSize: number, rounds: number, alpha: number, skip = 0): ModelJSON {
  const batches = Array.from({ length: rounds }, (_, round) => roundBatches((round * threads * batchSize) % data.rows, threads, batchSize, data.rows))
  return oracleCopyRounds(json, data, batches, alpha, skip)
}

/** First layers with per-input point counts: each worker's descriptor carries the layer's points block. */
const perInputCases = (['f64', 'f32'] as const).map((precision, c) => {
  const shape: ModelShape = { inputs: 7, layers: [{ units: 6, points: [2, 5, 9, 3, 2, 7, 4] }, { units: 2, points: 5 }], form: 'mean', precision }
  return { name: `${precision} mean 7→6:[2,5,9,3,2,7,4]→2:5`, shape, seed: 90 + c }
})

describe('disjoint-batch training on workers against the oracle', () => {
  const cases = [...randomCases(6, 11), ...perInputCases]
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

describe('more copies than threads (copies take turns)', () => {
  const cases = randomCases(4, 23)
  for (const [index, testCase] of cases.entries()) {
    const copies = 3 + index
    for (const [threads, sharedMemory] of [[1, true], [2, true], [2, false]] as const) {
      const where = threads === 1 ? 'calling thread' : `${threads} threads, ${sharedMemory ? 'shared' : 'private'} memory`
      it(`${copies} copies on the ${where} equal copies-train-average by hand: ${testCase.name}`, async () => {
        const { shape, seed } = testCase
        const data = randomData(shape, 260, seed)
        const json = initialJSON(shape, data, seed)
        const model = KAN.fromJSON(json)
        models.push(model)
        const batchSize = 30 + index
        const alpha = shape.form === 'mean' ? 0.2 : 0.05 / shape.inputs
        const history = await withMemory(sharedMemory, () => model.fit(data, { threads, copies, batchSize, rounds: 3, learningRate: alpha }))
        expect(history.at(-1)!.records).toBe(3 * copies * batchSize)
        expect(history[0]!.threadSeconds).toHaveLength(threads)
        const expected = oracleRounds(json, data, copies, batchSize, 3, alpha)
        const actual = model.toJSON().layers as LayerJSON[]
        ;(expected.layers as LayerJSON[]).forEach((layer, l) => {
          for (const key of ['lo', 'hi', 'dx', 'values'] as const) {
            expect(firstDifference(actual[l]![key], layer[key]), `layer ${l} ${key}`).toBeUndefined()
          }
        })
      })
    }
  }

  it('splits the merge of a large model across the workers (≥ 512 KiB of copies), with the same bits', async () => {
    // 40 inputs × 10 points × 160 outputs × 8 bytes: 512,000 bytes a copy.
    const shape: ModelShape = { inputs: 40, layers: [{ units: 160, points: 10 }, { units: 2, points: 6 }], form: 'mean', precision: 'f64' }
    const data = randomData(shape, 120, 77)
    const json = initialJSON(shape, data, 77)
    for (const sharedMemory of [true, false]) {
      const model = KAN.fromJSON(json)
      models.push(model)
      await withMemory(sharedMemory, () => model.fit(data, { threads: 2, copies: 3, batchSize: 20, rounds: 2, learningRate: 0.2 }))
      const expected = oracleRounds(json, data, 3, 20, 2, 0.2)
      const actual = model.toJSON().layers as LayerJSON[]
      ;(expected.layers as LayerJSON[]).forEach((layer, l) => {
        for (const key of ['lo', 'hi', 'dx', 'values'] as const) {
          expect(firstDifference(actual[l]![key], layer[key]), `${sharedMemory ? 'shared' : 'private'}: layer ${l} ${key}`).toBeUndefined()
        }
      })
    }
  })

  it('copies: K on 2 threads equals threads: K, streamed through a window or not', async () => {
    const { shape, seed } = randomCases(1, 31)[0]!
    const data = randomData(shape, 400, seed)
    const json = initialJSON(shape, data, seed)
    const run = async (options: { threads: number; copies?: number; windowRows?: number }): Promise<string> => {
      const model = KAN.fromJSON(json)
      models.push(model)
      await model.fit(data, { ...options, batchSize: 50, rounds: 5, learningRate: 0.1 })
      return JSON.stringify(model.toJSON())
    }
    const reference = await run({ threads: 6 })
    expect(await run({ threads: 2, copies: 6 })).toBe(reference)
    expect(await run({ threads: 4, copies: 6 })).toBe(reference)
    expect(await run({ threads: 2, copies: 6, windowRows: 90 })).toBe(reference)
    expect(await run({ threads: 1, copies: 6, windowRows: 90 })).toBe(reference)
  })
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
        await withMemory(sharedMemory, () => model.fit(data, { threads: 2, batchSize: 50, rounds: 3, learningRate: alpha, skip }))
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
