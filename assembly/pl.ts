// Piecewise-linear functions on a uniform grid (ALGORITHM §1).
// The grids of a layer are one block of four arrays (structure of arrays), each of gridLen =
// n rounded up to the lane count values: lo[gridLen], hi[gridLen], dx[gridLen], invDx[gridLen]
// (pad entries stay 0). dx = (hi - lo)/(P - 1) and invDx = 1/dx, kept so the per-record work
// multiplies instead of dividing (divisions were a third of the training time on Det4).
// The arrays being contiguous over j, the segment lookup runs over lanes of inputs j.
import { L_GRID, L_N, layerCount, layerWord } from './descriptor'

// Bytes of one packed entry (layer 0 of the NK kernel, assembly/nk.ts): row address u32 at 0,
// t splatted to a vector at 16, u = 1 - t splatted at 32.
export const ENTRY_BYTES: usize = 48

// Bytes of each of the four arrays of a layer's grid block.
@inline export function gridArrayBytes<T>(n: i32): usize {
  const lanes = 16 / sizeof<T>()
  return (<usize>((n + lanes - 1) & ~(lanes - 1))) * sizeof<T>()
}

// Adaptive range (ALGORITHM §1, training only): if x <= lo then lo = x, else if x >= hi
// then hi = x; on a change widen both ends by 1% of the new width and recompute dx, 1/dx.
// Node values are not moved: the function is stretched. loPtr is the address of lo[j].
@inline export function adaptRange<T>(loPtr: usize, arrayBytes: usize, x: T, P: i32): void {
  let lo = load<T>(loPtr)
  let hi = load<T>(loPtr + arrayBytes)
  if (x <= lo) {
    lo = x
  } else if (x >= hi) {
    hi = x
  } else {
    return
  }
  const g = <T>0.01 * (hi - lo)
  lo -= g
  hi += g
  store<T>(loPtr, lo)
  store<T>(loPtr + arrayBytes, hi)
  const dx = (hi - lo) / <T>(P - 1)
  store<T>(loPtr + 2 * arrayBytes, dx)
  store<T>(loPtr + 3 * arrayBytes, <T>1 / dx)
}

// Segment lookup: r = (x - lo)·(1/dx) clamped to [0, P-1]; i = min(floor(r), P-2); t = r - i.
// Inside the range this is ALGORITHM §1 exactly; outside it clamps onto the end segment
// (i = 0, t = 0 below lo; i = P-2, t = 1 above hi), which is the frozen-model rule.
// Writes the address of row i (rowBase + i·rowBytes) to rowPtrPtr, t to tPtr and u = 1 - t to
// tPtr + arrayBytes (the update's weight of row i, computed once here instead of per output).
@inline function locateOne<T>(loPtr: usize, arrayBytes: usize, x: T, P: i32, rowBase: usize, rowBytes: usize, rowPtrPtr: usize, tPtr: usize, entryPtr: usize): void {
  let r = (x - load<T>(loPtr)) * load<T>(loPtr + 3 * arrayBytes)
  const last = <T>(P - 1)
  if (r < <T>0) r = <T>0
  if (r > last) r = last
  let i = <i32>r
  if (i > P - 2) i = P - 2
  const rowPtr = <u32>(rowBase + (<usize>i) * rowBytes)
  store<u32>(rowPtrPtr, rowPtr)
  const t = r - <T>i
  store<T>(tPtr, t)
  store<T>(tPtr + arrayBytes, <T>1 - t)
  if (entryPtr != 0) {
    store<u32>(entryPtr, rowPtr)
    v128.store(entryPtr, v128.splat<T>(t), 16)
    v128.store(entryPtr, v128.splat<T>(<T>1 - t), 32)
  }
}

// Adaptive range (when training) and segment lookup of inputs inPtr (T[n]) on the grids at
// gridPtr, for the node values at paramsPtr (T[n][P][rowBytes/sizeof<T>]): writes the address of
// row i of input j, paramsPtr + (j·P + i)·rowBytes, to rowPtrPtr (u32[n]), t to tPtr (T[nPad])
// and u = 1 - t to tPtr + nPad·sizeof<T> (T[nPad]).
// Whole vectors of inputs run in lanes with the same operations as locateOne: pmax(r, 0) is
// `r < 0 ? 0 : r`, pmin(r, last) is `last < r ? last : r`, truncation of r >= 0 is floor. A
// vector whose inputs all lie strictly inside their ranges needs no widening; otherwise its
// lanes are widened one by one (rare after the first records). The last n mod lanes inputs
// run one at a time.
@inline export function locateInputs<T>(gridPtr: usize, n: i32, P: i32, paramsPtr: usize, rowBytes: usize, inPtr: usize, rowPtrPtr: usize, tPtr: usize, training: bool, packPtr: usize = 0): void {
  const lanes = 16 / sizeof<T>()
  const arrayBytes = gridArrayBytes<T>(n)
  const zero = v128.splat<T>(<T>0)
  const one = v128.splat<T>(<T>1)
  const last = v128.splat<T>(<T>(P - 1))
  const maxI = i32x4.splat(P - 2)
  const rowBytesV = i32x4.splat(<i32>rowBytes)
  const inputBytes = <i32>((<usize>P) * rowBytes)
  // Lane q: address of row 0 of input j + q.
  let baseV = i32x4.add(i32x4.splat(<i32>paramsPtr), i32x4.mul(i32x4(0, 1, 2, 3), i32x4.splat(inputBytes)))
  const baseStep = i32x4.splat(inputBytes * lanes)
  const nFull = n & ~(lanes - 1)
  let j = 0
  for (; j < nFull; j += lanes) {
    const o = (<usize>j) * sizeof<T>()
    const loPtr = gridPtr + o
    const x = v128.load(inPtr + o)
    let lo = v128.load(loPtr)
    if (training) {
      if (v128.any_true(v128.or(v128.le<T>(x, lo), v128.ge<T>(x, v128.load(loPtr + arrayBytes))))) {
        for (let q = 0; q < lanes; q++) {
          const qo = (<usize>q) * sizeof<T>()
          adaptRange<T>(loPtr + qo, arrayBytes, load<T>(inPtr + o + qo), P)
        }
        lo = v128.load(loPtr)
      }
    }
    let r = v128.mul<T>(v128.sub<T>(x, lo), v128.load(loPtr + 3 * arrayBytes))
    r = v128.pmin<T>(v128.pmax<T>(r, zero), last)
    if (sizeof<T>() == 8) {
      const i = i32x4.min_s(i32x4.trunc_sat_f64x2_s_zero(r), maxI)
      const rows = i32x4.add(baseV, i32x4.mul(i, rowBytesV))
      v128.store64_lane(rowPtrPtr + (<usize>j << 2), rows, 0)
      const t = f64x2.sub(r, f64x2.convert_low_i32x4_s(i))
      const u = f64x2.sub(one, t)
      v128.store(tPtr + o, t)
      v128.store(tPtr + arrayBytes + o, u)
      if (packPtr != 0) {
        const e = packPtr + (<usize>j) * ENTRY_BYTES
        v128.store32_lane(e, rows, 0)
        v128.store(e, v128.shuffle<f64>(t, t, 0, 0), 16)
        v128.store(e, v128.shuffle<f64>(u, u, 0, 0), 32)
        v128.store32_lane(e + ENTRY_BYTES, rows, 1)
        v128.store(e + ENTRY_BYTES, v128.shuffle<f64>(t, t, 1, 1), 16)
        v128.store(e + ENTRY_BYTES, v128.shuffle<f64>(u, u, 1, 1), 32)
      }
    } else {
      const i = i32x4.min_s(i32x4.trunc_sat_f32x4_s(r), maxI)
      const rows = i32x4.add(baseV, i32x4.mul(i, rowBytesV))
      v128.store(rowPtrPtr + (<usize>j << 2), rows)
      const t = f32x4.sub(r, f32x4.convert_i32x4_s(i))
      const u = f32x4.sub(one, t)
      v128.store(tPtr + o, t)
      v128.store(tPtr + arrayBytes + o, u)
      if (packPtr != 0) {
        const e = packPtr + (<usize>j) * ENTRY_BYTES
        v128.store32_lane(e, rows, 0)
        v128.store(e, v128.shuffle<f32>(t, t, 0, 0, 0, 0), 16)
        v128.store(e, v128.shuffle<f32>(u, u, 0, 0, 0, 0), 32)
        v128.store32_lane(e + ENTRY_BYTES, rows, 1)
        v128.store(e + ENTRY_BYTES, v128.shuffle<f32>(t, t, 1, 1, 1, 1), 16)
        v128.store(e + ENTRY_BYTES, v128.shuffle<f32>(u, u, 1, 1, 1, 1), 32)
        v128.store32_lane(e + 2 * ENTRY_BYTES, rows, 2)
        v128.store(e + 2 * ENTRY_BYTES, v128.shuffle<f32>(t, t, 2, 2, 2, 2), 16)
        v128.store(e + 2 * ENTRY_BYTES, v128.shuffle<f32>(u, u, 2, 2, 2, 2), 32)
        v128.store32_lane(e + 3 * ENTRY_BYTES, rows, 3)
        v128.store(e + 3 * ENTRY_BYTES, v128.shuffle<f32>(t, t, 3, 3, 3, 3), 16)
        v128.store(e + 3 * ENTRY_BYTES, v128.shuffle<f32>(u, u, 3, 3, 3, 3), 32)
      }
    }
    baseV = i32x4.add(baseV, baseStep)
  }
  for (; j < n; j++) {
    const o = (<usize>j) * sizeof<T>()
    const x = load<T>(inPtr + o)
    if (training) adaptRange<T>(gridPtr + o, arrayBytes, x, P)
    locateOne<T>(gridPtr + o, arrayBytes, x, P, paramsPtr + (<usize>j) * (<usize>inputBytes), rowBytes, rowPtrPtr + (<usize>j << 2), tPtr + o, packPtr != 0 ? packPtr + (<usize>j) * ENTRY_BYTES : 0)
  }
}

// invDx = 1/dx for every real input j of one grid block (after merging averaged the grids:
// 1/dx is not linear in dx, so the mean of the copies' 1/dx is not 1/(mean dx)).
@inline export function refreshGridBlock<T>(gridPtr: usize, n: i32): void {
  const arrayBytes = gridArrayBytes<T>(n)
  for (let j = 0; j < n; j++) {
    const p = gridPtr + (<usize>j) * sizeof<T>()
    store<T>(p + 3 * arrayBytes, <T>1 / load<T>(p + 2 * arrayBytes))
  }
}

// refreshGrids: invDx = 1/dx for every grid of the model copy the descriptor at ctx points to.
@inline export function refreshGrids<T>(ctx: usize): void {
  const L = layerCount(ctx)
  for (let l = 0; l < L; l++) refreshGridBlock<T>(<usize>layerWord(ctx, l, L_GRID), layerWord(ctx, l, L_N))
}
