/**
 * The integer NK step of ALGORITHM §6, written plainly with BigInt so that no product can be
 * rounded: the executable statement of the semantics in src/fixed/spec.ts. No speed tricks.
 * Node values: values[l][(j·P + p)·m + k], the same order as the wasm kernel's memory.
 */
import { type FixedSpec, fixedLayerInputs, fixedTargets } from '../../src/fixed/spec.js'

export function wrap(x: bigint, bits: number): bigint {
  return BigInt.asIntN(bits, x)
}

export interface OracleState {
  values: bigint[][]
}

export function oracleFromValues(values: readonly Int32Array[]): OracleState {
  return { values: values.map((layer) => Array.from(layer, (v) => BigInt(v))) }
}

export function oracleValues(state: OracleState): Int32Array[] {
  return state.values.map((layer) => Int32Array.from(layer, (v) => Number(v)))
}

interface Trace {
  i: number[][]
  t: bigint[][]
  saved: bigint[][]
  prediction: bigint[]
}

function forward(spec: FixedSpec, state: OracleState, x: readonly number[]): Trace {
  const trace: Trace = { i: [], t: [], saved: [], prediction: [] }
  let u = x.map((value) => BigInt(value))
  spec.layers.forEach((layer, l) => {
    const n = fixedLayerInputs(spec, l)
    const m = layer.units
    const P = layer.points
    const s = BigInt(layer.deltaShift)
    const v = state.values[l] as bigint[]
    const is: number[] = []
    const ts: bigint[] = []
    for (let j = 0; j < n; j++) {
      const d = (u[j] as bigint) - BigInt(layer.lo)
      const i = Number(d >> s)
      if (i < 0 || i > P - 2) throw new Error(`oracle: layer ${l} input ${j} = ${u[j]} is outside the grid`)
      is.push(i)
      ts.push(d & ((1n << s) - 1n))
    }
    const z: bigint[] = []
    for (let k = 0; k < m; k++) {
      let sum = 0n
      for (let j = 0; j < n; j++) {
        const i = is[j] as number
        const v0 = v[(j * P + i) * m + k] as bigint
        const v1 = v[(j * P + i + 1) * m + k] as bigint
        sum += v0 + (((v1 - v0) * (ts[j] as bigint)) >> s)
      }
      z.push((sum * BigInt(layer.mult)) >> BigInt(spec.base))
    }
    trace.i.push(is)
    trace.t.push(ts)
    if (layer.clip === null) {
      trace.saved.push(z.map(() => 0n))
      trace.prediction = z
    } else {
      const [lo, hi] = [BigInt(layer.clip[0]), BigInt(layer.clip[1])]
      const clipped = z.map((value) => (value < lo ? lo : value > hi ? hi : value))
      trace.saved.push(clipped.map((value, k) => value - (z[k] as bigint)))
      u = clipped
    }
  })
  return trace
}

/** Predictions for one record (no update). */
export function oraclePredict(spec: FixedSpec, state: OracleState, x: readonly number[]): number[] {
  return forward(spec, state, x).prediction.map(Number)
}

/** One NK step on one record; updates state.values and returns the pre-update prediction. */
export function oracleStep(spec: FixedSpec, state: OracleState, x: readonly number[], y: readonly number[]): number[] {
  const trace = forward(spec, state, x)
  const eb = spec.errorBits
  const vb = spec.valueBits
  let e = trace.prediction.map((z, k) => wrap(BigInt(y[k] as number) - z, eb))
  for (let l = spec.layers.length - 1; l >= 0; l--) {
    const layer = spec.layers[l]!
    const n = fixedLayerInputs(spec, l)
    const m = layer.units
    const P = layer.points
    const s = BigInt(layer.deltaShift)
    const v = state.values[l] as bigint[]
    const is = trace.i[l] as number[]
    const ts = trace.t[l] as bigint[]
    // Back-propagate with the slopes before this layer's update.
    const ePrev: bigint[] = []
    for (let j = 0; j < n; j++) {
      let sum = 0n
      for (let k = 0; k < m; k++) {
        const p = (j * P + (is[j] as number)) * m + k
        sum += (((v[p + m] as bigint) - (v[p] as bigint)) * (e[k] as bigint)) >> s
      }
      ePrev.push(wrap(sum, eb))
    }
    const saved = trace.saved[l] as bigint[]
    for (let k = 0; k < m; k++) {
      const g = wrap(((e[k] as bigint) >> BigInt(layer.rateShift)) + (saved[k] as bigint), eb)
      for (let j = 0; j < n; j++) {
        const p = (j * P + (is[j] as number)) * m + k
        const d = (g * (ts[j] as bigint)) >> s
        v[p + m] = wrap((v[p + m] as bigint) + d, vb)
        v[p] = wrap((v[p] as bigint) + g - d, vb)
      }
    }
    e = ePrev
  }
  if (trace.prediction.length !== fixedTargets(spec)) throw new Error('oracle: prediction length')
  return trace.prediction.map(Number)
}
