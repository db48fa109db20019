/**
 * npm run hardware [-- --write] [-- --no-synth] [-- --all] [-- --update-baselines]
 *
 * --all also synthesises the variants marked slowSynth (the full-parallel design: ~10 minutes).
 *
 * Regenerates every variant of hardware/scripts/variants.ts and compares it with the committed
 * files (--write replaces them), co-simulates them under iverilog, synthesises them with yosys,
 * places and routes with nextpnr-ice40 where the design fits, measures the wasm integer and float
 * trainers' records/s, prints one Markdown table, and compares the synthesis numbers with
 * hardware/baselines/*.json. Exit code 1 if anything drifted, disagreed or regressed.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { triangle } from '../../src/datasets.js'
import { triangleSpec } from '../../src/fixed/spec.js'
import { FixedTrainer } from '../../src/fixed/trainer.js'
import { KAN } from '../../src/index.js'
import { type SynthResult, hasTool, placeAndRoute, readText, simulate, synthesise } from './tools.js'
import { VARIANTS, variantFiles } from './variants.js'

const root = join(import.meta.dirname, '..')
const args = new Set(process.argv.slice(2))
const problems: string[] = []
/** A synthesis number may grow this much over its baseline before it counts as a regression. */
const BASELINE_TOLERANCE = 0.1
/** Device capacities (datasheets) used to say whether a variant fits. */
const DEVICES = {
  xc7: { name: 'Artix-7 XC7A35T', luts: 20_800, ffs: 41_600, brams: 50, dsps: 90 },
  ice40: { name: 'iCE40 UP5K', luts: 5_280, ffs: 5_280, brams: 30, dsps: 8 },
} as const

function fits(result: SynthResult): boolean {
  const device = DEVICES[result.target]
  return result.luts <= device.luts && result.ffs <= device.ffs && result.brams <= device.brams && result.dsps <= device.dsps
}

interface Row {
  variant: string
  cycles: number
  synth: SynthResult[]
  fmax: Record<string, number | undefined>
}

const rows: Row[] = []
for (const variant of VARIANTS) {
  const { files, plan } = variantFiles(variant)
  const dir = join(root, 'triangle', variant.name)
  mkdirSync(dir, { recursive: true })
  for (const [file, text] of files) {
    const path = join(dir, file)
    if (readText(path) === text) continue
    if (args.has('--write')) writeFileSync(path, text)
    else problems.push(`${path} differs from the generator output (run npm run hardware -- --write)`)
  }
  const row: Row = { variant: variant.name, cycles: plan.trainCycles, synth: [], fmax: {} }
  if (hasTool('iverilog')) {
    const result = simulate(dir)
    console.log(`${variant.name}: co-simulation under random traffic ${result.pass ? 'PASS' : 'FAIL'}`)
    if (!result.pass) problems.push(`${variant.name}: co-simulation failed\n${result.output.slice(-3000)}`)
  } else problems.push('iverilog is missing: nothing was simulated')
  if (!args.has('--no-synth') && (!variant.slowSynth || args.has('--all')) && hasTool('yosys')) {
    for (const target of variant.targets) {
      const scratch = mkdtempSync(join(tmpdir(), 'nkkan-pnr-'))
      const json = join(scratch, 'kan.json')
      const result = synthesise(dir, target, target === 'ice40' ? json : undefined)
      row.synth.push(result)
      console.log(`${variant.name}/${target}: ${JSON.stringify(result)} (${fits(result) ? 'fits' : 'does not fit'} ${DEVICES[target].name})`)
      if (target === 'ice40' && fits(result) && hasTool('nextpnr-ice40', '--version')) row.fmax.ice40 = placeAndRoute(json, 'up5k')
      rmSync(scratch, { recursive: true, force: true })
      const baselinePath = join(root, 'baselines', `triangle-${variant.name}-${target}.json`)
      const baseline = readText(baselinePath)
      const current = { luts: result.luts, ffs: result.ffs, brams: result.brams, dsps: result.dsps }
      if (baseline === undefined || args.has('--update-baselines')) {
        mkdirSync(join(root, 'baselines'), { recursive: true })
        writeFileSync(baselinePath, JSON.stringify({ yosys: 'Debian yosys 0.23', tolerance: BASELINE_TOLERANCE, ...current }, null, 2) + '\n')
      } else {
        const expected = JSON.parse(baseline) as Record<string, number>
        for (const [key, value] of Object.entries(current)) {
          const limit = (expected[key] ?? 0) * (1 + BASELINE_TOLERANCE)
          if (value > limit + 1) problems.push(`${variant.name}/${target}: ${key} ${value} exceeds the baseline ${expected[key]} by more than ${BASELINE_TOLERANCE * 100}%`)
        }
      }
    }
  }
  rows.push(row)
}

// Software throughput on the same task, for the table.
const { train } = triangle()
const integer = FixedTrainer.create(triangleSpec(), { seed: 1 })
integer.fit(train)
let started = performance.now()
integer.fit(train, { epochs: 4 })
const integerRate = (4 * train.rows) / ((performance.now() - started) / 1000)
const float = KAN.create({ inputs: 6, layers: [{ units: 53, points: 2 }, { units: 11, points: 12 }, { units: 4, points: 14 }, { units: 1, points: 14 }], seed: 1 })
await float.fit(train, { epochs: 1, learningRate: 0.05 })
started = performance.now()
await float.fit(train, { epochs: 4, learningRate: 0.05 })
const floatRate = (4 * train.rows) / ((performance.now() - started) / 1000)

console.log('\n| triangle design | cycles/record | target | LUTs | FFs | BRAM | DSP | fits | fmax | records/s |')
console.log('|---|---|---|---|---|---|---|---|---|---|')
for (const row of rows) {
  for (const s of row.synth.length > 0 ? row.synth : [undefined]) {
    const fmax = s === undefined ? undefined : row.fmax[s.target]
    const rate = fmax === undefined ? '' : `${Math.round((fmax * 1e6) / row.cycles).toLocaleString('en')} at ${fmax} MHz`
    console.log(`| ${row.variant} | ${row.cycles} | ${s === undefined ? '' : `${s.target} (yosys)`} | ${s?.luts ?? ''} | ${s?.ffs ?? ''} | ${s?.brams ?? ''} | ${s?.dsps ?? ''} | ${s === undefined ? '' : fits(s) ? DEVICES[s.target].name : `no (${DEVICES[s.target].name})`} | ${fmax === undefined ? 'n/a' : `${fmax} MHz`} | ${rate} |`)
  }
}
console.log(`| wasm integer trainer (this machine) | | | | | | | | | ${Math.round(integerRate).toLocaleString('en')} |`)
console.log(`| wasm f64 trainer (this machine) | | | | | | | | | ${Math.round(floatRate).toLocaleString('en')} |`)
console.log('\nAt 100 MHz a design of c cycles a record trains 10^8 / c records/s.')

if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s):\n${problems.join('\n')}`)
  process.exit(1)
}
