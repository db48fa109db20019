/**
 * Run-queue waits of every thread during 2-thread rounds, from Linux's /proc/self/task/<tid>/schedstat
 * (time on a CPU, time runnable but waiting for one) and the host's steal time from /proc/stat.
 * Run: node --import tsx bench/tools/sched-waits.ts [f64|f32] [batch per worker = 50000] [rounds = 40] [threads = 2]
 */
import { readFileSync, readdirSync } from 'node:fs'
import * as datasets from '../../src/datasets.js'
import { initialState } from '../../src/model/model.js'
import { WorkerPool } from '../../src/threads/pool.js'
import { SharedBackend } from '../../src/train/parallel.js'

const precision = (process.argv[2] ?? 'f64') as 'f64' | 'f32'
const batch = Number(process.argv[3] ?? 50_000)
const ROUNDS = Number(process.argv[4] ?? 40)
const THREADS = Number(process.argv[5] ?? 2)

interface ThreadStat { name: string; run: number; wait: number; slices: number; involuntary: number }
function threads(): Map<string, ThreadStat> {
  const out = new Map<string, ThreadStat>()
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const [run, wait, slices] = readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').trim().split(' ').map(Number) as [number, number, number]
      const status = readFileSync(`/proc/self/task/${tid}/status`, 'utf8')
      const name = /Name:\s*(.*)/.exec(status)?.[1] ?? '?'
      const involuntary = Number(/nonvoluntary_ctxt_switches:\s*(\d+)/.exec(status)?.[1] ?? 0)
      out.set(tid, { name, run, wait, slices, involuntary })
    } catch { /* thread ended */ }
  }
  return out
}
function steal(): number[] {
  const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number)
  return cpu // user nice system idle iowait irq softirq steal
}

const { train } = datasets.det({ size: 4, train: 8 * batch, valid: 1, seed: 1 })
const shape = { inputs: 16, layers: [{ units: 70, points: 3 }, { units: 1, points: 25 }], form: 'mean' as const, precision }
const pool = await WorkerPool.start(THREADS)
pool.keepAlive(true)
const backend = await SharedBackend.open(pool, initialState(shape, train, 1), train, undefined, THREADS, 'fixed')
const round = async (r: number): Promise<void> => {
  const q = 2 * (r % 4)
  await backend.round(Array.from({ length: THREADS }, (_, s) => [[(q + s) * batch, (q + s + 1) * batch]]), 0.1, undefined, 0)
}
for (let r = 0; r < 5; r++) await round(r)
const before = threads()
const cpuBefore = steal()
const t0 = performance.now()
for (let r = 0; r < ROUNDS; r++) await round(r)
const wall = (performance.now() - t0) / 1000
const after = threads()
const cpuAfter = steal()
await pool.terminate()

console.log(`Det4 ${precision}, ${batch} records per worker, ${ROUNDS} rounds: ${wall.toFixed(2)} s wall, ${(THREADS * batch * ROUNDS / wall / 1e6).toFixed(2)} M records/s`)
console.log('| thread | on CPU s | runnable, waiting s | wait / on CPU | slices | involuntary switches |\n|---|---|---|---|---|---|')
for (const [tid, a] of after) {
  const b = before.get(tid)
  if (b === undefined) continue
  const run = (a.run - b.run) / 1e9
  const wait = (a.wait - b.wait) / 1e9
  if (run < 0.01) continue
  console.log(`| ${a.name} ${tid} | ${run.toFixed(3)} | ${wait.toFixed(3)} | ${(100 * wait / run).toFixed(1)}% | ${a.slices - b.slices} | ${a.involuntary - b.involuntary} |`)
}
const d = cpuAfter.map((v, i) => v - cpuBefore[i]!)
const total = d.reduce((s, v) => s + v, 0)
console.log(`host /proc/stat over the run: user ${(100 * d[0]! / total).toFixed(1)}%, system ${(100 * d[2]! / total).toFixed(1)}%, idle ${(100 * d[3]! / total).toFixed(1)}%, steal ${(100 * (d[7] ?? 0) / total).toFixed(1)}%`)
