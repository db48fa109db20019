// balance: 'dynamic' (src/threads/pieces.ts): the threads claim a round's rows piece by piece.
// Which rows each copy trains then depends on timing, so the logs say it; given them, the model
// must be the oracle's copies-train-average bit for bit, and every round's rows must be exactly
// the fixed split's rows, each trained once.
import { afterAll, describe, expect, it } from 'vitest'
import { KAN } from '../src/kan.js'
import type { EpochLog, FitOptions } from '../src/index.js'
import type { RowRange } from '../src/kernels/engine.js'
import type { ModelShape } from '../src/model/model.js'
import type { LayerJSON, ModelJSON } from '../src/model/serialize.js'
import { roundBatches } from '../src/train/train.js'
import { firstDifference, initialJSON, randomCases, randomData } from './helpers/cases.js'
import { withMemory } from './helpers/memory.js'
import { oracleCopyRounds } from './helpers/oracle-rounds.js'
import { rejection } from './helpers/errors.js'

const models: KAN[] = []
afterAll(async () => {
  await Promise.all(models.map((model) => model.dispose()))
})

function expectSameLayers(actual: ModelJSON, expected: ModelJSON): void {
  ;(expected.layers as LayerJSON[]).forEach((layer, l) => {
    for (const key of ['lo', 'hi', 'dx', 'values'] as const) {
      expect(firstDifference((actual.layers as LayerJSON[])[l]![key], layer[key]), `layer ${l} ${key}`).toBeUndefined()
    }
  })
}

/** Every row of the ranges, in order. */
const rowsOf = (ranges: readonly (readonly [number, number])[]): number[] => ranges.flatMap(([start, end]) => Array.from({ length: end - start }, (_, q) => start + q))

async function fitFrom(json: ModelJSON, data: ReturnType<typeof randomData>, options: FitOptions): Promise<{ model: KAN; history: EpochLog[] }> {
  const model = KAN.fromJSON(json)
  models.push(model)
  return { model, history: await model.fit(data, options) }
}

describe("balance: 'dynamic'", () => {
  const cases = randomCases(4, 131)
  for (const [index, { name, shape, seed }] of cases.entries()) {
    // onRound makes a command a round; without it the workers run several rounds a command.
    for (const perRound of [true, false]) {
      it(`equals copies-train-average of the rows each copy claimed (${perRound ? 'a round' : 'rounds'} a command): ${name}`, async () => {
        const data = randomData(shape, 700, seed)
        const json = initialJSON(shape, data, seed)
        const threads = 2 + (index % 2)
        const batchSize = 150 + 7 * index
        const alpha = shape.form === 'mean' ? 0.2 : 0.05 / shape.inputs
        const rounds = 6
        const { model, history } = await fitFrom(json, data, { threads, batchSize, rounds, learningRate: alpha, balance: 'dynamic', onRound: perRound ? () => undefined : undefined })
        expect(history).toHaveLength(rounds)
        const claimed = history.map((log, round) => {
          const batches = log.batches!
          expect(batches).toHaveLength(threads)
          // The fixed split's rows of the round, each trained by exactly one copy, each copy's in ascending order.
          const fixed = rowsOf(roundBatches((round * threads * batchSize) % data.rows, threads, batchSize, data.rows).flat())
          expect(batches.flatMap((batch) => rowsOf(batch)).sort((a, b) => a - b)).toEqual([...fixed].sort((a, b) => a - b))
          for (const batch of batches) {
            const order = rowsOf(batch).map((row) => fixed.indexOf(row))
            expect(order).toEqual([...order].sort((a, b) => a - b))
          }
          return batches as RowRange[][]
        })
        expectSameLayers(model.toJSON(), oracleCopyRounds(json, data, claimed, alpha))
      })
    }
  }

  it('is the fixed split, bit for bit and without batches in the logs, where it cannot apply', async () => {
    const shape: ModelShape = { inputs: 3, layers: [{ units: 4, points: 5 }, { units: 1, points: 4 }], form: 'mean', precision: 'f64' }
    const data = randomData(shape, 400, 7)
    const json = initialJSON(shape, data, 7)
    const settings: [string, FitOptions, boolean][] = [
      ['one thread', { threads: 1 }, true],
      ['more copies than threads', { threads: 2, copies: 3 }, true],
      ['private memory', { threads: 2 }, false],
      ['data streamed through a window', { threads: 2, windowRows: 100 }, true],
    ]
    for (const [what, options, shared] of settings) {
      const run = async (balance: FitOptions['balance']): Promise<{ json: string; history: EpochLog[] }> => {
        const { model, history } = await withMemory(shared, () => fitFrom(json, data, { ...options, batchSize: 60, rounds: 4, learningRate: 0.2, balance }))
        return { json: JSON.stringify(model.toJSON()), history }
      }
      const dynamic = await run('dynamic')
      expect(dynamic.json, what).toBe((await run('fixed')).json)
      expect(dynamic.history.every((log) => log.batches === undefined), what).toBe(true)
    }
  })

  it('is refused where it has no meaning, saying so', async () => {
    const shape: ModelShape = { inputs: 2, layers: [{ units: 3, points: 4 }, { units: 1, points: 4 }], form: 'mean', precision: 'f64' }
    const data = randomData(shape, 100, 3)
    const model = KAN.fromJSON(initialJSON(shape, data, 3))
    models.push(model)
    const refusals: [FitOptions, RegExp][] = [
      [{ balance: 'greedy' as FitOptions['balance'] }, /balance must be 'fixed' or 'dynamic', got greedy/],
      [{ balance: 'dynamic', mode: 'concurrent-serial' }, /balance 'dynamic' applies to mode 'disjoint' only/],
      [{ balance: 'dynamic', copies: 2, cluster: { redis: 'redis://localhost:1', shard: 'x.nkshard' } }, /balance does not apply to training on a cluster/],
    ]
    for (const [options, message] of refusals) {
      const error = await rejection(model.fit(data, options))
      expect(error.code).toBe('E_OPTION')
      expect(error.message).toMatch(message)
    }
  })
})
