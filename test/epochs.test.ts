import { describe, expect, it } from 'vitest'
import { KAN, datasets } from '../src/index.js'

describe('epochs with the default batch', () => {
  it('are rounds even when the rows do not divide by the threads, and each one reports an epoch', async () => {
    const { train } = datasets.det({ size: 2, train: 2001, valid: 1, seed: 3 })
    await using model = KAN.create({ inputs: 4, layers: [{ units: 5, points: 3 }, { units: 1, points: 6 }] })
    const epochs: number[] = []
    const history = await model.fit(train, { threads: 2, epochs: 10, onEpoch: (log) => epochs.push(log.round) })
    expect(history.length).toBe(10)
    expect(epochs).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(history[0]!.epoch).toBeCloseTo(2000 / 2001, 12)
  })
})
