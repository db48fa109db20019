// Cost of training on the calling thread in time slices that yield to the event loop every
// 4 ms (src/train/slicer.ts) against one unsliced kernel pass, same process, passes alternating so a
// slow minute falls on both: Det4 shape, 100,000 records per pass, f64 and f32. Timed in CPU
// seconds of the process (process.cpuUsage) as well as wall seconds: on a shared machine the
// wall clock also counts the time the process waited for a core.
// Run: node --import tsx bench/tools/yield-cost.ts [pairs]
import * as datasets from '../../src/datasets.js'
import { Engine } from '../../src/kernels/engine.js'
import { planMemory } from '../../src/kernels/layout.js'
import { type ModelShape, initialState } from '../../src/model/model.js'
import { TimeSlicer, YIELD_EVERY_MS, yieldToEventLoop } from '../../src/train/slicer.js'

const pairs = Number(process.argv[2] ?? 15)
const { train } = datasets.det({ size: 4, train: 100_000, valid: 1, seed: 1 })
for (const precision of ['f64', 'f32'] as const) {
  const shape: ModelShape = { inputs: 16, layers: [{ units: 70, points: 3 }, { units: 1, points: 30 }], form: 'mean', precision }
  const engine = new Engine(planMemory({ shape, threads: 1, trainRows: train.rows }))
  engine.writeModel(initialState(shape, train, 1), 0)
  engine.writeTrain(train)
  const slicer = new TimeSlicer()
  let yields = 0
  const whole = async (): Promise<void> => {
    engine.train(0, 0, train.rows, 0.01)
  }
  const sliced = (): Promise<void> =>
    slicer.run(0, train.rows, (r0, r1) => engine.train(0, r0, r1, 0.01), () => {
      yields++
    })
  // Warm-up: both paths optimised, the slice size settled.
  await whole()
  await sliced()
  // Each pair runs whole, sliced, whole: the two unsliced passes against each other show the noise.
  const ratios = { wall: [] as number[], cpu: [] as number[] }
  const noise = { wall: [] as number[], cpu: [] as number[] }
  const totals = { wall: [0, 0], cpu: [0, 0] }
  yields = 0
  const cpuSeconds = (): number => {
    const { user, system } = process.cpuUsage()
    return (user + system) / 1e6
  }
  for (let pair = 0; pair < pairs; pair++) {
    const measured: { wall: number; cpu: number }[] = []
    for (const run of [whole, sliced, whole]) {
      const [wall, cpu] = [performance.now(), cpuSeconds()]
      await run()
      measured.push({ wall: (performance.now() - wall) / 1000, cpu: cpuSeconds() - cpu })
    }
    for (const key of ['wall', 'cpu'] as const) {
      ratios[key].push((2 * measured[1]![key]) / (measured[0]![key] + measured[2]![key]))
      noise[key].push(measured[2]![key] / measured[0]![key])
      totals[key][0]! += (measured[0]![key] + measured[2]![key]) / 2
      totals[key][1]! += measured[1]![key]
    }
  }
  const median = (values: number[]): number => values.sort((x, y) => x - y)[Math.floor(values.length / 2)]!
  for (const key of ['cpu', 'wall'] as const) {
    console.log(
      `${precision} ${key}: sliced / whole, median of ${pairs} pairs ${median(ratios[key]).toFixed(4)}; ` +
        `totals ${totals[key][0]!.toFixed(2)} s / ${totals[key][1]!.toFixed(2)} s = ${(totals[key][1]! / totals[key][0]!).toFixed(4)}; ` +
        `noise (second unsliced / first) median ${median(noise[key]).toFixed(4)}`,
    )
  }
  console.log(`${precision}: ${(yields / totals.wall[1]!).toFixed(0)} yields per wall second while sliced`)
}

// The yield itself, alone: an idle event loop's turn.
const turns = 20_000
const started = performance.now()
for (let turn = 0; turn < turns; turn++) await yieldToEventLoop()
const microseconds = ((performance.now() - started) * 1000) / turns
console.log(`one turn of the event loop: ${microseconds.toFixed(1)} µs; at ${1000 / YIELD_EVERY_MS} turns per second ${((microseconds * 1000) / YIELD_EVERY_MS / 1e6 * 100).toFixed(3)}% of the time`)
