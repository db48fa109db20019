import { describe, expect, it } from 'vitest'
import { KAN, Random, fromRows, quantizeModel } from '../src/index.js'
import { featurePoints } from '../src/train/feature-points.js'
import { refineState } from '../src/model/refine.js'
import { type LayerJSON, stateFromJSON, stateToJSON } from '../src/model/serialize.js'
import { rejection, thrown } from './helpers/errors.js'

/** y = x0 + sin(6·x1) + 2·x2 + (x3: 0 or 1); x0, x2 linear, x1 curved, x3 binary. */
function table(rows: number, seed: number) {
  const random = new Random(seed)
  return fromRows(Array.from({ length: rows }, () => {
    const [a, b, c] = [random.uniform(0, 1), random.uniform(0, 1), random.uniform(0, 1)]
    const d = random.next() < 0.5 ? 0 : 1
    return [a, b, c, d, a + Math.sin(6 * b) + 2 * c + d]
  }))
}
const data = table(2000, 3)
const layers = [{ units: 5, points: [2, 7, 3, 2] }, { units: 1, points: 6 }]

describe('points per input of the first layer', () => {
  it('validates the counts: one per input, integers ≥ 2, first layer only', () => {
    expect(thrown(() => KAN.create({ inputs: 4, layers: [{ units: 5, points: [2, 7, 3] }, { units: 1, points: 6 }] })).message).toMatch(/layers\[0\]\.points has 3 counts; the model has 4 inputs/)
    expect(thrown(() => KAN.create({ inputs: 4, layers: [{ units: 5, points: [2, 7, 1, 2] }, { units: 1, points: 6 }] })).message).toMatch(/layers\[0\]\.points\[2\] must be an integer from 2/)
    expect(thrown(() => KAN.create({ inputs: 4, layers: [{ units: 5, points: [2, 7, 'x', 2] as never }, { units: 1, points: 6 }] })).code).toBe('E_OPTION')
    expect(thrown(() => KAN.create({ inputs: 4, layers: [{ units: 2, points: 3 }, { units: 1, points: [4, 5] }] })).message).toMatch(/layers\[1\]\.points must be one number: per-input counts are for the first layer only/)
  })

  it('keeps its own copy of the counts and saves them as version 2; one count per layer stays version 1', async () => {
    const counts = [2, 7, 3, 2]
    await using model = KAN.create({ inputs: 4, layers: [{ units: 5, points: counts }, { units: 1, points: 6 }] })
    counts[0] = 9
    await model.fit(data, { threads: 1, epochs: 2, learningRate: 0.1 })
    const json = model.toJSON()
    expect(json.version).toBe(2)
    const first = json.layers[0] as LayerJSON
    expect(first.points).toEqual([2, 7, 3, 2])
    expect(first.values).toHaveLength(14 * 5)
    const loaded = KAN.fromJSON(JSON.stringify(json))
    expect(Array.from(loaded.predict(data.x))).toEqual(Array.from(model.predict(data.x)))
    // Version 1 has no arrays: such a file is damaged.
    expect(thrown(() => KAN.fromJSON({ ...json, version: 1 })).message).toMatch(/layers\[0\]\.points is an array, which version 1 does not have/)
    await using uniform = KAN.create({ inputs: 4, layers: [{ units: 5, points: [3, 3, 3, 3] }, { units: 1, points: 6 }] })
    await uniform.fit(data, { threads: 1, epochs: 1 })
    expect(uniform.toJSON().version).toBe(1)
    expect(uniform.toJSON().layers[0]!.points).toBe(3)
  })

  it('trains on two threads, each grid keeping its count (dx = (hi − lo)/(P_j − 1))', async () => {
    await using model = KAN.create({ inputs: 4, layers })
    await model.fit(data, { threads: 2, epochs: 2, learningRate: 0.1 })
    const first = model.toJSON().layers[0] as LayerJSON
    first.lo.forEach((lo, j) => expect(Math.abs(first.dx[j]! * ((first.points as number[])[j]! - 1) - (first.hi[j]! - lo))).toBeLessThan(1e-9))
  })

  it('trains in concurrent-serial mode as sequentially (to 1e-9: the threads add their shares of the output)', async () => {
    const six = [{ units: 6, points: [2, 7, 3, 2] }, { units: 1, points: 6 }]
    await using sequential = KAN.create({ inputs: 4, layers: six })
    await using serial = KAN.create({ inputs: 4, layers: six })
    await sequential.fit(data, { threads: 1, epochs: 2, learningRate: 0.1 })
    await serial.fit(data, { threads: 2, mode: 'concurrent-serial', epochs: 2, learningRate: 0.1 })
    const expected = sequential.toJSON().layers as LayerJSON[]
    ;(serial.toJSON().layers as LayerJSON[]).forEach((layer, l) => {
      expect(layer.points).toEqual(expected[l]!.points)
      layer.values.forEach((value, q) => expect(Math.abs(value - expected[l]!.values[q]!)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(value))))
    })
  })

  it('pretrains by groups of addends (groups share the first layer\'s counts)', async () => {
    await using model = KAN.create({ inputs: 4, layers: [{ units: 6, points: [2, 7, 3, 2] }, { units: 1, points: 6 }] })
    await model.fit(data, { threads: 1, epochs: 1, learningRate: 0.1, pretrain: { groups: 3, epochs: 1 } })
    expect(model.shape.layers[0]!.points).toEqual([2, 7, 3, 2])
    expect(model.evaluate(data).r2[0]).toBeGreaterThan(0.5)
  })

  it('refines the chosen inputs of the first layer only, keeping every function', async () => {
    await using model = KAN.create({ inputs: 4, layers })
    await model.fit(data, { threads: 1, epochs: 1 })
    const { state } = stateFromJSON(model.toJSON())
    const refined = refineState(state!, { atEpochs: [1], inputs: [1, 2] })
    expect(refined.shape.layers.map((layer) => layer.points)).toEqual([[2, 13, 5, 2], 11])
    const after = KAN.fromJSON(stateToJSON(refined.shape, 1, refined)).predict(data.x)
    const before = model.predict(data.x)
    after.forEach((value, q) => expect(Math.abs(value - before[q]!)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(before[q]!))))
    const error = await rejection(model.fit(data, { threads: 1, epochs: 2, refine: { atEpochs: [1], inputs: [4] } }))
    expect(error.message).toMatch(/refine\.inputs has 4; the model has inputs 0\.\.3/)
  })

  it('is refused by the fixed-point path with E_VALUE', async () => {
    await using model = KAN.create({ inputs: 4, layers })
    await model.fit(data, { threads: 1, epochs: 1 })
    const error = thrown(() => quantizeModel(model.toJSON()))
    expect(error.code).toBe('E_VALUE')
    expect(error.message).toMatch(/layers\[0\] has per-input point counts/)
  })
})

describe('auto chooses the points per feature', () => {
  it('2 for near-linear and two-valued features, 3 for curved ones', () => {
    expect(featurePoints(data)).toEqual([2, 3, 2, 2])
  })

  it('when asked (featurePoints), for a model created without layers, refining only the curved features, and reports them', async () => {
    await using model = KAN.create({ inputs: 4 })
    await model.fit(data, { threads: 1, epochs: 8, auto: true, featurePoints: true })
    expect(model.lastFit!.points).toEqual([2, 3, 2, 2])
    expect(model.shape.layers[0]!.points).toEqual([2, 65, 2, 2])
    // Not asked: one count for all features, as before.
    await using plain = KAN.create({ inputs: 4 })
    await plain.fit(data, { threads: 1, epochs: 8, auto: true })
    expect(plain.lastFit!.points).toBeUndefined()
    expect(plain.shape.layers[0]!.points).toBe(65)
    // Layers given, or fixed settings: nothing for it to choose.
    await using given = KAN.create({ inputs: 4, layers: [{ units: 9, points: 3 }, { units: 1, points: 12 }] })
    expect((await rejection(given.fit(data, { threads: 1, featurePoints: true }))).message).toMatch(/create the model without layers/)
    expect((await rejection(plain.fit(data, { threads: 1, epochs: 2, featurePoints: true }))).message).toMatch(/featurePoints applies to auto fits/)
  })
})
