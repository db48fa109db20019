import { describe, expect, it } from 'vitest'
import { KAN, datasets } from '../src/index.js'

const { train, valid } = datasets.det({ size: 2, train: 2000, valid: 300, seed: 14 })

describe('fit options', () => {
  it('validates every validateEvery rounds and after the last', async () => {
    const model = KAN.create({ inputs: 4, layers: [{ units: 5, points: 3 }, { units: 1, points: 6 }] })
    const history = await model.fit(train, { threads: 1, epochs: 5, validation: valid, validateEvery: 2 })
    expect(history.map((log) => log.pearson !== undefined)).toEqual([false, true, false, true, true])
  })

  it('stops at the first validated round that reaches stopAt', async () => {
    const model = KAN.create({ inputs: 4, layers: [{ units: 5, points: 3 }, { units: 1, points: 6 }] })
    const history = await model.fit(train, { threads: 1, epochs: 30, validation: valid, stopAt: { pearson: 0.5 } })
    expect(history.length).toBeLessThan(30)
    expect(history.at(-1)!.pearson![0]).toBeGreaterThanOrEqual(0.5)
    expect(history.slice(0, -1).every((log) => log.pearson![0]! < 0.5)).toBe(true)
  })

  it('rejects a skip that is not a fraction of the target range in [0, 1)', async () => {
    const model = KAN.create({ inputs: 4, layers: [{ units: 5, points: 3 }, { units: 1, points: 6 }] })
    for (const skip of [-0.01, 1, Number.NaN, '0.01' as unknown as number]) {
      await expect(model.fit(train, { threads: 1, skip })).rejects.toThrow(/skip must be a number in \[0, 1\)/)
    }
    expect(model.trained).toBe(false)
  })
})
