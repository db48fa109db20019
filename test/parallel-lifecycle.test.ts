import { spawnSync } from 'node:child_process'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { KAN, datasets } from '../src/index.js'
import { rejection } from './helpers/errors.js'
import { withMemory } from './helpers/memory.js'

// A worker source that misbehaves on request, chosen by the learning rate of the round:
// α = 0.123 → the worker throws; α = 0.321 → the worker thread exits (as a crash would);
// attaching to shared memory with 3 threads → the worker thread exits; in shared memory, worker 1's
// training kernel throws in rounds with α = 0.0123 (worker 0 trains on and meets it to merge).
vi.mock('../src/threads/worker-source.js', async (importOriginal) =>
  (await import('./helpers/sabotage.js')).withSabotage(
    await importOriginal<typeof import('../src/threads/worker-source.js')>(),
    `
    if (request.type === 'train' && request.alpha === 0.123) throw new Error('sabotaged: thrown in a worker');
    if (request.type === 'train' && request.alpha === 0.321) process.exit(7);
    if (request.type === 'attach' && request.plan.threads === 3) process.exit(9);
    if (request.type === 'attach' && request.plan.thread === 1 && WebAssembly.Instance.sabotaged === undefined) {
      const RealInstance = WebAssembly.Instance;
      WebAssembly.Instance = function (module, imports) {
        const exports = { ...new RealInstance(module, imports).exports };
        const nk = exports.nkRangeF64;
        exports.nkRangeF64 = (...args) => { if (args[5] === 0.0123) throw new Error('sabotaged: kernel trap in shared memory'); return nk(...args) };
        return { exports };
      };
      WebAssembly.Instance.sabotaged = true;
    }
`,
  ),
)

const { train, valid } = datasets.det({ size: 3, train: 6000, valid: 500, seed: 4 })
const layers = [{ units: 12, points: 3 }, { units: 1, points: 8 }]
const models: KAN[] = []
function create(): KAN {
  const model = KAN.create({ inputs: 9, layers, seed: 3 })
  models.push(model)
  return model
}
afterEach(async () => {
  await Promise.all(models.splice(0).map((model) => model.dispose()))
})

describe('parallel training: determinism, faults, abort, lifecycle', () => {
  it('gives a bit-identical model for the same seed, threads and batch size', async () => {
    const [a, b] = [create(), create()]
    await a.fit(train, { threads: 2, batchSize: 1000, rounds: 5 })
    await b.fit(train, { threads: 2, batchSize: 1000, rounds: 5 })
    expect(JSON.stringify(b)).toBe(JSON.stringify(a))
    // A second fit reuses the pool and continues from the trained model.
    await a.fit(train, { threads: 2, batchSize: 1000, rounds: 1 })
    expect(JSON.stringify(b)).not.toBe(JSON.stringify(a))
  })

  for (const sharedMemory of [true, false]) {
    it(`rejects with the worker's error and keeps the last merged model when a worker throws (pool started with ${sharedMemory ? 'shared' : 'private'} memory)`, async () => {
      const model = create()
      await withMemory(sharedMemory, () => model.fit(train, { threads: 2, batchSize: 1000, rounds: 2 }))
      const before = JSON.stringify(model)
      // Shared mode has no per-round messages, so the sabotage needs the private protocol.
      const error = await rejection(withMemory(false, () => model.fit(train, { threads: 2, batchSize: 1000, rounds: 2, learningRate: 0.123 })))
      expect(error.code).toBe('E_WORKER')
      expect(error.message).toMatch(/sabotaged: thrown in a worker/)
      expect(JSON.stringify(model)).toBe(before)
      // The model and a fresh pool still work afterwards.
      await withMemory(sharedMemory, () => model.fit(train, { threads: 2, batchSize: 1000, rounds: 1 }))
      expect(JSON.stringify(model)).not.toBe(before)
    })
  }

  it('rejects, without hanging, when one worker fails in a shared-memory round (the other waits to merge)', async () => {
    const model = create()
    await model.fit(train, { threads: 2, batchSize: 1000, rounds: 2 })
    const before = JSON.stringify(model)
    const error = await rejection(model.fit(train, { threads: 2, batchSize: 1000, rounds: 3, learningRate: 0.0123 }))
    expect(error.code).toBe('E_WORKER')
    expect(error.message).toMatch(/worker 1: sabotaged: kernel trap in shared memory/)
    expect(JSON.stringify(model)).toBe(before)
    await model.fit(train, { threads: 2, batchSize: 1000, rounds: 1 })
    expect(JSON.stringify(model)).not.toBe(before)
  })

  it('rejects, without hanging, when a worker thread dies', async () => {
    const model = create()
    const error = await rejection(withMemory(false, () => model.fit(train, { threads: 2, batchSize: 1000, rounds: 3, learningRate: 0.321 })))
    expect(error.code).toBe('E_WORKER')
    expect(error.message).toMatch(/exited unexpectedly \(code 7\)/)
    // A rejected fit leaves the model as it was: untrained.
    expect(model.trained).toBe(false)
  })

  it('rejects, without hanging, when a worker dies while joining shared memory', async () => {
    const error = await rejection(create().fit(train, { threads: 3, batchSize: 1000, rounds: 2 }))
    expect(error.code).toBe('E_WORKER')
    expect(error.message).toMatch(/exited unexpectedly \(code 9\)/)
  })

  it('stops within a round on abort and keeps the last merged model', async () => {
    const model = create()
    const controller = new AbortController()
    let atAbort = ''
    const error = await rejection(
      model.fit(train, {
        threads: 2, batchSize: 500, rounds: 50, validation: valid,
        onRound: (log) => {
          if (log.round === 3) {
            atAbort = JSON.stringify(model)
            controller.abort(new Error('enough'))
          }
        },
        signal: controller.signal,
      }),
    )
    expect(error.code).toBe('E_ABORT')
    expect(JSON.stringify(model)).toBe(atAbort)
    expect(model.evaluate(valid).pearson[0]).toBeGreaterThan(0.5)
  })

  it('reports progress every round with merge time', async () => {
    const rounds: number[] = []
    const history = await create().fit(train, { threads: 2, batchSize: 1500, rounds: 4, validation: valid, onRound: (log) => rounds.push(log.round) })
    expect(rounds).toEqual([1, 2, 3, 4])
    expect(history.map((log) => log.epoch)).toEqual([0.5, 1, 1.5, 2])
    for (const log of history) {
      expect(log.mergeSeconds).toBeGreaterThan(0)
      expect(log.mergeSeconds).toBeLessThan(log.seconds)
      expect(log.pearson).toHaveLength(1)
    }
  })

  it('lets a Node process that used fit exit on its own, without dispose', () => {
    const script = `
      import { KAN, datasets } from './src/index.ts'
      const { train } = datasets.det({ size: 2, train: 2000, valid: 1 })
      const model = KAN.create({ inputs: 4, layers: [{ units: 5, points: 3 }, { units: 1, points: 5 }] })
      await model.fit(train, { threads: 2, rounds: 2 })
      console.log('trained')`
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: process.cwd(), timeout: 30_000, encoding: 'utf8' })
    expect(child.stderr).toBe('')
    expect(child.stdout.trim()).toBe('trained')
    expect(child.status).toBe(0)
  })
})

describe('KAN.average', () => {
  it('is the parameter-wise mean of models trained apart (federated use)', async () => {
    const [a, b] = [create(), create()]
    await a.fit({ ...train, rows: 3000, x: train.x.subarray(0, 27000), y: train.y.subarray(0, 3000) }, { threads: 1, epochs: 1 })
    await b.fit({ ...train, rows: 3000, x: train.x.subarray(27000), y: train.y.subarray(3000) }, { threads: 1, epochs: 1 })
    const mean = KAN.average([a, b]).toJSON()
    const [ja, jb] = [a.toJSON(), b.toJSON()]
    mean.layers.forEach((layer, l) => {
      for (const key of ['lo', 'hi', 'dx', 'values'] as const) {
        const got = (layer as unknown as Record<string, number[]>)[key]!
        const x = (ja.layers[l] as unknown as Record<string, number[]>)[key]!
        const y = (jb.layers[l] as unknown as Record<string, number[]>)[key]!
        got.forEach((value, q) => expect(value).toBe((x[q]! + y[q]!) / 2))
      }
    })
  })

  it('rejects models of different shapes', async () => {
    const a = create()
    const b = KAN.create({ inputs: 9, layers: [{ units: 12, points: 4 }, { units: 1, points: 8 }] })
    models.push(b)
    await a.fit(train, { threads: 1, epochs: 1 })
    await b.fit(train, { threads: 1, epochs: 1 })
    await expect(async () => KAN.average([a, b])).rejects.toThrow(/models\[1\] has shape/)
  })
})

describe('dispose during fit', () => {
  it('rejects the running fit instead of leaving it pending', async () => {
    const model = KAN.create({ inputs: 9, layers, seed: 3 })
    const fit = model.fit(train, { threads: 2, batchSize: 500, rounds: 200, onRound: (log) => {
      if (log.round === 2) void model.dispose()
    } })
    const error = await rejection(fit)
    expect(error.code).toBe('E_STATE')
  })
})
