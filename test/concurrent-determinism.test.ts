import { describe, expect, it } from 'vitest'
import { KAN, datasets } from '../src/index.js'
import { rangeWords } from '../src/threads/control.js'
import { COMMAND, MERGE, WORD } from '../src/kernels/protocol.js'
import { resetCopies, withControlBlock } from './helpers/control.js'

// Concurrent fits differed from solo ones about once in 700 (npm run stress): a worker woken
// without a new command ran the last one again. Atomics.wait returns on any notify of its word;
// here the test sends one that leaves GENERATION unchanged, as happened in those runs.
describe('a worker woken without a new command does nothing', () => {
  it('keeps the copies of a round trained once', async () => {
    const { train } = datasets.det({ size: 2, train: 1000, valid: 1, seed: 8 })
    const shape = { inputs: 4, layers: [{ units: 6, points: 3 }, { units: 1, points: 6 }], form: 'mean' as const, precision: 'f64' as const }
    await withControlBlock(shape, train, async (engine, control) => {
      control.setScalars(0.1)
      await control.run(COMMAND.TRAIN, (s) => rangeWords([[s * 500, s * 500 + 500]]))
      const once = [engine.copyBytes(0).slice(), engine.copyBytes(1).slice()]
      const words = new Int32Array(engine.memory.buffer)
      for (let wake = 0; wake < 5; wake++) {
        Atomics.notify(words, WORD.GENERATION)
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      expect(engine.copyBytes(0)).toEqual(once[0])
      expect(engine.copyBytes(1)).toEqual(once[1])
      expect(Atomics.load(words, WORD.DONE)).toBe(2)
    })
  })
})

// Several rounds in one command (ROUNDS): the workers meet at barriers between rounds, sleeping
// in Atomics.wait when one is far behind. A wake-up that left the barrier's generation as it was
// once let a worker through early (scripts/stress-concurrent.ts hung). Here thread 0 trains 40×
// thread 1's rows every round, so thread 1 sleeps at each barrier, and the main thread notifies
// the barrier words every millisecond meanwhile: the result must be the undisturbed one.
describe('a worker woken at a barrier before the others arrive waits on', () => {
  it('gives several rounds in one command the bits they have undisturbed', async () => {
    const { train } = datasets.det({ size: 4, train: 8200, valid: 1, seed: 9 })
    const shape = { inputs: 16, layers: [{ units: 70, points: 3 }, { units: 1, points: 25 }], form: 'mean' as const, precision: 'f64' as const }
    await withControlBlock(shape, train, async (engine, control) => {
      const { copyBytes } = engine.plan
      const rounds = Array.from({ length: 6 }, () => ({ alpha: 0.1, ranges: (s: number) => rangeWords(s === 0 ? [[0, 8000]] : [[8000, 8200]]) }))
      const run = async (disturb: boolean): Promise<Uint8Array> => {
        resetCopies(engine, shape, train)
        const words = new Int32Array(engine.memory.buffer)
        const timer = disturb ? setInterval(() => [WORD.BARRIER + 1, WORD.MERGED_BARRIER + 1].forEach((word) => Atomics.notify(words, word)), 1) : undefined
        let deadline: ReturnType<typeof setTimeout> | undefined
        try {
          // Workers that miscount a barrier wait for ever: fail in seconds instead.
          const stuck = new Promise<never>((_, reject) => (deadline = setTimeout(() => reject(new Error('the workers did not finish the command')), 10_000)))
          await Promise.race([control.runRounds(rounds, MERGE.BY_LAST, [[0, copyBytes], [0, copyBytes]], 0, undefined), stuck])
        } finally {
          clearInterval(timer)
          clearTimeout(deadline)
        }
        return engine.copyBytes(0).slice()
      }
      const undisturbed = await run(false)
      expect(await run(true)).toEqual(undisturbed)
    })
  })
})

// The short version of scripts/stress-concurrent.ts: models of different shapes, precisions and
// batch sizes trained at once in one process give the models they give alone, bit for bit.
describe('concurrent fits equal solo fits', () => {
  const cases = [0, 1, 2].map((i) => {
    const { train, valid } = datasets.det({ size: 2 + i, train: 1500 + 500 * i, valid: 200, seed: 20 + i })
    return {
      data: train,
      create: () => KAN.create({ inputs: train.features, layers: [{ units: 5 + 3 * i, points: 3 + i }, { units: 1, points: 6 + i }], seed: i + 1, precision: i % 2 === 1 ? 'f32' : 'f64' }),
      options: { threads: 2, batchSize: 200 + 50 * i, rounds: 8, validation: valid },
    }
  })
  async function fitted(c: (typeof cases)[number]): Promise<string> {
    await using model = c.create()
    await model.fit(c.data, c.options)
    return JSON.stringify(model)
  }

  it('three models at once, five times', async () => {
    const solo: string[] = []
    for (const c of cases) solo.push(await fitted(c))
    for (let rep = 0; rep < 5; rep++) expect(await Promise.all(cases.map(fitted))).toEqual(solo)
  })
})
