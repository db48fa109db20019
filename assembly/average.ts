// Merge by averaging (ALGORITHM §3): dst[b] = (src_0[b] + src_1[b] + … + src_{c-1}[b]) / c over
// bytes [fromBytes, toBytes) of parameter blocks that lie srcStrideBytes apart. Element-wise,
// summed in copy order, so it equals the scalar mean bit for bit. Ranges are 16-byte multiples.
@inline export function averageRange<T>(dstPtr: usize, srcPtr: usize, srcStrideBytes: usize, copies: i32, fromBytes: usize, toBytes: usize): void {
  const scale = v128.splat<T>(<T>copies)
  for (let b = fromBytes; b < toBytes; b += 16) {
    let acc = v128.load(srcPtr + b)
    for (let c = 1; c < copies; c++) {
      acc = v128.add<T>(acc, v128.load(srcPtr + (<usize>c) * srcStrideBytes + b))
    }
    v128.store(dstPtr + b, v128.div<T>(acc, scale))
  }
}
