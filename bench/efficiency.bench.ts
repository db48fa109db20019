/**
 * Parallel efficiency, measured against the machine's capacity at the same minutes:
 *   (a) T independent single-thread processes running the same fit side by side (what the host
 *       gives this kernel on T cores right now: the sum of their records/s),
 *   (b) one T-thread fit (disjoint batches on workers, merged every round), with the fixed split
 *       (the same bits on every run) and with `balance: 'dynamic'` (b′: threads claim the round's
 *       rows piece by piece, so none waits for a slowed one at the merge),
 *   (c) one single-thread fit on the calling thread.
 * E = (b) / (a); speed-up = (b) / (c). (a) runs before and after every other fit, and a fit's E
 * is taken against the mean of the two, so it is compared with the host's capacity at its own
 * minute; the turn repeats REPEATS times and every figure is the median over the turns.
 * Records/s are over the whole fit call (set-up included, no validation), each fit continuing on one
 * model per kind, whose workers are kept between its fits (a new model's first fit also starts
 * its workers: tens of milliseconds, see bench/README.md). The timeline splits a
 * (b) round, per worker: kernel time, time waiting (for the other workers and for commands), the
 * merge, and the calling thread's gap between rounds.
 * (d) The host's steadiness: one thread trains the same batch with α = 0 (the same work every
 * time) again and again; the spread of its times is the host's, not nkkan's. A round ends when
 * its slowest thread does, so if T threads drew their times independently from that spread, a
 * round would take mean(max of T draws): (d) is mean / mean(max), the E that this noise alone
 * allows a method that synchronises every round.
 * Run: npm run bench -- efficiency   (Det4 and Tetra, f64 and f32, batch 50,000 / 25,000 / 12,500)
 */
import { type ChildProcessByStdio, spawn } from 'node:child_process'
import type { Readable, Writable } from 'node:stream'
import os from 'node:os'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { Engine } from '../src/kernels/engine.js'
import type { EpochLog, Precision } from '../src/index.js'
import { planMemory } from '../src/kernels/layout.js'
import { initialState } from '../src/model/model.js'
import { Random } from '../src/data/random.js'
import { compileKernelModule } from '../src/kernels/wasm.js'
import { type EfficiencyShape, type ShapeName, type TimedFit, efficiencyShape, timedFit } from './efficiency-shapes.js'
import { machineLine, printTable } from './report.js'

const REPEATS = Number(process.env.NKKAN_BENCH_REPEATS ?? 5)
const BATCHES = [50_000, 25_000, 12_500]
const threads = Math.min(os.availableParallelism(), 8)
const rows = threads * BATCHES[0]!

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** T single-thread processes of the same fit, kept warm between turns, started together. */
class Capacity {
  private readonly children: ChildProcessByStdio<Writable, Readable, null>[]
  private readonly lines: AsyncIterator<string>[]

  constructor(shape: ShapeName) {
    const script = fileURLToPath(new URL('./tools/capacity-child.ts', import.meta.url))
    this.children = Array.from({ length: threads }, () => spawn(process.execPath, ['--import', 'tsx', script, shape, String(rows)], { stdio: ['pipe', 'pipe', 'inherit'] }))
    this.lines = this.children.map((child) => createInterface({ input: child.stdout })[Symbol.asyncIterator]())
  }

  private async next(child: number): Promise<Record<string, number>> {
    const line = await this.lines[child]!.next()
    if (line.done === true) throw new Error(`capacity process ${child} ended early`)
    return JSON.parse(line.value) as Record<string, number>
  }

  async ready(): Promise<void> {
    await Promise.all(this.children.map((_, c) => this.next(c)))
  }

  /** The sum of the processes' records/s, all running one fit at once, and their mean CPU seconds per record. */
  async measure(precision: Precision, records: number): Promise<{ rate: number; cpuPerRecord: number }> {
    for (const child of this.children) child.stdin.write(`${JSON.stringify({ precision, records })}\n`)
    const results = await Promise.all(this.children.map(async (_, c) => this.next(c)))
    const rate = results.reduce((sum, result) => sum + result.rate!, 0)
    return { rate, cpuPerRecord: results.reduce((sum, result) => sum + result.cpuPerRecord!, 0) / results.length }
  }

  close(): void {
    for (const child of this.children) child.stdin.end()
  }
}

const STEADINESS_SAMPLES = 60
await compileKernelModule('private')

/** (d) for one batch size: the spread of identical work's times, and the E it allows T threads. */
function steadiness(shape: EfficiencyShape, precision: Precision, batch: number): { p10: number; p50: number; p90: number; allowedE: number } {
  const modelShape = shape.create(precision).shape
  const engine = new Engine(planMemory({ shape: modelShape, threads: 1, copies: 1, evalRows: 0, trainRows: batch }))
  engine.writeModel(initialState(modelShape, shape.train, 1), 0)
  engine.writeTrainRows(shape.train, [[0, batch]], 0)
  engine.train(0, 0, batch, 0)
  const ms = Array.from({ length: STEADINESS_SAMPLES }, () => {
    const started = performance.now()
    engine.train(0, 0, batch, 0)
    return performance.now() - started
  }).sort((a, b) => a - b)
  const mean = ms.reduce((a, b) => a + b, 0) / ms.length
  const random = new Random(1)
  let maxSum = 0
  const DRAWS = 10_000
  for (let d = 0; d < DRAWS; d++) maxSum += Math.max(...Array.from({ length: threads }, () => ms[random.integer(0, ms.length - 1)]!))
  const at = (q: number): number => ms[Math.floor(q * (ms.length - 1))]!
  return { p10: at(0.1), p50: at(0.5), p90: at(0.9), allowedE: mean / (maxSum / DRAWS) }
}

/** A fit, and (a) around it: the mean of the capacity measured just before and just after it. */
interface Measured {
  readonly fit: TimedFit
  readonly capacity: { readonly rate: number; readonly cpuPerRecord: number }
}

interface Turn {
  single: Measured
  parallel: Map<number, Measured>
  dynamic: Map<number, Measured>
}

function timeline(histories: readonly EpochLog[][]): string[] {
  // Round 1 has no gap before it; every round's share is taken of its own wall time.
  const rounds = histories.flatMap((history) => history.slice(1))
  const mean = (pick: (log: EpochLog) => number): number => rounds.reduce((sum, log) => sum + pick(log), 0) / rounds.length
  const wall = mean((log) => log.trainSeconds + log.mergeSeconds + log.gapSeconds)
  const kernel = mean((log) => log.threadSeconds.reduce((a, b) => a + b, 0) / log.threadSeconds.length)
  const waiting = mean((log) => log.trainSeconds) - kernel
  const share = (seconds: number): string => `${(1000 * seconds).toFixed(2)} ms (${((100 * seconds) / wall).toFixed(1)}%)`
  return [share(wall), share(kernel), share(waiting), share(mean((log) => log.mergeSeconds)), share(mean((log) => log.gapSeconds))]
}

for (const shapeName of ['det4', 'tetra'] as const) {
  const shape: EfficiencyShape = efficiencyShape(shapeName, rows)
  const capacity = new Capacity(shapeName)
  await capacity.ready()
  for (const precision of ['f64', 'f32'] as const) {
    const perThread = shape.recordsPerThread
    // One model for (c) and one for (b) and (b′): each keeps its workers between fits, as a model does. Warm them and the compiled code.
    await using single = shape.create(precision)
    await using parallel = shape.create(precision)
    await timedFit(single, shape.train, 1, rows, rows)
    await timedFit(parallel, shape.train, threads, BATCHES.at(-1)!, threads * BATCHES.at(-1)! * 2)
    const turns: Turn[] = []
    for (let repeat = 0; repeat < REPEATS; repeat++) {
      // (a) before and after every fit, so that each fit is compared with the host's capacity at its own minute.
      let before = await capacity.measure(precision, perThread)
      const measured = async (fit: Promise<TimedFit>): Promise<Measured> => {
        const done = await fit
        const after = await capacity.measure(precision, perThread)
        const around = { rate: (before.rate + after.rate) / 2, cpuPerRecord: (before.cpuPerRecord + after.cpuPerRecord) / 2 }
        before = after
        return { fit: done, capacity: around }
      }
      const turn: Turn = { single: await measured(timedFit(single, shape.train, 1, rows, perThread)), parallel: new Map(), dynamic: new Map() }
      for (const batch of BATCHES) {
        turn.parallel.set(batch, await measured(timedFit(parallel, shape.train, threads, batch, threads * perThread)))
        turn.dynamic.set(batch, await measured(timedFit(parallel, shape.train, threads, batch, threads * perThread, 'dynamic')))
      }
      turns.push(turn)
    }
    const title = `${shapeName === 'det4' ? 'Det4 (16 → 70 → 1, 3 / 25 points)' : 'Tetra (12 → 70 → 30 → 4, 3 / 18 / 22 points)'}, ${precision}, ${threads} threads, ${perThread.toLocaleString('en-US')} records per thread per fit`
    console.log(`\n### Parallel efficiency: ${title} (median of ${REPEATS} turns)\n\n${machineLine(threads)}\n`)
    const rate = (m: Measured): number => m.fit.rate
    const e = (m: Measured): number => m.fit.rate / m.capacity.rate
    const medians = (pick: (batch: number) => (turn: Turn) => number, digits: number, grouped = false): string[] =>
      BATCHES.map((batch) => {
        const value = median(turns.map(pick(batch)))
        return grouped ? Math.round(value).toLocaleString('en-US') : value.toFixed(digits)
      })
    const columns = (...cells: string[][]): string[][] => BATCHES.map((batch, b) => [batch.toLocaleString('en-US'), ...cells.map((cell) => cell[b]!)])
    printTable(
      ['batch per thread', `(a) ${threads} processes, records/s`, '(b) threads, records/s', "(b′) 'dynamic'", '(c) 1 thread, records/s', 'E = b / a', 'E′ = b′ / a', 'speed-up b / c', 'b′ / c', '(a) / (c): capacity'],
      columns(
        medians((batch) => (t) => (t.parallel.get(batch)!.capacity.rate + t.dynamic.get(batch)!.capacity.rate) / 2, 0, true),
        medians((batch) => (t) => rate(t.parallel.get(batch)!), 0, true),
        medians((batch) => (t) => rate(t.dynamic.get(batch)!), 0, true),
        medians(() => (t) => rate(t.single), 0, true),
        medians((batch) => (t) => e(t.parallel.get(batch)!), 3),
        medians((batch) => (t) => e(t.dynamic.get(batch)!), 3),
        medians((batch) => (t) => rate(t.parallel.get(batch)!) / rate(t.single), 2),
        medians((batch) => (t) => rate(t.dynamic.get(batch)!) / rate(t.single), 2),
        medians(() => (t) => t.single.capacity.rate / rate(t.single), 2),
      ),
    )
    // E = (b)/(a) factors into the CPU each record costs and how busy the cores are kept:
    // E = [CPU per record (a) / (b)] × [(b)'s busy share / (a)'s], busy = rate × CPU per record / T.
    console.log(`\nCPU per record (every thread of the process, user + system) and how busy the ${threads} cores were kept:\n`)
    const busy = (r: number, cpuPerRecord: number): number => (r * cpuPerRecord) / threads
    printTable(
      ['batch per thread', 'CPU µs / record: (a)', '(b)', '(b′)', '(c)', '(a) / (b): CPU', 'busy: (a)', '(b)', '(b′)'],
      columns(
        medians((batch) => (t) => 1e6 * t.parallel.get(batch)!.capacity.cpuPerRecord, 3),
        medians((batch) => (t) => 1e6 * t.parallel.get(batch)!.fit.cpuPerRecord, 3),
        medians((batch) => (t) => 1e6 * t.dynamic.get(batch)!.fit.cpuPerRecord, 3),
        medians(() => (t) => 1e6 * t.single.fit.cpuPerRecord, 3),
        medians((batch) => (t) => t.parallel.get(batch)!.capacity.cpuPerRecord / t.parallel.get(batch)!.fit.cpuPerRecord, 3),
        medians((batch) => (t) => busy(t.parallel.get(batch)!.capacity.rate, t.parallel.get(batch)!.capacity.cpuPerRecord), 3),
        medians((batch) => (t) => busy(rate(t.parallel.get(batch)!), t.parallel.get(batch)!.fit.cpuPerRecord), 3),
        medians((batch) => (t) => busy(rate(t.dynamic.get(batch)!), t.dynamic.get(batch)!.fit.cpuPerRecord), 3),
      ),
    )
    console.log(`\nPer round of (b) and (b′), mean over the turns' rounds after the first (per worker: kernel, then waiting):\n`)
    printTable(
      ['batch per thread', 'split', 'round', 'kernel', 'waiting', 'merge', 'calling thread between rounds'],
      BATCHES.flatMap((batch) => [
        [batch.toLocaleString('en-US'), 'fixed', ...timeline(turns.map((t) => t.parallel.get(batch)!.fit.history))],
        [batch.toLocaleString('en-US'), 'dynamic', ...timeline(turns.map((t) => t.dynamic.get(batch)!.fit.history))],
      ]),
    )
    console.log(`\n(d) The host's steadiness: one batch, α = 0, trained ${STEADINESS_SAMPLES} times on one thread (identical work):\n`)
    printTable(
      ['batch', 'p10', 'median', 'p90', `E that this spread allows ${threads} synchronised threads`],
      BATCHES.map((batch) => {
        const { p10, p50, p90, allowedE } = steadiness(shape, precision, batch)
        return [batch.toLocaleString('en-US'), `${p10.toFixed(2)} ms`, `${p50.toFixed(2)} ms`, `${p90.toFixed(2)} ms`, allowedE.toFixed(3)]
      }),
    )
  }
  capacity.close()
}
