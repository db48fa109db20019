// Forward pass (ALGORITHM §1): out[k] = (1/n)·Σ_j f_kj(in[j]) in the mean form, Σ_j f_kj(in[j])
// in the sum form (1/n is rounded once, then multiplied), with f_kj(x) = v[i] + (v[i+1] - v[i])·t.
// The sum over j runs in increasing j starting from 0 for every k, except in layers with one
// output (m = 1), which sum in `lanes` partial sums (see assembly/outer.ts); test/oracle/float.ts
// uses the same orders, so results match it bit for bit.
import { L_GRID, L_IDX, L_M, L_ROW_VALUES, L_N, L_OUT, L_P, L_PARAMS, L_POINTS, L_T, isMeanForm, layerWord, layerCount, featureCount, targetCount } from './descriptor'
import { loadSplat } from './lanes'
import { outerSum, outerTerms } from './outer'
import { locateInputs } from './pl'

// Accumulators per k-block: four v128 registers, the loop over inputs j inside (register blocking).
export const BLOCK_BYTES: usize = 64

// Adaptive range (training) and segment lookup of layer l's inputs inPtr (T[n]) into the
// row pointers rowPtrPtr (u32[n]) and positions tPtr (T[n]).
// packPtr != 0: also writes packed entries there (pl.ts ENTRY_BYTES each, see assembly/nk.ts).
@inline export function locateLayer<T>(ctx: usize, l: i32, inPtr: usize, training: bool, rowPtrPtr: usize, tPtr: usize, packPtr: usize = 0): void {
  const rowBytes = <usize>layerWord(ctx, l, L_ROW_VALUES) * sizeof<T>()
  locateInputs<T>(<usize>layerWord(ctx, l, L_GRID), layerWord(ctx, l, L_N), layerWord(ctx, l, L_P), <usize>layerWord(ctx, l, L_POINTS), <usize>layerWord(ctx, l, L_PARAMS), rowBytes, inPtr, rowPtrPtr, tPtr, training, packPtr)
}

// f(x) = v0 + (v1 - v0)·t for one vector of outputs, rows at p0 and p0 + rowBytes.
@inline export function interp<T>(p0: usize, rowBytes: usize, tv: v128): v128 {
  const v0 = v128.load(p0)
  return v128.add<T>(v0, v128.mul<T>(v128.sub<T>(v128.load(p0 + rowBytes), v0), tv))
}

// Outputs [kb, kb + 16·W) of a layer (W a constant 1..4, so the unused accumulators fold away):
// Σ_j f_kj(x_j) over the inputs j in increasing order, from the located rows (rowPtrPtr, tPtr);
// mean: times invN. Register blocking: W accumulators, the loop over inputs inside; immediate
// offsets for the W vectors (an address computed per vector costs an instruction each).
@inline function accumulateBlock<T>(W: i32, n: i32, kb: usize, rowBytes: usize, rowPtrPtr: usize, tPtr: usize, outPtr: usize, mean: bool, invN: v128): void {
  let a0 = v128.splat<T>(<T>0)
  let a1 = a0
  let a2 = a0
  let a3 = a0
  for (let j = 0; j < n; j++) {
    const tv = loadSplat<T>(tPtr + (<usize>j) * sizeof<T>())
    const p0 = <usize>load<u32>(rowPtrPtr + (<usize>j << 2)) + kb
    const p1 = p0 + rowBytes
    const w0 = v128.load(p0, 0)
    a0 = v128.add<T>(a0, v128.add<T>(w0, v128.mul<T>(v128.sub<T>(v128.load(p1, 0), w0), tv)))
    if (W > 1) {
      const w1 = v128.load(p0, 16)
      a1 = v128.add<T>(a1, v128.add<T>(w1, v128.mul<T>(v128.sub<T>(v128.load(p1, 16), w1), tv)))
    }
    if (W > 2) {
      const w2 = v128.load(p0, 32)
      a2 = v128.add<T>(a2, v128.add<T>(w2, v128.mul<T>(v128.sub<T>(v128.load(p1, 32), w2), tv)))
    }
    if (W > 3) {
      const w3 = v128.load(p0, 48)
      a3 = v128.add<T>(a3, v128.add<T>(w3, v128.mul<T>(v128.sub<T>(v128.load(p1, 48), w3), tv)))
    }
  }
  const op = outPtr + kb
  v128.store(op, mean ? v128.mul<T>(a0, invN) : a0, 0)
  if (W > 1) v128.store(op, mean ? v128.mul<T>(a1, invN) : a1, 16)
  if (W > 2) v128.store(op, mean ? v128.mul<T>(a2, invN) : a2, 32)
  if (W > 3) v128.store(op, mean ? v128.mul<T>(a3, invN) : a3, 48)
}

// Outputs of layer l (T[mPad] at its outPtr) from located inputs (rowPtrPtr, tPtr).
@inline export function accumulateLayer<T>(ctx: usize, l: i32, rowPtrPtr: usize, tPtr: usize): void {
  const n = layerWord(ctx, l, L_N)
  const rowBytes = <usize>layerWord(ctx, l, L_ROW_VALUES) * sizeof<T>()
  const outPtr = <usize>layerWord(ctx, l, L_OUT)
  const mean = isMeanForm(ctx)
  const invN = v128.splat<T>(<T>1 / <T>n)
  let kb: usize = 0
  for (; kb + BLOCK_BYTES <= rowBytes; kb += BLOCK_BYTES) accumulateBlock<T>(4, n, kb, rowBytes, rowPtrPtr, tPtr, outPtr, mean, invN)
  if (layerWord(ctx, l, L_M) == 1) {
    // One output (m = 1): see assembly/outer.ts.
    const lanes = 16 / sizeof<T>()
    const nFull = n & ~(lanes - 1)
    let acc = v128.splat<T>(<T>0)
    let j = 0
    for (; j < nFull; j += lanes) acc = v128.add<T>(acc, outerTerms<T>(rowPtrPtr + (<usize>j << 2), tPtr + (<usize>j) * sizeof<T>()))
    v128.store(outPtr, v128.replace_lane<T>(v128.splat<T>(<T>0), 0, outerSum<T>(acc, rowPtrPtr, tPtr, j, n, mean)))
    return
  }
  const left = <i32>((rowBytes - kb) >> 4)
  if (left == 1) accumulateBlock<T>(1, n, kb, rowBytes, rowPtrPtr, tPtr, outPtr, mean, invN)
  else if (left == 2) accumulateBlock<T>(2, n, kb, rowBytes, rowPtrPtr, tPtr, outPtr, mean, invN)
  else if (left == 3) accumulateBlock<T>(3, n, kb, rowBytes, rowPtrPtr, tPtr, outPtr, mean, invN)
}

// Evaluates layer l on inputs inPtr (T[n]) with the descriptor's row-pointer and t buffers.
// training: widen grids to cover the inputs first (adaptive range); otherwise the model is frozen.
@inline export function forwardLayer<T>(ctx: usize, l: i32, inPtr: usize, training: bool): void {
  const rowPtrPtr = <usize>layerWord(ctx, l, L_IDX)
  const tPtr = <usize>layerWord(ctx, l, L_T)
  locateLayer<T>(ctx, l, inPtr, training, rowPtrPtr, tPtr)
  accumulateLayer<T>(ctx, l, rowPtrPtr, tPtr)
}

// Runs layers [l0, L) of the network on inPtr; returns the pointer of the last layer's output.
@inline export function forwardFrom<T>(ctx: usize, l0: i32, inPtr: usize, training: bool): usize {
  const L = layerCount(ctx)
  for (let l = l0; l < L; l++) {
    forwardLayer<T>(ctx, l, inPtr, training)
    inPtr = <usize>layerWord(ctx, l, L_OUT)
  }
  return inPtr
}

// Prediction with the frozen model: rows [r0, r1) of xPtr (T[rows][features]) into
// outPtr (T[rows][targets]).
@inline export function forwardRange<T>(ctx: usize, xPtr: usize, outPtr: usize, r0: i32, r1: i32): void {
  const features = <usize>featureCount(ctx)
  const targets = <usize>targetCount(ctx)
  for (let r = r0; r < r1; r++) {
    const yPtr = forwardFrom<T>(ctx, 0, xPtr + (<usize>r) * features * sizeof<T>(), false)
    const dst = outPtr + (<usize>r) * targets * sizeof<T>()
    for (let k: usize = 0; k < targets; k++) store<T>(dst + k * sizeof<T>(), load<T>(yPtr + k * sizeof<T>()))
  }
}
