// Several rounds in one command (src/train/train.ts runRounds, src/threads/worker.ts trainRounds):
// without onRound, onEpoch or early stopping, the workers merge and go on to the next round
// among themselves. Everything must be as with one round a command, which an onRound callback
// forces: the model's bits, every log's figures, which round diverged, what an abort keeps.
import { afterAll, describe, expect, it } from 'vitest'
import { KAN } from '../src/kan.js'
import type { EpochLog, FitOptions } from '../src/index.js'
import type { ModelShape } from '../src/model/model.js'
import { initialJSON, randomCases, randomData } from './helpers/cases.js'
import { datasets } from '../src/index.js'
import { MERGE } from '../src/kernels/protocol.js'
import { rangeWords } from '../src/threads/control.js'
import { resetCopies, withControlBlock } from './helpers/control.js'

const models: KAN[] = []
afterAll(async () => {
  await Promise.all(models.map((model) => model.dispose()))
})

/** The figures of a log that do not depend on timing. */
const figures = (log: EpochLog): unknown => ({ round: log.round, records: log.records, epoch: log.epoch, learningRate: log.learningRate, pearson: log.pearson, rmse: log.rmse })

async function fitBoth(shape: ModelShape, seed: number, options: FitOptions): Promise<{ atOnce: { json: string; history: EpochLog[] }; oneByOne: { json: string; history: EpochLog[] } }> {
  const data = randomData(shape, 300, seed)
  const validation = randomData(shape, 50, seed + 1)
  const json = initialJSON(shape, data, seed)
  const run = async (onRound: FitOptions['onRound']): Promise<{ json: string; history: EpochLog[] }> => {
    const model = KAN.fromJSON(json)
    models.push(model)
    const history = await model.fit(data, { ...options, validation, onRound })
    return { json: JSON.stringify(model.toJSON()), history }
  }
  return { atOnce: await run(undefined), oneByOne: await run(() => undefined) }
}

describe('several rounds in one command', () => {
  const cases = [
    ...randomCases(4, 57).map((testCase) => ({ ...testCase, merge: 'by the last worker' })),
    // 40 inputs × 10 points × 160 outputs × 8 bytes = 512,000 bytes a copy: the workers split the merge.
    { name: 'f64 mean 40→160:10→2:6', shape: { inputs: 40, layers: [{ units: 160, points: 10 }, { units: 2, points: 6 }], form: 'mean', precision: 'f64' } as ModelShape, seed: 5, merge: 'split' },
  ]
  for (const { name, shape, seed, merge } of cases) {
    it(`give the bits and the logs of one round a command (merge ${merge}): ${name}`, async () => {
      const alpha = shape.form === 'mean' ? 0.2 : 0.05 / shape.inputs
      const { atOnce, oneByOne } = await fitBoth(shape, seed, {
        threads: 2, batchSize: 20, rounds: 11, validateEvery: 4, skip: 0.001,
        learningRate: ({ round }) => alpha / (1 + 0.1 * round),
      })
      expect(atOnce.json).toBe(oneByOne.json)
      expect(atOnce.history.map(figures)).toEqual(oneByOne.history.map(figures))
      expect(atOnce.history.filter((log) => log.pearson !== undefined).map((log) => log.round)).toEqual([4, 8, 11])
      // The path under test was taken: rounds inside a command have no calling-thread gap before them.
      expect(atOnce.history.slice(1).some((log) => log.gapSeconds === 0)).toBe(true)
      expect(oneByOne.history.slice(1).every((log) => log.gapSeconds > 0)).toBe(true)
      for (const log of atOnce.history) expect(log.seconds).toBeGreaterThan(0)
    })
  }

  it('name the round that diverged and keep the model before it, as one round a command does', async () => {
    const { shape, seed } = randomCases(1, 71)[0]!
    const data = randomData(shape, 300, seed)
    const json = initialJSON(shape, data, seed)
    const outcome = async (onRound: FitOptions['onRound']): Promise<{ message: string; json: string }> => {
      const model = KAN.fromJSON(json)
      models.push(model)
      // Fine for five rounds, then α = 1e6 overshoots within a few.
      const error = await model.fit(data, { threads: 2, batchSize: 20, rounds: 12, learningRate: ({ round }) => (round < 6 ? 0.05 : 1e6), onRound }).then(
        () => undefined,
        (reason: unknown) => reason as Error,
      )
      expect(error?.message).toBeDefined()
      return { message: error!.message, json: JSON.stringify(model.toJSON()) }
    }
    const atOnce = await outcome(undefined)
    // Past the first round, which always runs alone: the divergence came inside a command of several.
    expect(Number(/training diverged in round (\d+) /.exec(atOnce.message)?.[1])).toBeGreaterThanOrEqual(6)
    expect(atOnce).toEqual(await outcome(() => undefined))
  })

  it('an abort at any moment leaves the model of a completed round', async () => {
    const shape: ModelShape = { inputs: 6, layers: [{ units: 12, points: 4 }, { units: 1, points: 6 }], form: 'mean', precision: 'f64' }
    const data = randomData(shape, 4000, 3)
    const json = initialJSON(shape, data, 3)
    const options = { threads: 2, batchSize: 500, rounds: 40, learningRate: 0.1 }
    // The model after every number of rounds, one round a command.
    const rounds = new Set<string>([JSON.stringify(json)])
    for (let count = 1; count <= options.rounds; count++) {
      const reference = KAN.fromJSON(json)
      models.push(reference)
      await reference.fit(data, { ...options, rounds: count, onRound: () => undefined })
      rounds.add(JSON.stringify(reference.toJSON()))
    }
    for (const delayMs of [1, 3, 7, 15]) {
      const model = KAN.fromJSON(json)
      models.push(model)
      const controller = new AbortController()
      const timer = setTimeout(() => controller.abort(), delayMs)
      const result = await model.fit(data, { ...options, signal: controller.signal }).then(
        () => 'completed',
        (error: unknown) => (error as { code?: string }).code,
      )
      clearTimeout(timer)
      expect(['completed', 'E_ABORT']).toContain(result)
      expect(rounds.has(JSON.stringify(model.toJSON())), `abort after ${delayMs} ms`).toBe(true)
    }
  })

  it('an abort ends a command of many rounds after the round it came in', async () => {
    const { train } = datasets.det({ size: 3, train: 8000, valid: 1, seed: 5 })
    const shape: ModelShape = { inputs: 9, layers: [{ units: 40, points: 4 }, { units: 1, points: 8 }], form: 'mean', precision: 'f64' }
    await withControlBlock(shape, train, async (engine, control) => {
      const { copyBytes } = engine.plan
      const parts = [[0, copyBytes], [0, copyBytes]]
      const rounds = Array.from({ length: 16 }, () => ({ alpha: 0.1, ranges: (s: number) => rangeWords([[4000 * s, 4000 * s + 4000]]) }))
      /** Copy 0 after `count` rounds from the initial model, or after as many as `signal` lets run. */
      const run = async (count: number, signal?: AbortSignal, abortAfterPosting = false): Promise<{ ran: number; bytes: Uint8Array }> => {
        resetCopies(engine, shape, train)
        const controller = new AbortController()
        const pending = control.runRounds(rounds.slice(0, count), MERGE.BY_LAST, parts, 0, signal ?? controller.signal)
        // The command is posted before runRounds returns its promise: this abort comes while round 1 trains, or soon after.
        if (abortAfterPosting) controller.abort()
        const ran = (await pending).length
        return { ran, bytes: engine.copyBytes(0).slice() }
      }
      // Aborted before the command: one round runs.
      const once = await run(16, AbortSignal.abort())
      expect(once.ran).toBe(1)
      expect(once).toEqual({ ...(await run(1)), ran: 1 })
      // Aborted while it runs: it ends after a round short of the 16 (a few milliseconds each), with that round's bits.
      const stopped = await run(16, undefined, true)
      expect(stopped.ran).toBeLessThan(16)
      expect(stopped.bytes).toEqual((await run(stopped.ran)).bytes)
      // The next command runs all its rounds.
      expect((await run(16)).ran).toBe(16)
    })
  })
})
