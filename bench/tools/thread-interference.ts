/**
 * Do two workers slow each other down? Each worker's kernel speed while both train at once,
 * against its speed while the other one idles, for workers over one shared memory and over
 * private memories, interleaved round by round in one process (so a busy minute of the host
 * falls on every setting). A ratio near 1.00 means the threads do not interfere; the layout of
 * per-thread blocks in src/kernels/layout.ts (THREAD_BLOCK_GAP) was chosen with this tool.
 * Run: node --import tsx bench/tools/thread-interference.ts [f64|f32] [batch per worker]
 */
import type { Backend } from '../../src/train/backend.js'
import * as datasets from '../../src/datasets.js'
import { initialState } from '../../src/model/model.js'
import { PrivateBackend, SharedBackend } from '../../src/train/parallel.js'
import { WorkerPool } from '../../src/threads/pool.js'

const precision = (process.argv[2] ?? 'f64') as 'f64' | 'f32'
const batch = Number(process.argv[3] ?? 25_000)
const ROUNDS = 60
const { train } = datasets.det({ size: 4, train: 4 * batch, valid: 1, seed: 1 })
const shape = { inputs: 16, layers: [{ units: 70, points: 3 }, { units: 1, points: 25 }], form: 'mean' as const, precision }
const state = initialState(shape, train, 1)
const pools = [await WorkerPool.start(2), await WorkerPool.start(2)]
// Idle pools let Node exit; these must keep it alive while the rounds run.
for (const pool of pools) pool.keepAlive(true)
const backends: [string, Backend][] = [
  ['shared memory', await SharedBackend.open(pools[0]!, state, train, undefined, 2, 'fixed')],
  ['private memories', await PrivateBackend.open(pools[1]!, state, train, undefined, 2)],
]
const first = [0, batch] as const
const second = [2 * batch, 3 * batch] as const
const ratios = backends.map((): number[] => [])
for (let round = 0; round < ROUNDS; round++) {
  for (const [b, [, backend]] of backends.entries()) {
    const together = await backend.round([[first], [second]], 0.1, undefined, 0)
    const firstAlone = await backend.round([[first], []], 0.1, undefined, 0)
    const secondAlone = await backend.round([[], [second]], 0.1, undefined, 0)
    // The first rounds warm the compiled code; then: time alone / time together, both workers.
    if (round >= 5) ratios[b]!.push((firstAlone.threadSeconds[0]! + secondAlone.threadSeconds[1]!) / (together.threadSeconds[0]! + together.threadSeconds[1]!))
  }
}
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1]!
console.log(`Det4 ${precision}, ${batch} records per worker per round, median of ${ROUNDS - 5} rounds: speed together / speed alone`)
for (const [b, [name]] of backends.entries()) console.log(`  ${name}: ${median(ratios[b]!).toFixed(3)}`)
await Promise.all(pools.map((pool) => pool.terminate()))
