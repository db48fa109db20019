import { afterAll, describe, expect, it } from 'vitest'
import { KAN, NkkanError, datasets } from '../src/index.js'
import { type ModelShape, cloneState, initialState } from '../src/model/model.js'
import { groupState, joinGroups } from '../src/model/groups.js'
import { pretrain } from '../src/train/pretrain.js'
import { stateFromJSON, stateToJSON } from '../src/model/serialize.js'
import { withMemory } from './helpers/memory.js'
import type { PretrainLog } from '../src/train/options.js'

const { train, valid } = datasets.det({ size: 3, train: 4000, valid: 800, seed: 6 })
const models: KAN[] = []
afterAll(async () => {
  await Promise.all(models.map((model) => model.dispose()))
})
function load(shape: ModelShape, state: ReturnType<typeof initialState>): KAN {
  const model = KAN.fromJSON(stateToJSON(shape, 1, state))
  models.push(model)
  return model
}

describe('pretraining by groups of addends (ALGORITHM §4)', () => {
  for (const form of ['mean', 'sum'] as const) {
    it(`joins trained groups into a model that equals their combination (${form} form)`, async () => {
      const shape: ModelShape = { inputs: 9, layers: [{ units: 12, points: 3 }, { units: 2, points: 9 }], form, precision: 'f64' }
      const data = { ...train, targets: 2, y: Float64Array.from({ length: train.rows * 2 }, (_, q) => (q % 2 === 0 ? train.y[q >> 1]! : Math.sin(train.y[q >> 1]! / 50))) }
      const state = initialState(shape, data, 1)
      const groups = 3
      const parts = []
      for (let g = 0; g < groups; g++) {
        const part = load(groupState(state, groups, g).shape, groupState(state, groups, g))
        const target = form === 'mean' ? data : { ...data, y: data.y.map((v) => v / groups) }
        await part.fit(target, { threads: 1, epochs: 2, learningRate: form === 'mean' ? 0.1 : 0.02 })
        parts.push(part)
      }
      const joined = cloneState(state)
      joinGroups(joined, parts.map((part) => stateFromJSON(part.toJSON()).state!))
      const predicted = load(shape, joined).predict(valid.x.subarray(0, 200 * 9))
      const partials = parts.map((part) => part.predict(valid.x.subarray(0, 200 * 9)))
      predicted.forEach((value, q) => {
        const sum = partials.reduce((s, p) => s + p[q]!, 0)
        const combined = form === 'mean' ? sum / groups : sum
        expect(Math.abs(value - combined)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(combined)))
      })
    })
  }

  const settings = [
    { form: 'mean', precision: 'f64', units: 8, groups: 4 },
    { form: 'sum', precision: 'f32', units: 12, groups: 3 },
    { form: 'sum', precision: 'f64', units: 12, groups: 4 },
  ] as const
  for (const { form, precision, units, groups } of settings) {
    for (const [threads, sharedMemory] of [[1, true], [2, true], [2, false], [3, true]] as const) {
      it(`fit({ pretrain }) equals training each group as its own KAN, then training (${form}, ${precision}, ${groups} groups of ${units / groups}, ${threads} thread${threads > 1 ? `s, ${sharedMemory ? 'shared' : 'private'} memory` : ''})`, async () => {
        const shape: ModelShape = { inputs: 9, layers: [{ units, points: 3 }, { units: 1, points: 12 }], form, precision }
        const state = initialState(shape, train, 1)
        const model = load(shape, state)
        const alpha = form === 'mean' ? 0.1 : 0.1 / units
        const history = await withMemory(sharedMemory, () => model.fit(train, { threads, batchSize: Math.floor(train.rows / threads), rounds: 1, learningRate: alpha, pretrain: { groups, epochs: 2 } }))
        expect(history[0]!.pretrainSeconds).toBeGreaterThan(0)
        expect(history[0]!.seconds).toBeGreaterThan(history[0]!.pretrainSeconds)

        // Mean form: a group's share of the output is 1/G of its mean, so it learns G·y* at α/G.
        const parts = []
        for (let g = 0; g < groups; g++) {
          const part = load(groupState(state, groups, g).shape, groupState(state, groups, g))
          const target = form === 'mean' ? { ...train, y: train.y.map((v) => groups * v) } : train
          await part.fit(target, { threads: 1, epochs: 2, learningRate: form === 'mean' ? alpha / groups : alpha })
          parts.push(stateFromJSON(part.toJSON()).state!)
        }
        const joined = cloneState(state)
        joinGroups(joined, parts)
        const byHand = load(shape, joined)
        await withMemory(sharedMemory, () => byHand.fit(train, { threads, batchSize: Math.floor(train.rows / threads), rounds: 1, learningRate: alpha }))
        expect(JSON.stringify(model)).toBe(JSON.stringify(byHand))
      })
    }
  }

  it('shortens the way to a Pearson target', async () => {
    const shape = { inputs: 9, layers: [{ units: 24, points: 3 }, { units: 1, points: 12 }] }
    const plain = KAN.create({ ...shape, seed: 2 })
    const pre = KAN.create({ ...shape, seed: 2 })
    models.push(plain, pre)
    await plain.fit(train, { threads: 1, epochs: 1 })
    await pre.fit(train, { threads: 1, epochs: 1, pretrain: { groups: 4, epochs: 1 } })
    expect(pre.evaluate(valid).pearson[0]).toBeGreaterThan(plain.evaluate(valid).pearson[0]!)
  })

  it('gives the main phase a head start with pairs of addends, as the reference code trains them (Det4)', async () => {
    // With each group on y* at α (the "equal share" reading), pairs learned nothing and the
    // main phase started no better than from random values (README, Benchmarks).
    const det4 = datasets.det({ size: 4, train: 20_000, valid: 4000, seed: 2 })
    const shape = { inputs: 16, layers: [{ units: 70, points: 3 }, { units: 1, points: 30 }] }
    const plain = KAN.create(shape)
    const pre = KAN.create(shape)
    models.push(plain, pre)
    await plain.fit(det4.train, { threads: 1, epochs: 2 })
    await pre.fit(det4.train, { threads: 1, epochs: 2, pretrain: { groups: 35, epochs: 1 } })
    expect(pre.evaluate(det4.valid).pearson[0]).toBeGreaterThan(plain.evaluate(det4.valid).pearson[0]! + 0.1)
  })

  for (const form of ['mean', 'sum'] as const) {
    it(`a group takes the step its addends would take inside the whole model with the other addends silent (${form} form)`, async () => {
      const groups = 3
      const shape: ModelShape = { inputs: 9, layers: [{ units: 6, points: 3 }, { units: 1, points: 7 }], form, precision: 'f64' }
      const state = initialState(shape, train, 3)
      // Groups 1 and 2 (addends 2..5) output nothing: their outer functions are zero.
      const outer = state.layers[1]!
      outer.values.fill(0, 2 * (outer.points as number))
      const record = { ...train, rows: 1, x: train.x.subarray(0, 9), y: train.y.subarray(0, 1) }
      const alpha = 0.05
      const whole = load(shape, cloneState(state))
      await whole.fit(record, { threads: 1, epochs: 1, learningRate: alpha })
      const pretrained = cloneState(state)
      await pretrain(pretrained, record, { groups, epochs: 1 }, alpha, undefined, false, undefined)
      const expected = groupState(stateFromJSON(whole.toJSON()).state!, groups, 0)
      const actual = groupState(pretrained, groups, 0)
      expect(actual.layers[1]!.values).not.toEqual(groupState(state, groups, 0).layers[1]!.values)
      actual.layers.forEach((layer, l) => {
        for (const key of ['lo', 'hi', 'dx', 'values'] as const) {
          layer[key].forEach((value, q) => {
            const want = expected.layers[l]![key][q]!
            expect(Math.abs(value - want)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(want)))
          })
        }
      })
    })
  }

  it('defaults to pairs for 2 epochs, spread over the workers, and reports the joined model\'s metrics', async () => {
    const shape: ModelShape = { inputs: 9, layers: [{ units: 12, points: 5 }, { units: 1, points: 12 }], form: 'sum', precision: 'f32' }
    const state = initialState(shape, train, 1)
    const model = load(shape, state)
    const logs: PretrainLog[] = []
    await model.fit(train, { threads: 2, rounds: 1, learningRate: 0.1 / 12, pretrain: {}, validation: valid, onPretrain: (log) => logs.push(log) })
    expect(logs).toHaveLength(1)
    const log = logs[0]!
    expect([log.groups, log.epochs]).toEqual([6, 2])
    expect(log.seconds).toBeGreaterThan(0)
    // The same pairs trained on the calling thread, joined and evaluated by hand.
    const byHand = cloneState(state)
    await pretrain(byHand, train, { groups: 6, epochs: 2 }, 0.1 / 12, undefined, false, undefined)
    expect(log.pearson).toEqual(load(shape, byHand).evaluate(valid).pearson)
    expect(log.pearson![0]).toBeGreaterThan(0.3)
  })

  it('says what to change when the groups do not divide the addends, or the model is not two layers', async () => {
    const model = KAN.create({ inputs: 9, layers: [{ units: 10, points: 3 }, { units: 1, points: 5 }] })
    models.push(model)
    await expect(model.fit(train, { threads: 1, pretrain: { groups: 3, epochs: 1 } })).rejects.toThrow(/pretrain\.groups must divide the 10 addends \(layers\[0\]\.units\), got 3/)
    const deep = KAN.create({ inputs: 9, layers: [{ units: 4, points: 3 }, { units: 4, points: 3 }, { units: 1, points: 5 }] })
    models.push(deep)
    await expect(deep.fit(train, { threads: 1, pretrain: { groups: 2, epochs: 1 } })).rejects.toBeInstanceOf(NkkanError)
    expect(deep.trained).toBe(false)
  })
})

describe('learning-rate schedule', () => {
  it('asks the schedule for α before every round and reports it', async () => {
    const model = KAN.create({ inputs: 9, layers: [{ units: 6, points: 3 }, { units: 1, points: 6 }] })
    models.push(model)
    const asked: number[] = []
    const history = await model.fit(train, { threads: 1, epochs: 3, learningRate: ({ round }) => (asked.push(round), 0.2 / round) })
    expect(asked).toEqual([1, 2, 3])
    expect(history.map((log) => log.learningRate)).toEqual([0.2, 0.1, 0.2 / 3])
    await expect(model.fit(train, { threads: 1, learningRate: () => Number.NaN })).rejects.toThrow(/learningRate \(schedule, round 1\) must be a finite number > 0, got NaN/)
  })
})
