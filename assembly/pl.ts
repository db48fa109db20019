// Piecewise-linear functions on a uniform grid (ALGORITHM §1).
// A grid is (lo, hi, dx, invDx) at gridPtr + j·4·sizeof<T>; dx = (hi - lo)/(P - 1) and
// invDx = 1/dx, kept so the per-record work multiplies instead of dividing (divisions were a
// third of the training time on Det4).

// Adaptive range (ALGORITHM §1, training only): if x <= lo then lo = x, else if x >= hi
// then hi = x; on a change widen both ends by 1% of the new width and recompute dx, 1/dx.
// Node values are not moved: the function is stretched.
@inline export function adaptRange<T>(gridPtr: usize, x: T, P: i32): void {
  let lo = load<T>(gridPtr)
  let hi = load<T>(gridPtr, sizeof<T>())
  if (x <= lo) {
    lo = x
  } else if (x >= hi) {
    hi = x
  } else {
    return
  }
  const g = <T>0.01 * (hi - lo)
  lo -= g
  hi += g
  store<T>(gridPtr, lo)
  store<T>(gridPtr, hi, sizeof<T>())
  const dx = (hi - lo) / <T>(P - 1)
  store<T>(gridPtr, dx, 2 * sizeof<T>())
  store<T>(gridPtr, <T>1 / dx, 3 * sizeof<T>())
}

// Segment lookup: r = (x - lo)·(1/dx) clamped to [0, P-1]; i = min(floor(r), P-2); t = r - i.
// Inside the range this is ALGORITHM §1 exactly; outside it clamps onto the end segment
// (i = 0, t = 0 below lo; i = P-2, t = 1 above hi), which is the frozen-model rule.
// Writes i to idxPtr and returns t.
@inline export function locate<T>(gridPtr: usize, x: T, P: i32, idxPtr: usize): T {
  const lo = load<T>(gridPtr)
  let r = (x - lo) * load<T>(gridPtr, 3 * sizeof<T>())
  const last = <T>(P - 1)
  if (r < <T>0) r = <T>0
  if (r > last) r = last
  let i = <i32>r
  if (i > P - 2) i = P - 2
  store<i32>(idxPtr, i)
  return r - <T>i
}
