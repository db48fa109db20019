/**
 * The one seeded PRNG of nkkan: xoshiro128** (Blackman & Vigna), seeded through splitmix32.
 * Used by model initialisation and the data set generators, so a seed reproduces both.
 */
export class Random {
  private s0: number
  private s1: number
  private s2: number
  private s3: number

  constructor(seed: number) {
    let z = seed >>> 0
    const next = (): number => {
      z = (z + 0x9e3779b9) >>> 0
      let x = z
      x = Math.imul(x ^ (x >>> 16), 0x21f0aaad)
      x = Math.imul(x ^ (x >>> 15), 0x735a2d97)
      return (x ^ (x >>> 15)) >>> 0
    }
    this.s0 = next()
    this.s1 = next()
    this.s2 = next()
    this.s3 = next()
  }

  /**
   * Stream `stream` (an integer in [0, 2^32)) of `seed`: an independent generator, for work cut
   * into pieces that must give the same numbers whichever thread draws them. Its state is the
   * first two outputs of splitmix64 (Steele, Lea & Flood) started from the 64-bit key
   * (seed mod 2^32)·2^32 + stream; splitmix64's finaliser mixes keys that differ in one bit into
   * unrelated states, and different keys never share a starting state.
   * @example Random.stream(1, 0).next() !== Random.stream(1, 1).next()
   */
  static stream(seed: number, stream: number): Random {
    if (!Number.isInteger(stream) || stream < 0 || stream >= 2 ** 32) throw new RangeError(`stream must be an integer in [0, 2^32), got ${String(stream)}`)
    const mask = (1n << 64n) - 1n
    let z = (BigInt(seed >>> 0) << 32n) | BigInt(stream)
    const next = (): bigint => {
      z = (z + 0x9e3779b97f4a7c15n) & mask
      let x = z
      x = ((x ^ (x >> 30n)) * 0xbf58476d1ce4e5b9n) & mask
      x = ((x ^ (x >> 27n)) * 0x94d049bb133111ebn) & mask
      return x ^ (x >> 31n)
    }
    const random = new Random(0)
    const a = next()
    const b = next()
    // Two distinct states of a bijection: never both zero, so never the all-zero xoshiro state.
    random.s0 = Number(a & 0xffffffffn)
    random.s1 = Number(a >> 32n)
    random.s2 = Number(b & 0xffffffffn)
    random.s3 = Number(b >> 32n)
    return random
  }

  /** A uniform 32-bit unsigned integer. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0
    const t = this.s1 << 9
    this.s2 ^= this.s0
    this.s3 ^= this.s1
    this.s1 ^= this.s2
    this.s0 ^= this.s3
    this.s2 ^= t
    this.s3 = rotl(this.s3, 11)
    return result
  }

  /** A uniform double in [0, 1) with 53 random bits. */
  next(): number {
    const hi = this.nextUint32() >>> 5
    const lo = this.nextUint32() >>> 6
    return (hi * 67108864 + lo) / 9007199254740992
  }

  /** A uniform double in [lo, hi). */
  uniform(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next()
  }

  /** A uniform integer in [lo, hi] (inclusive). */
  integer(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1))
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k))
}
