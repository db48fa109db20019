// Piecewise-linear functions on a uniform grid (ALGORITHM §1); the grid of input j has P_j points.
// The grids of a layer are one block of four arrays (structure of arrays), each of gridLen =
// n rounded up to the lane count values: lo[gridLen], hi[gridLen], dx[gridLen], invDx[gridLen]
// (pad entries stay 0). dx = (hi - lo)/(P_j - 1) and invDx = 1/dx, kept so the per-record work
// multiplies instead of dividing (divisions were a third of the training time on Det4).
// The arrays being contiguous over j, the segment lookup runs over lanes of inputs j.

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
// Writes the address of row i (rowBase + i·rowBytes) to rowPtrPtr and t to tPtr; entryPtr != 0:
// also the packed entry there (with u = 1 - t, the update's weight of row i).
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
  if (entryPtr != 0) {
    store<u32>(entryPtr, rowPtr)
    v128.store(entryPtr, v128.splat<T>(t), 16)
    v128.store(entryPtr, v128.splat<T>(<T>1 - t), 32)
  }
}

// 2^52 (f64) and 2^23 (f32): a non-negative integer k below it, added to it, leaves k in the low
// bits of the sum's bit pattern - a float-to-integer conversion in one addition (the lookup's
// segment indices and row addresses; wasm's saturating conversion costs five instructions).
const MAGIC_F64: f64 = 4503599627370496.0
const MAGIC_F32: f32 = 8388608.0

// Loop invariants pass through this global so that V8 computes them once, before the loop: a
// splat of a value computed outside a loop is otherwise recomputed at every use inside it
// (a conversion and a shuffle per iteration), while a global.get stays where it is.
let invariant: v128 = v128.splat<i32>(0)
@inline function hoisted(v: v128): v128 {
  invariant = v
  return invariant
}

// Adaptive range (when training) and segment lookup of inputs inPtr (T[n]) on the grids at
// gridPtr, for the node values at paramsPtr: writes the address of row i of input j to
// rowPtrPtr (u32[n]) and t to tPtr (T[nPad]); packPtr != 0: also packed entries there.
// Every input has P points (P != 0: input j's rows start at paramsPtr + j·P·rowBytes), or
// (P = 0) input j has P_j, read from the layer's points block at pointsPtr (src/kernels/layout.ts):
// last[j] = P_j - 1 (T[nPad]), then the byte offset of input j's rows from paramsPtr (nPad
// entries of sizeof<T>: f64 in f64, i32 in f32). Both read the same values (P_j - 1, P_j - 2,
// row addresses), so a layer whose counts are all P gives the same bits either way; the
// uniform one keeps its constants in registers.
// Whole vectors of inputs run in lanes with the same operations as locateOne: pmax(0, r) is
// `0 < r ? r : 0` (also 0 for a NaN r, which a diverging model can feed a later layer: its row
// address stays in bounds and the NaN is caught after the round), pmin(r, last) is
// `last < r ? last : r`, floor(r) of r in [0, P - 1] is the truncation, and i·rowBytes + base
// is exact in f64 (integers below 2^53). Training, the
// vector pass also notes whether any input lies on or outside its range; if one does (rare
// after the first records), those grids are widened and the pass runs again, so every lookup
// sees the widened grids, as in locateOne. The last n mod lanes inputs run one at a time.
@inline export function locateInputs<T>(gridPtr: usize, n: i32, P: i32, pointsPtr: usize, paramsPtr: usize, rowBytes: usize, inPtr: usize, rowPtrPtr: usize, tPtr: usize, training: bool, packPtr: usize = 0): void {
  if (P != 0) {
    locateAll<T>(gridPtr, n, P, 0, paramsPtr, rowBytes, inPtr, rowPtrPtr, tPtr, training, packPtr, false)
  } else {
    locatePerInput<T>(gridPtr, n, pointsPtr, paramsPtr, rowBytes, inPtr, rowPtrPtr, tPtr, training, packPtr)
  }
}

// The per-input lookup as a function of its own, called rather than inlined: inlined beside the
// uniform one at every call site, it made the training kernels a quarter larger.
function locatePerInput<T>(gridPtr: usize, n: i32, pointsPtr: usize, paramsPtr: usize, rowBytes: usize, inPtr: usize, rowPtrPtr: usize, tPtr: usize, training: bool, packPtr: usize): void {
  locateAll<T>(gridPtr, n, 0, pointsPtr, paramsPtr, rowBytes, inPtr, rowPtrPtr, tPtr, training, packPtr, true)
}

// P_j of input j (byte offset o = j·sizeof<T>) and the address of its first row.
@inline function inputCount<T>(P: i32, pointsPtr: usize, o: usize, perInput: bool): i32 {
  return perInput ? <i32>load<T>(pointsPtr + o) + 1 : P
}
@inline function inputRows<T>(paramsPtr: usize, j: i32, P: i32, rowBytes: usize, offsetsPtr: usize, perInput: bool): usize {
  if (!perInput) return paramsPtr + (<usize>j) * (<usize>P) * rowBytes
  const at = offsetsPtr + (<usize>j) * sizeof<T>()
  return paramsPtr + (sizeof<T>() == 8 ? <usize>load<f64>(at) : <usize>load<i32>(at))
}

// locateInputs for one kind of layer (perInput: a constant, so the other kind's code folds away).
@inline function locateAll<T>(gridPtr: usize, n: i32, P: i32, pointsPtr: usize, paramsPtr: usize, rowBytes: usize, inPtr: usize, rowPtrPtr: usize, tPtr: usize, training: bool, packPtr: usize, perInput: bool): void {
  const lanes = 16 / sizeof<T>()
  const arrayBytes = gridArrayBytes<T>(n)
  const offsetsPtr = pointsPtr + arrayBytes
  const nFull = n & ~(lanes - 1)
  if (!training) {
    locateVectors<T>(gridPtr, nFull, P, pointsPtr, paramsPtr, rowBytes, inPtr, rowPtrPtr, tPtr, packPtr, arrayBytes, false, perInput)
  } else if (locateVectors<T>(gridPtr, nFull, P, pointsPtr, paramsPtr, rowBytes, inPtr, rowPtrPtr, tPtr, packPtr, arrayBytes, true, perInput)) {
    for (let j = 0; j < nFull; j++) {
      const o = (<usize>j) * sizeof<T>()
      adaptRange<T>(gridPtr + o, arrayBytes, load<T>(inPtr + o), inputCount<T>(P, pointsPtr, o, perInput))
    }
    locateVectors<T>(gridPtr, nFull, P, pointsPtr, paramsPtr, rowBytes, inPtr, rowPtrPtr, tPtr, packPtr, arrayBytes, false, perInput)
  }
  for (let j = nFull; j < n; j++) {
    const o = (<usize>j) * sizeof<T>()
    const x = load<T>(inPtr + o)
    const count = inputCount<T>(P, pointsPtr, o, perInput)
    if (training) adaptRange<T>(gridPtr + o, arrayBytes, x, count)
    locateOne<T>(gridPtr + o, arrayBytes, x, count, inputRows<T>(paramsPtr, j, P, rowBytes, offsetsPtr, perInput), rowBytes, rowPtrPtr + (<usize>j << 2), tPtr + o, packPtr != 0 ? packPtr + (<usize>j) * ENTRY_BYTES : 0)
  }
}

// The vector part of locateInputs over inputs [0, nFull); checking: returns whether any input
// lies on or outside its range (then the caller widens those grids and runs it again).
@inline function locateVectors<T>(gridPtr: usize, nFull: i32, P: i32, pointsPtr: usize, paramsPtr: usize, rowBytes: usize, inPtr: usize, rowPtrPtr: usize, tPtr: usize, packPtr: usize, arrayBytes: usize, checking: bool, perInput: bool): bool {
  const lanes = 16 / sizeof<T>()
  const zero = v128.splat<T>(<T>0)
  const one = v128.splat<T>(<T>1)
  const rowBytesV = hoisted(sizeof<T>() == 8 ? f64x2.splat(<f64>rowBytes) : i32x4.splat(<i32>rowBytes))
  // Uniform: P - 1, P - 2 and the step of the row bases, in registers. Per input: the row base
  // of input j is paramsPtr (plus the magic number in f64) + its offset.
  const last = perInput ? zero : hoisted(v128.splat<T>(<T>(P - 1)))
  const lastSegment = perInput ? zero : hoisted(v128.splat<T>(<T>(P - 2)))
  const inputBytes = (<usize>P) * rowBytes
  const baseStep = perInput ? zero : hoisted(sizeof<T>() == 8 ? f64x2.splat(<f64>(2 * inputBytes)) : i32x4.splat(<i32>inputBytes << 2))
  const params = perInput ? hoisted(sizeof<T>() == 8 ? f64x2.splat(<f64>paramsPtr + MAGIC_F64) : i32x4.splat(<i32>paramsPtr)) : zero
  const offsetsPtr = pointsPtr + arrayBytes
  let outside = zero
  // Uniform, lane q: the address of row 0 of input j + q (plus the magic number in f64).
  let base = perInput
    ? zero
    : sizeof<T>() == 8
      ? f64x2.replace_lane(f64x2.splat(<f64>paramsPtr + MAGIC_F64), 1, <f64>(paramsPtr + inputBytes) + MAGIC_F64)
      : i32x4.add(i32x4.splat(<i32>paramsPtr), i32x4.mul(i32x4(0, 1, 2, 3), i32x4.splat(<i32>inputBytes)))
  for (let j = 0; j < nFull; j += lanes) {
    const o = (<usize>j) * sizeof<T>()
    const loPtr = gridPtr + o
    const x = v128.load(inPtr + o)
    const lo = v128.load(loPtr)
    const lastJ = perInput ? v128.load(pointsPtr + o) : last
    const lastSegmentJ = perInput ? v128.sub<T>(lastJ, one) : lastSegment
    const baseJ = perInput ? (sizeof<T>() == 8 ? f64x2.add(v128.load(offsetsPtr + o), params) : i32x4.add(v128.load(offsetsPtr + o), params)) : base
    if (checking) outside = v128.or(outside, v128.or(v128.le<T>(x, lo), v128.ge<T>(x, v128.load(loPtr + arrayBytes))))
    const r = v128.pmin<T>(v128.pmax<T>(zero, v128.mul<T>(v128.sub<T>(x, lo), v128.load(loPtr + 3 * arrayBytes))), lastJ)
    const segment = v128.pmin<T>(v128.floor<T>(r), lastSegmentJ)
    const t = v128.sub<T>(r, segment)
    v128.store(tPtr + o, t)
    let rows: v128
    if (sizeof<T>() == 8) {
      rows = f64x2.add(f64x2.mul(segment, rowBytesV), baseJ)
      if (!perInput) base = f64x2.add(base, baseStep)
      v128.store64_lane(rowPtrPtr + (<usize>j << 2), v128.shuffle<i32>(rows, rows, 0, 2, 0, 2), 0)
    } else {
      const index = i32x4.sub(f32x4.add(segment, f32x4.splat(MAGIC_F32)), f32x4.splat(MAGIC_F32))
      rows = i32x4.add(baseJ, i32x4.mul(index, rowBytesV))
      if (!perInput) base = i32x4.add(base, baseStep)
      v128.store(rowPtrPtr + (<usize>j << 2), rows)
    }
    if (packPtr != 0) storeEntries<T>(packPtr + (<usize>j) * ENTRY_BYTES, rows, t, v128.sub<T>(one, t))
  }
  return checking && v128.any_true(outside)
}

// Packed entries (ENTRY_BYTES each) of the `lanes` inputs of one vector: row address, t and
// u splatted. rows: f64 lanes whose low 32 bits are the addresses (u32 lanes 0, 2), or i32 lanes.
@inline function storeEntries<T>(e: usize, rows: v128, t: v128, u: v128): void {
  if (sizeof<T>() == 8) {
    v128.store32_lane(e, rows, 0)
    v128.store(e, v128.shuffle<f64>(t, t, 0, 0), 16)
    v128.store(e, v128.shuffle<f64>(u, u, 0, 0), 32)
    v128.store32_lane(e + ENTRY_BYTES, rows, 2)
    v128.store(e + ENTRY_BYTES, v128.shuffle<f64>(t, t, 1, 1), 16)
    v128.store(e + ENTRY_BYTES, v128.shuffle<f64>(u, u, 1, 1), 32)
  } else {
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
