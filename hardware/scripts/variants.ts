/**
 * The committed hardware configurations: the triangle spec of ALGORITHM §6 at full parallelism
 * (one layer pass a cycle) and at one function a cycle per layer (small enough for a small FPGA's
 * block RAM and DSPs). Both are generated into hardware/triangle/<name>/ with the vectors of
 * their co-simulation; run.ts regenerates, compares, simulates and synthesises them.
 */
import { triangle } from '../../src/datasets.js'
import { triangleSpec } from '../../src/fixed/spec.js'
import type { HardwareOptions } from '../../src/hardware/plan.js'
import { cosimFiles } from '../../src/hardware/testbench.js'

export interface Variant {
  readonly name: string
  readonly hardware: HardwareOptions
  /** Records streamed in the committed co-simulation (under TRAFFIC). */
  readonly records: number
  /** Synthesis targets reported for this variant. */
  readonly targets: readonly ('xc7' | 'ice40')[]
  /** Synthesis takes minutes (about 10 on 2 cores for full): run only with --all. */
  readonly slowSynth: boolean
}

export const VARIANTS: readonly Variant[] = [
  { name: 'full', hardware: { lanes: 'full' }, records: 100, targets: ['xc7'], slowSynth: true },
  { name: 'small', hardware: { lanes: 1 }, records: 24, targets: ['xc7', 'ice40'], slowSynth: false },
]

/** The committed co-simulations' traffic: mixed train/predict records, input gaps, out_ready stalls. */
export const TRAFFIC = { predict: 0.3, gaps: 0.2, stalls: 0.3 } as const

/** All files of a variant, generated from scratch (the same bytes every time). */
export function variantFiles(variant: Variant): ReturnType<typeof cosimFiles> {
  const { train } = triangle()
  return cosimFiles(triangleSpec(), variant.hardware, train, { records: variant.records, ...TRAFFIC, seed: 1 })
}
