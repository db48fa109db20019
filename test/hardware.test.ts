/**
 * Co-simulation: the generated RTL under iverilog against the wasm integer trainer, bit for bit,
 * on every prediction and, at the end, every word of every parameter memory. Every design runs
 * under random traffic: mixed train and predict-only records, gaps in the input stream and
 * out_ready stalls (a stalled prediction must hold, unchanged, until taken).
 * Needs iverilog (Debian package `iverilog`); skipped with a message when it is missing.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Dataset } from '../src/data/data.js'
import { deriveSpec } from '../src/fixed/derive.js'
import type { FixedSpec } from '../src/fixed/spec.js'
import type { HardwareOptions } from '../src/hardware/plan.js'
import { cosimFiles } from '../src/hardware/testbench.js'
import { Random } from '../src/data/random.js'
import { hasTool, readText, simulate } from '../hardware/scripts/tools.js'
import { TRAFFIC, VARIANTS, variantFiles } from '../hardware/scripts/variants.js'

const iverilog = hasTool('iverilog')
if (!iverilog) console.warn('test/hardware.test.ts: SKIPPED — iverilog is not installed (apt-get install -y iverilog); the RTL was not co-simulated')

const scratch = mkdtempSync(join(tmpdir(), 'nkkan-hw-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

function randomData(random: Random, spec: FixedSpec, rows: number, targets: number): Dataset {
  const x = new Float64Array(rows * spec.inputs).map(() => random.integer(spec.inputLo, spec.inputHi))
  const y = new Float64Array(rows * targets).map(() => random.integer(spec.targetLo, spec.targetHi))
  return { x, y, rows, features: spec.inputs, targets }
}

function writeCase(name: string, files: Map<string, string>): string {
  const dir = join(scratch, name)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  for (const [file, text] of files) writeFileSync(join(dir, file), text)
  return dir
}

const CASES: { name: string; inputs: number; layers: { units: number; points: number }[]; lanes?: HardwareOptions['lanes']; part?: HardwareOptions['part'] }[] = [
  { name: 'one-layer-full', inputs: 3, layers: [{ units: 5, points: 4 }], lanes: 'full' },
  { name: 'one-layer-1', inputs: 3, layers: [{ units: 2, points: 3 }], lanes: 1 },
  { name: 'three-layers-full', inputs: 3, layers: [{ units: 4, points: 5 }, { units: 3, points: 9 }, { units: 2, points: 4 }], lanes: 'full' },
  { name: 'three-layers-2', inputs: 3, layers: [{ units: 4, points: 5 }, { units: 3, points: 9 }, { units: 2, points: 4 }], lanes: 2 },
  { name: 'odd-units-mixed', inputs: 5, layers: [{ units: 7, points: 2 }, { units: 3, points: 6 }], lanes: [6, 4] },
  { name: 'odd-units-8', inputs: 3, layers: [{ units: 7, points: 3 }, { units: 1, points: 7 }], lanes: 8 },
  // 18 and 9 lanes summed: two and one extra register stages of the forward sum
  { name: 'wide-sums', inputs: 18, layers: [{ units: 9, points: 3 }, { units: 2, points: 4 }], lanes: [18, 'full'] },
  { name: 'part-xc7a35t', inputs: 4, layers: [{ units: 6, points: 5 }, { units: 3, points: 6 }, { units: 1, points: 4 }], part: 'xc7a35t' },
  { name: 'part-ice40hx8k', inputs: 2, layers: [{ units: 4, points: 5 }, { units: 1, points: 5 }], part: 'ice40hx8k' },
]

describe.skipIf(!iverilog)('generated RTL under iverilog', () => {
  CASES.forEach(({ name, inputs, layers, lanes, part }, index) => {
    it(`equals the wasm integer trainer: ${name}`, () => {
      const random = new Random(50 + index)
      const spec = deriveSpec({ inputs, inputLo: -40, inputHi: 700, targetLo: -2000, targetHi: 6000, layers, valueBits: 18 + (index % 6), errorBits: 26 })
      const data = randomData(random, spec, 150, layers[layers.length - 1]!.units)
      const { files } = cosimFiles(spec, part === undefined ? { lanes } : { part }, data, { records: 150, ...TRAFFIC, seed: index + 1 })
      const dir = writeCase(name, files)
      const result = simulate(dir)
      expect(result.output).toMatch(/^PASS/m)
      expect(result.pass, result.output).toBe(true)
    })
  })

  it('takes exactly plan.trainCycles a record on a stream with no gaps and no stalls', () => {
    const spec = deriveSpec({ inputs: 3, inputLo: 0, inputHi: 500, targetLo: 0, targetHi: 4000, layers: [{ units: 4, points: 5 }, { units: 2, points: 4 }] })
    const data = randomData(new Random(9), spec, 60, 2)
    for (const lanes of ['full', 2] as const) {
      const { files, plan } = cosimFiles(spec, { lanes }, data, { records: 60 })
      const result = simulate(writeCase(`clean-${lanes}`, files))
      expect(result.pass, result.output).toBe(true)
      expect(Math.round(result.cyclesPerRecord)).toBe(plan.trainCycles)  // plus the last prediction's drain
    }
  })

  it('fails when the design does not flag out-of-range records, ignores parameter loads or its shared multiplier misses the backward pass', () => {
    const spec = deriveSpec({ inputs: 2, inputLo: 0, inputHi: 500, targetLo: 0, targetHi: 4000, layers: [{ units: 3, points: 4 }, { units: 1, points: 5 }] })
    const data = randomData(new Random(6), spec, 80, 1)
    const { files } = cosimFiles(spec, { lanes: 2 }, data, { records: 80, ...TRAFFIC, outOfRange: 0.2 })
    expect(simulate(writeCase('intact', files)).pass).toBe(true)
    const design = files.get('kan.v')!
    for (const [from, to] of [["push_bad ? {1'b1", "1'b0 ? {1'b1"], ['(cfg_we && cs_', "(1'b0 && cs_"], ['.bwd(bwd1)', ".bwd(1'b0)"]]) {
      expect(design).toContain(from)
      const result = simulate(writeCase('broken', new Map([...files, ['kan.v', design.replaceAll(from!, to!)]])))
      expect(result.pass, `${from} → ${to}`).toBe(false)
    }
  })

  it('fails when one expected parameter word is wrong (the comparison is real)', () => {
    const spec = deriveSpec({ inputs: 2, inputLo: 0, inputHi: 500, targetLo: 0, targetHi: 4000, layers: [{ units: 3, points: 4 }, { units: 1, points: 5 }] })
    const data = randomData(new Random(5), spec, 40, 1)
    const { files } = cosimFiles(spec, { lanes: 'full' }, data, { records: 40 })
    const params = files.get('expect_params.hex')!.split('\n')
    params[1] = params[1]!.replace(/.$/, (digit) => (digit === '0' ? '1' : '0'))
    files.set('expect_params.hex', params.join('\n'))
    const result = simulate(writeCase('mutated', files))
    expect(result.pass).toBe(false)
    expect(result.output).toMatch(/MISMATCH l0_j0_e\[1\]/)
  })

  for (const variant of VARIANTS) {
    it(`runs the committed design hardware/${variant.name} bit-exact (${variant.records} records under random traffic)`, () => {
      const result = simulate(join(import.meta.dirname, '..', 'hardware', variant.name))
      expect(result.pass, result.output).toBe(true)
      console.log(`${variant.name}: ${result.cyclesPerRecord} cycles a record`)
    }, 300_000)
  }
})

describe('committed hardware files', () => {
  for (const variant of VARIANTS) {
    it(`hardware/${variant.name} equals the generator output (no drift)`, () => {
      const { files } = variantFiles(variant)
      for (const [file, text] of files) {
        expect(readText(join(import.meta.dirname, '..', 'hardware', variant.name, file)), `${file} drifted; run npm run hardware -- --write`).toBe(text)
      }
    })
  }
})

