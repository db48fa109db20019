/**
 * Quantisation of a trained float model (src/model/serialize.ts ModelJSON, mean form) into a FixedSpec
 * and initial node values: every layer gets one grid with a power-of-two segment no wider than the
 * float model's finest segment, covering all of its inputs' float grids, and each float function is
 * resampled onto that grid's nodes (ALGORITHM §1 evaluation, clamped at the ends), then scaled and
 * rounded. Inputs are scaled by inputScale, node values and later grids by valueScale.
 */
import { NkkanError } from '../errors.js'
import type { LayerJSON, ModelJSON } from '../model/serialize.js'
import { finishSpec, layerSpec } from './finish.js'
import { type FixedSpec, gridHi, signedBits } from './spec.js'

/** How quantizeModel scales a float model into integers. */
export interface QuantizeOptions {
  /** Integer feature = round(feature · inputScale). Default 1. */
  inputScale?: number
  /** Integer node value = round(value · valueScale); also the scale of targets. Default 1. */
  valueScale?: number
  /** Default 13. */
  base?: number
  /** Learning-rate shifts per layer for further integer training. Default: layer 0 s + 2, later 7. */
  rateShifts?: readonly number[]
  /** Target range in float units. Default: the range of the last layer's node values. */
  targetLo?: number
  /** Upper end of the target range in float units. Default: the largest node value of the last layer. */
  targetHi?: number
  /** Fixed segments are at most the finest float segment / 2^refine (resampling error shrinks 4× a step). Default 3. */
  refine?: number
  /** Most nodes a quantised layer may have; segments widen to stay under it. Default 1024. */
  maxPoints?: number
}

function trainedLayers(json: ModelJSON): (LayerJSON & { points: number })[] {
  const layers = json.layers as (LayerJSON | { units: number; points: number })[]
  if (layers.some((layer) => !('values' in layer))) throw new NkkanError('E_STATE', 'the model is not trained: nothing to quantise')
  if (json.form !== 'mean') throw new NkkanError('E_OPTION', `only mean-form models can be quantised (the fixed-point mean is (Σ f · mult) >> base); got form '${json.form}'`)
  const perInput = layers.findIndex((layer) => typeof layer.points !== 'number')
  if (perInput >= 0) {
    throw new NkkanError('E_VALUE', `layers[${perInput}] has per-input point counts; the fixed-point trainer and hardware take one count per layer: train with one number of points to quantise`)
  }
  return layers as (LayerJSON & { points: number })[]
}

/** f_kj(x) of a float layer, clamped to its grid (ALGORITHM §1). */
function evaluate(layer: LayerJSON & { points: number }, j: number, k: number, x: number): number {
  const P = layer.points
  const r = Math.min(Math.max((x - layer.lo[j]!) / layer.dx[j]!, 0), P - 1)
  const i = Math.min(Math.floor(r), P - 2)
  const t = r - i
  const v0 = layer.values[(j * P + i) * layer.units + k]!
  const v1 = layer.values[(j * P + i + 1) * layer.units + k]!
  return v0 + (v1 - v0) * t
}

/**
 * A trained float model (mean form) as a FixedSpec and the integer node values to start from (this
 * file's comment says how). Throws E_STATE for an untrained model, E_OPTION for a sum-form one, and
 * validateSpec's E_OPTION / E_VALUE when the scaled model does not fit the widths.
 */
export function quantizeModel(
  json: ModelJSON,
  options: QuantizeOptions = {},
): {
  /** The spec: grids covering the float grids with power-of-two segments. */
  spec: FixedSpec
  /** Node values per layer, index (j·P + p)·m + k, for FixedTrainer's `values`. */
  values: Int32Array[]
} {
  const layers = trainedLayers(json)
  const inputScale = options.inputScale ?? 1
  const valueScale = options.valueScale ?? 1
  const base = options.base ?? 13
  const maxPoints = options.maxPoints ?? 1024
  const last = layers[layers.length - 1]!
  const targetLo = Math.floor((options.targetLo ?? Math.min(...last.values)) * valueScale)
  const targetHi = Math.ceil((options.targetHi ?? Math.max(...last.values)) * valueScale)
  const grids = layers.map((layer, l) => {
    const scale = l === 0 ? inputScale : valueScale
    const lo = Math.floor(Math.min(...layer.lo) * scale)
    const hiNeeded = Math.floor(Math.max(...layer.hi) * scale) + 1
    let s = Math.max(1, Math.floor(Math.log2(Math.max(2, Math.min(...layer.dx) * scale))) - (options.refine ?? 3))
    while (Math.ceil((hiNeeded - lo) / 2 ** s) + 1 > maxPoints) s++
    return { lo, s, points: Math.max(2, Math.ceil((hiNeeded - lo) / 2 ** s) + 1), scale }
  })
  const specLayers = layers.map((layer, l) => {
    const grid = grids[l]!
    return layerSpec({ units: layer.units, points: grid.points, lo: grid.lo, deltaShift: grid.s, inputs: layer.lo.length }, l, base, options.rateShifts)
  })
  const values = layers.map((layer, l) => {
    const grid = grids[l]!
    const n = layer.lo.length
    const out = new Int32Array(n * grid.points * layer.units)
    for (let j = 0; j < n; j++) {
      for (let p = 0; p < grid.points; p++) {
        const x = (grid.lo + p * 2 ** grid.s) / grid.scale
        for (let k = 0; k < layer.units; k++) out[(j * grid.points + p) * layer.units + k] = Math.round(evaluate(layer, j, k, x) * valueScale)
      }
    }
    return out
  })
  let valueBits = signedBits(targetLo, targetHi)
  for (const layer of specLayers) valueBits = Math.max(valueBits, signedBits(layer.lo, gridHi(layer)))
  for (const layer of values) for (const v of layer) valueBits = Math.max(valueBits, signedBits(v, v))
  valueBits = Math.min(32, valueBits + 2)
  const first = layers[0]!
  const spec = finishSpec({
    inputs: json.inputs,
    inputLo: Math.ceil(Math.min(...first.lo) * inputScale),
    inputHi: Math.floor(Math.max(...first.hi) * inputScale),
    targetLo,
    targetHi,
    base,
    valueBits,
    layers: specLayers,
  })
  return { spec, values }
}
