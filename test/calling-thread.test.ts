import { describe, expect, it } from 'vitest'
import { KAN, datasets } from '../src/index.js'
import { Engine } from '../src/kernels/engine.js'
import { planMemory } from '../src/kernels/layout.js'
import { initialState } from '../src/model/model.js'
import { fingerprint, stateToJSON } from '../src/model/serialize.js'
import { rejection } from './helpers/errors.js'

// threads: 1 trains on the calling thread; it must leave the event loop a turn every few
// milliseconds however short its rounds, so timers, abort signals and dispose are served.
const { train, valid } = datasets.det({ size: 2, train: 4000, valid: 2000, seed: 6 })
const layers = [{ units: 8, points: 3 }, { units: 1, points: 8 }]

describe('training on the calling thread keeps the event loop turning', () => {
  it('honours an abort within milliseconds, with rounds of 100 records', async () => {
    await using model = KAN.create({ inputs: 4, layers })
    const controller = new AbortController()
    // When the abort is due (a starved timer fires late, so its own clock would hide the delay).
    let abortDue = 0
    const abortLater = (): void => {
      abortDue = performance.now() + 50
      setTimeout(() => controller.abort(), 50)
    }
    const onRound = ({ round }: { round: number }): void => {
      if (round === 1) abortLater()
    }
    const error = await rejection(model.fit(train, { threads: 1, batchSize: 100, rounds: 10_000_000, signal: controller.signal, onRound }))
    const late = performance.now() - abortDue
    expect(error.code).toBe('E_ABORT')
    expect(abortDue).toBeGreaterThan(0)
    // The slices yield every 4 ms; the bound leaves room for a loaded machine (the fit would
    // otherwise run for hours).
    expect(late).toBeLessThan(500)
    // The completed rounds stay in the model.
    expect(model.trained).toBe(true)
  })

  it('lets timers run during a fit, with a large validation set evaluated every round', async () => {
    await using model = KAN.create({ inputs: 4, layers })
    const ticks: number[] = []
    const timer = setInterval(() => ticks.push(performance.now()), 1)
    const started = performance.now()
    await model.fit(train, { threads: 1, epochs: 150, validation: valid })
    const seconds = (performance.now() - started) / 1000
    clearInterval(timer)
    const longestGap = Math.max(...ticks.slice(1).map((tick, q) => tick - ticks[q]!))
    // A timer starved for the whole fit would tick once, after it. The slices yield every 4 ms;
    // the bound leaves room for a machine so loaded that the process waits for a core.
    expect(ticks.length).toBeGreaterThanOrEqual(10)
    expect(longestGap).toBeLessThan(Math.max(150, (seconds * 1000) / 4))
  })

  it('gives the same bits as one unsliced pass over the data', async () => {
    const shape = { inputs: 4, layers, form: 'mean' as const, precision: 'f64' as const }
    const engine = new Engine(planMemory({ shape, threads: 1, trainRows: train.rows }))
    const state = initialState(shape, train, 3)
    // The model file records the initial parameters' fingerprint (ModelJSON.origin).
    const origin = fingerprint(state)
    engine.writeModel(state, 0)
    engine.writeTrain(train)
    for (let epoch = 0; epoch < 3; epoch++) engine.train(0, 0, train.rows, 0.1)
    engine.readModel(state, 0)
    await using model = KAN.create({ inputs: 4, layers, seed: 3 })
    await model.fit(train, { threads: 1, epochs: 3, learningRate: 0.1 })
    expect(model.toJSON()).toEqual(stateToJSON(shape, 3, state, origin))
  })
})
