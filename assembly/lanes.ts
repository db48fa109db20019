// v128 helpers generic over the element type T (f64: 2 lanes, f32: 4 lanes).

@inline export function laneCount<T>(): i32 {
  return 16 / sizeof<T>()
}

// The one reduction across lanes (slope sum Σ_k in back-propagation). Lane q holds the
// sum over k ≡ q (mod lanes) in increasing k; lanes are then added in this fixed pairing,
// which test/oracle/float.ts copies exactly: f64 (l0 + l1); f32 (l0 + l1) + (l2 + l3).
@inline export function horizontalSum<T>(v: v128): T {
  if (sizeof<T>() == 8) {
    return <T>(f64x2.extract_lane(v, 0) + f64x2.extract_lane(v, 1))
  } else {
    return <T>(
      (f32x4.extract_lane(v, 0) + f32x4.extract_lane(v, 1)) +
      (f32x4.extract_lane(v, 2) + f32x4.extract_lane(v, 3))
    )
  }
}

// One T from memory in every lane (a single load-and-broadcast instruction).
@inline export function loadSplat<T>(ptr: usize): v128 {
  if (sizeof<T>() == 8) {
    return v128.load64_splat(ptr)
  } else {
    return v128.load32_splat(ptr)
  }
}

// Row address q (q < lanes) of `lanes` consecutive inputs of a one-output layer (m = 1), from
// their u32 row pointers at ptrs; 0 for q >= lanes (unused). Callers load the addresses once
// and pass them to loadPairs and storePairs: V8 does not reuse a load across the stores.
@inline export function rowAddress<T>(ptrs: usize, q: i32): usize {
  return q < 16 / sizeof<T>() ? <usize>load<u32>(ptrs + (<usize>q << 2)) : 0
}

// A one-output layer stores one value per row, so rows i and i+1 of an input are adjacent: the
// two values a lookup needs are one pair. loadPairs: f64, the pair at p (lanes 0, 1); f32, the
// pairs at p (lanes 0, 1) and q (lanes 2, 3). Two such vectors X, Y hold the pairs of `lanes`
// inputs (f64: X = pair at a, Y = pair at b; f32: X = pairs at a, b, Y = pairs at c, d).
@inline export function loadPairs<T>(p: usize, q: usize): v128 {
  if (sizeof<T>() == 8) return v128.load(p)
  return v128.load64_lane(q, v128.load64_zero(p), 1)
}

// Lane q = the first value of input q's pair (row i), from X, Y as loadPairs gives them.
@inline export function firsts<T>(x: v128, y: v128): v128 {
  if (sizeof<T>() == 8) return v128.shuffle<f64>(x, y, 0, 2)
  return v128.shuffle<f32>(x, y, 0, 2, 4, 6)
}

// Lane q = the second value of input q's pair (row i+1).
@inline export function seconds<T>(x: v128, y: v128): v128 {
  if (sizeof<T>() == 8) return v128.shuffle<f64>(x, y, 1, 3)
  return v128.shuffle<f32>(x, y, 1, 3, 5, 7)
}

// Stores lane q of v0 and v1 as the pair at row address q (a, b, c, d): the inverse of
// loadPairs + firsts/seconds.
@inline export function storePairs<T>(a: usize, b: usize, c: usize, d: usize, v0: v128, v1: v128): void {
  if (sizeof<T>() == 8) {
    v128.store(a, v128.shuffle<f64>(v0, v1, 0, 2))
    v128.store(b, v128.shuffle<f64>(v0, v1, 1, 3))
  } else {
    const x = v128.shuffle<f32>(v0, v1, 0, 4, 1, 5)
    const y = v128.shuffle<f32>(v0, v1, 2, 6, 3, 7)
    v128.store64_lane(a, x, 0)
    v128.store64_lane(b, x, 1)
    v128.store64_lane(c, y, 0)
    v128.store64_lane(d, y, 1)
  }
}
