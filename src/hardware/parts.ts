/**
 * Target parts and the lanes chosen for one: the fastest design (fewest training cycles a
 * record) whose estimated resources fit the part's DSP, LUT, flip-flop and block-RAM budget.
 *
 * The estimate is a model of what yosys maps the generated Verilog to (synth_xilinx or
 * synth_ice40), not a synthesis run: per lane, the two multipliers of the widths in kan_lane
 * ((bwd ? g : slope) × t and slope × e) (DSP tiles of the part's multiplier size, or LUTs where the part has none) and adders and
 * pipeline registers in proportion to the value and error widths; per layer, the scale
 * multiplier, the sum trees, the input and residual multiplexers and accumulators; per
 * parameter memory, block RAMs of the part's shapes (LUT RAM on 7-series when shallow). LUTs are
 * budgeted to LUT_SHARE of the part, so routing has room. hardware/README.md compares the
 * estimate with yosys for the designs it lists.
 */
import { NkkanError } from '../errors.js'
import { type FixedSpec, fixedLayerInputs } from '../fixed/spec.js'
import { backwardCycles, clog2, forwardCycles, layerChunks } from './widths.js'

/** The parts `part` accepts. */
export const PARTS = ['xc7a35t', 'xc7a100t', 'xc7a200t', 'ice40hx8k', 'ice40up5k'] as const

/** A target FPGA: `HardwareOptions.part`, `nkkan verilog --part`. */
export type PartName = (typeof PARTS)[number]

interface Part {
  readonly family: 'xc7' | 'ice40'
  /** LUT6 (xc7) or logic cells (iCE40, LUT4 + flip-flop). */
  readonly luts: number
  readonly ffs: number
  /** RAMB36E1 (xc7) or SB_RAM40_4K (iCE40). */
  readonly brams: number
  /** DSP48E1 (25×18 signed) or SB_MAC16 (16×16). */
  readonly dsps: number
}

/** Datasheet capacities (AMD DS180, Lattice iCE40 family and UltraPlus data sheets). */
const CAPACITY: Record<PartName, Part> = {
  xc7a35t: { family: 'xc7', luts: 20_800, ffs: 41_600, brams: 50, dsps: 90 },
  xc7a100t: { family: 'xc7', luts: 63_400, ffs: 126_800, brams: 135, dsps: 240 },
  xc7a200t: { family: 'xc7', luts: 134_600, ffs: 269_200, brams: 365, dsps: 740 },
  ice40hx8k: { family: 'ice40', luts: 7_680, ffs: 7_680, brams: 32, dsps: 0 },
  ice40up5k: { family: 'ice40', luts: 5_280, ffs: 5_280, brams: 30, dsps: 8 },
}

/** Share of the part's LUTs the estimate may use (the rest is left to placement and routing). */
export const LUT_SHARE = 0.8

/**
 * The model's LUT and flip-flop counts × these, fitted to yosys 0.23 on earlier designs:
 * synth_ice40 gave 2,294 LUTs for hardware/product/hx8k (model 2,026); synth_xilinx gave 5,162
 * LUTs (with LUT RAM) and 3,609 flip-flops for layer 2 of hardware/triangle/xc7a200t (model 3,565
 * and 3,188). On the current hardware/triangle/xc7a200t (lanes 108, 53, 22, 4) the calibrated
 * model gives 97,741 LUTs and 55,631 flip-flops against synth_xilinx's 90,116 and 61,543.
 */
const CALIBRATION = { xc7: { luts: 1.45, ffs: 1.13 }, ice40: { luts: 1.13, ffs: 1 } } as const

/** Estimated resources of a design (or of one layer of it). */
export interface ResourceEstimate {
  /** LUT6 (xc7) or iCE40 logic cells. */
  readonly luts: number
  /** Flip-flops. */
  readonly ffs: number
  /** RAMB36E1 equivalents (xc7) or SB_RAM40_4K (iCE40). */
  readonly brams: number
  /** DSP48E1 (xc7) or SB_MAC16 (iCE40 UP5K). */
  readonly dsps: number
}

/** The lanes chosen for a part, the training cycles a record and the estimated resources. */
export interface PartChoice {
  /** The part chosen for. */
  readonly part: PartName
  /** One lanes value per layer, as `HardwareOptions.lanes` takes it. */
  readonly lanes: readonly number[]
  /** Cycles of one training record (accept to accept), as planHardware schedules them. */
  readonly trainCycles: number
  /** The estimated resources of the chosen design. */
  readonly estimate: ResourceEstimate
  /** The part's budget the estimate was held to (luts already × LUT_SHARE). */
  readonly budget: ResourceEstimate
}

/** The part's capacities, checked by name (E_OPTION names the parts for any other string). */
export function partCapacity(part: string): Part {
  if (!(PARTS as readonly string[]).includes(part)) throw new NkkanError('E_OPTION', `part must be one of ${PARTS.join(', ')}; got ${JSON.stringify(part)}`)
  return CAPACITY[part as PartName]
}

/** Multiplier tiles of an a × b signed product: DSP48E1 is 25 × 18 signed, SB_MAC16 16 × 16. */
function tiles(family: Part['family'], a: number, b: number): number {
  const [x, y] = family === 'xc7' ? [24, 17] : [16, 16]
  const fit = (p: number, q: number): number => Math.ceil((p - 1) / x) * Math.ceil((q - 1) / y)
  return Math.min(fit(a, b), fit(b, a))
}

/** A multiplier: DSP tiles where the part has them, else an array of about a·b LUTs. */
function multiplier(part: Part, a: number, b: number): { dsps: number; luts: number } {
  return part.dsps > 0 ? { dsps: tiles(part.family, a, b), luts: 0 } : { dsps: 0, luts: a * b }
}

/** Block RAMs (or LUT RAM LUTs) of one width × depth memory with a write and a read port. */
function memory(part: Part, width: number, depth: number): { brams: number; luts: number } {
  if (part.family === 'xc7') {
    // shallow memories go to RAM64M (4 LUTs: 3 bits × 64 words, one write and one read port)
    if (depth <= 64) return { brams: 0, luts: 4 * Math.ceil(width / 3) }
    const ramb18 = Math.min(...[[36, 512], [18, 1024], [9, 2048], [4, 4096]].map(([w, d]) => Math.ceil(width / w!) * Math.ceil(depth / d!)))
    return { brams: ramb18 / 2, luts: 0 }
  }
  const blocks = Math.min(...[[16, 256], [8, 512], [4, 1024], [2, 2048]].map(([w, d]) => Math.ceil(width / w!) * Math.ceil(depth / d!)))
  return { brams: blocks, luts: 0 }
}

/** LUTs of a `ways`-way multiplexer of `bits` bits (4 inputs a LUT6, 2 a LUT4). */
function mux(part: Part, bits: number, ways: number): number {
  if (ways <= 1) return 0
  const perLut = part.family === 'xc7' ? 4 : 2
  return bits * Math.ceil((ways - 1) / (perLut - 1))
}

/** Resources of layer l processed jPar inputs × kPar outputs a cycle. */
function layerEstimate(spec: FixedSpec, l: number, jPar: number, kPar: number, part: Part): ResourceEstimate {
  const layer = spec.layers[l]!
  const VB = spec.valueBits
  const EB = spec.errorBits
  const S = layer.deltaShift
  const n = fixedLayerInputs(spec, l)
  const m = layer.units
  const KC = Math.ceil(m / kPar)
  const JC = Math.ceil(n / jPar)
  const C = KC * JC
  const lanes = jPar * kPar
  const SW = VB + clog2(Math.max(n, 2))
  const MW = clog2(layer.mult + 1) + 1
  // kan_lane: (bwd ? g : slope) × t (one multiplier for the forward slope × t and the update's
  // g × t, its operand from an EB-bit adder whose inputs bwd chooses: two LUTs a bit) and
  // slope × e; adders for the slope, f and the two write-backs. Layer 0 has no residual to pass
  // back: synthesis removes its slope × e
  const products = [multiplier(part, EB, S + 1), ...(l > 0 ? [multiplier(part, VB + 1, EB)] : [])]
  const scale = multiplier(part, SW, MW)
  const addBits = part.family === 'xc7' ? 1 : 1.2 // an adder bit: a LUT (plus CARRY4 or SB_CARRY)
  let luts = lanes * (products.reduce((sum, p) => sum + p.luts, 0) + addBits * (4 * VB + EB) + VB + 2 * EB)
  luts += kPar * (scale.luts + addBits * (jPar * SW + 2 * VB)) // sum tree, accumulator, clip
  luts += mux(part, VB, JC) * jPar + mux(part, EB + VB + 1, KC) * kPar // input, and residual and saved selection
  luts += jPar * (S + 3 * clog2(C * layer.points)) // locate and address
  luts += m * VB // saved, per output
  if (l > 0) luts += jPar * kPar * EB + n * EB // residual sums and accumulators
  let brams = 0
  for (const points of [Math.ceil(layer.points / 2), Math.floor(layer.points / 2)]) {
    const ram = memory(part, kPar * VB, C * points)
    brams += jPar * ram.brams
    luts += jPar * ram.luts
  }
  const ffs = lanes * (3 * VB + 3 * EB + 2 * S) + kPar * 2 * SW + m * (2 * VB + 1) + (l > 0 ? n * EB + jPar * EB : 0) + jPar * 6 * clog2(C * layer.points)
  const dsps = lanes * products.reduce((sum, p) => sum + p.dsps, 0) + kPar * scale.dsps
  const calibration = CALIBRATION[part.family]
  return { luts: Math.ceil(luts * calibration.luts), ffs: Math.ceil(ffs * calibration.ffs), brams, dsps }
}

/** The resource estimate of a planned design on `part` (the model chooseLanes holds to the budget). */
export function estimateResources(plan: { readonly spec: FixedSpec; readonly layers: readonly { readonly jPar: number; readonly kPar: number }[] }, part: PartName): ResourceEstimate {
  const capacity = partCapacity(part)
  return plan.layers.map((layer, l) => layerEstimate(plan.spec, l, layer.jPar, layer.kPar, capacity)).reduce(add)
}

/** The budget chooseLanes holds the estimate to: the part's capacities, LUTs × LUT_SHARE. */
export function partBudget(part: PartName): ResourceEstimate {
  const capacity = partCapacity(part)
  return { luts: Math.floor(capacity.luts * LUT_SHARE), ffs: capacity.ffs, brams: capacity.brams, dsps: capacity.dsps }
}

interface Option {
  readonly lanes: number
  /** Training cycles the layer adds to a record: its forward and its backward pass. */
  readonly cycles: number
  readonly estimate: ResourceEstimate
}

/**
 * The distinct (jPar, kPar) a layer can take, as lanes values: 1..n inputs of one output, then
 * all n inputs of 1..m outputs; for each cycle count only the cheapest.
 */
function layerOptions(spec: FixedSpec, l: number, part: Part): Option[] {
  const n = fixedLayerInputs(spec, l)
  const m = spec.layers[l]!.units
  const byCycles = new Map<number, Option>()
  const lanesValues = [...Array.from({ length: n }, (_, i) => i + 1), ...Array.from({ length: m - 1 }, (_, k) => n * (k + 2))]
  for (const lanes of lanesValues) {
    const chunks = layerChunks(n, m, lanes)
    const cycles = forwardCycles(chunks) + backwardCycles(chunks, l)
    const estimate = layerEstimate(spec, l, chunks.jPar, chunks.kPar, part)
    const known = byCycles.get(cycles)
    if (known === undefined || estimate.dsps + estimate.luts / 100 < known.estimate.dsps + known.estimate.luts / 100) byCycles.set(cycles, { lanes, cycles, estimate })
  }
  return [...byCycles.values()]
}

function add(a: ResourceEstimate, b: ResourceEstimate): ResourceEstimate {
  return { luts: a.luts + b.luts, ffs: a.ffs + b.ffs, brams: a.brams + b.brams, dsps: a.dsps + b.dsps }
}

function within(a: ResourceEstimate, budget: ResourceEstimate): boolean {
  return a.luts <= budget.luts && a.ffs <= budget.ffs && a.brams <= budget.brams && a.dsps <= budget.dsps
}

function dominates(a: ResourceEstimate, b: ResourceEstimate): boolean {
  return a.luts <= b.luts && a.ffs <= b.ffs && a.brams <= b.brams && a.dsps <= b.dsps
}

interface Candidate {
  readonly lanes: readonly number[]
  readonly cycles: number
  readonly estimate: ResourceEstimate
}

/**
 * The fastest lanes (per layer) for `part`: fewest training cycles a record (Σ_l of each layer's forward
 * and backward cycles, ./widths.ts), then fewest DSPs, then fewest LUTs, among the designs whose estimate fits the
 * budget. Layer by layer, it keeps for each cycle count so far only the partial designs no other
 * one beats on every resource, so the search is exact for the model. Throws E_OPTION when not
 * even one function a cycle per layer fits, naming the resource.
 */
export function chooseLanes(spec: FixedSpec, part: PartName): PartChoice {
  const capacity = partCapacity(part)
  const budget = partBudget(part)
  let partials: Candidate[] = [{ lanes: [], cycles: 0, estimate: { luts: 0, ffs: 0, brams: 0, dsps: 0 } }]
  spec.layers.forEach((_, l) => {
    const byCycles = new Map<number, Candidate[]>()
    for (const partial of partials) {
      for (const option of layerOptions(spec, l, capacity)) {
        const next: Candidate = { lanes: [...partial.lanes, option.lanes], cycles: partial.cycles + option.cycles, estimate: add(partial.estimate, option.estimate) }
        if (!within(next.estimate, budget)) continue
        const front = byCycles.get(next.cycles) ?? []
        if (front.some((other) => dominates(other.estimate, next.estimate))) continue
        byCycles.set(next.cycles, [...front.filter((other) => !dominates(next.estimate, other.estimate)), next])
      }
    }
    partials = [...byCycles.values()].flat()
  })
  if (partials.length === 0) {
    const smallest = spec.layers.map((_, l) => layerEstimate(spec, l, 1, 1, capacity)).reduce(add)
    const over = (Object.keys(budget) as (keyof ResourceEstimate)[]).filter((key) => smallest[key] > budget[key]).map((key) => `${key} ${smallest[key]} > ${budget[key]}`)
    throw new NkkanError('E_OPTION', `the spec does not fit ${part} even at one function a cycle per layer (estimate: ${over.join(', ')})`)
  }
  partials.sort((a, b) => a.cycles - b.cycles || a.estimate.dsps - b.estimate.dsps || a.estimate.luts - b.estimate.luts)
  const best = partials[0]!
  return { part, lanes: best.lanes, trainCycles: best.cycles, estimate: best.estimate, budget }
}
