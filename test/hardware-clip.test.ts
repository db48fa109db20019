/**
 * The clip's compares on the accumulator (clipThresholds in src/hardware/verilog.ts) decide as
 * the compares on z = ⌊acc·mult / 2^base⌋ would, for every acc around both thresholds.
 */
import { describe, expect, it } from 'vitest'
import { clipThresholds } from '../src/hardware/verilog.js'

describe('clipThresholds', () => {
  const cases = [
    { lo: -9_999, hi: -10_000 + 11 * 2 ** 17 - 1, base: 13, mult: 1365 },  // the triangle's layer 0
    { lo: -9_999, hi: 1_431_655, base: 13, mult: 154 },
    { lo: 7, hi: 40, base: 4, mult: 3 },
    { lo: -40, hi: -7, base: 5, mult: 32 },
  ]
  for (const { lo, hi, base, mult } of cases) {
    it(`z < ${lo} ⟺ acc < below and z > ${hi} ⟺ acc ≥ above (base ${base}, mult ${mult})`, () => {
      const { below, above } = clipThresholds(lo, hi, base, mult)
      const z = (acc: bigint): bigint => {
        const p = acc * BigInt(mult)
        const d = 1n << BigInt(base)
        return p >= 0n ? p / d : -((-p + d - 1n) / d)  // floor, as >>> does
      }
      for (const t of [below, above]) {
        for (let acc = t - 3000n; acc <= t + 3000n; acc++) {
          expect(acc < below, `acc ${acc}`).toBe(z(acc) < BigInt(lo))
          expect(acc >= above, `acc ${acc}`).toBe(z(acc) > BigInt(hi))
        }
      }
    })
  }
})
