/**
 * A FixedSpec from data ranges and a layer list, so a spec need not be written by hand.
 * The rules follow the reference spec of ALGORITHM §6: layer 0's grid starts at the smallest
 * feature, later grids cover the target range with a margin, every segment is the smallest
 * power of two that makes P nodes cover the range, and outputs are clipped to [lo+1, hi-1]
 * of the next grid.
 */
import { finishSpec, layerSpec } from './finish.js'
import { type FixedSpec, gridHi, signedBits } from './spec.js'

/** What deriveSpec makes a spec from: the data's integer ranges and the layer shapes. */
export interface DeriveOptions {
  /** Features of a record. */
  inputs: number
  /** Range of every feature (integers). */
  inputLo: number
  /** Largest feature value (integer, inclusive). */
  inputHi: number
  /** Range of the targets (integers). */
  targetLo: number
  /** Largest target value (integer, inclusive). */
  targetHi: number
  /** The layers, input first (the last one's units are the targets). */
  layers: readonly {
    /** Outputs m of the layer. */
    units: number
    /** Nodes P of each of its functions (at least 2). */
    points: number
  }[]
  /** Shift of the mean multiplier. Default 13 (as in the reference). */
  base?: number
  /** Learning-rate shifts per layer. Default: layer 0 s + 2, later layers 7 (as in the reference). */
  rateShifts?: readonly number[]
  /** Margin of the hidden grids around the target range, as a fraction of it. Default 1/128. */
  margin?: number
  /** Node value width. Default: the grids' and targets' width + 2 bits of headroom for training. */
  valueBits?: number
  /** Residual width. Default: the widest that keeps every product within 64 bits, at most 32. */
  errorBits?: number
}

/** Smallest s with (points - 1)·2^s >= span. */
function segmentShift(span: number, points: number): number {
  let s = 0
  while ((points - 1) * 2 ** s < span) s++
  return s
}

/**
 * A FixedSpec by the rules of this file's comment: grids from the ranges, widths as narrow as the
 * arithmetic allows. Throws E_OPTION or E_VALUE (naming the field) when no valid spec follows, e.g. a
 * range too wide for 32-bit values.
 */
export function deriveSpec(options: DeriveOptions): FixedSpec {
  const base = options.base ?? 13
  const range = options.targetHi - options.targetLo
  const margin = Math.ceil(range * (options.margin ?? 1 / 128)) + 1
  const layers = options.layers.map((shape, l) => {
    const inputs = l === 0 ? options.inputs : (options.layers[l - 1] as { units: number }).units
    const lo = l === 0 ? options.inputLo : options.targetLo - margin
    const hiNeeded = l === 0 ? options.inputHi + 1 : options.targetHi + margin
    return layerSpec({ units: shape.units, points: shape.points, lo, deltaShift: segmentShift(hiNeeded - lo, shape.points), inputs }, l, base, options.rateShifts)
  })
  let valueBits = options.valueBits ?? 0
  if (options.valueBits === undefined) {
    for (const layer of layers) valueBits = Math.max(valueBits, signedBits(layer.lo, gridHi(layer)))
    valueBits = Math.min(32, Math.max(valueBits, signedBits(options.targetLo, options.targetHi), signedBits(options.inputLo, options.inputHi)) + 2)
  }
  const { inputs, inputLo, inputHi, targetLo, targetHi, errorBits } = options
  return finishSpec({ inputs, inputLo, inputHi, targetLo, targetHi, base, valueBits, errorBits, layers })
}
