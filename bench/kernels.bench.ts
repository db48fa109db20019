/**
 * Records per second of one Newton-Kaczmarz training step and of prediction on the Det4 shape
 * (16 → 70 → 1, 3 and 30 points): wasm f64, wasm f32 and the test oracle, in the same run.
 * Run: npm run bench -- kernels
 */
import { Bench } from 'tinybench'
import * as datasets from '../src/datasets.js'
import { Engine } from '../src/kernels/engine.js'
import { planMemory } from '../src/kernels/layout.js'
import { type ModelShape, initialState } from '../src/model/model.js'
import { stateToJSON } from '../src/model/serialize.js'
import { OracleKAN } from '../test/oracle/float.js'
import { machineLine, printTable } from './report.js'

const TRAIN_ROWS = 20_000
const ORACLE_ROWS = 1_000
const { train } = datasets.det({ size: 4, train: TRAIN_ROWS, valid: 1, seed: 1 })
const layers = [{ units: 70, points: 3 }, { units: 1, points: 30 }]

function engineFor(precision: 'f64' | 'f32'): Engine {
  const shape: ModelShape = { inputs: 16, layers, form: 'mean', precision }
  const engine = new Engine(planMemory({ shape, threads: 1, trainRows: TRAIN_ROWS, evalRows: TRAIN_ROWS }))
  engine.writeModel(initialState(shape, train, 1), 0)
  engine.writeTrain(train)
  engine.writeEval(train.x)
  return engine
}

const f64 = engineFor('f64')
const f32 = engineFor('f32')
const shape64: ModelShape = { inputs: 16, layers, form: 'mean', precision: 'f64' }
const oracle = new OracleKAN(stateToJSON(shape64, 1, initialState(shape64, train, 1)))
const rows = Array.from({ length: ORACLE_ROWS }, (_, r) => ({ x: Array.from(train.x.subarray(r * 16, r * 16 + 16)), y: [train.y[r]!] }))

const bench = new Bench({ time: 2000, warmup: true, warmupTime: 500 })
const tasks: [string, number, () => void][] = [
  ['train step, wasm f64', TRAIN_ROWS, () => f64.train(0, 0, TRAIN_ROWS, 0.1)],
  ['train step, wasm f32', TRAIN_ROWS, () => f32.train(0, 0, TRAIN_ROWS, 0.1)],
  ['train step, test oracle (JS)', ORACLE_ROWS, () => rows.forEach(({ x, y }) => oracle.step(x, y, 0.1))],
  ['predict, wasm f64', TRAIN_ROWS, () => f64.predictEval(0, TRAIN_ROWS)],
  ['predict, wasm f32', TRAIN_ROWS, () => f32.predictEval(0, TRAIN_ROWS)],
]
for (const [name, , fn] of tasks) bench.add(name, fn)
await bench.run()

/**
 * Seconds per iteration of a finished task: the median (robust to the other work on a shared
 * machine) and the best.
 */
function seconds(name: string): { median: number; best: number } {
  const result = bench.getTask(name)?.result
  if (result?.state !== 'completed') throw new Error(`benchmark task ${name} did not complete`)
  return { median: result.latency.p50 / 1000, best: result.latency.min / 1000 }
}
const oracleRate = ORACLE_ROWS / seconds('train step, test oracle (JS)').median
const format = (rate: number): string => Math.round(rate).toLocaleString('en-US')
console.log(machineLine(1))
printTable(
  ['task', 'records/s (median)', 'records/s (best)', '× oracle (median)'],
  tasks.map(([name, perIteration]) => {
    const { median, best } = seconds(name)
    const rate = perIteration / median
    return [name, format(rate), format(perIteration / best), name.startsWith('train') ? (rate / oracleRate).toFixed(1) : '']
  }),
)
