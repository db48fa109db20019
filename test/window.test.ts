import { describe, expect, it } from 'vitest'
import { KAN, datasets } from '../src/index.js'
import { MAX_MEMORY_BYTES, PAGE_BYTES, planMemory } from '../src/kernels/layout.js'
import type { ModelShape } from '../src/model/model.js'
import { splitRanges, windowRows } from '../src/train/window.js'
import { rejection } from './helpers/errors.js'
import { withMemory } from './helpers/memory.js'

const { train, valid } = datasets.det({ size: 3, train: 5000, valid: 400, seed: 21 })
const layers = [{ units: 10, points: 3 }, { units: 1, points: 7 }]

async function trained(options: Parameters<KAN['fit']>[1]): Promise<{ json: unknown; pearson: (number[] | undefined)[] }> {
  await using model = KAN.create({ inputs: 9, layers, seed: 5 })
  const history = await model.fit(train, { validation: valid, ...options })
  return { json: model.toJSON(), pearson: history.map((log) => log.pearson) }
}

describe('training data streamed through a window of wasm memory', () => {
  it('splits ranges into pieces of at most n rows, in order', () => {
    expect(splitRanges([[4990, 5000], [0, 25]], 10)).toEqual([[[4990, 5000]], [[0, 10]], [[10, 20]], [[20, 25]]])
    expect(splitRanges([[10, 17], [0, 5]], 4)).toEqual([[[10, 14]], [[14, 17], [0, 1]], [[1, 5]]])
    expect(splitRanges([[3, 3]], 4)).toEqual([])
  })

  it('sequential training: a window of 777 rows gives the resident model bit for bit', async () => {
    const resident = await trained({ threads: 1, epochs: 3 })
    const streamed = await trained({ threads: 1, epochs: 3, windowRows: 777 })
    expect(streamed).toEqual(resident)
  })

  it('2 threads over shared memory, batches wrapping round the data: a window of 1001 rows gives the resident model bit for bit', async () => {
    // 2 × 1,500 rows a round over 5,000 rows: rounds 2 and 4 wrap; each thread's share of the
    // window is 500 rows, so a batch runs in 3 pieces, one of them split across the wrap.
    const resident = await trained({ threads: 2, batchSize: 1500, rounds: 5 })
    const streamed = await trained({ threads: 2, batchSize: 1500, rounds: 5, windowRows: 1001 })
    expect(streamed).toEqual(resident)
  })

  it('holds as many rows as fit beside the model when the data exceed wasm32 memory', () => {
    const shape: ModelShape = { inputs: 25, layers: [{ units: 160, points: 3 }, { units: 1, points: 30 }], form: 'mean', precision: 'f32' }
    const request = { shape, threads: 3, copies: 2, evalRows: 2_000_000 }
    const rows = windowRows(request, 100_000_000, undefined)
    expect(rows).toBeLessThan(100_000_000)
    const plan = planMemory({ ...request, trainRows: rows })
    expect(plan.totalBytes).toBeLessThanOrEqual(MAX_MEMORY_BYTES)
    // One more row per thread-share would not fit: the window is as large as it can be.
    expect(plan.totalBytes + 26 * 4 * 3).toBeGreaterThan(MAX_MEMORY_BYTES - 2 * PAGE_BYTES)
    expect(windowRows(request, 5000, undefined)).toBe(5000)
    expect(windowRows(request, 5000, 1200)).toBe(1200)
  })

  it('says what to change when the data cannot stream, and rejects a window smaller than the threads', async () => {
    await using model = KAN.create({ inputs: 9, layers, seed: 5 })
    const before = model.toJSON()
    expect((await rejection(model.fit(train, { threads: 2, epochs: 1, windowRows: 1000, pretrain: { groups: 2, epochs: 1 } }))).message).toMatch(
      /windowRows \(1000\) < the 5000 training rows streams the data, which pretraining does not support/,
    )
    expect((await rejection(model.fit(train, { threads: 2, epochs: 1, windowRows: 1000, mode: 'concurrent-serial' }))).message).toMatch(/which mode 'concurrent-serial' does not support/)
    expect((await rejection(withMemory(false, () => model.fit(train, { threads: 2, epochs: 1, windowRows: 1000 })))).message).toMatch(/which training on workers without shared memory does not support/)
    expect((await rejection(model.fit(train, { threads: 2, epochs: 1, windowRows: 1 }))).message).toMatch(/windowRows must be at least copies \(2\), got 1/)
    expect((await rejection(model.fit(train, { threads: 1, epochs: 1, windowRows: 0 }))).message).toMatch(/windowRows must be an integer ≥ 1, got 0/)
    expect(model.toJSON()).toEqual(before)
  })
})
