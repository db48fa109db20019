// Integer-only Newton-Kaczmarz (ALGORITHM §6): i32 node values, i64 exact products, shifts
// instead of divisions, no floats. Stage by stage in the order the hardware runs them:
// locate (i, t), forward sum, mean by multiply-and-shift, clip with saved overshoot, residual,
// back-propagation with pre-update slopes, update. The exact semantics (including where values
// wrap) are stated in src/fixed/spec.ts; test/oracle/fixed.ts is their plain-BigInt twin.
//
// The header (i32 words, written by src/fixed/layout.ts; word meanings must match it):
//   [0] L  [1] inputs  [2] targets  [3] base  [4] valueBits  [5] errorBits
//   layer l at word FIXED_HEADER_WORDS + l*FIXED_LAYER_WORDS:
//   [0] n [1] m [2] P [3] lo [4] s [5] a [6] mult [7] clipOn [8] clipLo [9] clipHi
//   [10] paramsPtr i32[n][P][m]   node values v_kj[p] at (j·P + p)·m + k
//   [11] idxPtr    i32[n]         segment i of each input
//   [12] tPtr      i32[n]         offset t in the segment, 0 <= t < 2^s
//   [13] outPtr    i32[m]         clipped output (the next layer's input) or, last layer, the prediction
//   [14] savedPtr  i64[m]         overshoot saved by the clip; during the update, g_k
//   [15] errPtr    i32[m]         residual e_l of the layer's outputs

export const FIXED_HEADER_WORDS: i32 = 8
export const FIXED_LAYER_WORDS: i32 = 16

@inline function word(ctx: usize, index: i32): i32 {
  return load<i32>(ctx + (<usize>index << 2))
}
@inline function layerWord(ctx: usize, l: i32, index: i32): i32 {
  return load<i32>(ctx + (<usize>(FIXED_HEADER_WORDS + l * FIXED_LAYER_WORDS + index) << 2))
}
// wrap_b(x): x reduced to b-bit two's complement, 1 <= b <= 64.
@inline function wrapBits(x: i64, bits: i32): i64 {
  const shift = <i64>(64 - bits)
  return (x << shift) >> shift
}

// Forward pass of one record (xRow: i32[inputs]), §6 "f = v[i] + (((v[i+1]-v[i])·t) >> s)",
// "y_k = (Σ_j f_kj · mult) >> base", outputs clipped into the next layer's range.
function forwardRecord(ctx: usize, xRow: usize): void {
  const L = word(ctx, 0)
  const base = <i64>word(ctx, 3)
  let inPtr = xRow
  for (let l = 0; l < L; l++) {
    const n = layerWord(ctx, l, 0)
    const m = layerWord(ctx, l, 1)
    const P = layerWord(ctx, l, 2)
    const lo = layerWord(ctx, l, 3)
    const s = layerWord(ctx, l, 4)
    const mult = <i64>layerWord(ctx, l, 6)
    const paramsPtr = <usize>layerWord(ctx, l, 10)
    const idxPtr = <usize>layerWord(ctx, l, 11)
    const tPtr = <usize>layerWord(ctx, l, 12)
    const outPtr = <usize>layerWord(ctx, l, 13)
    const accPtr = <usize>layerWord(ctx, l, 14) // i64[m]: the sums, before they become overshoots
    const mask = (1 << s) - 1
    const rowBytes = <usize>m << 2
    for (let k = 0; k < m; k++) store<i64>(accPtr + (<usize>k << 3), 0)
    for (let j = 0; j < n; j++) {
      const d = load<i32>(inPtr + (<usize>j << 2)) - lo
      const i = d >> s
      const t = <i64>(d & mask)
      store<i32>(idxPtr + (<usize>j << 2), i)
      store<i32>(tPtr + (<usize>j << 2), <i32>t)
      const p0 = paramsPtr + (<usize>(j * P + i)) * rowBytes
      for (let k = 0; k < m; k++) {
        const v0 = <i64>load<i32>(p0 + (<usize>k << 2))
        const v1 = <i64>load<i32>(p0 + rowBytes + (<usize>k << 2))
        const a = accPtr + (<usize>k << 3)
        store<i64>(a, load<i64>(a) + v0 + (((v1 - v0) * t) >> s))
      }
    }
    const clipOn = layerWord(ctx, l, 7) != 0
    const clipLo = <i64>layerWord(ctx, l, 8)
    const clipHi = <i64>layerWord(ctx, l, 9)
    for (let k = 0; k < m; k++) {
      const a = accPtr + (<usize>k << 3)
      const z = (load<i64>(a) * mult) >> base
      let c = z
      if (clipOn) c = z < clipLo ? clipLo : z > clipHi ? clipHi : z
      store<i64>(a, c - z)
      store<i32>(outPtr + (<usize>k << 2), <i32>c)
    }
    inPtr = outPtr
  }
}

// Back-propagation and update of layer l with its residual e_l (§6):
//   e_{l-1}[j] = wrap(Σ_k (((v_kj[i+1]-v_kj[i]) · e_l[k]) >> s))   slopes read before the update
//   g_k = wrap((e_l[k] >> a) + saved_k);  d = (g_k·t) >> s;  v[i+1] += d;  v[i] += g_k - d
// Function (k, j) is touched only by input j's pass, so per-j interleaving keeps every slope pre-update.
function updateLayer(ctx: usize, l: i32, prevErrPtr: usize, valueBits: i32, errorBits: i32): void {
  const n = layerWord(ctx, l, 0)
  const m = layerWord(ctx, l, 1)
  const P = layerWord(ctx, l, 2)
  const s = layerWord(ctx, l, 4)
  const a = layerWord(ctx, l, 5)
  const paramsPtr = <usize>layerWord(ctx, l, 10)
  const idxPtr = <usize>layerWord(ctx, l, 11)
  const tPtr = <usize>layerWord(ctx, l, 12)
  const gPtr = <usize>layerWord(ctx, l, 14)
  const errPtr = <usize>layerWord(ctx, l, 15)
  const rowBytes = <usize>m << 2
  for (let k = 0; k < m; k++) {
    const e = <i64>load<i32>(errPtr + (<usize>k << 2))
    const g = gPtr + (<usize>k << 3)
    store<i64>(g, wrapBits((e >> a) + load<i64>(g), errorBits))
  }
  for (let j = 0; j < n; j++) {
    const i = load<i32>(idxPtr + (<usize>j << 2))
    const t = <i64>load<i32>(tPtr + (<usize>j << 2))
    const p0 = paramsPtr + (<usize>(j * P + i)) * rowBytes
    const p1 = p0 + rowBytes
    if (prevErrPtr != 0) {
      let sum: i64 = 0
      for (let k = 0; k < m; k++) {
        const slope = <i64>load<i32>(p1 + (<usize>k << 2)) - <i64>load<i32>(p0 + (<usize>k << 2))
        sum += (slope * <i64>load<i32>(errPtr + (<usize>k << 2))) >> s
      }
      store<i32>(prevErrPtr + (<usize>j << 2), <i32>wrapBits(sum, errorBits))
    }
    for (let k = 0; k < m; k++) {
      const g = load<i64>(gPtr + (<usize>k << 3))
      const d = (g * t) >> s
      const q0 = p0 + (<usize>k << 2)
      const q1 = p1 + (<usize>k << 2)
      store<i32>(q1, <i32>wrapBits(<i64>load<i32>(q1) + d, valueBits))
      store<i32>(q0, <i32>wrapBits(<i64>load<i32>(q0) + g - d, valueBits))
    }
  }
}

// One NK pass over records [r0, r1). xPtr: i32[rows][inputs], yPtr: i32[rows][targets];
// predPtr: i32[rows][targets] receives each record's pre-update prediction (0: not written).
export function nkRangeFixed(ctx: usize, xPtr: usize, yPtr: usize, predPtr: usize, r0: i32, r1: i32): void {
  const L = word(ctx, 0)
  const inputs = <usize>word(ctx, 1)
  const targets = <usize>word(ctx, 2)
  const valueBits = word(ctx, 4)
  const errorBits = word(ctx, 5)
  const lastOut = <usize>layerWord(ctx, L - 1, 13)
  const lastErr = <usize>layerWord(ctx, L - 1, 15)
  for (let r = r0; r < r1; r++) {
    forwardRecord(ctx, xPtr + (<usize>r) * inputs * 4)
    const yRow = yPtr + (<usize>r) * targets * 4
    for (let k: usize = 0; k < targets; k++) {
      const z = load<i32>(lastOut + (k << 2))
      store<i32>(lastErr + (k << 2), <i32>wrapBits(<i64>load<i32>(yRow + (k << 2)) - <i64>z, errorBits))
      if (predPtr != 0) store<i32>(predPtr + ((<usize>r * targets + k) << 2), z)
    }
    for (let l = L - 1; l >= 0; l--) {
      updateLayer(ctx, l, l > 0 ? <usize>layerWord(ctx, l - 1, 15) : 0, valueBits, errorBits)
    }
  }
}

// Predictions for records [r0, r1) with no update. outPtr: i32[rows][targets].
export function forwardRangeFixed(ctx: usize, xPtr: usize, outPtr: usize, r0: i32, r1: i32): void {
  const L = word(ctx, 0)
  const inputs = <usize>word(ctx, 1)
  const targets = <usize>word(ctx, 2)
  const lastOut = <usize>layerWord(ctx, L - 1, 13)
  for (let r = r0; r < r1; r++) {
    forwardRecord(ctx, xPtr + (<usize>r) * inputs * 4)
    memory.copy(outPtr + (<usize>r) * targets * 4, lastOut, targets * 4)
  }
}
