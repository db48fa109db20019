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
