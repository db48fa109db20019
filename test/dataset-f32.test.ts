import { afterAll, describe, expect, it } from 'vitest'
import { KAN, NkkanError, datasets, fitScaler, splitDataset, toCSV } from '../src/index.js'
import type { Dataset } from '../src/index.js'
import { withMemory } from './helpers/memory.js'


const models: KAN[] = []
afterAll(async () => {
  await Promise.all(models.map((model) => model.dispose()))
})

const f64 = datasets.det({ size: 3, train: 9000, valid: 1000, seed: 4 })
const f32 = datasets.det({ size: 3, train: 9000, valid: 1000, seed: 4, precision: 'f32' })

describe('data sets stored as Float32Array', () => {
  it('draws the f64 records rounded to f32, on the calling thread and on workers (shared and private memory)', async () => {
    expect(f32.train.x).toBeInstanceOf(Float32Array)
    expect(f32.train.y).toBeInstanceOf(Float32Array)
    expect(f32.train.x).toEqual(Float32Array.from(f64.train.x))
    expect(f32.train.y).toEqual(Float32Array.from(f64.train.y))
    for (const sharedMemory of [true, false]) {
      const drawn = await withMemory(sharedMemory, () => datasets.generate('det', { size: 3, train: 9000, valid: 1000, seed: 4, precision: 'f32', threads: 2 }))
      expect(drawn.train.x).toEqual(f32.train.x)
      expect(drawn.valid.y).toEqual(f32.valid.y)
    }
    const tetra = datasets.tetra({ train: 500, valid: 10, seed: 1 })
    expect(datasets.tetra({ train: 500, valid: 10, seed: 1, precision: 'f32' }).train.y).toEqual(Float32Array.from(tetra.train.y))
    expect(() => datasets.det({ size: 3, train: 10, valid: 10, precision: 'f16' as 'f32' })).toThrow(/precision must be 'f64' or 'f32', got f16/)
  })

  for (const [threads, sharedMemory] of [[1, true], [2, true], [2, false]] as const) {
    it(`trains an f32 model on f32 data as on the same data in f64, bit for bit (${threads} thread${threads > 1 ? `s, ${sharedMemory ? 'shared' : 'private'} memory` : ''})`, async () => {
      const fit = async (data: Dataset, valid: Dataset): Promise<KAN> => {
        const model = KAN.create({ inputs: 9, layers: [{ units: 12, points: 3 }, { units: 1, points: 10 }], precision: 'f32', seed: 3 })
        models.push(model)
        await withMemory(sharedMemory, () => model.fit(data, { threads, epochs: 2, validation: valid, skip: 0.01 }))
        return model
      }
      // Initialisation reads min/max of x and y: equal in both, since rounding keeps order.
      const a = await fit(f32.train, f32.valid)
      const b = await fit({ ...f64.train, x: Float64Array.from(f32.train.x), y: Float64Array.from(f32.train.y) }, f64.valid)
      expect(JSON.stringify(a)).toBe(JSON.stringify(b))
      expect(a.evaluate(f32.valid).pearson[0]).toBeGreaterThan(0.5)
    })
  }

  it('is accepted by pretraining, concurrent-serial training, metrics, scaling, splitting and CSV', async () => {
    const model = KAN.create({ inputs: 9, layers: [{ units: 8, points: 3 }, { units: 1, points: 10 }], form: 'sum', seed: 2 })
    models.push(model)
    const history = await model.fit(f32.train, { threads: 2, mode: 'concurrent-serial', epochs: 1, learningRate: 0.1 / 8, pretrain: {}, validation: f32.valid })
    expect(history.at(-1)!.pearson![0]).toBeGreaterThan(0.3)
    const scaler = fitScaler(f32.train)
    expect(scaler.transform(f32.valid).x).toHaveLength(f32.valid.x.length)
    expect(scaler.inverseTargets(f32.valid.y)).toBeInstanceOf(Float64Array)
    expect(splitDataset(f32.train, { valid: 0.1 }).valid.rows).toBe(900)
    const text = toCSV(f32.valid.y.subarray(0, 5), ['y'])
    expect(text.trim().split('\n').slice(1).map(Number)).toEqual(Array.from(f32.valid.y.subarray(0, 5)))
    expect(() => model.evaluate({ ...f32.valid, x: new Int32Array(9000) as unknown as Float32Array })).toThrow(NkkanError)
  })
})
