// The model descriptor: a small i32 block, written by src/kernels/layout.ts, that tells a kernel
// where one model copy and one thread's scratch live. Word meanings must match
// src/kernels/layout.ts; the exported constants below are checked against it when the module loads.
//
//   header  [0] layerCount  [1] meanForm (1: y = Σf/n, 0: y = Σf)  [2] features  [3] targets
//           [4] nextRowPtrPtr u32[n0]  [5] nextTPtr T[nPad0]: layer 0's second located record
//               (assembly/nk.ts locates record r+1 there while record r is being updated);
//               right after the T[nPad0] t buffer: packed entries of layer 0 for two records,
//               2 × n0 × 48 bytes (per input: row address u32 at 0, t splatted to a vector at 16,
//               u = 1 - t splatted at 32)
//   layer l at word HEADER_WORDS + l*LAYER_WORDS:
//           [0] n  [1] m  [2] rowValues (mPad; 1 when m = 1)  [3] P (0: P_j per input, word 10)
//           [4] paramsPtr  T[ΣP_j][rowValues] node values v, ALGORITHM §2 layout (input j's rows
//                                          after input j-1's)
//           [5] gridPtr    T[4][nPad]      lo[nPad], hi[nPad], dx[nPad], 1/dx[nPad] (assembly/pl.ts),
//                                          nPad = n rounded up to the lanes; grid j is shared by input j
//           [6] rowPtrPtr  u32[n]          address of row i (segment i) of each input j, from the
//                                          last forward pass: paramsPtr + (s_j + i)·rowValues·sizeof<T>,
//                                          s_j = P_0 + … + P_(j-1)
//           [7] tPtr       T[nPad]         position t of each input in its segment
//           [8] outPtr     T[mPad]         layer output y (pad lanes stay 0)
//           [9] errPtr     T[mPad]         residual e of the layer's outputs (pad lanes stay 0)
//           [10] pointsPtr (P = 0) T[nPad] P_j - 1, then nPad offsets of input j's first row
//                                          from paramsPtr, in bytes (f64 in f64, i32 in f32);
//                                          0 when P != 0 (assembly/pl.ts locateInputs)

export const HEADER_WORDS: i32 = 6
export const LAYER_WORDS: i32 = 11

@inline export function layerCount(ctx: usize): i32 {
  return load<i32>(ctx)
}
@inline export function isMeanForm(ctx: usize): bool {
  return load<i32>(ctx, 4) != 0
}
@inline export function featureCount(ctx: usize): i32 {
  return load<i32>(ctx, 8)
}
@inline export function targetCount(ctx: usize): i32 {
  return load<i32>(ctx, 12)
}
@inline export function nextRowPtrPtr(ctx: usize): usize {
  return <usize>load<i32>(ctx, 16)
}
@inline export function nextTPtr(ctx: usize): usize {
  return <usize>load<i32>(ctx, 20)
}
@inline export function layerWord(ctx: usize, l: i32, word: i32): i32 {
  return load<i32>(ctx + (<usize>(HEADER_WORDS + l * LAYER_WORDS + word) << 2))
}

export const L_N: i32 = 0
export const L_M: i32 = 1
export const L_ROW_VALUES: i32 = 2
export const L_P: i32 = 3
export const L_PARAMS: i32 = 4
export const L_GRID: i32 = 5
export const L_IDX: i32 = 6
export const L_T: i32 = 7
export const L_OUT: i32 = 8
export const L_ERR: i32 = 9
export const L_POINTS: i32 = 10
