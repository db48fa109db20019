/**
 * The committed hardware configurations, each generated into hardware/<name>/ with the vectors
 * of its co-simulation; run.ts regenerates, compares, simulates and synthesises them.
 * - triangle/full, triangle/small: the triangle spec of ALGORITHM §6 at full parallelism (one
 *   layer pass at a time) and at one function a cycle per layer.
 * - triangle/xc7a200t: the triangle spec with the lanes chosen for an Artix-7 XC7A200T (the
 *   fastest design whose resource estimate fits it, src/hardware/parts.ts).
 * - product/hx8k: a small spec (2 → 4 → 1, 13-bit values, y = x0·x1/65) that fits an iCE40
 *   HX8K, placed and routed in the quick run to measure fmax.
 */
import type { Dataset } from '../../src/data/data.js'
import { triangle } from '../../src/datasets.js'
import { deriveSpec } from '../../src/fixed/derive.js'
import { type FixedSpec, triangleSpec } from '../../src/fixed/spec.js'
import type { HardwareOptions } from '../../src/hardware/plan.js'
import { cosimFiles } from '../../src/hardware/testbench.js'
import { Random } from '../../src/data/random.js'
import type { SynthTarget } from './tools.js'

export interface Variant {
  /** Folder under hardware/. */
  readonly name: string
  readonly hardware: HardwareOptions
  /** Records streamed in the committed co-simulation (under TRAFFIC). */
  readonly records: number
  /** Synthesis targets; those in `quick` also run by default, the others only with --all. */
  readonly targets: readonly SynthTarget[]
  readonly quick: readonly SynthTarget[]
  readonly spec: () => FixedSpec
  readonly data: () => Dataset
}

/** The committed co-simulations' traffic: mixed train/predict records, input gaps, out_ready stalls, records out of range. */
export const TRAFFIC = { predict: 0.3, gaps: 0.2, stalls: 0.3, outOfRange: 0.05 } as const

/** y = floor(x0·x1 / 65) for x in [0, 255]²: targets in [0, 1000]. */
function productData(rows: number): Dataset {
  const random = new Random(3)
  const x = new Float64Array(rows * 2).map(() => random.integer(0, 255))
  const y = new Float64Array(rows).map((_, r) => Math.floor((x[2 * r]! * x[2 * r + 1]!) / 65))
  return { x, y, rows, features: 2, targets: 1 }
}

const productSpec = (): FixedSpec =>
  deriveSpec({ inputs: 2, inputLo: 0, inputHi: 255, targetLo: 0, targetHi: 1000, layers: [{ units: 4, points: 5 }, { units: 1, points: 5 }], errorBits: 16 })

export const VARIANTS: readonly Variant[] = [
  { name: 'triangle/full', hardware: { lanes: 'full' }, records: 20, targets: ['xc7'], quick: [], spec: triangleSpec, data: () => triangle().train },
  { name: 'triangle/small', hardware: { lanes: 1 }, records: 24, targets: ['xc7', 'ice40'], quick: [], spec: triangleSpec, data: () => triangle().train },
  { name: 'triangle/xc7a200t', hardware: { part: 'xc7a200t' }, records: 20, targets: ['xc7'], quick: [], spec: triangleSpec, data: () => triangle().train },
  { name: 'product/hx8k', hardware: { lanes: 1 }, records: 200, targets: ['hx8k'], quick: ['hx8k'], spec: productSpec, data: () => productData(200) },
]

/** All files of a variant, generated from scratch (the same bytes every time). */
export function variantFiles(variant: Variant): ReturnType<typeof cosimFiles> {
  return cosimFiles(variant.spec(), variant.hardware, variant.data(), { records: variant.records, ...TRAFFIC, seed: 1 })
}
