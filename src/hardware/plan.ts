/**
 * The hardware plan of a FixedSpec: how many functions each layer processes per cycle, the
 * static cycle schedule of one record, and where every node value lives in the parameter
 * memories. The Verilog generator, the testbench writer and the memory images all read it.
 *
 * Layer l processes its n·m functions in chunks of kPar outputs × jPar inputs; chunk
 * c = kc·JC + jc covers k = kc·kPar + kk, j = jc·jPar + jj. Lane jj owns two memories (even and
 * odd nodes, so v[i] and v[i+1] are one read from each, whatever the parity of i); their word
 * holds the kPar functions of the chunk side by side, kk = 0 in the low bits.
 *
 * The datapath is pipelined (STAGE in ./widths.ts): a chunk read in cycle c reaches the lane's products in c + 2
 * and its results in c + 3 (f in c + 4); forward sums are registered at c + 4 (plus LayerPlan.tree cycles when
 * more than TREE_FAN_IN lanes are summed), accumulated a cycle later, multiplied by the layer's
 * scale the cycle after and clipped into the layer output the cycle after that (no cycle holds a
 * multiply and a compare: STAGE.scale, STAGE.out); the backward pass writes node values back at c + 3
 * and accumulates the residual of the layer inputs at c + 4. The static schedule starts each pass
 * only once the values it reads are final, and the next record only once the last write-back is
 * done, so no hazard can arise and the results are those of the integer trainer, bit for bit.
 */
import { NkkanError } from '../errors.js'
import { type FixedSpec, fixedLayerInputs } from '../fixed/spec.js'
import { type PartChoice, type PartName, chooseLanes } from './parts.js'
import { backwardCycles, clog2, forwardCycles, layerChunks } from './widths.js'

/** How the generated hardware trades resources for speed. */
export interface HardwareOptions {
  /**
   * Functions processed per cycle in each layer (the resources ↔ speed trade-off): jPar =
   * min(n, lanes), kPar = min(m, lanes / jPar). 'full' processes a whole layer per cycle.
   * A number applies to every layer; an array gives one value per layer. Default 'full'
   * (or the choice for `part`).
   */
  lanes?: number | 'full' | readonly (number | 'full')[]
  /**
   * Target FPGA: the lanes of each layer are chosen as the fastest design (fewest training
   * cycles a record) whose estimated resources fit the part (see `chooseLanes`). Give `lanes`
   * or `part`, not both.
   */
  part?: PartName
}

/** One layer of a HardwarePlan: its parallelism, chunking, memory depth and schedule. */
export interface LayerPlan {
  /** Inputs of the layer. */
  readonly n: number
  /** Outputs of the layer. */
  readonly m: number
  /** Nodes of each function. */
  readonly P: number
  /** Outputs processed per cycle (≤ m). */
  readonly kPar: number
  /** Inputs processed per cycle (≤ n). */
  readonly jPar: number
  /** Chunks over the outputs: ceil(m / kPar). */
  readonly KC: number
  /** Chunks over the inputs: ceil(n / jPar). */
  readonly JC: number
  /** Chunks: cycles of one pass over the layer's functions. */
  readonly C: number
  /** Words per chunk in the even memory. */
  readonly HE: number
  /** Words per chunk in the odd memory. */
  readonly HO: number
  /** Cycle (from the record's first cycle) of the first forward read. */
  readonly fwdStart: number
  /** Cycle (from the record's first cycle) of the first read of the backward pass. */
  readonly bwdStart: number
  /** With a single chunk the forward read is still in the memory output register: no re-read. */
  readonly hold: boolean
  /**
   * Extra register stages of the forward sum over the jPar lanes: each stage adds up to
   * TREE_FAN_IN terms, so the sum of jPar terms is registered after ⌈log_4 jPar⌉ stages, the
   * first of which is STAGE.sum. Every later stage shifts acc, scale and out by one cycle.
   */
  readonly tree: number
}

/** What the Verilog, the testbench and the memory images are generated from (see this file's comment). */
export interface HardwarePlan {
  /** The spec the hardware computes. */
  readonly spec: FixedSpec
  /** One plan per layer of the spec. */
  readonly layers: readonly LayerPlan[]
  /** Cycle at whose end the prediction is registered. */
  readonly predAt: number
  /** Cycles of one record, accept to accept, in training. */
  readonly trainCycles: number
  /** Cycles of one record, accept to accept, in inference (predict only). */
  readonly inferCycles: number
  /** With `part`: the lanes chosen and the resource estimate they were chosen by. */
  readonly choice?: PartChoice
}

function lanesOf(options: HardwareOptions, l: number): number {
  const lanes = options.lanes ?? 'full'
  const value = typeof lanes === 'object' ? lanes[l] : lanes
  if (value === undefined) throw new NkkanError('E_OPTION', `lanes has no entry for layer ${l}`)
  if (value === 'full') return Infinity
  if (!Number.isInteger(value) || value < 1) throw new NkkanError('E_OPTION', `lanes must be 'full' or an integer ≥ 1, got ${String(value)}`)
  return value
}

export function planHardware(spec: FixedSpec, options: HardwareOptions = {}): HardwarePlan {
  if (options.part === undefined) return schedule(spec, options)
  if (options.lanes !== undefined) throw new NkkanError('E_OPTION', 'give lanes or part, not both')
  const choice = chooseLanes(spec, options.part)
  return { ...schedule(spec, { lanes: choice.lanes }), choice }
}

function schedule(spec: FixedSpec, options: HardwareOptions): HardwarePlan {
  let cycle = 0
  const partial = spec.layers.map((layer, l) => {
    const n = fixedLayerInputs(spec, l)
    const m = layer.units
    const chunks = layerChunks(n, m, lanesOf(options, l))
    const fwdStart = cycle
    cycle += forwardCycles(chunks)
    return { n, m, P: layer.points, ...chunks, HE: Math.ceil(layer.points / 2), HO: Math.floor(layer.points / 2), fwdStart, hold: chunks.C === 1 }
  })
  const predAt = cycle - 1
  const bwdStart: number[] = []
  for (let l = partial.length - 1; l >= 0; l--) {
    bwdStart[l] = cycle
    cycle += backwardCycles(partial[l]!, l)
  }
  return {
    spec,
    layers: partial.map((layer, l) => ({ ...layer, bwdStart: bwdStart[l]! })),
    predAt,
    trainCycles: cycle,
    inferCycles: predAt + 1,
  }
}

/** Memory name of lane jj's even or odd bank in layer l (also its $readmemh file stem). */
export function memoryName(l: number, jj: number, bank: 'e' | 'o'): string {
  return `l${l}_j${jj}_${bank}`
}

/**
 * The parameter port of kan_top: memory `id` (memoryImages order: layer, lane, even then odd),
 * `word` within it and a whole word of data (kPar node values, kk = 0 in the low bits).
 */
export interface PortShape {
  readonly memories: number
  readonly idBits: number
  readonly wordBits: number
  readonly dataBits: number
}

export function portShape(plan: HardwarePlan): PortShape {
  const memories = plan.layers.reduce((sum, layer) => sum + 2 * layer.jPar, 0)
  const wordBits = Math.max(...plan.layers.map((layer) => clog2(layer.C * layer.HE)))
  const dataBits = Math.max(...plan.layers.map((layer) => layer.kPar * plan.spec.valueBits))
  return { memories, idBits: clog2(memories), wordBits, dataBits }
}

/** Port id of lane jj's even or odd memory in layer l. */
export function memoryId(plan: HardwarePlan, l: number, jj: number, bank: 'e' | 'o'): number {
  let id = 0
  for (let before = 0; before < l; before++) id += 2 * plan.layers[before]!.jPar
  return id + 2 * jj + (bank === 'o' ? 1 : 0)
}

export interface MemoryImage {
  readonly name: string
  readonly layer: number
  readonly words: number
  /** Bits per word: kPar · valueBits. */
  readonly width: number
  /** Node values per word, index [word][kk]. */
  readonly values: Int32Array
  readonly kPar: number
}

/** The parameter memories' contents for node values in trainer order ((j·P + p)·m + k). */
export function memoryImages(plan: HardwarePlan, values: readonly Int32Array[]): MemoryImage[] {
  const images: MemoryImage[] = []
  plan.layers.forEach((layer, l) => {
    const v = values[l] as Int32Array
    for (let jj = 0; jj < layer.jPar; jj++) {
      for (const bank of ['e', 'o'] as const) {
        const H = bank === 'e' ? layer.HE : layer.HO
        const words = layer.C * H
        const image = new Int32Array(words * layer.kPar)
        for (let kc = 0; kc < layer.KC; kc++) {
          for (let jc = 0; jc < layer.JC; jc++) {
            const j = jc * layer.jPar + jj
            if (j >= layer.n) continue
            const c = kc * layer.JC + jc
            for (let p = bank === 'e' ? 0 : 1; p < layer.P; p += 2) {
              const word = c * H + (p >> 1)
              for (let kk = 0; kk < layer.kPar; kk++) {
                const k = kc * layer.kPar + kk
                if (k < layer.m) image[word * layer.kPar + kk] = v[(j * layer.P + p) * layer.m + k]!
              }
            }
          }
        }
        images.push({ name: memoryName(l, jj, bank), layer: l, words, width: layer.kPar * plan.spec.valueBits, values: image, kPar: layer.kPar })
      }
    }
  })
  return images
}

/** `value` as `bits`-bit two's complement in hex (BigInt keeps wide concatenations exact). */
export function hexWord(fields: readonly number[], bits: number): string {
  let word = 0n
  for (let f = fields.length - 1; f >= 0; f--) word = (word << BigInt(bits)) | BigInt.asUintN(bits, BigInt(fields[f]!))
  return word.toString(16).padStart(Math.ceil((fields.length * bits) / 4), '0')
}

/** A $readmemh file of an image: one word a line. */
export function imageHex(image: MemoryImage, valueBits: number): string {
  const lines: string[] = []
  for (let w = 0; w < image.words; w++) lines.push(hexWord(Array.from(image.values.subarray(w * image.kPar, (w + 1) * image.kPar)), valueBits))
  return lines.join('\n') + '\n'
}
