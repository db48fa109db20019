// A layer with one output (m = 1; the papers' outer functions): each row holds one value, so
// the two rows of a lookup are one adjacent pair. Whole vectors of inputs j run in lanes
// (gathered pairs, scattered back); the last n mod lanes inputs run one at a time. Used by the
// forward pass (forward.ts) and the NK step (nk.ts).
//
// Forward sums run in `lanes` partial sums: lane q adds the inputs j = q mod lanes (increasing
// j, from 0); the last n mod lanes inputs are added to lanes 0, 1, 2 one by one, and the lanes
// are added in the pairing of horizontalSum (test/oracle/float.ts: the same order).
import { firsts, loadPairs, rowAddress, seconds, storePairs } from './lanes'

// f(x) = v0 + (v1 - v0)·t of the vector of inputs whose row addresses are u32[lanes] at rp
// and positions T[lanes] at tp.
@inline export function outerTerms<T>(rp: usize, tp: usize): v128 {
  const a = rowAddress<T>(rp, 0)
  const b = rowAddress<T>(rp, 1)
  const x = loadPairs<T>(a, b)
  const y = loadPairs<T>(sizeof<T>() == 8 ? b : rowAddress<T>(rp, 2), rowAddress<T>(rp, 3))
  const v0 = firsts<T>(x, y)
  return v128.add<T>(v0, v128.mul<T>(v128.sub<T>(seconds<T>(x, y), v0), v128.load(tp)))
}

// f(x) of input j alone.
@inline export function outerTerm<T>(rowPtrPtr: usize, tPtr: usize, j: i32): T {
  const p0 = <usize>load<u32>(rowPtrPtr + (<usize>j << 2))
  const v0 = load<T>(p0)
  return v0 + (load<T>(p0 + sizeof<T>()) - v0) * load<T>(tPtr + (<usize>j) * sizeof<T>())
}

// The layer's output from the vector partial sums acc over inputs [0, j) and the inputs
// [j, n) one by one (j = n rounded down to the lanes); mean: times 1/n.
@inline export function outerSum<T>(acc: v128, rowPtrPtr: usize, tPtr: usize, j: i32, n: i32, mean: bool): T {
  let s: T
  if (sizeof<T>() == 8) {
    let p0 = <T>f64x2.extract_lane(acc, 0)
    if (j < n) p0 += outerTerm<T>(rowPtrPtr, tPtr, j)
    s = p0 + <T>f64x2.extract_lane(acc, 1)
  } else {
    let p0 = <T>f32x4.extract_lane(acc, 0)
    let p1 = <T>f32x4.extract_lane(acc, 1)
    let p2 = <T>f32x4.extract_lane(acc, 2)
    if (j < n) p0 += outerTerm<T>(rowPtrPtr, tPtr, j)
    if (j + 1 < n) p1 += outerTerm<T>(rowPtrPtr, tPtr, j + 1)
    if (j + 2 < n) p2 += outerTerm<T>(rowPtrPtr, tPtr, j + 2)
    s = (p0 + p1) + (p2 + <T>f32x4.extract_lane(acc, 3))
  }
  if (mean) s *= <T>1 / <T>n
  return s
}

// Update with residual e (splatted: ev) of the vector of inputs at byte offset jt of the
// T arrays (t, 1/dx) and at rp of the row addresses: v0 += e·(1 - t), v1 += e·t; prevErrPtr
// != 0: also the inputs' residuals e·(v1 - v0)·(1/dx) there, from the pre-update values. The slope is
// (0 + e·(v1 - v0)) plus the padding's sum 0 of the general loop (nk.ts), hence the two
// additions of zero: bit for bit the same.
@inline export function outerUpdate<T>(rp: usize, jt: usize, tPtr: usize, invDxPtr: usize, prevErrPtr: usize, ev: v128): void {
  const zero = v128.splat<T>(<T>0)
  const a = rowAddress<T>(rp, 0)
  const b = rowAddress<T>(rp, 1)
  const c = rowAddress<T>(rp, 2)
  const d = rowAddress<T>(rp, 3)
  const x = loadPairs<T>(a, b)
  const y = loadPairs<T>(sizeof<T>() == 8 ? b : c, d)
  const v0 = firsts<T>(x, y)
  const v1 = seconds<T>(x, y)
  if (prevErrPtr != 0) {
    const slope = v128.add<T>(v128.add<T>(zero, v128.mul<T>(ev, v128.sub<T>(v1, v0))), zero)
    v128.store(prevErrPtr + jt, v128.mul<T>(slope, v128.load(invDxPtr + jt)))
  }
  const t = v128.load(tPtr + jt)
  storePairs<T>(a, b, c, d, v128.add<T>(v0, v128.mul<T>(ev, v128.sub<T>(v128.splat<T>(<T>1), t))), v128.add<T>(v1, v128.mul<T>(ev, t)))
}

// outerUpdate of input j alone (e: the residual). 0 + s is never -0, so the second addition
// of zero is the identity here and is left out.
@inline export function outerUpdateOne<T>(rowPtrPtr: usize, j: i32, tPtr: usize, invDxPtr: usize, prevErrPtr: usize, e: T): void {
  const jt = (<usize>j) * sizeof<T>()
  const p0 = <usize>load<u32>(rowPtrPtr + (<usize>j << 2))
  const v0 = load<T>(p0)
  const v1 = load<T>(p0 + sizeof<T>())
  if (prevErrPtr != 0) store<T>(prevErrPtr + jt, (<T>0 + e * (v1 - v0)) * load<T>(invDxPtr + jt))
  const t = load<T>(tPtr + jt)
  store<T>(p0, v0 + e * (<T>1 - t))
  store<T>(p0 + sizeof<T>(), v1 + e * t)
}
