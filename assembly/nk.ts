// One Newton-Kaczmarz pass over records [r0, r1) (ALGORITHM §2):
//   1. forward with adaptive ranges, keeping i and t of every grid;
//   2. e_L = α·(y* - y_L);
//   3. e_{l-1}[j] = (Σ_k e_l[k]·(v_kj[i+1] - v_kj[i]))·(1/dx_j), slopes taken before the update;
//   4. v_kj[i] += e_l[k]·(1 - t);  v_kj[i+1] += e_l[k]·t.
// Layers are updated from the last to the first; layer l's back-propagation reads its node
// values in the same pass, just before updating them, so every slope is the pre-update one.
//
// Layer 0 needs no back-propagation, so its update for record r and its forward pass for
// record r+1 run in one sweep over the node values (updateThenAccumulate): for each k-block
// and each input j the rows are updated for r, then read for r+1. That is exactly the
// sequential order (a row is never read for r+1 before r's update of it). Record r+1 is located
// (grids widened) first, into layer 0's second row-pointer/t buffers; r's update does not read
// grids. The first record of a call runs a plain forward, the last a plain update.
import { L_ERR, L_GRID, L_IDX, L_MPAD, L_N, L_OUT, L_T, featureCount, isMeanForm, layerCount, layerWord, nextRowPtrPtr, nextTPtr, targetCount } from './descriptor'
import { BLOCK_BYTES, accumulateLayer, forwardFrom, interp, locateLayer } from './forward'
import { horizontalSum, loadSplat } from './lanes'
import { gridArrayBytes } from './pl'

const FUSE = true

// v[i] += e·(1 - t); v[i+1] += e·t for one vector of outputs k (rows p0 and p0 + rowBytes).
@inline function updatePair<T>(p0: usize, rowBytes: usize, e: v128, uv: v128, tv: v128): void {
  v128.store(p0, v128.add<T>(v128.load(p0), v128.mul<T>(e, uv)))
  v128.store(p0 + rowBytes, v128.add<T>(v128.load(p0 + rowBytes), v128.mul<T>(e, tv)))
}

// Updates layer l with its residual (errPtr of l) at the located rows (rowPtrPtr, tPtr); when
// prevErrPtr != 0 also writes the residual of the layer's inputs there (T[n]).
@inline function updateLayerAt<T>(ctx: usize, l: i32, rowPtrPtr: usize, tPtr: usize, prevErrPtr: usize): void {
  const n = layerWord(ctx, l, L_N)
  const rowBytes = <usize>layerWord(ctx, l, L_MPAD) * sizeof<T>()
  const errPtr = <usize>layerWord(ctx, l, L_ERR)
  const invDxPtr = <usize>layerWord(ctx, l, L_GRID) + 3 * gridArrayBytes<T>(n)
  const uPtr = tPtr + gridArrayBytes<T>(n)

  if (rowBytes == 16 && prevErrPtr != 0) {
    // One vector of outputs (m <= lanes, e.g. a last layer with one target): rows i and i+1
    // are adjacent vectors. Same operations as the general loop below, without its inner loop.
    const e = v128.load(errPtr)
    const zero = v128.splat<T>(<T>0)
    for (let j = 0; j < n; j++) {
      const jt = (<usize>j) * sizeof<T>()
      const p0 = <usize>load<u32>(rowPtrPtr + (<usize>j << 2))
      const v0 = v128.load(p0)
      const v1 = v128.load(p0, 16)
      const slope = v128.add<T>(zero, v128.mul<T>(e, v128.sub<T>(v1, v0)))
      v128.store(p0, v128.add<T>(v0, v128.mul<T>(e, loadSplat<T>(uPtr + jt))))
      v128.store(p0, v128.add<T>(v1, v128.mul<T>(e, loadSplat<T>(tPtr + jt))), 16)
      store<T>(prevErrPtr + (<usize>j) * sizeof<T>(), horizontalSum<T>(slope) * load<T>(invDxPtr + (<usize>j) * sizeof<T>()))
    }
    return
  }
  for (let j = 0; j < n; j++) {
    const tv = loadSplat<T>(tPtr + (<usize>j) * sizeof<T>())
    const uv = loadSplat<T>(uPtr + (<usize>j) * sizeof<T>())
    const p0 = <usize>load<u32>(rowPtrPtr + (<usize>j << 2))
    if (prevErrPtr != 0) {
      let slope = v128.splat<T>(<T>0)
      for (let kb: usize = 0; kb < rowBytes; kb += 16) {
        const e = v128.load(errPtr + kb)
        const v0 = v128.load(p0 + kb)
        const v1 = v128.load(p0 + kb + rowBytes)
        slope = v128.add<T>(slope, v128.mul<T>(e, v128.sub<T>(v1, v0)))
        v128.store(p0 + kb, v128.add<T>(v0, v128.mul<T>(e, uv)))
        v128.store(p0 + kb + rowBytes, v128.add<T>(v1, v128.mul<T>(e, tv)))
      }
      const invDx = load<T>(invDxPtr + (<usize>j) * sizeof<T>())
      store<T>(prevErrPtr + (<usize>j) * sizeof<T>(), horizontalSum<T>(slope) * invDx)
    } else {
      let kb: usize = 0
      for (; kb + BLOCK_BYTES <= rowBytes; kb += BLOCK_BYTES) {
        updatePair<T>(p0 + kb, rowBytes, v128.load(errPtr + kb), uv, tv)
        updatePair<T>(p0 + kb + 16, rowBytes, v128.load(errPtr + kb, 16), uv, tv)
        updatePair<T>(p0 + kb + 32, rowBytes, v128.load(errPtr + kb, 32), uv, tv)
        updatePair<T>(p0 + kb + 48, rowBytes, v128.load(errPtr + kb, 48), uv, tv)
      }
      for (; kb < rowBytes; kb += 16) updatePair<T>(p0 + kb, rowBytes, v128.load(errPtr + kb), uv, tv)
    }
  }
}

// Updates layer l at the rows located by its last forward pass (the descriptor's buffers).
@inline export function updateLayer<T>(ctx: usize, l: i32, prevErrPtr: usize): void {
  updateLayerAt<T>(ctx, l, <usize>layerWord(ctx, l, L_IDX), <usize>layerWord(ctx, l, L_T), prevErrPtr)
}

// Layer 0: update with record r's rows (rowsA, tA) and residual, then the forward pass of
// record r+1 from its rows (rowsB, tB) into layer 0's output; one sweep, k-blocks outside.
@inline function updateThenAccumulate<T>(ctx: usize, rowsA: usize, tA: usize, rowsB: usize, tB: usize): void {
  const n = layerWord(ctx, 0, L_N)
  const rowBytes = <usize>layerWord(ctx, 0, L_MPAD) * sizeof<T>()
  const errPtr = <usize>layerWord(ctx, 0, L_ERR)
  const outPtr = <usize>layerWord(ctx, 0, L_OUT)
  const mean = isMeanForm(ctx)
  const invN = v128.splat<T>(<T>1 / <T>n)
  const uA = tA + gridArrayBytes<T>(n)
  let kb: usize = 0
  for (; kb + BLOCK_BYTES <= rowBytes; kb += BLOCK_BYTES) {
    const e0 = v128.load(errPtr + kb)
    const e1 = v128.load(errPtr + kb, 16)
    const e2 = v128.load(errPtr + kb, 32)
    const e3 = v128.load(errPtr + kb, 48)
    let a0 = v128.splat<T>(<T>0)
    let a1 = a0
    let a2 = a0
    let a3 = a0
    for (let j = 0; j < n; j++) {
      // Record r: v[i] += e·(1 - t), v[i+1] += e·t (rows p0, p1; immediate offsets per vector).
      const tv = loadSplat<T>(tA + (<usize>j) * sizeof<T>())
      const uv = loadSplat<T>(uA + (<usize>j) * sizeof<T>())
      const p0 = <usize>load<u32>(rowsA + (<usize>j << 2)) + kb
      const p1 = p0 + rowBytes
      v128.store(p0, v128.add<T>(v128.load(p0), v128.mul<T>(e0, uv)))
      v128.store(p0, v128.add<T>(v128.load(p0, 16), v128.mul<T>(e1, uv)), 16)
      v128.store(p0, v128.add<T>(v128.load(p0, 32), v128.mul<T>(e2, uv)), 32)
      v128.store(p0, v128.add<T>(v128.load(p0, 48), v128.mul<T>(e3, uv)), 48)
      v128.store(p1, v128.add<T>(v128.load(p1), v128.mul<T>(e0, tv)))
      v128.store(p1, v128.add<T>(v128.load(p1, 16), v128.mul<T>(e1, tv)), 16)
      v128.store(p1, v128.add<T>(v128.load(p1, 32), v128.mul<T>(e2, tv)), 32)
      v128.store(p1, v128.add<T>(v128.load(p1, 48), v128.mul<T>(e3, tv)), 48)
      // Record r+1: a += v[i] + (v[i+1] - v[i])·t (rows q0, q1).
      const sv = loadSplat<T>(tB + (<usize>j) * sizeof<T>())
      const q0 = <usize>load<u32>(rowsB + (<usize>j << 2)) + kb
      const q1 = q0 + rowBytes
      let w = v128.load(q0)
      a0 = v128.add<T>(a0, v128.add<T>(w, v128.mul<T>(v128.sub<T>(v128.load(q1), w), sv)))
      w = v128.load(q0, 16)
      a1 = v128.add<T>(a1, v128.add<T>(w, v128.mul<T>(v128.sub<T>(v128.load(q1, 16), w), sv)))
      w = v128.load(q0, 32)
      a2 = v128.add<T>(a2, v128.add<T>(w, v128.mul<T>(v128.sub<T>(v128.load(q1, 32), w), sv)))
      w = v128.load(q0, 48)
      a3 = v128.add<T>(a3, v128.add<T>(w, v128.mul<T>(v128.sub<T>(v128.load(q1, 48), w), sv)))
    }
    if (mean) {
      a0 = v128.mul<T>(a0, invN)
      a1 = v128.mul<T>(a1, invN)
      a2 = v128.mul<T>(a2, invN)
      a3 = v128.mul<T>(a3, invN)
    }
    v128.store(outPtr + kb, a0)
    v128.store(outPtr + kb, a1, 16)
    v128.store(outPtr + kb, a2, 32)
    v128.store(outPtr + kb, a3, 48)
  }
  for (; kb < rowBytes; kb += 16) {
    const e = v128.load(errPtr + kb)
    let a = v128.splat<T>(<T>0)
    for (let j = 0; j < n; j++) {
      const jt = (<usize>j) * sizeof<T>()
      updatePair<T>(<usize>load<u32>(rowsA + (<usize>j << 2)) + kb, rowBytes, e, loadSplat<T>(uA + jt), loadSplat<T>(tA + jt))
      const sv = loadSplat<T>(tB + jt)
      a = v128.add<T>(a, interp<T>(<usize>load<u32>(rowsB + (<usize>j << 2)) + kb, rowBytes, sv))
    }
    if (mean) a = v128.mul<T>(a, invN)
    v128.store(outPtr + kb, a)
  }
}

// xPtr: T[rows][features], yPtr: T[rows][targets]; alpha is the learning rate α.
@inline export function nkRange<T>(ctx: usize, xPtr: usize, yPtr: usize, r0: i32, r1: i32, alpha: T): void {
  if (r0 >= r1) return
  const rowXBytes = <usize>featureCount(ctx) * sizeof<T>()
  const targets = <usize>targetCount(ctx)
  const L = layerCount(ctx)
  const lastOut = <usize>layerWord(ctx, L - 1, L_OUT)
  const lastErr = <usize>layerWord(ctx, L - 1, L_ERR)
  const out0 = <usize>layerWord(ctx, 0, L_OUT)
  // Layer 0's two located records: A is record r, B receives record r+1.
  let rowsA = <usize>layerWord(ctx, 0, L_IDX)
  let tA = <usize>layerWord(ctx, 0, L_T)
  let rowsB = nextRowPtrPtr(ctx)
  let tB = nextTPtr(ctx)
  locateLayer<T>(ctx, 0, xPtr + (<usize>r0) * rowXBytes, true, rowsA, tA)
  accumulateLayer<T>(ctx, 0, rowsA, tA)
  for (let r = r0; r < r1; r++) {
    forwardFrom<T>(ctx, 1, out0, true)
    const yRow = yPtr + (<usize>r) * targets * sizeof<T>()
    for (let k: usize = 0; k < targets; k++) {
      const o = k * sizeof<T>()
      store<T>(lastErr + o, alpha * (load<T>(yRow + o) - load<T>(lastOut + o)))
    }
    for (let l = L - 1; l > 0; l--) {
      updateLayerAt<T>(ctx, l, <usize>layerWord(ctx, l, L_IDX), <usize>layerWord(ctx, l, L_T), <usize>layerWord(ctx, l - 1, L_ERR))
    }
    if (r + 1 < r1) {
      locateLayer<T>(ctx, 0, xPtr + (<usize>(r + 1)) * rowXBytes, true, rowsB, tB)
      if (FUSE) {
        updateThenAccumulate<T>(ctx, rowsA, tA, rowsB, tB)
      } else {
        updateLayerAt<T>(ctx, 0, rowsA, tA, 0)
        accumulateLayer<T>(ctx, 0, rowsB, tB)
      }
      const rows = rowsA
      rowsA = rowsB
      rowsB = rows
      const ts = tA
      tA = tB
      tB = ts
    } else {
      updateLayerAt<T>(ctx, 0, rowsA, tA, 0)
    }
  }
}
