// One Newton-Kaczmarz pass over records [r0, r1) (ALGORITHM §2):
//   1. forward with adaptive ranges, keeping i and t of every grid;
//   2. e_L = α·(y* - y_L);
//   3. e_{l-1}[j] = (Σ_k e_l[k]·(v_kj[i+1] - v_kj[i]))·(1/dx_j), slopes taken before the update;
//   4. v_kj[i] += e_l[k]·(1 - t);  v_kj[i+1] += e_l[k]·t.
// Residual skip (ALGORITHM §2): a record whose every |y*_k - y_k| is below `skip` updates
// nothing (its forward pass still widens the grids); skip = 0 never skips. A skipped record
// costs one forward pass: layer 0's forward of record r+1 runs alone (accumulateLayer, the
// same sums in the same order as the fused sweep's).
// Layers are updated from the last to the first; layer l's back-propagation reads its node
// values in the same pass, just before updating them, so every slope is the pre-update one.
//
// Layer 0 needs no back-propagation, so its update for record r and its forward pass for
// record r+1 run in one sweep over the node values (updateThenAccumulate): for each k-block,
// input j's rows are updated for r, then (fusedBlock: two inputs later) read for r+1. That is
// exactly the sequential order (a row is never read for r+1 before r's update of it). Record
// r+1 is located (grids widened) first, into layer 0's second row-pointer/t buffers; r's update
// does not read grids. The first record of a call runs a plain forward, the last a plain update.
// Concurrent-serial mode (serial.ts) runs this pass too, with a barrier in each record's
// residual.
import { L_ERR, L_GRID, L_IDX, L_M, L_ROW_VALUES, L_N, L_OUT, L_T, featureCount, isMeanForm, layerCount, layerWord, nextRowPtrPtr, nextTPtr, targetCount } from './descriptor'
import { BLOCK_BYTES, accumulateLayer, forwardFrom, interp, locateLayer } from './forward'
import { horizontalSum, loadSplat } from './lanes'
import { outerUpdate, outerUpdateOne } from './outer'
import { ENTRY_BYTES, gridArrayBytes } from './pl'
import { sharedResidual } from './serial'
import { groupedOuterStep } from './groups'

// Output vectors per block of the fused layer-0 sweep (1..8), per precision: the fastest on
// Det4 (70 outputs: 35 f64 vectors, 18 f32 vectors) in interleaved timings
// (bench/tools/compare-kernels.ts, widths 2-7); instruction counts alone favoured 5 and 6.
const FUSED_WIDTH_F64: i32 = 4
const FUSED_WIDTH_F32: i32 = 4

// v[i] += e·(1 - t); v[i+1] += e·t for one vector of outputs k (rows p0 and p0 + rowBytes).
@inline function updatePair<T>(p0: usize, rowBytes: usize, e: v128, uv: v128, tv: v128): void {
  v128.store(p0, v128.add<T>(v128.load(p0), v128.mul<T>(e, uv)))
  v128.store(p0 + rowBytes, v128.add<T>(v128.load(p0 + rowBytes), v128.mul<T>(e, tv)))
}

// Updates layer l with its residual (errPtr of l) at the located rows (rowPtrPtr, tPtr); when
// prevErrPtr != 0 also writes the residual of the layer's inputs there (T[n]).
@inline function updateLayerAt<T>(ctx: usize, l: i32, rowPtrPtr: usize, tPtr: usize, prevErrPtr: usize): void {
  const n = layerWord(ctx, l, L_N)
  const rowBytes = <usize>layerWord(ctx, l, L_ROW_VALUES) * sizeof<T>()
  const errPtr = <usize>layerWord(ctx, l, L_ERR)
  const invDxPtr = <usize>layerWord(ctx, l, L_GRID) + 3 * gridArrayBytes<T>(n)

  if (layerWord(ctx, l, L_M) == 1) {
    // One output (m = 1): see assembly/outer.ts.
    const lanes = 16 / sizeof<T>()
    const nFull = n & ~(lanes - 1)
    const ev = loadSplat<T>(errPtr)
    let j = 0
    // Two loops, so that the one without back-propagation (prevErrPtr = 0) has no test inside.
    if (prevErrPtr != 0) {
      for (; j < nFull; j += lanes) outerUpdate<T>(rowPtrPtr + (<usize>j << 2), (<usize>j) * sizeof<T>(), tPtr, invDxPtr, prevErrPtr, ev)
    } else {
      for (; j < nFull; j += lanes) outerUpdate<T>(rowPtrPtr + (<usize>j << 2), (<usize>j) * sizeof<T>(), tPtr, invDxPtr, 0, ev)
    }
    const e = load<T>(errPtr)
    for (; j < n; j++) outerUpdateOne<T>(rowPtrPtr, j, tPtr, invDxPtr, prevErrPtr, e)
    return
  }
  if (rowBytes == 16 && prevErrPtr != 0) {
    // One vector of outputs (1 < m <= lanes, e.g. a last layer with two f64 targets): rows i
    // and i+1 are adjacent vectors. The general loop's operations, without its inner loop.
    const e = v128.load(errPtr)
    const zero = v128.splat<T>(<T>0)
    const one = v128.splat<T>(<T>1)
    for (let j = 0; j < n; j++) {
      const jt = (<usize>j) * sizeof<T>()
      const p0 = <usize>load<u32>(rowPtrPtr + (<usize>j << 2))
      const v0 = v128.load(p0)
      const v1 = v128.load(p0, 16)
      const slope = v128.add<T>(zero, v128.mul<T>(e, v128.sub<T>(v1, v0)))
      const tv = loadSplat<T>(tPtr + jt)
      v128.store(p0, v128.add<T>(v0, v128.mul<T>(e, v128.sub<T>(one, tv))))
      v128.store(p0, v128.add<T>(v1, v128.mul<T>(e, tv)), 16)
      store<T>(prevErrPtr + (<usize>j) * sizeof<T>(), horizontalSum<T>(slope) * load<T>(invDxPtr + (<usize>j) * sizeof<T>()))
    }
    return
  }
  const one = v128.splat<T>(<T>1)
  for (let j = 0; j < n; j++) {
    const tv = loadSplat<T>(tPtr + (<usize>j) * sizeof<T>())
    const uv = v128.sub<T>(one, tv)
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

// Record r's update of one input's rows over a block of W output vectors at byte offset kb
// (W a constant 1..8, so the unused vectors fold away): v[i] += e·(1 - t), v[i+1] += e·t, with
// the input's packed entry at ea (row address, t and u = 1 - t splatted) and the block's
// residuals e0..e(W-1), loaded once per block by fusedBlock (with the block 4 vectors wide
// they stay in registers: +1-4% against loading them per input).
@inline function updateInputRows<T>(W: i32, ea: usize, kb: usize, rowBytes: usize, e0: v128, e1: v128, e2: v128, e3: v128, e4: v128, e5: v128, e6: v128, e7: v128): void {
  const tv = v128.load(ea, 16)
  const uv = v128.load(ea, 32)
  const p0 = <usize>load<u32>(ea) + kb
  const p1 = p0 + rowBytes
  v128.store(p0, v128.add<T>(v128.load(p0, 0), v128.mul<T>(e0, uv)), 0)
  v128.store(p1, v128.add<T>(v128.load(p1, 0), v128.mul<T>(e0, tv)), 0)
  if (W > 1) {
    v128.store(p0, v128.add<T>(v128.load(p0, 16), v128.mul<T>(e1, uv)), 16)
    v128.store(p1, v128.add<T>(v128.load(p1, 16), v128.mul<T>(e1, tv)), 16)
  }
  if (W > 2) {
    v128.store(p0, v128.add<T>(v128.load(p0, 32), v128.mul<T>(e2, uv)), 32)
    v128.store(p1, v128.add<T>(v128.load(p1, 32), v128.mul<T>(e2, tv)), 32)
  }
  if (W > 3) {
    v128.store(p0, v128.add<T>(v128.load(p0, 48), v128.mul<T>(e3, uv)), 48)
    v128.store(p1, v128.add<T>(v128.load(p1, 48), v128.mul<T>(e3, tv)), 48)
  }
  if (W > 4) {
    v128.store(p0, v128.add<T>(v128.load(p0, 64), v128.mul<T>(e4, uv)), 64)
    v128.store(p1, v128.add<T>(v128.load(p1, 64), v128.mul<T>(e4, tv)), 64)
  }
  if (W > 5) {
    v128.store(p0, v128.add<T>(v128.load(p0, 80), v128.mul<T>(e5, uv)), 80)
    v128.store(p1, v128.add<T>(v128.load(p1, 80), v128.mul<T>(e5, tv)), 80)
  }
  if (W > 6) {
    v128.store(p0, v128.add<T>(v128.load(p0, 96), v128.mul<T>(e6, uv)), 96)
    v128.store(p1, v128.add<T>(v128.load(p1, 96), v128.mul<T>(e6, tv)), 96)
  }
  if (W > 7) {
    v128.store(p0, v128.add<T>(v128.load(p0, 112), v128.mul<T>(e7, uv)), 112)
    v128.store(p1, v128.add<T>(v128.load(p1, 112), v128.mul<T>(e7, tv)), 112)
  }
}

// Layer 0, one block of W output vectors: record r's update of every input's rows (entries at
// packA) and record r+1's forward pass (entries at packB) added into the block's accumulators.
// Software-pipelined by two inputs: input j is updated before input j-2 is read, so a read
// follows its input's update by two iterations. That is the sequential order (inputs own
// disjoint rows; a row is read for r+1 only after r's update of it), but the processor no
// longer meets a load right behind a store to the same address, which half of the reads are
// (record r+1's segment is often record r's): issued early, such loads are replayed. Measured
// on Det4 (interleaved passes against update-then-read per input, bench/tools/compare-kernels.ts):
// +10-12% records/s in f64 and f32 with one input between (block re-tuned to 4 vectors for
// both), 0-2% more with two.
@inline function fusedBlock<T>(W: i32, n: i32, kb: usize, rowBytes: usize, errPtr: usize, outPtr: usize, packA: usize, packB: usize, mean: bool, invN: v128): void {
  const ep = errPtr + kb
  let a0 = v128.splat<T>(<T>0)
  let a1 = a0
  let a2 = a0
  let a3 = a0
  let a4 = a0
  let a5 = a0
  let a6 = a0
  let a7 = a0
  const endA = packA + (<usize>n) * ENTRY_BYTES
  // The block's residuals (the vectors past W are never used).
  const e0 = v128.load(ep, 0)
  const e1 = W > 1 ? v128.load(ep, 16) : a0
  const e2 = W > 2 ? v128.load(ep, 32) : a0
  const e3 = W > 3 ? v128.load(ep, 48) : a0
  const e4 = W > 4 ? v128.load(ep, 64) : a0
  const e5 = W > 5 ? v128.load(ep, 80) : a0
  const e6 = W > 6 ? v128.load(ep, 96) : a0
  const e7 = W > 7 ? v128.load(ep, 112) : a0
  updateInputRows<T>(W, packA, kb, rowBytes, e0, e1, e2, e3, e4, e5, e6, e7)
  if (n > 1) updateInputRows<T>(W, packA + ENTRY_BYTES, kb, rowBytes, e0, e1, e2, e3, e4, e5, e6, e7)
  let eb = packB
  for (let ea = packA + 2 * ENTRY_BYTES; ea < endA; ea += ENTRY_BYTES, eb += ENTRY_BYTES) {
    updateInputRows<T>(W, ea, kb, rowBytes, e0, e1, e2, e3, e4, e5, e6, e7)
    const sv = v128.load(eb, 16)
    const q0 = <usize>load<u32>(eb) + kb
    const q1 = q0 + rowBytes
    const w0 = v128.load(q0, 0)
    a0 = v128.add<T>(a0, v128.add<T>(w0, v128.mul<T>(v128.sub<T>(v128.load(q1, 0), w0), sv)))
    if (W > 1) {
      const w1 = v128.load(q0, 16)
      a1 = v128.add<T>(a1, v128.add<T>(w1, v128.mul<T>(v128.sub<T>(v128.load(q1, 16), w1), sv)))
    }
    if (W > 2) {
      const w2 = v128.load(q0, 32)
      a2 = v128.add<T>(a2, v128.add<T>(w2, v128.mul<T>(v128.sub<T>(v128.load(q1, 32), w2), sv)))
    }
    if (W > 3) {
      const w3 = v128.load(q0, 48)
      a3 = v128.add<T>(a3, v128.add<T>(w3, v128.mul<T>(v128.sub<T>(v128.load(q1, 48), w3), sv)))
    }
    if (W > 4) {
      const w4 = v128.load(q0, 64)
      a4 = v128.add<T>(a4, v128.add<T>(w4, v128.mul<T>(v128.sub<T>(v128.load(q1, 64), w4), sv)))
    }
    if (W > 5) {
      const w5 = v128.load(q0, 80)
      a5 = v128.add<T>(a5, v128.add<T>(w5, v128.mul<T>(v128.sub<T>(v128.load(q1, 80), w5), sv)))
    }
    if (W > 6) {
      const w6 = v128.load(q0, 96)
      a6 = v128.add<T>(a6, v128.add<T>(w6, v128.mul<T>(v128.sub<T>(v128.load(q1, 96), w6), sv)))
    }
    if (W > 7) {
      const w7 = v128.load(q0, 112)
      a7 = v128.add<T>(a7, v128.add<T>(w7, v128.mul<T>(v128.sub<T>(v128.load(q1, 112), w7), sv)))
    }
  }
  // The last two inputs' reads (once per block: interp's address arithmetic does not matter).
  const endB = packB + (<usize>n) * ENTRY_BYTES
  for (; eb < endB; eb += ENTRY_BYTES) {
    const sv = v128.load(eb, 16)
    const q0 = <usize>load<u32>(eb) + kb
    a0 = v128.add<T>(a0, interp<T>(q0, rowBytes, sv))
    if (W > 1) a1 = v128.add<T>(a1, interp<T>(q0 + 16, rowBytes, sv))
    if (W > 2) a2 = v128.add<T>(a2, interp<T>(q0 + 32, rowBytes, sv))
    if (W > 3) a3 = v128.add<T>(a3, interp<T>(q0 + 48, rowBytes, sv))
    if (W > 4) a4 = v128.add<T>(a4, interp<T>(q0 + 64, rowBytes, sv))
    if (W > 5) a5 = v128.add<T>(a5, interp<T>(q0 + 80, rowBytes, sv))
    if (W > 6) a6 = v128.add<T>(a6, interp<T>(q0 + 96, rowBytes, sv))
    if (W > 7) a7 = v128.add<T>(a7, interp<T>(q0 + 112, rowBytes, sv))
  }
  const op = outPtr + kb
  v128.store(op, mean ? v128.mul<T>(a0, invN) : a0, 0)
  if (W > 1) v128.store(op, mean ? v128.mul<T>(a1, invN) : a1, 16)
  if (W > 2) v128.store(op, mean ? v128.mul<T>(a2, invN) : a2, 32)
  if (W > 3) v128.store(op, mean ? v128.mul<T>(a3, invN) : a3, 48)
  if (W > 4) v128.store(op, mean ? v128.mul<T>(a4, invN) : a4, 64)
  if (W > 5) v128.store(op, mean ? v128.mul<T>(a5, invN) : a5, 80)
  if (W > 6) v128.store(op, mean ? v128.mul<T>(a6, invN) : a6, 96)
  if (W > 7) v128.store(op, mean ? v128.mul<T>(a7, invN) : a7, 112)
}

// Layer 0: update with record r's rows (rowsA, tA) and residual, then the forward pass of
// record r+1 from its rows (rowsB, tB) into layer 0's output; one sweep, k-blocks outside:
// blocks of FUSED_WIDTH_F64/F32 vectors, then one block of the remaining vectors.
@inline function updateThenAccumulate<T>(ctx: usize, packA: usize, packB: usize): void {
  const n = layerWord(ctx, 0, L_N)
  const rowBytes = <usize>layerWord(ctx, 0, L_ROW_VALUES) * sizeof<T>()
  const errPtr = <usize>layerWord(ctx, 0, L_ERR)
  const outPtr = <usize>layerWord(ctx, 0, L_OUT)
  const mean = isMeanForm(ctx)
  const invN = v128.splat<T>(<T>1 / <T>n)
  const W = sizeof<T>() == 8 ? FUSED_WIDTH_F64 : FUSED_WIDTH_F32
  const blockBytes: usize = 16 * W
  let kb: usize = 0
  for (; kb + blockBytes <= rowBytes; kb += blockBytes) {
    fusedBlock<T>(W, n, kb, rowBytes, errPtr, outPtr, packA, packB, mean, invN)
  }
  const left = <i32>((rowBytes - kb) >> 4)
  if (left == 1) fusedBlock<T>(1, n, kb, rowBytes, errPtr, outPtr, packA, packB, mean, invN)
  else if (W > 2 && left == 2) fusedBlock<T>(2, n, kb, rowBytes, errPtr, outPtr, packA, packB, mean, invN)
  else if (W > 3 && left == 3) fusedBlock<T>(3, n, kb, rowBytes, errPtr, outPtr, packA, packB, mean, invN)
  else if (W > 4 && left == 4) fusedBlock<T>(4, n, kb, rowBytes, errPtr, outPtr, packA, packB, mean, invN)
  else if (W > 5 && left == 5) fusedBlock<T>(5, n, kb, rowBytes, errPtr, outPtr, packA, packB, mean, invN)
  else if (W > 6 && left == 6) fusedBlock<T>(6, n, kb, rowBytes, errPtr, outPtr, packA, packB, mean, invN)
  else if (W > 7 && left == 7) fusedBlock<T>(7, n, kb, rowBytes, errPtr, outPtr, packA, packB, mean, invN)
}

// xPtr: T[rows][features], yPtr: T[rows][targets]; alpha is the learning rate α, skip the
// residual below which a record updates nothing (0: never). syncPtr != 0: concurrent-serial
// mode (serial.ts), the residual formed from every thread's share of the output (thread,
// threads, partialsPtr, weight: see sharedResidual). groupSize > 0: pretraining by groups of
// that many addends (groups.ts; two layers, one target). Test-then-train (online learning):
// alphaPtr != 0 gives each record its own α (T[rows], alpha unused), predPtr != 0 receives each
// record's prediction before its update (T[rows][targets]). The exports pass constants for the
// modes they do not use, so each mode's tests fold away in the others.
@inline export function nkRange<T>(ctx: usize, xPtr: usize, yPtr: usize, r0: i32, r1: i32, alpha: T, skip: T, syncPtr: usize = 0, thread: i32 = 0, threads: i32 = 1, partialsPtr: usize = 0, weight: T = <T>1, groupSize: i32 = 0, alphaPtr: usize = 0, predPtr: usize = 0): void {
  if (r0 >= r1) return
  const rowXBytes = <usize>featureCount(ctx) * sizeof<T>()
  const targets = <usize>targetCount(ctx)
  const L = layerCount(ctx)
  const lastOut = <usize>layerWord(ctx, L - 1, L_OUT)
  const lastErr = <usize>layerWord(ctx, L - 1, L_ERR)
  const out0 = <usize>layerWord(ctx, 0, L_OUT)
  // Layer 0's two located records: A is record r, B receives record r+1.
  // A one-output layer 0 (m = 1) sums its inputs in partial sums (accumulateLayer), not fused.
  const fuse0 = layerWord(ctx, 0, L_M) != 1
  let rowsA = <usize>layerWord(ctx, 0, L_IDX)
  let tA = <usize>layerWord(ctx, 0, L_T)
  let rowsB = nextRowPtrPtr(ctx)
  let tB = nextTPtr(ctx)
  const n0 = layerWord(ctx, 0, L_N)
  let packA = tB + gridArrayBytes<T>(n0)
  let packB = packA + (<usize>n0) * ENTRY_BYTES
  locateLayer<T>(ctx, 0, xPtr + (<usize>r0) * rowXBytes, true, rowsA, tA, fuse0 ? packA : 0)
  accumulateLayer<T>(ctx, 0, rowsA, tA)
  for (let r = r0; r < r1; r++) {
    const yRow = yPtr + (<usize>r) * targets * sizeof<T>()
    let small = groupSize == 0
    if (groupSize > 0) {
      groupedOuterStep<T>(ctx, yRow, alpha, groupSize)
    } else if (syncPtr != 0) {
      forwardFrom<T>(ctx, 1, out0, true)
      small = sharedResidual<T>(r, yRow, lastOut, lastErr, targets, alpha, skip, syncPtr, thread, threads, partialsPtr, weight)
    } else {
      forwardFrom<T>(ctx, 1, out0, true)
      const a = alphaPtr != 0 ? load<T>(alphaPtr + (<usize>r) * sizeof<T>()) : alpha
      const predRow = predPtr + (<usize>r) * targets * sizeof<T>()
      for (let k: usize = 0; k < targets; k++) {
        const o = k * sizeof<T>()
        const predicted = load<T>(lastOut + o)
        if (predPtr != 0) store<T>(predRow + o, predicted)
        const d = load<T>(yRow + o) - predicted
        store<T>(lastErr + o, a * d)
        small = small & (abs<T>(d) < skip)
      }
    }
    if (!small && groupSize == 0) {
      for (let l = L - 1; l > 0; l--) {
        updateLayerAt<T>(ctx, l, <usize>layerWord(ctx, l, L_IDX), <usize>layerWord(ctx, l, L_T), <usize>layerWord(ctx, l - 1, L_ERR))
      }
    }
    if (r + 1 < r1) {
      locateLayer<T>(ctx, 0, xPtr + (<usize>(r + 1)) * rowXBytes, true, rowsB, tB, fuse0 ? packB : 0)
      if (small) {
        accumulateLayer<T>(ctx, 0, rowsB, tB)
      } else if (fuse0) {
        updateThenAccumulate<T>(ctx, packA, packB)
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
      const ps = packA
      packA = packB
      packB = ps
    } else if (!small) {
      updateLayerAt<T>(ctx, 0, rowsA, tA, 0)
    }
  }
}
