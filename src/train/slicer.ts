/**
 * Long work on the calling thread in short slices: the kernels run a few hundred microseconds
 * at a time, and every few milliseconds the event loop gets a turn (timers, I/O, an
 * AbortSignal's listeners, dispose, Ctrl-C) and the caller's check (an abort) runs.
 */

/** The event loop gets a turn at least this often (bench/tools/yield-cost.ts: under 1% of the time). */
export const YIELD_EVERY_MS = 4
/** What one kernel call should take: short enough to keep YIELD_EVERY_MS, long enough to cost nothing. */
const SLICE_MS = 1
const MAX_SLICE_ROWS = 1 << 16

/** A macrotask turn: Node's setImmediate; in browsers a message (setTimeout(0) is clamped to 4 ms). */
export function yieldToEventLoop(): Promise<void> {
  if (typeof setImmediate === 'function') return new Promise((resolve) => setImmediate(resolve))
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => {
        channel.port1.close()
        resolve()
      }
      channel.port2.postMessage(undefined)
    })
  }
  return new Promise((resolve) => setTimeout(resolve, 0))
}

export class TimeSlicer {
  /** Rows per call: SLICE_MS at the fastest speed seen (a core taken away only slows a slice). */
  private rows = 16
  private fastestMsPerRow = Infinity
  private lastYield = performance.now()
  private readonly yieldEveryMs: number

  constructor(yieldEveryMs = YIELD_EVERY_MS) {
    this.yieldEveryMs = yieldEveryMs
  }

  /**
   * Runs work over rows [start, end) in slices, in order; `check` runs after every turn of the
   * event loop (it throws to stop). The time since the last turn carries over between calls,
   * so many short calls (short rounds) yield as often as one long one.
   */
  async run(start: number, end: number, work: (r0: number, r1: number) => void, check: () => void): Promise<void> {
    for (let r = start; r < end; ) {
      const r1 = Math.min(r + this.rows, end)
      const before = performance.now()
      work(r, r1)
      const after = performance.now()
      this.adapt(r1 - r, after - before)
      r = r1
      if (after - this.lastYield >= this.yieldEveryMs) {
        await yieldToEventLoop()
        check()
        this.lastYield = performance.now()
      }
    }
  }

  private adapt(rows: number, ms: number): void {
    if (!(ms > 0)) return
    this.fastestMsPerRow = Math.min(this.fastestMsPerRow, ms / rows)
    this.rows = Math.max(1, Math.min(MAX_SLICE_ROWS, Math.round(SLICE_MS / this.fastestMsPerRow)))
  }
}
