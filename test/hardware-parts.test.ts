/**
 * Lanes chosen for a target part (src/hardware/parts.ts): the choice fits the part's budget
 * under the resource model, and no other lanes (checked exhaustively on a small spec) that fit
 * take fewer training cycles a record; a spec that fits nowhere is an E_OPTION naming the
 * resource. The co-simulation of chosen designs is in test/hardware.test.ts.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { NkkanError } from '../src/errors.js'
import { deriveSpec } from '../src/fixed/derive.js'
import { fixedLayerInputs, triangleSpec } from '../src/fixed/spec.js'
import { planHardware } from '../src/hardware/plan.js'
import { PARTS, type PartName, type ResourceEstimate, chooseLanes, estimateResources, partBudget } from '../src/hardware/parts.js'

function fits(estimate: ResourceEstimate, budget: ResourceEstimate): boolean {
  return estimate.luts <= budget.luts && estimate.ffs <= budget.ffs && estimate.brams <= budget.brams && estimate.dsps <= budget.dsps
}

/** Every lanes value that gives a layer a distinct (jPar, kPar): 1..n, then n·2..n·m. */
function lanesValues(n: number, m: number): number[] {
  return [...Array.from({ length: n }, (_, i) => i + 1), ...Array.from({ length: m - 1 }, (_, k) => n * (k + 2))]
}

describe('chooseLanes', () => {
  const wide = deriveSpec({ inputs: 4, inputLo: 0, inputHi: 500, targetLo: 0, targetHi: 4000, layers: [{ units: 6, points: 5 }, { units: 3, points: 6 }, { units: 1, points: 4 }] })
  // hardware/product/hx8k's spec
  const narrow = deriveSpec({ inputs: 2, inputLo: 0, inputHi: 255, targetLo: 0, targetHi: 1000, layers: [{ units: 4, points: 5 }, { units: 1, points: 5 }], errorBits: 16 })

  for (const [part, small] of [['xc7a35t', wide], ['ice40hx8k', narrow], ['ice40up5k', narrow]] as const) {
    it(`is the fastest design that fits ${part}, by exhaustive search on a small spec`, () => {
      const choice = chooseLanes(small, part)
      const plan = planHardware(small, { part })
      expect(plan.choice).toEqual(choice)
      expect(plan.trainCycles).toBe(choice.trainCycles)
      expect(estimateResources(plan, part)).toEqual(choice.estimate)
      expect(fits(choice.estimate, partBudget(part))).toBe(true)
      const options = small.layers.map((layer, l) => lanesValues(fixedLayerInputs(small, l), layer.units))
      let faster = 0
      let fitting = 0
      const combinations = options.reduce<number[][]>((partial, values) => partial.flatMap((lanes) => values.map((value) => [...lanes, value])), [[]])
      for (const lanes of combinations) {
        const candidate = planHardware(small, { lanes })
        if (!fits(estimateResources(candidate, part), partBudget(part))) continue
        fitting++
        if (candidate.trainCycles < choice.trainCycles) faster++
      }
      expect(fitting).toBeGreaterThan(part === 'ice40up5k' ? 0 : 1)  // the UP5K's 8 DSPs take one lane per layer
      expect(faster).toBe(0)
    })
  }

  it('gives the triangle fewer cycles on a larger 7-series part, each choice within its budget', () => {
    let cycles = Infinity
    for (const part of ['xc7a35t', 'xc7a100t', 'xc7a200t'] as const) {
      const choice = chooseLanes(triangleSpec(), part)
      expect(fits(choice.estimate, partBudget(part))).toBe(true)
      expect(choice.trainCycles).toBeLessThan(cycles)
      cycles = choice.trainCycles
    }
    expect(chooseLanes(triangleSpec(), 'xc7a200t').lanes).toEqual([108, 53, 22, 4])
  })

  it('counts the DSP48E1 yosys gave the committed XC7A200T design (hardware/baselines), within 1%', () => {
    // a lane: the shared (bwd ? g : slope) × t (32 × 18: 2 tiles) and, after layer 0, slope × e (26 × 32: 4)
    const baseline = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'hardware', 'baselines', 'triangle-xc7a200t-xc7.json'), 'utf8')) as { dsps: number }
    const estimate = chooseLanes(triangleSpec(), 'xc7a200t').estimate
    expect(Math.abs(estimate.dsps - baseline.dsps)).toBeLessThanOrEqual(0.01 * baseline.dsps)
  })

  it('rejects the triangle on the iCE40 parts (its 8,304 node values need more block RAM), an unknown part and lanes with part', () => {
    for (const part of ['ice40hx8k', 'ice40up5k'] as const) {
      expect(() => chooseLanes(triangleSpec(), part)).toThrow(/does not fit ice40.* brams \d+ > \d+/)
    }
    expect(() => chooseLanes(triangleSpec(), 'xc9' as PartName)).toThrow(NkkanError)
    expect(() => planHardware(triangleSpec(), { part: 'xc7a35t', lanes: 1 })).toThrow(/lanes or part/)
    expect(PARTS).toContain('xc7a100t')
  })
})
