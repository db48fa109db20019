import { spawnSync } from 'node:child_process'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { KAN, NkkanError, Random, datasets } from '../src/index.js'
import type { Dataset, Split } from '../src/index.js'
import { GENERATION_CHUNK_ROWS, determinant } from '../src/data/records.js'
import { rejection, thrown } from './helpers/errors.js'
import { firstDifference } from './helpers/cases.js'
import { withMemory } from './helpers/memory.js'

// A worker source that misbehaves on request, chosen by the seed: 666 → the worker throws while
// drawing; 667 → the worker thread exits (as a crash would).
vi.mock('../src/threads/worker-source.js', async (importOriginal) =>
  (await import('./helpers/sabotage.js')).withSabotage(
    await importOriginal<typeof import('../src/threads/worker-source.js')>(),
    `
    if (request.type === 'generate' && request.seed === 666 && request.firstChunk > 0) throw new Error('sabotaged: thrown while drawing');
    if (request.type === 'generate' && request.seed === 667) process.exit(3);
`,
  ),
)

// Every worker started, and whether it was terminated; and every piece of work begun (a range of
// chunks drawn on the calling thread or sent to a worker), with a hook called as each begins.
const started = vi.hoisted(() => ({ workers: [] as { terminated: boolean }[], pieces: 0, onPiece: (): void => undefined }))
const pieceBegun = (): void => {
  started.pieces++
  started.onPiece()
}
vi.mock('../src/threads/worker-host.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/threads/worker-host.js')>()
  return {
    ...original,
    startWorkerThread: async (index: number) => {
      const handle = await original.startWorkerThread(index)
      const record = { terminated: false }
      started.workers.push(record)
      return {
        ...handle,
        post: (request, transfer) => {
          if (request.type === 'generate') pieceBegun()
          handle.post(request, transfer)
        },
        terminate: async () => {
          record.terminated = true
          await handle.terminate()
        },
      } satisfies typeof handle
    },
  }
})
vi.mock('../src/data/records.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/data/records.js')>()
  return {
    ...original,
    fillChunks: (...args: Parameters<typeof original.fillChunks>) => {
      pieceBegun()
      original.fillChunks(...args)
    },
  }
})

afterEach(() => {
  // Whatever happened, generate ended every worker it started before it settled.
  const workers = started.workers.splice(0)
  expect(workers.filter((worker) => !worker.terminated)).toEqual([])
  started.pieces = 0
  started.onPiece = () => undefined
})

type Generate = (name: string, options?: object) => Promise<Split>
/** generate without the overloads' types, for bad options. */
const generate = datasets.generate as unknown as Generate

function expectSameSplit(got: Split, expected: Split): void {
  for (const set of ['train', 'valid'] as const) {
    const a: Dataset = got[set]
    const b: Dataset = expected[set]
    expect({ rows: a.rows, features: a.features, targets: a.targets }).toEqual({ rows: b.rows, features: b.features, targets: b.targets })
    expect(firstDifference(a.x, b.x), `${set}.x`).toBeUndefined()
    expect(firstDifference(a.y, b.y), `${set}.y`).toBeUndefined()
  }
}

describe('the built-in data sets on the calling thread', () => {
  it('derives chunk streams by splitmix64 from (seed mod 2^32)·2^32 + stream, as documented', () => {
    // splitmix64 from state 0: e220a8397b1dcdaf, 6e789e6aa1b965f4 (the published reference values).
    const expected = xoshiro128ss([0x7b1dcdaf, 0xe220a839, 0xa1b965f4, 0x6e789e6a])
    const random = Random.stream(0, 0)
    for (let i = 0; i < 8; i++) expect(random.nextUint32()).toBe(expected())
    // Seeds are taken mod 2^32; streams and seeds give different numbers.
    expect(Random.stream(-1, 5).next()).toBe(Random.stream(2 ** 32 - 1, 5).next())
    const firsts = new Set([Random.stream(1, 0), Random.stream(1, 1), Random.stream(2, 0), Random.stream(2, 1)].map((r) => r.nextUint32()))
    expect(firsts.size).toBe(4)
    expect(() => Random.stream(1, -1)).toThrow(RangeError)
  })

  it('draws Det-n, Tetra and Triangle records in their ranges, with their targets', () => {
    const { train } = datasets.det({ size: 3, train: 5000, valid: 10, seed: 2 })
    expect(train.x.every((v) => v >= 0 && v < 10)).toBe(true)
    for (const r of [0, 4095, 4096, 4999]) expect(train.y[r]).toBe(determinant(train.x.slice(r * 9, r * 9 + 9), 3))
    const tetra = datasets.tetra({ train: 300, valid: 10, seed: 2 }).train
    expect([tetra.features, tetra.targets]).toEqual([12, 4])
    expect(tetra.y.every((v) => v >= 0 && v < 100)).toBe(true)
    const triangle = datasets.triangle()
    expect([triangle.train.rows, triangle.valid.rows]).toEqual([8192, 2048])
    expect(triangle.train.x.every((v) => Number.isInteger(v) && v >= 100 && v <= 2000)).toBe(true)
    const [x1, y1, x2, y2, x3, y3] = Array.from(triangle.train.x.subarray(0, 6)) as [number, number, number, number, number, number]
    expect(triangle.train.y[0]).toBe(Math.floor(Math.abs(x1 * (y2 - y3) + x2 * (y3 - y1) + x3 * (y1 - y2)) / 2))
  })

  it('gives a record that depends on (seed, set, index) only: not on the size of either set', () => {
    const small = datasets.det({ size: 4, train: 5000, valid: 100, seed: 9 })
    const large = datasets.det({ size: 4, train: 3 * GENERATION_CHUNK_ROWS + 17, valid: 7000, seed: 9 })
    expect(firstDifference(small.train.x, large.train.x.subarray(0, small.train.x.length))).toBeUndefined()
    expect(firstDifference(small.valid.y, large.valid.y.subarray(0, 100))).toBeUndefined()
    // Training and validation records come from different streams; another seed, other records.
    expect(small.valid.x[0]).not.toBe(small.train.x[0])
    expect(datasets.det({ size: 4, train: 10, valid: 1, seed: 10 }).train.x[0]).not.toBe(small.train.x[0])
  })
})

describe('datasets.generate on worker threads', () => {
  // 150,000 training records are 37 chunks in 3 pieces of work: pieces and chunks end mid-way.
  const cases = [
    ['det', { size: 3, train: 150_000, valid: 5_000, seed: 3 }, (o: object) => datasets.det(o as never)],
    ['tetra', { train: 70_000, valid: 4_100, seed: 4 }, (o: object) => datasets.tetra(o as never)],
    ['triangle', {}, (o: object) => datasets.triangle(o)],
  ] as const
  for (const [name, options, sync] of cases) {
    it(`gives ${name} the same records as the synchronous generator with 1, 2 and 3 threads, shared or transferred`, async () => {
      const expected = sync(options)
      for (const threads of [1, 2, 3]) {
        const got = await generate(name, { ...options, threads })
        expectSameSplit(got, expected)
        if (threads > 1) expect(got.train.x.buffer).toBeInstanceOf(SharedArrayBuffer)
      }
      expectSameSplit(await withMemory(false, () => generate(name, { ...options, threads: 2 })), expected)
      expect(started.workers.length).toBeGreaterThan(0)
    })
  }

  it('starts no more workers than there are pieces of work, and none for one thread', async () => {
    await datasets.generate('det', { size: 2, train: 100, valid: 100, threads: 1 })
    expect(started.workers.length).toBe(0)
    await datasets.generate('det', { size: 2, train: 100, valid: 100, threads: 8 })
    expect(started.workers.length).toBe(2)
  })

  it('gives data that fit trains on exactly as on the synchronous data', async () => {
    const options = { size: 3, train: 4000, valid: 500, seed: 6 }
    const generated = await datasets.generate('det', { ...options, threads: 2 })
    const models = [KAN.create({ inputs: 9, layers: [{ units: 6, points: 3 }, { units: 1, points: 6 }] }), KAN.create({ inputs: 9, layers: [{ units: 6, points: 3 }, { units: 1, points: 6 }] })]
    await withMemory(false, () => models[0]!.fit(generated.train, { threads: 2, rounds: 2 }))
    await withMemory(false, () => models[1]!.fit(datasets.det(options).train, { threads: 2, rounds: 2 }))
    expect(JSON.stringify(models[0])).toBe(JSON.stringify(models[1]))
    await Promise.all(models.map((model) => model.dispose()))
  })

  it('rejects bad options with E_OPTION, naming the option', async () => {
    const bad: [string, object | undefined, RegExp][] = [
      ['square', { train: 10, valid: 10 }, /the data set must be 'det', 'tetra' or 'triangle', got 'square'/],
      ['det', undefined, /det needs options \{ train, valid \}/],
      ['det', { size: 1, train: 10, valid: 10 }, /size must be an integer ≥ 2, got 1/],
      ['tetra', { train: 0, valid: 10 }, /train must be an integer ≥ 1, got 0/],
      ['tetra', { train: 10, valid: 2.5 }, /valid must be an integer ≥ 1, got 2.5/],
      ['triangle', { seed: 1.5 }, /seed must be an integer, got 1.5/],
      ['det', { train: 10, valid: 10, threads: 0 }, /threads must be an integer from 1 to 64, got 0/],
      ['det', { train: 10, valid: 10, threads: 'two' }, /threads must be an integer from 1 to 64, got two/],
    ]
    for (const [name, options, message] of bad) {
      const error = await rejection(generate(name, options))
      expect(error.code).toBe('E_OPTION')
      expect(error.message).toMatch(message)
    }
    expect(thrown(() => datasets.det({ size: 4, train: -3, valid: 1 })).message).toMatch(/train must be an integer ≥ 1, got -3/)
    expect(started.workers.length).toBe(0)
  })

  for (const threads of [1, 2]) {
    it(`rejects with E_ABORT when the signal fires, beginning no more work (${threads} thread${threads > 1 ? 's' : ''})`, async () => {
      const controller = new AbortController()
      // 489 + 1 chunks of 4,096 records, in 32 pieces of ≤ 16 chunks; aborted as piece 2 + threads
      // begins, that is once the first pieces are under way (or done, on the calling thread).
      const pieces = Math.ceil(Math.ceil(2_000_000 / GENERATION_CHUNK_ROWS) / 16) + 1
      const abortAt = 2 + threads
      started.onPiece = () => {
        if (started.pieces === abortAt) controller.abort(new Error('enough'))
      }
      const error = await rejection(datasets.generate('det', { size: 5, train: 2_000_000, valid: 1, threads, signal: controller.signal }))
      expect(error.code).toBe('E_ABORT')
      expect((error.cause as Error).message).toBe('enough')
      // Nothing begun after the abort but what was already on its way: the calling thread stops
      // before its next piece, and each worker at most finishes its own.
      expect(pieces).toBe(32)
      expect(started.pieces).toBeLessThanOrEqual(abortAt + threads - 1)
      // An aborted signal stops generate before anything starts.
      expect((await rejection(datasets.generate('tetra', { train: 10, valid: 10, threads, signal: controller.signal }))).code).toBe('E_ABORT')
    })
  }

  it('rejects with E_WORKER, without hanging, when a worker throws', async () => {
    const error = await rejection(datasets.generate('det', { size: 3, train: 300_000, valid: 10, seed: 666, threads: 2 }))
    expect(error).toBeInstanceOf(NkkanError)
    expect(error.code).toBe('E_WORKER')
    expect(error.message).toMatch(/sabotaged: thrown while drawing/)
  })

  it('rejects with E_WORKER, without hanging, when a worker dies', async () => {
    const error = await rejection(withMemory(false, () => datasets.generate('det', { size: 3, train: 300_000, valid: 10, seed: 667, threads: 2 })))
    expect(error.code).toBe('E_WORKER')
    expect(error.message).toMatch(/exited unexpectedly \(code 3\)/)
  })

  it('leaves nothing running: a Node process that generated and aborted exits on its own', () => {
    const script = `
      import { datasets } from './src/index.ts'
      const { train } = await datasets.generate('det', { size: 3, train: 100_000, valid: 10, threads: 2 })
      const controller = new AbortController()
      const aborted = datasets.generate('det', { size: 5, train: 1_000_000, valid: 10, threads: 2, signal: controller.signal })
      setTimeout(() => controller.abort(), 20)
      const error = await aborted.catch((error) => error)
      // Workers keep the process alive while they draw: it exits only if every one was ended.
      console.log(train.rows, error.code)`
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: process.cwd(), timeout: 30_000, encoding: 'utf8' })
    expect(child.stderr).toBe('')
    expect(child.stdout.trim()).toBe('100000 E_ABORT')
    expect(child.status).toBe(0)
  })
})

/** A plain xoshiro128** from four state words (Blackman & Vigna's reference code). */
function xoshiro128ss(state: [number, number, number, number]): () => number {
  const s = Uint32Array.from(state)
  const rotl = (x: number, k: number): number => ((x << k) | (x >>> (32 - k))) >>> 0
  return () => {
    const result = Math.imul(rotl(Math.imul(s[1]!, 5) >>> 0, 7), 9) >>> 0
    const t = (s[1]! << 9) >>> 0
    s[2] = s[2]! ^ s[0]!
    s[3] = s[3]! ^ s[1]!
    s[1] = s[1]! ^ s[2]
    s[0] = s[0]! ^ s[3]
    s[2] = s[2] ^ t
    s[3] = rotl(s[3], 11)
    return result
  }
}
