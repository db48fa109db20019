/**
 * Bit widths and adder-tree depths that the pipeline plan (./plan.ts), the resource estimate
 * (./parts.ts) and the Verilog (./verilog.ts) must agree on.
 */

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
