/**
 * The part of making a FixedSpec that deriveSpec (from data ranges) and quantizeModel (from a
 * trained float model) share once each has chosen its grids: the layers' learning-rate shifts and
 * mean multipliers, the clip of every hidden layer's outputs to the next grid, the residual width,
 * the product and accumulator widths, and validation.
 */
import { type FixedLayerSpec, type FixedSpec, FIXED_FORMAT, FIXED_VERSION, gridHi, requiredWidths, validateSpec } from './spec.js'

/** One layer's grid as a deriving rule chose it. */
export interface GridChoice {
  units: number
  points: number
  /** Grid start (integer) and segment shift s (segments are 2^s wide). */
  lo: number
  deltaShift: number
  /** Inputs of the layer: the mean multiplier is floor(2^base / inputs). */
  inputs: number
}

/** A layer spec from its grid: rate shift rateShifts[l], by default s + 2 for layer 0 and 7 later (as in the reference); no clip yet. */
export function layerSpec(grid: GridChoice, l: number, base: number, rateShifts: readonly number[] | undefined): FixedLayerSpec {
  return {
    units: grid.units,
    points: grid.points,
    lo: grid.lo,
    deltaShift: grid.deltaShift,
    rateShift: rateShifts?.[l] ?? (l === 0 ? grid.deltaShift + 2 : 7),
    mult: Math.floor(2 ** base / grid.inputs),
    clip: null,
  }
}

/** Everything of a FixedSpec but its clips and the widths finishSpec computes. */
export type SpecDraft = Pick<FixedSpec, 'inputs' | 'inputLo' | 'inputHi' | 'targetLo' | 'targetHi' | 'base' | 'valueBits' | 'layers'> & {
  /** Residual width; default the widest that keeps every product within 64 bits, at most 32. */
  errorBits?: number | undefined
}

/**
 * The spec of a draft: every layer but the last clips its outputs to [lo + 1, hi − 1] of the next
 * grid, errorBits defaults as SpecDraft says, productBits and accBits are the widths the arithmetic
 * needs. Throws validateSpec's E_OPTION or E_VALUE, naming the field, when the result breaks a
 * rule of ALGORITHM §6 (a width over its limit, a clip outside its grid).
 */
export function finishSpec(draft: SpecDraft): FixedSpec {
  const { layers, valueBits } = draft
  layers.forEach((layer, l) => {
    const next = layers[l + 1]
    if (next !== undefined) layer.clip = [next.lo + 1, gridHi(next) - 1]
  })
  const widestShift = Math.max(...layers.map((layer) => layer.deltaShift))
  const spec: FixedSpec = {
    format: FIXED_FORMAT,
    version: FIXED_VERSION,
    inputs: draft.inputs,
    inputLo: draft.inputLo,
    inputHi: draft.inputHi,
    targetLo: draft.targetLo,
    targetHi: draft.targetHi,
    base: draft.base,
    valueBits,
    errorBits: draft.errorBits ?? Math.min(32, 63 - valueBits, 63 - widestShift),
    productBits: 0,
    accBits: 0,
    layers,
  }
  Object.assign(spec, requiredWidths(spec))
  return validateSpec(spec)
}
