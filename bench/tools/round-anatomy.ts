/**
 * Where a 2-thread round's wall time goes, from the control block's own timestamps (src/threads/
 * control.ts): the workers' wake-up after the command is posted, their kernel time, how much
 * later the slower worker finished than the faster, the merge, and the caller's wake-up after the
 * last worker counted itself done. Det4 shape, batches taking turns over 8 × batch rows.
 * Run: node --import tsx bench/tools/round-anatomy.ts [f64|f32] [batch per worker = 12500]
 */
import * as datasets from '../../src/datasets.js'
import { initialState } from '../../src/model/model.js'
import type { CommandTiming } from '../../src/threads/control.js'
import { WorkerPool } from '../../src/threads/pool.js'
import { SharedBackend } from '../../src/train/parallel.js'

const precision = (process.argv[2] ?? 'f32') as 'f64' | 'f32'
const batch = Number(process.argv[3] ?? 12_500)
const ROUNDS = 200
const WARM_UP = 20
const { train } = datasets.det({ size: 4, train: 8 * batch, valid: 1, seed: 1 })
const shape = { inputs: 16, layers: [{ units: 70, points: 3 }, { units: 1, points: 25 }], form: 'mean' as const, precision }
const pool = await WorkerPool.start(2)
pool.keepAlive(true)
const backend = await SharedBackend.open(pool, initialState(shape, train, 1), train, undefined, 2, 'fixed')
// The round's one command: keep its timing as the control block returns it.
const control = (backend as unknown as { control: { run: (...args: unknown[]) => Promise<CommandTiming> } }).control
const run = control.run.bind(control)
const timings: CommandTiming[] = []
control.run = async (...args: unknown[]) => {
  const timing = await run(...args)
  timings.push(timing)
  return timing
}
for (let round = 0; round < ROUNDS; round++) {
  const q = 2 * (round % 4)
  await backend.round([[[q * batch, (q + 1) * batch]], [[(q + 1) * batch, (q + 2) * batch]]], 0.1, undefined, 0)
}
await pool.terminate()

const measured = timings.slice(WARM_UP)
const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1]!
const row = (name: string, pick: (t: CommandTiming) => number): void => {
  const values = measured.map(pick)
  console.log(`| ${name} | ${mean(values).toFixed(3)} | ${median(values).toFixed(3)} |`)
}
console.log(`Det4 ${precision}, ${batch.toLocaleString('en-US')} records per worker, ${ROUNDS - WARM_UP} rounds (ms)\n`)
console.log('| part of a round | mean | median |\n|---|---|---|')
row('posted → last worker awake', (t) => Math.max(...t.started) - t.issued)
row('kernel, mean of the workers', (t) => mean(t.trained.map((end, s) => end - t.started[s]!)))
row('slower worker − faster worker', (t) => Math.max(...t.trained) - Math.min(...t.trained))
row('merge (last trained → last done)', (t) => Math.max(...t.ended) - Math.max(...t.trained))
row('last done → caller awake', (t) => t.resumed - Math.max(...t.ended))
row('whole command', (t) => t.resumed - t.issued)
