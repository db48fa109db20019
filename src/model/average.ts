/** Averaging of logical models (KAN.average): the merge of ALGORITHM §3 outside wasm. */
import { NkkanError } from '../errors.js'
import type { ModelShape, ModelState } from './model.js'

/** Mean of every parameter, summed in model order then divided by the count (as the kernel does). */
export function averageStates(states: readonly ModelState[]): ModelState {
  const first = states[0]!
  states.forEach((state, index) => {
    const [a, b] = [describeShape(first.shape), describeShape(state.shape)]
    if (a !== b) throw new NkkanError('E_SHAPE', `models[${index}] has shape ${b}; models[0] has ${a}`)
  })
  const mean = (pick: (state: ModelState) => Float64Array): Float64Array => {
    const sum = pick(first).slice()
    for (const state of states.slice(1)) {
      const values = pick(state)
      for (let q = 0; q < sum.length; q++) sum[q] = sum[q]! + values[q]!
    }
    for (let q = 0; q < sum.length; q++) sum[q] = sum[q]! / states.length
    return sum
  }
  return {
    shape: first.shape,
    layers: first.layers.map((layer, l) => ({
      ...layer,
      lo: mean((s) => s.layers[l]!.lo),
      hi: mean((s) => s.layers[l]!.hi),
      dx: mean((s) => s.layers[l]!.dx),
      values: mean((s) => s.layers[l]!.values),
    })),
  }
}

/** The shape's fields in one order, whatever order its object has (create, fromJSON and fromBinary build it differently). */
function describeShape(shape: ModelShape): string {
  const { inputs, form, precision, layers } = shape
  return JSON.stringify({ inputs, form, precision, layers: layers.map(({ units, points }) => ({ units, points })) })
}
