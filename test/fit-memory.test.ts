// The memory check before a fit (src/train/fit-memory.ts) asks the same plans as the backends
// (src/train/memory-needs.ts): here its answers for a 2 GiB model, without allocating anything.
import { describe, expect, it } from 'vitest'
import { checkFitMemory } from '../src/train/fit-memory.js'
import type { ResolvedFitOptions } from '../src/train/options.js'
import type { ModelShape } from '../src/model/model.js'

// 64 inputs × 1024 points × 4096 addends × 8 bytes: one copy is 2 GiB.
const shape: ModelShape = { inputs: 64, layers: [{ units: 4096, points: 1024 }, { units: 1, points: 2 }], form: 'mean', precision: 'f64' }
const data = { x: new Float64Array(10 * 64), y: new Float64Array(10), rows: 10, features: 64, targets: 1 }
const options = (chosen: Partial<ResolvedFitOptions>): ResolvedFitOptions =>
  ({ threads: 2, copies: 2, mode: 'disjoint', validation: undefined, cluster: undefined, ...chosen }) as ResolvedFitOptions

describe('the memory a fit will ask for', () => {
  it('concurrent-serial holds a block of the addends per thread, not a whole copy', () => {
    // Two blocks of 2,048 addends: 2 GiB in all, beside the data.
    expect(() => checkFitMemory(shape, data, options({ mode: 'concurrent-serial' }), true)).not.toThrow()
  })

  it('refuses what its backend could not have, for every backend', () => {
    for (const [chosen, shared] of [[{}, true], [{}, false], [{ threads: 1 }, true], [{ threads: 2, copies: 2, cluster: {} as ResolvedFitOptions['cluster'] }, true]] as const) {
      expect(() => checkFitMemory(shape, data, options(chosen), shared), JSON.stringify({ chosen, shared })).toThrow(/the fit needs 2 model copies of 2\.00 GiB/)
    }
    // Four threads in concurrent-serial: four blocks of 1,024 addends, still 2 GiB; with
    // validation rows too large to sit beside the whole model on the calling thread, refused.
    expect(() => checkFitMemory(shape, data, options({ mode: 'concurrent-serial', threads: 4, copies: 4 }), true)).not.toThrow()
    const validation = { x: new Float64Array(0), y: new Float64Array(0), rows: 2 ** 26, features: 64, targets: 1 }
    expect(() => checkFitMemory(shape, data, options({ mode: 'concurrent-serial', validation }), true)).toThrow(/validation rows/)
  })
})
