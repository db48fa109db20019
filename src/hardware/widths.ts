/**
 * What the pipeline plan (./plan.ts), the part chooser's estimate (./parts.ts) and the Verilog
 * (./verilog.ts) must agree on: the pipeline's stages, how a layer is cut into chunks at a lanes
 * value, the cycles each pass of a layer takes, adder-tree depths and bit widths.
 */

/** Cycles from a chunk's memory read to each pipeline stage's register (see ./plan.ts). */
export const STAGE = { lane: 3, sum: 4, acc: 5, scale: 6, out: 7, write: 3, error: 4 } as const

/** Terms the forward sum adds in one cycle (two adder levels): wider sums take more stages. */
export const TREE_FAN_IN = 4

/** Register stages of a sum of `terms` terms beyond the first (see LayerPlan.tree). */
export function treeStages(terms: number): number {
  let stages = 0
  for (let width = TREE_FAN_IN; width < terms; width *= TREE_FAN_IN) stages++
  return stages
}

/** Bits to count 0..count-1 (at least 1). */
export function clog2(count: number): number {
  let bits = 1
  while (2 ** bits < count) bits++
  return bits
}

/** A layer of n inputs × m outputs at `lanes` functions a cycle: chunks of jPar inputs × kPar outputs, KC × JC = C of them, and the forward sum's extra stages. */
export interface LayerChunks {
  readonly jPar: number
  readonly kPar: number
  readonly KC: number
  readonly JC: number
  readonly C: number
  readonly tree: number
}

export function layerChunks(n: number, m: number, lanes: number): LayerChunks {
  const jPar = Math.min(n, lanes)
  const kPar = Math.min(m, Math.max(1, Math.floor(lanes / jPar)))
  const KC = Math.ceil(m / kPar)
  const JC = Math.ceil(n / jPar)
  return { jPar, kPar, KC, JC, C: KC * JC, tree: treeStages(jPar) }
}

/** Cycles of a layer's forward pass until the next layer may read its outputs (the last chunk's output register loaded). */
export function forwardCycles({ C, tree }: LayerChunks): number {
  return C + STAGE.out + tree
}

/**
 * Cycles of layer l's backward pass: layer l − 1's lanes take e_{l−1} one cycle after their
 * read, once its last chunk is accumulated (c + error); layer 0's last write-back (c + write)
 * ends the record.
 */
export function backwardCycles({ C }: LayerChunks, l: number): number {
  return C + (l > 0 ? STAGE.error - 1 : STAGE.write)
}
