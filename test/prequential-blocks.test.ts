import { describe, expect, it } from 'vitest'
import type { Dataset } from '../src/data/data.js'
import { computeMetrics } from '../src/data/metrics.js'
import { KAN } from '../src/kan.js'
import type { ModelShape } from '../src/model/model.js'
import { type LayerJSON, type ModelJSON, stateFromJSON, stateToJSON } from '../src/model/serialize.js'
import type { StreamItem, StreamProgress } from '../src/online/prequential.js'
import { ResidentLearner, STAGE_ROWS } from '../src/online/resident.js'
import { type Case, firstDifference, initialJSON, randomCases, randomData, rowOf } from './helpers/cases.js'
import { rejection, thrown } from './helpers/errors.js'
import { OracleKAN } from './oracle/float.js'
import { oraclePrequential } from './helpers/prequential.js'

function expectOracleModel(actual: ModelJSON, oracle: OracleKAN, where: string): void {
  const layers = actual.layers as LayerJSON[]
  oracle.snapshot().forEach((layer, l) => {
    for (const key of ['lo', 'hi', 'dx', 'values'] as const) expect(firstDifference(layers[l]![key], layer[key]), `${where}: layer ${l} ${key}`).toBeUndefined()
  })
}

function expectSameModel(actual: KAN, expected: KAN, where: string): void {
  expect(JSON.stringify(actual.toJSON()), where).toBe(JSON.stringify(expected.toJSON()))
}

/**
 * The report learnFrom gives after `records` records, from the oracle's predictions: the window a
 * ring of `size` records (record i at i mod size, as learnFrom keeps it), the total a sum in
 * record order.
 */
function expectedReport(predicted: Float64Array, data: Dataset, records: number, size: number, learningRate: number): Omit<StreamProgress, 'seconds' | 'recordsPerSecond'> {
  const { targets } = data
  const filled = Math.min(records, size)
  const ringPredicted = new Float64Array(filled * targets)
  const ringActual = new Float64Array(filled * targets)
  const squared = new Array<number>(targets).fill(0)
  for (let r = 0; r < records; r++) {
    for (let k = 0; k < targets; k++) {
      const value = predicted[r * targets + k]!
      const actual = data.y[r * targets + k]!
      ringPredicted[(r % size) * targets + k] = value
      ringActual[(r % size) * targets + k] = actual
      squared[k]! += (value - actual) ** 2
    }
  }
  const { pearson, rmse } = computeMetrics(ringPredicted, ringActual, filled, targets)
  return { records, learningRate, windowRows: filled, pearson, rmse, totalRmse: squared.map((sum) => Math.sqrt(sum / records)) }
}

/** `data` as blocks of `size` rows (the last one shorter). */
function* blocksOf(data: Dataset, size: number): Generator<StreamItem> {
  const { features, targets } = data
  for (let r = 0; r < data.rows; r += size) {
    const rows = Math.min(size, data.rows - r)
    yield { x: data.x.subarray(r * features, (r + rows) * features), y: data.y.subarray(r * targets, (r + rows) * targets), rows }
  }
}

/** `data` one record at a time: features then targets in one array (learnFrom's one-record path). */
function* recordsOf(data: Dataset): Generator<StreamItem> {
  for (let r = 0; r < data.rows; r++) yield [...rowOf(data.x, r, data.features), ...rowOf(data.y, r, data.targets)]
}

/** A report without its timings (which differ from run to run). */
function withoutTime(progress: StreamProgress): Omit<StreamProgress, 'seconds' | 'recordsPerSecond'> {
  const { records, learningRate, windowRows, pearson, rmse, totalRmse } = progress
  return { records, learningRate, windowRows, pearson, rmse, totalRmse }
}

const shapes: Case[] = [
  { name: 'f64 mean 4→9:3→1:12', shape: { inputs: 4, layers: [{ units: 9, points: 3 }, { units: 1, points: 12 }], form: 'mean', precision: 'f64' }, seed: 11 },
  { name: 'f32 mean 3→7:4→2:9', shape: { inputs: 3, layers: [{ units: 7, points: 4 }, { units: 2, points: 9 }], form: 'mean', precision: 'f32' }, seed: 12 },
  { name: 'f64 sum 5→6:[2,5,3,7,4]→1:8 (points per input)', shape: { inputs: 5, layers: [{ units: 6, points: [2, 5, 3, 7, 4] }, { units: 1, points: 8 }], form: 'sum', precision: 'f64' }, seed: 13 },
]

describe('learnFrom over blocks: one kernel call per piece of up to 64 records', () => {
  const schedule = (records: number): number => 0.4 / (1 + records / 150)
  const floor = 0.08
  const rows = 1100
  for (const { name, shape, seed } of shapes) {
    const alphaScale = shape.form === 'mean' ? 1 : 0.25 / shape.inputs
    const rate = (records: number): number => alphaScale * schedule(records)
    const alpha = (records: number): number => Math.max(alphaScale * floor, rate(records))
    const data = randomData(shape, rows, seed, 1.6)
    const json = initialJSON(shape, randomData(shape, 60, seed + 1), seed)
    const { predicted, oracle } = oraclePrequential(json, data, alpha)
    const options = { learningRate: rate, minLearningRate: alphaScale * floor, window: 50, validateEvery: 100 }

    it(`equals learn record by record, the one-record path and the oracle, every report included: ${name}`, async () => {
      const reference = KAN.fromJSON(json)
      for (let r = 0; r < rows; r++) {
        const y = rowOf(data.y, r, data.targets)
        reference.learn(rowOf(data.x, r, data.features), data.targets === 1 ? y[0]! : y, { learningRate: alpha(r) })
      }
      expectOracleModel(reference.toJSON(), oracle, 'learn')

      const one = KAN.fromJSON(json)
      const oneReports: StreamProgress[] = []
      await one.learnFrom(recordsOf(data), { ...options, onProgress: (p) => oneReports.push(p) })
      expectSameModel(one, reference, 'one record at a time')

      const expectedReports = Array.from({ length: rows / 100 }, (_, q) => expectedReport(predicted, data, 100 * (q + 1), 50, alpha(100 * (q + 1) - 1)))
      expect(oneReports.map(withoutTime)).toEqual(expectedReports)
      for (const size of [1, STAGE_ROWS - 1, STAGE_ROWS, STAGE_ROWS + 1, 1000]) {
        const model = KAN.fromJSON(json)
        const reports: StreamProgress[] = []
        const summary = await model.learnFrom(blocksOf(data, size), { ...options, onProgress: (p) => reports.push(p) })
        expectSameModel(model, reference, `blocks of ${size}`)
        // Every report bit for bit: the predictions are the ones made before each record's step.
        expect(reports.map(withoutTime), `blocks of ${size}`).toEqual(expectedReports)
        expect(withoutTime(summary)).toEqual(expectedReports.at(-1))
        await model.dispose()
      }
      await Promise.all([reference, one].map((model) => model.dispose()))
    })
  }

  it('reports see the model as it is after the report\'s record, also inside a block', async () => {
    const { shape, seed } = shapes[0]!
    const data = randomData(shape, 700, seed)
    const json = initialJSON(shape, data, seed)
    const reference = KAN.fromJSON(json)
    const expected: string[] = []
    for (let r = 0; r < data.rows; r++) {
      reference.learn(rowOf(data.x, r, 4), data.y[r]!)
      if ((r + 1) % 90 === 0) expected.push(reference.toJSON().layers.map((layer) => (layer as LayerJSON).values.join()).join('|'))
    }
    // Nothing can read the model during learnFrom, but an abort from onProgress stops it there.
    for (let report = 1; report <= expected.length; report++) {
      const model = KAN.fromJSON(json)
      const controller = new AbortController()
      let reports = 0
      const error = await rejection(model.learnFrom(blocksOf(data, 500), { validateEvery: 90, signal: controller.signal, onProgress: () => (++reports === report ? controller.abort() : undefined) }))
      expect(error.code).toBe('E_ABORT')
      expect(error.message).toContain(`after ${90 * report} records`)
      expect(model.toJSON().layers.map((layer) => (layer as LayerJSON).values.join()).join('|')).toBe(expected[report - 1])
      await model.dispose()
    }
    await reference.dispose()
  })
})

describe('learnFrom over blocks: errors and aborts leave the model as one record at a time would', () => {
  const { shape, seed } = shapes[0]!
  const data = randomData(shape, 5000, seed)
  const json = initialJSON(shape, data, seed)

  /** A model that learned the first `records` records with learn, one call each. */
  function prefixModel(records: number, alpha: (records: number) => number = () => 0.1): KAN {
    const model = KAN.fromJSON(json)
    for (let r = 0; r < records; r++) model.learn(rowOf(data.x, r, 4), data.y[r]!, { learningRate: alpha(r) })
    return model
  }

  it('an abort while a large block is learned keeps exactly the records learned before it', async () => {
    // Many times the records a 50 ms slice learns (the data 80 times over), so the timer fires inside the block.
    const wide: ModelShape = { inputs: 4, layers: [{ units: 40, points: 4 }, { units: 1, points: 12 }], form: 'mean', precision: 'f64' }
    const wideJSON = initialJSON(wide, data, seed)
    const big: Dataset = { ...data, rows: 80 * data.rows, x: new Float64Array(80 * data.x.length).map((_, q) => data.x[q % data.x.length]!), y: new Float64Array(80 * data.rows).map((_, q) => data.y[q % data.rows]!) }
    const model = KAN.fromJSON(wideJSON)
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 5)
    const error = await rejection(model.learnFrom([big], { signal: controller.signal }))
    expect(error.code).toBe('E_ABORT')
    const learned = Number(/after (\d+) records/.exec(error.message)?.[1])
    expect(learned).toBeGreaterThan(0)
    expect(learned).toBeLessThan(big.rows)
    const reference = KAN.fromJSON(wideJSON)
    reference.learn(big.x.subarray(0, learned * 4), big.y.subarray(0, learned))
    expectSameModel(model, reference, `the first ${learned} records`)
    await Promise.all([model, reference].map((m) => m.dispose()))
  })

  it('a schedule that fails inside a piece keeps the records before it', async () => {
    const rate = (records: number): number => (records === 130 ? NaN : 0.2)
    for (const source of [() => blocksOf(data, 1000), () => recordsOf(data)]) {
      const model = KAN.fromJSON(json)
      const error = await rejection(model.learnFrom(source(), { learningRate: rate }))
      expect(error.code).toBe('E_OPTION')
      expect(error.message).toContain('record 130')
      const reference = prefixModel(130, () => 0.2)
      expectSameModel(model, reference, 'the first 130 records')
      await Promise.all([model, reference].map((m) => m.dispose()))
    }
  })

  it('divergence names the same record in a block as one record at a time, and the model returns to its synced state', async () => {
    // A target far off from record 100 on, with a large α: the predictions blow up a few records later.
    const wild = { ...data, y: data.y.map((value, r) => (r >= 100 ? (r % 2 === 0 ? 1e200 : -1e200) : value)) }
    const messages: string[] = []
    for (const source of [() => blocksOf(wild, 1000), () => blocksOf(wild, 1), () => recordsOf(wild)]) {
      const model = KAN.fromJSON(json)
      const synced = JSON.stringify(model.toJSON())
      const error = await rejection(model.learnFrom(source(), { learningRate: 5 }))
      expect(error.code).toBe('E_VALUE')
      messages.push(error.message)
      expect(JSON.stringify(model.toJSON())).toBe(synced)
      await model.dispose()
    }
    // learn, one call a record, throws at the same record.
    const model = KAN.fromJSON(json)
    let r = 0
    const error = thrown(() => {
      for (; r < wild.rows; r++) model.learn(rowOf(wild.x, r, 4), wild.y[r]!, { learningRate: 5 })
    })
    expect(error.code).toBe('E_VALUE')
    expect(r).toBeGreaterThan(100)
    expect(messages[0]).toContain(`diverged at record ${r} `)
    expect(messages[1]).toBe(messages[0])
    expect(messages[2]).toBe(messages[0])
    await model.dispose()
  })
})

describe('ResidentLearner.learnPrequential against the oracle', () => {
  const cases: Case[] = [...randomCases(12, 61), ...shapes]
  for (const { name, shape, seed } of cases) {
    it(`learns every staged record in order and gives each one's prediction before its step: ${name}`, () => {
      const data = randomData(shape, 3 * STAGE_ROWS + 5, seed, 1.7)
      const json = initialJSON(shape, randomData(shape, 40, seed + 1), seed)
      const scale = shape.form === 'mean' ? 0.3 : 0.05 / shape.inputs
      const alpha = (records: number): number => scale * (1 + (records % 7)) / 4
      const { predicted, oracle } = oraclePrequential(json, data, alpha)
      const loaded = stateFromJSON(json)
      const learner = new ResidentLearner(loaded.state!)
      const alphas = new Float64Array(STAGE_ROWS)
      const { features, targets } = data
      for (let r = 0; r < data.rows; ) {
        const rows = Math.min(STAGE_ROWS, data.rows - r, 1 + ((r * 7) % STAGE_ROWS))
        for (let q = 0; q < rows; q++) alphas[q] = alpha(r + q)
        learner.learnPrequential(data.x, r * features, data.y, r * targets, rows, alphas)
        const expected = predicted.subarray(r * targets, (r + rows) * targets)
        expect(firstDifference(learner.predicted.subarray(0, rows * targets), expected), `rows ${r}…${r + rows - 1}`).toBeUndefined()
        r += rows
      }
      learner.read(loaded.state!)
      expectOracleModel(stateToJSON(shape, seed, loaded.state), oracle, 'model')
    })
  }
})
