import { describe, expect, it } from 'vitest'
import * as datasets from '../src/datasets.js'
import { Engine } from '../src/kernels/engine.js'
import { CONTROL_BYTES, copyPtr, planMemory } from '../src/kernels/layout.js'
import { type ModelShape, initialState } from '../src/model/model.js'

// A diverging model feeds NaN to its later layers within a round (the NaN parameters are
// caught after it). The lookup must still address rows inside the model: a NaN row address
// would make the update write anywhere in the memory, e.g. the control block at address 0.
describe('the NK kernel keeps its writes inside the model copy when values turn NaN', () => {
  for (const precision of ['f64', 'f32'] as const) {
    it(`${precision}: a NaN input leaves the control block and descriptors untouched`, () => {
      const { train } = datasets.det({ size: 2, train: 64, valid: 1, seed: 9 })
      const shape: ModelShape = { inputs: 4, layers: [{ units: 6, points: 3 }, { units: 1, points: 5 }], form: 'mean', precision }
      const plan = planMemory({ shape, threads: 1, trainRows: train.rows })
      const engine = new Engine(plan)
      engine.writeModel(initialState(shape, train, 1), 0)
      const poisoned = { ...train, x: train.x.slice() }
      poisoned.x.fill(Number.NaN, 10 * 4, 11 * 4)
      engine.writeTrain(poisoned)
      const bytes = new Uint8Array(engine.memory.buffer)
      bytes.fill(0xa5, 0, CONTROL_BYTES)
      const descriptors = bytes.slice(plan.descriptorsPtr, copyPtr(plan, 0))
      engine.train(0, 0, train.rows, 0.1)
      expect(bytes.subarray(0, CONTROL_BYTES).every((b) => b === 0xa5)).toBe(true)
      expect(bytes.slice(plan.descriptorsPtr, copyPtr(plan, 0))).toEqual(descriptors)
      // The lookup takes a NaN input like one below lo (row 0, t = 0): the parameters stay finite.
      expect(engine.isFinite(0)).toBe(true)
    })
  }
})
