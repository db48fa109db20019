/**
 * The memory map of the integer trainer: the only place that computes its byte addresses.
 *
 *   [0, 16)        unused (address 0 means "no buffer" to the kernel)
 *   header         i32 words read by assembly/fixed.ts at run time: the FixedSpec's values
 *   per layer      params i32[n][P][m], idx i32[n], t i32[n], out i32[m], saved i64[m], err i32[m]
 *   chunk          x i32[chunkRows][inputs], y i32[chunkRows][targets], pred i32[chunkRows][targets]
 *
 * Regions start on 16-byte boundaries. Data passes through the chunk buffers so memory stays
 * bounded whatever the size of the data set.
 */
import { FIXED_HEADER_WORDS, FIXED_LAYER_WORDS, WASM_PAGE_BYTES, align16 } from '../kernels/layout.js'
import { type FixedSpec, fixedLayerInputs, fixedTargets } from './spec.js'


export interface FixedLayerLayout {
  readonly n: number
  readonly m: number
  readonly P: number
  readonly paramsPtr: number
  readonly idxPtr: number
  readonly tPtr: number
  readonly outPtr: number
  readonly savedPtr: number
  readonly errPtr: number
}

export interface FixedPlan {
  readonly headerPtr: number
  readonly layers: readonly FixedLayerLayout[]
  readonly chunkRows: number
  readonly xPtr: number
  readonly yPtr: number
  readonly predPtr: number
  readonly totalBytes: number
  readonly pages: number
}

export function planFixedMemory(spec: FixedSpec, chunkRows: number): FixedPlan {
  let cursor = 16
  const take = (bytes: number): number => {
    const ptr = cursor
    cursor += align16(bytes)
    return ptr
  }
  const headerPtr = take((FIXED_HEADER_WORDS + FIXED_LAYER_WORDS * spec.layers.length) * 4)
  const layers = spec.layers.map((layer, l): FixedLayerLayout => {
    const n = fixedLayerInputs(spec, l)
    const m = layer.units
    const P = layer.points
    return {
      n, m, P,
      paramsPtr: take(n * P * m * 4),
      idxPtr: take(n * 4),
      tPtr: take(n * 4),
      outPtr: take(m * 4),
      savedPtr: take(m * 8),
      errPtr: take(m * 4),
    }
  })
  const targets = fixedTargets(spec)
  const xPtr = take(chunkRows * spec.inputs * 4)
  const yPtr = take(chunkRows * targets * 4)
  const predPtr = take(chunkRows * targets * 4)
  return { headerPtr, layers, chunkRows, xPtr, yPtr, predPtr, totalBytes: cursor, pages: Math.ceil(cursor / WASM_PAGE_BYTES) }
}

/** The header words assembly/fixed.ts reads (word meanings listed at the top of that file). */
export function fixedHeaderWords(spec: FixedSpec, plan: FixedPlan): Int32Array {
  const words = new Int32Array(FIXED_HEADER_WORDS + FIXED_LAYER_WORDS * spec.layers.length)
  words.set([spec.layers.length, spec.inputs, fixedTargets(spec), spec.base, spec.valueBits, spec.errorBits])
  spec.layers.forEach((layer, l) => {
    const at = plan.layers[l] as FixedLayerLayout
    const clip = layer.clip ?? [0, 0]
    words.set(
      [
        at.n, at.m, at.P, layer.lo, layer.deltaShift, layer.rateShift, layer.mult,
        layer.clip === null ? 0 : 1, clip[0], clip[1],
        at.paramsPtr, at.idxPtr, at.tPtr, at.outPtr, at.savedPtr, at.errPtr,
      ],
      FIXED_HEADER_WORDS + l * FIXED_LAYER_WORDS,
    )
  })
  return words
}
