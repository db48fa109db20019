// One Newton-Kaczmarz pass over records [r0, r1) (ALGORITHM §2):
//   1. forward with adaptive ranges, keeping i and t of every grid;
//   2. e_L = α·(y* - y_L);
//   3. e_{l-1}[j] = (Σ_k e_l[k]·(v_kj[i+1] - v_kj[i]))·(1/dx_j), slopes taken before the update;
//   4. v_kj[i] += e_l[k]·(1 - t);  v_kj[i+1] += e_l[k]·t.
// Layers are updated from the last to the first; layer l's back-propagation reads its node
// values in the same pass, just before updating them, so every slope is the pre-update one.
import { L_ERR, L_GRID, L_IDX, L_MPAD, L_N, L_OUT, L_P, L_PARAMS, L_T, featureCount, layerCount, layerWord, targetCount } from './descriptor'
import { forwardRecord } from './forward'
import { horizontalSum } from './lanes'
import { gridArrayBytes } from './pl'

// v[i] += e·(1 - t); v[i+1] += e·t for one vector of outputs k.
@inline function updatePair<T>(p0: usize, p1: usize, e: v128, uv: v128, tv: v128): void {
  v128.store(p0, v128.add<T>(v128.load(p0), v128.mul<T>(e, uv)))
  v128.store(p1, v128.add<T>(v128.load(p1), v128.mul<T>(e, tv)))
}

// Updates layer l with its residual (errPtr of l); when prevErrPtr != 0 also writes the
// residual of the layer's inputs there (T[n]).
@inline function updateLayer<T>(ctx: usize, l: i32, prevErrPtr: usize): void {
  const n = layerWord(ctx, l, L_N)
  const P = layerWord(ctx, l, L_P)
  const rowBytes = <usize>layerWord(ctx, l, L_MPAD) * sizeof<T>()
  const paramsPtr = <usize>layerWord(ctx, l, L_PARAMS)
  const gridPtr = <usize>layerWord(ctx, l, L_GRID)
  const idxPtr = <usize>layerWord(ctx, l, L_IDX)
  const tPtr = <usize>layerWord(ctx, l, L_T)
  const errPtr = <usize>layerWord(ctx, l, L_ERR)
  const invDxPtr = gridPtr + 3 * gridArrayBytes<T>(n)

  for (let j = 0; j < n; j++) {
    const i = load<i32>(idxPtr + (<usize>j << 2))
    const t = load<T>(tPtr + (<usize>j) * sizeof<T>())
    const tv = v128.splat<T>(t)
    const uv = v128.splat<T>(<T>1 - t)
    const p0 = paramsPtr + (<usize>(j * P + i)) * rowBytes
    const p1 = p0 + rowBytes
    if (prevErrPtr != 0) {
      let slope = v128.splat<T>(<T>0)
      for (let kb: usize = 0; kb < rowBytes; kb += 16) {
        const e = v128.load(errPtr + kb)
        const v0 = v128.load(p0 + kb)
        const v1 = v128.load(p1 + kb)
        slope = v128.add<T>(slope, v128.mul<T>(e, v128.sub<T>(v1, v0)))
        v128.store(p0 + kb, v128.add<T>(v0, v128.mul<T>(e, uv)))
        v128.store(p1 + kb, v128.add<T>(v1, v128.mul<T>(e, tv)))
      }
      const invDx = load<T>(invDxPtr + (<usize>j) * sizeof<T>())
      store<T>(prevErrPtr + (<usize>j) * sizeof<T>(), horizontalSum<T>(slope) * invDx)
    } else {
      let kb: usize = 0
      for (; kb + 64 <= rowBytes; kb += 64) {
        updatePair<T>(p0 + kb, p1 + kb, v128.load(errPtr + kb), uv, tv)
        updatePair<T>(p0 + kb + 16, p1 + kb + 16, v128.load(errPtr + kb, 16), uv, tv)
        updatePair<T>(p0 + kb + 32, p1 + kb + 32, v128.load(errPtr + kb, 32), uv, tv)
        updatePair<T>(p0 + kb + 48, p1 + kb + 48, v128.load(errPtr + kb, 48), uv, tv)
      }
      for (; kb < rowBytes; kb += 16) updatePair<T>(p0 + kb, p1 + kb, v128.load(errPtr + kb), uv, tv)
    }
  }
}

// xPtr: T[rows][features], yPtr: T[rows][targets]; alpha is the learning rate α.
@inline export function nkRange<T>(ctx: usize, xPtr: usize, yPtr: usize, r0: i32, r1: i32, alpha: T): void {
  const features = <usize>featureCount(ctx)
  const targets = <usize>targetCount(ctx)
  const L = layerCount(ctx)
  const lastOut = <usize>layerWord(ctx, L - 1, L_OUT)
  const lastErr = <usize>layerWord(ctx, L - 1, L_ERR)
  for (let r = r0; r < r1; r++) {
    forwardRecord<T>(ctx, xPtr + (<usize>r) * features * sizeof<T>(), true)
    const yRow = yPtr + (<usize>r) * targets * sizeof<T>()
    for (let k: usize = 0; k < targets; k++) {
      const o = k * sizeof<T>()
      store<T>(lastErr + o, alpha * (load<T>(yRow + o) - load<T>(lastOut + o)))
    }
    for (let l = L - 1; l >= 0; l--) {
      updateLayer<T>(ctx, l, l > 0 ? <usize>layerWord(ctx, l - 1, L_ERR) : 0)
    }
  }
}
