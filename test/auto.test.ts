import { describe, expect, it } from 'vitest'
import { KAN, Random, fromRows, splitDataset } from '../src/index.js'
import { autoEpochs } from '../src/train/auto.js'
import { rejection } from './helpers/errors.js'

/** A smooth, curved two-feature table without noise: what grid refinement and a decaying α are for. */
function curve(rows: number, seed: number, noise = 0) {
  const random = new Random(seed)
  return fromRows(Array.from({ length: rows }, () => {
    const a = random.uniform(0, 1)
    const b = random.uniform(0, 1)
    return [a, b, Math.sin(6 * a) + 0.5 * b * b + noise * random.uniform(-1, 1)]
  }))
}

const { train, valid } = splitDataset(curve(3000, 7), { valid: 0.2, seed: 1 })

describe('fit from data alone (auto)', () => {
  it('chooses epochs, a decaying α, refinement and a held-out split, and reports them', async () => {
    await using model = KAN.create({ inputs: 2 })
    const history = await model.fit(train, { threads: 1 })
    const settings = model.lastFit!
    expect(settings.auto).toBe(true)
    expect(settings.epochs).toBe(autoEpochs(train.rows - 240))
    expect(settings.validation).toEqual({ heldOutRows: 240 })
    expect(settings.refineAtEpochs.length).toBe(5)
    expect(history[0]!.learningRate).toBeGreaterThan(history.at(-1)!.learningRate)
    expect(history.every((log) => log.r2 !== undefined && log.mae !== undefined)).toBe(true)
    expect(model.shape.layers.map((layer) => layer.points)).toEqual([65, 353])
  })

  it('trains far better than the fixed defaults on a smooth curve', async () => {
    await using auto = KAN.create({ inputs: 2 })
    await auto.fit(train, { threads: 1 })
    await using fixed = KAN.create({ inputs: 2 })
    await fixed.fit(train, { threads: 1, epochs: 10 })
    const autoRmse = auto.evaluate(valid).rmse[0]!
    const fixedRmse = fixed.evaluate(valid).rmse[0]!
    expect(fixed.lastFit!.auto).toBe(false)
    expect(autoRmse).toBeLessThan(fixedRmse / 3)
  })

  it('keeps the fixed defaults when schedule options are given, and auto: true overrides only what is given', async () => {
    await using model = KAN.create({ inputs: 2 })
    const history = await model.fit(train, { threads: 1, epochs: 3 })
    expect(history.map((log) => log.learningRate)).toEqual([0.1, 0.1, 0.1])
    expect(model.lastFit).toMatchObject({ auto: false, epochs: 3, validation: 'none', retrained: false })
    await using chosen = KAN.create({ inputs: 2 })
    await chosen.fit(train, { threads: 1, auto: true, epochs: 12 })
    expect(chosen.lastFit).toMatchObject({ auto: true, epochs: 12, refineAtEpochs: [2, 3, 5, 6, 8] })
  })
})

describe('early stopping', () => {
  it('restores the model of the best validation round', async () => {
    await using model = KAN.create({ inputs: 2, layers: [{ units: 5, points: 60 }, { units: 1, points: 60 }] })
    // 150 noisy rows, α 0.9 and 60 points: the model fits the noise, so the last round is not the best one.
    const history = await model.fit(curve(150, 3, 0.5), { threads: 1, epochs: 60, learningRate: 0.9, validation: valid, earlyStopping: { patience: 4 } })
    const best = history.reduce((a, b) => (b.r2![0]! > a.r2![0]! ? b : a))
    expect(model.lastFit!.bestRound).toBe(best.round)
    expect(best.round).toBeLessThan(history.at(-1)!.round)
    expect(history.at(-1)!.epoch - best.epoch).toBe(4)
    expect(model.evaluate(valid).rmse[0]).toBeCloseTo(best.rmse![0]!, 12)
  })

  it('retrains on all rows for the best epochs when asked; needs held-out rows', async () => {
    await using model = KAN.create({ inputs: 2 })
    await model.fit(train, { threads: 1, auto: true, epochs: 10, retrain: true })
    const settings = model.lastFit!
    expect(settings).toMatchObject({ retrained: true })
    // Trained again for the best round's epochs: refined at those refinement epochs that come before it.
    const refinements = settings.refineAtEpochs.filter((epoch) => epoch < Math.round(settings.bestEpoch!)).length
    expect(model.shape.layers[0]!.points).toBe(2 ** refinements * 2 + 1)
    await using other = KAN.create({ inputs: 2 })
    expect((await rejection(other.fit(train, { threads: 1, epochs: 3, retrain: true }))).code).toBe('E_OPTION')
    expect((await rejection(other.fit(train, { threads: 1, epochs: 3, earlyStopping: { patience: 2 } }))).message).toMatch(/earlyStopping needs validation data/)
  })
})
