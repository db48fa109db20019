// Pretraining by groups of addends (ALGORITHM §4) in one pass over a two-layer model with one
// target: consecutive runs of S addends (inputs of the outer layer) form the groups, and group
// g's addends take the step they would take as a KAN of their own trained on y* (the caller
// scales y* and α for the mean form): the group's output is the sum of its S outer terms (in
// the lane partial sums a one-output layer of S inputs uses, outer.ts; mean form: times 1/S),
// its residual e_g = α·(y* - output) updates its outer functions and, through their slopes,
// its inner functions. Layer 0 is located and updated once per record for every group (nk.ts),
// which is what makes this faster than training each group as its own model: there, every
// group locates all the inputs again.
import { L_ERR, L_GRID, L_IDX, L_N, L_OUT, L_T, isMeanForm, layerWord } from './descriptor'
import { locateLayer } from './forward'
import { outerTerm, outerUpdateOne } from './outer'
import { gridArrayBytes } from './pl'

// The outer layer's part of one record's step, after layer 0's forward pass: locate (widening
// grids), then per group its output, residual and update; writes layer 0's residuals.
@inline export function groupedOuterStep<T>(ctx: usize, yRow: usize, alpha: T, groupSize: i32): void {
  const n = layerWord(ctx, 1, L_N)
  const rowPtrPtr = <usize>layerWord(ctx, 1, L_IDX)
  const tPtr = <usize>layerWord(ctx, 1, L_T)
  locateLayer<T>(ctx, 1, <usize>layerWord(ctx, 0, L_OUT), true, rowPtrPtr, tPtr)
  const invDxPtr = <usize>layerWord(ctx, 1, L_GRID) + 3 * gridArrayBytes<T>(n)
  const prevErrPtr = <usize>layerWord(ctx, 0, L_ERR)
  const mean = isMeanForm(ctx)
  const y = load<T>(yRow)
  for (let first = 0; first < n; first += groupSize) {
    let p0 = <T>0
    let p1 = <T>0
    let p2 = <T>0
    let p3 = <T>0
    for (let q = 0; q < groupSize; q++) {
      const term = outerTerm<T>(rowPtrPtr, tPtr, first + q)
      const lane = q & (sizeof<T>() == 8 ? 1 : 3)
      if (lane == 0) p0 += term
      else if (lane == 1) p1 += term
      else if (lane == 2) p2 += term
      else p3 += term
    }
    let s: T = sizeof<T>() == 8 ? p0 + p1 : (p0 + p1) + (p2 + p3)
    if (mean) s *= <T>1 / <T>groupSize
    const e = alpha * (y - s)
    for (let q = 0; q < groupSize; q++) outerUpdateOne<T>(rowPtrPtr, first + q, tPtr, invDxPtr, prevErrPtr, e)
  }
}
