import { describe, expect, it } from 'vitest'
import { KAN, datasets } from '../src/index.js'
import { refineState } from '../src/model/refine.js'
import { stateFromJSON, stateToJSON } from '../src/model/serialize.js'
import { rejection } from './helpers/errors.js'

const { train, valid } = datasets.det({ size: 3, train: 5000, valid: 500, seed: 12 })

describe('grid refinement', () => {
  it('adds nodes while keeping each function (predictions equal to rounding)', async () => {
    const model = KAN.create({ inputs: 9, layers: [{ units: 10, points: 3 }, { units: 1, points: 7 }] })
    await model.fit(train, { threads: 1, epochs: 2 })
    const { shape, state } = stateFromJSON(model.toJSON())
    const refined = refineState(state!, { atEpochs: [1], factor: 3 })
    expect(refined.shape.layers.map((l) => l.points)).toEqual([7, 19])
    const before = model.predict(valid.x)
    const after = KAN.fromJSON(stateToJSON(refined.shape, 1, refined)).predict(valid.x)
    after.forEach((value, q) => expect(Math.abs(value - before[q]!)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(before[q]!))))
    expect(shape.layers[1]!.points).toBe(7)
  })

  it('rejects, before training, refinements that would exceed the points limit', async () => {
    const model = KAN.create({ inputs: 9, layers: [{ units: 10, points: 3 }, { units: 1, points: 1000 }] })
    const before = model.toJSON()
    const error = await rejection(model.fit(train, { threads: 1, epochs: 3, refine: { atEpochs: [1, 2], factor: 40, layers: [1] } }))
    expect(error.message).toMatch(/refine would give layer 1 1,598,401 points; at most 1,048,576/)
    expect(model.toJSON()).toEqual(before)
    await model.dispose()
  })

  it('refines during fit at the given epochs and keeps training', async () => {
    const model = KAN.create({ inputs: 9, layers: [{ units: 10, points: 3 }, { units: 1, points: 6 }] })
    const history = await model.fit(train, { threads: 2, epochs: 4, validation: valid, refine: { atEpochs: [2], layers: [1] } })
    expect(history.map((log) => log.round)).toEqual([1, 2, 3, 4])
    expect(history.map((log) => log.epoch)).toEqual([1, 2, 3, 4])
    expect(model.shape.layers.map((l) => l.points)).toEqual([3, 11])
    expect((model.toJSON().layers[1] as { values: number[] }).values).toHaveLength(10 * 11)
    expect(history.at(-1)!.pearson![0]).toBeGreaterThan(history[1]!.pearson![0]! - 0.01)
    await model.dispose()
  })
})
