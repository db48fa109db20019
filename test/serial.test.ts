import { afterAll, describe, expect, it } from 'vitest'
import { KAN, datasets } from '../src/index.js'
import type { LayerJSON } from '../src/model/serialize.js'
import { withMemory } from './helpers/memory.js'

const { train, valid } = datasets.det({ size: 3, train: 3000, valid: 600, seed: 9 })
const models: KAN[] = []
afterAll(async () => {
  await Promise.all(models.map((model) => model.dispose()))
})

function maxRelativeDifference(a: KAN, b: KAN): number {
  const la = a.toJSON().layers as LayerJSON[]
  const lb = b.toJSON().layers as LayerJSON[]
  let worst = 0
  la.forEach((layer, l) => {
    for (const key of ['lo', 'hi', 'dx', 'values'] as const) {
      layer[key].forEach((value, q) => {
        const other = lb[l]![key][q]!
        worst = Math.max(worst, Math.abs(value - other) / Math.max(1, Math.abs(other)))
      })
    }
  })
  return worst
}

describe("mode 'concurrent-serial' (ALGORITHM §5)", () => {
  for (const [form, threads] of [['mean', 2], ['sum', 2], ['mean', 4]] as const) {
    it(`equals sequential training (${form} form, ${threads} threads)`, async () => {
      const layers = [{ units: 8, points: 3 }, { units: 1, points: 10 }]
      const sequential = KAN.create({ inputs: 9, layers, form, seed: 4 })
      const serial = KAN.create({ inputs: 9, layers, form, seed: 4 })
      models.push(sequential, serial)
      const learningRate = form === 'mean' ? 0.1 : 0.01
      await sequential.fit(train, { threads: 1, epochs: 3, learningRate })
      const history = await serial.fit(train, { threads, mode: 'concurrent-serial', epochs: 3, learningRate, validation: valid })
      expect(history.map((log) => log.epoch)).toEqual([1, 2, 3])
      expect(maxRelativeDifference(serial, sequential)).toBeLessThanOrEqual(1e-9)
      expect(serial.evaluate(valid).pearson[0]).toBeCloseTo(history.at(-1)!.pearson![0]!, 12)
    })
  }

  it('skips the records sequential training skips (residual skip)', async () => {
    const layers = [{ units: 8, points: 3 }, { units: 1, points: 10 }]
    const sequential = KAN.create({ inputs: 9, layers, seed: 4 })
    const serial = KAN.create({ inputs: 9, layers, seed: 4 })
    const unskipped = KAN.create({ inputs: 9, layers, seed: 4 })
    models.push(sequential, serial, unskipped)
    await sequential.fit(train, { threads: 1, epochs: 3, skip: 0.05 })
    await serial.fit(train, { threads: 2, mode: 'concurrent-serial', epochs: 3, skip: 0.05 })
    await unskipped.fit(train, { threads: 1, epochs: 3 })
    expect(maxRelativeDifference(serial, sequential)).toBeLessThanOrEqual(1e-9)
    expect(maxRelativeDifference(unskipped, sequential)).toBeGreaterThan(1e-6)
  })

  it('says what to change when the threads do not fit the addends', async () => {
    const model = KAN.create({ inputs: 9, layers: [{ units: 6, points: 3 }, { units: 1, points: 5 }] })
    models.push(model)
    await expect(model.fit(train, { threads: 4, mode: 'concurrent-serial' })).rejects.toThrow(/threads \(4\) must divide the 6 addends/)
    await expect(model.fit(train, { threads: 8, mode: 'concurrent-serial' })).rejects.toThrow(/needs at least 8 addends; the model has 6/)
    await expect(withMemory(false, () => model.fit(train, { threads: 2, mode: 'concurrent-serial' }))).rejects.toThrow(/needs shared memory/)
    expect(model.trained).toBe(false)
  })
})
