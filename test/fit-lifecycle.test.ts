import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { KAN, datasets } from '../src/index.js'
import { rejection, thrown } from './helpers/errors.js'

const { train, valid } = datasets.det({ size: 2, train: 2000, valid: 200, seed: 5 })
const layers = [{ units: 6, points: 3 }, { units: 1, points: 6 }]

describe('one fit at a time', () => {
  for (const threads of [1, 2]) {
    it(`a second fit while one runs rejects with E_STATE at once; the first runs on (${threads} thread(s))`, async () => {
      await using model = KAN.create({ inputs: 4, layers, seed: 2 })
      const first = model.fit(train, { threads, batchSize: 500, rounds: 6 })
      const second = await rejection(model.fit(train, { threads, batchSize: 500, rounds: 6 }))
      expect(second.code).toBe('E_STATE')
      expect(second.message).toMatch(/already training/)
      expect(await first).toHaveLength(6)
      // Once settled, the model takes the next fit.
      expect(await model.fit(train, { threads, batchSize: 500, rounds: 1 })).toHaveLength(1)
    })
  }

  it('leaves no worker behind: the process exits after the reproducer of the race', () => {
    const script = `
      import { KAN, datasets } from './src/index.ts'
      const { train } = datasets.det({ size: 2, train: 2000, valid: 1 })
      const model = KAN.create({ inputs: 4, layers: [{ units: 5, points: 3 }, { units: 1, points: 5 }] })
      const results = await Promise.allSettled([model.fit(train, { threads: 2, rounds: 3 }), model.fit(train, { threads: 2, rounds: 3 })])
      await model.dispose()
      console.log(results.map((r) => r.status === 'fulfilled' ? 'ok' : r.reason.code).join(' '))`
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: process.cwd(), timeout: 30_000, encoding: 'utf8' })
    expect(child.stderr).toBe('')
    expect(child.stdout.trim()).toBe('ok E_STATE')
    expect(child.status).toBe(0)
  })
})

describe('calls during a fit', () => {
  it('predict, evaluate and toJSON in onRound see the round just completed', async () => {
    await using model = KAN.create({ inputs: 4, layers, seed: 2 })
    const seen: { predicted: Float64Array; json: string; pearson: number }[] = []
    await model.fit(train, {
      threads: 1, batchSize: 500, rounds: 3,
      onRound: () => seen.push({ predicted: model.predict(valid.x), json: JSON.stringify(model), pearson: model.evaluate(valid).pearson[0]! }),
    })
    // The same fit stopped after each round gives the same model and predictions.
    for (let rounds = 1; rounds <= 3; rounds++) {
      await using alone = KAN.create({ inputs: 4, layers, seed: 2 })
      await alone.fit(train, { threads: 1, batchSize: 500, rounds })
      expect(seen[rounds - 1]!.json).toBe(JSON.stringify(alone))
      expect(seen[rounds - 1]!.predicted).toEqual(alone.predict(valid.x))
      expect(seen[rounds - 1]!.pearson).toBe(alone.evaluate(valid).pearson[0])
    }
    expect(seen[2]!.predicted).toEqual(model.predict(valid.x))
  })

  it('an untrained model stays untrained until a round completes', async () => {
    await using model = KAN.create({ inputs: 4, layers })
    const fit = model.fit(train, { threads: 1, rounds: 2 })
    expect(model.trained).toBe(false)
    expect(thrown(() => model.predict(valid.x)).code).toBe('E_STATE')
    expect(model.toJSON().layers[0]).toEqual({ units: 6, points: 3 })
    await fit
    expect(model.trained).toBe(true)
  })

  for (const threads of [1, 2]) {
    it(`dispose stops a running fit with E_STATE and resolves once it has settled (${threads} thread(s))`, async () => {
      const model = KAN.create({ inputs: 4, layers })
      let settled = false
      const fit = model.fit(train, { threads, batchSize: 100, rounds: 100_000 }).finally(() => (settled = true))
      await new Promise((resolve) => setTimeout(resolve, 100))
      await model.dispose()
      expect(settled).toBe(true)
      const error = await rejection(fit)
      expect(error.code).toBe('E_STATE')
      expect(error.message).toMatch(/disposed during fit/)
      expect(model.trained).toBe(false)
      expect((await rejection(model.fit(train, { threads }))).message).toMatch(/disposed/)
    })
  }
})
