import { describe, expect, it } from 'vitest'
import { datasets } from '../src/index.js'
import { Engine } from '../src/kernels/engine.js'
import { CONTROL_BYTES, copyPtr, descriptorPtr, planMemory } from '../src/kernels/layout.js'
import { type ModelShape, initialState } from '../src/model/model.js'
import { ALPHA_F64_INDEX, MAX_THREADS, SLOT_WORDS, WEIGHT_F64_INDEX, WORD } from '../src/kernels/protocol.js'

const shapes: ModelShape[] = [
  { inputs: 7, layers: [{ units: 3, points: 2 }, { units: 5, points: 25 }], form: 'mean', precision: 'f64' },
  { inputs: 1, layers: [{ units: 1, points: 3 }], form: 'sum', precision: 'f32' },
  { inputs: 16, layers: [{ units: 70, points: 3 }, { units: 8, points: 7 }, { units: 2, points: 30 }], form: 'mean', precision: 'f32' },
]

describe('the control block', () => {
  it('holds the coordination words, α, the output weight and MAX_THREADS argument slots in CONTROL_BYTES', () => {
    const words = Object.values(WORD)
    const floatWords = [ALPHA_F64_INDEX, WEIGHT_F64_INDEX].flatMap((index) => [2 * index, 2 * index + 1])
    // No two uses share a word below the slots, and the slots fit.
    expect(new Set([...words.filter((word) => word < WORD.SLOTS), ...floatWords]).size).toBe(words.length - 1 + floatWords.length)
    expect(Math.max(...words.filter((word) => word < WORD.SLOTS), ...floatWords)).toBeLessThan(WORD.SLOTS)
    expect((WORD.SLOTS + SLOT_WORDS * MAX_THREADS) * 4).toBeLessThanOrEqual(CONTROL_BYTES)
  })
})

describe('planMemory', () => {
  for (const shape of shapes) {
    it(`lays out disjoint, aligned blocks inside the memory: ${shape.inputs}→${shape.layers.map((l) => l.units).join('→')} ${shape.precision}`, () => {
      const plan = planMemory({ shape, threads: 3, copies: 2, trainRows: 101, prequentialRows: 64, evalRows: 13 })
      const regions: [string, number, number][] = [
        ['descriptors', descriptorPtr(plan, 0), plan.threads * plan.descriptorBytes],
        ['copies', copyPtr(plan, 0), plan.copies * plan.copyStrideBytes],
        ['scratch', plan.scratchPtr, plan.threads * plan.scratchStrideBytes],
        ['trainX', plan.trainXPtr, 101 * shape.inputs * plan.bytesPerValue],
        ['trainY', plan.trainYPtr, 101 * shape.layers.at(-1)!.units * plan.bytesPerValue],
        ['stepAlpha', plan.stepAlphaPtr, 64 * plan.bytesPerValue],
        ['stepPred', plan.stepPredPtr, 64 * shape.layers.at(-1)!.units * plan.bytesPerValue],
        ['evalX', plan.evalXPtr, 13 * shape.inputs * plan.bytesPerValue],
        ['evalOut', plan.evalOutPtr, 13 * shape.layers.at(-1)!.units * plan.bytesPerValue],
      ]
      let end = CONTROL_BYTES
      for (const [name, start, bytes] of regions) {
        expect(start % 16, `${name} alignment`).toBe(0)
        expect(start, `${name} starts after the previous block`).toBeGreaterThanOrEqual(end)
        end = start + bytes
      }
      expect(end).toBeLessThanOrEqual(plan.totalBytes)
      expect(plan.pages * 65536).toBeGreaterThanOrEqual(plan.totalBytes)
      // Blocks written by different threads start on pages of their own, with 32 KiB between them.
      for (const [stride, bytes] of [[plan.copyStrideBytes, plan.copyBytes], [plan.scratchStrideBytes, plan.scratchBytes]] as const) {
        expect(stride % 4096).toBe(0)
        expect(stride - bytes).toBeGreaterThanOrEqual(32768)
      }
      expect(copyPtr(plan, 1) - copyPtr(plan, 0)).toBe(plan.copyStrideBytes)
      for (const layer of plan.layers) {
        expect(layer.mPad % plan.lanes).toBe(0)
        expect(layer.mPad - layer.m).toBeLessThan(plan.lanes)
        expect(layer.rowValues).toBe(layer.m === 1 ? 1 : layer.mPad)
        expect(layer.paramsOffsetBytes % 16).toBe(0)
        expect(layer.gridOffsetBytes % 16).toBe(0)
      }
    })
  }

  it('plans the test-then-train areas only when asked for', () => {
    const plan = planMemory({ shape: shapes[0]!, threads: 1, trainRows: 64, evalRows: 64 })
    expect([plan.prequentialRows, plan.stepAlphaPtr, plan.stepPredPtr]).toEqual([0, 0, 0])
    expect(planMemory({ shape: shapes[0]!, threads: 1, trainRows: 64, prequentialRows: 64, evalRows: 64 }).evalXPtr).toBeGreaterThan(plan.evalXPtr)
  })

  it('keeps the lane padding of every layer at zero through training', () => {
    const shape = shapes[0]!
    const { train } = datasets.det({ size: 2, train: 400, valid: 1, seed: 8 })
    const data = { ...train, x: new Float64Array(400 * 7).map((_, q) => train.x[q % train.x.length]! + (q % 7)), features: 7, targets: 5, y: new Float64Array(400 * 5).map((_, q) => Math.sin(q)) }
    const engine = new Engine(planMemory({ shape, threads: 1, trainRows: 400 }))
    engine.writeModel(initialState(shape, data, 1), 0)
    engine.writeTrain(data)
    engine.train(0, 0, 400, 0.3)
    for (const layer of engine.plan.layers) {
      const params = engine.values(copyPtr(engine.plan, 0) + layer.paramsOffsetBytes, layer.n * layer.P * layer.rowValues)
      for (let row = 0; row < layer.n * layer.P; row++) {
        for (let k = layer.m; k < layer.rowValues; k++) expect(params[row * layer.rowValues + k]).toBe(0)
      }
    }
  })
})
