/**
 * One single-thread process of the parallel-efficiency benchmark's capacity measurement
 * (bench/efficiency.bench.ts starts T of them side by side). Arguments: shape, rows. Protocol on
 * stdin/stdout, one JSON line each: it prints {"ready":true} once warm; for every line
 * {"precision","records"} it reads, it runs that fit and prints {"rate", "cpuPerRecord"}; it ends on stdin's end.
 */
import { createInterface } from 'node:readline'
import type { Precision } from '../../src/index.js'
import { type ShapeName, efficiencyShape, timedFit } from '../efficiency-shapes.js'

const shape = efficiencyShape(process.argv[2] as ShapeName, Number(process.argv[3]))
const models = { f64: shape.create('f64'), f32: shape.create('f32') }
for (const model of Object.values(models)) await timedFit(model, shape.train, 1, shape.train.rows, shape.train.rows)
console.log(JSON.stringify({ ready: true }))
for await (const line of createInterface({ input: process.stdin })) {
  const { precision, records } = JSON.parse(line) as { precision: Precision; records: number }
  const { rate, cpuPerRecord } = await timedFit(models[precision], shape.train, 1, shape.train.rows, records)
  console.log(JSON.stringify({ rate, cpuPerRecord }))
}
