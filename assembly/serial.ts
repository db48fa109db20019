// Concurrent-serial alternation (ALGORITHM §5). T threads each own a block of addends (a
// two-layer model of M/T inner units with their outer functions, described by its own ctx).
// Per record: every thread computes its block's contribution to the output, writes it to
// partials[r & 1][thread], meets the others at a barrier, adds all contributions (in thread
// order) to one output, forms the residual e = α·(y* - y) and updates its own block — the same
// update sequential training makes, since every addend's update depends only on e and on
// itself. The two partials buffers alternate by record, so one barrier per record suffices:
// nobody writes buffer r & 1 again before everyone has passed the barrier of record r + 1.
// The pass itself is nkRange's (nk.ts), given a barrier: the same fused first-layer sweep.

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

// Record r's residual in concurrent-serial mode, between the record's forward pass and its
// updates (nkRange does the rest): writes this thread's share weight·y of the output (lastOut,
// T[targets]) to partials[r & 1][thread] (partialsPtr: T[2][threads][targets]; weight: units of
// the block / units of the model in the mean form, 1 in the sum form), waits at the barrier for
// every thread's, and writes e = α·(y* - Σ shares), the shares added in thread order, to errPtr.
// Returns true when every |y* - Σ shares| is below skip (the same answer in every thread).
@inline export function sharedResidual<T>(r: i32, yRow: usize, lastOut: usize, errPtr: usize, targets: usize, alpha: T, skip: T, syncPtr: usize, thread: i32, threads: i32, partialsPtr: usize, weight: T): bool {
  const buffer = partialsPtr + (<usize>(r & 1)) * (<usize>threads) * targets * sizeof<T>()
  const mine = buffer + (<usize>thread) * targets * sizeof<T>()
  for (let k: usize = 0; k < targets; k++) store<T>(mine + k * sizeof<T>(), weight * load<T>(lastOut + k * sizeof<T>()))
  barrier(syncPtr, threads)
  let small = true
  for (let k: usize = 0; k < targets; k++) {
    let y = load<T>(buffer + k * sizeof<T>())
    for (let t = 1; t < threads; t++) y += load<T>(buffer + ((<usize>t) * targets + k) * sizeof<T>())
    const d = load<T>(yRow + k * sizeof<T>()) - y
    store<T>(errPtr + k * sizeof<T>(), alpha * d)
    small = small & (abs<T>(d) < skip)
  }
  return small
}
