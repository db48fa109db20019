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
// and pass them to gatherFirst and scatterFirst: V8 does not reuse a load across the stores.
@inline export function rowAddress<T>(ptrs: usize, q: i32): usize {
  return q < 16 / sizeof<T>() ? <usize>load<u32>(ptrs + (<usize>q << 2)) : 0
}

// Lane q = the first T at row address q (a, b, c, d): the node value of row i of an input of a
// one-output layer sits in lane 0 of its row vector. hi: the next row's value instead (16
// bytes further).
@inline export function gatherFirst<T>(a: usize, b: usize, c: usize, d: usize, hi: bool): v128 {
  if (sizeof<T>() == 8) {
    if (hi) return v128.load64_lane(b, v128.load64_zero(a, 16), 1, 16)
    return v128.load64_lane(b, v128.load64_zero(a), 1)
  } else {
    if (hi) return v128.load32_lane(d, v128.load32_lane(c, v128.load32_lane(b, v128.load32_zero(a, 16), 1, 16), 2, 16), 3, 16)
    return v128.load32_lane(d, v128.load32_lane(c, v128.load32_lane(b, v128.load32_zero(a), 1), 2), 3)
  }
}

// Stores lane q of v to the first T at row address q (a, b, c, d); hi: 16 bytes further.
@inline export function scatterFirst<T>(a: usize, b: usize, c: usize, d: usize, v: v128, hi: bool): void {
  if (sizeof<T>() == 8) {
    if (hi) {
      v128.store64_lane(a, v, 0, 16)
      v128.store64_lane(b, v, 1, 16)
    } else {
      v128.store64_lane(a, v, 0)
      v128.store64_lane(b, v, 1)
    }
  } else {
    if (hi) {
      v128.store32_lane(a, v, 0, 16)
      v128.store32_lane(b, v, 1, 16)
      v128.store32_lane(c, v, 2, 16)
      v128.store32_lane(d, v, 3, 16)
    } else {
      v128.store32_lane(a, v, 0)
      v128.store32_lane(b, v, 1)
      v128.store32_lane(c, v, 2)
      v128.store32_lane(d, v, 3)
    }
  }
}
