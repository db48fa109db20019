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

  it('copies: default threads at most copies, never fewer copies than threads, disjoint mode only', async () => {
    const model = KAN.create({ inputs: 4, layers: [{ units: 4, points: 3 }, { units: 1, points: 6 }] })
    const history = await model.fit(train, { copies: 1, epochs: 1 })
    expect(history[0]!.threadSeconds).toHaveLength(1)
    expect(history[0]!.records).toBe(train.rows)
    await expect(model.fit(train, { threads: 3, copies: 2 })).rejects.toMatchObject({ code: 'E_OPTION', message: expect.stringMatching(/copies \(2\) must be at least threads \(3\)/) })
    await expect(model.fit(train, { threads: 2, copies: 4, mode: 'concurrent-serial' })).rejects.toMatchObject({ code: 'E_OPTION', message: expect.stringMatching(/copies applies to mode 'disjoint' only/) })
    await expect(model.fit(train, { threads: 1, copies: 0 })).rejects.toMatchObject({ code: 'E_OPTION', message: expect.stringMatching(/copies must be an integer ≥ 1, got 0/) })
    await model.dispose()
  })

  it('reports where each round went: training (per thread), merge, and the gap between rounds', async () => {
    await using model = KAN.create({ inputs: 4, layers: [{ units: 4, points: 3 }, { units: 1, points: 6 }] })
    const history = await model.fit(train, { threads: 2, batchSize: 500, rounds: 4, validation: valid })
    for (const [index, log] of history.entries()) {
      expect(log.threadSeconds).toHaveLength(2)
      for (const seconds of log.threadSeconds) {
        expect(seconds).toBeGreaterThan(0)
        expect(seconds).toBeLessThanOrEqual(log.trainSeconds)
      }
      expect(log.trainSeconds + log.mergeSeconds).toBeCloseTo(index === 0 ? log.seconds : log.seconds - history[index - 1]!.seconds, 9)
      if (index === 0) expect(log.gapSeconds).toBe(0)
      else expect(log.gapSeconds).toBeGreaterThan(0)
    }
  })

  it('rejects a skip that is not a fraction of the target range in [0, 1)', async () => {
    const model = KAN.create({ inputs: 4, layers: [{ units: 5, points: 3 }, { units: 1, points: 6 }] })
    for (const skip of [-0.01, 1, Number.NaN, '0.01' as unknown as number]) {
      await expect(model.fit(train, { threads: 1, skip })).rejects.toThrow(/skip must be a number in \[0, 1\)/)
    }
    expect(model.trained).toBe(false)
  })
})
