// Concurrent-serial alternation (ALGORITHM §5). T threads each own a block of addends (a
// two-layer model of M/T inner units with their outer functions, described by its own ctx).
// Per record: every thread computes its block's contribution to the output, writes it to
// partials[r & 1][thread], meets the others at a barrier, adds all contributions (in thread
// order) to one output, forms the residual e = α·(y* - y) and updates its own block — the same
// update sequential training makes, since every addend's update depends only on e and on
// itself. The two partials buffers alternate by record, so one barrier per record suffices:
// nobody writes buffer r & 1 again before everyone has passed the barrier of record r + 1.
import { L_ERR, L_OUT, featureCount, layerCount, layerWord, targetCount } from './descriptor'
import { forwardRecord } from './forward'
import { updateLayer } from './nk'

// Barrier words at syncPtr: [0] arrivals, [1] generation. Spin this long before sleeping:
// a record takes about a microsecond, far less than a sleep and wake-up.
const SPIN_LIMIT: i32 = 20000

@inline function barrier(syncPtr: usize, threads: i32): void {
  if (ASC_FEATURE_THREADS) {
    const generation = atomic.load<i32>(syncPtr, 4)
    if (atomic.add<i32>(syncPtr, 1) == threads - 1) {
      atomic.store<i32>(syncPtr, 0)
      atomic.add<i32>(syncPtr, 1, 4)
      atomic.notify(syncPtr + 4)
    } else {
      let spins = 0
      while (atomic.load<i32>(syncPtr, 4) == generation) {
        if (++spins > SPIN_LIMIT) atomic.wait<i32>(syncPtr + 4, generation)
      }
    }
  }
}

// partialsPtr: T[2][threads][targets]; weight scales this block's output into its share of
// the model's output (mean form: units of the block / units of the model; sum form: 1).
@inline export function serialRange<T>(ctx: usize, xPtr: usize, yPtr: usize, r0: i32, r1: i32, alpha: T, syncPtr: usize, thread: i32, threads: i32, partialsPtr: usize, weight: T): void {
  const features = <usize>featureCount(ctx)
  const targets = <usize>targetCount(ctx)
  const L = layerCount(ctx)
  const lastOut = <usize>layerWord(ctx, L - 1, L_OUT)
  const lastErr = <usize>layerWord(ctx, L - 1, L_ERR)
  const bufferBytes = <usize>threads * targets * sizeof<T>()
  for (let r = r0; r < r1; r++) {
    forwardRecord<T>(ctx, xPtr + (<usize>r) * features * sizeof<T>(), true)
    const buffer = partialsPtr + (<usize>(r & 1)) * bufferBytes
    const mine = buffer + (<usize>thread) * targets * sizeof<T>()
    for (let k: usize = 0; k < targets; k++) store<T>(mine + k * sizeof<T>(), weight * load<T>(lastOut + k * sizeof<T>()))
    barrier(syncPtr, threads)
    const yRow = yPtr + (<usize>r) * targets * sizeof<T>()
    for (let k: usize = 0; k < targets; k++) {
      let y = load<T>(buffer + k * sizeof<T>())
      for (let t = 1; t < threads; t++) y += load<T>(buffer + ((<usize>t) * targets + k) * sizeof<T>())
      store<T>(lastErr + k * sizeof<T>(), alpha * (load<T>(yRow + k * sizeof<T>()) - y))
    }
    for (let l = L - 1; l >= 0; l--) updateLayer<T>(ctx, l, l > 0 ? <usize>layerWord(ctx, l - 1, L_ERR) : 0)
  }
}
