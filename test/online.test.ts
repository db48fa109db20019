import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readCSV } from '../src/data/csv.js'
import { Random } from '../src/data/random.js'
import { firstRows, openCSVStream } from '../src/online/stream.js'
import { KAN } from '../src/kan.js'
import * as nkkan from '../src/index.js'
import { computeMetrics } from '../src/data/metrics.js'
import type { ModelShape } from '../src/model/model.js'
import type { StreamItem, StreamProgress } from '../src/online/prequential.js'
import { STAGE_ROWS } from '../src/online/resident.js'
import type { LayerJSON, ModelJSON } from '../src/model/serialize.js'
import { type Case, firstDifference, initialJSON, randomCases, randomData, rowOf } from './helpers/cases.js'
import { thrown } from './helpers/errors.js'
import { OracleKAN } from './oracle/float.js'
import { oraclePrequential } from './helpers/prequential.js'

function expectSameJSON(actual: ModelJSON, expected: ModelJSON): void {
  const a = actual.layers as LayerJSON[]
  ;(expected.layers as LayerJSON[]).forEach((layer, l) => {
    for (const key of ['lo', 'hi', 'dx', 'values'] as const) expect(firstDifference(a[l]![key], layer[key]), `layer ${l} ${key}`).toBeUndefined()
  })
}

function expectOracleModel(actual: ModelJSON, oracle: OracleKAN): void {
  const a = actual.layers as LayerJSON[]
  oracle.snapshot().forEach((layer, l) => {
    for (const key of ['lo', 'hi', 'dx', 'values'] as const) expect(firstDifference(a[l]![key], layer[key]), `layer ${l} ${key}`).toBeUndefined()
  })
}

function expectCode(fn: () => unknown, code: string): void {
  expect(thrown(fn).code).toBe(code)
}

const alphaFor = (shape: ModelShape): number => (shape.form === 'mean' ? 0.2 : 0.05 / shape.inputs)

/** The papers' two-layer shape beside a few random ones (f32 and the sum form among them). */
const cases: Case[] = [
  { name: 'f64 mean 5→11:3→1:12', shape: { inputs: 5, layers: [{ units: 11, points: 3 }, { units: 1, points: 12 }], form: 'mean', precision: 'f64' }, seed: 3 },
  ...randomCases(6, 18),
]

describe('learn: one record at a time equals sequential fit and the oracle', () => {
  for (const { name, shape, seed } of cases) {
    it(name, async () => {
      const first = randomData(shape, 150, seed)
      // Wider, shifted records: every grid has to widen while learning (adaptive range).
      const second = randomData(shape, 150, seed + 1, 1.7)
      const alpha = alphaFor(shape)
      const json = initialJSON(shape, first, seed)

      const batch = KAN.fromJSON(json)
      await batch.fit(first, { threads: 1, epochs: 1, learningRate: alpha })
      await batch.fit(second, { threads: 1, epochs: 1, learningRate: alpha })

      const online = KAN.create({ ...shape, seed })
      online.init(first)
      expectSameJSON(online.toJSON(), json)
      const oracle = new OracleKAN(json)
      for (const data of [first, second]) {
        for (let r = 0; r < data.rows; r++) {
          const x = rowOf(data.x, r, data.features)
          const y = rowOf(data.y, r, data.targets)
          online.learn(x, data.targets === 1 ? y[0]! : y, { learningRate: alpha })
          oracle.step(x, y, alpha)
        }
      }
      expectSameJSON(online.toJSON(), batch.toJSON())
      expectOracleModel(online.toJSON(), oracle)

      // Blocks of rows longer than the staging area go through in pieces, in order.
      const blocks = KAN.fromJSON(json)
      blocks.learn(first.x, first.y, { learningRate: alpha })
      blocks.learn(second.x.subarray(0, (STAGE_ROWS + 3) * second.features), second.y.subarray(0, (STAGE_ROWS + 3) * second.targets), { learningRate: alpha })
      blocks.learn(second.x.subarray((STAGE_ROWS + 3) * second.features), second.y.subarray((STAGE_ROWS + 3) * second.targets), { learningRate: alpha })
      expectSameJSON(blocks.toJSON(), batch.toJSON())

      // predictOne and predict on the resident model equal the oracle's frozen forward pass, far outside the ranges too.
      const outside = randomData(shape, 20, seed + 2, 6)
      const predicted = online.predict(outside.x)
      const one = new Float64Array(shape.layers.at(-1)!.units)
      for (let r = 0; r < outside.rows; r++) {
        const x = rowOf(outside.x, r, outside.features)
        const expected = oracle.forward(x, false)
        expect(firstDifference(rowOf(predicted, r, outside.targets), expected), `predict row ${r}`).toBeUndefined()
        expect(firstDifference(online.predictOne(x, one), expected), `predictOne row ${r}`).toBeUndefined()
        if (outside.targets === 1) expect(online.predictOne(x)).toBe(expected[0])
      }
      await Promise.all([batch, online, blocks].map((model) => model.dispose()))
    })
  }
})

describe('learn with fit', () => {
  const { shape, seed } = cases[0]!
  const first = randomData(shape, 120, seed)
  const second = randomData(shape, 120, seed + 1, 1.5)

  it('fit continues from what learn learned, and learn from what fit trained', async () => {
    const json = initialJSON(shape, first, seed)
    const oracle = new OracleKAN(json)
    const model = KAN.fromJSON(json)
    for (let r = 0; r < 50; r++) {
      model.learn(rowOf(first.x, r, 5), first.y[r]!, { learningRate: 0.2 })
      oracle.step(rowOf(first.x, r, 5), rowOf(first.y, r, 1), 0.2)
    }
    await model.fit(second, { threads: 1, epochs: 1, learningRate: 0.2 })
    for (let r = 0; r < second.rows; r++) oracle.step(rowOf(second.x, r, 5), rowOf(second.y, r, 1), 0.2)
    expectOracleModel(model.toJSON(), oracle)
    for (let r = 50; r < first.rows; r++) {
      model.learn(rowOf(first.x, r, 5), first.y[r]!, { learningRate: 0.2 })
      oracle.step(rowOf(first.x, r, 5), rowOf(first.y, r, 1), 0.2)
    }
    expectOracleModel(model.toJSON(), oracle)
    await model.dispose()
  })

  it('learn and predictOne during a fit throw E_STATE', async () => {
    const model = KAN.create({ ...shape, seed })
    const fitting = model.fit(first, { threads: 1, epochs: 1 })
    expectCode(() => model.learn(rowOf(first.x, 0, 5), 1), 'E_STATE')
    expectCode(() => model.predictOne(rowOf(first.x, 0, 5)), 'E_STATE')
    await fitting
    model.learn(rowOf(first.x, 0, 5), 1)
    await model.dispose()
  })

  it('an untrained model needs init (or fit) first; init only once', async () => {
    const model = KAN.create({ ...shape, seed })
    expectCode(() => model.learn(rowOf(first.x, 0, 5), 1), 'E_STATE')
    expectCode(() => model.predictOne(rowOf(first.x, 0, 5)), 'E_STATE')
    expectCode(() => model.init({ ...first, features: 4, x: first.x.subarray(0, first.rows * 4) }), 'E_SHAPE')
    model.init(first)
    expect(model.trained).toBe(true)
    expectCode(() => model.init(first), 'E_STATE')
    model.learn(rowOf(first.x, 0, 5), 1)
    await model.dispose()
    expectCode(() => model.learn(rowOf(first.x, 0, 5), 1), 'E_STATE')
  })

  it('rejects bad records with a coded error and learns nothing from them', async () => {
    const model = KAN.fromJSON(initialJSON(shape, first, seed))
    const before = JSON.stringify(model.toJSON())
    expectCode(() => model.learn([1, 2, 3], 1), 'E_SHAPE')
    expectCode(() => model.learn([1, 2, 3, 4, 5], [1, 2]), 'E_SHAPE')
    expectCode(() => model.learn([1, 2, NaN, 4, 5], 1), 'E_VALUE')
    expectCode(() => model.learn([1, 2, 3, 4, 5], Infinity), 'E_VALUE')
    expectCode(() => model.learn([1, 2, 3, 4, 5], 1, { learningRate: -1 }), 'E_OPTION')
    expectCode(() => model.predictOne([1, 2, 3]), 'E_SHAPE')
    expectCode(() => model.predictOne([1, 2, 3, 4, Infinity]), 'E_VALUE')
    expect(JSON.stringify(model.toJSON())).toBe(before)
    await model.dispose()
  })

  it('a diverging model throws E_VALUE and returns to its last synced state', async () => {
    const model = KAN.fromJSON(initialJSON(shape, first, seed))
    model.learn(rowOf(first.x, 0, 5), first.y[0]!)
    const synced = JSON.stringify(model.toJSON())
    let error: unknown
    try {
      for (let r = 0; r < 200; r++) model.learn(rowOf(first.x, r % first.rows, 5), 1e300 * (r % 2 === 0 ? 1 : -1), { learningRate: 1e10 })
    } catch (caught) {
      error = caught
    }
    expect((error as { code?: string } | undefined)?.code).toBe('E_VALUE')
    expect(JSON.stringify(model.toJSON())).toBe(synced)
    await model.dispose()
  })
})

describe('learnFrom: prequential evaluation of a stream', () => {
  const shape: ModelShape = { inputs: 3, layers: [{ units: 7, points: 3 }, { units: 2, points: 9 }], form: 'mean', precision: 'f64' }
  const data = randomData(shape, 300, 41, 1.3)
  const sample = randomData(shape, 50, 40)
  const json = initialJSON(shape, sample, 5)
  const rows = Array.from({ length: data.rows }, (_, r) => [...rowOf(data.x, r, 3), ...rowOf(data.y, r, 2)])

  it('scores each record before learning it, and learns as learn does', async () => {
    const schedule = (records: number): number => 0.3 / (1 + records / 100)
    const { predicted, oracle } = oraclePrequential(json, data, (r) => Math.max(0.1, schedule(r)))
    const model = KAN.fromJSON(json)
    const reports: StreamProgress[] = []
    async function* source(): AsyncGenerator<StreamItem> {
      for (const row of rows) yield row
    }
    const summary = await model.learnFrom(source(), { learningRate: schedule, minLearningRate: 0.1, window: 64, validateEvery: 100, onProgress: (p) => reports.push(p) })
    expect(reports.map((p) => p.records)).toEqual([100, 200, 300])
    expect(summary.records).toBe(300)
    expect(summary.learningRate).toBe(0.1)
    expectOracleModel(model.toJSON(), oracle)
    const squared = [0, 0]
    for (let r = 0; r < data.rows; r++) for (let k = 0; k < 2; k++) squared[k]! += (predicted[2 * r + k]! - data.y[2 * r + k]!) ** 2
    expect(summary.totalRmse).toEqual(squared.map((s) => Math.sqrt(s / data.rows)))
    const last = computeMetrics(predicted.subarray(2 * (300 - 64)), data.y.subarray(2 * (300 - 64)), 64, 2)
    expect(summary.windowRows).toBe(64)
    summary.rmse.forEach((value, k) => expect(value).toBeCloseTo(last.rmse[k]!, 12))
    summary.pearson.forEach((value, k) => expect(value).toBeCloseTo(last.pearson[k]!, 12))
    await model.dispose()
  })

  it('takes records, arrays of records, blocks, iterables and ReadableStreams alike', async () => {
    const reference = KAN.fromJSON(json)
    reference.learn(data.x, data.y)
    const expected = reference.toJSON()
    const records = rows.map((row) => ({ x: row.slice(0, 3), y: row.slice(3) }))
    const sources: [string, () => unknown][] = [
      ['number arrays', () => rows],
      ['{ x, y } records', () => records],
      ['arrays of records', () => [records.slice(0, 100), records.slice(100)]],
      ['blocks', () => [{ x: data.x.subarray(0, 3 * 70), y: data.y.subarray(0, 2 * 70), rows: 70 }, { ...data, x: data.x.subarray(3 * 70), y: data.y.subarray(2 * 70), rows: 230 }]],
      ['a ReadableStream', () => new ReadableStream({ start: (controller) => { for (const row of rows) controller.enqueue(row); controller.close() } })],
    ]
    for (const [name, source] of sources) {
      const model = KAN.fromJSON(json)
      const summary = await model.learnFrom(source() as Iterable<StreamItem>)
      expect(summary.records, name).toBe(300)
      expectSameJSON(model.toJSON(), expected)
      await model.dispose()
    }
    await reference.dispose()
  })

  it('pulls one item at a time (back-pressure)', async () => {
    let pulled = 0
    let learnedWhenPulled: number[] = []
    const model = KAN.fromJSON(json)
    let learned = 0
    const source = new ReadableStream<number[]>(
      {
        pull: (controller) => {
          learnedWhenPulled.push(learned)
          if (pulled === rows.length) controller.close()
          else controller.enqueue(rows[pulled++])
        },
      },
      { highWaterMark: 0 },
    )
    await model.learnFrom(source, { validateEvery: 1, onProgress: (p) => (learned = p.records) })
    expect(pulled).toBe(300)
    // Item i is pulled only once item i-1 has been learned.
    learnedWhenPulled = learnedWhenPulled.slice(0, 300)
    learnedWhenPulled.forEach((count, i) => expect(count, `pull ${i}`).toBe(i))
    await model.dispose()
  })

  it('an AbortSignal stops an endless stream; the model keeps what it learned and the stream is cancelled', async () => {
    const model = KAN.fromJSON(json)
    let cancelled = false
    let r = 0
    const endless = new ReadableStream<number[]>({ pull: (controller) => controller.enqueue(rows[r++ % rows.length]), cancel: () => void (cancelled = true) }, { highWaterMark: 0 })
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 100)
    const error = await model.learnFrom(endless, { signal: controller.signal }).catch((e: unknown) => e)
    expect((error as { code?: string }).code).toBe('E_ABORT')
    expect(cancelled).toBe(true)
    expect(r).toBeGreaterThan(100)
    expect(JSON.stringify(model.toJSON())).not.toBe(JSON.stringify(json))
    model.learn(rows[0]!.slice(0, 3), rows[0]!.slice(3))
    await model.dispose()
  })

  it('rejects bad records, options and sources with a coded error', async () => {
    const model = KAN.fromJSON(json)
    await expect(model.learnFrom([[1, 2, 3, 4]])).rejects.toMatchObject({ code: 'E_SHAPE' })
    await expect(model.learnFrom([{ x: [1, 2, 3], y: [1] }])).rejects.toMatchObject({ code: 'E_SHAPE' })
    await expect(model.learnFrom([[1, 2, NaN, 4, 5]])).rejects.toMatchObject({ code: 'E_VALUE' })
    await expect(model.learnFrom([{ x: [1], y: [1], rows: 1 }])).rejects.toMatchObject({ code: 'E_SHAPE' })
    await expect(model.learnFrom(rows, { window: 0 })).rejects.toMatchObject({ code: 'E_OPTION' })
    await expect(model.learnFrom(rows, { learningRate: () => NaN })).rejects.toMatchObject({ code: 'E_OPTION' })
    await expect(model.learnFrom(rows, { minLearningRate: -1 })).rejects.toMatchObject({ code: 'E_OPTION' })
    await expect(model.learnFrom(42 as unknown as Iterable<StreamItem>)).rejects.toMatchObject({ code: 'E_OPTION' })
    // learn, predict and fit wait for a running learnFrom.
    const running = model.learnFrom(rows)
    expectCode(() => model.learn(rows[0]!.slice(0, 3), rows[0]!.slice(3)), 'E_STATE')
    await expect(model.fit(data, { threads: 1 })).rejects.toMatchObject({ code: 'E_STATE' })
    await running
    await model.dispose()
  })
})

/** Text cut into pieces of random sizes (lines and multi-byte characters split across pieces). */
async function* piecesOf(text: string, seed: number, bytes = false): AsyncGenerator<string | Uint8Array> {
  const random = new Random(seed)
  const encoded = new TextEncoder().encode(text)
  for (let at = 0; at < (bytes ? encoded.length : text.length); ) {
    const size = random.integer(1, 40)
    yield bytes ? encoded.subarray(at, at + size) : text.slice(at, at + size)
    at += size
  }
}

async function collect(blocks: AsyncIterable<{ x: ArrayLike<number>; y: ArrayLike<number>; rows: number }>): Promise<{ x: number[]; y: number[]; rows: number }> {
  const all = { x: [] as number[], y: [] as number[], rows: 0 }
  for await (const block of blocks) {
    all.x.push(...Array.from(block.x))
    all.y.push(...Array.from(block.y))
    all.rows += block.rows
  }
  return all
}

describe('CSV streams (train --stream)', () => {
  const random = new Random(3)
  const formats = [(v: number) => v.toFixed(6), (v: number) => String(v), (v: number) => v.toExponential(3), (v: number) => ` ${v.toPrecision(4)} `, (v: number) => (v < 0 ? String(v) : `+${v}`)]
  const lines = ['\uFEFFa,é,unused,y']
  for (let r = 0; r < 200; r++) {
    lines.push(Array.from({ length: 4 }, (_, c) => formats[(r + c) % formats.length]!(random.uniform(-1e3, 1e3) * 10 ** random.integer(-8, 8))).join(','))
    if (r % 37 === 0) lines.push('')
  }
  const text = lines.join('\r\n') + '\n'

  it('reads the same numbers as readCSV, however the text is cut, as text or bytes', async () => {
    const options = { targets: ['y'], features: ['é', 'a'] }
    const whole = readCSV(text, options)
    for (const bytes of [false, true]) {
      const csv = await openCSVStream(piecesOf(text, bytes ? 2 : 1, bytes), options)
      expect(csv.featureNames).toEqual(['é', 'a'])
      expect(csv.targetNames).toEqual(['y'])
      const all = await collect(csv.blocks)
      expect(all.rows).toBe(whole.rows)
      expect(firstDifference(all.x, whole.x)).toBeUndefined()
      expect(firstDifference(all.y, whole.y)).toBeUndefined()
    }
  })

  it('keeps a character whole when text chunks cut it between its two UTF-16 halves', async () => {
    async function* chunks(): AsyncGenerator<string> {
      yield 'a,\uD83D'
      yield '\uDE00,y\n1,2,3\n'
    }
    const csv = await openCSVStream(chunks(), { targets: ['y'] })
    expect(csv.featureNames).toEqual(['a', '😀'])
    expect(await collect(csv.blocks)).toEqual({ x: [1, 2], y: [3], rows: 1 })
  })

  it('openCSVStream, from the package entry, feeds learnFrom as readCSV feeds learn', async () => {
    const body = ['a,b,y', ...Array.from({ length: 700 }, (_, r) => `${Math.sin(r).toFixed(5)},${Math.cos(2 * r).toFixed(5)},${(Math.sin(r) * Math.cos(2 * r)).toFixed(5)}`)].join('\n') + '\n'
    const table = nkkan.readCSV(body, { targets: ['y'] })
    const json = initialJSON({ inputs: 2, layers: [{ units: 5, points: 3 }, { units: 1, points: 8 }], form: 'mean', precision: 'f64' }, table, 9)
    const reference = nkkan.KAN.fromJSON(json)
    reference.learn(table.x, table.y)
    const model = nkkan.KAN.fromJSON(json)
    const csv: nkkan.CSVStream = await nkkan.openCSVStream(piecesOf(body, 6, true), { targets: ['y'] } satisfies nkkan.CSVStreamOptions)
    expect(csv.featureNames).toEqual(['a', 'b'])
    expect((await model.learnFrom(csv.blocks)).records).toBe(700)
    expect(JSON.stringify(model.toJSON())).toBe(JSON.stringify(reference.toJSON()))
    await Promise.all([model, reference].map((m) => m.dispose()))
  })

  it('firstRows gives a sample to initialise from and every record again', async () => {
    const csv = await openCSVStream(piecesOf(text, 4), { targets: ['y'] })
    const { sample, blocks } = await firstRows(csv.blocks, 50, 3, 1)
    const all = await collect(blocks)
    expect(all.rows).toBe(200)
    expect(sample.rows).toBeGreaterThanOrEqual(50)
    expect(firstDifference(sample.x, all.x.slice(0, sample.rows * 3))).toBeUndefined()
  })

  it('names the line and column of a bad field', async () => {
    const read = async (body: string, options = { targets: ['y'] }): Promise<Error | undefined> => {
      try {
        await collect((await openCSVStream(piecesOf(body, 5), options)).blocks)
      } catch (error) {
        return error as Error
      }
      return undefined
    }
    expect(await read('a,y\n1,2\n3,x4\n')).toMatchObject({ code: 'E_VALUE' })
    expect((await read('a,y\n1,2\n3,x4\n'))?.message).toMatch(/line 3, column "y"/)
    expect(await read('a,y\n1,2\n3,\n')).toMatchObject({ code: 'E_VALUE' })
    expect((await read('a,y\n1,2\n3,\n'))?.message).toMatch(/line 3, column "y": missing/)
    expect(await read('a,y\n1,0x10\n')).toMatchObject({ code: 'E_VALUE' })
    expect(await read('a,y\n1,2,3\n')).toMatchObject({ code: 'E_SHAPE' })
    expect((await read('a,y\n1,2,3\n'))?.message).toMatch(/line 2: 3 fields/)
    expect(await read('a,y\n"1",2\n')).toMatchObject({ code: 'E_FORMAT' })
    expect(await read('a,y\n1,2\n', { targets: ['z'] })).toMatchObject({ code: 'E_OPTION' })
    expect(await read('\n\n')).toMatchObject({ code: 'E_SHAPE' })
  })

  it('nkkan train --stream learns standard input and prints prequential scores', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nkkan-stream-'))
    try {
      const rows = ['a,b,y', ...Array.from({ length: 3000 }, (_, r) => { const a = Math.sin(r), b = Math.cos(3 * r); return `${a},${b},${a * b + a}` })]
      const root = join(dirname(fileURLToPath(import.meta.url)), '..')
      const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/cli.ts'), 'train', '--stream', '--target', 'y', '--report-every', '1000', '--init-rows', '200', '--out', join(dir, 'm.json')], { cwd: root })
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
      child.stdin.end(rows.join('\n'))
      const code = await new Promise((resolve) => child.on('close', resolve))
      expect(code, stderr).toBe(0)
      expect(stderr.trim().split('\n').map((line) => line.split(' ')[0])).toEqual(['1000', '2000', '3000'])
      const pearson = Number(/window 1000: pearson (\S+)/.exec(stdout)?.[1])
      expect(pearson).toBeGreaterThan(0.9)
      const model = KAN.fromJSON(readFileSync(join(dir, 'm.json'), 'utf8'))
      expect(model.predictOne([0.5, 0.5])).toBeCloseTo(0.75, 0)
      await model.dispose()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 30_000)
})
