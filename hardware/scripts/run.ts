/**
 * npm run hardware [-- --write] [-- --all] [-- --update-baselines] [-- --only=<variant>]
 *
 * Quick by default (a few minutes): regenerates every variant of hardware/scripts/variants.ts and
 * compares it with the committed files (--write replaces them), co-simulates each under iverilog
 * (random traffic, bit-exact against the wasm integer trainer), and synthesises, places and
 * routes the small iCE40 design for its post-route fmax, which must reach FMAX_TARGET.
 * --all also synthesises the other targets (the triangle designs: the full-parallel one takes
 * about 10 minutes on 2 cores) and compares their cell counts with hardware/baselines/*.json;
 * 7-series syntheses report yosys sta's logic-only clock bound and the estimate with routing
 * (./timing.ts). --only=<variant> (a folder name, e.g. triangle/xc7a200t) runs one variant.
 * Prints one Markdown table with the wasm trainers' records/s beside it. Exit code 1 if anything
 * drifted, disagreed or regressed.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { triangle } from '../../src/datasets.js'
import { triangleSpec } from '../../src/fixed/spec.js'
import { FixedTrainer } from '../../src/fixed/trainer.js'
import { KAN } from '../../src/index.js'
import { partCapacity } from '../../src/hardware/parts.js'
import { type SynthResult, type SynthTarget, hasTool, placeAndRoute, readText, simulate, synthesise } from './tools.js'
import { MARGIN_NS, NET_NS } from './timing.js'
import { VARIANTS, variantFiles } from './variants.js'

const root = join(import.meta.dirname, '..')
const args = new Set(process.argv.slice(2))
const problems: string[] = []
/** A synthesis number may grow this much over its baseline before it counts as a regression. */
const BASELINE_TOLERANCE = 0.1
/** The post-route clock the iCE40 designs must reach (MHz). */
const FMAX_TARGET = 50
/** Device capacities (datasheets) used to say whether a variant fits. */
interface Device { name: string; luts: number; ffs: number; brams: number; dsps: number }
const DEVICES: Record<SynthTarget, Device> = {
  xc7: { name: 'Artix-7 XC7A35T', luts: 20_800, ffs: 41_600, brams: 50, dsps: 90 },
  ice40: { name: 'iCE40 UP5K', luts: 5_280, ffs: 5_280, brams: 30, dsps: 8 },
  hx8k: { name: 'iCE40 HX8K', luts: 7_680, ffs: 7_680, brams: 32, dsps: 0 },
}

function fits(result: SynthResult, device: Device): boolean {
  return result.luts <= device.luts && result.ffs <= device.ffs && result.brams <= device.brams && result.dsps <= device.dsps
}

interface Row {
  variant: string
  device: (target: SynthTarget) => Device
  cycles: number
  synth: SynthResult[]
  fmax: Partial<Record<SynthTarget, number>>
}

function checkBaseline(name: string, result: SynthResult): void {
  const baselinePath = join(root, 'baselines', `${name.replace('/', '-')}-${result.target}.json`)
  const baseline = readText(baselinePath)
  const current = { luts: result.luts, ffs: result.ffs, brams: result.brams, dsps: result.dsps }
  if (baseline === undefined || args.has('--update-baselines')) {
    mkdirSync(dirname(baselinePath), { recursive: true })
    writeFileSync(baselinePath, JSON.stringify({ yosys: 'Debian yosys 0.23', tolerance: BASELINE_TOLERANCE, ...current }, null, 2) + '\n')
    return
  }
  const expected = JSON.parse(baseline) as Record<string, number>
  for (const [key, value] of Object.entries(current)) {
    const limit = (expected[key] ?? 0) * (1 + BASELINE_TOLERANCE)
    if (value > limit + 1) problems.push(`${name}/${result.target}: ${key} ${value} exceeds the baseline ${expected[key]} by more than ${BASELINE_TOLERANCE * 100}%`)
  }
}

const rows: Row[] = []
const only = process.argv.slice(2).find((arg) => arg.startsWith('--only='))?.slice('--only='.length)
for (const variant of VARIANTS.filter((v) => only === undefined || v.name === only)) {
  const { files, plan } = variantFiles(variant)
  const dir = join(root, variant.name)
  mkdirSync(dir, { recursive: true })
  for (const [file, text] of files) {
    const path = join(dir, file)
    if (readText(path) === text) continue
    if (args.has('--write')) writeFileSync(path, text)
    else problems.push(`${path} differs from the generator output (run npm run hardware -- --write)`)
  }
  const part = variant.hardware.part
  const device = (target: SynthTarget): Device => (part === undefined ? DEVICES[target] : { name: part, ...partCapacity(part) })
  const row: Row = { variant: variant.name, device, cycles: plan.trainCycles, synth: [], fmax: {} }
  if (hasTool('iverilog')) {
    const result = simulate(dir)
    console.log(`${variant.name}: co-simulation under random traffic ${result.pass ? 'PASS' : 'FAIL'}`)
    if (!result.pass) problems.push(`${variant.name}: co-simulation failed\n${result.output.slice(-3000)}`)
  } else problems.push('iverilog is missing: nothing was simulated')
  const targets = variant.targets.filter((target) => args.has('--all') || variant.quick.includes(target))
  if (targets.length > 0 && !hasTool('yosys')) problems.push('yosys is missing: nothing was synthesised')
  for (const target of hasTool('yosys') ? targets : []) {
    const scratch = mkdtempSync(join(tmpdir(), 'nkkan-pnr-'))
    const json = join(scratch, 'kan.json')
    const result = synthesise(dir, target, target === 'xc7' ? undefined : json)
    row.synth.push(result)
    console.log(`${variant.name}/${target}: ${JSON.stringify(result)} (${fits(result, device(target)) ? 'fits' : 'does not fit'} ${device(target).name})`)
    if (target !== 'xc7' && fits(result, device(target))) {
      if (!hasTool('nextpnr-ice40', '--version')) problems.push('nextpnr-ice40 is missing: no fmax')
      else {
        const route = placeAndRoute(json, target === 'ice40' ? 'up5k' : 'hx8k', FMAX_TARGET)
        console.log(`${variant.name}/${target}: nextpnr-ice40 ${route.cells ?? '?'} logic cells, fmax ${route.fmax ?? 'n/a'} MHz`)
        row.fmax[target] = route.fmax
        if (route.fmax === undefined) problems.push(`${variant.name}/${target}: nextpnr-ice40 did not route\n${route.log.slice(-3000)}`)
        else if (route.fmax < FMAX_TARGET) problems.push(`${variant.name}/${target}: fmax ${route.fmax} MHz < ${FMAX_TARGET} MHz`)
      }
    }
    rmSync(scratch, { recursive: true, force: true })
    checkBaseline(variant.name, result)
  }
  rows.push(row)
}

// Software throughput on the triangle task, for the table.
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

console.log('\n| design | cycles/record | target | LUTs | FFs | BRAM | DSP | fits | fmax | records/s |')
console.log('|---|---|---|---|---|---|---|---|---|---|')
for (const row of rows) {
  for (const s of row.synth.length > 0 ? row.synth : [undefined]) {
    const routed = s === undefined ? undefined : row.fmax[s.target]
    // 7-series has no open place and route: yosys sta's logic-only path bounds fmax from above,
    // the same sta with every routed net charged NET_NS estimates it (./timing.ts)
    const bound = s?.logicNs === undefined ? undefined : 1000 / s.logicNs
    const estimate = s?.routedNs === undefined ? undefined : 1000 / s.routedNs
    const perSecond = (mhz: number): string => Math.round((mhz * 1e6) / row.cycles).toLocaleString('en')
    const rate = routed !== undefined ? perSecond(routed) : [estimate === undefined ? '' : `≈ ${perSecond(estimate)}`, bound === undefined ? '' : `≤ ${perSecond(bound)}`].filter((t) => t !== '').join('; ')
    const estimateText = estimate === undefined ? '' : `≈ ${estimate.toFixed(1)} MHz (sta, ${s!.routedPath!.nets} nets × ${NET_NS} ns + ${MARGIN_NS} ns); `
    const fmaxText = routed !== undefined ? `${routed} MHz (nextpnr)` : bound !== undefined ? `${estimateText}≤ ${bound.toFixed(1)} MHz (sta, logic only)` : 'n/a'
    const device = s === undefined ? undefined : row.device(s.target)
    console.log(`| ${row.variant} | ${row.cycles} | ${s === undefined ? '' : `${s.target} (yosys)`} | ${s?.luts ?? ''} | ${s?.ffs ?? ''} | ${s?.brams ?? ''} | ${s?.dsps ?? ''} | ${s === undefined || device === undefined ? '' : fits(s, device) ? device.name : `no (${device.name})`} | ${fmaxText} | ${rate} |`)
  }
}
console.log(`| wasm integer trainer, triangle (this machine) | | | | | | | | | ${Math.round(integerRate).toLocaleString('en')} |`)
console.log(`| wasm f64 trainer, triangle (this machine) | | | | | | | | | ${Math.round(floatRate).toLocaleString('en')} |`)
console.log('\nA design of c cycles a record at f MHz trains f·10^6 / c records/s.')

if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s):\n${problems.join('\n')}`)
  process.exit(1)
}
